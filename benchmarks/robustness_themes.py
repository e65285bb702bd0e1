"""Robustness of document themes to the ways pages write the same list (metamorphic check on the readable gold).

Each readable gold page whose theme phrases stand in a bulleted list is rewritten the way other sites render
such a list (another bullet, no bullet, blank lines, the items glued on the introduction's line or joined
by semicolons, the introduction in other usual words, a generic explainer or a digression added), keeping
its gold themes. The figures show which renderings the finder does not carry: a drop is a brittleness that
unseen pages will hit, whatever page it was found on. Only the holdout-free part of the gold is used.

Usage: python benchmarks/robustness_themes.py [GOLD.jsonl ...] [--only NAME ...]  (NAME may chain rewrites:
"other_intro+drop_bullets")
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

from ctgminer.evaluation.evaluate import GoldError, evaluate_records, read_gold, select_part
from ctgminer.extract.components.themes import patterns as P
from ctgminer.text.normalise import strip_accents

SHARED = Path(__file__).resolve().parents[2] / "shared" / "gold"
DEFAULT_GOLD = [SHARED / "dev.jsonl", SHARED / "dev2.jsonl"]

MARKERS = ["• ", "- ", "– ", "➢ ", "✓ ", "▪ ", "→ ", "* ", "o ", "◦ ", "✅ "]
# usual introductions of a convention's list, in words a page may use
INTROS = [
    "La convention se décline en plusieurs axes :",
    "Concrètement, la CTG prévoit :",
    "Les partenaires se sont engagés sur :",
    "Au cœur de cette convention :",
    "Les grandes lignes de la convention :",
    "Parmi les priorités retenues :",
    "Cette convention s'attache à :",
    "Le document fixe les objectifs suivants :",
    "Les actions prévues par la CTG :",
    "Elle comprend notamment :",
    "Quatre grands enjeux ont été identifiés :",
    "La feuille de route partagée :",
]


def bulleted_block(text: str, gold: dict) -> tuple[list[tuple[int, int]], int] | None:
    """The line spans of the page's bulleted gold items (one list, in order) and the line index of its intro."""
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    hits = set()
    for phrase in gold.get("theme_phrases") or []:
        at = text.find(phrase["text"])
        if at < 0:
            continue
        k = next(i for i, (s, e) in enumerate(lines) if s <= at <= e)
        if P.BULLET.match(text[lines[k][0]:lines[k][1]]):
            hits.add(k)
    if len(hits) < 2:
        return None
    first = min(hits)
    block = []  # the first list only: its bulleted lines, blank lines between them allowed
    for k in range(first, len(lines)):
        line = text[lines[k][0]:lines[k][1]]
        if P.BULLET.match(line):
            block.append(k)
        elif line.strip():
            break
    if len(block) < 2:
        return None
    intro = next((j for j in range(first - 1, -1, -1) if text[lines[j][0]:lines[j][1]].strip()), None)
    if intro is None:
        return None
    return [lines[k] for k in block], intro


def _items(text: str, block) -> list[str]:
    return [P.BULLET.sub("", text[s:e], count=1).strip() for s, e in block]


def _replace_block(text: str, block, new: str) -> str:
    return text[:block[0][0]] + new + text[block[-1][1]:]


def _line_bounds(text: str, index: int) -> tuple[int, int]:
    start = 0
    for _ in range(index):
        start = text.index("\n", start) + 1
    end = text.find("\n", start)
    return start, len(text) if end < 0 else end


Perturbation = Callable[[str, dict, random.Random], str | None]


def swap_bullets(text, gold, rng):
    found = bulleted_block(text, gold)
    if not found:
        return None
    block, _ = found
    marker = rng.choice(MARKERS)
    return _replace_block(text, block, "\n".join(marker + item for item in _items(text, block)))


def drop_bullets(text, gold, rng):
    found = bulleted_block(text, gold)
    return _replace_block(text, found[0], "\n".join(_items(text, found[0]))) if found else None


def blank_lines(text, gold, rng):
    found = bulleted_block(text, gold)
    if not found:
        return None
    block, _ = found
    return _replace_block(text, block, "\n\n" + "\n\n".join("- " + item for item in _items(text, block)))


