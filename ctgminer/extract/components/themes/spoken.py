"""Theme phrases the other readings of the finder missed (session 20b, read_bn / read_bo), one reading per section:
fields told in spoken style, one repeated verb each ("on parle aussi des ados, on parle des parents, on parle de
l'accès aux services"); an inline list whose items a slash separates ("Au programme : parentalité / accès aux
droits"); run-in headings each over its paragraph ("Mobilité.\nUne étude sur le transport solidaire sera lancée.");
a table flattened to one cell a line ("Objectif\nIndicateurs\nPartenaires\n..."); and the fields an official named
in reported speech ("Il a cité la petite enfance, ... et la santé")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ctgminer.extract.components.themes import patterns as P
from ctgminer.extract.components.themes.patterns import FLAGS
from ctgminer.extract.components.themes.sequences import alternate_runs

if TYPE_CHECKING:
    from ctgminer.extract.components.themes.component import Phrase, ThemesComponent
    from ctgminer.text.sentences import Sentences

# the repeated lead, in the present ("on parlait de ..." tells the past), and its item up to the next clause
SPOKEN_ITEM = re.compile(
    r"\bon\s+(?:parle|travaille|s['’]\s*occupe|met\s+l['’]\s*accent|agit)\s+(?:aussi\s+|également\s+|encore\s+|enfin\s+)?"
    r"(?:sur\s+|pour\s+|de\s+(?=l['’]|la\b)|d['’](?=\s*[aeiouéèêh]))?"
    r"(?P<item>(?:des|du|la|le|les|l['’]|de|d['’])\s*[^,;.!?«»()\n]+?)"
    r"(?=\s*(?:[,;.!?»()\n]|\bet\s+on\b|\bparce\b|\bmais\b|$))", FLAGS)
SPOKEN_MIN_ITEMS = 2  # one verb repeated over two fields at least
SPOKEN_ITEM_MAX_WORDS = 10


def spoken_phrases(finder: ThemesComponent, text: str, sents: Sentences, excluded) -> list[Phrase]:
    """The items of a lead repeated in one sentence ("on parle des ados, on parle des parents"), when two of them at
    least name a field; in a quote or a sentence naming the convention, not in general ones (a past clause before it,
    "on avait un CEJ depuis 2008, là on passe à autre chose", does not make it the past)."""
    out: list[Phrase] = []
    for s, _e, sentence, general, _other in finder.sentences_in_context(text, sents):
        quoted = "«" in sentence or text.rfind("«", 0, s) > text.rfind("»", 0, s)
        if general or any(zs <= s < ze for zs, ze in excluded) or not (quoted or finder.about_convention(text, s, sentence)):
            continue
        items = [m for m in SPOKEN_ITEM.finditer(sentence) if len(m.group("item").split()) <= SPOKEN_ITEM_MAX_WORDS]
        if len(items) < SPOKEN_MIN_ITEMS:
            continue
        parts = [finder._clean(text, s + m.start("item"), s + m.end("item"), "prose") for m in items]
        if sum(bool(finder._lexicon_labels(p.text, prose=True)) for p in parts) >= SPOKEN_MIN_ITEMS:
            out += parts
    return out


# -- an inline list whose items a slash (or a spaced dash) separates -------------------------------------------------
# a label, its colon, then items separated by " / " (a brief on a web page: "Au programme : modes d'accueil petite
# enfance / accueils de loisirs (espaces ados de Figeac, Capdenac) / parentalité / accès aux droits"), or by " - "
# (a fact box: "Thématiques : Petite enfance - Enfance - Jeunesse - Parentalité")
SLASH_LINE = re.compile(r"^(?P<lead>[^:\n]{2,80}):[ \t]*(?P<body>[^\n]+)$", re.MULTILINE)
SEPARATORS = (" / ", " - ", " – ", " — ")
SLASH_MIN_ITEMS = 3
SLASH_ITEM_MAX_WORDS = 20


def _separator(body: str) -> str | None:
    """The separator a body's items are cut at: the first of SEPARATORS that cuts SLASH_MIN_ITEMS items (a slash
    before a dash: "Axe 1 - Petite enfance / Axe 2 - Jeunesse / Axe 3 - Parentalité")."""
    return next((sep for sep in SEPARATORS if body.count(sep) >= SLASH_MIN_ITEMS - 1), None)


def _top_level(body: str, sep: str = " / ") -> list[tuple[int, int]]:
    """The spans of a body's items between separators outside brackets (a bracket's commas and slashes stay inside)."""
    depth, cuts = 0, [0]
    spans: list[tuple[int, int]] = []
    for m in re.finditer(rf"[()]|[ \t]+{re.escape(sep.strip())}[ \t]+", body):
        if m.group() == "(":
            depth += 1
        elif m.group() == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            spans.append((cuts[-1], m.start()))
            cuts.append(m.end())
    spans.append((cuts[-1], len(body)))
    return spans


def slash_list_phrases(finder: ThemesComponent, text: str, excluded) -> list[Phrase]:
    """The items of a slash-separated line under a label announcing the convention's fields or plan ("Au
    programme :", "Les axes :"), when two of them at least name a field; not in general or other schemes' lines."""
    out: list[Phrase] = []
    if not any(sep in text for sep in SEPARATORS):
        return out
    for m in SLASH_LINE.finditer(text):
        lead, body = m.group("lead"), m.group("body")
        if (sep := _separator(body)) is None or any(zs <= m.start() < ze for zs, ze in excluded) \
                or not (P.INTRO.search(lead) or P.LIST_ONLY_INTRO.search(lead)) \
                or finder.is_general(m.group()) or finder.other_scheme(lead):
            continue
        spans = _top_level(body, sep)
        parts = [finder._clean(text, m.start("body") + a, m.start("body") + b, "list") for a, b in spans]
        parts = [p for p in parts if p.text]
        if len(parts) >= SLASH_MIN_ITEMS and all(len(p.text.split()) <= SLASH_ITEM_MAX_WORDS for p in parts) \
                and sum(bool(finder._lexicon_labels(p.text)) for p in parts) >= 2:
            out += parts
    return out


