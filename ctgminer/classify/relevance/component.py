"""Relevance component: is the text a CTG announcement, a related page, or unrelated?

Three gates say what is not about a CTG at all (unrelated): a text not in French, a text that never names a CTG
(the Collectivité territoriale de Guyane does not count), and a page without prose (a list of links or headlines).
Past the gates, a logistic regression fitted on the gold texts (weights in resources/relevance/, refitted by
`ctgminer train --model relevance`) tells an announcement (signature, renewal or council adoption of a CTG) from
a related page (explainer, interview, job offer, a territory's process).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from ctgminer.classify.relevance import patterns as P
from ctgminer.classify.relevance.model import RelevanceModel, load_model
from ctgminer.extract.components.base import ctg_mentions_in, ctg_mentions_of, doc_text
from ctgminer.extract.components.base import sentences as doc_sentences
from ctgminer.extract.components.dates.component import date_fields
from ctgminer.extract.components.genre.patterns import FAIT_A as SIGNED_AT
from ctgminer.text.cues import (
    CAF,
    CAF_SIGNATURE_BLOCK,
    CEJ,
    CTG_METHOD,
    INFINITIVE_START,
    NUMBERED_ITEM,
    SIGNATURE_BLOCK,
    SYMBOL_BULLET,
    TABLE_CELL,
    TERRITORY_PROJECT,
    ctg_mentions,
    is_table_row,
    story_end,
    url_names_ctg,
)
from ctgminer.text.fastcue import FastCue
from ctgminer.text.language import detect_language, load_identifier
from ctgminer.text.sentences import Sentences

HEAD_CHARS = 600
# a few paragraphs tell the language as well as the whole text (py3langid's cost grows with the length)
LANGUAGE_CHARS = 1500
FEATURE_NAMES = ["ctg_mentions", "ctg_in_head", "caf", "event_near_ctg", "event_in_head", "event_with_caf", "adoption",
                 "recalled_event", "legal_text", "deliberation_adopted", "convention_document",
                 "signature_found", "partners_found", "period_found", "explainer", "interview", "job_offer", "process",
                 "other_scheme", "guyane", "prose_share"]
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# (a social-media post ends its sentences on a pictograph: "La Ville et la Caf ont signé ce mardi la CTG 2023-2027 🤝")
_SENTENCE_END = re.compile(rf"(?:[.!?…:;»)\"”]|{SYMBOL_BULLET})\s*$")
_SENTENCE_BREAK = re.compile(r"[.!?…]\s+[A-ZÀ-Ö«\"]")
# a form's labelled field, and a table's row ("Petite enfance | 1.2 Déployer le RPE | Agglo | 2024"), hold content,
# not a link: a fiche action's "Intitulé : Favoriser l'accès des familles aux
# modes d'accueil", "Public visé : familles avec enfants de 0 à 3 ans", a deliberation's "Objet : Approbation de ..."
_FORM_FIELD = re.compile(r"^(?:intitulé|objectifs?|publics?(?:\s+\w+)?|pilotes?|partenaires?|actions?|indicateurs?|moyens"
                         r"|budget(?:\s+\w+)?|calendrier|échéances?|rapporteur|objet|contexte|missions?)\s*:\s*\S", re.I)
# ... and so does a plan's numbered item, however it is punctuated: an annex's "Axe 1 : Petite enfance – Conforter
# l'accueil" and "Fiche action 1.2 – Accompagner les assistants maternels via le RPE"
_PLAN_ITEM = re.compile(rf"^\s*{NUMBERED_ITEM}", re.I)
# ... and a plan's objective, an infinitive and its object, as a table flattened one cell per line gives it:
# "Harmoniser l'offre des accueils de loisirs et les tarifs" (a menu's "Découvrir la ville" is too short to count, and
# a headline's "Signature de la convention ..." is a noun)
_OBJECTIVE = re.compile(rf"{INFINITIVE_START.pattern}(?:le|la|les|l['’]|un|une|des|aux?|leurs?|ses|son|sa|nos|notre)\b",
                        re.I)


@dataclass
class Relevance:
    """The relevance of one document (`doc._.relevance`)."""

    label: str  # announcement | related | unrelated
    score: float  # probability that the text announces a CTG
    features: dict[str, float] = field(default_factory=dict)
    language: str | None = None
    reason: str = ""  # the gate that decided, or "model"


def prose_share(text: str, min_words: int = 6, long_line: int = 20) -> float:
    """Share of the text's words that stand in prose lines (sentences), not in link-like lines.

    A list of links or headlines ("Accueil", "Signature de la convention territoriale globale avec la Caf",
    "Agenda", ...) has lines without sentence punctuation; an article has paragraphs. A line counts as prose when
    it ends like a sentence with `min_words` words or more, holds a sentence break, or is `long_line` words long.
    A line that starts in lower case continues the one before (text wrapped by a PDF or a narrow column).
    """
    lines: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if lines and stripped[:1].islower():
            lines[-1] += " " + stripped
        elif stripped:
            lines.append(stripped)
    total = prose = 0
    for line in lines:
        n = len(_WORD.findall(line))
        total += n
        # (a table's row holds data, however short: a Caf's table of its CTGs, "Vannes Agglo | 30/06/2022 | 2022-2026")
        if n >= long_line or is_table_row(line) or (n >= min_words and (
                _SENTENCE_END.search(line) or _SENTENCE_BREAK.search(line) or _FORM_FIELD.match(line)
                or _PLAN_ITEM.match(line) or _OBJECTIVE.match(line))):
            prose += n
    return prose / total if total else 0.0


def evidence_of(doc: Doc) -> dict:
    """What the components before this one found, read from their public results: the signature date and
    period on the dates component's doc attributes, the partners span group, and, where the genre component ran,
    the document type and whether a deliberation adopts the CTG."""
    dates, _ = date_fields(doc)
    evidence: dict = {**dates, "partners": list(doc.spans.get("partners", []))}
    genre = doc._.genre if Doc.has_extension("genre") else None
    if genre is not None:
        evidence["document_type"] = getattr(genre, "document_type", None)
        evidence["adopted"] = bool(getattr(genre, "adopted", False))
    return evidence


def sentence_hits(cue: FastCue, text: str, sents: Sentences, lowered: str) -> tuple[set[int], int]:
    """The indices of the sentences where `pattern` matches, and its number of matches in the whole text.

    One pass over the text per cue instead of one search per sentence (and per neighbour); a match that runs over
    a sentence break is checked again sentence by sentence, so the sets equal those of per-sentence searches.
    """
    hits: set[int] = set()
    count = 0
    for m in cue.finditer(text, lowered):
        count += 1
        first, last = sents.index(m.start()), sents.index(max(m.end() - 1, m.start()))
        if first == last:
            hits.add(first)
            continue
        for i in range(first, last + 1):
            start, end = sents.bounds(i)
            if cue.search(text[start:end], lowered[start:end] if len(lowered) == len(text) else None):
                hits.add(i)
    return hits, count


def _council_page(text: str, lowered: str) -> bool:
    """Minutes, an agenda or a deliberation: "Conseil municipal du 5 avril 2022" heads the page, or "Vu ..." lines."""
    head_lowered = lowered[:HEAD_CHARS] if len(lowered) == len(text) else None
    return bool(P.Fast.COUNCIL.search(text[:HEAD_CHARS], head_lowered)) or bool(P.COUNCIL_FORM.search(text, lowered))


def _council_item(text: str, lowered: str, sents: Sentences, ctg_idx: list[int]) -> set[int]:
    """The sentences of a council's item on the CTG: it runs over a few sentences before its vote ("2. CTG avec la
    Caf. Le maire présente ... Elle porte sur ... Le conseil autorise le maire à la signer."), and a vote on the
    convention itself that closes it below the list of its axes belongs to it, up to the next item's heading:
    "3. Convention territoriale globale avec la Caf\nExposé : ...\na) l'accueil du jeune enfant ;\nb) ... ;\nc) ...
    \nLe conseil approuve et autorise le Président à signer la convention.\n4. Questions diverses" (a vote on the
    convention itself, from afar: not one on a report's conclusions)."""
    n_sentences = len(sents.starts)
    heading_in, _ = sentence_hits(P.ITEM_HEADING, text, sents, lowered)
    convention_vote_in, _ = sentence_hits(P.CONVENTION_VOTE, text, sents, lowered)
    # the next item's heading closes the CTG's: its vote is that item's, not the CTG's ("Point 5 – CTG avec la
    # Caf : le conseil ajourne ce point" then "Point 6 – Voirie" "Le conseil approuve le programme")
    item = set()
    for i in ctg_idx:
        item.add(max(i - 1, 0))
        for j in range(i, min(i + 4, n_sentences)):
            if j > i and j in heading_in:
                break
            item.add(j)
    for i in ctg_idx:
        for j in range(i + 1, min(i + 10, n_sentences)):
            if j in heading_in:
                break
            if j in convention_vote_in:
                item.add(j)
    return item