def _on_intro_line(text: str, gold: dict, join: Callable[[list[str]], str]) -> str | None:
    """The list's items written on its introduction's line, joined by `join` (the list's lines removed)."""
    found = bulleted_block(text, gold)
    if not found:
        return None
    block, intro = found
    s, e = _line_bounds(text, intro)
    items = [it.rstrip(" ;,.") for it in _items(text, block)]
    return text[:s] + text[s:e].rstrip() + " " + join(items) + text[e:block[0][0]] + text[block[-1][1]:]


def glued(text, gold, rng):
    """Bullets rendered inline: "Les axes : • a • b • c"."""
    return _on_intro_line(text, gold, lambda items: " ".join("• " + it for it in items))


def semicolons(text, gold, rng):
    """One paragraph after the introduction: "Les axes : a ; b ; c."."""
    return _on_intro_line(text, gold, lambda items: " ; ".join(items) + ".")


def commas(text, gold, rng):
    """One sentence, commas and a last 'et', items in lower case: "Les axes : a, b et c."."""
    def join(items: list[str]) -> str:
        items = [it[0].lower() + it[1:] if it[:2].istitle() else it for it in items]
        return ", ".join(items[:-1]) + " et " + items[-1] + "."
    return _on_intro_line(text, gold, join)


def numbered_inline(text, gold, rng):
    """Numbered items inline: "Les axes : 1) a ; 2) b ; 3) c."."""
    return _on_intro_line(text, gold, lambda items: " ; ".join(f"{n}) {it}" for n, it in enumerate(items, 1)) + ".")


def other_intro(text, gold, rng):
    found = bulleted_block(text, gold)
    if not found:
        return None
    _, intro = found
    s, e = _line_bounds(text, intro)
    if len(text[s:e].split()) > 25:
        return None
    return text[:s] + rng.choice(INTROS) + text[e:]


# verbs that introduce the fields of a convention in running prose
VERBS = ["porte sur", "s'articule autour de", "cible", "concerne", "met l'accent sur", "se concentre sur",
         "privilégie", "mise sur", "donne la priorité à", "couvre", "comprend", "aborde", "vise",
         "prévoit des actions pour", "agit sur", "s'engage pour"]


def prose_enumeration(text: str, gold: dict) -> tuple[int, int, int] | None:
    """(sentence start, first gold phrase, sentence end) of the first sentence of running prose that holds two
    gold theme phrases or more."""
    from ctgminer.text.sentences import Sentences

    sents = Sentences(text)
    where: dict[int, list[int]] = {}
    for phrase in gold.get("theme_phrases") or []:
        at = text.find(phrase["text"])
        if at >= 0:
            where.setdefault(sents.index(at), []).append(at)
    for index, found in sorted(where.items()):
        start, end = sents.bounds(index)
        if len(found) >= 2 and not P.BULLET.match(text[start:end]):
            return start, min(found), end
    return None


def other_verb(text, gold, rng):
    """The enumeration's introduction in another verb: "La convention cible la petite enfance, la jeunesse ..."."""
    found = prose_enumeration(text, gold)
    if not found:
        return None
    start, first, _ = found
    return text[:start] + "La convention " + rng.choice(VERBS) + " " + text[first:]


def prose_to_list(text, gold, rng):
    """A prose enumeration as a bulleted list under its own sentence start, as another site would lay it out."""
    found = prose_enumeration(text, gold)
    if not found:
        return None
    start, first, end = found
    body = text[first:end].rstrip()
    items = [it.strip(" .;") for it in re.split(r",\s+|\s+et\s+(?=(?:la|le|les|l['’]|d)\b)|;\s*", body.rstrip(".")) if it.strip()]
    if len(items) < 2:
        return None
    lead = text[start:first].rstrip(" :")
    if len(lead.split()) < 3 or lead.endswith(("(", "«")):
        return None
    lead += " :"
    return text[:start] + lead + "\n" + "\n".join("- " + it for it in items) + "\n" + text[end:]


def quoted(text, gold, rng):
    """The enumeration as an official's quote about the convention."""
    found = prose_enumeration(text, gold)
    if not found:
        return None
    start, first, end = found
    body = text[first:end].rstrip().rstrip(".")
    return (text[:start] + "« Avec cette convention, nous allons agir sur " + body + " », a souligné le maire. "
            + text[end:])


def enum_connectives(text, gold, rng):
    """The enumeration with the connectives pages use: "notamment a, b, mais aussi c" / "sans oublier c"."""
    found = prose_enumeration(text, gold)
    if not found:
        return None
    start, first, end = found
    sentence = text[first:end]
    last_et = max(sentence.rfind(" et "), sentence.rfind(" ainsi que "))
    if last_et < 0:
        return None
    joiner = rng.choice([", mais aussi ", ", sans oublier ", ", ou encore ", " ainsi que "])
    rest = sentence[last_et:].replace(" ainsi que ", " et ", 1).replace(" et ", joiner, 1)
    return text[:first] + "notamment " + sentence[:last_et] + rest + text[end:]


