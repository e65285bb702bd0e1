"""Refit the signing model from the gold records (dev.jsonl and the dev part of dev2.jsonl).

Each candidate the component generates on a gold text is positive when its name matches a gold partner (name or
alias), neutral when it matches only an `also_ok` partner, negative otherwise. Cross-validation is grouped by
document; the weights go to party_model.json beside the component, the card to party_model.md.
"""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path

from ctgminer.text.sentences import Sentences

HERE = Path(__file__).resolve().parent
GOLD_FILES = ("dev.jsonl", "dev2.jsonl")
# the written development pages (tests/data/written/README.md): read and fitted on; the read_* sets and the blind
# ones never are
WRITTEN_FILES = ("dev_a.jsonl", "dev_c.jsonl", "dev_e.jsonl")
WRITTEN_DIR = HERE.parents[3] / "tests" / "data" / "written"
# the written sets read for errors (the pool a set-grouped fit reads); blind_* never
POOL_PREFIXES = ("dev_", "read_")


def gold_candidates(records: list[dict]) -> tuple[list[dict], list[int], list[int], list[dict]]:
    """Features, labels, document groups, and per document what the decision needs (every candidate, the Caf
    read from the text, the preferred département) with the gold, for the document-level score."""
    # evaluation sits downstream of extract; read lazily, only when fitting (never at analysis time)
    from ctgminer.evaluation.evaluate import _same_partner
    from ctgminer.extract.components.genre.genre import GenreComponent
    from ctgminer.extract.components.parties.component import PartiesComponent
    from ctgminer.extract.pipeline import prepare_text

    comp = PartiesComponent(None, model=None)
    genre = GenreComponent()
    X, y, groups, docs = [], [], [], []
    for i, rec in enumerate(records):
        # the text the component reads in the pipeline (Analyser._make_doc: repaired, unwrapped), so that the
        # features fitted are the features met at analysis time
        text = prepare_text(rec["text"])
        caf_dep, _ = comp.find_caf(text)
        cands, prefer = comp.scored_candidates(text, Sentences(text), caf_dep)
        gold = rec.get("partners") or []
        optional = [{"name": n} for n in (rec.get("also_ok") or {}).get("partners") or []]
        rows = []  # (candidate, row of X or None when vetoed / unnamed / neutral)
        generic = (caf_dep or prefer).name if (caf_dep or prefer) else ""
        for c in cands:
            # "le Département" takes the Caf's département in decide(); label it by that name
            name = generic if c.how == "dep_generic" else c.name
            c.extra["label_name"] = name
            if not name or comp.vetoed(c):
                rows.append((c, None))
                continue
            pred = {"name": name}
            label = 1 if any(_same_partner(pred, g) for g in gold) else 0
            if not label and any(_same_partner(pred, g) for g in optional):
                rows.append((c, -1))  # neutral: scored by the model, left out of fitting
                continue
            rows.append((c, len(X)))
            X.append(c.extra["features"])
            y.append(label)
            groups.append(i)
        host = comp.host_candidate(text, Sentences(text), rec.get("url"), caf_dep or prefer)
        council = comp.council_namesakes(text, Sentences(text), [c for c, _ in rows]) if host is None else {}
        # a convention's own parties replace the component's in the record (analyser.apply_genre)
        kind, _ = genre.document_type(text)
        stated = [{"name": p.name, "type": p.type} for p in genre.parties(text) if p.type != "caf"] \
            if kind == "convention" else []
        docs.append({"rows": rows, "caf_dep": caf_dep, "prefer": prefer, "host": host, "council": council,
                     "gold": gold, "genre": stated,
                     "optional": optional, "text": text, "set": rec.get("set", ""),
                     "relevance": rec.get("relevance"), "caf_code": rec.get("caf_department_code")})
    return X, y, groups, docs


