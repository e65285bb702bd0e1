"""Scoring predictions against gold records (schema of shared/gold/GUIDE.md), field by field."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from ctgminer.gazetteer import acronyms_of, get_gazetteer
from ctgminer.schema import CTGRecord
from ctgminer.text.normalise import fold

if TYPE_CHECKING:
    from ctgminer.evaluation.compare_eval import ComparisonCheck
    from ctgminer.extract.analyser import Analyser

SCALAR_FIELDS = ("signature_date", "publication_date", "period_start", "period_end", "duration_years",
                 "caf_department_code")
LABELS = ("petite_enfance", "enfance", "jeunesse", "parentalite", "animation_vie_sociale", "acces_aux_droits",
          "inclusion_numerique", "logement", "handicap", "insertion", "accompagnement_social", "autre")


class GoldError(Exception):
    """The gold file cannot be read."""


@dataclass
class Counts:
    tp: float = 0
    fp: float = 0
    fn: float = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        if self.tp + self.fp + self.fn == 0:
            return 1.0
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    fields: dict[str, Counts] = field(default_factory=dict)
    per_label: dict[str, Counts] = field(default_factory=dict)
    errors: list[dict] = field(default_factory=list)
    n_docs: int = 0

    def counts(self, name: str) -> Counts:
        return self.fields.setdefault(name, Counts())

    def scores(self) -> dict[str, dict[str, float]]:
        out = {name: {"precision": c.precision, "recall": c.recall, "f1": c.f1, "support": c.tp + c.fn}
               for name, c in self.fields.items()}
        if self.per_label:
            f1s = [self.per_label[label].f1 for label in LABELS if label in self.per_label]
            out["themes_macro"] = {"precision": float("nan"), "recall": float("nan"),
                                   "f1": sum(f1s) / len(f1s) if f1s else 0.0, "support": len(f1s)}
        return out


# --- normalisation -------------------------------------------------------------------------------
_NAME_STOP = {"de", "du", "des", "la", "le", "les", "l", "d", "et", "en", "sur", "ville", "commune", "communaute",
              "communes", "agglomeration", "cc", "ca", "conseil", "departemental", "departement", "mairie"}


# bodies written out or by their acronym ("Mutualité sociale agricole du Limousin" is the "MSA du Limousin")
_BODY_ACRONYMS = {"mutualite sociale agricole": "msa"}


def fold_name(name: str) -> str:
    """fold(), with a body's written-out name read as its acronym."""
    folded = fold(name)
    for full, acronym in _BODY_ACRONYMS.items():
        folded = folded.replace(full, acronym)
    return folded


def name_tokens(name: str) -> set[str]:
    return {t for t in fold_name(name).split() if t not in _NAME_STOP}


def same_name(a: str, b: str, subset: bool = True) -> bool:
    """The same territory's name in two forms: equal once folded, or sharing most of their tokens, or (`subset`)
    one's tokens all in the other's ("Grand Besançon" / "Grand Besançon Métropole")."""
    fa, fb = fold_name(a), fold_name(b)
    if fa == fb or fa.replace(" ", "") == fb.replace(" ", ""):
        return True
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return False
    return len(ta & tb) / len(ta | tb) >= 0.6 or subset and (ta <= tb or tb <= ta)


def same_phrase(a: str, b: str) -> bool:
    ta, tb = set(fold(a).split()), set(fold(b).split())
    if not ta or not tb:
        return False
    return len(ta & tb) / len(ta | tb) >= 0.5


# --- matching -------------------------------------------------------------------------------------
def match_lists(pred: list, gold: list, same, also_ok: list | None = None, same_optional=None,
                prefer=None) -> Counts:
    """Greedy one-to-one matching, the pairs that `prefer` accepts first (so that a loose match made early does
    not take the gold item of an exact one); predictions equal to an also_ok item (by ``same_optional``,
    default ``same``) are neutral."""
    same_optional = same_optional or same
    remaining = list(gold)
    unmatched = list(pred)
    c = Counts()
    for test in ([prefer] if prefer else []) + [same]:
        for p in list(unmatched):
            hit = next((g for g in remaining if test(p, g)), None)
            if hit is not None:
                remaining.remove(hit)
                unmatched.remove(p)
                c.tp += 1
    for p in unmatched:
        if not (also_ok and any(same_optional(p, a) for a in also_ok)):
            c.fp += 1
    c.fn += len(remaining)
    return c


