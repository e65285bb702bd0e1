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
    for run in alternate_runs(labelled, step=1):
        k = run[0]
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
# (or its article's table of fields: "Champ d'intervention\nConstats\nObjectifs partagés\nPetite enfance\n2 crèches,
# 40 assistants maternels\nMaintenir l'offre d'accueil\nJeunesse\n...", the field column first)
FIELD_COLUMN = re.compile(r"^\s*(?:objectifs?|actions?|axes?|enjeux|orientations?|fiches?[- ]actions?"
                          r"|(?:champs?|domaines?)(?:\s+d['’]\s*(?:intervention|action))?|thématiques?)"
                          r"(?:\s+(?:opérationnels?|stratégiques?|prioritaires?|retenu(?:e|s|es)?))?\s*$", FLAGS)
FLAT_ROW_MAX_WORDS = P.TABLE_CELL_MAX_WORDS
CELL_NUMBER = re.compile(r"^\s*(?:\d{1,2}|[IVX]{1,4})\s*[.)]\s+")  # a row's rank: "1. Petite enfance", "II. Offrir ..."
OBJECTIVES_COLUMN = re.compile(r"^\s*objectifs?(?:\s+(?:opérationnels?|stratégiques?|prioritaires?|partagés?|retenus|généra(?:l|ux)))?\s*$",
                               FLAGS)
# a field column named as such, whose table may hold only the objectives beside it: "Champ\nObjectif général\nPetite
# enfance\nCréer une première offre d'accueil collectif\nJeunesse\n..." (two columns, an article of the convention)
NAMED_FIELD_COLUMN = re.compile(r"^\s*(?:champs?|domaines?|thématiques?|axes?)(?:\s+d['’]\s*(?:intervention|action))?"
                                r"(?:\s+retenu(?:e|s|es)?)?\s*$", FLAGS)
# a column of what the diagnostic found in each field: needs, not fields ("Constats", "Besoins identifiés", "Points de
# vigilance"), whose cells name the facilities counted ("2 centres sociaux, zones blanches au nord")
FINDINGS_COLUMN = re.compile(r"^\s*(?:constats?(?:\s+partagés?)?|diagnostic|besoins(?:\s+identifiés)?|état\s+des\s+lieux"
                             r"|existant|offre\s+existante|situation\s+actuelle|points?\s+(?:forts|faibles|de\s+vigilance))\s*$",
                             FLAGS)
HEADER_CELL_MAX_WORDS = 4
CELL_SENTENCE = re.compile(r"[.!?…](?:\s|$)")  # a sentence, where a cell's quotes may close a title ("« cafés des parents »")


# a column of the actions under each axis, or of their numbers: "N° fiche", "Intitulé de l'action", "Actions prévues"
ACTIONS_COLUMN = re.compile(r"^\s*(?:n°\s*(?:de\s+(?:la\s+)?)?(?:fiches?|actions?)?|intitulés?(?:\s+de\s+l['’]\s*action)?"
                            r"|actions?(?:\s+(?:prévues|programmées|retenues))?|fiches?[- ]actions?)\s*$", FLAGS)


# a column that says, field by field, whether the convention retains it, its cells "Oui" or "Non": "Champ
# d'intervention\nRetenu dans la CTG\nObservations\nPetite enfance\nOui\nFiches 1 et 2\nLogement\nNon\nRelève du
# PLH" (an annex's table of the diagnostic's fields; a field marked "Non" is not the convention's)
STATUS_COLUMN = re.compile(r"^\s*(?:retenu(?:e|s|es)?|priorisé(?:e|s|es)?|inscrit(?:e|s|es)?|pris(?:e|es)?\s+en\s+compte"
                           r"|oui\s*/\s*non)(?:\s+(?:dans|par|en)\s+(?:la\s+|le\s+)?(?:C\.?T\.?G|convention|plan\s+d['’]\s*actions?))?"
                           r"(?:\s*\(\s*oui\s*/\s*non\s*\))?\s*[?:]?\s*$", FLAGS)
# ... its cells: "Oui", "Partiellement", "Non", "Non retenu", "Non (report)" (or its remark after a comma: "Non, relève du
# PLH", "Jeunesse : non, le PEDT en tient lieu")
_REMARK = r"\s*(?:\([^()\n]*\)|[–—-][^\n]*|,[^\n]*)?\s*$"
YES_NO_CELL = re.compile(rf"^\s*(?:oui|non|partiellement)(?:\s+retenu(?:e|s|es)?)?{_REMARK}", FLAGS)
NO_CELL = re.compile(rf"^\s*(?:non(?:\s+retenu(?:e|s|es)?)?|pas\s+retenu(?:e|s|es)?){_REMARK}", FLAGS)
# a column of remarks beside each row, which name no field of the convention: "Observations", "Commentaires"
REMARKS_COLUMN = re.compile(r"^\s*(?:observations?|commentaires?|remarques?|précisions?)\s*$", FLAGS)