# -- run-in headings: a field's name and a full stop on its own line, over its paragraph -----------------------------
# (a magazine's bold run-in heads flattened to lines: "Petite enfance.\nLes trois crèches seront maintenues ...\n
# Mobilité.\nUne étude sur le transport solidaire sera lancée.")
RUN_IN_HEADING = re.compile(r"^\s*[A-ZÀ-Þ][\w'’ -]{1,40}\.\s*$")
RUN_IN_MAX_WORDS = 4
RUN_IN_MIN_HEADINGS = 3
# ... or the field's label run into its paragraph on the same line, a magazine's way: "Ce que la CTG change\nPetite
# enfance. Un relais petite enfance ouvrira à Vic.\nJeunesse. Le point jeunes ouvrira le samedi.\nNumérique. Des
# ateliers ..." (the whole line is the item: its sentence tells what the field gets)
RUN_IN_LABEL = re.compile(r"^\s*(?P<label>[A-ZÀ-Þ][\w'’ -]{1,40}?)\.\s+(?=[A-ZÀ-Þ«\d])")


def run_in_headings(finder: ThemesComponent, text: str, sents: Sentences, excluded) -> list[Phrase]:
    """Headings of at most RUN_IN_MAX_WORDS words ending with a full stop, each over its own paragraph, in a run of
    RUN_IN_MIN_HEADINGS at least right under a paragraph naming the convention, two of them naming a field by the
    taxonomy's words; not in general or other schemes' sections."""
    context = {s: (general or other) for s, _e, _t, general, other in finder.sentences_in_context(text, sents)}
    lines = [ln for ln in finder.lines(text) if ln[2].strip()]
    heads = {k for k in range(1, len(lines) - 1)
             if RUN_IN_HEADING.match(lines[k][2]) and len(lines[k][2].split()) <= RUN_IN_MAX_WORDS
             and len(lines[k + 1][2].split()) >= P.SECTION_BODY_MIN_WORDS and not RUN_IN_HEADING.match(lines[k + 1][2])
             and not context.get(lines[k + 1][0], False) and not any(zs <= lines[k][0] < ze for zs, ze in excluded)}
    out: list[Phrase] = []
    for run in alternate_runs(heads):
        above = lines[run[0] - 1][2]
        if len(run) < RUN_IN_MIN_HEADINGS or not (P.NAMES_CONVENTION.search(above) or P.INTRO.search(above)) \
                or context.get(lines[run[0] - 1][0], False):
            continue
        parts = [finder._clean(text, lines[j][0], lines[j][1], "prose") for j in run]
        if sum(bool(finder._lexicon_labels(p.text)) for p in parts) >= 2:
            out += parts
    labelled = {k for k in range(1, len(lines))
                if (m := RUN_IN_LABEL.match(lines[k][2])) and len(m.group("label").split()) <= RUN_IN_MAX_WORDS
                and not context.get(lines[k][0], False) and not any(zs <= lines[k][0] < ze for zs, ze in excluded)}
    for k in sorted(labelled):
        if k - 1 in labelled:
            continue  # not the first of its run
        run = [k]
        while run[-1] + 1 in labelled:
            run.append(run[-1] + 1)
        above = lines[k - 1][2]
        if len(run) < RUN_IN_MIN_HEADINGS or not (P.NAMES_CONVENTION.search(above) or P.INTRO.search(above)) \
                or context.get(lines[k - 1][0], False):
            continue
        labels = [RUN_IN_LABEL.match(lines[j][2]).group("label") for j in run]
        if 3 * sum(bool(finder._lexicon_labels(label)) for label in labels) >= 2 * len(labels):
            out += [finder._clean(text, lines[j][0], lines[j][1], "prose") for j in run]
    return out