def decisions(comp, doc: dict, scores: list[float]) -> tuple[str | None, list[dict]]:
    """The component's own decision (keep, Caf fallback, dedupe) on copies of a document's candidates."""
    cands = []
    for (c, _), score in zip(doc["rows"], scores, strict=True):
        c = copy.copy(c)
        c.extra = dict(c.extra)
        c.extra["score"] = score
        cands.append(c)
    caf_dep, partners = comp.decide(cands, doc["caf_dep"], doc["prefer"], doc["host"], doc.get("council"))
    pred = [{"name": " ".join(c.name.split()), "type": c.type} for c in partners]
    if doc.get("genre"):
        pred = doc["genre"]  # a convention's own parties outrank the component's (analyser.apply_genre)
    return (caf_dep.code if caf_dep else None), pred


def entity_scores(comp, docs: list[dict], scores: list[list[float]], threshold: float, relevance: set[str] | None = None,
                  sets: set[str] | None = None) -> dict[str, float]:
    """Partner P/R/F1 (and types, Caf département accuracy) of the component's decisions, scored like
    `ctgminer evaluate`; `relevance` restricts the documents by their gold relevance, `sets` by their set."""
    from ctgminer.evaluation.evaluate import Counts, _same_partner, match_lists

    comp.threshold = threshold
    total, typed, caf_ok, caf_n = Counts(), Counts(), 0, 0
    for doc, doc_scores in zip(docs, scores, strict=True):
        if relevance and doc["relevance"] not in relevance:
            continue
        if sets and doc["set"] not in sets:
            continue
        code, pred = decisions(comp, doc, doc_scores)
        total.add(match_lists(pred, doc["gold"], _same_partner, doc["optional"]))
        typed.add(match_lists(pred, doc["gold"], lambda p, g: _same_partner(p, g) and p["type"] == g["type"],
                              doc["optional"], _same_partner))
        if doc["caf_code"]:
            caf_n += 1
            caf_ok += code == doc["caf_code"]
    return {"precision": round(total.precision, 3), "recall": round(total.recall, 3), "f1": round(total.f1, 3),
            "types_f1": round(typed.f1, 3), "caf_acc": round(caf_ok / max(caf_n, 1), 3)}


def doc_scores(clf, vec, doc: dict) -> list[float]:
    """P(signs) of each candidate of a document (0 for vetoed or unnamed ones), as `PartiesComponent.score`."""
    from ctgminer.extract.components.parties.component import PartiesComponent

    rows = [c.extra["features"] for c, row in doc["rows"] if row is not None]
    probs = iter(clf.predict_proba(vec.transform(rows))[:, 1] if rows else [])
    # the component's own override: a party the text states (a convention's preamble, "sont signataires") signs
    # whatever the model says
    return [0.0 if row is None else max(float(next(probs)), float(PartiesComponent.stated_party(c)))
            for c, row in doc["rows"]]


def readable_records(gold_dir: Path, written_dir: Path | None = None, pool: bool = False,
                     ) -> tuple[list[dict], dict[str, int]]:
    """The gold records one may read and fit on: all of dev.jsonl, the dev part of dev2.jsonl (never its holdout),
    and the written development pages of `written_dir` when given; with `pool`, every read written set of
    `written_dir` too (dev_* and read_*: the pages read for errors; the blind ones never). Each record carries its
    "set" (the file's stem, dev2's dev part "dev2dev"): one writer's pages, the group of a set-grouped CV."""
    from ctgminer.evaluation.evaluate import read_gold, select_part

    records, sources = [], {}
    for name in GOLD_FILES:
        records_all = read_gold(Path(gold_dir) / name)
        part = records_all if name == "dev.jsonl" else select_part(records_all, "dev")
        sources[name] = len(part)
        stem = "dev" if name == "dev.jsonl" else "dev2dev"
        records += [{**r, "set": stem} for r in part]
    names = list(WRITTEN_FILES) if written_dir is not None else []
    if pool and written_dir is not None:
        names += [p.name for p in sorted(Path(written_dir).glob("*.jsonl"))
                  if p.name.startswith(POOL_PREFIXES) and p.name not in names]
    for name in names:
        part = read_gold(Path(written_dir) / name)
        sources[f"written/{name}"] = len(part)
        records += [{**r, "set": Path(name).stem} for r in part]
    return records, sources