def split_enumeration(text, gold, rng):
    """The enumeration over two sentences: "... porte sur a et b. Elle concerne aussi c et d."."""
    found = prose_enumeration(text, gold)
    if not found:
        return None
    start, first, end = found
    parts = re.split(r",\s+", text[first:end].rstrip().rstrip("."))
    if len(parts) < 3:
        return None
    half = len(parts) // 2
    return (text[:first] + ", ".join(parts[:half]) + ". Elle concerne aussi " + ", ".join(parts[half:]) + "."
            + text[end:])


def sentence_lines(text, gold, rng):
    """Every sentence of running prose on its own line, as sites that put each sentence in its own paragraph."""
    if not gold.get("themes"):
        return None
    return "\n".join(line if P.BULLET.match(line) else re.sub(r"(?<=[a-zà-ÿ\)»])\.\s+(?=[A-ZÀ-Þ«])", ".\n", line)
                     for line in text.split("\n"))


def one_paragraph(text, gold, rng):
    """The whole page as one paragraph, its line breaks lost (lists excepted, which keep their bullets inline)."""
    if not gold.get("themes"):
        return None
    return re.sub(r"\s*\n+\s*", " ", text)


def intro_sentence(text, gold, rng):
    """The introduction ends with a full stop, not a colon: "Trois axes ont été retenus."."""
    found = bulleted_block(text, gold)
    if not found:
        return None
    s, e = _line_bounds(text, found[1])
    if not text[s:e].rstrip().endswith(":") or re.search(
            r"\b(?:sur|de|des|du|d['’]|à|aux?|en|les|la|le|dont|notamment|champs|pour)\s*:\s*$", text[s:e], re.I):
        return None  # "... ont été retenues :" reads as a sentence without its colon; "... porte sur :" does not
    return text[:s] + text[s:e].rstrip().rstrip(" :") + "." + text[e:]


def capitals(text, gold, rng):
    """The introduction in capitals, as a styled heading: "LES AXES DE LA CONVENTION"."""
    found = bulleted_block(text, gold)
    if not found:
        return None
    s, e = _line_bounds(text, found[1])
    return text[:s] + text[s:e].upper() + text[e:]


def upper_items(text, gold, rng):
    """The items in capitals, as some sites style them: "- PETITE ENFANCE", some without their accents ("- ACCES
    AUX DROITS", as French capitals are often typed)."""
    found = bulleted_block(text, gold)
    if not found:
        return None
    block, _ = found
    items = [it.upper() for it in _items(text, block)]
    if rng.random() < 0.5:
        items = [strip_accents(it) for it in items]
    return _replace_block(text, block, "\n".join("- " + it for it in items))


RANKS = ["premier", "deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième", "huitième", "neuvième",
         "dixième", "onzième", "douzième"]


def axis_headings(text, gold, rng):
    """Each item under its own 'Axe n' heading line, as pages render <h3>Axe 1</h3><p>item</p>."""
    found = bulleted_block(text, gold)
    if not found:
        return None
    block, _ = found
    word = rng.choice(["Axe", "AXE", "Orientation", "Priorité"])
    return _replace_block(text, block, "\n".join(f"{word} {n}\n{it}" for n, it in enumerate(_items(text, block), 1)))


def ranked_sentences(text, gold, rng):
    """One sentence per item, by its rank: "Le premier axe : a. Le deuxième axe : b."."""
    found = bulleted_block(text, gold)
    if not found or len(found[0]) > len(RANKS):
        return None
    block, _ = found
    items = [it.rstrip(" ;,.") for it in _items(text, block)]
    return _replace_block(text, block, " ".join(f"Le {RANKS[n]} axe : {it}." for n, it in enumerate(items)))


def sections(text, gold, rng):
    """Each item as a short heading over a paragraph of its own, under the introduction."""
    found = bulleted_block(text, gold)
    if not found:
        return None
    block, _ = found
    body = "Des actions seront menées dans ce domaine pendant toute la durée de la convention."
    items = [it.rstrip(" ;,.") for it in _items(text, block)]
    if any(len(it.split()) > 14 for it in items):
        return None
    return _replace_block(text, block, "\n".join(f"{it}\n{body}" for it in items))


