"""Theme phrase finding: the fields the text says its convention covers (lists, prose enumerations, quotes) and
the sentences about the convention that name fields outright. Labelling them is classify's job."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import groupby, takewhile
from typing import NamedTuple

from spacy.tokens import Doc

from ctgminer.extract.components.base import Mention, doc_text, sentences, story_end_of, write_spans
from ctgminer.extract.components.themes import patterns as P
from ctgminer.extract.components.themes.lexicon import (
    AGE_RANGE,
    any_term_regex,
    label_lexicons,
    labels_named,
    load_json,
    taxonomy,
)
from ctgminer.extract.components.themes.sequences import (
    added_field_phrases,
    alternate_runs,
    field_lead_phrases,
    parallel_enumeration,
    planned_list,
    sequence_phrases,
)
from ctgminer.extract.components.themes.spoken import (
    NO_CELL,
    STATUS_COLUMN,
    TICK_CELL,
    UNTICKED_CELL,
    YES_NO_CELL,
    flattened_table,
    reported_fields,
    run_in_headings,
    slash_list_phrases,
    spoken_phrases,
    status_lines,
)
from ctgminer.text.cues import CAF, CEJ, CTG_CUE, DAY_DATE, POSSESSIVE_SIGNING, RELATED_HEADING
from ctgminer.text.cues import OTHER_SCHEME as NAMED_SCHEME
from ctgminer.text.fastcue import FastCue
from ctgminer.text.sentences import Sentences

_NAMED_SCHEME_FAST = FastCue(NAMED_SCHEME)  # the shared cue, searched on the lower-cased sentence
_SENTENCE_GAP = re.compile(r"(?<=[.!?])\s+")


def _blank(m: re.Match) -> str:
    """A match blanked, offsets kept: what people "peuvent prétendre" to is their due, no modal's possibility."""
    return " " * len(m.group())


def _sentences_of(line: str) -> list[str]:
    """The sentences of one line (an introduction is the last one, the sentence its colon ends)."""
    return _SENTENCE_GAP.split(line)


def _subject_before_incise(sentence: str, start: int, negation: int) -> int:
    """Where a negated clause starts when an incise between commas parts it from its subject: "Le logement, pourtant
    identifié comme un besoin, n'y figure pas" (a long convention's exclusions) negates from "Le logement", not
    from the negation right after the incise's closing comma."""
    if sentence[start:negation].strip() or start < 1 or sentence[start - 1] != ",":
        return start
    opening = [c for c in P.CLAUSE_START.finditer(sentence, 0, start - 1)]
    if not opening or opening[-1].group() != ",":
        return start  # no incise: the negation's subject is the clause before it
    return max((c.end() for c in opening[:-1]), default=0)


def _wished(sentence: str, negation: re.Match) -> bool:
    """Is the negation inside one of a row of wished "que" clauses (patterns.WISHED_CLAUSE): "Nous voulons que les
    crèches ouvrent plus tôt, et que les aînés ne restent pas isolés", "Deux choses : que les ados aient un lieu ; que
    les parents ne soient plus seuls"?"""
    clause = P.WISHED_CLAUSE.search(sentence, 0, negation.start())
    return bool(clause and (P.SUBJUNCTIVE_NEGATION.match(sentence, negation.start())
                            or P.WISH_BEFORE.search(sentence, 0, clause.start() + 1)))


def negated_ranges(sentence: str) -> list[tuple[int, int]]:
    """The parts of a sentence a negation covers, from its clause's start to 'mais', a semicolon or the end:
    "Le logement ne fait pas partie de la convention, mais la jeunesse en est le cœur." covers its first clause."""
    out = []
    # a closed bracket before the negation is part of its subject, however many commas it holds: "Les autres enjeux
    # (transport, santé) ne font pas l'objet d'un engagement" negates from "Les autres enjeux"
    unbracketed = P.BRACKETED.sub(lambda b: " " * len(b.group()), sentence)
    for m in P.NEGATION.finditer(sentence):
        if P.PUBLIC_RELATIVE.search(sentence, 0, m.start()) or P.GOAL_CLAUSE.search(sentence, 0, m.start()) \
                or _wished(sentence, m):
            continue  # what a public lacks: "aider les habitants qui n'ont pas de connexion" (or a goal: "pour que
            # nos jeunes ne soient plus obligés de partir")
        if any((due := cue.search(sentence, m.start(), m.end() + 60)) and due.start() <= m.end() + 20
               for cue in (P.RIGHTS_CLAIMED, P.OUT_OF_TRAINING)):
            continue  # the non-take-up or the idleness a public's negation tells is the field: "« Beaucoup de familles
            # ne touchent pas ce à quoi elles ont droit »", "les 16-25 ans qui ne sont ni en emploi, ni en formation"
        start = max((c.end() for c in P.CLAUSE_START.finditer(unbracketed, 0, m.start())), default=0)
        if when := [c for c in P.CIRCUMSTANCE.finditer(sentence, start, m.start())]:
            comma = sentence.find(",", m.end())
            end = P.NEGATION_SCOPE_END.search(sentence, m.end(), comma if comma >= 0 else len(sentence))
            out.append((when[-1].start(), end.start() if end else comma if comma >= 0 else len(sentence)))
            continue
        start = _subject_before_incise(sentence, start, m.start())
        end = P.NEGATION_SCOPE_END.search(sentence, m.end())
        if end and P.LEFT_OUT_REASON.match(sentence, end.start()):  # "... : il fait l'objet d'une OPAH distincte"
            end = P.NEGATION_SCOPE_END.search(sentence, end.end())
        out.append((start, end.start() if end else len(sentence)))
    # (a renewal's sentence opening on the former convention: the fronted part is the past, P.FRONTED_FORMER)
    return out + elsewhere_ranges(sentence, unbracketed) + [m.span() for m in P.FRONTED_FORMER.finditer(sentence)]


def elsewhere_ranges(sentence: str, unbracketed: str) -> list[tuple[int, int]]:
    """The parts of a sentence naming fields that another convention deals with (patterns.ELSEWHERE_*): "... sur deux
    champs, les autres (petite enfance, logement) étant traités dans la convention de l'agglomération :" covers from
    "les autres" to the colon."""
    out = []
    for m in P.ELSEWHERE_REST.finditer(sentence):
        end = P.ELSEWHERE_END.search(sentence, m.end())
        out.append((m.start(), end.start() if end else len(sentence)))
    for m in P.ELSEWHERE_AFTER.finditer(sentence):
        head = sentence[:m.start()].rstrip()
        if head.endswith(")") and "(" in head:  # the bracketed list right before: "... (crèches, loisirs), qui ..."
            start = head.rfind("(")
        else:
            start = max((c.end() for c in P.CLAUSE_START.finditer(unbracketed, 0, m.start())), default=0)
        out.append((start, m.end()))
    for m in P.ELSEWHERE_CONVENTION.finditer(sentence):
        end = P.ELSEWHERE_END.search(sentence, m.end())
        stop = end.start() if end else len(sentence)
        # the other convention's fields run to the clause's last comma before the colon: "... pour la petite enfance
        # et la parentalité, les parties conviennent de ..." (the main clause after it is this convention's)
        comma = sentence.rfind(",", m.end(), stop)
        out.append((m.start(), comma if comma > 0 else stop))
    for m in P.ELSEWHERE_SCHEME.finditer(sentence):  # the other scheme's own content, after its relative pronoun
        end = P.ELSEWHERE_SCHEME_END.search(sentence, m.end())
        out.append((m.start(), end.start() if end else len(sentence)))
    return out


def affirmed(sentence: str) -> str:
    """The sentence with what it negates blanked (same length, so offsets hold)."""
    for a, b in negated_ranges(sentence):
        sentence = sentence[:a] + " " * (b - a) + sentence[b:]
    return sentence


def _fiches_follow(previous: str | None, label: str | None) -> bool:
    """Whether two fiche labels carry numbers that follow: "Fiche action n° 2.1" then "Fiche action n° 2.2" (or "2.3"
    then "3.1", the next axis's first), "Fiche 4" then "Fiche 5"."""
    a = P.LABEL_NUMBER.search(previous or "")
    b = P.LABEL_NUMBER.search(label or "")
    if not (a and b):
        return False
    x, y = [int(n) for n in a.group(1).split(".")], [int(n) for n in b.group(1).split(".")]
    if len(x) != len(y):
        return False
    return x[:-1] == y[:-1] and y[-1] == x[-1] + 1 or len(x) == 2 and y[0] == x[0] + 1 and y[1] == 1


def _line_above(lines, i: int, reach: int = 3, skip: re.Pattern | None = None) -> str:
    """The nearest non-blank line above line i, within `reach` lines (lines matching `skip` passed over)."""
    return next((ln[2] for ln in reversed(lines[max(0, i - reach):i])
                 if ln[2].strip() and not (skip and skip.search(ln[2]))), "")


def _field_headed(line: str) -> bool:
    """Does the bulleted line open on a bare field's name before a colon, the field it is about: "- petite enfance :
    ouvrir une micro-crèche", "• Jeunesse : résultats mitigés, l'espace jeunes peine à attirer les ados" (each item of
    a list headed by its field, like "Axe 1 :"; not a fiche's row, "- Public : 12-17 ans", "- Pilote : service
    jeunesse", whose heading names no field)"""
    m = P.FIELD_HEADED_ITEM.match(line)
    return bool(m) and len(m.group("head").split()) <= P.FIELD_HEAD_MAX_WORDS \
        and bool(set(labels_named(m.group("head"))) - {"autre"})


@dataclass
class Phrase:
    """A span of text naming one field of the convention (`span._.value` of doc.spans["theme_phrases"])."""

    text: str
    start: int
    end: int
    source: str  # list|prose|sentence|mention
    lexical: list[str] = field(default_factory=list)  # taxonomy labels its words name outright
    # the context: a mention's "programme" (what is planned) or "quote" (an official's words); a prose enumeration's
    # "convention" (the convention is the subject of its introduction)
    cues: tuple[str, ...] = ()


Item = tuple[int, int, int, str]  # a list item: (its line's index, -1 for a piece of a line; start, end, text)


class _ListPage(NamedTuple):
    """What the list readers share about a page: its text, its lines, the excluded zones, whether it amends."""

    text: str
    lines: list[tuple[int, int, str]]
    excluded: list[tuple[int, int]]
    amended: bool


class _ContextPage(NamedTuple):
    """What the sentence judge knows of the whole page: its text, and whether it names many conventions, a
    consultation, a renewal, an amendment."""

    text: str
    many: bool
    consulting: bool
    renewal: bool
    amended: bool


@dataclass
class _ContextRun:
    """What the sentence judge carries from one sentence to the next."""

    previous: str = ""  # the previous sentence
    previous_general: bool = False
    previous_other: bool = False
    previous_past: bool = False  # the previous sentence told the past (the former convention)
    label: bool = False  # the previous sentence is a label whose value is on the next line (a fiche's "Public")
    other_items: bool = False  # items under another scheme's or the past's introduction
    advising: bool = False  # a recommendations heading or an item under it
    general_items: bool = False  # items under a general introduction
    general_question: bool = False  # after a general question


class _Told(NamedTuple):
    """What the previous sentence tells of a prose sentence: an announcement its pronoun continues, the convention
    named, a question on the convention's content it answers, axes announced in the previous sentence's last words."""

    continued: bool
    names_it: bool
    answers: bool
    announced_before: bool