def out_of_fold(Xm, y: list[int], groups: list[int], docs: list[dict], vec, folds: int, C: float,
                seed: int, by_set: bool = False) -> list[list[float]]:
    """Each document's candidate scores from the model fitted without it (one shuffled grouped split); `by_set`:
    without its whole set (a writer's pages never sit in both train and test)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    # a text whose candidates are all vetoed has no row to split: its candidates score 0
    oof: list[list[float]] = [[0.0] * len(d["rows"]) for d in docs]
    split = [docs[g]["set"] for g in groups] if by_set else groups
    for train, test in GroupKFold(n_splits=folds, shuffle=True, random_state=seed).split(Xm, y, split):
        clf = LogisticRegression(C=C, max_iter=2000).fit(Xm[train], [y[i] for i in train])
        for g in sorted({groups[i] for i in test}):
            oof[g] = doc_scores(clf, vec, docs[g])
    return oof


def oof_candidates(gold_dir: Path, folds: int = 5, C: float = 0.1, seed: int = 0) -> list[dict]:
    """Every candidate of the readable gold texts with its out-of-fold score, label (1, 0, -1 neutral, None
    vetoed), sentence and features: what one reads to find the classes of pages the model gets wrong."""
    from sklearn.feature_extraction import DictVectorizer

    records, _ = readable_records(gold_dir)
    X, y, groups, docs = gold_candidates(records)
    vec = DictVectorizer(sparse=False)
    oof = out_of_fold(vec.fit_transform(X), y, groups, docs, vec, folds, C, seed)
    out = []
    for rec, doc, scores in zip(records, docs, oof, strict=True):
        sents = Sentences(doc["text"])
        for (c, row), score in zip(doc["rows"], scores, strict=True):
            label = None if row is None else -1 if row == -1 else y[row]
            out.append({"id": rec.get("id") or rec.get("source"), "name": c.extra.get("label_name", c.name), "how": c.how, "type": c.type,
                        "start": c.start, "label": label, "score": round(score, 3),
                        "sentence": sents.sentence(c.start), "features": c.extra["features"],
                        "gold": doc["gold"]})
    return out


def mean_scores(runs: list[dict[str, float]]) -> dict[str, float]:
    """Figures averaged over repeated splits, with the spread of F1 (standard deviation)."""
    out = {k: round(sum(r[k] for r in runs) / len(runs), 3) for k in runs[0]}
    mean = sum(r["f1"] for r in runs) / len(runs)
    out["f1_sd"] = round((sum((r["f1"] - mean) ** 2 for r in runs) / len(runs)) ** 0.5, 3)
    return out


THRESHOLDS = (0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75)
C_GRID = (0.1, 0.3, 1.0)


def cross_validate(comp, Xm, y, groups, docs, vec, folds: int, C: float, repeats: int, by_set: bool = False,
                   ) -> tuple[dict[str, dict], dict[str, dict]]:
    """Grouped-CV figures per threshold, on every text and on the CTG texts, averaged over repeated splits."""
    runs: dict[str, list[dict]] = {}
    for r in range(repeats):
        oof = out_of_fold(Xm, y, groups, docs, vec, folds, C, r, by_set)
        for t in THRESHOLDS:
            runs.setdefault(f"all {t}", []).append(entity_scores(comp, docs, oof, t))
            runs.setdefault(f"ctg {t}", []).append(entity_scores(comp, docs, oof, t, {"announcement", "related"}))
    return ({str(t): mean_scores(runs[f"all {t}"]) for t in THRESHOLDS},
            {str(t): mean_scores(runs[f"ctg {t}"]) for t in THRESHOLDS})


def best_setting(results: dict[float, tuple[dict, dict]]) -> tuple[float, str]:
    """The (C, threshold) with the best grouped-CV F1, all texts and CTG texts weighed alike; ties go to the
    smaller spread over repeats, then to the stronger regularisation."""
    def key(item):
        C, t = item
        cv, cv_ctg = results[C]
        return (round(cv[t]["f1"] + cv_ctg[t]["f1"], 3), -cv[t]["f1_sd"], -C)

    return max(((C, t) for C in results for t in results[C][0]), key=key)


def fit_party_model(gold_dir: Path, out_dir: Path = HERE, folds: int = 5, Cs: tuple[float, ...] = C_GRID,
                    repeats: int = 5, written_dir: Path | None = None, pool: bool = False) -> dict:
    """Fit the logistic regression, choose its regularisation C and the decision threshold by grouped
    cross-validation, write weights (with the threshold) and card; return the card. With `pool` (and a
    `written_dir`), fit on every read written set too, cross-validated by set."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from ctgminer.extract.components.parties.component import PartiesComponent

    records, sources = readable_records(gold_dir, written_dir, pool)
    by_set = pool and written_dir is not None
    X, y, groups, docs = gold_candidates(records)
    vec = DictVectorizer(sparse=False)
    Xm = vec.fit_transform(X)
    # out of fold: each document's candidates (neutral ones too) scored by the model fitted without it, then fed
    # through the component's own decision and scored per document like `ctgminer evaluate`; the grouped split is
    # repeated with shuffled folds and the figures averaged (one split of ~100 texts moves F1 by 0.02)
    comp = PartiesComponent(None, model=None)
    results = {C: cross_validate(comp, Xm, y, groups, docs, vec, folds, C, repeats, by_set) for C in Cs}
    C, threshold = best_setting(results)
    cv, cv_ctg = results[C]
    clf = LogisticRegression(C=C, max_iter=2000).fit(Xm, y)
    in_sample = entity_scores(comp, docs, [doc_scores(clf, vec, d) for d in docs], float(threshold))
    weights = {f: round(float(w), 4) for f, w in zip(vec.get_feature_names_out(), clf.coef_[0], strict=True)}
    version = f"{date.today().isoformat()}-lr-C{C}-{len(weights)}f"
    model = {"version": version, "intercept": round(float(clf.intercept_[0]), 4), "threshold": float(threshold),
             "weights": weights}
    unit = "set (one writer's pages)" if by_set else "document"
    card = {"version": version, "data": sources, "documents": len(records), "candidates": len(y),
            "positives": int(sum(y)), "cv": f"GroupKFold({folds}, shuffled) by {unit}, repeated {repeats} times, out-of-fold scores fed through the "
            "component's decision (keep, Caf fallback, dedupe) and scored per document like `ctgminer evaluate`",
            "C": C, "by_C": {str(c): {"all": results[c][0][threshold], "ctg": results[c][1][threshold]} for c in Cs},
            "cv_scores": cv, "cv_scores_ctg_texts": cv_ctg, "in_sample": in_sample, "threshold": float(threshold)}
    (Path(out_dir) / "party_model.json").write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n",
                                                    encoding="utf-8")
    (Path(out_dir) / "party_model.md").write_text(card_text(card, weights), encoding="utf-8")
    return card