def _without_informed(voted: list[int], text: str, lowered: str, sents: Sentences,
                      ctg_idx: list[int]) -> list[int]:
    """An item told without a vote ("Point 14 – Information : démarche de CTG (sans vote)" ... "Le conseil prend
    acte") adopts nothing: the votes of the items around it, before its heading or after its close, are not its own."""
    n_sentences = len(sents.starts)
    no_vote_in, _ = sentence_hits(P.NO_VOTE, text, sents, lowered)
    noted_in, _ = sentence_hits(P.TAKES_NOTE, text, sents, lowered)
    informed: set[int] = set()
    # (the heading may break its line before the mark: "... de la CTG de la communauté\n(sans vote)")
    for i in sorted(i for i in ctg_idx if i in no_vote_in or i + 1 in no_vote_in):
        end = next((k for k in range(i, min(i + 8, n_sentences)) if k in noted_in), min(i + 4, n_sentences - 1))
        informed |= set(range(i, end + 1))
    if not informed:
        return voted
    return [j for j in voted if j not in informed and any(i not in informed and i - 1 <= j < i + 4 for i in ctg_idx)]


def _voted_sentences(text: str, lowered: str, sents: Sentences, mentions: list[tuple[int, int]],
                     ctg_idx: list[int], near: list[int], council_page: bool) -> list[int]:
    """The sentences whose votes would be on the CTG: those next to its name, or on a council's page its item's."""
    if not council_page:
        return near
    voted = _without_informed(sorted(_council_item(text, lowered, sents, ctg_idx)), text, lowered, sents, ctg_idx)
    # a report or deliberation whose one object is the CTG votes on it wherever its decision stands, below its list
    # of the convention's fields: "Objet : Convention territoriale globale 2025-2029 avec la Caf" ... "Il vous est
    # proposé d'approuver la convention" ... "DÉCISION : Adopté à l'unanimité"
    objects = [m.span() for m in P.OBJECT_LINE.finditer(text, lowered)]
    if len(objects) == 1 and any(objects[0][0] <= s < objects[0][1] for s, _ in mentions):
        return list(range(len(sents.starts)))
    return voted