# -- a table flattened to one cell a line, its header's cells first ---------------------------------------------------
# (a convention's annex as a PDF renders it: "Objectif\nIndicateurs\nPartenaires associés\nAugmenter l'offre d'accueil
# du jeune enfant\nNombre de places en EAJE\nCommunes, PMI, RPE\n...")
FIELD_COLUMN = re.compile(r"^\s*(?:objectifs?|actions?|axes?|enjeux|orientations?|fiches?[- ]actions?)"
                          r"(?:\s+(?:opérationnels?|stratégiques?|prioritaires?))?\s*$", FLAGS)
FLAT_ROW_MAX_WORDS = 25
CELL_NUMBER = re.compile(r"^\s*(?:\d{1,2}|[IVX]{1,4})\s*[.)]\s+")  # a row's rank: "1. Petite enfance", "II. Offrir ..."
OBJECTIVES_COLUMN = re.compile(r"^\s*objectifs?(?:\s+(?:opérationnels?|stratégiques?|prioritaires?))?\s*$", FLAGS)


def flattened_table(finder: ThemesComponent, text: str, excluded) -> tuple[list[Phrase], list[tuple[int, int]]]:
    """(the field column's cells, the spans of the other columns' cells) of a table flattened to one cell a line: a
    header of a field column ("Objectif") then columns of who, when or how much ("Indicateurs", "Partenaires
    associés"), then rows of as many lines, while each row's first cell is no sentence; the other columns' cells
    name no field (a partner "Centre social" is not the convention's animation de la vie sociale)."""
    lines = [ln for ln in finder.lines(text) if ln[2].strip()]
    items: list[Phrase] = []
    cells: list[tuple[int, int]] = []
    consumed: set[int] = set()
    for k in range(len(lines)):
        if not FIELD_COLUMN.match(lines[k][2]) or k in consumed or any(zs <= lines[k][0] < ze for zs, ze in excluded):
            continue
        # (the field column may be followed by its objectives' column: "Orientation\nObjectifs opérationnels\nPilote\n1.
        # Petite enfance\nCréer une micro-crèche\nCommunes", the first column's cells the items)
        m = 1
        while k + m < len(lines) and OBJECTIVES_COLUMN.match(lines[k + m][2]):
            m += 1
        n = m
        while k + n < len(lines) and len(lines[k + n][2].split()) <= 4 and P.NO_FIELD_COLUMN.search(lines[k + n][2]):
            n += 1
        if n == m:
            continue
        consumed.update(range(k + 1, k + m))
        rows = []
        r = k + n
        while r + n <= len(lines) and not P.SENTENCE_END.search(CELL_NUMBER.sub("", lines[r][2]).rstrip() + " ") \
                and all(len(lines[j][2].split()) <= FLAT_ROW_MAX_WORDS for j in range(r, r + n)):
            rows.append(r)
            r += n
        if len(rows) < 2:
            continue
        found = [finder._clean(text, lines[r][0], lines[r][1], "list") for r in rows]
        if sum(bool(finder._lexicon_labels(p.text)) for p in found) >= 2:
            items += found
            cells += [(lines[j][0], lines[j][1]) for r in rows for j in range(r + m, r + n)]
    return items, cells


