"""Robustness of the extraction fields (other than themes) to the ways pages write the same facts.

Each readable gold page is rewritten the way other sites write what it says (the signature date in another
form, the signing verb in other words, the Caf or a partner named another way, an amount in another notation,
usual page furniture or an unrelated paragraph added, paragraphs reordered, the text on one line), keeping its
gold values: a rewrite applies only where the gold value's own text is found in the page, so the gold stays
true. A drop is a brittleness that unseen pages will hit. Only the holdout-free part of the gold is used.
Rewrites, page selection and the report follow benchmarks/robustness_themes.py (whose helpers are reused).

Usage: python benchmarks/robustness_fields.py [GOLD.jsonl ...] [--only NAME ...] [--show]  (NAME may chain
rewrites: "date_numeric+one_line")
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import robustness_themes as RT  # noqa: E402

from ctgminer.evaluation.evaluate import GoldError, evaluate_records, read_gold, select_part  # noqa: E402
from ctgminer.extract.components.dates import patterns as DP  # noqa: E402
from ctgminer.text.normalise import fold  # noqa: E402

FIELDS = ["signature_date", "period_start", "period_end", "duration_years", "amounts", "caf_department_code",
          "partners", "partner_types", "announcement"]
SHORT = {"signature_date": "sign", "period_start": "p.start", "period_end": "p.end", "duration_years": "durat",
         "amounts": "amounts", "caf_department_code": "caf", "partners": "partners", "partner_types": "types",
         "announcement": "announce"}
MONTH_NAMES = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
               "novembre", "décembre"]
WEEKDAY_NAMES = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]

Perturbation = Callable[[str, dict, random.Random], str | None]


# --- dates ---------------------------------------------------------------------------------------
def _gold_day(gold: dict) -> dt.date | None:
    value = gold.get("signature_date") or ""
    try:
        return dt.date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


def date_occurrences(text: str, day: dt.date) -> list[tuple[int, int, bool]]:
    """(start, end, has_year) of the places the text writes this very date, in words or in figures."""
    found = []
    for m in DP.ABSOLUTE.finditer(text):
        if m["wd"] or m["past"]:
            continue  # keep rewrites to the day-month(-year) itself
        d = int(re.sub(r"\D", "", m["d"]) or 0)
        month = DP.MONTHS.get(m["m"].lower().rstrip("."))
        if d == day.day and month == day.month and (m["y"] is None or int(m["y"]) == day.year):
            found.append((m.start("d"), m.end("y") if m["y"] else m.end("m"), m["y"] is not None))
    for m in DP.NUMERIC.finditer(text):
        if int(m["d"]) == day.day and int(m["m"]) == day.month and int(m["y"]) == day.year:
            found.append((m.start(), m.end(), True))
    return sorted(found)


def _rewrite_dates(text: str, gold: dict, form: Callable[[dt.date, bool], str | None]) -> str | None:
    day = _gold_day(gold)
    if day is None:
        return None
    spots = date_occurrences(text, day)
    if not spots:
        return None
    out, last = [], 0
    for start, end, has_year in spots:
        new = form(day, has_year)
        if new is None:
            return None
        out += [text[last:start], new]
        last = end
    return "".join(out) + text[last:]


def _words(day: dt.date, has_year: bool) -> str:
    first = "1er" if day.day == 1 else str(day.day)
    return f"{first} {MONTH_NAMES[day.month - 1]}" + (f" {day.year}" if has_year else "")


def date_numeric(text, gold, rng):
    """"12 mars 2024" -> "12/03/2024" (a date without its year is left as it is)."""
    return _rewrite_dates(text, gold, lambda d, y: f"{d.day:02d}/{d.month:02d}/{d.year}" if y else _words(d, y))


def date_short_year(text, gold, rng):
    """"12 mars 2024" -> "12.03.24", as press pages write it."""
    return _rewrite_dates(text, gold, lambda d, y: f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}" if y
                          else _words(d, y))


def date_words(text, gold, rng):
    """"12/03/2024" -> "12 mars 2024"."""
    return _rewrite_dates(text, gold, _words)


def date_weekday(text, gold, rng):
    """"12 mars 2024" -> "mardi 12 mars 2024"."""
    def form(d, y):
        return f"{WEEKDAY_NAMES[d.weekday()]} {_words(d, y)}"
    new = _rewrite_dates(text, gold, form)
    return re.sub(rf"\b({'|'.join(WEEKDAY_NAMES)})\s+\1\b", r"\1", new, flags=re.I) if new else None


def date_no_year(text, gold, rng):
    """The signing's date without its year, in the sentences that tell the signing, where the page's own date
    (a header line: "Mis à jour le 23/12/2021") gives that year."""
    day = _gold_day(gold)
    pub = gold.get("publication_date") or ""
    if day is None or not pub.startswith(str(day.year)) or pub < day.isoformat():
        return None

    def line_of(at: int) -> str:
        return text[text.rfind("\n", 0, at) + 1:(text.find("\n", at) + 1 or len(text) + 1) - 1]
    spots = [s for s in date_occurrences(text, day) if s[2] and len(line_of(s[0])) > 60
             and DP.SIGN_CUE.search(text[max(0, s[0] - 150):s[1] + 150])]
    if not spots:
        return None
    for start, end, _ in reversed(spots):
        text = text[:start] + _words(day, False) + text[end:]
    return text


def dateline(text, gold, rng):
    """A press dateline before the story: "Blois, le 12 mars 2024 – " where the page already gives that date."""
    day = _gold_day(gold)
    if day is None or gold.get("publication_date") != day.isoformat() or not date_occurrences(text, day):
        return None
    lines = text.split("\n")
    k = next((i for i, line in enumerate(lines) if len(line.split()) > 15), None)
    if k is None:
        return None
    lines[k] = f"{rng.choice(['Blois', 'Albi', 'Vannes', 'Lens'])}, le {_words(day, True)} – {lines[k]}"
    return "\n".join(lines)


# --- signing verbs -------------------------------------------------------------------------------
VERBS = [(r"\bont signé\b", ["ont paraphé", "ont officialisé", "ont cosigné"]),
         (r"\ba signé\b", ["a paraphé", "a cosigné"]),
         (r"\bont été signées\b", ["ont été paraphées"]),
         (r"\ba été signée\b", ["a été paraphée", "a été officialisée"]),
         (r"\best signée\b", ["est paraphée"]),
         (r"\bsignée\b", ["paraphée"])]


def sign_verb(text, gold, rng):
    """The signing verb in other words: "ont signé" -> "ont paraphé", "a été signée" -> "a été officialisée"."""
    if gold.get("relevance") != "announcement":
        return None
    new = text
    for pattern, options in VERBS:
        new = re.sub(pattern, lambda m, o=options: rng.choice(o), new)
    return new if new != text else None


# --- the Caf -------------------------------------------------------------------------------------
_CAF = r"(?:Caf|CAF|Caisse\s+d['’]\s*[Aa]llocations\s+[Ff]amiliales)"
_OF = r"(?:de\s+la|du|des|de\s+l['’]|de|d['’])\s*"


def _caf_spots(text: str, gold: dict) -> list[re.Match]:
    dept = gold.get("caf_department")
    if not dept or not gold.get("caf_department_code"):
        return []
    return list(re.finditer(rf"\b{_CAF}\s+{_OF}{re.escape(dept)}\b", text))


def _dept_phrase(m: re.Match, dept: str) -> str:
    """'de la Sarthe' as the text wrote it."""
    return m.group(0)[m.group(0).lower().rfind(" d") + 1:] if " d" in m.group(0).lower() else f"de {dept}"


def caf_names(text, gold, rng):
    """The Caf named another way: "la Caf 72", "la CAF de la Sarthe", "la Caisse d'allocations familiales (Caf) de
    la Sarthe"."""
    spots = _caf_spots(text, gold)
    if not spots:
        return None
    dept, code = gold["caf_department"], gold["caf_department_code"]
    out, last = [], 0
    for m in spots:
        of = re.search(rf"{_OF}{re.escape(dept)}$", m.group(0)).group(0)
        new = rng.choice([f"Caf {code}", f"CAF {of}", f"Caisse d'allocations familiales (Caf) {of}",
                          f"Caf {of} ({code})"])
        out += [text[last:m.start()], new]
        last = m.end()
    return "".join(out) + text[last:]