def _event_near_ctg(ctg_idx: list[int], events: set[int]) -> float:
    """Sentences naming the CTG that report an event (1) or stand next to one (0.5), capped at 2."""
    score = 0.0
    for i in ctg_idx:
        if i in events:
            score += 1
        elif i - 1 in events or i + 1 in events:
            score += 0.5
    return min(score, 2.0)


@dataclass
class _Cues:
    """Where the features' cues match in a text: the sentences of each (sentence_hits), and the two counts the
    features read (other schemes named, the Caf named)."""

    event: set[int]
    definition: set[int]
    recalled: set[int]
    other: set[int]
    other_count: int
    adoption: set[int]
    council: set[int]
    caf: set[int]
    caf_count: int
    explainer: set[int]
    generic: set[int]
    preparation: set[int]
    refusal: set[int]

    @classmethod
    def find(cls, text: str, sents: Sentences, lowered: str) -> _Cues:
        """Every cue run once over the text (`lowered`: its lower case, for FastCue)."""
        other, other_count = sentence_hits(P.Fast.OTHER_SCHEME, text, sents, lowered)
        caf, caf_count = sentence_hits(P.Fast.CAF, text, sents, lowered)
        return cls(event=sentence_hits(P.EVENT, text, sents, lowered)[0],
                   definition=sentence_hits(P.DEFINITION, text, sents, lowered)[0],
                   recalled=sentence_hits(P.RECALLED, text, sents, lowered)[0],
                   other=other, other_count=other_count,
                   adoption=sentence_hits(P.Fast.ADOPTION, text, sents, lowered)[0],
                   council=sentence_hits(P.Fast.COUNCIL, text, sents, lowered)[0],
                   caf=caf, caf_count=caf_count,
                   explainer=sentence_hits(P.Fast.EXPLAINER, text, sents, lowered)[0],
                   generic=sentence_hits(P.Fast.GENERIC_STATEMENT, text, sents, lowered)[0],
                   preparation=sentence_hits(P.PREPARATION, text, sents, lowered)[0],
                   refusal=sentence_hits(P.REFUSAL, text, sents, lowered)[0])


def _is_adoption(j: int, cues: _Cues, council_page: bool) -> bool:
    """Whether sentence `j` tells a council's vote adopting the CTG, an event like a signature:
    "Le conseil communautaire approuve la convention territoriale globale 2024-2028"; on a council's page, its
    items need not name the council again: "4. CTG 2023-2027 avec la Caf de l'Ain – approbation" (a vote against,
    or one that refuses the signing, adopts nothing: P.REFUSAL)."""
    return j in cues.adoption and j not in cues.refusal and (council_page or j in cues.council
                                                             or max(j - 1, 0) in cues.council)