def caption_between(text, gold, rng):
    """A photo credit, a share button or a related link between the introduction and its list, as pages
    interleave them: "© Photo Mairie", "Partager sur Facebook", "Lire aussi : ..."."""
    found = bulleted_block(text, gold)
    if not found:
        return None
    block, _ = found
    caption = rng.choice(["© Photo Mairie", "Crédit photo : service communication", "(Photo d'illustration)",
                          "Partager sur Facebook", "Publié le 12/03/2024", "Lire aussi : La crèche rouvre ses portes",
                          "Imprimer"])
    return text[:block[0][0]] + caption + "\n" + text[block[0][0]:]


def question_intro(text, gold, rng):
    """The introduction as a question heading: "Quelles sont les priorités de la CTG ?"."""
    found = bulleted_block(text, gold)
    if not found:
        return None
    s, e = _line_bounds(text, found[1])
    question = rng.choice(["Quelles sont les priorités de la CTG ?", "Quels sont les axes de la convention ?",
                           "Sur quoi porte la convention ?", "Que contient la CTG ?"])
    return text[:s] + question + text[e:]


def no_intro(text, gold, rng):
    """The list right under the article's paragraph, its introduction dropped (a page that puts it in an image)."""
    found = bulleted_block(text, gold)
    if not found:
        return None
    s, e = _line_bounds(text, found[1])
    return text[:s] + text[e + 1:]


def typography(text, gold, rng):
    """French web typography: no-break spaces before ':;?!' and inside names, straight or curly apostrophes."""
    if not gold.get("themes"):
        return None
    text = re.sub(r"\s([:;?!])", "\u202f\\1", text)
    text = re.sub(r"(?<=\b[Pp]etite) (?=enfance)|(?<=\baccès) (?=aux)", "\u00a0", text)
    return text.replace("’", "'") if "’" in text else text.replace("'", "’")


def no_accents(text, gold, rng):
    """Accents lost, as some feeds render French."""
    return strip_accents(text) if gold.get("themes") else None