def caf_upper(text, gold, rng):
    """"Caf" written "CAF" everywhere, as many sites do."""
    new = re.sub(r"\bCaf\b", "CAF", text)
    return new if new != text else None


# --- partners ------------------------------------------------------------------------------------
def _partner_names(gold: dict, kinds: tuple[str, ...] = ("commune", "epci")) -> list[str]:
    return [p["name"] for p in gold.get("partners") or [] if p.get("type") in kinds]


def partner_upper(text, gold, rng):
    """The partners' names in capitals where the text writes them ("SAINT-GILLES"), as headings and signatures do."""
    new = text
    for name in _partner_names(gold, ("commune",)):
        new = re.sub(rf"(?<![\w-]){re.escape(name)}(?![\w-])", name.upper(), new)
    return new if new != text else None


def partner_hyphens(text, gold, rng):
    """Hyphenated commune names written with spaces ("Saint Gilles"), as many pages do."""
    new = text
    for name in _partner_names(gold, ("commune",)):
        if "-" in name:
            new = re.sub(rf"(?<![\w-]){re.escape(name)}(?![\w-])", name.replace("-", " "), new)
    return new if new != text else None


TOWN_WORDS = ["la ville de", "la commune de", "la mairie de", "la municipalité de"]


def partner_town_word(text, gold, rng):
    """"la ville de X" <-> "la commune de X" <-> "la mairie de X"."""
    names = _partner_names(gold, ("commune",))
    if not names:
        return None
    alt = "|".join(re.escape(n) for n in names)
    pattern = re.compile(rf"\b([Ll]a)\s+(?:ville|commune|mairie|municipalité)\s+(de|d['’])\s*(?=(?:{alt})(?![\w-]))")

    def swap(m):
        word = rng.choice(TOWN_WORDS[:3])
        return m.group(1) + word[2:] + (" " if m.group(2) == "de" else " d'")
    new = pattern.sub(swap, text)
    return new if new != text else None