def _events(cues: _Cues, ctg_set: set[int], voted: list[int], council_page: bool) -> set[int]:
    """The sentences that report the CTG's signing or adoption: an event that is not a definition, not a signature
    recalled as background, not another scheme's signature, not a CTG being prepared, not a signing refused or
    still to be dated (P.REFUSAL); and the votes adopting it among the `voted` sentences."""
    events = {i for i in cues.event if not (i in cues.definition or i in cues.recalled
                                            or (i in cues.other and i not in ctg_set)
                                            or i in cues.preparation or i in cues.refusal)}
    return events | {j for j in voted if _is_adoption(j, cues, council_page)}


def _extracted_features(extracted: dict) -> dict[str, float]:
    """What the other components found (0 where they did not run): a deliberation adopting the CTG and a
    convention's text (genre), the signature date, the partners, the period."""
    return {
        "deliberation_adopted": float(extracted.get("document_type") == "deliberation" and bool(extracted.get("adopted"))),
        "convention_document": float(extracted.get("document_type") == "convention"),
        "signature_found": float(bool(extracted.get("signature_date"))),
        "partners_found": min(len(extracted.get("partners") or []), 3) / 3,
        "period_found": float(bool(extracted.get("period_end") or extracted.get("duration_years"))),
    }


def _page_kind_features(text: str, lowered: str, mentions: list[tuple[int, int]], cues: _Cues, ctg_set: set[int],
                        lede_event: bool) -> dict[str, float]:
    """Whether the page reads as another kind of page than an announcement (explainer, interview, job offer, a
    territory's process, another scheme, the Collectivité territoriale de Guyane), and its share of prose."""
    return {
        # how much of what the page says about the CTG explains CTGs in general: the sentences with an explainer or
        # generic cue over those naming the CTG, so that an announcement closed (or opened) by a "Qu'est-ce qu'une
        # CTG ?" box, as Caf and town sites add, stays an announcement, while a guide that explains throughout does not
        "explainer": min(len(cues.explainer | cues.generic) / max(len(ctg_set), 1), 1.0),
        # an interview introduced by the news of the signing ("La Ville a signé mardi sa CTG avec la Caf. Trois
        # questions à l'adjointe") reports the event; one about CTGs in general does not
        "interview": float(bool(P.Fast.INTERVIEW.search(text, lowered)) and not lede_event),
        "job_offer": float(P.Fast.JOB_OFFER.count(text, lowered) >= 2),
        "process": float(bool(P.PROCESS.search(text, lowered))),
        "other_scheme": (cues.other_count / (cues.other_count + len(mentions))
                         if cues.other_count + len(mentions) else 0.0),
        "guyane": float(bool(P.Fast.GUYANE.search(text, lowered))),
        "prose_share": prose_share(text),
    }


def relevance_features(text: str, extracted: dict | None = None, sents: Sentences | None = None,
                       mentions: list[tuple[int, int]] | None = None) -> dict[str, float]:
    """Interpretable features: how much the text is about CTGs, whether it reports a signature or an adoption,
    and whether it reads as another kind of page (explainer, interview, job offer, another scheme)."""
    extracted = extracted or {}
    sents = sents or Sentences(text)
    n_sentences = len(sents.starts)
    mentions = ctg_mentions_in(text) if mentions is None else mentions
    ctg_idx = sorted({sents.index(s) for s, _ in mentions})
    ctg_set = set(ctg_idx)
    lowered = text.lower()  # every cue runs on it once (FastCue)
    near = sorted({j for i in ctg_idx for j in (i - 1, i, i + 1) if 0 <= j < n_sentences})
    cues = _Cues.find(text, sents, lowered)
    council_page = _council_page(text, lowered)
    voted = _voted_sentences(text, lowered, sents, mentions, ctg_idx, near, council_page)
    events = _events(cues, ctg_set, voted, council_page)
    # the page opens on the signing: an event in the head, in or next to a sentence naming the Caf, at most two
    # sentences after the CTG's name (a magazine's questions: "La CTG, c'est quoi ?" "C'est un contrat de cinq ans
    # entre la commune et la Caf." "Nous l'avons signé le 3 mars.")
    lede_event = any(sents.starts[i] < HEAD_CHARS and {i, i - 1, i - 2} & ctg_set and {i, i - 1} & cues.caf
                     for i in events)
    head = text[:HEAD_CHARS]
    ctg_in_head = bool(ctg_mentions(head)) if any(s < HEAD_CHARS for s, _ in mentions) else False
    caf_in_head = bool(P.Fast.CAF.search(head, lowered[:HEAD_CHARS] if len(lowered) == len(text) else None))
    return {
        "ctg_mentions": math.log1p(len(mentions)),
        "ctg_in_head": float(ctg_in_head),
        "caf": float(cues.caf_count > 0),
        "event_near_ctg": _event_near_ctg(ctg_idx, events),
        "event_in_head": float(any(sents.starts[i] < HEAD_CHARS for i in events) and (ctg_in_head or caf_in_head)),
        "event_with_caf": float(min(sum(1 for i in events if i in cues.caf), 2)),
        "adoption": float(any(_is_adoption(j, cues, council_page) for j in voted)),
        "recalled_event": float(min(sum(1 for i in near if i in cues.event and i in cues.recalled), 2)) / 2,
        "legal_text": float(P.LEGAL_TEXT.count(text, lowered) >= 2),
        **_extracted_features(extracted),
        **_page_kind_features(text, lowered, mentions, cues, ctg_set, lede_event),
    }