def pdf_wrap(text, gold, rng):
    """A convention's PDF as a reader gives it: every line wrapped at 70-90 characters, some words hyphenated at the
    line's end."""
    if not gold.get("themes"):
        return None
    width, out = rng.randint(70, 90), []
    for line in text.split("\n"):
        lines = textwrap.wrap(line, width, break_on_hyphens=False, break_long_words=False) or [""]
        for i in range(len(lines) - 1):
            word = lines[i + 1].split(" ")[0]
            if len(word) > 7 and word.isalpha() and word.islower() and rng.random() < 0.3:
                lines[i] += f" {word[:len(word) // 2]}-"
                lines[i + 1] = word[len(word) // 2:] + lines[i + 1][len(word):]
        out += lines
    return "\n".join(out)


# passages pages add around the convention, that must add no theme (precision traps): where they go, their text
ADDED = {
    "explainer": ("before", "Qu'est-ce qu'une CTG ?\nLa convention territoriale globale est une démarche de la Caf qui "
                  "peut couvrir la petite enfance, la jeunesse, le logement, le handicap, l'insertion et l'accès aux "
                  "droits.\n\n"),
    "digression": ("after", "\n\nPar ailleurs, la Caf finance aussi les aides au logement et l'allocation aux adultes "
                   "handicapés versées aux habitants.\n"),
    "footer": ("after", "\n\nÀ lire aussi\nPetite enfance : les inscriptions en crèche sont ouvertes\nJeunesse : le "
               "point information jeunesse déménage\nLogement : permanence de l'ADIL le mardi\n"),
    "other_scheme": ("after", "\nLe contrat de ville 2024-2030 porte quant à lui sur l'emploi, le logement, la santé et "
                     "la tranquillité publique.\n"),
    "caf_services": ("after", "\n\nLa Caf, c'est aussi :\n- des aides au logement\n- l'allocation aux adultes "
                     "handicapés\n- le revenu de solidarité active\n"),
    "agenda": ("after", "\n\nAgenda :\n- 12 juin : fête de la petite enfance\n- 15 juin : forum de l'emploi\n"
               "- 20 juin : atelier d'initiation au numérique\n"),
    "neighbour": ("after", "\nLa commune voisine a, elle, signé sa propre CTG en 2022, centrée sur le logement et le "
                  "handicap.\n"),
    "caf_budget": ("after", "\nDans le département, la Caf a consacré en 2023 plus de 12 millions d'euros à la petite "
                   "enfance, au logement et au handicap.\n"),
    "visit": ("after", "\nAprès la signature, les élus ont visité la nouvelle crèche et la maison France services du "
              "quartier.\n"),
    "news_list": ("after", "\n\nActualités\n- La crèche Les Lutins rouvre ses portes\n- Le point information jeunesse "
                  "fête ses dix ans\n- Un atelier numérique pour les seniors\n"),
}


def added(where: str, passage: str, applies: Callable[[dict], bool] = lambda gold: bool(gold.get("themes"))
          ) -> Perturbation:
    """A rewrite that adds `passage` before or after a page (one with themes, by default)."""
    def rewrite(text, gold, rng):
        if not applies(gold):
            return None
        return passage + text if where == "before" else text + passage
    return rewrite


PERTURBATIONS: dict[str, Perturbation] = {
    "swap_bullets": swap_bullets, "drop_bullets": drop_bullets, "blank_lines": blank_lines, "glued": glued,
    "semicolons": semicolons, "commas": commas, "other_intro": other_intro, "other_verb": other_verb,
    "prose_to_list": prose_to_list, "quoted": quoted, "intro_sentence": intro_sentence, "capitals": capitals,
    "upper_items": upper_items, "numbered_inline": numbered_inline, "axis_headings": axis_headings,
    "ranked_sentences": ranked_sentences, "sections": sections, "question_intro": question_intro,
    "no_intro": no_intro, "caption_between": caption_between, "enum_connectives": enum_connectives, "split_enumeration": split_enumeration,
    "sentence_lines": sentence_lines, "one_paragraph": one_paragraph, "typography": typography,
    "no_accents": no_accents, "pdf_wrap": pdf_wrap,
    **{name: added(where, passage) for name, (where, passage) in ADDED.items()},
}
RANDOM = {"pdf_wrap", "caption_between", "upper_items", "swap_bullets", "other_intro", "other_verb", "axis_headings", "question_intro", "enum_connectives"}  # several variants per page


def perturb(name: str, gold: dict, rng: random.Random, table: dict[str, Perturbation] | None = None) -> str | None:
    """Apply one rewrite of `table` (these rewrites by default), or several joined by '+' in order
    ("other_intro+drop_bullets")."""
    table = PERTURBATIONS if table is None else table
    text = gold["text"]
    for part in name.split("+"):
        if part not in table:
            raise SystemExit(f"robustness: unknown rewrite '{part}' (choose from {', '.join(table)})")
        text = table[part](text, gold, rng)
        if text is None:
            return None
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--only", nargs="*", default=list(PERTURBATIONS))
    parser.add_argument("--variants", type=int, default=3, help="random variants per page (markers, intros)")
    parser.add_argument("--show", action="store_true", help="list the pages whose themes change")
    args = parser.parse_args()
    try:
        gold = [g for path in args.gold for g in select_part(read_gold(path), "dev")
                if g.get("relevance") != "unrelated"]
    except GoldError as exc:
        print(f"robustness_themes: cannot read the gold ({exc}); ../shared/gold is needed.", file=sys.stderr)
        return 2
    from ctgminer.extract.analyser import Analyser

    analyser = Analyser()
    print(f"{'perturbation':14} {'pages':>5}  {'before':>13}  {'after':>13}")
    for name in args.only:
        rng = random.Random(name)
        before, after = [], []
        for g in gold:
            for _ in range(args.variants if set(name.split("+")) & RANDOM else 1):
                new = perturb(name, g, rng)
                if new is not None and new != g["text"]:
                    before.append(g)
                    after.append({**g, "text": new, "theme_phrases": []})
        if not after:
            print(f"{name:14} {0:>5}")
            continue
        b = evaluate_records(before, analyser)
        a = evaluate_records(after, analyser)
        bs, as_ = b.scores(), a.scores()
        print(f"{name:14} {len(after):>5}  {bs['themes_micro']['f1']:.3f} / {bs['themes_macro']['f1']:.3f}"
              f"  {as_['themes_micro']['f1']:.3f} / {as_['themes_macro']['f1']:.3f}")
        if args.show:
            lost = {e["id"]: e.get("themes") for e in a.errors if "themes" in e}
            had = {e["id"]: e.get("themes") for e in b.errors if "themes" in e}
            for key, value in lost.items():
                if had.get(key) != value:
                    print(f"    {key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