def _column_kind(line: str) -> str | None:
    """A header cell after the field column: "objectives" (its cells may name fields, they are no items: objectives,
    actions), "status" (whether the convention retains the row's field: "Retenu dans la CTG"), "other" (who, when,
    how much, the findings or remarks: its cells name no field of the convention), None (no header cell)."""
    if OBJECTIVES_COLUMN.match(line) or ACTIONS_COLUMN.match(line):
        return "objectives"
    if STATUS_COLUMN.match(line):
        return "status"
    if REMARKS_COLUMN.match(line):
        return "other"
    if len(line.split()) <= HEADER_CELL_MAX_WORDS and (P.NO_FIELD_COLUMN.search(line) or FINDINGS_COLUMN.match(line)):
        return "other"
    return None


def _table_lines(finder: ThemesComponent, text: str) -> list[tuple[int, int, str]]:
    """The non-blank lines, less the running header or footer a page break puts inside a table ("CTG du Pays de
    Bray 2023-2027      14", "Page 6 sur 9"): the rows go on across the page."""
    return [ln for ln in finder.lines(text) if ln[2].strip() and not P.RUNNING_PAGE_LINE.search(ln[2].strip())]


def flattened_table(finder: ThemesComponent, text: str, excluded,
                    left_out: list[tuple[int, int]] | None = None) -> tuple[list[Phrase], list[tuple[int, int]]]:
    """(the field column's cells, the spans of the other columns' cells) of a table flattened to one cell a line: a
    header of a field column ("Objectif", "Champ d'intervention") then columns of who, when, how much or what the
    diagnostic found ("Indicateurs", "Partenaires associés", "Constats"), maybe objectives' columns among them, then
    rows of as many lines, while each row's first cell is no sentence nor the document's next article; the other
    columns' cells name no field (a partner "Centre social" is not the convention's animation de la vie sociale).
    `left_out` gets the spans of the field cells whose row a status column marks "Non" (STATUS_COLUMN)."""
    lines = _table_lines(finder, text)
    items: list[Phrase] = []
    cells: list[tuple[int, int]] = []
    consumed: set[int] = set()
    for k in range(len(lines)):
        if not FIELD_COLUMN.match(lines[k][2]) or k in consumed or any(zs <= lines[k][0] < ze for zs, ze in excluded):
            continue
        # (a header cell after another is not the table's first column: "Action\nAxe\nAvancement\nCommentaire", a
        # follow-up's table of actions, has no field column)
        if k and (FIELD_COLUMN.match(lines[k - 1][2]) or _column_kind(lines[k - 1][2])):
            continue
        # (the field column may be followed by its objectives' column: "Orientation\nObjectifs opérationnels\nPilote\n1.
        # Petite enfance\nCréer une micro-crèche\nCommunes", the first column's cells the items)
        kinds: list[str] = []
        while k + 1 + len(kinds) < len(lines) and (kind := _column_kind(lines[k + 1 + len(kinds)][2])):
            kinds.append(kind)
        if "other" not in kinds and "status" not in kinds and not (kinds and NAMED_FIELD_COLUMN.match(lines[k][2])):
            continue
        n = 1 + len(kinds)
        consumed.update(range(k + 1, k + n))
        axes, body = _grouped_rows(lines, k + n)
        found = [finder._clean(text, lines[r][0], lines[r][1], "list") for r in axes]
        if len(axes) >= 2 and sum(bool(finder._lexicon_labels(p.text)) for p in found) >= 2:
            items += found
            cells += [(lines[j][0], lines[j][1]) for j in body if j not in axes]
            continue
        rows = []
        r = k + n
        while r + n <= len(lines) and not P.SENTENCE_END.search(CELL_NUMBER.sub("", lines[r][2]).rstrip() + " ") \
                and not _next_article(lines[r][2]) \
                and all(len(lines[j][2].split()) <= FLAT_ROW_MAX_WORDS for j in range(r, r + n)):
            rows.append(r)
            r += n
        if len(rows) < 2:
            continue
        # (a row whose status cell says "Non" holds a field the convention leaves out: no item, and its cell no
        # field either)
        left_out_rows = {r for r in rows for c, kind in enumerate(kinds)
                         if kind == "status" and NO_CELL.match(lines[r + 1 + c][2])}
        found = [finder._clean(text, lines[r][0], lines[r][1], "list") for r in rows]
        if sum(bool(finder._lexicon_labels(p.text)) for p in found) >= 2:
            items += [p for r, p in zip(rows, found, strict=True) if r not in left_out_rows]
            cells += [(lines[r + 1 + c][0], lines[r + 1 + c][1]) for r in rows for c, kind in enumerate(kinds)
                      if kind == "other"] + [(lines[r][0], lines[r][1]) for r in sorted(left_out_rows)]
            if left_out is not None:
                left_out += [(lines[r][0], lines[r][1]) for r in sorted(left_out_rows)]
    return items, cells