def match_scalar(pred, gold, also_ok: list | None = None) -> Counts:
    """One scalar field; a prediction equal to an also_ok reading is right where gold has a value and neutral
    where gold is empty (GUIDE). A null in also_ok is such a reading: a page that leaves the value open may be
    read as stating none, so a null prediction then counts as right."""
    c = Counts()
    ok = [str(a) for a in (also_ok or []) if a is not None]
    null_ok = any(a is None for a in also_ok or [])
    if pred is not None and gold is not None:
        if str(pred) == str(gold) or str(pred) in ok:
            c.tp = 1
        else:
            c.fp, c.fn = 1, 1
    elif pred is not None:
        c.fp = 0 if str(pred) in ok else 1
    elif gold is not None:
        if null_ok:
            c.tp = 1
        else:
            c.fn = 1
    return c


def _readings(also: dict, name: str) -> list:
    """The also_ok readings of a list field, without nulls (a null names no amount, partner or label)."""
    return [a for a in also.get(name) or [] if a is not None]


_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{2,7}")


def same_acronym(a: str, b: str) -> bool:
    """One name is the acronym the gazetteer reads in the other's (an EPCI's initials or the acronym its name
    writes out): "CAPA" is the "Communauté d'agglomération du Pays Ajaccien"."""
    return any(_ACRONYM.fullmatch(x) is not None and " " in y and x in acronyms_of(y) for x, y in ((a, b), (b, a)))


def _same_partner(pred: dict, gold: dict) -> bool:
    """A predicted partner names the gold one, by its name or one of its ``aliases``; a name inside another's
    counts only between partners of one type ("Cahors" the commune is not "CA du Grand Cahors"); between EPCI, an
    acronym names the EPCI whose initials it spells."""
    subset = not (pred.get("type") and gold.get("type")) or pred["type"] == gold["type"]
    names = [gold["name"], *(gold.get("aliases") or [])]
    if any(same_name(pred["name"], n, subset) for n in names):
        return True
    epci = pred.get("type", "epci") == "epci" and gold.get("type", "epci") == "epci"
    return epci and any(same_acronym(pred["name"], n) or same_epci(pred["name"], n) for n in names)


def same_epci(a: str, b: str) -> bool:
    """Two spellings the gazetteer links to one EPCI: "Agglomération du Choletais" and "Communauté
    d'agglomération Cholet Agglomération" (a site's name and the official one)."""
    gaz = get_gazetteer()
    x, y = gaz.epci(a), gaz.epci(b)
    return x is not None and y is not None and x.code == y.code


def _same_typed_partner(pred: dict, gold: dict) -> bool:
    return _same_partner(pred, gold) and pred.get("type") == gold.get("type")


def _amount_equal(a: float, b: float) -> bool:
    return abs(float(a) - float(b)) <= max(1.0, 0.005 * abs(float(b)))


def prediction_view(record: CTGRecord) -> dict:
    """The fields of a record in the gold schema's terms."""
    return {
        "relevance": record.relevance,
        "caf_department_code": record.caf.department_code,
        "caf_department": record.caf.department,
        "partners": [{"name": p.name, "type": p.type} for p in record.partners],
        "signature_date": record.signature_date,
        "publication_date": record.publication_date,
        "period_start": record.period_start,
        "period_end": record.period_end,
        "duration_years": record.duration_years,
        "amounts_eur": [a.value for a in record.amounts if a.value is not None],
        "figures": [{"value": f.value, "kind": f.kind, "text": f.text} for f in record.figures],
        "theme_phrases": [{"text": t.text, "labels": t.labels} for t in record.theme_phrases],
        "themes": sorted(set(record.themes)),
    }


