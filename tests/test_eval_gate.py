"""The evaluation gate: F1 on the pinned dev gold must stay above the floors stored in the package."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import GOLD

from ctgminer.evaluation.evaluate import (
    Counts,
    Report,
    check_floors,
    evaluate_records,
    load_floors,
    match_lists,
    match_scalar,
    read_gold,
    same_name,
    score_document,
)


def test_scalar_matching_with_also_ok():
    assert match_scalar("2024-03-26", "2024-03-27", ["2024-03-26"]).tp == 1
    neutral = match_scalar("2024", None, ["2024"])
    assert (neutral.tp, neutral.fp, neutral.fn) == (0, 0, 0)
    wrong = match_scalar("2023", "2024")
    assert (wrong.fp, wrong.fn) == (1, 1)


def test_list_matching():
    c = match_lists([24000, 5], [24000, 430e6], lambda a, b: a == b)
    assert (c.tp, c.fp, c.fn) == (1, 1, 1)
    assert Counts(tp=1, fp=1, fn=1).f1 == pytest.approx(0.5)


def test_figure_errors_are_written_with_their_words():
    pred = {"amounts_eur": [], "partners": [], "theme_phrases": [], "themes": [],
            "figures": [{"value": 12, "kind": "places", "text": "12 places"}]}
    gold = {"id": "x", "figures": [{"value": 12, "kind": "places", "text": "12 places"},
                                   {"value": 3, "kind": "equipements", "text": "trois crèches"}]}
    report = Report(n_docs=1)
    score_document(pred, gold, report)
    assert report.errors[0]["figures"] == [[[12, "places", "12 places"]],
                                           [[12, "places", "12 places"], [3, "equipements", "trois crèches"]]]
    assert (report.counts("figures").tp, report.counts("figures").fn) == (1, 1)


def test_a_town_is_not_the_epci_named_after_it_and_exact_pairs_match_first():
    from ctgminer.evaluation.evaluate import _same_partner

    town, epci = {"name": "Cahors", "type": "commune"}, {"name": "Communauté d'agglomération du Grand Cahors",
                                                         "type": "epci"}
    assert not _same_partner(town, epci)
    assert _same_partner({"name": "Grand Cahors", "type": "epci"}, epci)
    # a loose match found first must not take the gold item an exact one needs
    gold = [{"name": "Rosheim", "type": "commune"}, {"name": "CC des Portes de Rosheim", "type": "epci"}]
    pred = [{"name": "Portes de Rosheim", "type": "epci"}, {"name": "Rosheim", "type": "commune"}]
    c = match_lists(pred, gold, _same_partner, prefer=lambda p, g: _same_partner(p, g) and p["type"] == g["type"])
    assert (c.tp, c.fp, c.fn) == (2, 0, 0)


def test_partner_names_match_across_forms():
    assert same_name("Communauté de communes du Grand Langres", "communauté de communes du Grand-Langres")
    assert same_name("La Seyne-sur-Mer", "la seyne sur mer")
    assert not same_name("Saint-Denis", "Saint-Leu")


@pytest.mark.parametrize("gold", [GOLD, GOLD.with_name("dev2.jsonl")], ids=["dev", "dev2"])
def test_gold_above_floors(gold, gold_analysis):
    # (the analysis is shared with tests/test_compare_eval.py's check of the comparison)
    records, analysed = gold_analysis(gold)
    report = evaluate_records(records, records=analysed)
    below = check_floors(report, load_floors(gold=gold))
    assert not below, "\n".join(below)


WRITTEN = sorted((Path(__file__).parent / "data" / "written").glob("*.jsonl"))


@pytest.mark.parametrize("gold", WRITTEN, ids=[p.stem for p in WRITTEN])
def test_written_pages_above_floors(gold, analyser):
    # our own written pages (tests/data/written/README.md): the dev sets were read, the blind ones never
    report = evaluate_records(read_gold(gold), analyser=analyser)
    below = check_floors(report, load_floors(gold=gold))
    assert not below, "\n".join(below)


def test_every_written_set_has_its_floors():
    import json
    from importlib import resources

    sections = json.loads(resources.files("ctgminer.resources").joinpath("eval_floors.json").read_text("utf-8"))
    assert len(WRITTEN) >= 4
    for gold in WRITTEN:
        assert set(sections.get(gold.stem, {})) == set(sections["dev"]), gold.stem


@pytest.mark.parametrize("stem", ["dev", "dev2", "default"])
def test_floors_file_covers_the_gated_fields(stem):
    floors = load_floors(gold=f"{stem}.jsonl")
    for name in ("signature_date", "period_end", "duration_years", "amounts", "partners", "partner_types",
                 "caf_department_code", "announcement", "themes_micro", "themes_macro"):
        assert 0 < floors[name] <= 1


def test_flat_floors_file_still_reads(tmp_path):
    path = tmp_path / "floors.json"
    path.write_text('{"_comment": "flat", "partners": 0.5}', encoding="utf-8")
    assert load_floors(path, gold="anything.jsonl") == {"partners": 0.5}