def card_text(card: dict, weights: dict[str, float]) -> str:
    top = sorted(weights.items(), key=lambda kv: -abs(kv[1]))[:15]
    lines = [
        "# Signing model of the parties component (card)", "",
        f"- version: {card['version']}",
        f"- data: {card['data']} (all of dev.jsonl, the dev part of dev2.jsonl, dev2's holdout never read; written/* are the "
        f"written development pages, when fitted on), {card['documents']} documents, "
        f"{card['candidates']} candidates, {card['positives']} positive",
        f"- model: logistic regression (scikit-learn, C={card['C']}) over the features of features.py; a candidate is "
        "positive when its name matches a gold partner (name or alias), also_ok partners are left out",
        f"- cross-validation: {card['cv']}",
        "- before the model: vetoes in component.py (venue, attendance, official's home commune, surname, common "
        "word, example or possibility, a Caf's seat, an invited public, a press dateline, a territory or facility "
        "named after a commune, a far homonym of the text's commune, a town enumerated after a place, a label line "
        "(kicker, breadcrumb, press edition), a see-also link, a territory compared with or named as a neighbour, "
        "a town of a named EPCI aside from the signing, a territory that signed before ('c'est au tour de'), a former "
        "merged EPCI, a line of a Caf's CTG status overview, people's origin, a job ad's task list, a contact line, a "
        "steering committee's members, an EPCI's area ('à l'échelle du Pays basque') or an EPCI given as an example, "
        "a territory named after another agreement in its sentence); vetoed candidates are left out of fitting too",
        "- beside the model: a party the text states (a convention's preamble 'X, représentée par ..., ci-après "
        "dénommée', 'X et Y sont également signataires', a bulleted list under 'Ont signé :', a name listed beside "
        "the Caf after 'entre' in a signing sentence, a list after 'les communes signataires :', a territory heading "
        "its own section or table row on a page telling several signings, a convention's signature block 'Pour la "
        "Ville de X, le Maire', the page's own town told as 'la Ville' or 'le conseil autorise le maire à signer') "
        "scores 1; after the threshold, a territory said to have its own convention, or named only with other "
        "conventions ('les conventions signées avec X', 'X, dont la convention est en cours de renouvellement'), "
        "beside another kept party, and a commune of a kept EPCI or département named "
        "only in a title, headline label or without signing context, are dropped; a page of a "
        "commune's or EPCI's own site that calls itself 'la commune' gets that commune or EPCI (from its address) "
        "when no other is kept; both are applied to the out-of-fold scores as in the component",
        f"- use: `PartiesComponent` keeps a candidate when P >= `threshold` ({card['threshold']}, stored in "
        "party_model.json; the factory's `threshold` config overrides it). C and the threshold are the pair with "
        "the best grouped-CV F1 (all texts plus CTG texts) over C in "
        f"{list(card['by_C'])} and the thresholds below: a choice made on these same texts, so slightly optimistic",
        "- F1 at that threshold by C (all / CTG texts): " + ", ".join(
            f"C={c}: {v['all']['f1']} / {v['ctg']['f1']}" for c, v in card["by_C"].items()), "",
        "Grouped-CV figures (partners P/R/F1, partner types F1, Caf département accuracy) on every gold text, then on "
        "the CTG texts only (gold relevance announcement or related: the pipeline drops the partners of texts it "
        "reads as unrelated):", "",
        "| texts | threshold | precision | recall | F1 (sd over repeats) | types F1 | Caf |",
        "|---|---|---|---|---|---|---|",
        *[f"| all | {t} | {s['precision']} | {s['recall']} | {s['f1']} ({s['f1_sd']}) | {s['types_f1']} | {s['caf_acc']} |"
          for t, s in card["cv_scores"].items()],
        *[f"| CTG | {t} | {s['precision']} | {s['recall']} | {s['f1']} ({s['f1_sd']}) | {s['types_f1']} | {s['caf_acc']} |"
          for t, s in card["cv_scores_ctg_texts"].items()],
        "", f"In sample (the final model on its own training texts, threshold {card['threshold']}, all texts): "
        f"F1 {card['in_sample']['f1']}, types {card['in_sample']['types_f1']} (optimistic; the CV rows are "
        "the figures to trust).",
        "", "Largest weights: " + ", ".join(f"{k} {v:+.2f}" for k, v in top), "",
        "Refit: `python scripts/fit_parties.py ../shared/gold` (writes party_model.json and this card).", "",
    ]
    return "\n".join(lines)
