"""The one record schema that flows from extraction to JSON, CSV, the store and reports."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA_VERSION = 1


@dataclass
class Document:
    """A text to analyse, with what its source told us."""

    source: str
    text: str
    title: str | None = None
    page_date: str | None = None
    url: str | None = None
    html: str | None = None
    meta: dict = field(default_factory=dict)  # e.g. language; pages: [{page, start, end}] offsets of PDF pages
    document_type: str = "article"  # article|convention|deliberation|other


@dataclass
class Caf:
    name: str | None = None
    department: str | None = None
    department_code: str | None = None
    mention: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class Partner:
    name: str
    type: str  # commune|epci|departement|region|etat|msa|other
    insee_code: str | None = None
    mention: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class Signatory:
    name: str
    role: str
    institution: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class Amount:
    value: float | None
    currency: str
    text: str
    start: int
    end: int


@dataclass
class Figure:
    value: float | None
    kind: str
    text: str
    start: int
    end: int


@dataclass
class ThemePhrase:
    text: str
    labels: list[str]
    scores: dict[str, float]
    start: int
    end: int


@dataclass
class CTGRecord:
    """Everything ctgminer says about one document. Every value keeps its offsets (see `evidence`)."""

    source: str
    title: str | None = None
    publication_date: str | None = None
    relevance: str = "unrelated"  # announcement|related|unrelated
    relevance_score: float = 0.0
    document_type: str = "article"  # article|convention|deliberation|other
    adoption_date: str | None = None  # a deliberation's session that adopts the convention
    caf: Caf = field(default_factory=Caf)
    partners: list[Partner] = field(default_factory=list)
    signatories: list[Signatory] = field(default_factory=list)
    signature_date: str | None = None
    period_start: int | None = None
    period_end: int | None = None
    duration_years: int | None = None
    amounts: list[Amount] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    theme_phrases: list[ThemePhrase] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    missions: list[str] = field(default_factory=list)
    # per document theme, the phrases or sentences that support it: [{text, start, end, score, source}]
    theme_evidence: dict[str, list[dict]] = field(default_factory=dict)
    evidence: dict[str, dict | None] = field(default_factory=dict)
    language: str | None = None
    model_version: str | None = None
    pages: list[dict] = field(default_factory=list)  # [{page, start, end}]: PDF page numbers with text offsets
    text: str | None = None

    def to_dict(self, include_text: bool = True) -> dict[str, Any]:
        d = asdict(self)
        if not include_text:
            d.pop("text", None)
        return d

    def to_json(self, include_text: bool = True, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(include_text), ensure_ascii=False, indent=indent)

    def flatten(self) -> dict[str, Any]:
        """One flat row for CSV/XLSX: lists become '; '-joined strings."""
        return {
            "source": self.source,
            "title": self.title,
            "publication_date": self.publication_date,
            "relevance": self.relevance,
            "relevance_score": round(self.relevance_score, 4),
            "document_type": self.document_type,
            "adoption_date": self.adoption_date,
            "caf_name": self.caf.name,
            "caf_department": self.caf.department,
            "caf_department_code": self.caf.department_code,
            "partners": "; ".join(p.name for p in self.partners),
            "partner_types": "; ".join(p.type for p in self.partners),
            "partner_insee_codes": "; ".join(p.insee_code or "" for p in self.partners),
            "signatories": "; ".join(f"{s.name} ({s.role})" for s in self.signatories),
            "signature_date": self.signature_date,
            "period_start": self.period_start,
            "period_end": self.period_end,
            "duration_years": self.duration_years,
            "amounts_eur": "; ".join(_fmt(a.value) for a in self.amounts),
            "figures": "; ".join(f"{_fmt(f.value)} {f.kind}" for f in self.figures),
            "theme_phrases": " | ".join(t.text for t in self.theme_phrases),
            "themes": "; ".join(self.themes),
            "missions": "; ".join(self.missions),
            "language": self.language,
            "model_version": self.model_version,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> CTGRecord:
        d = dict(d)
        d["caf"] = Caf(**(d.get("caf") or {}))
        d["partners"] = [Partner(**p) for p in d.get("partners") or []]
        d["signatories"] = [Signatory(**s) for s in d.get("signatories") or []]
        d["amounts"] = [Amount(**a) for a in d.get("amounts") or []]
        d["figures"] = [Figure(**f) for f in d.get("figures") or []]
        d["theme_phrases"] = [ThemePhrase(**t) for t in d.get("theme_phrases") or []]
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in d.items() if k in known})


def _fmt(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)