# a field's label line that says whether the convention retains it, as a status column's cell does: "Petite enfance :
# Oui\nJeunesse : Non (relève du PEDT)\nParentalité : oui" (an annex's summary of the diagnostic's fields, one a line);
# or a form's ballot boxes, before the field or after its colon: "☒ Petite enfance\n☐ Logement", "Jeunesse : ☐",
# "[x] Parentalité\n[ ] Insertion" (a deliberation's copy of the Caf's form)
_CHECKED = r"[☒☑]|\[\s*[xX✓✔]\s*\]"
_UNCHECKED = r"☐|\[\s*\]"
STATUS_LABEL_LINE = re.compile(r"^\s*(?:[-–—•·*]\s+)?(?P<label>[^\W\d_][^:?\n]{1,60}?)\s*:\s*(?P<value>[^:\n]+?)\s*$", FLAGS)
BALLOT_LINE = re.compile(rf"^\s*(?:(?P<on>{_CHECKED})|(?P<off>{_UNCHECKED}))\s*(?P<label>[^\W\d_][^\n]{{1,60}}?)\s*$")
CHECKED_BOX = re.compile(rf"^\s*(?:{_CHECKED})\s*$")
UNCHECKED_BOX = re.compile(rf"^\s*(?:{_UNCHECKED})\s*$")
# ... or a status column of ticks, its empty cells the fields left out: "| Petite enfance | X |\n| Logement |  |" under
# "Retenu dans la CTG" (a tick column needs its header: a calendar's "| 2025 | 2026 |" columns tick years)
TICK_CELL = re.compile(rf"^\s*(?:[xX✓✔]|{_CHECKED})\s*$")
UNTICKED_CELL = re.compile(rf"^\s*(?:{_UNCHECKED})?\s*$")
STATUS_LINES_MIN = 2  # two field lines at least, as a status column's two rows


def _status_line(line: str) -> tuple[int, int, bool, bool] | None:
    """(label start, label end, retained, a ballot box) of a field's status line ("Petite enfance : Oui", "☐
    Logement", "Jeunesse : ☒"), None for any other line."""
    if m := BALLOT_LINE.match(line):
        return m.start("label"), m.end("label"), bool(m.group("on")), True
    if (m := STATUS_LABEL_LINE.match(line)) is None:
        return None
    value = m.group("value")
    if CHECKED_BOX.match(value) or UNCHECKED_BOX.match(value):
        return m.start("label"), m.end("label"), bool(CHECKED_BOX.match(value)), True
    if YES_NO_CELL.match(value):
        return m.start("label"), m.end("label"), not NO_CELL.match(value), False
    return None


def status_lines(finder: ThemesComponent, text: str, excluded, left_out: list[tuple[int, int]]) -> list[Phrase]:
    """The fields a run of status lines marks retained ("Petite enfance : Oui", "☒ Parentalité"), each its label; the
    lines of the fields marked not retained ("Jeunesse : Non", "☐ Logement") go to `left_out` (the caller's list),
    as a status column's rows marked "Non" do. A run is two lines at least naming fields, blank lines between them
    allowed; ballot boxes count only in a run that holds both a ticked and an empty one (a page may bullet its list
    with empty boxes)."""
    out: list[Phrase] = []
    runs: list[list[tuple[int, int, int, int, bool, bool]]] = [[]]
    for s, e, line in finder.lines(text):
        if not line.strip():
            continue
        found = _status_line(line)
        if found is None or any(zs <= s < ze for zs, ze in excluded):
            runs.append([])
            continue
        a, b, retained, boxed = found
        runs[-1].append((s, e, s + a, s + b, retained, boxed))
    for run in runs:
        fields = [r for r in run if finder._lexicon_labels(text[r[2]:r[3]])]
        if len(fields) < STATUS_LINES_MIN:
            continue
        boxes = [r for r in run if r[5]]
        if boxes and not (any(r[4] for r in boxes) and not all(r[4] for r in boxes)):
            continue
        for s, e, a, b, retained, _boxed in fields:
            if retained:
                out.append(finder._clean(text, a, b, "list"))
            else:
                left_out.append((s, e))
    return out


def _grouped_rows(lines, first: int) -> tuple[list[int], list[int]]:
    """(the axes, all the body's lines) of a flattened table whose field column's cell spans its rows: each axis
    names itself on a line of its own, numbered after the one before, over its actions' rows ("Axe\nN° fiche\n
    Intitulé de l'action\nPorteur\nAxe 1 – Petite enfance\n1.1\nCréer une micro-crèche\nCommune\nAxe 2 – Jeunesse\n
    2.1\n..."); the body runs while its lines are cells (no sentence, not the next article)."""
    body = []
    for j in range(first, len(lines)):
        line = lines[j][2]
        if len(line.split()) > FLAT_ROW_MAX_WORDS or CELL_SENTENCE.search(line) or _next_article(line):
            break
        body.append(j)
    axes: list[int] = []
    for j in body:
        if (m := P.AXIS_NUMBER.match(lines[j][2])) and P.SELF_NAMED_ITEM.match(lines[j][2]):
            if axes and int(m.group(1)) != int(P.AXIS_NUMBER.match(lines[axes[-1]][2]).group(1)) + 1:
                break
            axes.append(j)
    return axes, body


def _next_article(line: str) -> bool:
    """The document's next article or part after its table: "Article 4 – Durée", "Chapitre 3 – Gouvernance"."""
    m = P.SECTION_MARK.match(line.strip())
    return bool(m and (m.group("part") or m.group("article")))


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