# -- the fields an official named, told in reported speech ----------------------------------------------------------
# ("Il a cité la petite enfance, les loisirs des enfants, l'animation de la vie sociale et la santé.", after the
# official's quote in a local paper)
# (or in the present, as a reporter tells the official's words, each item in quotes: "Il cite pêle-mêle « les crèches
# qu'il faut ouvrir plus tôt », « les ados qui n'ont rien le samedi » et « les parents débordés »")
REPORTED_LIST = re.compile(r"\b(?:(?:a|ont)\s+(?:cité|énuméré|listé|passé\s+en\s+revue)|cit(?:e|ent)|énumèr(?:e|ent))"
                           r"(?:\s+(?:pêle-mêle|en\s+vrac|notamment|entre\s+autres))?\s+(?=(?:la|le|les|l['’])\s*\w|«)",
                           FLAGS)
# a chain of quotations, the items of such an enumeration: "« a », « b » et « c »"
QUOTED_CHAIN = re.compile(r"«[^«»\n]+»(?:\s*(?:,\s*(?:et\s+)?|et\s+)«[^«»\n]+»)+")
REPORTED_MIN_ITEMS = 3
REPORTED_ASIDE = re.compile(r",\s*(?:avec|dont|notamment|grâce)\b", FLAGS)


def reported_fields(finder: ThemesComponent, text: str, sents: Sentences, excluded) -> list[Phrase]:
    """The items of an enumeration an official "a cité" in the convention's story (after the text first names it),
    when two at least name a field; not in general sentences nor other schemes'."""
    named = P.NAMES_CTG.search(text)
    out: list[Phrase] = []
    if not named:
        return out
    for s, e, sentence, general, other in finder.sentences_in_context(text, sents):
        if s < named.start() or general or other or any(zs <= s < ze for zs, ze in excluded):
            continue
        for m in REPORTED_LIST.finditer(sentence):
            start = s + m.end()
            if chain := QUOTED_CHAIN.match(text, start, e):  # each quotation one item, however long
                parts, limit = finder._split(text, start, chain.end(), quoted=True), finder.max_announced_item_words
            else:
                stop = P.PROSE_STOP.search(text, start, e)
                end = stop.start() if stop else e
                aside = REPORTED_ASIDE.search(text, start, end)  # the last item's illustration: ", avec la maison de santé"
                parts, limit = finder._split(text, start, aside.start() if aside else end), finder.max_item_words
            if len(parts) >= REPORTED_MIN_ITEMS and all(len(p.text.split()) <= limit for p in parts) \
                    and sum(bool(finder._lexicon_labels(p.text, prose=True)) for p in parts) >= 2:
                out += parts
    return out