def score_document(pred: dict, gold: dict, report: Report) -> None:
    also = gold.get("also_ok") or {}
    doc_errors = {}
    for name in SCALAR_FIELDS:
        c = match_scalar(pred.get(name), gold.get(name), also.get(name))
        report.counts(name).add(c)
        if c.fp or c.fn:
            doc_errors[name] = (pred.get(name), gold.get(name))
    gold_relevance = gold.get("relevance")
    if pred.get("relevance") in _readings(also, "relevance"):
        gold_relevance = pred.get("relevance")  # another defensible reading counts as right
    rel_pred = pred.get("relevance") == "announcement"
    rel_gold = gold_relevance == "announcement"
    report.counts("announcement").add(Counts(tp=rel_pred and rel_gold, fp=rel_pred and not rel_gold,
                                             fn=rel_gold and not rel_pred))
    if pred.get("relevance") != gold_relevance:
        doc_errors["relevance"] = (pred.get("relevance"), gold_relevance)
    c = match_lists(pred["amounts_eur"], gold.get("amounts_eur") or [], _amount_equal, _readings(also, "amounts_eur"))
    report.counts("amounts").add(c)
    if c.fp or c.fn:
        doc_errors["amounts"] = (pred["amounts_eur"], gold.get("amounts_eur"))
    gp = gold.get("partners") or []
    optional = [{"name": n} for n in _readings(also, "partners")]
    c = match_lists(pred["partners"], gp, _same_partner, optional, prefer=_same_typed_partner)
    report.counts("partners").add(c)
    ct = match_lists(pred["partners"], gp, _same_typed_partner,
                     optional, _same_partner)
    report.counts("partner_types").add(ct)
    if c.fp or c.fn or ct.fp:
        doc_errors["partners"] = ([(p["name"], p["type"]) for p in pred["partners"]],
                                  [(g["name"], g["type"]) for g in gp])
    c = match_lists(pred["figures"], gold.get("figures") or [],
                    lambda p, g: _amount_equal(p["value"], g["value"]) and p["kind"] == g["kind"])
    report.counts("figures").add(c)
    if c.fp or c.fn:  # value, kind and the words that state it, on both sides
        doc_errors["figures"] = tuple([[f["value"], f["kind"], f.get("text")] for f in figures]
                                      for figures in (pred["figures"], gold.get("figures") or []))
    report.counts("theme_phrases").add(match_lists(
        pred["theme_phrases"], gold.get("theme_phrases") or [], lambda p, g: same_phrase(p["text"], g["text"])))
    pt, gt = set(pred["themes"]), set(gold.get("themes") or [])
    neutral = set(_readings(also, "themes"))
    report.counts("themes_micro").add(Counts(tp=len(pt & gt), fp=len(pt - gt - neutral), fn=len(gt - pt)))
    for label in LABELS:
        report.per_label.setdefault(label, Counts()).add(Counts(
            tp=label in pt and label in gt, fp=label in pt and label not in gt and label not in neutral,
            fn=label in gt and label not in pt))
    if pt != gt:
        doc_errors["themes"] = (sorted(pt), sorted(gt))
    if doc_errors:
        report.errors.append({"id": gold.get("id"), **{k: list(v) for k, v in doc_errors.items()}})


def _partner_problem(record: dict) -> str | None:
    """What is wrong with a record's partners, if anything (GUIDE: {"name", "type", "aliases": [names]})."""
    for p in record.get("partners") or []:
        if not isinstance(p, dict) or not isinstance(p.get("name"), str):
            return "each partner needs a 'name'"
        aliases = p.get("aliases")
        if aliases is not None and not (isinstance(aliases, list) and all(isinstance(a, str) for a in aliases)):
            return f"the aliases of partner '{p['name']}' must be a list of names"
    return None


def read_gold(path: Path) -> list[dict]:
    if not path.exists():
        raise GoldError(f"{path}: no such file")
    records = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldError(f"{path}:{n}: invalid JSON ({exc.msg})") from None
            if not isinstance(d, dict) or "text" not in d:
                raise GoldError(f"{path}:{n}: a gold record needs a 'text'")
            if problem := _partner_problem(d):
                raise GoldError(f"{path}:{n}: {problem}")
            records.append(d)
    if not records:
        raise GoldError(f"{path}: no gold records")
    return records


def in_holdout(record: dict) -> bool:
    """One gold record in five, chosen by a hash of its id: kept unread for a last, honest check."""
    key = str(record.get("id") or record.get("url") or record.get("text", "")[:200])
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % 5 == 0


def select_part(records: list[dict], part: str) -> list[dict]:
    """'all', 'dev' (what one may read and train on) or 'holdout'."""
    if part not in {"all", "dev", "holdout"}:
        raise GoldError(f"unknown part '{part}' (choose from all, dev, holdout)")
    if part == "all":
        return records
    return [r for r in records if in_holdout(r) == (part == "holdout")]


