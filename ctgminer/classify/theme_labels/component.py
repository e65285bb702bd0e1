"""Labels the theme phrases found by extract, then derives document themes, missions and their evidence."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from spacy.tokens import Doc, Span

from ctgminer.classify.relevance.patterns import JOB_OFFER
from ctgminer.classify.theme_labels.decision import LEXICAL_SUPPORT, DocDecision, load_decision
from ctgminer.classify.theme_model import ThemeModel, load_model
from ctgminer.extract.components.base import doc_text
from ctgminer.extract.components.themes import patterns as P
from ctgminer.extract.components.themes.component import ThemesComponent
from ctgminer.extract.components.themes.lexicon import taxonomy


@dataclass
class DocThemes:
    """What ctg_theme_labels decided on a doc (``doc._.themes``): labelled phrases, document themes, missions,
    and per theme the phrases or sentences behind it (offsets, score, source)."""

    phrases: list[dict] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    missions: list[str] = field(default_factory=list)
    evidence: dict[str, list[dict]] = field(default_factory=dict)
    scores: dict[str, float] = field(default_factory=dict)  # per document theme, the decision's probability


def is_job_offer(doc: Doc) -> bool:
    """A job offer describes a post ("coordonne les orientations en matière de développement et de coordination
    du territoire"), not the convention's priorities (see `decision_inputs`)."""
    return len(JOB_OFFER.findall(doc_text(doc))) >= 2


def is_network_meeting(doc: Doc) -> bool:
    """A page on a day of the conventions' coordinators (P.NETWORK_MEETING in its headlines) names workshops' topics and
    examples from several territories' conventions ("La communauté de communes X a présenté son bus des droits"), the
    fields of no one convention (see `decision_inputs`)."""
    text = doc_text(doc)
    return bool(P.NETWORK_MEETING.search(text, 0, ThemesComponent.headlines_end(text)))


def decision_inputs(doc: Doc) -> tuple[list[Span], list[Span], list[Span]]:
    """The theme phrases, theme sentences and mentions the document decision reads: all of them, but in a job offer
    only its lists and the enumerations the convention introduces ("la future convention portera sur la petite
    enfance, la jeunesse ..."): its other prose describes the post, even where it names the convention ("en lien avec
    la directrice de la petite enfance qui porte le pilotage de la CTG, il coordonne ...")."""
    spans = list(doc.spans.get("theme_phrases", []))
    if is_network_meeting(doc):
        return [], [], []
    if is_job_offer(doc):
        return [span for span in spans if span._.value.source == "list" or "convention" in span._.value.cues], [], []
    return spans, list(doc.spans.get("theme_sentences", [])), list(doc.spans.get("theme_mentions", []))


class ThemeLabelsComponent:
    """Reads doc.spans["theme_phrases"] and ["theme_sentences"]; writes theme_phrases, themes, missions and
    theme_evidence into the doc's result dict and the labels onto the phrase spans."""

    def __init__(self, nlp=None, name: str = "ctg_theme_labels", min_score: float = 0.35,
                 lexical_support: float = LEXICAL_SUPPORT, sentence_score: float = 0.5, doc_threshold: float | None = None,
                 max_evidence: int = 5) -> None:
        self.name = name
        self.min_score = min_score
        self.lexical_support = lexical_support
        self.sentence_score = sentence_score
        self._doc_threshold = doc_threshold
        self.max_evidence = max_evidence
        self.mission_of = {label: spec["mission"] for label, spec in taxonomy()["labels"].items()}
        self._model: ThemeModel | None = None
        self.decision: DocDecision = load_decision()

    @property
    def model(self) -> ThemeModel:
        if self._model is None:
            self._model = load_model()
        return self._model

    @property
    def version(self) -> str:
        """The fitted classifier's version (stamped on records through the pipeline)."""
        return f"themes-{self.model.version}-{self.decision.version}"

    @property
    def doc_threshold(self) -> float:
        """The probability a label needs to be a document theme: the decision's (chosen on grouped
        cross-validation over found phrases, doc_model.md) unless the config sets one."""
        return self.decision.threshold if self._doc_threshold is None else self._doc_threshold

    def __call__(self, doc: Doc) -> Doc:
        spans = list(doc.spans.get("theme_phrases", []))
        predictions = self.model.predict([s._.value.text for s in spans]) if spans else []
        return self.finish(doc, predictions)

    def pipe(self, docs, batch_size: int = 64):
        """Classify the phrases of a whole batch at once (one model call per batch)."""
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    def _run_batch(self, docs: list[Doc]):
        found = [list(doc.spans.get("theme_phrases", [])) for doc in docs]
        texts = [s._.value.text for spans in found for s in spans]
        predictions = self.model.predict(texts) if texts else []
        pos = 0
        for doc, spans in zip(docs, found, strict=True):
            yield self.finish(doc, predictions[pos:pos + len(spans)])
            pos += len(spans)

    def finish(self, doc: Doc, predictions: list[dict]) -> Doc:
        spans = list(doc.spans.get("theme_phrases", []))
        label_list = self.model.labels
        used, sentence_spans, mention_spans = decision_inputs(doc)
        if len(used) < len(spans):
            keep = [i for i, span in enumerate(spans) if span in used]
            spans, predictions = [spans[i] for i in keep], [predictions[i] for i in keep]
        kept, kept_spans = [], []
        evidence: dict[str, list[dict]] = {}
        for span, pred in zip(spans, predictions, strict=True):
            phrase = span._.value
            for lab, sc in pred["all"].items():
                evidence.setdefault(lab, []).append({"text": phrase.text, "start": phrase.start, "end": phrase.end,
                                                     "score": round(sc, 4), "source": phrase.source})
            if pred["best"] < self.min_score and not phrase.lexical:
                continue
            labels = list(pred["labels"])
            # a label the text names outright joins when the model gives it some weight
            labels += [lab for lab in phrase.lexical if lab not in labels and pred["all"][lab] >= self.lexical_support]
            kept.append({"text": phrase.text, "labels": labels, "scores": pred["scores"],
                         "start": phrase.start, "end": phrase.end})
            span.label_ = labels[0]
            kept_spans.append(span)
        sentences = [span._.value for span in sentence_spans]
        for sentence in sentences:
            for lab in sentence.lexical:
                evidence.setdefault(lab, []).append({"text": sentence.text, "start": sentence.start,
                                                     "end": sentence.end, "score": self.sentence_score,
                                                     "source": "sentence"})
        # the document decision: fitted weights over what was found for each label (decision.py, doc_model.md)
        probs = np.array([[pred["all"][lab] for lab in label_list] for pred in predictions]).reshape(
            len(predictions), len(label_list))
        mentions = [span._.value for span in mention_spans]
        doc_scores = self.decision.decide(probs, [s._.value.source for s in spans], [s._.value.lexical for s in spans],
                                          [s.lexical for s in sentences], label_list,
                                          [(m.lexical, m.cues) for m in mentions])
        themes = [lab for lab, sc in zip(label_list, doc_scores, strict=True) if sc >= self.doc_threshold]
        for lab, sc in zip(label_list, doc_scores, strict=True):  # a theme the story's mentions carry: they are its evidence
            if lab in themes and lab not in evidence:
                evidence[lab] = [{"text": m.text, "start": m.start, "end": m.end, "score": round(float(sc), 4),
                                  "source": "mention"} for m in mentions if lab in m.lexical]
        doc._.themes = DocThemes(
            phrases=kept, themes=sorted(themes), missions=sorted({self.mission_of[t] for t in themes}),
            evidence={lab: sorted(evidence[lab], key=lambda x: -x["score"])[:self.max_evidence]
                      for lab in sorted(themes) if lab in evidence},
            scores={lab: round(float(sc), 4) for lab, sc in zip(label_list, doc_scores, strict=True)
                    if lab in themes})
        doc.spans["theme_phrases"] = kept_spans
        return doc