# --- amounts -------------------------------------------------------------------------------------
def _amount_forms(value: float) -> list[str]:
    forms = []
    if value >= 1_000_000:
        m = value / 1_000_000
        s = f"{m:.2f}".rstrip("0").rstrip(".").replace(".", ",")
        forms += [f"{s} M€", f"{s} millions d'euros", f"{s} million d'euros" if m < 2 else f"{s} millions €"]
    if value == int(value):
        grouped = f"{int(value):,}".replace(",", " ")
        forms += [f"{grouped} euros", f"{grouped} €", f"{int(value):,} €".replace(",", ".")]
    return forms


def amount_forms(text, gold, rng):
    """Each gold amount in another usual notation ("1,2 M€", "1 200 000 euros", "1.200.000 €")."""
    from ctgminer.extract.components.money import patterns as MP
    from ctgminer.text.numbers import parse_number

    values = gold.get("amounts_eur") or []
    if not values:
        return None
    out, last, changed = [], 0, False
    for m in MP.AMOUNT.finditer(text):
        num = parse_number(m["num"])
        if num is None:
            continue
        scale = MP.SCALES.get((m["scale"] or m["abbr"] or "").lower(), 1.0)
        value = num * scale
        if not any(abs(value - v) <= max(1.0, 0.005 * v) for v in values):
            continue
        forms = [f for f in _amount_forms(value) if fold(f) != fold(m.group(0))]
        if not forms:
            continue
        out += [text[last:m.start()], rng.choice(forms)]
        last, changed = m.end(), True
    return "".join(out) + text[last:] if changed else None


# --- page furniture and noise --------------------------------------------------------------------
SHARE = "\n\nPartager sur Facebook\nPartager sur X\nPartager par e-mail\nImprimer\n"
COOKIES = ("Ce site utilise des cookies pour mesurer son audience. En poursuivant votre navigation, vous acceptez "
           "leur utilisation. Accepter Refuser Personnaliser\n\n")
RELATED = ("\n\nÀ lire aussi\nLa Caf et la communauté de communes voisine préparent leur CTG\n"
           "Rentrée scolaire : les horaires du périscolaire\nLe 14 mai 2023, inauguration du nouveau multi-accueil\n")
OTHER_CONTRACT = ("\nLe contrat de ville 2024-2030 a été signé le 4 avril 2024 en préfecture par le préfet et les "
                  "maires du quartier prioritaire, pour une durée de sept ans.\n")
OTHER_TOWN = ("\nPar ailleurs, le conseil municipal de Quimperlé a adopté le 3 février 2022 son budget, qui prévoit "
              "250 000 euros pour la rénovation du gymnase.\n")
CAF_FIGURES = ("\nEn 2022, la Caf a versé 45 millions d'euros de prestations à 38 000 allocataires du département.\n")


def _added(noise: str, before: bool = False) -> Perturbation:
    """A rewrite that adds page furniture or an unrelated paragraph after (or before) the text of a CTG page."""
    return RT.added("before" if before else "after", noise, applies=lambda gold: gold.get("relevance") != "unrelated")


share, cookies, related = _added(SHARE), _added(COOKIES, before=True), _added(RELATED)
other_contract, other_town, caf_figures = _added(OTHER_CONTRACT), _added(OTHER_TOWN), _added(CAF_FIGURES)
# the generic explainer at the end of the page (where Caf sites put it) or first; the related footer of themes
EXPLAINER, FOOTER = RT.ADDED["explainer"][1], RT.ADDED["footer"][1]
explainer, explainer_first = _added("\n\n" + EXPLAINER.rstrip()), _added(EXPLAINER, before=True)
footer = _added(FOOTER)