def analyse_gold(gold: list[dict], analyser=None) -> list[CTGRecord]:
    """ctgminer's record of each gold text, in gold order; a text the analyser refuses gives a record that found
    nothing."""
    from ctgminer.extract.analyser import Analyser
    from ctgminer.schema import Document

    analyser = analyser or Analyser()
    docs = [Document(source=g.get("id") or g.get("url") or f"gold-{i}", text=g["text"], url=g.get("url"))
            for i, g in enumerate(gold)]
    found: dict[int, CTGRecord] = {}
    for outcome in analyser.outcomes(enumerate(docs)):
        found[outcome.key] = outcome.record or CTGRecord(source=outcome.source)
    return [found.get(i) or CTGRecord(source=d.source) for i, d in enumerate(docs)]


def evaluate_records(gold: list[dict], analyser=None, records: list[CTGRecord] | None = None) -> Report:
    """Analyse each gold text (or take `records`, one per gold record in order) and score the predictions."""
    if records is None:
        records = analyse_gold(gold, analyser)
    if len(records) != len(gold):
        raise ValueError(f"{len(records)} records for {len(gold)} gold records")
    report = Report(n_docs=len(gold))
    for record, g in zip(records, gold, strict=True):
        score_document(prediction_view(record), g, report)
    return report


def load_floors(path: Path | None = None, gold: Path | str | None = None) -> dict[str, float]:
    """F1 floors for a gold file: the section named after its stem ('dev', 'dev2'), else 'default'.

    A floors file is either flat ({field: floor}) or sectioned ({gold stem: {field: floor}})."""
    if path is None:
        text = resources.files("ctgminer.resources").joinpath("eval_floors.json").read_text(encoding="utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    data = {k: v for k, v in json.loads(text).items() if not k.startswith("_")}
    if data and all(isinstance(v, dict) for v in data.values()):
        stem = Path(gold).stem if gold else "default"
        data = data.get(stem) or data.get("default") or {}
    return {k: float(v) for k, v in data.items() if not k.startswith("_")}


def check_floors(report: Report, floors: dict[str, float]) -> list[str]:
    """Fields whose F1 fell below their floor."""
    scores = report.scores()
    return [f"{name}: F1 {scores[name]['f1']:.3f} < floor {floor:.3f}"
            for name, floor in floors.items() if name in scores and scores[name]["f1"] + 1e-9 < floor]


def iter_rows(report: Report) -> Iterable[tuple[str, float, float, float, float]]:
    for name, s in report.scores().items():
        yield name, s["precision"], s["recall"], s["f1"], s["support"]


# --- a whole run (what `ctgminer evaluate` does) -------------------------------------------------------
def read_evaluation_inputs(gold: Path, part: str = "all",
                           floors: Path | None = None) -> tuple[list[dict], dict[str, float]]:
    """The gold records of `part` (all, dev or holdout) and the F1 floors for the gold file (`floors`, default
    the packaged ones); raises GoldError, OSError or ValueError when either cannot be read."""
    return select_part(read_gold(gold), part), load_floors(floors, gold)


@dataclass
class Evaluation:
    """One evaluation run: the field scores, the floors they are held to and, on request, the comparison check."""

    report: Report
    floors: dict[str, float]
    check: ComparisonCheck | None = None

    def scores(self) -> dict:
        """The scores as `ctgminer evaluate --json` prints them: by field, or, with the comparison check, the
        fields and the check's figures, theme shares, régions and unlinked partners."""
        scores = self.report.scores()
        if self.check is None:
            return scores
        check = self.check
        return {"fields": scores, "conventions": {
            **check.figures(), "theme_shares": check.shares.to_dict("records"),
            "regions": check.regions.to_dict("records"),
            "unlinked_partners": check.links.unlinked}}

    def errors_jsonl(self) -> str:
        """The per-document errors, one JSON object per line."""
        return "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in self.report.errors)

    def below_floors(self) -> list[str]:
        """Fields whose F1 fell below their floor (check_floors)."""
        return check_floors(self.report, self.floors)


def evaluate_gold(records: list[dict], floors: dict[str, float], conventions: bool = False,
                  analyser: Analyser | None = None) -> Evaluation:
    """Analyse the gold texts once and score the records field by field; with `conventions`, also compare the
    conventions and theme shares they give with the gold's (compare_eval.check_comparison)."""
    analysed = analyse_gold(records, analyser)
    report = evaluate_records(records, records=analysed)
    check = None
    if conventions:
        from ctgminer.evaluation.compare_eval import check_comparison

        check = check_comparison(records, records=analysed)
    return Evaluation(report, floors, check)