def unnamed_convention(text: str, extracted: dict | None, sents: Sentences | None = None) -> list[tuple[int, int]]:
    """Stand-in mentions for a CTG announced without its name (P.UNNAMED_CONVENTION): the convention's words in a
    sentence that also names the Caf, a territorial body and a signature (a convention named for another purpose,
    P.OTHER_CONVENTION, does not count), on a page where the dates component found
    the convention's period and which names no other scheme. Without the other components' evidence (the
    collector's judge) nothing stands in.

    "Famille : l'agglo et la Caf signent une convention jusqu'en 2029. La Communauté d'agglomération et la Caf du
    Jura ont signé le 14 mars une convention de partenariat 2025-2029 pour la petite enfance et la jeunesse."
    """
    extracted = extracted or {}
    if not (extracted.get("period_end") or extracted.get("duration_years")):
        return []
    lowered = text.lower()
    if P.Fast.OTHER_SCHEME.search(text, lowered):
        return []
    sents = sents or Sentences(text)
    found: list[tuple[int, int]] = []
    for m in P.UNNAMED_CONVENTION.finditer(text, lowered):
        if P.OTHER_CONVENTION.match(text, m.end()):
            continue
        start, end = sents.bounds(sents.index(m.start()))
        sentence, low = text[start:end], lowered[start:end]
        if all(cue.search(sentence, low) for cue in (P.Fast.CAF, P.TERRITORIAL_BODY, P.EVENT)):
            found.append(m.span())
    return found


def unnamed_convention_text(text: str) -> list[tuple[int, int]]:
    """Stand-in mentions for the CTG's own text that never writes its name (an excerpt of its last articles, its
    signature page): a convention's text (P.LEGAL_TEXT) closed by its dated formula, with the Caf, that goes
    through the CTG's method (two of CTG_METHOD's cues at least: a diagnostic partagé, champs d'intervention, a plan
    d'actions, a comité de pilotage) and names no other scheme (the CEJ it replaces aside). A Caf's funding
    agreement for one facility (a convention d'objectifs et de financement) has none of that method.

    "Article 3 – Les champs d'intervention retenus à l'issue du diagnostic partagé ... Article 6 – Le comité de
    pilotage se réunit chaque année ... Fait à Murat, le 4 juillet 2022. Pour la Caisse d'allocations familiales du
    Cantal, la directrice"
    """
    lowered = text.lower()
    if P.LEGAL_TEXT.count(text, lowered) < 2 or not SIGNED_AT.search(text) or not CAF.search(text):
        return []
    if any(not CEJ.fullmatch(m.group()) for m in P.Fast.OTHER_SCHEME.finditer(text, lowered)):
        return []
    method = list(CTG_METHOD.finditer(text))
    kinds = {re.split(r"[\s-]+", m.group().lower())[0].rstrip("s") for m in method}  # ("champs", "champ": one)
    return [m.span() for m in method] if len(kinds) >= 2 else []


def all_in_pointers(text: str, mentions: list[tuple[int, int]]) -> bool:
    """Whether every CTG mention stands in a line pointing to other pages, below the page's first line
    ("Lire aussi : Valence Romans Agglo et la Caf renouvellent leur CTG", "Voir aussi : nos CTG dans l'Aude").

    A Caf's news about another convention (RSA, France Travail, holiday aid) that names the CTG only there is not
    about a CTG (GUIDE: unrelated)."""
    first_line = text.find("\n")
    if first_line < 0:
        return False
    spans = [m.span() for m in P.POINTER_LINE.finditer(text, first_line)]
    # ... or in the box of other articles that closes the page, under a heading alone on its line ("Lire aussi :"
    # then "Saint-Lô Agglo et la Caf signent leur convention territoriale globale" on the next line)
    if (end := story_end(text)) < len(text):
        spans.append((end, len(text)))
    return bool(spans) and all(any(a <= s and e <= b for a, b in spans) for s, e in mentions)