# --- layout --------------------------------------------------------------------------------------
def one_line(text, gold, rng):
    """The whole text on one line (a page whose paragraphs were lost), each line ended by a full stop."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    return " ".join(ln if ln[-1] in ".!?:;" else ln + "." for ln in lines)


def blank_lines(text, gold, rng):
    return re.sub(r"\n+", "\n\n\n", text)


def shuffle_paragraphs(text, gold, rng):
    """Paragraphs after the first in another order (a page that puts the quotes before the facts)."""
    paras = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    if len(paras) < 4:
        return None
    rest = paras[1:]
    rng.shuffle(rest)
    return "\n\n".join([paras[0], *rest])


PERTURBATIONS: dict[str, Perturbation] = {
    "date_numeric": date_numeric, "date_short_year": date_short_year, "date_words": date_words,
    "date_weekday": date_weekday, "date_no_year": date_no_year, "dateline": dateline, "sign_verb": sign_verb,
    "caf_names": caf_names, "caf_upper": caf_upper, "partner_upper": partner_upper,
    "partner_hyphens": partner_hyphens, "partner_town_word": partner_town_word, "amount_forms": amount_forms,
    "share": share, "cookies": cookies, "related": related, "other_contract": other_contract,
    "other_town": other_town, "caf_figures": caf_figures, "explainer": explainer,
    "explainer_first": explainer_first, "footer": footer, "one_line": one_line, "blank_lines": blank_lines,
    "shuffle_paragraphs": shuffle_paragraphs,
}
# the gold lists every amount stated in euros (GUIDE.md), so a paragraph added with one adds it to the gold
ADDED_AMOUNTS = {"other_town": [250000], "caf_figures": [45000000]}
RANDOM = {"sign_verb", "caf_names", "partner_town_word", "amount_forms", "shuffle_paragraphs", "dateline"}


def _cell(before: float, after: float) -> str:
    return f"{before:.2f}" if abs(before - after) < 0.005 else f"{before:.2f}>{after:.2f}"


ERROR_KEYS = {"signature_date": "signature_date", "period_start": "period_start", "period_end": "period_end",
              "duration_years": "duration_years", "amounts": "amounts", "caf_department_code": "caf_department_code",
              "partners": "partners", "partner_types": "partners", "announcement": "relevance"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path, default=RT.DEFAULT_GOLD)
    parser.add_argument("--only", nargs="*", default=list(PERTURBATIONS))
    parser.add_argument("--variants", type=int, default=2, help="random variants per page (verbs, names, forms)")
    parser.add_argument("--show", action="store_true", help="list the pages whose fields change")
    args = parser.parse_args()
    try:
        gold = [g for path in args.gold for g in select_part(read_gold(path), "dev")]
    except GoldError as exc:
        print(f"robustness_fields: cannot read the gold ({exc}); ../shared/gold is needed.", file=sys.stderr)
        return 2
    from ctgminer.extract.analyser import Analyser

    analyser = Analyser()
    print(f"{'rewrite':18} {'pages':>5}  " + " ".join(f"{SHORT[f]:>9}" for f in FIELDS))
    for name in args.only:
        rng = random.Random(name)
        before, after = [], []
        for g in gold:
            for _ in range(args.variants if set(name.split("+")) & RANDOM else 1):
                new = RT.perturb(name, g, rng, PERTURBATIONS)
                if new is not None and new != g["text"]:
                    before.append(g)
                    added = [v for part in name.split("+") for v in ADDED_AMOUNTS.get(part, [])]
                    amounts = (g.get("amounts_eur") or []) + added
                    after.append({**g, "text": new, "id": f"{g.get('id')}#{len(after)}", "amounts_eur": amounts})
        if not after:
            print(f"{name:18} {0:>5}")
            continue
        b, a = evaluate_records(before, analyser), evaluate_records(after, analyser)
        bs, as_ = b.scores(), a.scores()
        print(f"{name:18} {len(after):>5}  " + " ".join(
            f"{_cell(bs[f]['f1'], as_[f]['f1']):>9}" for f in FIELDS))
        if args.show:
            had = {e["id"]: e for e in b.errors}
            for e in a.errors:
                base = had.get(e["id"].rsplit("#", 1)[0], {})
                changed = {k: v for k, v in e.items() if k in ERROR_KEYS.values() and base.get(k) != v}
                if changed:
                    print(f"    {e['id']}: {changed}")
            for e in b.errors:  # fields that were wrong and became right
                fixed = [k for k in e if k in ERROR_KEYS.values() and not any(
                    x["id"].rsplit("#", 1)[0] == e["id"] and k in x for x in a.errors)]
                if fixed:
                    print(f"    {e['id']}: right after the rewrite: {fixed}")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
