"""Relevance component: is the text a CTG announcement, a related page, or unrelated?"""

from __future__ import annotations

import math

from spacy.tokens import Doc

from ctgminer.classify.relevance import patterns as P
from ctgminer.extract.components.base import ctg_data
from ctgminer.text.cues import GUYANE, ctg_mentions
from ctgminer.text.language import detect_language
from ctgminer.text.sentences import Sentences


def relevance_features(text: str, extracted: dict | None = None) -> dict[str, float]:
    """Interpretable features: how much the text is about CTGs and whether it reports a signature."""
    extracted = extracted or {}
    sents = Sentences(text)
    mentions = ctg_mentions(text)
    ctg_sentences = {sents.index(s) for s, _ in mentions}
    event_near_ctg = 0.0
    for i in ctg_sentences:
        for j in (i - 1, i, i + 1):
            s, e = sents.bounds(j)
            sentence = text[s:e]
            if 0 <= j < len(sents.starts) and P.EVENT.search(sentence) and not P.DEFINITION.search(sentence):
                event_near_ctg += 1 if j == i else 0.5
                break
    event_with_caf = sum(
        1 for i in range(len(sents.starts))
        if (lambda se: P.EVENT.search(se) and P.CAF.search(se) and not P.DEFINITION.search(se))(
            text[sents.bounds(i)[0]:sents.bounds(i)[1]])
    )
    head = text[:600]
    ctg_in_head = bool(ctg_mentions(head))
    return {
        "signature_found": float(bool(extracted.get("signature_date"))),
        "partners_found": float(bool(extracted.get("partners"))),
        "event_with_caf": float(min(event_with_caf, 2)),
        "ctg_mentions": len(mentions),
        "ctg_in_head": float(ctg_in_head),
        "caf": float(bool(P.CAF.search(text))),
        "event_near_ctg": event_near_ctg,
        "event_in_head": float(bool(P.EVENT.search(head)) and bool(ctg_in_head or P.CAF.search(head))),
        "explainer": float(bool(P.EXPLAINER.search(text))),
        "job_offer": float(len(P.JOB_OFFER.findall(text)) >= 2),
        "process": float(bool(P.PROCESS.search(text))),
        "other_scheme": float(bool(P.OTHER_SCHEME.search(text))),
        "guyane": float(bool(GUYANE.search(text))),
    }


def score_relevance(text: str, extracted: dict | None = None) -> tuple[str, float, dict[str, float]]:
    """Return (label, score in [0, 1] that the text announces a CTG, features).

    `extracted` holds what the other components found (signature date, partners), used as evidence.
    """
    f = relevance_features(text, extracted)
    lang = detect_language(text)
    f["language"] = lang
    if lang not in (None, "fr") or f["ctg_mentions"] == 0:
        return "unrelated", 0.02 if f["ctg_mentions"] == 0 else 0.05, f
    z = -3.2
    z += min(f["ctg_mentions"], 4) * 0.5 + f["ctg_in_head"] * 0.8 + f["caf"] * 0.4
    z += min(f["event_near_ctg"], 2) * 1.1 + f["event_in_head"] * 0.8 + f["event_with_caf"] * 0.6
    z += f["signature_found"] * 1.5 + f["partners_found"] * 0.8
    z -= f["explainer"] * 1.5 + f["job_offer"] * 4 + f["process"] * 1.5
    z -= f["other_scheme"] * 0.3
    score = 1 / (1 + math.exp(-z))
    label = "announcement" if score >= 0.5 else "related"
    return label, score, f


class RelevanceComponent:
    """Labels each doc announcement|related|unrelated with a score (doc._.ctg['relevance'])."""

    def __init__(self, nlp=None, name: str = "ctg_relevance") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        data = ctg_data(doc)
        label, score, features = score_relevance(doc.text, data)
        data["relevance"] = label
        data["relevance_score"] = round(score, 4)
        data["relevance_features"] = features
        data["language"] = features.pop("language")
        return doc




def relevance_judge(text: str) -> tuple[str, float]:
    """The collector's judge: relevance from the text alone (no extraction evidence)."""
    label, score, _ = score_relevance(text)
    return label, score