class ThemesComponent:
    """Finds theme phrases (lists, prose enumerations) and theme sentences; writes them as span groups."""

    def __init__(self, nlp=None, name: str = "ctg_themes", weak_in_prose: list[str] | None = None,
                 max_item_words: int = 14, max_announced_item_words: int = 20) -> None:
        self.name = name
        self.max_item_words = max_item_words
        self.max_announced_item_words = max_announced_item_words
        taxonomy()  # fail early when the package data is missing
        self.lexicon = label_lexicons()
        if weak_in_prose is None:
            weak_in_prose = load_json("prose_cues.json")["weak_in_prose"]
        self.weak = frozenset(w.lower() for w in weak_in_prose)
        self.method = frozenset(w.lower() for w in load_json("prose_cues.json")["method"])
        # words a found item never takes "autre" for on their own ("Des jeunes acteurs de leur territoire", "Un
        # diagnostic partagé avec les habitants": prose_cues.json "no_field")
        self.no_field = frozenset(w.lower() for w in load_json("prose_cues.json")["no_field"])
        self.prose_lexicon = label_lexicons(self.weak)
        self._context: tuple | None = None  # the last doc's sentences in context
        self.any_term = any_term_regex(self.weak)

    # -- zones -------------------------------------------------------------------------------------
    @staticmethod
    def lines(text: str) -> list[tuple[int, int, str]]:
        out, pos = [], 0
        for line in text.split("\n"):
            out.append((pos, pos + len(line), line))
            pos += len(line) + 1
        return out

    @staticmethod
    def is_heading(line: str) -> bool:
        s = line.strip()
        return 0 < len(s) <= 90 and (not s.endswith((".", ",", ";", ":")) or s.endswith("?")) and not P.BULLET.match(s) \
            and not P.is_table_row(s)  # "Communes | 17": a row of the key figures, the body under their heading

    def rubric_zones(self, text: str) -> list[tuple[int, int]]:
        r"""A magazine's or a newsletter's other rubrics, when the convention's story is one rubric among them: its
        first paragraph naming the convention sits under a heading, after another rubric (a heading over a paragraph),
        e.g. "Travaux\nLa voirie sera refaite en décembre.\nFamilles\nL'Agglo et la Caf ont signé leur CTG ...\n
        Culture\nAu programme de la saison : théâtre, danse." (the rubrics before it, and those from the next heading
        on unless its paragraphs announce sub-headings: "... autour de trois axes :")."""
        lines = [ln for ln in self.lines(text) if ln[2].strip()]

        def heading(j: int) -> bool:  # a rubric's name: a word or three, no question, number, capitals only, chrome
            line = lines[j][2].strip()
            return self.is_heading(line) and len(line) >= 4 and len(line.split()) <= P.RUBRIC_MAX_WORDS \
                and not line.endswith("?") and not any(c.isdigit() for c in line) and not line.isupper() \
                and not P.PAGE_FURNITURE.search(line)

        def paragraph(j: int) -> bool:
            return not self.is_heading(lines[j][2]) and len(lines[j][2].split()) >= P.SECTION_BODY_MIN_WORDS \
                and bool(P.SENTENCE_END.search(lines[j][2]))

        def other_story(j: int) -> bool:  # a paragraph on another subject: no CTG, Caf nor signing
            return paragraph(j) and not (CTG_CUE.search(lines[j][2]) or CAF.search(lines[j][2])
                                         or P.SIGNING.search(lines[j][2]))

        def brief(j: int) -> bool:  # a news-in-brief line on another subject: "Culture : la médiathèque ferme en août."
            label = P.BRIEF_LABEL.match(lines[j][2])
            return bool(label) and other_story(j) and len(lines[j][2][label.end():].split()) >= P.SECTION_BODY_MIN_WORDS

        lead = next((j for j, ln in enumerate(lines) if CTG_CUE.search(ln[2]) and paragraph(j)), None)
        if lead is not None and 0 < lead < len(lines) - 1 and P.BRIEF_LABEL.match(lines[lead][2]) \
                and brief(lead - 1) and brief(lead + 1):
            # the convention's story one brief of a column of briefs, each its rubric's label then its story on one
            # line: the briefs before and after it are other stories ("EN BREF\nTravaux : l'école rouvre en
            # septembre.\nFamilles – La Ville a signé sa CTG ... : un espace jeunes, ...\nSeniors : le plan canicule
            # est lancé.")
            first, last = lead - 1, lead + 1
            while first > 0 and brief(first - 1):
                first -= 1
            while last < len(lines) - 1 and brief(last + 1):
                last += 1
            return [(lines[first][0], lines[lead][0]), (lines[lead + 1][0], lines[last][1])]
        if lead is None or lead < 3 or not (heading(lead - 1) and other_story(lead - 2) and heading(lead - 3)):
            return []
        first = lead - 3
        while first >= 2 and other_story(first - 1) and heading(first - 2):
            first -= 2
        zones = [(lines[first][0], lines[lead - 1][0])]
        for j in range(lead, len(lines) - 1):
            if lines[j][2].rstrip().endswith(":") or P.COUNTED_INTRO.search(lines[j][2]):
                break  # (its sub-headings follow)
            if j > lead and heading(j) and other_story(j + 1):
                zones.append((lines[j][0], len(text)))
                break
        return zones

    def generic_zones(self, text: str) -> list[tuple[int, int]]:
        """Sections headed 'Qu'est-ce qu'une CTG ?', 'Définition'...: descriptions of CTGs in general."""
        zones, start, has_body, box = [], None, False, False
        for s, e, line in self.lines(text):
            # an explainer's questions may be numbered: "La CTG en 5 questions\n1. Qu'est-ce que c'est ?"
            question = P.BULLET.sub("", line, count=1) if line.rstrip().endswith("?") else line
            # (or any question heading on what CTGs in general may hold: "Quels sujets peut-on y inscrire ?" on a
            # Caf's page of questions from elected officials)
            if (P.GENERIC_HEADING.search(question) or self.faq_question(question) and P.MAY.search(question)
                    and self.is_general(question)) and self.is_heading(question) \
                    and not P.OWN_CONVENTION_HEADING.search(question):
                if start is not None and has_body:
                    zones.append((start, s))
                if start is None or has_body:
                    start, has_body, box = s, False, False
            elif start is not None and self.is_heading(question) and P.OWN_CONVENTION_HEADING.search(question):
                # a heading over the page's own convention ends the section, even a box whose short lines never made
                # a body: "Le territoire en chiffres\nPopulation 24 000 habitants\nAllocataires 6 100\nLes
                # engagements de la convention\nPetite enfance | 40 places de plus" (the engagements are read), or
                # "La CTG en chiffres\nConvention territoriale globale du Val de Saire (2024-2028)\n• 3 crèches"
                # (the box's own lines above it stay out, body or not: "Population 24 000 habitants")
                zones.append((start, s))
                start = None
            elif start is not None and self.faq_question(question) and not P.OWN_CONTENT_QUESTION.search(line):
                continue  # the explainer's next question: "Quels domaines peut-elle couvrir ?", "Quels financements ?"
                # (not the page's own: "Une CTG, c'est quoi ?\n...\nSur quoi va-t-on agir ?\nSur l'accueil des 0-3 ans")
            # a key figure is the body of its box, however short: "EN CHIFFRES\n13 communes\n3 multi-accueils, 1
            # RPE\nLES 5 AXES DE LA CTG\nAxe 1. ..." (a magazine's box; the next heading ends it)
            elif start is not None and (not has_body or box) and P.KEY_FIGURE.match(line):
                has_body = box = True  # (and the box's next figures too: "3 crèches et 140 places\n1 accueil de loisirs")
            # (nor is a signing told as a condition of what the explainer describes: "Les multi-accueils et les ALSH,
            # pourvu que leur commune ait signé sa convention", the answer to a question on who receives the bonus)
            # (a Caf's signings with most territories is no news of this one: "En Creuse, la Caf a signé des CTG
            # avec la plupart des communautés de communes.")
            # (or by a label over what it changes for the reader: "Ce qui va changer pour vous d'ici 2027 :")
            elif self.is_heading(question) or P.OWN_CHOICES.search(line) or P.CONTENT_QUESTION.search(line) \
                    or start is not None and (
                    P.NAMED_CAF.search(line) and P.ONE_AUTHORITY.search(line) or P.NEWS_EVENT.search(P.SIGNED_IF.sub(' ', line))) \
                    and not P.MANY_CONVENTIONS.search(line):
                # (numbered too: "1. Qu'est-ce qu'une CTG ?\n...\n5. Quelles sont les priorités ?" ends the explainer)
                if start is not None and has_body:
                    zones.append((start, s))
                    start = None
                elif P.CONTENT_QUESTION.search(line):
                    start = None  # a question about this convention, under a short answer read as a heading
                elif start is not None and not self.is_heading(question) and P.NAMED_CAF.search(line) \
                        and P.ONE_AUTHORITY.search(line):
                    # the question's first answer, about this territory's own convention, is the section's body all
                    # the same, and the next heading ends it: "Qu'est-ce que la CTG ?\nUn contrat entre la communauté
                    # de communes et la Caf de l'Ain.\nNos engagements\n→ ..."
                    has_body = True
                    if P.NEWS_EVENT.search(line):
                        # ... and an answer telling this convention's own signing, dated, makes the questions under
                        # it the page's own, read: "C'est quoi ?\nUn accord entre la commune et la Caf du Cher, signé
                        # le 3 mars 2023.\nEt pour mon enfant ?\nUne place de plus au multi-accueil des Tilleuls."
                        zones.append((start, e))
                        start = None
            elif line.strip():
                has_body = True
        if start is not None:
            zones.append((start, len(text)))
        return zones

    def diagnostic_zones(self, text: str) -> list[tuple[int, int]]:
        """A long document's sections on the territory as it is (P.DIAGNOSTIC_HEADING: "Article 2 – Les éléments de
        diagnostic", "I. LE TERRITOIRE ET SES HABITANTS"): the needs they find by field are no fields of the
        convention. Each runs to the next heading, over the page's running lines ("CTG Cauvaldor 2023-2027 – page 5"),
        its own numbered sub-headings ("2.1 Données de cadrage" under "Partie 2 – ...") and its labelled lines
        ("Petite enfance : 3 multi-accueils", "Enfants de moins de 3 ans : 412")."""
        zones: list[tuple[int, int]] = []
        start, number = None, None
        for s, _e, line in self.lines(text):
            stripped = line.strip()
            if not stripped:
                continue
            # (a numbered heading reads as an item elsewhere: "3. SYNTHÈSE DU DIAGNOSTIC PARTAGÉ")
            opens = len(stripped) <= 90 and not stripped.endswith((".", ",", ";", ":")) \
                and not P.RUNNING_PAGE_LINE.search(stripped) \
                and not P.PAGE_FURNITURE.match(stripped) \
                and bool(P.DIAGNOSTIC_HEADING.match(stripped) or P.DIAGNOSTIC_TOLD.match(stripped))
            if start is not None and P.TAKEN_UP.search(stripped):
                # the needs the convention takes up as its own end the diagnostic: "Ce que le diagnostic a montré\n
                # Le diagnostic a fait ressortir trois enjeux, que la CTG reprend à son compte :\n- l'accueil des
                # 0-3 ans ..." (its introduction, or a table's column: "Besoin | Constat | Réponse inscrite dans la CTG")
                zones.append((start, s))
                start = None
                continue
            if start is not None and not opens:
                heading = len(stripped) <= 90 and not stripped.endswith((".", ",", ";", ":")) \
                    and not P.is_table_row(stripped) and not P.BULLET.match(stripped) or bool(P.SECTION_NUMBER.match(stripped))
                # (but its own sub-section naming what the partners retained ends it: "3. SYNTHÈSE DU DIAGNOSTIC\n3.1
                # Les chiffres clés\n...\n3.2 Les constats\n...\n3.3 Les priorités retenues\nPriorité 1 – ...", a PDF
                # whose diagnostic closes on the choices made from it)
                own_sub = bool(number and re.match(rf"\W*{number}\.\d", stripped))
                if (not heading or ":" in stripped or P.RUNNING_PAGE_LINE.search(stripped)
                        or P.PAGE_FURNITURE.match(stripped) or P.KEY_FIGURE.match(stripped) or own_sub) \
                        and not (own_sub and self._retained_sub(stripped)):
                    continue
                zones.append((start, s))
                start = None
            if opens:
                if start is not None:
                    zones.append((start, s))
                start = s
                numbered = P.SECTION_NUMBER.match(stripped)
                number = numbered.group("n") if numbered and numbered.group("n").isdigit() else None
        if start is not None:
            zones.append((start, len(text)))
        return zones

    @staticmethod
    def _retained_sub(line: str) -> bool:
        """A numbered sub-heading naming what the convention retains: "3.3 Les enjeux retenus pour la convention",
        "2.4 Nos priorités" (P.FIELDS_SECTION on its title)."""
        m = P.SECTION_MARK.match(line)
        return bool(m and m.group("sub") and P.FIELDS_SECTION.search(m.group("title")))

    def section_zones(self, text: str) -> list[tuple[int, int]]:
        """A long document's numbered sections on anything but what the convention retains, when another of its
        numbered headings names what it retains (P.FIELDS_SECTION): then its fields are stated there, and the
        diagnostic's needs, the former convention, the parties' duties, the meetings and the follow-up name none, e.g.
        "Chapitre 2 – Diagnostic et enjeux\n...\nChapitre 3 – Les priorités retenues\n...\nChapitre 4 –
        Gouvernance\n..." (2 and 4 left out). A section runs to the next heading of its rank or above (its own
        sub-sections, "2.1 ...", and the page's running lines inside it); a sub-section naming what is retained
        ("5.3 Les priorités retenues" under "Chapitre 5 – Des enjeux aux priorités") stays in."""
        heads: list[tuple[int, int, bool | None]] = []  # (start, rank, names what is retained / other / neither)
        parts = bool(re.search(r"(?im)^\W{0,3}(?:titre|partie|chapitre|volet)\s+(?:\d{1,2}|[IVX]{1,4})\b", text))
        # a table of contents' entries are no sections ("SOMMAIRE\n1. Le contexte\n2. Le diagnostic partagé\n3. Les
        # enjeux et axes de travail", a convention's second page, over its articles): under its heading, each numbered
        # line with another numbered line under it; the first with text under it is the document's first section
        lines = [(s, e, line.strip()) for s, e, line in self.lines(text) if line.strip()]
        contents = False
        for i, (s, _e, stripped) in enumerate(lines):
            m = P.SECTION_MARK.match(stripped)
            if P.CONTENTS_HEADING.match(stripped):
                contents = True
                continue
            contents = contents and bool(m) and (i + 1 == len(lines) or bool(P.SECTION_MARK.match(lines[i + 1][2])))
            if contents:
                continue
            if not m or len(stripped) > 90 or stripped.endswith((".", ",", ";")) or P.PAGE_FURNITURE.search(stripped) \
                    or P.RUNNING_PAGE_LINE.search(stripped):
                continue
            title = m.group("title")
            if m.group("part"):
                rank = 1
            elif m.group("article"):
                rank = 2 if parts else 1
            elif m.group("sub"):
                rank = 1 + m.group("sub").count(".") + parts
            else:
                rank = 1 + parts
            # (a section on the diagnostic's needs that the convention takes up names what it retains: "Article 2 –
            # Les besoins du diagnostic repris par la convention")
            kind = True if P.FIELDS_SECTION.search(title) or P.TAKEN_UP.search(title) \
                else False if P.OTHER_SECTION.search(title) else None
            heads.append((s, rank, kind))
        if len(heads) < 2 or not any(k for _s, _r, k in heads):
            return []
        zones = []
        for i, (s, rank, kind) in enumerate(heads):
            if kind is not False:
                continue
            end = next((h[0] for h in heads[i + 1:] if h[1] <= rank or h[2]), len(text))
            zones.append((s, end))
        return zones

    def agenda_zones(self, text: str) -> list[tuple[int, int]]:
        """A council's minutes or agenda (P.MINUTES_HEADLINE in its headlines) whose numbered items follow each other
        (1, 2, 3 ... at least P.AGENDA_ITEMS_MIN titles, each over its own text): the items whose title does not name
        the convention are the council's other matters, whatever fields their text names, e.g. "PROCÈS-VERBAL DU
        CONSEIL MUNICIPAL\n2. Décisions du maire\nSignature d'une convention avec la mission locale.\n3. Enfance –
        Convention territoriale globale 2025-2029\n...\n4. Travaux – Rénovation du gymnase\n..." (2 and 4 left out)."""
        if not P.MINUTES_HEADLINE.search(text, 0, self.headlines_end(text)):
            return []
        lines = [ln for ln in self.lines(text) if ln[2].strip()]
        titles: list[tuple[int, int, bool]] = []  # (line index, number, names the convention)
        for j, (_s, _e, line) in enumerate(lines):
            m = P.AGENDA_ITEM_TITLE.match(line)
            if m and len(line.strip()) <= P.ITEM_TITLE_MAX_CHARS and (not titles or int(m.group("n")) == titles[-1][1] + 1):
                titles.append((j, int(m.group("n")), bool(P.NAMES_CTG.search(line))))
        # (each title over its own text: a numbered list of fields has no text between its items)
        few = len(titles) < P.AGENDA_ITEMS_MIN and not (
            len(titles) >= 2 and all(P.AGENDA_RUBRIC_TITLE.match(lines[j][2]) for j, *_ in titles))
        if few or not any(named for *_, named in titles):
            return []
        # ... or an agenda's bare titles, one a line (rubric headings between), when the convention's own title is
        # an act on it: "ORDRE DU JOUR\n1. Finances – Décision modificative\nSolidarités\n2. Avenant n°1 à la
        # convention territoriale globale\n3. Culture – Tarifs du théâtre" (1 and 3 left out, each its line and the
        # headings under it; not a numbered list of fields that names the convention in one: "4. Pilotage de la CTG")
        bare = any(b[0] - a[0] < 2 for a, b in zip(titles, titles[1:], strict=False))
        if bare and not any(named and P.AGENDA_ACT.search(lines[j][2]) for j, _n, named in titles):
            return []
        ends = [lines[b[0]][0] for b in titles[1:]] + [lines[titles[-1][0]][1] if bare else len(text)]
        return [(lines[j][0], end) for (j, _n, named), end in zip(titles, ends, strict=True) if not named]

    def faq_question(self, line: str) -> bool:
        """A question heading that goes on explaining CTGs in general: what one may cover, or a question that
        announces no fields and names no territory's choices ("Comment se déroule la démarche ?"), but not
        "Quels sont les axes de la CTG ?" nor "Que prévoit notre convention ?"."""
        if not (self.is_heading(line) and line.rstrip().endswith("?")) or P.CONTENT_QUESTION.search(line) \
                or P.OWN_CHOICES.search(line) or P.THIS_TERRITORY.search(line):
            return False
        return bool(P.MAY.search(line)) or not P.INTRO.search(line)

    # -- phrase finding ------------------------------------------------------------------------------
    def list_phrases(self, text: str, excluded, left_out: list[tuple[int, int]] | None = None) -> list[Phrase]:
        """The items of the page's lists (bulleted, unmarked, tables, semicolons). Whether the page tells an
        amendment is the page's own (`amendment_page`), passed down to the introductions' checks: the former
        convention told in the past is another scheme's list unless the page amends it."""
        page = _ListPage(text, self.lines(text), excluded, self.amendment_page(text))
        items, labelled, continued = self._read_items(page)
        out = self._runs_phrases(page, items, labelled, continued)
        return self._other_lists(page, items, continued, out, left_out)

    def _read_items(self, page: _ListPage) -> tuple[list[Item], dict[int, str], set[int]]:
        """Read the page's list items line by line: (line index, -1 for a piece of a line, start, end, text), the
        fiches' title lines under their numbered labels, and the items' second lines the layout wrapped."""
        text, lines = page.text, page.lines
        items: list[Item] = []  # (line index, start, end, text)
        labelled: dict[int, str] = {}  # a fiche's title line under its title's label -> the fiche's numbered label
        titled: dict[int, int] = {}  # a fiche's title line that opens on its label ("Intitulé : ...") -> the title's start
        continued: set[int] = set()  # an item's second line that the layout wrapped before a capital (`_item_goes_on`)
        i = 0
        while i < len(lines):
            s, e, line = lines[i]
            if P.PAGE_NUMBER_LINE.match(line):  # a PDF's page number, "– 5 –", is no dash item
                i += 1
                continue
            if P.LONE_BULLET.match(line) and i + 1 < len(lines) and lines[i + 1][2].strip():
                ns, ne, nline = lines[i + 1]
                items.append((i + 1, ns, ne, nline))
                i += 2
                continue
            if P.AXIS_LABEL.match(line) and (axis := self._labelled_axis(lines, i, labelled, titled)) is not None:
                items.append(axis)
                i = axis[0] + 1
                continue
            m = P.BULLET.match(line)
            inline = len(P.INLINE_BULLETS.findall(line))
            if m and line[m.end():].strip() and not (inline >= 3 and P.LEADING_BULLET.match(line)):
                if self._item_goes_on(lines, i):
                    continued.add(i + 1)
                    e = lines[i + 1][1]
                items.append((i, s + m.end(), e, text[s + m.end():e]))
                i += 1 + (i + 1 in continued)
                continue
            elif inline >= 2:
                items += self._inline_bullet_items(page, i)
            else:
                items += [(-1, s + a, s + b, line[a:b]) for a, b in self._inline_dash_items(line, page.excluded, s, page.amended)]
            i += 1
        return items, labelled, continued

    @staticmethod
    def _labelled_axis(lines, i: int, labelled: dict[int, str], titled: dict[int, int]) -> Item | None:
        """The axis under the label "Axe 1" alone on line i: on the next non-blank line, or under its title's label;
        notes the title's line in `labelled` (and its label's end in `titled`)."""
        line = lines[i][2]
        k = next((k for k in range(i + 1, min(len(lines), i + 3)) if lines[k][2].strip()), None)
        # (or on the line under its title's label: "Fiche action n° 2\nIntitulé :\nCréer un LAEP itinérant")
        if k is not None and P.TITLE_LABEL_LINE.match(lines[k][2]):
            k = next((j for j in range(k + 1, min(len(lines), k + 3)) if lines[j][2].strip()), None)
            if k is not None:
                labelled[k] = line
        elif k is not None and P.TITLED_LINE.match(lines[k][2]):  # ... or on its line: "Intitulé : Créer ..."
            labelled[k] = line
            titled[k] = P.TITLED_LINE.match(lines[k][2]).end() - 1  # (the title without its label)
        if k is not None and not P.AXIS_LABEL.match(lines[k][2]) \
                and len(lines[k][2].split()) <= P.BARE_ITEM_MAX_WORDS:
            # (a fiche's own number goes: "Orientation 1\n1.1 Créer une micro-crèche")
            lead = m.end() if (m := P.BULLET.match(lines[k][2])) else titled.get(k, 0)
            return (k, lines[k][0] + lead, lines[k][1], lines[k][2][lead:])
        return None

    def _inline_bullet_items(self, page: _ListPage, i: int) -> list[Item]:
        """The pieces of line i between its inline bullets, when its own lead or the line above introduces them."""
        lines, excluded, amended = page.lines, page.excluded, page.amended
        s, _e, line = lines[i]
        pieces = list(P.INLINE_PIECE.finditer(line))
        intro = pieces[0].group() if pieces and not P.LEADING_BULLET.match(line) else ""
        # a line of pictograph bullets alone stands under the line above: "C'est signé ! ... ont paraphé notre
        # nouvelle CTG 2024-2028.\n👶 Petite enfance, 🧒 enfance-jeunesse, 👪 parentalité" (a social post)
        above = next((k for k in range(i - 1, -1, -1) if lines[k][2].strip()), None) if not intro else None
        items: list[Item] = []
        if intro and self._list_intro_ok(intro, excluded, s, amended=amended) or above is not None \
                and self._list_intro_ok(lines[above][2], excluded, s, bulleted=True, items=[p.group() for p in pieces],
                                        above=_line_above(lines, above), amended=amended):
            for piece in pieces[1:] if intro else pieces:
                glued = re.search(r"(?<=[a-zà-ÿ0-9])(?=[A-ZÀ-Þ][a-zà-ÿ]+\s)", piece.group())
                end = s + piece.start() + glued.start() if glued else s + piece.end()
                items.append((-1, s + piece.start(), end, piece.group()))
        return items

    def _runs_phrases(self, page: _ListPage, items: list[Item], labelled: dict[int, str], continued: set[int]) -> list[Phrase]:
        """Group the items of consecutive lines into runs and keep each run its introduction announces."""
        lines = page.lines
        out: list[Phrase] = []
        run: list[Item] = []
        run_intro: int | None = None  # the numbered section heading over the run, when one split it off
        for k, item in enumerate(items):
            if item[0] == -1:
                out.append(self._clean(page.text, item[1], item[2], "list"))
                continue
            # a document's numbered section heading in capitals naming no field ends the list above and introduces
            # the items under it: "2. LE TERRITOIRE EN CHIFFRES\n...\n3. LES ORIENTATIONS\nOrientation 1 : ...\n4. LES
            # FICHES ACTIONS\n1.1 Créer une micro-crèche" (not a list of fields in capitals: "1. PETITE ENFANCE")
            if self._section_heading(lines[item[0]][2]) or self._heading_over(lines, item, items[k + 1:k + 2]):
                if run:
                    self._close_list(page, run, run_intro, out)
                run, run_intro = [], item[0]
                continue
            # (and the next numbered heading after such a heading ends its list: "... - le soutien aux parents\n3. La
            # gouvernance")
            if run_intro is not None and run and P.bullet_mark(lines[run[-1][0]][2]) \
                    and self._numbered_next(lines[run_intro][2], lines[item[0]][2]):
                self._close_list(page, run, run_intro, out)
                run, run_intro = [], None
                continue
            if run and self._new_list(lines, run, item, labelled, continued):
                self._close_list(page, run, run_intro, out)
                run, run_intro = [], None
            run.append(item)
        self._close_list(page, run, run_intro, out)
        return out

    def _new_list(self, lines, run: list[Item], item: Item, labelled: dict[int, str], continued: set[int]) -> bool:
        """Does `item` start another list rather than go on with `run` (prose, another bullet or a gap between)?"""
        between = [lines[j][2] for j in range(run[-1][0] + 1, item[0]) if j not in continued]
        # a numbered list goes on under its sub-headings: "Pour les plus petits\n1. Créer 120 places\n2. ...\nPour
        # les enfants\n3. Garantir une place en accueil de loisirs"
        if self._numbered_next(lines[run[-1][0]][2], lines[item[0]][2]) \
                and all(not b.strip() or self._sub_heading(b) for b in between):
            return False
        # numbered axes each over its paragraph stay one list: "Orientation 1 – Accueillir les jeunes
        # enfants\nAvec l'arrivée de ...\nOrientation 2 – Offrir des loisirs\n..." (and fiches actions, each
        # title under its label: "Fiche action n° 1\nIntitulé : ...\nPilote : ...\nFiche action n° 2\n...")
        # (and so do numbered titles each over its paragraph, the number after the one above: "1 – Offrir un mode
        # d'accueil à chaque famille\nLe territoire compte ...\n2 – Garantir des loisirs ...", not questions)
        # (titles, as `_numbered_title` tells them, not a report's sections: "3. FINANCEMENTS")
        axes = (self._self_named(lines, run[-1][0]) and self._self_named(lines, item[0]) or self._numbered_next(
            lines[run[-1][0]][2], lines[item[0]][2]) and self._numbered_title(lines[item[0]][2])
            and self._numbered_title(lines[run[-1][0]][2]) and not lines[item[0]][2].rstrip().endswith("?")) \
            and item[0] - run[-1][0] <= P.AXIS_PARAGRAPHS_MAX \
            and not any(self.is_heading(b) and P.COUNTED_INTRO.search(b) for b in between)
        # (fiches laid out as forms, each title under its label, follow each other over their fields however many
        # lines these take, when their numbers follow: "Fiche action n° 2.1\nIntitulé\n...\nIndicateurs\n...\n
        # Fiche action n° 2.2\nIntitulé\n...")
        axes = axes or item[0] - run[-1][0] <= P.FICHES_MAX_LINES and _fiches_follow(
            labelled.get(run[-1][0]), labelled.get(item[0]))
        # (but a heading that counts the next items introduces another list: the diagnostic's "Enjeu 1 : ..."
        # lines, then "Nos 4 fiches actions prioritaires" over "Fiche action n°1 – ...", a project page)
        # another bullet character starts another list: the council's "• La CTG a été approuvée ... sur :\n- la
        # parentalité,\n- l'insertion des jeunes.\n• La tarification des transports a été revue." (minutes)
        marks = {P.bullet_mark(lines[run[-1][0]][2]), P.bullet_mark(lines[item[0]][2])}
        return not axes and (item[0] - run[-1][0] > 3 or len(marks) == 2 and None not in marks or any(
            b.strip() and not P.LONE_BULLET.match(b) and not P.AXIS_LABEL.match(b) and not P.PAGE_FURNITURE.search(b)
            and not P.page_break_line(b)  # (a page's running footer: "CTG du Pays de Bray – Page 5 sur 12")
            for b in between))  # prose between: a new list

    @staticmethod
    def _self_named(lines, ln: int) -> bool:
        """Does line ln name itself as an axis ("Axe 1 : ..."), or stand under a label that does ("Fiche action
        n° 2\nIntitulé : Accompagner les jeunes")?"""
        return bool(P.SELF_NAMED_ITEM.match(lines[ln][2])) or any(
            P.AXIS_LABEL.match(lines[k][2]) for k in range(max(0, ln - 2), ln)) or _field_headed(lines[ln][2])

    def _close_list(self, page: _ListPage, current: list[Item], intro_line: int | None, out: list[Phrase]) -> None:
        """Close a run of items: keep them in `out` when their introduction announces fields, else look for the
        lists inside it."""
        lines = page.lines
        current = self._trim_run(lines, current)
        if not self._may_list(lines, current):
            return
        intro, above = self._run_introduction(lines, current, intro_line)
        # items naming themselves as axes ("Axe 1 : ...") need no introduction, only one that is not generic
        # (else a paragraph about this convention that counts its fields, over as many items, introduces them
        # whatever its last sentence adds: "Notre convention 2023-2027 se concentre sur trois domaines. Trois ans
        # après, le comité a dressé un premier bilan.\n1. Accueillir les tout-petits\nCe qui a été fait : ...\n2.
        # Des loisirs pour les enfants\n..." (a mid-term review's page, each numbered title over its paragraphs))
        if self._list_intro_ok(intro, page.excluded, current[0][1], bulleted=True,
                               self_named=all(self._self_named(lines, ln) for ln, *_ in current),
                               items=[t for *_, t in current], above=above, amended=page.amended) \
                or self._counts_items(intro, len(current), page.amended):
            for _, st, en, _txt in current:
                out.append(self._clean(page.text, st, en, "list"))
            return
        self._inner_lists(page, current, out)

    def _trim_run(self, lines, current: list[Item]) -> list[Item]:
        """Drop from a run what closes or opens it without being an item: a next section's question, a heading."""
        # the next section's numbered question closes a list of statements: "Objectif 5.2 : former les
        # animateurs.\n6. Et le logement, la santé ?" (an explainer in numbered questions)
        while len(current) > 1 and current[-1][3].rstrip().endswith("?") and not current[0][3].rstrip().endswith("?"):
            current = current[:-1]
        # a numbered section heading over items that name themselves is their introduction, not an item: "4. LE
        # PLAN D'ACTIONS\nFiche action n°1 : Créer une micro-crèche\nFiche action n°2 : ..." (a convention's PDF)
        if len(current) >= 3 and not self._self_named(lines, current[0][0]) and self.is_heading(current[0][3]) \
                and all(self._self_named(lines, ln) for ln, *_ in current[1:]):
            current = current[1:]
        return current

    @staticmethod
    def _may_list(lines, current: list[Item]) -> bool:
        """May the run be a list of fields: two items or more (or one under an introduction to a single field), not
        a programme's rows nor a vote's?"""
        # a day's programme, its rows told by the clock, lists no fields: "Au programme :\n• 10h : présentation du
        # diagnostic\n• 11h : ateliers « Garde d'enfants », « Être parent seul »\n• 14h : forum des associations"
        # (one item is a list when its introduction announces a single field: "... de limiter la présente
        # convention à un champ unique :\n– l'enfance : ...", a small commune's convention)
        single = len(current) == 1 and bool(P.SINGLE_FIELD_INTRO.search(_line_above(lines, current[0][0])))
        return not (len(current) < 2 and not single
                    or 2 * sum(bool(P.AGENDA_ROW.match(t) or P.VOTE_ROW.search(t)) for *_, t in current) > len(current))

    def _run_introduction(self, lines, current: list[Item], intro_line: int | None) -> tuple[str, str]:
        """The run's introduction and the line above it: the given heading's line, else the nearest line above the
        run that is not page furniture."""
        first_line = current[0][0]
        # the introduction is the nearest non-blank line above, however many blank lines the page
        # renders between them, e.g. "Les champs prioritaires :\n\n\n\n· L'accueil des enfants ;"
        # (a list numbered across sub-headings is introduced above its first sub-heading)
        sectioned = any(self._sub_heading(lines[k][2]) for k in range(first_line + 1, current[-1][0]))
        intro, above = ("", "") if intro_line is None else (lines[intro_line][2].strip(), _line_above(lines, intro_line))
        for j in range(first_line - 1, max(-1, first_line - 1 - P.INTRO_LOOKBACK), -1) if intro_line is None else ():
            candidate = lines[j][2].strip()
            if candidate and not P.LONE_BULLET.match(candidate) and not (sectioned and self._sub_heading(candidate)) and (
                    RELATED_HEADING.search(candidate) or not P.PAGE_FURNITURE.search(candidate)) \
                    and not P.page_break_line(candidate):
                intro = candidate
                above = _line_above(lines, j)
                break
        return intro, above

    def _inner_lists(self, page: _ListPage, current: list[Item], out: list[Phrase]) -> None:
        """The lists inside a run its introduction does not announce: the axes among numbered headings, or the
        items under an item ending with a colon."""
        lines = page.lines
        # numbered section headings around items that name themselves introduce them: "3. Les quatre axes
        # 2024-2028\nAxe 1 – Accueillir ...\nAxe 2 – ...\n4. Les moyens" (a news item's sections)
        named = [self._self_named(lines, ln) for ln, *_ in current]
        if any(named) and not all(named) and all(n or self.is_heading(t) for n, (*_, t) in zip(named, current, strict=True)):
            for is_named, group in groupby(zip(named, current, strict=True), key=lambda pair: pair[0]):
                if is_named:
                    self._close_list(page, [item for _, item in group], None, out)
            return
        # else an item ending with a colon may introduce the items under it: a deliberation's decisions "DÉCIDE\n-
        # d'approuver la convention, dont les axes sont les suivants :\nAxe 1 : ...\nAxe 2 : ...\n- d'autoriser le
        # Président à signer" (the axes naming themselves end where the next decision starts)
        colon = next((k for k, item in enumerate(current[:-1]) if item[3].rstrip().endswith(":")), None)
        if colon is not None:
            tail = current[colon + 1:]
            if self._self_named(lines, tail[0][0]):
                tail = list(takewhile(lambda item: self._self_named(lines, item[0]), tail))
            self._close_list(page, tail, current[colon][0], out)

    def _other_lists(self, page: _ListPage, items: list[Item], continued: set[int], out: list[Phrase],
                     left_out: list[tuple[int, int]] | None) -> list[Phrase]:
        """Add the tables', the semicolons' and the unmarked lists' items to the bulleted lists' `out`."""
        text, lines, excluded, amended = page
        taken = {ln for ln, *_ in items} | continued
        # the axes taken, each of which may stand over its objectives' unmarked lines
        # (an axis with its title on its line: "Orientation 2 – Ne laisser personne de côté", not "Fiche action n°2")
        axes = {ln for ln, st, en, _t in items
                if ln >= 0 and P.SELF_NAMED_ITEM.match(lines[ln][2]) and any(st <= p.start < en for p in out)}
        # (a row numbered as a list's item is the table's: "1 – Petite enfance | Ouvrir une crèche | Commune" once)
        rows = self.table_phrases(text, lines, excluded, left_out, amended)
        out = [p for p in out if not any(r.start < p.end and p.start < r.end for r in rows)] + rows
        taken |= {i for i, (_s, _e, line) in enumerate(lines) if P.is_table_row(line)}
        semicolons = self.semicolon_phrases(text, excluded, amended)
        out += semicolons
        taken |= {i for i, (s, e, _line) in enumerate(lines) if any(s <= p.start < e for p in semicolons)}
        out += self.bare_list_phrases(text, lines, taken, excluded, axes, amended)
        return [p for p in out if p.text]

    @staticmethod
    def _item_goes_on(lines, i: int) -> bool:
        """Does bulleted line i go on on the next line, which a PDF's layout wrapped before a capitalised word that
        `text.normalise.unwrap_lines` leaves alone? "→ développer l'accueil du jeune enfant et accompagner le Relais
        Petite" above "Enfance intercommunal ;" then "→ créer un espace jeunes ;" (the item ends where the items end, on
        the list's punctuation, and the next line is the list's next item; or the list's last item, its full stop after
        items ending on semicolons). Not a paragraph after an unpunctuated last item: "- Soutenir les parents" above
        "La convention sera signée en mai."."""
        if i + 1 >= len(lines) or not lines[i + 1][2].strip():
            return False
        line, nxt = lines[i][2].rstrip(), lines[i + 1][2].strip()
        if line.endswith((".", ";", ":", "!", "?", "…", "»", ",")) or P.BULLET.match(lines[i + 1][2]) \
                or P.LONE_BULLET.match(nxt) or P.page_break_line(nxt) or len(nxt.split()) > P.BARE_ITEM_MAX_WORDS // 2:
            return False
        mark = P.bullet_mark(line)
        after = lines[i + 2][2] if i + 2 < len(lines) else ""
        previous = next((lines[k][2] for k in range(i - 1, max(-1, i - 4), -1) if lines[k][2].strip()), "")
        punctuated = mark is not None and P.bullet_mark(previous) == mark and previous.rstrip().endswith(";")
        if nxt.endswith((";", ",")):
            return mark is not None and (P.bullet_mark(after) == mark or punctuated)
        return nxt.endswith(".") and punctuated

    def _heading_over(self, lines, item: tuple[int, int, int, str], following: list[tuple[int, int, int, str]]) -> bool:
        """A numbered heading in lower case naming what the convention retains and no field, right over items with a
        bullet mark: "2. Les axes retenus pour la convention 2025-2029\n- l'accueil du jeune enfant\n- le soutien aux
        parents" (a convention's section, after "1. Le contexte" and its paragraph)."""
        line = lines[item[0]][2]
        m = P.SECTION_MARK.match(line.strip())
        return bool(following and following[0][0] > item[0] and P.bullet_mark(lines[following[0][0]][2])
                    and all(not lines[j][2].strip() for j in range(item[0] + 1, following[0][0]))
                    and m and (m.group("top") or m.group("sub")) and P.FIELDS_SECTION.search(m.group("title"))
                    and self.is_heading(m.group("title")) and not labels_named(line, self.method))

    def _section_heading(self, line: str) -> bool:
        """A numbered section heading in capitals that names no field: "3. LES ORIENTATIONS STRATÉGIQUES"."""
        return bool(P.CAPITAL_SECTION.match(line)) and not labels_named(line, self.method)

    def _sub_heading(self, line: str) -> bool:
        """A short heading inside a list's section: "Pour les plus petits", "Jeunesse"."""
        return self.is_heading(line) and len(line.split()) <= P.SUB_HEADING_MAX_WORDS

    @staticmethod
    def _numbered_next(previous: str, line: str) -> bool:
        """Does `line` carry the number after `previous`'s ("2." after "1.", "3.2" after "3.1")?"""
        a, b = P.ITEM_NUMBER.match(previous), P.ITEM_NUMBER.match(line)
        if a and b:
            return int(b.group(1)) == int(a.group(1)) + 1
        a, b = P.SUB_NUMBER.match(previous), P.SUB_NUMBER.match(line)
        return bool(a and b and a.group(1) == b.group(1) and int(b.group(2)) == int(a.group(2)) + 1)

    def _numbered_title(self, line: str) -> bool:
        """A title its number opens, as a convention numbers its axes, each over its paragraph: "1 – Offrir un mode
        d'accueil", "3.1 Accueil du jeune enfant", "2. Temps libre des enfants" (not a report's sections, in capitals,
        "3. FINANCEMENTS", or on anything but fields, "1. Le diagnostic", P.OTHER_SECTION, nor a question)."""
        if P.DASH_NUMBERED.match(line):
            return True
        m = P.SUB_NUMBER.match(line) or P.ITEM_NUMBER.match(line)
        title = line[m.end():].strip() if m else ""
        return bool(title) and self.is_heading(title) and title != title.upper() and not P.OTHER_SECTION.search(title)

    def _inline_dash_items(self, line: str, excluded, pos: int, amended: bool = False) -> list[tuple[int, int]]:
        """Dashes glued on the introduction's line: "Les axes retenus : - Petite enfance - Jeunesse", also in a page
        whose line breaks were lost ("... les axes priorisés sont : - Accompagner la parentalité, - Soutenir la
        jeunesse, - Développer les réseaux Pour éclairer ces propos, ..."): the introduction is the sentence
        the colon ends; the last item stops where a capitalised word starts the next sentence (when the item would
        be too long, or what follows is a whole sentence)."""
        out: list[tuple[int, int]] = []
        colons = list(P.INLINE_DASH_START.finditer(line))
        for k, colon in enumerate(colons):
            clause = _sentences_of(line[:colon.start()])[-1]
            if not self._list_intro_ok(clause, excluded, pos + colon.start(), amended=amended):
                continue
            end = colons[k + 1].start() if k + 1 < len(colons) else len(line)
            bounds, start = [], colon.end()
            for sep in P.INLINE_DASH.finditer(line, start, end):
                bounds.append((start, sep.start()))
                start = sep.end()
            last = (start, end)
            cut = P.NEXT_SENTENCE.search(line, start, end)
            rest = line[cut.end():end].strip() if cut else ""
            if cut and (len(line[start:end].split()) > self.max_item_words
                        or len(rest.split()) >= P.NEXT_SENTENCE_MIN_WORDS and rest.endswith((".", "!", "?"))):
                last = (start, cut.start())  # "- Développer les réseaux Pour éclairer ces propos, le maire a cité ..."
            bounds.append(last)
            if len(bounds) >= 2 and all(len(line[a:b].split()) <= self.max_item_words for a, b in bounds):
                out += bounds
        return out

    def table_phrases(self, text: str, lines, excluded, left_out: list[tuple[int, int]] | None = None,
                      amended: bool = False) -> list[Phrase]:
        """The cells of a table of fields, as trafilatura renders tables ("| Thématique | Objectif |", a rule
        "|---|---|", then one row per line): each short cell of its body rows is an item when the header or the
        line above the table announces fields, e.g. "| Thématique | Objectif |\n|---|---|\n| Petite enfance |
        Ouvrir une crèche |". The rows a status column marks "Non" go to `left_out` (the caller's list)."""
        out: list[Phrase] = []
        i = 0
        while i < len(lines):
            if not P.is_table_row(lines[i][2]):
                i += 1
                continue
            j = i
            while j < len(lines) and P.is_table_row(lines[j][2]):
                j += 1
            rows = [r for r in lines[i:j] if not P.TABLE_RULE.match(r[2])]
            # a rule under the first row makes it a header, as does a first row naming what the columns hold
            # ("Thématique | Objectif | Action phare", "Fiche | Intitulé | Pilote | Calendrier")
            header = rows[0][2] if j - i > len(rows) or P.INTRO.search(rows[0][2]) \
                or P.NO_FIELD_COLUMN.search(rows[0][2]) \
                or any(P.SIGNATORY_COLUMN.match(cell.group()) for cell in P.TABLE_CELL.finditer(rows[0][2])) else ""
            above = _line_above(lines, i, P.INTRO_LOOKBACK, skip=P.PAGE_FURNITURE)
            body = rows[1:] if header else rows
            if len(body) >= 2 and (self._list_intro_ok(header, excluded, lines[i][0], bulleted=True, amended=amended)
                                   or self._list_intro_ok(above, excluded, lines[i][0], bulleted=True, amended=amended)):
                # the columns of who, when and how much are no fields: "| Fiche | Intitulé | Pilote | Calendrier |"
                skipped = {k for k, cell in enumerate(P.TABLE_CELL.finditer(header))
                           if P.NO_FIELD_COLUMN.search(cell.group()) or P.SIGNATORY_COLUMN.match(cell.group())}
                # (a column that tells whether the convention retains each row's field, "Retenu dans la CTG" over its
                # "Oui" and "Non": a row marked "Non" holds no item, "| Logement | Non | Relève du PLH |")
                status = self._status_column(header, [line for _s, _e, line in body])
                if status is not None:
                    skipped.add(status)
                # (a status column of ticks leaves out the rows its empty cells mark: "| Logement |  | Relève du PLH |")
                ticks = status is not None and self._tick_column(status, [line for _s, _e, line in body])
                for s, _e, line in body:
                    cells = [(k, cell) for k, cell in enumerate(P.TABLE_CELL.finditer(line)) if cell.group().strip()]
                    row = [cell.group() for cell in P.TABLE_CELL.finditer(line)]
                    if status is not None and status < len(row) and (
                            NO_CELL.match(row[status]) or ticks and UNTICKED_CELL.match(row[status])):
                        if left_out is not None:
                            left_out.append((s, _e))
                        continue
                    if not any(k not in skipped and 0 < len(cell.group().split()) <= self.max_item_words
                               and re.search(r"[^\W\d_]{3}", cell.group()) for k, cell in cells):
                        continue
                    # the row is the item, its field and objective together, as a reader copies a plan's line: "Petite
                    # enfance | Ouvrir une micro-crèche à Lavaur | Commune | 2025" (the written pages give rows, not
                    # cells, nine times in ten); it ends before the columns of who and when, whose words ("Centre
                    # social") name no field of the row
                    kept = [cell for k, cell in cells if k not in skipped] or [cell for _k, cell in cells]
                    out.append(self._clean(text, s + kept[0].start(), s + kept[-1].end(), "list"))
            i = j
        return out

    @staticmethod
    def _status_column(header: str, rows: list[str]) -> int | None:
        """The index of a table's column that says whether each row's field is retained: headed as such ("Retenu
        dans la CTG", "Oui / Non") or holding only "Oui" and "Non" cells (two rows at least)."""
        heads = [cell.group() for cell in P.TABLE_CELL.finditer(header)]
        for k, head in enumerate(heads):
            if STATUS_COLUMN.match(head):
                return k
        cells = [[cell.group() for cell in P.TABLE_CELL.finditer(row)] for row in rows]
        width = min((len(c) for c in cells), default=0)
        for k in range(1, width):
            if len(cells) >= 2 and all(YES_NO_CELL.match(c[k]) for c in cells) and any(NO_CELL.match(c[k]) for c in cells):
                return k
        return None

    @staticmethod
    def _tick_column(status: int, rows: list[str]) -> bool:
        """Does the status column tick the rows retained ("X", "✓", "☒") and leave the others empty (or "☐")?"""
        cells = [row[status] if status < len(row) else "" for row in
                 ([cell.group() for cell in P.TABLE_CELL.finditer(line)] for line in rows)]
        return all(TICK_CELL.match(c) or UNTICKED_CELL.match(c) for c in cells) and any(TICK_CELL.match(c) for c in cells) \
            and any(UNTICKED_CELL.match(c) for c in cells)

    def semicolon_phrases(self, text: str, excluded, amended: bool = False) -> list[Phrase]:
        """Items separated by semicolons after an introduction's colon, in one paragraph: "autour de 4 axes :
        consolider les services ; soutenir la vie locale ; accompagner les plus vulnérables." (or by full stops
        when each next item starts in lower case, an unmarked list whose line breaks were lost). Three items or more
        (two when both name fields), each short; the clause before the colon must announce the convention's fields
        as a list's introduction does."""
        out: list[Phrase] = []
        for s, _e, line in self.lines(text):
            if ":" not in line or not P.ITEM_SEPARATOR.search(line):
                continue
            for colon in re.finditer(":", line):
                # the introduction: the clause the colon ends; the body: up to the end of the sentence, no colon
                clause_start = max(line.rfind(c, 0, colon.start()) for c in ".!?:") + 1
                intro = line[clause_start:colon.start()]
                end = P.LIST_END.search(line, colon.end())
                if end and end.group() == ":":
                    continue
                body_end = end.start() if end else len(line)
                # a quotation opened before the colon ends the list where it closes: "« Ce que nous voulons : a ; b ;
                # c », a déclaré le président."
                if line.count("«", 0, colon.start()) > line.count("»", 0, colon.start()) \
                        and 0 <= (closing := line.find("»", colon.end(), body_end)):
                    body_end = closing
                bounds, pos = [], colon.end()
                for sep in P.ITEM_SEPARATOR.finditer(line, pos, body_end):
                    bounds.append((pos, sep.start()))
                    pos = sep.end()
                pieces = [(s + a, s + b) for a, b in [*bounds, (pos, body_end)] if line[a:b].strip()]
                if len(pieces) < 2 or any(len(text[a:b].split()) > P.BARE_ITEM_MAX_WORDS for a, b in pieces) \
                        or self.is_general(intro) or not self._list_intro_ok(
                            intro + ":", excluded, s + colon.start(), items=[text[a:b] for a, b in pieces],
                            above=text[text.rfind("\n", 0, max(0, s - 1)) + 1:s + clause_start], amended=amended):
                    continue
                if len(pieces) >= P.SEMICOLON_MIN_ITEMS or all(self._lexicon_labels(text[a:b]) for a, b in pieces):
                    out += [self._clean(text, a, b, "list", comment=True) for a, b in pieces]
        return out

    def bare_list_phrases(self, text: str, lines, taken: set[int], excluded, axes: frozenset[int] | set[int] = frozenset(),
                          amended: bool = False) -> list[Phrase]:
        """Unmarked lists: two or more short lines right under an introduction that ends with a colon; or as
        many short lines as a sentence counts axes ("Quatre ambitions ont été retenues.\nAméliorer ...\n..."); or
        under a heading, lines that each give a field and its description ("Les enjeux de la CTG\nPetite enfance :
        adapter l'offre.\nJeunesse : ..."), or short lines two of which name fields when the heading names the
        convention or counts its axes ("Les 4 axes de la CTG\nAccueil du jeune enfant\nAccès aux droits"); or the
        short lines under one of the convention's `axes` (its objectives: "Orientation 2 – Ne laisser personne de
        côté\nRéduire le non-recours aux droits\nFormer des aidants numériques")."""
        out: list[Phrase] = []
        taken = set(taken)
        for i, (_s, _e, line) in enumerate(lines):
            # (not under the last of axes listed line after line, which have no objectives: the page goes on under
            # them, "Axe 2 – Soutenir les parents\nAxe 3 – Rendre les droits accessibles\nLa Caf a apporté en 2022 ...")
            if i in axes and next((k for k in range(i - 1, -1, -1) if lines[k][2].strip()), None) not in axes:
                out += self._axis_objectives(text, lines, i, taken)
            if i in taken:
                continue
            kind = self._bare_intro_kind(line)
            if kind is None:
                continue
            colon, counted, heading = kind
            run, ok, heading = self._bare_first_run(lines, i, taken, excluded, amended, colon, counted, heading)
            if not ok:
                continue
            run = self._bare_items(lines, i, run, colon, counted, heading, amended)
            if len(run) >= 2:
                out += [self._clean(text, lines[j][0], lines[j][1], "list") for j in run]
                taken.update(run)  # an item does not introduce the items under it
        return out

    def _axis_objectives(self, text: str, lines, i: int, taken: set[int]) -> list[Phrase]:
        """The short unmarked lines under axis line i, its objectives (added to `taken`)."""
        run = self._bare_run(lines, i, taken)
        # (not a fiche's labelled lines: "Pilote : Centre social", "Calendrier : 2024-2026")
        if len(run) >= 2 and all(len(lines[k][2].split()) <= self.max_announced_item_words
                                 and not P.LABEL_LINE.match(lines[k][2]) for k in run):
            taken.update(run)
            return [self._clean(text, lines[k][0], lines[k][1], "list") for k in run]
        return []

    def _bare_intro_kind(self, line: str) -> tuple[bool, re.Match | None, bool] | None:
        """How `line` may introduce unmarked lines: (ends with a colon, counts its items, is a heading); None if it
        introduces none."""
        # a question heading about the convention's content introduces its list as a colon does: "Sur quoi
        # porte la convention ?\nL'accueil des tout-petits\nL'accès aux droits"
        colon = line.rstrip().endswith(":") or bool(P.CONTENT_QUESTION.search(line) or (
            line.rstrip().endswith("?") and P.INTRO.search(line)))
        counted = None if colon else P.COUNTED_SENTENCE.search(line)
        heading = not (colon or counted) and self.is_heading(line)
        # a heading in other words, or a paragraph about this convention, over lines that each give a field and
        # what is done for it: "La communauté de communes a signé sa CTG le 4 juillet.\nPetite enfance : une
        # micro-crèche.\nJeunesse : un espace jeunes.", "Ce qui a été fait depuis 2022\nPetite enfance : 112
        # places créées\n..." (two labels at least must name fields)
        about = not (colon or counted or P.LABEL_LINE.match(line)) and (heading or bool(P.NAMES_CONVENTION.search(line)))
        if not (colon or counted or about):
            return None
        if not (colon or counted) and P.RUNNING_HEADING.match(line):
            return None  # how the convention is run lists no field: "Les instances\nComité de pilotage : une fois par
            # an\nGroupes de travail ouverts aux associations" (a territory's page on its CTG)
        return colon, counted, heading

    def _bare_first_run(self, lines, i: int, taken: set[int], excluded, amended: bool, colon: bool,
                        counted: re.Match | None, heading: bool) -> tuple[list[int], bool, bool]:
        """The lines under introduction i, whether the introduction announces them, and whether they are still to be
        read as a heading's short lines."""
        s, _e, line = lines[i]
        run = self._bare_run(lines, i, taken)
        # (or the leading lines under a heading that only a bulleted list could have: "Ce que la convention prévoit")
        planned = 0 if counted else planned_list(self, line, [lines[k][2] for k in run], excluded, s, amended)
        ok = False
        if colon:
            above = _line_above(lines, i)
            ok = self._list_intro_ok(line, excluded, s, items=[lines[k][2] for k in run], above=above, amended=amended)
            if not ok and planned:
                run, ok = run[:planned], True
        elif counted or heading and self._list_intro_ok(line, excluded, s, amended=amended):
            ok = True
        elif heading and planned:
            # (its objectives are the items planned_list told, not re-read as a heading's short lines, which need the
            # heading or the paragraph above to name the convention: "... ont signé leur CTG.\nQuelques
            # chiffres\n12 communes\n3 crèches\nLes engagements\nDévelopper l'accueil des 0-3 ans\nAccompagner
            # les 11-17 ans dans leurs projets", a key figures' box between the news and the list)
            run, ok = run[:planned], True
            # (when they are all objectives in the infinitive; labelled lines, "Indicateurs : ...", stay re-read)
            heading = not all(P.INFINITIVE_START.match(lines[k][2].strip()) for k in run)
        else:
            heading = False
            run = list(takewhile(lambda k: P.LABEL_LINE.match(lines[k][2].strip()), run))
            run = [k for k in run if not P.JOB_POSTING_LABEL.match(lines[k][2])]  # "Cadre d'emplois : attachés"
            ok = sum(bool(self._lexicon_labels(P.LABEL_LINE.match(lines[k][2].strip()).group())) for k in run) >= 2 \
                and not (any(zs <= s < ze for zs, ze in excluded) or self.is_general(line)
                         or self._other_schemes_list(line, amended=amended))
        return run, ok, heading

    def _bare_items(self, lines, i: int, run: list[int], colon: bool, counted: re.Match | None, heading: bool,
                    amended: bool) -> list[int]:
        """The lines of `run` that are items: as many as the introduction counts, or a heading's short lines."""
        line = lines[i][2]
        if counted:
            n = P.count_value(counted["n"])
            # a rubric's title between the counting sentence and its items is none of them: "... a fait ressortir
            # quatre priorités.\nNos engagements\nQue chaque famille trouve ...\n..." (the n lines under it are)
            if len(run) > n and len(lines[run[0]][2].split()) <= P.RUBRIC_TITLE_MAX_WORDS \
                    and self.is_heading(lines[run[0]][2]) and not self._lexicon_labels(lines[run[0]][2]):
                run = run[1:]
            return run[:n] if len(run) >= n else []
        if colon and (count := P.COUNTED_COLON.search(line)):
            return run[:P.count_value(count["n"])]
        if heading:
            return self._heading_items(lines, i, run, amended)
        return run

    def _heading_items(self, lines, i: int, run: list[int], amended: bool) -> list[int]:
        """Under heading i, its labelled lines, or its short lines when two name fields and the heading (or the
        paragraph above it) names the convention or counts its axes."""
        line = lines[i][2]
        labelled = list(takewhile(lambda k: P.LABEL_LINE.match(lines[k][2].strip()), run))
        # (or a heading in the page's words right under the paragraph about this convention: "... la CTG
        # de l'Agglo fixe la feuille de route jusqu'en 2027.\nNos objectifs\nGarantir ... à chaque famille")
        above = _line_above(lines, i, skip=P.PAGE_FURNITURE)
        under_convention = bool(P.NAMES_CONVENTION.search(above)) and not self.is_general(above) \
            and not self._other_schemes_list(above, amended=amended)
        # (and so does a heading that names the convention itself: "Les objectifs de la CTG\nStructurer une
        # offre enfance cohérente entre les accueils de loisirs de Saint-Laurent-du-Pont, Entre-deux-Guiers et
        # Les Échelles\n...", its objectives as long as a sentence's announced items)
        announced = under_convention or bool(P.NAMES_CONVENTION.search(line) and not self.is_general(line))
        limit = self.max_announced_item_words if announced else self.max_item_words

        def fits(k: int) -> bool:
            """Is line k short enough for an item?"""
            # (an objective opening on its verb may run longer, the places it names added: "Les objectifs de la
            # convention\nGarantir un accueil de qualité pour les jeunes enfants, en créant des places nouvelles
            # dans les quartiers des Cèdres et du Moulin de la Tour\nAccompagner les parents")
            words = len(lines[k][2].split())
            return words <= limit or announced and words <= P.BARE_ITEM_MAX_WORDS \
                and bool(P.INFINITIVE_START.match(lines[k][2].strip()))
        short = list(takewhile(fits, run)) if (
            P.NAMES_CONVENTION.search(line) or P.COUNTED_INTRO.search(line) or under_convention) else []
        named = sum(bool(self._lexicon_labels(lines[k][2])) for k in short)
        return short if named >= 2 and len(short) > len(labelled) else labelled

    @staticmethod
    def _bare_run(lines, i: int, taken: set[int]) -> list[int]:
        """The short unmarked lines right under line i (one blank line between them at most)."""
        run, blanks = [], 0
        for j in range(i + 1, min(len(lines), i + 16)):
            candidate = lines[j][2].strip()
            if not candidate:
                blanks += 1
                if blanks > 1 or run and blanks and j + 1 < len(lines) and not lines[j + 1][2].strip():
                    break
                continue
            blanks = 0
            if RELATED_HEADING.search(candidate) or P.NEXT_SECTION.match(candidate) or P.DOCUMENT_PART.match(candidate):
                break  # "À lire aussi": other news below; "Les acteurs": the page's next section
            if P.PAGE_FURNITURE.search(candidate):
                continue  # a photo credit or a share button between the introduction and its lines
            if j in taken or P.BULLET.match(lines[j][2]) or candidate.startswith(("«", '"', "“")) or len(
                    candidate.split()) > P.BARE_ITEM_MAX_WORDS or candidate.endswith((":", "?")) or "? " in candidate:
                break  # a question is the next heading of a page of questions and answers
            if run and candidate[0].isupper() != lines[run[0]][2].strip()[0].isupper():
                break  # items share their first letter's case; a new paragraph does not
            if len(run) >= 2 and candidate.endswith(".") and not any(
                    lines[k][2].rstrip().endswith((".", ";", ",", "!")) for k in run):
                break  # ... nor, when none is punctuated, their ending: "Offrir ...\nProposer ...\nLe président en parle."
            run.append(j)
        return run

    def _list_intro_ok(self, intro: str, excluded, pos: int, bulleted: bool = False, self_named: bool = False,
                       items: list[str] | None = None, above: str = "", amended: bool = False) -> bool:
        """Does `intro` announce the convention's fields? A bulleted list may also stand under its actions
        ("Les actions", "Quelques exemples d'actions retenues :"); an unmarked one needs an INTRO word; items that
        name themselves as axes need only an introduction that is not generic. A list whose `items` name fields may
        stand under any colon line, and one whose items read as objectives under a colon line about this
        convention (see `_convention_list`). `amended`: the page tells an amendment (`amendment_page`)."""
        if any(s <= pos < e for s, e in excluded):
            return False
        intro = P.TRAILING_SYMBOLS.sub("", intro)  # a post's pointing hand is its colon: "Ce qu'on va faire 👇"
        *before, clause = _sentences_of(intro.strip()) or [""]
        # (an event's programme, bulleted under its "Au programme :", is no list of fields either: "La Caf a réuni les
        # coordinateurs des CTG du département.\nAu programme :\n- un atelier sur l'évaluation ;\n- une présentation du
        # guichet unique petite enfance de la Communauté de communes voisine", `event_programme`)
        previous = (before or _sentences_of(above.strip()))[-1]
        if self._general_intro(intro) or self._other_schemes_list(intro, above, amended) or P.RECOMMENDATIONS.search(clause) \
                or self.consultation_topics(clause, previous) or self.event_programme(clause, previous):
            return False
        return bool(self_named or P.INTRO.search(intro) or P.PURPOSE_INTRO.search(intro) or P.CONTENT_QUESTION.search(intro)
                    or bulleted and P.LIST_ONLY_INTRO.search(intro)
                    or bool(items) and self._convention_list(intro, above, items)
                    or bulleted and bool(items) and self._fields_under_convention(intro, above, items))

    def _counts_items(self, intro: str, n: int, amended: bool = False) -> bool:
        """Does a sentence of `intro` about this convention (not CTGs in general, another scheme nor the past) count
        `n` fields: "Nos élus ont centré la convention sur quatre domaines."?"""
        return any(P.NAMES_CONVENTION.search(sentence) and (m := P.COUNTED.search(sentence))
                   and P.count_value(m["n"]) == n and not (self.is_general(sentence) or self.other_scheme(sentence)
                                                           or self.history(sentence, amended))
                   for sentence in _sentences_of(intro.strip()))

    def _general_intro(self, intro: str) -> bool:
        """Does the sentence the colon ends speak of CTGs in general (itself, or by continuing the one before)? Not
        a territory's choice after a reminder on the same line: "Rappel : une CTG peut couvrir l'ensemble des
        missions de la Caf. Sur notre territoire, les partenaires ont retenu quelques priorités :"."""
        general = False
        for sentence in _sentences_of(intro.strip()):
            general = self.is_general(sentence, general)
        return general

    def _fields_under_convention(self, intro: str, above: str, items: list[str]) -> bool:
        """Bullets two thirds of which name fields, right under the paragraph that names the convention, with no
        introduction ("... ont signé lundi la Convention territoriale globale 2024-2027.\n- Relais petite enfance\n-
        Accueils de loisirs\n- Soutien à la parentalité") or under one in words of its own that refers back to it
        ("...la CTG.\nConcrètement, cela veut dire :\n→ plus de places en crèche ;\n→ ..."; not "La Caf, c'est
        aussi :" nor "Agenda :")."""
        if not self._mostly_fields(items, 2):
            return False
        last = _sentences_of(intro.strip())[-1]
        # three or more bullets that all name fields, under prose (a sentence, not a heading such as "Actualités")
        # whose paragraph or the one above names the convention: "La CTG a été signée en mars. Elle se concrétise
        # par un accord pour 2024-2028.\n- De la petite enfance\n- De la jeunesse\n- Du logement" (a page that put
        # the list's introduction in an image)
        if last.endswith((".", "!", "»")) and self._mostly_fields(items, max(3, len(items))) \
                and (P.NAMES_CONVENTION.search(intro) or P.NAMES_CONVENTION.search(above)):
            return True
        # ... or under a short label of its own ("Ce qu'il faut retenir :", "Les pistes retenues :", "En bref :"; not
        # the Caf's: "La Caf, c'est aussi :")
        label = len(last.split()) <= P.SHORT_LABEL_MAX_WORDS and not CAF.search(last) \
            and not P.NEXT_SECTION.match(last)  # ("Agenda :", "Contacts :")
        return bool(P.NAMES_CONVENTION.search(last)
                    or last.endswith(":") and (P.REFERS_BACK.search(last) or label) and P.NAMES_CONVENTION.search(above))

    def _mostly_fields(self, items: list[str], minimum: int) -> bool:
        """At least `minimum` items, and two thirds of them, name fields in the taxonomy's words, not by its words
        for the method alone (a job offer's "Missions :\n• Piloter le diagnostic de territoire\n• Animer les
        comités de pilotage" names none)."""
        named = sum(bool(labels_named(t, self.method)) for t in items)
        return named >= minimum and 3 * named >= 2 * len(items)

    def _other_schemes_list(self, intro: str, above: str = "", amended: bool = False) -> bool:
        """Does the sentence the colon ends (with the one before when it opens on a pronoun) introduce another
        scheme's list? "Le contrat de ville garde ses axes :" does; "C'est une évolution du contrat enfance
        jeunesse vers un nouveau contrat : la CTG. Elle comprend des actions en direction de :" does not."""
        *before, clause = _sentences_of(intro.strip())
        # (unless the clause names the convention as what its items are: "Un questionnaire est ouvert. Il porte sur
        # les thèmes sur lesquels la convention va travailler :")
        inherits = (P.CONTINUES.search(clause) or P.POSSESSIVE_START.match(clause)) and not P.NAMES_CONVENTION.search(clause)
        # (not a sentence telling what the assessment or the consultation led the convention to: "Le bilan et les ateliers
        # ont conduit à élargir le champ de la nouvelle convention. Celle-ci portera sur :")
        inherits = inherits and not (before and P.CONSULTATION_OUTCOME.search(before[-1])
                                     and P.NAMES_CONVENTION.search(before[-1]))
        # (the other schemes a bracket sends what the convention leaves out to, in a clause that names the convention
        # outside it, introduce nothing: "La convention porte sur trois axes, l'habitat relevant d'autres démarches
        # (PLH, schéma autonomie) :", a PDF's choices after its diagnostic)
        if P.NAMES_CONVENTION.search(P.BRACKETED.sub(" ", clause)):
            clause = P.BRACKETED.sub(lambda b: " " * len(b.group()), clause)
        # (a heading on its own, "Ses objectifs", takes its antecedent from the paragraph above it: the other scheme
        # a page is about, "Le nouveau projet éducatif de territoire a été signé avec la Caf. Il est assorti de ...")
        # (not when that paragraph names the convention: "Cette convention s'inscrit dans le prolongement du schéma
        # départemental, qui ...\nElle porte sur :")
        heading_antecedent = len(clause.split()) <= P.SHORT_LABEL_MAX_WORDS and not P.NAMES_CONVENTION.search(above)
        clauses = [clause] + (before[-1:] if before else [above] if heading_antecedent else []) * bool(inherits)
        # (or the former convention, told in the past in the colon's own clause: "La première CTG a été signée en
        # 2019. Elle comptait trois axes :", as a prose sentence about it is, see `sentences_in_context`)
        past = clause.rstrip().endswith(":") and self.history(clause, amended)
        return past or any(self.other_scheme(c) or (self.named_scheme(c) and not P.CONVENTION_OVER_SCHEME.search(c)
                                            and not P.NAMES_CTG.search(c)) for c in clauses)

    @staticmethod
    def named_scheme(sentence: str, cue: re.Pattern | FastCue = _NAMED_SCHEME_FAST) -> re.Match | None:
        """The first other scheme the sentence names, but not as what the convention was drawn from."""
        return next((m for m in cue.finditer(sentence)
                     if not (P.SCHEME_AS_BASIS.search(sentence, max(0, m.start() - 40), m.start())
                             and not P.SCHEME_RELATIVE.match(sentence, m.end()))
                     and not (P.SINCE_YEAR.fullmatch(m.group())
                              and P.SINCE_IN_RELATIVE.search(sentence, max(0, m.start() - 40), m.start()))), None)

    def _convention_list(self, intro: str, above: str, items: list[str]) -> bool:
        """Items three (and two thirds) of which name fields, the object of the sentence the colon breaks ("...
        fédère les acteurs qui interviennent sur :\n- la petite enfance\n- la jeunesse\n- le logement", but not
        "Agenda :" nor "La Caf, c'est aussi :" over dated events or benefits); or a colon line about this
        convention in words of its own ("Concrètement, la CTG prévoit :", "Au cœur de cette convention :", "Les
        partenaires se sont engagés sur :", "Elle comprend notamment :" after a sentence naming it) over items two
        of which name fields, or two thirds of which are objectives opening on an infinitive ("Améliorer la
        lisibilité des offres", "Impulser une dynamique ...")."""
        *before, clause = [above, *_sentences_of(intro.strip())]  # the sentence the colon ends
        if not (clause.endswith(":") or P.CONTENT_QUESTION.search(clause)):
            return False
        if self._mostly_fields(items, P.FIELD_LIST_MIN_ITEMS) and P.FIELD_LIST_LEAD.search(clause):
            return True  # fields as the object the colon breaks off: "les acteurs qui interviennent sur :"
        named = sum(bool(self._lexicon_labels(t)) for t in items)
        if not (P.NAMES_CONVENTION.search(clause) or P.ENGAGED.search(clause)
                or (P.CONTINUES.search(clause) or P.BARE_LABEL.fullmatch(clause) or P.WE_WILL.search(clause))
                and P.NAMES_CONVENTION.search(before[-1])):
            return False
        objectives = sum(bool(P.INFINITIVE_START.match(P.BULLET.sub("", t, count=1))) for t in items)
        return named >= 2 or objectives >= 2 and 3 * objectives >= 2 * len(items)

    @staticmethod
    def _clean(text: str, start: int, end: int, source: str, comment: bool = False) -> Phrase:
        chunk = text[start:end]
        lead = len(chunk) - len(chunk.lstrip(" \t«\"“-–:"))
        if symbol := P.LEADING_SYMBOL.match(chunk, lead):  # "- 👶 la petite enfance": the pictograph is no word
            lead = symbol.end()
        chunk2 = chunk.rstrip(" \t;,.…»\"”!?:")
        if source == "list" and (form := P.FORM_BRACKET.search(chunk2)):
            chunk2 = chunk2[:form.start()].rstrip(" \t;,.…»\"”!?:")  # the table's other columns, flattened
        if (source == "prose" or comment) and (quoted := P.QUOTED_COMMENT.search(chunk2, lead)):
            chunk2 = chunk2[:quoted.start()]  # an official's quoted comment on the item is not the item (in prose, or
            # in a sentence's items parted by semicolons: "la petite enfance d'abord ; le soutien aux parents ensuite,
            # « trop souvent isolés » ; enfin l'accès aux droits")
        start2, end2 = start + lead, start + len(chunk2)
        phrase = text[start2:end2]
        # leading conjunctions of prose enumerations ("..., ou encore de l'accès à la culture"), the preposition
        # before an article or an infinitive ("de la parentalité", "de renforcer l'offre"); list numbering
        lead_rx = P.PROSE_ITEM_LEAD if source == "prose" else P.LIST_ITEM_LEAD
        while (m := lead_rx.match(phrase)) and m.end() < len(phrase):
            start2 += m.end()
            phrase = text[start2:end2]
        return Phrase(phrase, start2, end2, source)

    def sentences_in_context(self, text: str, sents: Sentences) -> list[tuple[int, int, str, bool, bool]]:
        """(start, end, sentence, general, other) for each sentence; `general` when it speaks of CTGs or Caf in
        general (a sentence opening on a pronoun continues the previous one), `other` when it is about another
        scheme or the past. Computed once per doc (prose phrases and theme sentences both read it)."""
        cached = self._context
        if cached is not None and cached[0] is sents and cached[1] is text:
            return cached[2]
        page = _ContextPage(text, bool(P.MANY_CONVENTIONS.search(text)), bool(P.CONSULTATION_NAMED.search(text)),
                            bool(P.RENEWAL.search(text)), self.amendment_page(text))
        run = _ContextRun()
        out: list[tuple[int, int, str, bool, bool]] = []
        for i in range(len(sents.starts)):
            s, e = sents.bounds(i)
            sentence = text[s:e]
            above = out[-1] if out else None
            carried = self._carried_on(text, s, sentence, above)
            general = self._general_in_context(page, s, sentence, above, carried, run)
            other = self._other_in_context(page, s, sentence, above, carried, run)
            self._reread_above(out, sentence, general)
            out.append((s, e, sentence, general, other))
        self._context = (sents, text, out)
        return out

    @staticmethod
    def _carried_on(text: str, s: int, sentence: str, above: tuple | None) -> bool:
        """Does the sentence go on with the one above, on a line a layout broke after a comma?"""
        # a line a layout broke after a comma goes on with the sentence above, and so with what it is about: "Les
        # partenaires choisissent les champs prioritaires parmi : petite enfance, enfance, jeunesse," then
        # "parentalité, logement, handicap." on the guide's next line
        line_start = text.rfind("\n", 0, s) + 1
        return above is not None and sentence[:1].islower() and above[2].rstrip().endswith(",") \
            and not text[line_start:s].strip()  # (not a bulleted item: "• maintenir l'offre")

    def _wrapped_on(self, text: str, s: int, above: tuple | None) -> bool:
        """Does the sentence, opening its line, go on with the general sentence above that a PDF's layout broke?"""
        # ... and so does a line a PDF's layout broke before a capitalised name, the line above long and ending on
        # a word: "Elles peuvent couvrir tous les domaines d'action de la branche" above "Famille : accueil du
        # jeune enfant, jeunesse, logement." (a convention's preamble, sentences cut at the line's end)
        # (its generality only: a long heading above its paragraph passes no other flag on, "Fiche action n°2 –
        # Ouvrir un lieu d'accueil enfants-parents à Pontivy" above "Constat : ...")
        line_start = text.rfind("\n", 0, s) + 1
        return above is not None and above[3] and line_start == s and self.wrapped_above(text, s, above[2])

    def _general_in_context(self, page: _ContextPage, s: int, sentence: str, above: tuple | None, carried: bool,
                            run: _ContextRun) -> bool:
        """Is the sentence about CTGs or the Caf in general, by its words, the sentence above or its list's intro?"""
        wrapped = self._wrapped_on(page.text, s, above)
        general = self.is_general(sentence, run.previous_general) and not P.OWN_OBJECT.match(sentence) \
            or page.many and bool(P.THESE_CONVENTIONS.search(sentence)) or carried and above[3] or wrapped
        general, run.general_items, run.general_question = self._general_by_context(
            page.text, s, sentence, general, run.general_items, run.general_question)
        run.previous_general = general
        return general

    def _consultation(self, page: _ContextPage, sentence: str, previous: str) -> bool:
        """Does the sentence tell a consultation's topics, where to take part in it (P.TAKING_PART) or an event's
        programme (no fields of the convention)?"""
        return self.consultation_topics(sentence, previous) or page.consulting and bool(
            P.TOPICS_DISCUSSED.search(sentence)) and not P.NAMES_CONVENTION.search(sentence) \
            or bool(P.ASKED_TOPICS.search(sentence) or P.TAKING_PART.search(sentence)) \
            or self.event_programme(sentence, previous)

    def _other_in_context(self, page: _ContextPage, s: int, sentence: str, above: tuple | None, carried: bool,
                          run: _ContextRun) -> bool:
        """Is the sentence about another scheme, the past, a consultation or advice, by its words or those above?"""
        text, amended = page.text, page.amended
        consultation = self._consultation(page, sentence, run.previous)
        before, run.previous = run.previous, sentence
        past_before = run.previous_past
        past = self.history(sentence, amended) or amended and bool(P.FUTURE_CONVENTION.search(sentence))
        # (a recommendations heading and every item under it, however long: "1." then "Élargir le champ de la
        # convention à l'animation de la vie sociale et à l'accès aux droits ;")
        advice = bool(P.RECOMMENDATIONS.search(sentence))
        run.advising = advice or run.advising and (self.item_line(sentence) or self.after_bullet(text, s))
        # ... and a sentence opening on a pronoun goes on about the other scheme or the past the previous one
        # told: "Les actions du SDSF visent ... Elles s'intéressent ainsi aux modes d'accueil, ..."
        # (a form's who / for whom / how much line, a meeting's topic on an agenda row, and who keeps which
        # facilities are no fields either)
        other = bool(self.other_scheme(sentence) or past or consultation or advice
                     or page.renewal and P.FIRST_CONVENTION.search(sentence) or P.NO_FIELD_LABEL.match(sentence)
                     or P.COMPETENCE.search(sentence) or P.LEFT_OUT.search(sentence) or P.LEFT_OUT_AFTER.search(sentence)
                     or P.AGENDA_ROW.match(sentence) and not P.NAMES_CTG.search(sentence)
                     # (and a council's other decisions in its minutes: "7. Mobilité – Avenant n°2 à la délégation de
                     # service public de transport – Adopté (1 contre)")
                     or self.other_decision(sentence)
                     or run.previous_other and P.CONTINUES.search(sentence) and not P.IMPERSONAL.match(sentence)
                     and not (past_before and P.THIS_TIME.search(sentence))
                     and not (P.THIS_ONE.match(sentence) and P.NAMES_CONVENTION.search(before)) or run.label
                     # ... and so do the items under the former convention's: "Elle comptait trois axes :\nAxe A
                     # – Le logement"
                     or run.other_items and self.item_line(sentence) or carried and above[4] or run.advising)
        other = other or self._aside(text, s, sentence)
        self._carry_other(run, sentence, other, consultation, past)
        return other

    @staticmethod
    def _aside(text: str, s: int, sentence: str) -> bool:
        """Is the sentence an aside on no field of the convention: criticism, the former convention, a portrait...?"""
        return bool(P.CRITICISM.search(sentence)  # what critics miss: "regrettant l'absence de volet logement"
                    or P.FORMER_CONVENTION.search(sentence)  # "la CTG en vigueur, qui portait sur ..."
                    or P.PORTRAIT.search(sentence)  # the territory's portrait: "Le bourg cumule les fragilités"
                    or P.FICHE_FINDING.match(text, text.rfind("\n", 0, s) + 1)  # a fiche's "Constat : ..."
                    or P.MEMBERS_CONVENTIONS.search(sentence)  # "les CTG signées avec les communes ..."
                    or P.HELD_ELSEWHERE.search(sentence)  # "La jeunesse reste une compétence des communes."
                    or P.SIGNATORY_MANAGER.search(sentence)  # "La ville, qui gère la crèche, a signé"
                    or P.FUNDED_AS_BEFORE.search(sentence)  # "Les crèches existantes restent financées."
                    or P.LATER_ADDITION.search(sentence)  # "La prochaine CTG pourrait intégrer la mobilité."
                    or P.HEARD.search(sentence)  # a consultation's words: "Plusieurs ont cité le manque de ..."
                    or P.PARTICIPANTS.search(sentence)  # "Élus et responsables de centres sociaux étaient présents."
                    or P.NAVIGATION.search(sentence)  # "Retour à la rubrique Enfance et familles"
                    or P.ANSWERING.match(sentence))  # "Vous pouvez aussi répondre ... au centre social."

    @staticmethod
    def _carry_other(run: _ContextRun, sentence: str, other: bool, consultation: bool, past: bool) -> None:
        """Pass on to the next sentence what this one tells of other schemes: items under it, a label's value."""
        # (a consultation's question heading too: "Sur quoi porte le questionnaire ?" over the survey's topics)
        run.other_items = other and (run.other_items or sentence.rstrip().endswith(":") and bool(consultation or past)
                                     or sentence.rstrip().endswith("?") and consultation)
        run.previous_other = other
        run.previous_past = past or run.previous_past and other
        run.label = bool(P.NO_FIELD_HEADING.match(sentence.strip()))  # the value of a fiche's "Public" is on the next line

    @staticmethod
    def _reread_above(out: list[tuple[int, int, str, bool, bool]], sentence: str, general: bool) -> None:
        """Mark the sentence above general when this general one sums it up, or other when this one leaves it out."""
        if general and out and P.SUMS_UP.search(sentence):
            out[-1] = (*out[-1][:3], True, out[-1][4])
        if out and P.LEFT_OUT_AFTER.search(sentence):
            out[-1] = (*out[-1][:4], True)

    @staticmethod
    def wrapped_above(text: str, s: int, previous: str) -> bool:
        """Does the sentence at `s`, opening its line, go on with the previous sentence that a layout broke at its
        line's end (P.WRAPPED_ABOVE), not a new sentence's subject ("Elle", "Les", P.NEW_SUBJECT)?"""
        above = text[text.rfind("\n", 0, max(0, s - 1)) + 1:max(0, s - 1)]
        return len(above.rstrip()) >= P.WRAPPED_LINE_MIN_CHARS and above.rstrip().endswith(previous.rstrip()[-20:]) \
            and bool(P.WRAPPED_ABOVE.search(above)) and not P.NEW_SUBJECT.match(text, s)

    def _general_by_context(self, text: str, s: int, sentence: str, general: bool, items: bool,
                            question: bool) -> tuple[bool, bool, bool]:
        """(general, under a general list, after a general question): the items under a general introduction of
        what any CTG may cover are general too ("Elle peut couvrir l'ensemble des champs de la branche Famille :" then
        "• la petite enfance", "• le logement", on a Caf's page on CTGs; not the axes under "Considérant que la CTG a
        vocation à fédérer les politiques de la branche Famille autour des axes suivants :"), and so is the answer to a
        general question on the same line ("Qu'est-ce qu'une CTG ? C'est un accord qui peut couvrir la petite
        enfance, la jeunesse ...")."""
        end = text.find("\n", s)
        line = text[text.rfind("\n", 0, s) + 1:len(text) if end < 0 else end].strip()
        # an item: a bullet, the text after one, or a short line of its own without a full stop
        item = bool(P.BULLET.match(sentence) or P.LONE_BULLET.match(sentence)) or self.after_bullet(text, s) \
            or sentence.strip() == line and self.item_line(sentence) and not line.endswith((".", "?", "!"))
        # ... or the run of fields on the line under the introduction, however it ends (an explainer, or a guide's PDF
        # that wrapped before its items): "Tous les champs de la branche Famille peuvent être mobilisés :" then
        # "petite enfance, enfance, jeunesse, parentalité, logement, etc."
        item = item or items and sentence[:1].islower() and line.startswith(sentence.strip())
        general = general or items and item or question and bool(P.ANSWER_START.match(sentence))
        items = general and sentence.rstrip().endswith(":") and bool(P.MENU_INTRO.search(sentence)) or items and item
        # (the answer on the question's own line: a question alone on its line heads a section, read as such above)
        question = general and sentence.rstrip().endswith("?") and bool(P.GENERIC_HEADING.search(sentence)) \
            and not line.endswith(sentence.strip())
        return general, items, question

    @staticmethod
    def run_under_intro(text: str, s: int, sentence: str, previous: tuple[str, bool]) -> bool:
        """Is this sentence, opening its line in lower case with no bullet, the run of items under the previous
        sentence's introduction ending on a colon on the line above (not general, not another scheme's)?"""
        intro, elsewhere = previous
        return not elsewhere and intro.rstrip().endswith(":") and "\n" in text[max(0, s - 3):s] \
            and sentence[:1].islower() and bool(P.INTRO.search(intro)) and bool(re.search(r"[,;]", sentence))

    def prose_phrases(self, text: str, sents: Sentences, excluded) -> list[Phrase]:
        """The enumerations of fields the page's prose sentences tell of this convention."""
        out: list[Phrase] = []
        previous: tuple[str, bool] = ("", True)  # the previous sentence and whether it is general or elsewhere
        previous_start = 0
        for s, e, sentence, general, other_scheme in self.sentences_in_context(text, sents):
            own_start = s
            if self.run_under_intro(text, s, sentence, previous):
                # the enumeration on the line under its introduction is read with it: "Le projet se décline en quatre
                # thématiques :" then "la petite enfance, la jeunesse, la parentalité et l'animation de la vie
                # sociale." (a site that broke the line after the colon, a PDF wrapped there)
                s, sentence = previous_start, text[previous_start:e]
            previous_start = own_start
            told = self._told_before(sentence, previous)
            previous = (sentence, general or other_scheme)
            if self._prose_skipped(own_start, sentence, general, other_scheme, excluded, told.continued):
                continue
            src = self._incises_blanked(text, s, sentence)
            best = self._best_enumeration(src, s, e, sentence, told) or self._bare_enumeration(src, s, sentence)
            if best and self._not_its_fields(text, src, s, e, best):
                best = []
            self._mark_convention(src, s, best, told.names_it)
            out.extend(best)
        return out

    @staticmethod
    def _told_before(sentence: str, previous: tuple[str, bool]) -> _Told:
        """What the previous sentence (and whether it is general or elsewhere) tells of this one."""
        # a sentence opening on a pronoun takes its fields from the previous one's announcement: "Des axes ont
        # été définis dans cette convention. Ils concernent l'accueil des enfants et l'accès aux droits."
        continued = bool(P.CONTINUES.search(sentence) and P.INTRO.search(previous[0]) and not previous[1])
        # the convention named by this sentence, or by the one a pronoun opening this one continues (or "la
        # convention" right after the sentence naming the CTG: a job offer's "La communauté est engagée dans une
        # Convention territoriale globale 2023-2027. Les enjeux retenus par la convention sont : ...")
        names_it = bool(P.NAMES_CTG.search(sentence) or (P.CONTINUES.search(sentence) or P.NAMES_CONVENTION.search(
            sentence)) and P.NAMES_CTG.search(previous[0]))
        # the answer to a question on the convention's content announces its fields: "Sur quoi porte-t-elle ?\nSur
        # l'accueil des tout-petits, le temps libre des enfants et des jeunes, l'accompagnement des parents."
        answers = bool(P.CONTENT_QUESTION.search(previous[0])) and not previous[1]
        # the sentence before announcing axes in its last words: "Les partenaires ont retenu les axes suivants."
        announced_before = not previous[1] and bool(
            P.INTRO.search(" ".join(previous[0].split()[-P.ANNOUNCED_TAIL_WORDS:])))
        return _Told(continued, names_it, answers, announced_before)

    def _prose_skipped(self, start: int, sentence: str, general: bool, other_scheme: bool, excluded,
                       continued: bool) -> bool:
        """Is the sentence no place for an enumeration of the convention's fields (excluded, general, elsewhere, page
        furniture, an item, an example, spent, or naming no field)?"""
        return bool(
            any(zs <= start < ze for zs, ze in excluded) or general or other_scheme or P.PAGE_FURNITURE.match(sentence)
            or P.BULLET.match(sentence) or re.search(r"\bpar\s+exemple\b", sentence, re.I) or self.spent(sentence)
            or not (continued or self.names_some_field(sentence) and self.names_some_field(self.strip_titles(sentence))
                    or P.RANKED_AXIS.search(sentence)
                    or P.OBJECTIVES_AFTER_COLON.search(sentence)))  # every enumeration needs an item naming a field

    @staticmethod
    def _incises_blanked(text: str, s: int, sentence: str) -> str:
        """The text with the sentence's relative clauses set off by commas blanked."""
        # a relative clause set off by commas inside an enumeration does not end it: "accompagner les familles
        # monoparentales, qui représentent 60 % des allocataires, développer les modes d'accueil et ..." (blanked,
        # so offsets hold)
        src = text
        for incise in P.INCISE.finditer(sentence):
            src = src[:s + incise.start()] + " " * len(incise.group()) + src[s + incise.end():]
        return src

    def _best_enumeration(self, src: str, s: int, e: int, sentence: str, told: _Told) -> list[Phrase]:
        """The items of the best enumeration of fields the sentence's introductions open (the most, the closest)."""
        best: list[Phrase] = []
        colon_best = False  # the best enumeration is a colon's
        # the national formula every CTG uses ("renforcer l'efficacité, la cohérence et la coordination des
        # actions") is no enumeration of this convention's fields: enumerations start after it
        formula = P.CTG_FORMULA.search(sentence)
        negated = negated_ranges(sentence)
        # people named by their field are who came, no items: "Il y avait du monde : élus, responsables de
        # crèches, de centres sociaux et d'associations" (an item that acts on them keeps them: "former les ...")
        people = [m.span() for m in P.ATTENDEES.finditer(src, s, e)]
        for intro in P.PROSE_INTRO.finditer(sentence, formula.end() if formula else 0):
            if self._intro_refused(sentence, intro, negated, told):
                continue
            seg_start = s + intro.end()
            if colon_best and best[0].start <= seg_start < best[0].end:
                continue  # a word inside the first item of a colon's enumeration: "trois urgences : garder les
                # jeunes sur le territoire, épauler les parents seuls et aider les aidants" ("sur" opens none)
            seg_end, parts = self._segment_items(src, e, intro, seg_start, people)
            short = self._short_items(src, s, intro, parts)
            hits = self._field_hits(src, seg_start, parts, short)
            announced, ranked = self._announced(src, s, intro, parts, told.answers)
            if ranked and (axis := self._ranked_axis(src, s, intro, seg_start, seg_end, parts, short, hits)):
                best = axis
                break
            if self._all_items_count(src, s, intro, seg_start, parts, short, hits, announced, told.continued):
                hits = short
            if (len(hits) >= 2 or (len(hits) == 1 and len(parts) == 1 and announced)) \
                    and self._closer(best, hits, seg_start):
                best = hits
                colon_best = intro.group().strip() == ":"
        return best

    @staticmethod
    def _intro_refused(sentence: str, intro: re.Match, negated: list[tuple[int, int]], told: _Told) -> bool:
        """Does this introduction open no enumeration of fields here (negated, an aim, a gloss, a place, members)?"""
        if any(a <= intro.start() < b for a, b in negated):
            return True  # "ne porte pas sur le logement"
        if P.AIM_INTRO.match(intro.group()) and not P.RANKED_AXIS.search(sentence, 0, intro.start()):
            return True  # a verb of aim opens a ranked axis's item only: "L'axe 2 entend offrir ...", not "La
            # commune veut créer des micro-crèches, ..." (actions under the fields)
        if P.IT_IS_ABOUT.match(intro.group()) and not told.announced_before:
            return True  # "Il s'agit de ..." states objectives only after the announcing sentence, not an
            # official's gloss: "« Il s'agit de mettre en cohérence les besoins et les offres »"
        if intro.group().strip().lower() == "sur" and P.TERRITORY_EXTENT.search(sentence[:intro.start()]):
            return True  # the convention's territory: "Elles s'appliquent sur le territoire des 21 communes"
        if intro.group().strip() == ":" and P.MEMBERS_LABEL.search(sentence[:intro.start()]):
            return True  # a committee's members: "Composition : la coordinatrice CTG, les responsables des
            # services enfance-jeunesse et petite enfance"
        if intro.group().strip() == ":" and P.FACILITY_OFFER.search(sentence[:intro.start()]):
            return True  # a service's own subjects: "Le PIJ accompagne les 15-25 ans : emploi, logement, santé"
        if intro.group().strip().lower() == "sur" and not told.answers \
                and not sentence[:intro.start()].strip(" \t\n-–•«\"("):
            return True  # a place put first is no introduction: "Sur le territoire de la CAPA, le diagnostic a ..."
        return False

    def _segment_items(self, src: str, e: int, intro: re.Match, seg_start: int,
                       people: list[tuple[int, int]]) -> tuple[int, list[Phrase]]:
        """The end of the enumeration the introduction opens and its items (not the people who came, nor appositions)."""
        tail = src[seg_start:e]
        quoted = tail.lstrip().startswith("«")
        stop = (P.PAREN_END if intro.group().strip() == "(" else P.PROSE_STOP_QUOTED if quoted
                else P.PROSE_STOP).search(tail)
        seg_end = seg_start + (stop.start() if stop else len(tail))
        parts = [p for p in self._split(src, seg_start, seg_end, quoted)
                 if not any(a <= p.start and p.end <= b for a, b in people)]
        parts = [p for i, p in enumerate(parts) if not (i and P.APPOSITION.match(p.text))]
        return seg_end, parts

    def _short_items(self, src: str, s: int, intro: re.Match, parts: list[Phrase]) -> list[Phrase]:
        """The items short enough to name a field (longer ones after a colon its sentence announces)."""
        # the items of a colon list its sentence announces may be whole clauses: "la convention traduit
        # trois ambitions : que chaque famille trouve un mode d'accueil à moins de 15 minutes, que ...", and
        # so may objectives in the infinitive ("s'engagent à renforcer les actions en direction des jeunes de
        # 16 à 25 ans, notamment par l'insertion professionnelle et la formation, à ...")
        limit = self.max_announced_item_words if intro.group().strip() == ":" and P.INTRO.search(
            src, s, s + intro.start()) or P.OBJECTIVES_INTRO.match(intro.group()) else self.max_item_words
        # (an item's examples in brackets do not make it long: "l'accès aux droits (permanence Caf à la
        # maison France services de Biguglia)", the last item of a council's enumeration)
        # (nor does the relative clause that closes it, which qualifies its last noun: "un soutien concret
        # aux communes et aux syndicats dans le portage d'initiatives nouvelles dont les familles ont besoin")
        return [p for p in parts if len(P.RELATIVE_TAIL.sub("", P.BRACKETED.sub(" ", p.text)).split()) <= limit
                and "//" not in p.text]

    def _field_hits(self, src: str, seg_start: int, parts: list[Phrase], short: list[Phrase]) -> list[Phrase]:
        """The short items that name fields (every short item when the enumeration is one of fields throughout)."""
        # two items must name a field by a term that is not common in prose ("le territoire", "les
        # associations" alone do not make "... du territoire, des associations" an enumeration of fields);
        # then the items naming any taxonomy term count
        hits = [p for p in short if self._lexicon_labels(p.text, prose=True)]
        # (an aim told in three clauses or more, each opened by "que", is an enumeration however common its
        # words: "« Nous voulons que chaque famille trouve un mode de garde, que les jeunes aient des loisirs
        # et que les parents se sentent soutenus »")
        clauses = len(short) == len(parts) >= 3 and all(
            P.CLAUSE_QUE_BEFORE.search(src, max(seg_start, p.start - 12), p.start) for p in parts)
        if len(hits) >= 2 or clauses and hits:
            hits = [p for p in short if self._lexicon_labels(p.text)]
            if len(hits) >= P.ENUM_NAMED_MIN and len(short) == len(parts) == len(hits) + 1 and all(
                    P.DEFINITE_NOUN_PHRASE.match(p.text) for p in short if p not in hits):
                # one item in other words inside an enumeration of fields still belongs to it: "sur les
                # modes de garde des tout-petits, les centres sociaux et l'accès aux droits"
                hits = short
            elif parallel_enumeration(short, parts, hits):
                hits = short
        return hits

    @staticmethod
    def _announced(src: str, s: int, intro: re.Match, parts: list[Phrase], answers: bool) -> tuple[bool, bool]:
        """(announced, ranked): does the sentence announce the enumeration, or name its one axis by its rank?"""
        # an enumeration announced by a word of INTRO before ':', '(' or 'sont': "se décline en quatre
        # thématiques : ...", "selon différentes thématiques (enfance, jeunesse, ...)", "Les domaines
        # retenus pour cette CTG sont la petite enfance, ..."
        announced = P.ANNOUNCING.fullmatch(intro.group().strip()) and P.INTRO.search(src[s:s + intro.start()])
        # "en matière de" / "dans les domaines de" in a sentence naming the convention announces its
        # fields too: "La CTG ... en matière d'accueil des enfants, de soutien aux parents et d'animations"
        announced = announced or (P.FIELD_INTRO.fullmatch(intro.group().strip()) and len(parts) >= 2
                                  and P.NAMES_CONVENTION.search(src[s:s + intro.start()]))
        # one axis per sentence, named by its rank: "Le deuxième axe porte sur l'accueil des tout-petits."
        ranked = bool(P.RANKED_AXIS.search(src[s:s + intro.start()])
                      and P.RANKED_AXIS_VERB.fullmatch(intro.group().strip()))
        return bool(announced or ranked or answers), ranked

    def _ranked_axis(self, src: str, s: int, intro: re.Match, seg_start: int, seg_end: int, parts: list[Phrase],
                     short: list[Phrase], hits: list[Phrase]) -> list[Phrase]:
        """The one item of the axis a ranked sentence names, whatever its commas or later intros ([] if none)."""
        # (one piece naming a field, no commas, the axis the verb's own subject: "Un axe transversal portera
        # sur la mobilité des jeunes et des familles.", not "Pour le quatrième axe, la commune s'appuiera sur ...")
        axis_subject = len(hits) == 1 and not re.search(r"[,;:]", src[seg_start:seg_end]) and len(
            src[P.RANKED_AXIS.search(src, s, s + intro.start()).end():s + intro.start()].split()) <= P.AXIS_VERB_GAP_WORDS
        if len(parts) > 1 and (not hits or axis_subject) \
                and len(src[seg_start:seg_end].split()) <= P.BARE_ITEM_MAX_WORDS:
            # the ranked axis is one item, whatever its commas or later prepositions: "Le premier axe :
            # améliorer la connaissance et renforcer la lisibilité des offres sur le territoire."
            return [self._clean(src, seg_start, seg_end, "prose")]
        # (the axis's own verb: not "L'axe 2 entend offrir des loisirs sur tout le territoire")
        if len(parts) == 1 and short and len(src[P.RANKED_AXIS.search(
                src, s, s + intro.start()).end():s + intro.start()].split()) <= P.RANKED_VERB_GAP_WORDS:
            return short  # and no later intro ("... sur le territoire") splits it
        return []

    def _all_items_count(self, src: str, s: int, intro: re.Match, seg_start: int, parts: list[Phrase],
                         short: list[Phrase], hits: list[Phrase], announced: bool, continued: bool) -> bool:
        """Does every short item count, the enumeration told in order, continued or announced?"""
        if self._ordered(src, s, seg_start, parts) and len(short) == len(parts) and hits:
            return True  # every item counts in an enumeration told in order
        if continued and intro.start() <= P.CONTINUED_VERB_REACH and short:
            return True  # every short item counts, as after "Les axes retenus sont"
        if len(hits) >= 1 + (not P.FIELD_INTRO.fullmatch(intro.group().strip())) and announced:
            # "se décline en quatre axes : a, b, c et d": every short item counts once two name fields
            return True
        # a colon list of priorities in a quote, few of its items in the taxonomy's words: "selon des
        # axes prioritaires : mobiliser les habitants, favoriser l'intégration, agir pour l'accès au droit";
        # or objectives none of which uses them: "autour de 4 axes : consolider les services, soutenir
        # la vie locale et accompagner les plus vulnérables"
        return bool(announced and intro.group().strip() == ":" and len(short) >= P.COLON_LIST_MIN_ITEMS
                    and len(short) == len(parts) and (
                        any(self._lexicon_labels(p.text) for p in short)
                        or 3 * sum(bool(P.INFINITIVE_START.match(p.text)) for p in short) >= 2 * len(short)))

    @staticmethod
    def _closer(best: list[Phrase], hits: list[Phrase], seg_start: int) -> bool:
        """Do the hits beat the best enumeration so far: more items, or as many from an introduction closer to them?"""
        # the intro closest to the enumeration gives the cleanest items (but a word past the first item
        # found, "... à mieux informer les familles sur leurs droits, ...", opens no new enumeration)
        inside = bool(best) and best[0].end <= seg_start < best[-1].end
        return len(hits) > len(best) or len(hits) == len(best) and not inside

    def _bare_enumeration(self, src: str, s: int, sentence: str) -> list[Phrase]:
        """The enumeration of fields no word announces in a sentence naming the convention ([] if none)."""
        if not (P.NAMES_CONVENTION.search(sentence) and (bare := P.BARE_ENUMERATION.search(sentence))):
            return []
        # no word announces it: "La CTG nous donne un cadre pour penser ensemble l'accueil des tout-petits,
        # les loisirs des enfants, l'information des jeunes et le soutien aux familles."
        parts = self._split(src, s + bare.start(), s + bare.end())
        if len(parts) >= 3 and sum(bool(self._lexicon_labels(p.text, prose=True)) for p in parts) >= 2 \
                and all(len(p.text.split()) <= self.max_item_words for p in parts):
            return parts
        return []

    def _not_its_fields(self, text: str, src: str, s: int, e: int, best: list[Phrase]) -> bool:
        """Is the enumeration found something other than the convention's fields?"""
        if P.KEPT_FUNDED.search(src, best[0].start, e):
            return True  # the facilities it keeps paying for: "nos crèches et notre RPE continueront d'être soutenus"
        if P.DIAGNOSTIC_FOUND.search(src, s, best[0].start) \
                and P.RETAINED_AFTER.search(text, e, e + P.RETAINED_AFTER_REACH):
            return True  # the diagnostic's findings, the axes retained told after them
        # the former contract's fields: "seules sept communes avaient un CEJ, centré sur les crèches"
        return self.former_contract_fields(src[s:best[0].start])

    @staticmethod
    def _mark_convention(src: str, s: int, best: list[Phrase], names_it: bool) -> None:
        """Cue the enumeration as the convention's own ("convention") when the sentence tells it of the convention."""
        # the convention's own enumeration: it is the subject of the introduction ("la future convention portera
        # sur la petite enfance, ..."), or the sentence about it announces its axes ("... a signé une CTG pour
        # 2022-2026, construite autour de trois axes : ...", "Celle-ci s'articule autour de cinq orientations :")
        if best and (P.CONVENTION_SUBJECT.search(src, s, best[0].start)
                     or names_it and P.INTRO.search(src, s, best[0].start)):
            for phrase in best:
                phrase.cues = ("convention",)

    @staticmethod
    def _ordered(text: str, s: int, seg_start: int, parts: list[Phrase]) -> bool:
        """Is the enumeration told in order in its sentence: 'd'abord' before or in its first item, and every
        later item opened by a word of order ("d'abord des crèches, ensuite des accueils de loisirs, et enfin ...")?"""
        if len(parts) < 3 or not P.ORDERED_FIRST.search(text, s, parts[0].end):
            return False
        return all(P.ORDERED_ITEM.search(text, max(seg_start, p.start - 12), p.start) for p in parts[1:])

    def about_convention(self, text: str, s: int, sentence: str) -> bool:
        """Is the sentence about this convention, by its own words or its paragraph's opening?"""
        # (a digression may name the convention it turns away from: "Au-delà de cette convention, la Caf finance ...")
        digression = P.DIGRESSION.match(sentence)
        if P.ABOUT_CONVENTION.search(sentence, digression.end() if digression else 0):
            return True
        if digression:  # "Par ailleurs, la Caf finance aussi les centres sociaux ..."
            return False
        line_start = text.rfind("\n", 0, s) + 1
        before = text[line_start:s]
        if not before.strip():
            # a paragraph answering the heading or question right above it: "Quels sont les axes de cette
            # convention ?\nNous avons retenu la petite enfance et la jeunesse."
            heading = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:max(0, line_start - 1)]
            if self.is_heading(heading) and (P.NAMES_CONVENTION.search(heading) or P.CONTENT_QUESTION.search(heading)):
                before = heading
            elif self.is_heading(heading) and P.FOLLOW_UP_QUESTION.search(heading):
                return True  # "Qu'est-ce qu'elle contient pour les tout-petits ? ...\nEt pour les parents ?\n..."
        return bool(P.ABOUT_CONVENTION.search(before) and not (P.OTHER_SCHEME.search(before) or P.GENERIC_FAST.search(before)))

    def lead_enumerations(self, text: str, sents: Sentences, excluded) -> list[Phrase]:
        """Enumerations that open a clause, before their verb (prose intros only look after a word):
        "Dans notre commune, les micro-crèches, les RPE et les accueils de loisirs bénéficient de la convention"
        gives its three items; items are read backwards from the verb while each is short and names a field."""
        out: list[Phrase] = []
        for s, _e, sentence, general, other_scheme in self.sentences_in_context(text, sents):
            if general or other_scheme or any(zs <= s < ze for zs, ze in excluded) or P.BULLET.match(sentence):
                continue
            verbs = list(P.LEAD_ENUM_VERB.finditer(sentence))
            if not verbs or not self.any_term.search(sentence, 0, verbs[-1].start()) \
                    or not self.about_convention(text, s, sentence):
                continue
            for verb in verbs:  # "où les habitants bénéficient des minima, a, b et c figurent ...": the verb after
                items: list[Phrase] = []
                for part in reversed(self._split(text, s, s + verb.start())):
                    if len(part.text.split()) > P.LEAD_ITEM_MAX_WORDS:
                        break
                    items.append(part)
                while items and not self._lexicon_labels(items[-1].text):  # "Enfin", "Dans notre commune"
                    items.pop()
                if sum(bool(self._lexicon_labels(p.text, prose=True)) for p in items) >= 2:
                    out += items[::-1]
                    break
        return out

    def item_enumerations(self, text: str, sents: Sentences, excluded) -> list[Phrase]:
        """Fields in brackets after the convention's name, or after its plan, working groups or the actors a post
        coordinates (patterns.FIELDS_AFTER_NAME), in a list item the list finder reads whole or in a line of missions:
        a job offer's "- Animer le plan d'actions de la CTG (petite enfance, jeunesse, parentalité)", "• suivre le plan
        d'actions (petite enfance, jeunesse)", "- Coordonner les acteurs de la petite enfance, de l'enfance et de la
        jeunesse". Two items at least, each naming a field; they carry the "convention" cue a job offer's phrases need
        (the written pages read such missions as the convention's fields nine times in ten). (Not bare field names after a
        word for fields, "- Assurer le suivi des thématiques petite enfance, enfance, ...", on which they split.)"""
        out: list[Phrase] = []
        # (not where the convention is still being written: "Contexte : la commune et la Caf ont lancé l'élaboration
        # de leur première CTG.\nMissions\n- Animer les groupes de travail (crèches, loisirs des ados)", a job offer whose working groups are the preparation's; the cue is left off, so the job
        # offer's decision leaves them out, P.BEING_PREPARED)
        own = not P.BEING_PREPARED.search(text)
        for s, e, sentence, general, other_scheme in self.sentences_in_context(text, sents):
            if general or other_scheme or any(zs <= s < ze for zs, ze in excluded):
                continue
            if bracketed := P.FIELDS_AFTER_NAME.search(sentence):
                if bracketed.group().endswith(":"):
                    after = P.FIELDS_END_AFTER_COLON.match(text, s + bracketed.end(), e)
                    stop_at = after.start("end") if after else e
                else:
                    stop = (P.PAREN_END if bracketed.group().endswith("(") else P.FIELDS_END).search(
                        text, s + bracketed.end(), e)
                    stop_at = stop.start() if stop else e
                parts = self._split(text, s + bracketed.end(), stop_at)
                if len(parts) >= 2 and all(self._lexicon_labels(p.text) for p in parts):
                    for phrase in parts:
                        phrase.cues = ("convention",) if own else ()
                    out += parts
        return out

    def relative_enumerations(self, text: str, sents: Sentences, excluded) -> list[Phrase]:
        """The convention described by relative clauses, each one item: "Nous avons voulu une convention qui aille
        chercher les allocataires qui ne demandent rien, qui donne aux parents des lieux où souffler, et qui aide les
        jeunes à rester" (an official's quote; a "qui" inside an item, with no comma before it, does not split)."""
        out: list[Phrase] = []
        for s, e, sentence, general, other_scheme in self.sentences_in_context(text, sents):
            if general or other_scheme or any(zs <= s < ze for zs, ze in excluded) \
                    or not (head := P.CONVENTION_WHICH.search(sentence)):
                continue
            bounds, pos = [], s + head.end()
            for m in P.NEXT_WHICH.finditer(text, pos, e):
                bounds.append((pos, m.start()))
                pos = m.end()
            stop = P.PROSE_STOP.search(text, pos, e)
            bounds.append((pos, stop.start() if stop else e))
            items = [self._clean(text, a, b, "prose") for a, b in bounds]
            if len(items) >= 2 and all(0 < len(p.text.split()) <= self.max_announced_item_words for p in items) \
                    and sum(bool(self._lexicon_labels(p.text)) for p in items) >= 2:
                for phrase in items:
                    phrase.cues = ("convention",)
                out += items
        return out

    def heading_fields(self, text: str, sents: Sentences, excluded) -> list[Phrase]:
        """A short heading naming a field over a paragraph about the convention, inside the body (a paragraph
        above it, so that menus and page titles, runs of short lines, do not count), e.g.
        "... a été signée le 3 mai.\n\nPetite enfance\nLa convention prévoit une micro-crèche de dix places.".
        A section of two or more such headings, each over its own paragraph, right under a paragraph that names
        the convention or announces its fields, needs no more: "La CTG fixe trois axes.\nPetite enfance\nDix
        places en crèche d'ici 2026.\nJeunesse\nUn point information jeunesse ouvrira.". Under a paragraph that
        announces the axes, the headings may be objectives in other words: "... autour de trois axes :\nConsolider
        les services de proximité\nUne maison France services ouvrira.\nSoutenir la vie locale\n..."."""
        out: list[Phrase] = []
        context = {s: (general or other) for s, _e, _t, general, other in self.sentences_in_context(text, sents)}
        lines = [ln for ln in self.lines(text) if ln[2].strip()]
        candidates: dict[int, bool | None] = {}  # line index -> whether it holds on its own (None: in a section only)
        questions: set[int] = set()  # questions to the reader, each over its paragraph
        for k in range(1, len(lines) - 1):
            s, e, line = lines[k]
            words = line.split()
            question = line.rstrip().endswith("?")
            if len(words) > (self.max_announced_item_words if question else self.max_item_words) or not self.is_heading(line) \
                    or P.RUNNING_HEADING.match(line) or question and not P.READER_QUESTION.match(line) \
                    or any(zs <= s < ze for zs, ze in excluded):
                continue
            body = lines[k + 1][2].strip()
            first = text[lines[k + 1][0]:lines[k + 1][1]]
            if len(body.split()) < P.SECTION_BODY_MIN_WORDS or not P.SENTENCE_END.search(body) \
                    or P.GENERIC_FAST.search(first) or P.OTHER_SCHEME.search(first) or context.get(lines[k + 1][0], False):
                continue
            if question:
                questions.add(k)
                continue
            # a short heading naming a field may stand alone or in a section; an objective ("Consolider les
            # services de proximité") or a heading in other words only in a section of such headings
            named = len(words) <= P.HEADING_MAX_WORDS and not P.INFINITIVE_START.match(line) \
                and bool(self.any_term.search(line)) and bool(self._lexicon_labels(line, prose=True))
            candidates[k] = named and (len(lines[k - 1][2].split()) >= P.HEADING_BODY_MIN_WORDS
                                       and len(body.split()) >= P.HEADING_BODY_MIN_WORDS
                                       and bool(P.ABOUT_CONVENTION.search(line) or P.ABOUT_CONVENTION.search(first)))
            if not named:
                candidates[k] = None  # section only
        for k, alone in candidates.items():
            # a section: two headings at least, each over its own paragraph, under a paragraph that names the
            # convention or announces its fields; headings in other words count only under one announcing axes
            named_only = alone is not None
            members = {j for j, a in candidates.items() if a is not None} if named_only else set(candidates)
            first_of_section = k
            while first_of_section - 2 in members:
                first_of_section -= 2
            in_section = first_of_section < k or k + 2 in members
            above = lines[first_of_section - 1][2]
            # (or under a short heading announcing them, right under the paragraph about the convention: "... a été
            # signée le 11 octobre pour 2022-2026.\nLes chantiers\nPetite enfance\nLe relais sera conforté.\n...")
            if first_of_section >= 2 and len(above.split()) <= P.SUB_HEADING_MAX_WORDS and self.is_heading(above) \
                    and P.INTRO.search(above) and P.NAMES_CONVENTION.search(lines[first_of_section - 2][2]):
                above = lines[first_of_section - 2][2] + " " + above
            # (headings that name fields may also stand one paragraph further, after a quote: "... ont signé la
            # convention ...\n« Il était naturel qu'elle soit à nos côtés », a dit le président.\nPetite enfance\n...")
            story = above + " " + lines[first_of_section - 2][2] if first_of_section >= 2 else above
            announces = P.INTRO.search(above) or (P.NAMES_CONVENTION.search(story) if named_only
                                                  else P.COUNTED_INTRO.search(above))
            if alone or in_section and len(above.split()) >= P.HEADING_BODY_MIN_WORDS and announces:
                out.append(self._clean(text, lines[k][0], lines[k][1], "prose"))
        return sorted(out + [self._clean(text, lines[k][0], lines[k][1], "prose")
                             for k in self._reader_questions(lines, questions)], key=lambda p: p.start)

    def capital_field_headings(self, text: str, sents: Sentences, excluded) -> list[Phrase]:
        """A convention's article setting out its fields under headings in capitals, each over its own paragraph or
        bullets of varying length (a PDF's text), right under the article's heading or sentence announcing them, e.g.
        "ARTICLE 3 – LES CHAMPS D'INTERVENTION\nLes signataires retiennent deux champs.\nLA JEUNESSE\nLe local
        jeunes ouvrira le samedi. Les partenaires s'engagent à :\no recruter un animateur ;\no ...\nLE LOGEMENT\no
        Repérer les logements non décents ;\n..." (a run of two such headings at least; a heading in capitals naming
        no field, the next article's, ends it)."""
        lines = [ln for ln in self.lines(text) if ln[2].strip()]
        context = {s: (general or other) for s, _e, _t, general, other in self.sentences_in_context(text, sents)}

        def capitals(line: str) -> bool:
            letters = [c for c in line if c.isalpha()]
            return len(letters) >= 4 and all(c.isupper() for c in letters)

        def field_heading(k: int) -> bool:
            s, _e, line = lines[k]
            return capitals(line) and len(line.split()) <= P.HEADING_MAX_WORDS and self.is_heading(line) \
                and not P.RUNNING_HEADING.match(line) and not P.SECTION_NUMBER.match(line) \
                and not any(zs <= s < ze for zs, ze in excluded) \
                and bool(self.any_term.search(line)) and bool(self._lexicon_labels(line, prose=True))

        out: list[Phrase] = []
        k = 0
        while k < len(lines):
            if not field_heading(k):
                k += 1
                continue
            run = [k]
            j = k + 1
            while j < len(lines) and j - run[-1] <= P.AXIS_PARAGRAPHS_MAX:
                if field_heading(j):
                    run.append(j)
                elif capitals(lines[j][2]) and not P.page_break_line(lines[j][2]):
                    break  # another heading in capitals: the next article's
                j += 1
            above = [ln for ln in lines[max(0, k - 3):k] if not P.page_break_line(ln[2])]
            announced = any((P.INTRO.search(ln[2]) or P.COUNTED_INTRO.search(ln[2])) and not context.get(ln[0], False)
                            for ln in above)
            if len(run) >= 2 and announced:
                out += [self._clean(text, lines[i][0], lines[i][1], "prose") for i in run]
            k = run[-1] + 1
        return out

    @staticmethod
    def _reader_questions(lines, questions: set[int]) -> list[int]:
        """A run of READER_QUESTIONS_MIN questions to the reader at least, each over its own paragraph, right under a
        paragraph that names the convention: a leaflet's fields told by whom they serve ("... cette convention guide
        l'action de la commune.\nVous attendez un enfant ?\nLe relais petite enfance ...\nVous avez un ado ?\n...")."""
        out: list[int] = []
        for run in alternate_runs(questions):
            above = lines[run[0] - 1][2]
            # (or under a short heading of the section right under that paragraph: "... ont signé leur CTG pour
            # 2025-2029.\nCe qui change pour vous\nVous cherchez une crèche ?\n...")
            if run[0] >= 2 and len(above.split()) <= P.SUB_HEADING_MAX_WORDS and ThemesComponent.is_heading(above):
                above = lines[run[0] - 2][2]
            if len(run) >= P.READER_QUESTIONS_MIN and len(above.split()) >= P.HEADING_BODY_MIN_WORDS \
                    and P.NAMES_CONVENTION.search(above):
                out += run
        return out

    @staticmethod
    def other_scheme(sentence: str) -> bool:
        """About another scheme or the past, unless the convention itself is the subject: "Depuis 2022, la Caf
        a souhaité formaliser son partenariat par une Convention territoriale globale (crèches, ...)" is about
        this convention; "Depuis 2016, le schéma départemental a porté ..." is not."""
        if P.CONVENTION_OVER_SCHEME.search(sentence):
            return False
        if P.CAF_OWN_PRIORITIES.search(sentence):
            return True  # the Caf's own priorities for the year: "la Caf fixe trois priorités à son action en 2025"
        found = ThemesComponent.named_scheme(sentence, P.OTHER_SCHEME)
        if not found:
            # another contract named without this convention: "Le contrat de ville 2024-2030 porte quant à lui sur
            # l'emploi, le logement et la santé." (the former CEJ and a named centre social are handled apart)
            # (this convention named only as what the other is not: "... leurs projets éducatifs de territoire
            # (PEDT), qui ne font pas partie de la CTG")
            named = ThemesComponent.named_scheme(sentence)
            if named and P.SCHEME_AS_WORK.search(sentence, max(0, named.start() - 40), named.start()) \
                    and not ThemesComponent.named_scheme(sentence[named.end():]):
                return False  # the scheme an action produces: "l'élaboration d'un projet éducatif du territoire"
            return bool(named and not P.NAMES_CTG.search(affirmed(sentence))
                        and not (CEJ.match(named.group()) or P.NAMED_CENTRE.match(named.group())))
        return not (P.SINCE_YEAR.fullmatch(found.group()) and P.NAMES_CTG.search(sentence)
                    and not P.OTHER_SCHEME.search(sentence, found.end()))

    @staticmethod
    def former_contract_fields(lead: str) -> bool:
        """Does the enumeration after `lead` give the former contrat enfance jeunesse's fields, the contract named
        last before it and not carried on by this convention? "Jusque-là, seules sept communes bénéficiaient d'un
        contrat enfance jeunesse, centré sur ..." (the contract's own complement, right after its name; not "La CTG,
        qui succède au CEJ, porte sur ...", nor "... qui vient compléter le CEJ en cours, avec des objectifs sur ...")."""
        named = list(CEJ.finditer(lead))
        last = named[-1] if named else None
        return last is not None and len(lead) - last.end() <= P.SCHEME_COMPLEMENT_REACH \
            and not P.NAMES_CONVENTION.search(lead, last.end()) \
            and not P.CEJ_CONTINUED.search(lead) and not P.CONVENTION_OVER_SCHEME.search(lead)

    @staticmethod
    def other_decision(sentence: str) -> bool:
        """A row of a council's minutes on another matter, told by its vote, not naming the convention nor opening on
        a pronoun that goes on about it ("Environnement – Tarifs de la redevance spéciale – Adopté à l'unanimité")."""
        return bool(P.VOTE_ROW.search(sentence)) and len(sentence.split()) <= P.BARE_ITEM_MAX_WORDS \
            and not P.NAMES_CTG.search(sentence) and not P.NAMES_CONVENTION.search(sentence) \
            and not P.CONTINUES.search(sentence)

    @staticmethod
    def history(sentence: str, amended: bool = False) -> bool:
        """Told as the past (HISTORY), but not the former contract as what this convention replaces, nor (on an
        amendment's page, `amended`) the amended convention's content in the imperfect."""
        replaced = [m.span() for rx in (P.REPLACED, P.ADDED_TO_FORMER, P.FRONTED_FORMER) for m in rx.finditer(sentence)]
        if amended and not P.FORMER_RANK.search(sentence):
            replaced += [m.span() for m in P.AMENDED_CONTENT.finditer(sentence)]
        if DAY_DATE.search(sentence):  # a round-up's signing told to the day: "Jeudi 11 mai, X a signé la sienne"
            replaced += [m.span() for m in POSSESSIVE_SIGNING.finditer(sentence)]
        return any(not any(a <= m.start() and m.end() <= b for a, b in replaced) for m in P.HISTORY.finditer(sentence))

    @staticmethod
    def consultation_topics(sentence: str, previous: str = "") -> bool:
        """Does the sentence give a consultation's own topics (a survey's questions, workshops' or a forum's
        subjects), the instrument its subject or the pronoun it opens on? "Les questions portent sur :", "Il porte sur
        :" after "Un questionnaire est en ligne.", "Les constats convergent : ...", not "Il porte sur les thèmes sur
        lesquels la convention va travailler :" nor "Issus des ateliers, les axes retenus sont :" nor "L'enquête a
        permis de dégager quatre priorités :" (the convention's, the partners' choice, or what the consultation led
        to). The pronoun refers to the consultation only when the sentence before has it as more than a complement
        of its own pronoun: "Elle fait suite au diagnostic présenté lors du forum de juin. Ses orientations :" goes
        on about the convention "Elle" continues (an intercommunality's news of its signing)."""
        if P.NAMES_CONVENTION.search(sentence) or P.OWN_CHOICES.search(sentence):
            return False
        findings = P.FINDINGS.search(sentence)  # (findings stay findings, whatever brought them out)
        if findings and not P.INTRO.search(findings.group("rest")):
            return True
        if P.DIAGNOSTIC_BRINGS_OUT.search(sentence) and not P.INTRO.search(previous):
            return True
        return not P.CONSULTATION_OUTCOME.search(sentence) and bool(
            P.CONSULTATION_SUBJECT.search(sentence) or P.WORKSHOPS_INTRO.search(sentence)
            or P.TOPICS_BEFORE_CONSULTATION.search(sentence) or P.CONTINUES.search(sentence)
            and P.CONSULTATION_NAMED.search(previous) and not P.NAMES_CONVENTION.search(previous)
            and not (P.CONTINUES.search(previous) and not P.CONSULTATION_SUBJECT.search(previous)))

    @staticmethod
    def event_programme(sentence: str, previous: str) -> bool:
        """Does the sentence give an event's programme, the sentence before telling a meeting, a forum or a day of
        exchanges and no signing? "Au programme : des tables rondes sur les modes de garde et les loisirs des jeunes"
        after "... présente le diagnostic et invite les habitants à réagir."."""
        return bool(P.EVENT_PROGRAMME.match(sentence) and P.EVENT_NAMED.search(previous)
                    and not P.SIGNING.search(previous))

    @staticmethod
    def after_bullet(text: str, s: int) -> bool:
        """Does the sentence at `s` open a list item whose marker the sentence splitter cut off ("1." then
        "Élargir le champ de la convention à ...")?"""
        prefix = text[text.rfind("\n", 0, s) + 1:s]
        return bool(prefix.strip()) and bool(P.BULLET.fullmatch(prefix))

    @staticmethod
    def item_line(sentence: str) -> bool:
        """A list item read as a sentence: bulleted, or a short line, but no new introduction ("La nouvelle
        convention s'organisera en deux axes :")."""
        return not sentence.rstrip().endswith(":") and (
            bool(P.BULLET.match(sentence)) or len(sentence.split()) <= P.ITEM_LINE_MAX_WORDS)

    @staticmethod
    def is_general(sentence: str, previous_general: bool = False) -> bool:
        """About CTGs or Caf in general, or the national level (or continuing such a sentence with a pronoun)."""
        return bool(P.GENERIC_FAST.search(sentence) or P.NATIONAL.search(sentence)
                    or previous_general and P.CONTINUES.search(sentence))

    def _split(self, text: str, start: int, end: int, quoted: bool = False) -> list[Phrase]:
        if quoted:  # « a, b », « c » et « d »: each quotation is one item
            found = list(re.finditer(r"«\s*([^»]+?)\s*»", text[start:end]))
            quotes = [self._clean(text, start + m.start(1), start + m.end(1), "prose") for m in found]
            if len(found) > 1 or found and not P.ITEM_SPLIT.search(found[0].group(1)):
                return quotes
            if found:
                # (one quotation holding objectives in the infinitive is split inside: "l'enjeu est simple :
                # « accueillir les tout-petits, occuper les mercredis des enfants, et ne laisser aucun parent seul »",
                # an official's words; not a quoted remark: "« on a signé avec Bourges, il y a un vrai sujet ... »")
                inner = self._split(text, start + found[0].start(1), start + found[0].end(1))
                infinitives = sum(bool(P.INFINITIVE_START.match(p.text)) for p in inner)
                return inner if len(inner) >= 2 and 3 * infinitives >= 2 * len(inner) else quotes
            # ... but a quotation that runs on past the enumeration holds its items: "tient en quelques mots : « la
            # parentalité, les jeunes, l'accès aux droits. Sans oublier ..."
            start = text.index("«", start, end) + 1
        if numbered := self._inline_numbered(text, start, end):  # each numbered item whole, its marker left out
            return [p for p in (self._clean(text, a, b, "prose") for a, b in numbered) if p.text]
        bounds, pos = [], start
        for m in P.ITEM_SPLIT.finditer(text[start:end]):
            # (not inside brackets: "suivre le plan d'actions (petite enfance, jeunesse, parentalité), préparer ...")
            if text.count("(", pos, start + m.start()) > text.count(")", pos, start + m.start()):
                continue
            bounds.append((pos, start + m.start()))
            pos = start + m.end()
        bounds.append((pos, end))
        bounds = self._without_commentary(text, bounds)
        # (an 'et' inside an item's brackets pairs nothing: "la petite enfance (crèches de Borgo et de Lucciana)")
        paired = [bool(P.ET_SPLIT.search(P.BRACKETED.sub(" ", text[a:b]))) for a, b in bounds[:-1]]
        if len(bounds) == 1 or not all(paired):  # 'a, b et c': the last 'et' separates two items
            a, b = bounds.pop()
            # bare nouns ("petite enfance, jeunesse, handicap et accompagnement social") have no article after 'et'
            bare = len(bounds) > 0 and not any(P.ARTICLE_START.match(text[x:y].strip()) for x, y in bounds + [(a, b)])
            splitter = P.DEFINITE_ET_SPLIT if any(paired) else P.BARE_ET_SPLIT if bare else P.ET_SPLIT
            # (the matches' offsets are from the piece's start, not from the last cut: "la jeunesse et l'accès aux
            # droits et aux loisirs" holds two 'et')
            base = a
            for n, m in enumerate(splitter.finditer(text[base:b])):
                if splitter is P.ET_SPLIT and self._complement_pair(text, a, base + m.start(), base + m.end(), b):
                    continue
                # (a bare list's later 'et' splits only before a word that names a field: "animation de la vie sociale
                # et insertion sociale et professionnelle" ends on one item, its adjectives paired)
                if splitter is P.BARE_ET_SPLIT and n and not labels_named(
                        P.BARE_ET_SPLIT.split(text[base + m.end():b], maxsplit=1)[0]):
                    continue
                bounds.append((a, base + m.start()))
                a = base + m.end()
            bounds.append((a, b))
        elif P.INFINITIVE_START.match(P.INFINITIVE_LEAD.sub("", text[bounds[-1][0]:bounds[-1][1]], count=1)):
            a, b = bounds.pop()  # (pairs before: only another objective in the infinitive splits the last piece)
            base = a
            for m in P.INFINITIVE_ET_SPLIT.finditer(text[base:b]):
                bounds.append((a, base + m.start()))
                a = base + m.end()
            bounds.append((a, b))
        # a piece that narrows the one before belongs to it: "l'accompagnement des parents, surtout des mères seules,
        # et l'accès aux modes de garde" has two items
        narrowed: list[tuple[int, int]] = []
        for a, b in bounds:
            if narrowed and P.NARROWING.match(text, a, b):
                narrowed[-1] = (narrowed[-1][0], b)
            else:
                narrowed.append((a, b))
        parts = [self._clean(text, a, b, "prose") for a, b in narrowed]
        return [p for p in parts if p.text]

    @staticmethod
    def _without_commentary(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The pieces less those that comment on the one before (P.COMMENTARY), before the last 'et' is read: in
        "renforcer l'accueil des tout-petits et accompagner les familles monoparentales, nombreuses sur la commune" the
        'et' of the last item splits it, as it would with no comment after it."""
        return [b for i, b in enumerate(bounds) if not (i and P.COMMENTARY.match(text, *b))]

    @staticmethod
    def _complement_pair(text: str, start: int, et_start: int, et_end: int, end: int) -> bool:
        """Whether the 'et' at et_start..et_end joins two complements of one head noun inside the piece start..end:
        the contracted preposition after it (P.COMPLEMENT_AFTER_ET) already follows a head noun in the words before
        it. "l'accès aux droits et aux loisirs", "les loisirs des enfants et des jeunes" (one item each)."""
        after = P.COMPLEMENT_AFTER_ET.match(text, et_end)
        if after is None:
            return False
        word = after.group(1).lower()
        if word == "des" and len(P.ET_SPLIT.split(text[et_end:end], maxsplit=1)[0].split()) > P.COMPLEMENT_DES_MAX_WORDS:
            return False
        return bool(re.search(rf"\S\s+(?:{P.COMPLEMENT_IN[word]})\s+\S", text[start:et_start], re.IGNORECASE))

    @staticmethod
    def _inline_numbered(text: str, start: int, end: int) -> list[tuple[int, int]]:
        """The items of a run of inline numbers 1/, 2/, 3/ ... (or 1), 2) ...) in order from 1, after the words before
        the first unless they introduce them with a colon (none when the numbers are not such a run)."""
        marks = list(P.INLINE_NUMBER.finditer(text, start, end))
        if len(marks) < 2 or [int(m.group(1)) for m in marks] != list(range(1, len(marks) + 1)):
            return []
        before = text[start:marks[0].start()].strip()
        lead = [(start, marks[0].start())] if before and not before.endswith(":") else []  # (not its introduction)
        return lead + [(m.end(), n.start() if n else end) for m, n in zip(marks, [*marks[1:], None], strict=True)]

    def _lexicon_labels(self, phrase: str, prose: bool = False, exclude: frozenset[str] = frozenset()) -> list[str]:
        found = list(labels_named(phrase, self.weak if prose else exclude))
        if prose:  # a weak public as the object of an action: "soutenir les parents"
            found += [lab for m in P.ACTION_ON_PUBLIC.finditer(phrase) for lab in labels_named(m.group())
                      if lab not in found]
            if "inclusion_numerique" not in found and P.DIGITAL_HELP.search(phrase):  # "deux médiatrices numériques"
                found.append("inclusion_numerique")
            if "insertion" not in found and (P.OUT_OF_TRAINING.search(phrase) or P.WAY_INTO_WORK.search(phrase)):
                found.append("insertion")  # "les jeunes sans emploi ni formation", "trouver un premier emploi"
            if "enfance" not in found and P.CHILD_LEISURE.search(phrase):  # "des loisirs le mercredi"
                found.append("enfance")
            if "acces_aux_droits" not in found and P.RIGHTS_CLAIMED.search(phrase):  # "faire valoir leurs droits"
                found.append("acces_aux_droits")
            for run in P.BARE_FIELD_RUN.finditer(phrase):  # "Crèches, périscolaire, jeunes, parents : ..."
                items = P.RUN_SEPARATOR.split(run.group("run"))
                if sum(bool(labels_named(item, self.weak)) for item in items) >= 2:
                    found += [lab for item in items for lab in labels_named(item) if lab not in found]
            if "jeunesse" not in found and set(found) - {"autre"} and P.YOUTH_ITEM.search(phrase):
                found.append("jeunesse")  # "des places en crèche et des solutions pour les jeunes" (YOUTH_ITEM)
        if "enfance" not in found and P.CHILDREN_LEISURE.search(phrase):  # "l'accès des enfants aux loisirs"
            found.append("enfance")
        return found

    # -- main ------------------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        phrases = self.find_phrases(doc)
        for p in phrases:
            # the labels the phrase names outright (its classifier labels' evidence), not its territory: "Un
            # territoire où chaque parent trouve du soutien" names parenting alone
            p.lexical = self._lexicon_labels(p.text, exclude=self.no_field)
        evidence = self.theme_sentences(doc_text(doc), sentences(doc), doc.user_data["ctg_generic_zones"])
        # a heading found as a phrase may also be a sentence: spans with the same offsets share their value
        bounds = {(p.start, p.end) for p in phrases}
        evidence = [p for p in evidence if (p.start, p.end) not in bounds]
        write_spans(doc, "theme_phrases", [Mention(p.start, p.end, p.text, p, "theme") for p in phrases])
        for group, source in (("theme_sentences", "sentence"), ("theme_mentions", "mention")):
            write_spans(doc, group, [Mention(p.start, p.end, p.text, p, "theme") for p in evidence if p.source == source])
        return doc

    def question_axes(self, text: str, excluded) -> list[Phrase]:
        """Axes written as questions after their introduction, e.g. "autour de deux axes : comment accueillir
        les tout-petits près de chez eux ? Que proposer aux adolescents le week-end ?" (each question one item)."""
        out: list[Phrase] = []
        if "?" not in text:
            return out
        for m in P.COLON_QUESTIONS.finditer(text):
            lead = text[max(0, m.start() - 280):m.start()]
            intro = re.split(r"[.!?\n]", lead)[-1]
            # (not the questions a consultation asks the inhabitants: "Parmi les premières questions posées : où
            # faites-vous garder vos enfants ? Vos adolescents ont-ils un lieu où aller ?")
            if not P.QUESTION_INTRO.search(intro) or any(zs <= m.start() < ze for zs, ze in excluded) \
                    or self.is_general(intro) or P.OTHER_SCHEME.search(intro) or self.consultation_topics(intro):
                continue
            items = [q for q in P.QUESTION.finditer(text, m.start() + 1, m.end())
                     if len(q.group().split()) <= P.QUESTION_MAX_WORDS]
            if len(items) >= 2:
                out += [self._clean(text, q.start(), q.end(), "list") for q in items]
        return out

    def find_phrases(self, doc: Doc) -> list[Phrase]:
        text = doc_text(doc)
        sents = sentences(doc)
        # explainer sections, and the other stories under a related-articles heading ("À lire aussi")
        # (and a long document's diagnostic: the territory as it is, before the orientations; a newsletter's other rubrics)
        excluded = doc.user_data["ctg_generic_zones"] = self.generic_zones(text) + self.rubric_zones(text) + [
            (story_end_of(doc), len(text))] + self.diagnostic_zones(text) + self.section_zones(text) + self.agenda_zones(text)
        left_out: list[tuple[int, int]] = []  # (a table's fields marked "Non": no item, however a list read them)
        phrases = self.list_phrases(text, excluded, left_out)
        table_items, table_cells = flattened_table(self, text, excluded, left_out)  # (the other columns' cells name no field)
        table_items += status_lines(self, text, excluded, left_out)  # ("Petite enfance : Oui\nJeunesse : Non", "☐ Logement")
        excluded += table_cells
        excluded += left_out
        phrases = [p for p in phrases if not any(a <= p.start and p.end <= b for a, b in left_out)]
        phrases += [p for p in table_items if not any(q.start < p.end and p.start < q.end for q in phrases)]
        phrases += self.question_axes(text, excluded)
        phrases += [p for p in slash_list_phrases(self, text, excluded)
                    if not any(q.start < p.end and p.start < q.end for q in phrases)]
        taken = [(p.start, p.end) for p in phrases]
        for found in (self.prose_phrases(text, sents, excluded), self.lead_enumerations(text, sents, excluded),
                      self.item_enumerations(text, sents, excluded),
                      self.relative_enumerations(text, sents, excluded), self.heading_fields(text, sents, excluded),
                      self.capital_field_headings(text, sents, excluded),
                      sequence_phrases(self, text, sents, excluded), added_field_phrases(self, text, sents, excluded),
                      spoken_phrases(self, text, sents, excluded), run_in_headings(self, text, sents, excluded),
                      reported_fields(self, text, sents, excluded), field_lead_phrases(self, text, sents, excluded)):
            # a phrase found again keeps what the later reading knows of it (the convention introducing it)
            same = {(p.start, p.end): p for p in phrases}
            for p in found:
                if (first := same.get((p.start, p.end))) is not None:
                    first.cues = tuple(dict.fromkeys(first.cues + p.cues))
            found = [p for p in found if not any(s < p.end and p.start < e for s, e in taken)]
            phrases += found
            taken += [(p.start, p.end) for p in found]
        # fields given to another convention are none of this one's, whichever reading found them: "... pour accorder
        # leurs plans d'actions (crèches, jeunesse), qui font l'objet de conventions distinctes" (elsewhere_ranges)
        elsewhere = self.elsewhere_spans(text, sents)
        return sorted((p for p in phrases if self.names_a_field(p.text)
                       and not any(a <= p.start and p.end <= b for a, b in elsewhere)), key=lambda p: p.start)

    @staticmethod
    def elsewhere_spans(text: str, sents: Sentences) -> list[tuple[int, int]]:
        """The spans of the text's sentences that name fields another convention deals with (elsewhere_ranges)."""
        if not P.ELSEWHERE_ANY.search(text):
            return []
        out = []
        for i in range(len(sents.starts)):
            s, e = sents.bounds(i)
            sentence = text[s:e]
            unbracketed = P.BRACKETED.sub(lambda b: " " * len(b.group()), sentence)
            out += [(s + a, s + b) for a, b in elsewhere_ranges(sentence, unbracketed)]
        return out

    def names_a_field(self, phrase: str) -> bool:
        """False for a contact line ("Service enfance-jeunesse – 03 84 12 34 56"), for an item about another scheme
        ("Renouvellement du PEDT 2023-2026, axé sur la continuité éducative", one of a council's decisions) and for an
        item whose field words are only an official's portfolio or an office's name ("Mme la vice-présidente
        déléguée à l'enfance")."""
        if P.CONTACT.search(phrase) or P.OTHER_SCHEME_ITEM.match(phrase):
            return False
        if P.TEMPLATE_OBJECT.match(phrase):
            return False  # the template's object: "identifier les besoins prioritaires du territoire"
        if P.PARTY_DUTY.match(phrase) and not set(self._lexicon_labels(phrase)) - {"autre"}:
            return False  # a party's duty: "participer aux instances de pilotage", "désigner un référent"
        if P.MEETING_ROW.match(phrase):
            return bool(set(self._lexicon_labels(phrase)) - {"autre"})  # a meeting's row, by the fiches it follows
        stripped = self.strip_titles(phrase)
        # (an item built with its public by age names that public's field: "Un lieu d'accueil construit avec les 11-17
        # ans", a magazine's bulleted priorities; who prepared it stays out elsewhere)
        return stripped == phrase or self.names_some_field(stripped) or bool(P.SCHEME_WORK_ITEM.match(phrase)) \
            or bool(P.PREPARED_WITH.search(phrase) and AGE_RANGE.search(phrase))

    def names_some_field(self, text: str) -> bool:
        """The cheap test before a sentence is read: some term, age range or public acted on names a field."""
        return bool(self.any_term.search(text) or AGE_RANGE.search(text) or P.ACTION_ON_PUBLIC.search(text)
                    or P.DIGITAL_HELP.search(text))

    @staticmethod
    def spent(sentence: str) -> bool:
        """What was spent names no field of the convention, even in a sentence about it: "En 2023, la Caf a versé 9,8
        millions d'euros aux équipements du territoire (crèches, accueils de loisirs, centres sociaux)."."""
        return bool((P.PAST_SPENDING.search(sentence) or P.YEARLY_SPENDING.search(sentence)) and P.BUDGET.search(sentence))

    @staticmethod
    def example_or_may(sentence: str) -> bool:
        """Does the sentence name fields as an example, a possibility or a statistic (not a relative clause's modal)?"""
        setting = P.STAT_SETTING.match(sentence)
        return any(not (m.group()[:3].lower() == "peu" and P.RELATIVE_MAY.search(sentence, 0, m.end()))
                   and not (setting and m.end() <= setting.end()) for m in P.EXAMPLE_OR_MAY.finditer(sentence))

    @staticmethod
    def strip_titles(sentence: str) -> str:
        """The sentence without officials' portfolios, offices, venues and other schemes named after fields."""
        sentence = P.STAT_SETTING.sub(" ", sentence, count=1)
        sentence = P.CONDUCTED_WITH.sub(lambda m: m.group()[:m.start("who") - m.start()] + " ", sentence)
        sentence = P.KEPT_FACILITIES.sub(lambda m: m.group()[:m.start("who") - m.start()] + " ", sentence)
        return P.VENUE.sub(" ", P.TITLES.sub(" ", sentence))

    @classmethod
    def amendment_page(cls, text: str) -> bool:
        """Does the page tell an amendment (an avenant, a prolongation) of a convention, by its headlines, or by the
        title of the item of its minutes that amends this one ("3.1 Avenant n°1 à la Convention territoriale globale
        2022-2025", a council's minutes with several items)?"""
        if P.AMENDMENT.search(text, 0, cls.headlines_end(text)):
            return True
        return any(len(line) <= P.ITEM_TITLE_MAX_CHARS and not line.endswith((".", ";", ",", ":", "?", "!"))
                   and P.bullet_mark(line) is None and P.AMENDMENT.search(line) and P.NAMES_CTG.search(line)
                   for line in map(str.strip, text.split("\n")))

    @staticmethod
    def headlines_end(text: str) -> int:
        """Where the page's first lines (site name, rubric, headline, dateline) end."""
        ends = [m.end() for m in re.finditer(r"[^\n]*\S[^\n]*", text)][:P.RUBRIC_LINES]
        return ends[-1] if ends else 0

    def theme_sentences(self, text: str, sents: Sentences, excluded) -> list[Phrase]:
        """Sentences of the story whose strong terms name fields (labels in `lexical`): about this convention by
        their own words or their paragraph's ('sentence'), or only by standing in its story ('mention', with the
        cues of their context, which the document decision weighs: "Autre chantier : l'accès aux droits.")."""
        found: list[Phrase] = []
        # mentions stand in the convention's story: after the text first names it, never a list's item (the list
        # finder judged the list by its introduction) nor a digression
        # (on a page that never names a CTG, its first "convention": such a page is a CTG text only where the
        # relevance judge finds one announced by what it is, "l'agglo et la Caf signent une convention jusqu'en 2029")
        named = P.NAMES_CTG.search(text) or P.NAMES_CONVENTION.search(text)
        story_start = named.start() if named else len(text)
        headlines_end = self.headlines_end(text)
        for s, _e, sentence, general, other_scheme in self.sentences_in_context(text, sents):
            # the cheap tests first: the paragraph's opening is read only for sentences that name some field
            if general or other_scheme or any(zs <= s < ze for zs, ze in excluded) \
                    or not (self.names_some_field(sentence) or P.RIGHTS_CLAIMED.search(sentence)) \
                    or P.PAGE_FURNITURE.match(sentence) or P.CONTACT.search(sentence) \
                    or self.example_or_may(P.RIGHTS_CLAIMED.sub(_blank, sentence)) or P.VISIT.search(sentence) or sentence.rstrip().endswith("?") \
                    or P.INDIRECT_QUESTION.search(sentence):
                continue  # (an interviewer's question states nothing: "Et le logement ?" before "Ce sera dans le PLH.";
                # nor one told in indirect speech: "Un élu demande si les crèches resteront financées.")
            about = self.about_convention(text, s, sentence)
            if not about and (s < story_start or P.BULLET.match(sentence) or P.DIGRESSION.match(sentence)
                              or P.BUDGET.search(sentence)) or self.spent(sentence):
                continue  # ("Par ailleurs, la Caf finance aussi ...", "la Caf a consacré 12 millions d'euros à ...", and
                # what was spent, even in a sentence about the convention: "Elle rappelle que la Caf a consacré l'an
                # dernier 2 millions d'euros aux crèches et aux accueils de loisirs")
            # what the convention leaves out names no field of it
            affirmative = affirmed(sentence)
            colon = affirmative.find(":")
            if colon > 0 and P.FACILITY_OFFER.search(affirmative[:colon]):
                affirmative = affirmative[:colon]  # the facility's public, not its own subjects after the colon
            if CEJ.search(affirmative) and not P.CEJ_CONTINUED.search(affirmative):
                # services financed by the former contrats enfance jeunesse: history, not this convention (but the
                # convention succeeding it names its own fields, the former contract's name aside: "Elle succède au
                # contrat enfance jeunesse et fixe, jusqu'en 2025, les priorités du territoire pour la petite enfance")
                if not P.CONVENTION_OVER_SCHEME.search(affirmative):
                    continue
                affirmative = CEJ.sub(" ", affirmative)
            elif (cej := CEJ.search(affirmative)) and not P.CEJ_CONTINUED.search(affirmative, max(0, cej.start() - 30),
                                                                                 cej.start()):
                # the former contract's name names no field of the convention that carries on its services: "Elle
                # prend la suite du contrat enfance jeunesse et garantit le maintien des financements des crèches"
                # (but the contract carried on does: "permettra d'assurer la continuité des contrats enfance-jeunesse")
                affirmative = CEJ.sub(" ", affirmative)
            if colon > 0 and P.MEMBERS_LABEL.search(affirmative[:colon]) or P.PARTICIPANTS.search(affirmative) \
                    or P.THANKS.search(affirmative):
                continue  # a committee's members, named by their office: "Composition : la coordinatrice CTG, ..."
                # (or who takes part in its diagnostic: "Ses services de PMI participent aux diagnostics"; or who is
                # thanked for it: "La ville remercie les crèches et le centre social pour leur participation")
            if P.CAF_FUNDS_OURS.search(affirmative):
                continue  # why the town signs, not a field: "« La Caf finance une grande partie de nos crèches »"
            cleaned = P.CTG_FORMULA.sub(" ", P.ACTOR.sub(" ", self.strip_titles(affirmative)))
            if P.GATHERING.search(cleaned):  # who came names no field: "Élus, professionnels de la petite enfance ..."
                cleaned = P.ATTENDEES.sub(" ", cleaned)
            if s < headlines_end or " > " in sentence:
                cleaned = P.RUBRIC.sub(" ", cleaned, count=1)
            cleaned = P.AGENDA_RUBRIC.sub(" ", cleaned, count=1)  # "Point n°7 – Cohésion sociale : ..." (the department)
            lexical = self._lexicon_labels(cleaned, prose=True)  # RIGHTS_CLAIMED: "ne touchent pas ce à quoi elles ont droit"
            if lexical:
                lead = len(sentence) - len(sentence.lstrip())
                cues = tuple(name for name, rx in (("programme", P.PROGRAMME), ("quote", P.QUOTED)) if rx.search(sentence))
                found.append(Phrase(sentence.strip(), s + lead, s + len(sentence.rstrip()),
                                    "sentence" if about else "mention", lexical, cues))
        return found