def signature_page(text: str) -> bool:
    """Whether the text holds a convention's signature page: its dated formula, then the signature blocks of the Caf
    and of at least one other party. Such a page has no sentence (its lines are blocks, not prose), and alone, under
    the convention's running header, it still reports the signing.

    "Convention territoriale globale 2024-2028 – CA Grand Auch Cœur de Gascogne   Page 18 sur 18\nFait à Auch, le
    3 juillet 2024\nPour la Caisse d'allocations familiales du Gers,\nLa Directrice,\n...\nPour la Communauté
    d'agglomération ...,\nLe Président," """
    signed = SIGNED_AT.search(text)
    if signed is None:
        return False
    blocks = list(SIGNATURE_BLOCK.finditer(text, signed.start()))
    return len(blocks) >= 2 and bool(CAF_SIGNATURE_BLOCK.search(text, signed.start()))


def signature_table(text: str) -> bool:
    """Whether the text holds the signature blocks of the Caf and of another party laid out as a table, one party a
    column, as a convention's signature page comes out of a PDF flattened with "|", dated or not (the date may stand
    in the table, or in no line at all):

    "Pour la Caisse d'allocations familiales de l'Aude | Pour la Commune de Limoux\nLa directrice | Le maire\nAnne
    Roux | Paul Vidal" (each column read as a block: SIGNATURE_BLOCK)"""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if not is_table_row(lines[i]):
            i += 1
            continue
        j = i
        while j < len(lines) and is_table_row(lines[j]):
            j += 1
        rows = [[cell.group().strip() for cell in TABLE_CELL.finditer(line)] for line in lines[i:j]]
        columns = "\n\n".join("\n".join(row[k] for row in rows if k < len(row) and row[k])
                              for k in range(max(map(len, rows))))
        if len(SIGNATURE_BLOCK.findall(columns)) >= 2 and CAF_SIGNATURE_BLOCK.search(columns):
            return True
        i = j
    return False


def own_convention_text(text: str, mentions: list[tuple[int, int]]) -> bool:
    """Whether a convention's text (LEGAL_TEXT) is the CTG's own: the CTG named in its head (its title, its running
    header, a deliberation's object) before any other scheme. A Caf's funding agreement that names the CTG as its
    frame ("CONVENTION D'OBJECTIFS ET DE FINANCEMENT – Bonus territoire CTG") is another convention; the CTG's own
    preamble may cite the Cnaf's convention d'objectifs et de gestion below its title."""
    first = min((s for s, _ in mentions), default=HEAD_CHARS)
    if first >= HEAD_CHARS or P.TEMPLATE.search(text, text.lower()):  # (a model convention's blanks: no signing)
        return False
    other = P.Fast.OTHER_SCHEME.search(text[:first], text[:first].lower())
    return other is None


def cited_in_visas(text: str, mentions: list[tuple[int, int]]) -> bool:
    """Whether a deliberation about another convention cites the CTG only in its visas: its one object line names
    another scheme (P.OTHER_SUBJECT), not the CTG, and every CTG mention stands in a "Vu ..." line.

    "Objet : Convention d'objectifs et de financement avec la Caf – Lieu d'accueil enfants-parents\nVu la convention
    territoriale globale signée le 2 juillet 2021 entre l'agglomération et la Caf ;\n... DÉCIDE d'approuver la
    convention d'objectifs" adopts the funding agreement, not the CTG."""
    objects = list(P.OBJECT_LINE.finditer(text, text.lower()))
    if len(objects) != 1 or not P.OTHER_SUBJECT.search(objects[0].group()) or ctg_mentions(objects[0].group()):
        return False
    visas = [m.span() for m in P.VISA_LINE.finditer(text, text.lower())]
    return all(any(a <= s < b for a, b in visas) for s, _ in mentions)


