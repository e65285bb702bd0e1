"""Refit the signing model from the gold records (dev.jsonl and the dev part of dev2.jsonl).

Each candidate the component generates on a gold text is positive when its name matches a gold partner (name or
alias), neutral when it matches only an `also_ok` partner, negative otherwise. Cross-validation is grouped by
document; the weights go to party_model.json beside the component, the card to party_model.md.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from ctgminer.text.sentences import Sentences

HERE = Path(__file__).resolve().parent
GOLD_FILES = ("dev.jsonl", "dev2.jsonl")


def gold_candidates(records: list[dict]) -> tuple[list[dict], list[int], list[int], list[list]]:
    """Features, labels, document groups, and per-document (candidate, gold) data for the entity-level score."""
    # evaluation sits downstream of extract; read lazily, only when fitting (never at analysis time)
    from ctgminer.evaluation.evaluate import _same_partner
    from ctgminer.extract.components.parties.component import PartiesComponent

    comp = PartiesComponent(None, model=None)
    X, y, groups, docs = [], [], [], []
    for i, rec in enumerate(records):
        text = rec["text"]
        caf_dep, _ = comp.find_caf(text)
        cands, _ = comp.scored_candidates(text, Sentences(text), caf_dep)
        gold = rec.get("partners") or []
        optional = [{"name": n} for n in (rec.get("also_ok") or {}).get("partners") or []]
        kept = []
        for c in cands:
            if not c.name or comp.vetoed(c):
                continue
            pred = {"name": c.name}
            label = 1 if any(_same_partner(pred, g) for g in gold) else 0
            if not label and any(_same_partner(pred, g) for g in optional):
                continue
            X.append(c.extra["features"])
            y.append(label)
            groups.append(i)
            kept.append(c)
        docs.append([kept, gold, optional])
    return X, y, groups, docs


def entity_scores(docs: list[list], probs: list[float], threshold: float) -> dict[str, float]:
    """Partner P/R/F1 after one partner per key, scored like `ctgminer evaluate`."""
    from ctgminer.evaluation.evaluate import Counts, _same_partner, match_lists

    total, k = Counts(), 0
    for kept, gold, optional in docs:
        names: dict[str, str] = {}
        for c in kept:
            if probs[k] >= threshold:
                names.setdefault(c.key or c.name, c.name)
            k += 1
        total.add(match_lists([{"name": n} for n in names.values()], gold, _same_partner, optional))
    return {"precision": round(total.precision, 3), "recall": round(total.recall, 3), "f1": round(total.f1, 3)}


def fit_party_model(gold_dir: Path, out_dir: Path = HERE, folds: int = 5, C: float = 0.1) -> dict:
    """Fit the logistic regression, cross-validate it grouped by document, write weights and card; return the card."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    from ctgminer.evaluation.evaluate import read_gold, select_part

    records, sources = [], {}
    for name in GOLD_FILES:
        path = Path(gold_dir) / name
        records_all = read_gold(path)
        # dev.jsonl is read in full; dev2's holdout stays unread
        part = records_all if name == "dev.jsonl" else select_part(records_all, "dev")
        sources[name] = len(part)
        records += part
    X, y, groups, docs = gold_candidates(records)
    vec = DictVectorizer(sparse=False)
    Xm = vec.fit_transform(X)
    probs = [0.0] * len(y)
    for train, test in GroupKFold(n_splits=folds).split(Xm, y, groups):
        clf = LogisticRegression(C=C, max_iter=2000).fit(Xm[train], [y[i] for i in train])
        for i, p in zip(test, clf.predict_proba(Xm[test])[:, 1], strict=True):
            probs[i] = float(p)
    cv = {str(t): entity_scores(docs, probs, t) for t in (0.3, 0.4, 0.5, 0.6)}
    clf = LogisticRegression(C=C, max_iter=2000).fit(Xm, y)
    weights = {f: round(float(w), 4) for f, w in zip(vec.get_feature_names_out(), clf.coef_[0], strict=True)}
    version = f"{date.today().isoformat()}-lr-C{C}-{len(weights)}f"
    model = {"version": version, "intercept": round(float(clf.intercept_[0]), 4), "weights": weights}
    card = {"version": version, "data": sources, "documents": len(records), "candidates": len(y),
            "positives": int(sum(y)), "cv": f"GroupKFold({folds}) by document, partner P/R/F1 by threshold",
            "cv_scores": cv}
    (Path(out_dir) / "party_model.json").write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n",
                                                    encoding="utf-8")
    (Path(out_dir) / "party_model.md").write_text(card_text(card, weights), encoding="utf-8")
    return card


def card_text(card: dict, weights: dict[str, float]) -> str:
    top = sorted(weights.items(), key=lambda kv: -abs(kv[1]))[:15]
    lines = [
        "# Signing model of the parties component (card)", "",
        f"- version: {card['version']}",
        f"- data: {card['data']} (all of dev.jsonl, the dev part of dev2.jsonl; dev2's holdout never read), {card['documents']} documents, "
        f"{card['candidates']} candidates, {card['positives']} positive",
        "- model: logistic regression (scikit-learn) over the features of features.py; a candidate is positive when "
        "its name matches a gold partner (name or alias), also_ok partners are left out",
        f"- cross-validation: {card['cv']}; counted on every gold text (related and unrelated ones too, whose "
        "partners the pipeline drops), so the end-to-end figures of `ctgminer evaluate` differ",
        "- before the model: vetoes in component.py (venue, attendance, official's home commune, surname, common "
        "word, example or possibility, a Caf's seat); vetoed candidates are left out of fitting too",
        "- use: `PartiesComponent` keeps a candidate when P >= `threshold` (factory config, default 0.5)", "",
        "| threshold | precision | recall | F1 |", "|---|---|---|---|",
        *[f"| {t} | {s['precision']} | {s['recall']} | {s['f1']} |" for t, s in card["cv_scores"].items()],
        "", "Largest weights: " + ", ".join(f"{k} {v:+.2f}" for k, v in top), "",
        "Refit: `python scripts/fit_parties.py ../shared/gold` (writes party_model.json and this card).", "",
    ]
    return "\n".join(lines)