def named_in_passing(text: str, mentions: list[tuple[int, int]], sents: Sentences | None = None,
                     max_sentences: int = 2) -> bool:
    """Whether the CTG is named only in passing on a page about another scheme: the page's head names that scheme
    (P.OTHER_SUBJECT) and not the CTG, and the CTG stands in one or two sentences below, none of which tells its
    signing or its vote (what the page tells of it is recalled, a frame, or still to come).

    "Le PEDT 2024-2027 adopté. Le conseil municipal a adopté le nouveau projet éducatif de territoire ... Le PEDT
    s'inscrit en cohérence avec la convention territoriale globale signée avec la communauté de communes." is about
    the PEDT (GUIDE: unrelated)."""
    head = text[:HEAD_CHARS]
    if mentions and cited_in_visas(text, mentions):
        return True
    if not mentions:
        return False
    # (another scheme's own document, titled by it on its first line, may name the CTG within its head, in the
    # presentation of its territory: "PROJET ÉDUCATIF DE TERRITOIRE\nCommune de Plouvien\n1. Présentation\nLa commune
    # appartient à la communauté de communes, signataire d'une convention territoriale globale avec la Caf")
    title = text.lstrip().split("\n", 1)[0]
    titled = bool(P.OTHER_SUBJECT.search(title, title.lower())) and not ctg_mentions(title)
    if min(s for s, _ in mentions) < HEAD_CHARS and not titled:
        return False
    if not P.OTHER_SUBJECT.search(head, head.lower()):
        return False
    sents = sents or Sentences(text)
    named = {sents.index(s) for s, _ in mentions}
    if len(named) > max_sentences:
        return False
    for i in named:
        start, end = sents.bounds(i)
        sentence, low = text[start:end], text[start:end].lower()
        told = P.EVENT.search(sentence, low) or P.Fast.ADOPTION.search(sentence, low)
        if told and not any(c.search(sentence, low) for c in (P.RECALLED, P.DEFINITION, P.PREPARATION, P.REFUSAL)):
            return False
    return True


def relevance_mentions(text: str, extracted: dict | None = None,
                       sents: Sentences | None = None) -> list[tuple[int, int]]:
    """The spans that tell the page is about a CTG: its mentions, unless they stand only in links to other pages or
    in passing; else stand-ins for a CTG announced without its name (unnamed_convention), or, with the Caf, its
    project under its other name (TERRITORY_PROJECT) or its own text (unnamed_convention_text). [] when none."""
    mentions = ctg_mentions_in(text)
    if mentions and (all_in_pointers(text, mentions) or named_in_passing(text, mentions, sents)):
        mentions = []  # named only in links to other pages, or in passing: this page is about something else
    if not mentions:
        mentions = unnamed_convention(text, extracted, sents)
    if not mentions and CAF.search(text):
        # the convention's project under its other name, with the Caf: "Projet social de territoire de la communauté
        # de communes ... la communauté et la Caf retiennent les orientations suivantes"
        mentions = [m.span() for m in TERRITORY_PROJECT.finditer(text)] or unnamed_convention_text(text)
    return mentions


def own_document(text: str, mentions: list[tuple[int, int]]) -> bool:
    """Whether the text is the CTG's own document, titled as such, even without prose: its annex of fiches actions,
    "Convention territoriale globale 2025-2029 – Annexe 2 : fiches actions\nFICHE ACTION N°1\nThématique : Petite
    enfance\n..." (own_convention_text)."""
    # (its title opening on the CTG's name or on one of its parts, "Plan d'actions de la convention territoriale
    # globale de Vierzon", not a link's headline about it: "Signature de la convention territoriale globale avec la
    # Caf" over other links)
    title = text.lstrip(" \t\n\r\ufeff-–—•*#").split("\n", 1)[0]
    # (or titled by the part alone, the CTG's name opening the next line: "Annexe 3 – Tableau de bord des fiches
    # actions\nCTG du Pays de Gex 2022-2026", P.CTG_PART_HEAD)
    subtitle = (text.lstrip(" \t\n\r\ufeff-–—•*#").split("\n", 2)[1:2] or [""])[0]
    return (any(s == 0 or P.CTG_PART_TITLE.fullmatch(title[:s]) for s, _e in ctg_mentions_in(title))
            or P.CTG_PART_HEAD.match(title) and any(s == 0 for s, _e in ctg_mentions_in(subtitle.lstrip()))) \
        and own_convention_text(text, mentions)


def convention_text_reason(text: str, f: dict[str, float], mentions: list[tuple[int, int]],
                           signed_page: bool) -> str | None:
    """Why a text the model scores below its threshold still announces the CTG, being the convention itself (its
    text signed, its signature page, its text or an excerpt of it); None when it is none of them."""
    if f["legal_text"] and SIGNED_AT.search(text):
        # the convention's own text closed by its dated formula ("Fait à Dax, le 9 octobre 2024, en deux
        # exemplaires", signatures below) reports its signing (GUIDE), as no gold page taught the model to read
        return "signed convention text"
    if signed_page:
        # the CTG's signature page alone, named by its running header or title: dated and signed by the Caf and
        # its partners (GUIDE: the text reports that the CTG was signed)
        return "signature page"
    if f["legal_text"] and own_convention_text(text, mentions):
        # the CTG's own text, titled as such, even cut before its signatures: "CONVENTION TERRITORIALE GLOBALE
        # 2024-2028\nEntre : la Caisse d'allocations familiales du Cantal, ci-après dénommée « la Caf », et la
        # Communauté de communes ...", an excerpt of its articles, its avenant: the concluded convention itself
        return "convention text"
    if P.LEGAL_TEXT.search(text, text.lower()) and P.CONCLUDED.search(text, text.lower()) \
            and own_convention_text(text, mentions):
        # an excerpt of the CTG's own text whose one legal mark is its first article, told concluded by its own
        # formula: "CONVENTION TERRITORIALE GLOBALE 2024-2028\nArticle 1er – Objet\nLa convention est conclue entre
        # la Caf de l'Aude et la commune de Limoux pour la période 2024-2028." (not an article alone about the
        # convention's governance, which tells no conclusion)
        return "convention excerpt"
    return None


def score_relevance(text: str, extracted: dict | None = None, model: RelevanceModel | None = None,
                    min_prose_share: float = 0.2, min_lines_for_list: int = 6,
                    language: str | None = None, sents: Sentences | None = None,
                    language_chars: int = LANGUAGE_CHARS, url: str | None = None) -> Relevance:
    """Judge a text; `extracted` holds what the other components found (signature date, partners, period);
    `url` the page's address, when known. The gates (language, CTG mentions, prose) first, then the model, then
    the convention's own text that the model scores low (convention_text_reason)."""
    model = model or load_model()
    lang = language if language is not None else detect_language(text[:language_chars])
    if lang not in (None, "fr"):
        return Relevance("unrelated", 0.0, {}, lang, "not French")
    mentions = relevance_mentions(text, extracted, sents)
    if not mentions:
        if url_names_ctg(url, text):  # the model reads the text's mentions: this page is at least related
            return Relevance("related", 0.0, {}, lang, "CTG named only in the page's address")
        return Relevance("unrelated", 0.0, {}, lang, "no CTG mention")
    f = relevance_features(text, extracted, sents, mentions)
    lines = sum(1 for line in text.splitlines() if line.strip())
    # (a convention's signature page is blocks, not prose: its own rule below reads it)
    # (or its signature table, flattened with "|": the blocks of the Caf and of its partners, one a column)
    signed_page = (signature_page(text) or signature_table(text)) and own_convention_text(text, mentions)
    # (nor is the CTG's own document without prose, titled as such)
    if f["prose_share"] < min_prose_share and lines >= min_lines_for_list and not signed_page \
            and not own_document(text, mentions):
        return Relevance("unrelated", 0.0, f, lang, "no prose (list of links or headlines)")
    score = model.probability(f)
    if score < model.threshold and (reason := convention_text_reason(text, f, mentions, signed_page)):
        return Relevance("announcement", score, f, lang, reason)
    label = "announcement" if score >= model.threshold else "related"
    return Relevance(label, score, f, lang, "model")


class RelevanceComponent:
    """Writes `doc._.relevance` (a Relevance), judged from the text and what the other components found (their spans and doc attributes)."""

    def __init__(self, nlp=None, name: str = "ctg_relevance", min_prose_share: float = 0.2,
                 min_lines_for_list: int = 6, weights: str | None = None,
                 language_chars: int = LANGUAGE_CHARS) -> None:
        self.name = name
        self.min_prose_share = min_prose_share
        self.min_lines_for_list = min_lines_for_list
        self.language_chars = language_chars
        self.model = load_model(weights)
        self.version = f"relevance-{self.model.version}"  # stamped on records through the pipeline
        load_identifier()  # the language model loads with the pipeline, not on the first document

    def __call__(self, doc: Doc) -> Doc:
        # the reader already identified the language of a file or page (doc._.language): not twice
        language = doc._.language if Doc.has_extension("language") else None
        ctg_mentions_of(doc)  # the doc's CTG mentions, found once by the extraction components: the judge's too
        result = score_relevance(doc_text(doc), evidence_of(doc), self.model, self.min_prose_share,
                                 self.min_lines_for_list, language=language, sents=doc_sentences(doc),
                                 language_chars=self.language_chars, url=doc._.url if Doc.has_extension("url") else None)
        doc._.relevance = result
        return doc


def relevance_judge(text: str) -> tuple[str, float]:
    """The collector's judge: relevance from the text alone (no extraction evidence)."""
    result = score_relevance(text)
    return result.label, result.score
