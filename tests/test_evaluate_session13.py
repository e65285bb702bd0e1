"""The scorer honours a null that the gold lists in also_ok, for every field also_ok can hold."""

from __future__ import annotations

import pytest

from ctgminer.evaluation.evaluate import SCALAR_FIELDS, Report, match_scalar, score_document


def _prediction(**fields) -> dict:
    base = {"relevance": "announcement", "amounts_eur": [], "partners": [], "figures": [], "theme_phrases": [],
            "themes": []}
    return {**base, **fields}


def test_a_null_reading_makes_a_missing_value_right():
    # a page says "la CTG court sur cinq ans" without a start year: gold reads 2024 from the council date but
    # also accepts that the page states none
    c = match_scalar(None, 2024, [None])
    assert (c.tp, c.fp, c.fn) == (1, 0, 0)
    c = match_scalar(None, "2024-03-26", ["2024-03", None])
    assert (c.tp, c.fp, c.fn) == (1, 0, 0)


def test_a_null_reading_does_not_excuse_a_wrong_value_nor_a_missing_one_without_it():
    c = match_scalar("2023", "2024", [None])
    assert (c.tp, c.fp, c.fn) == (0, 1, 1)
    c = match_scalar(None, "2024", ["2023"])
    assert (c.tp, c.fp, c.fn) == (0, 0, 1)
    c = match_scalar("2024", None, [None])
    assert (c.tp, c.fp, c.fn) == (0, 1, 0)


@pytest.mark.parametrize("field", SCALAR_FIELDS)
def test_every_scalar_field_honours_a_null_reading(field):
    gold = {"id": "ctg-breve", "relevance": "announcement", field: "2024", "also_ok": {field: [None]}}
    report = Report(n_docs=1)
    score_document(_prediction(), gold, report)
    c = report.counts(field)
    assert (c.tp, c.fp, c.fn) == (1, 0, 0)
    assert field not in (report.errors[0] if report.errors else {})


def test_nulls_in_list_readings_are_ignored_not_fatal():
    # a careless gold line may hold a null among the readings of a list field: it names nothing and the
    # unmatched predictions stay false positives
    gold = {"id": "x", "relevance": "announcement", "amounts_eur": [24000.0],
            "partners": [{"name": "Caf du Jura", "type": "caf"}], "themes": ["jeunesse"],
            "also_ok": {"amounts_eur": [None], "partners": [None], "themes": [None], "relevance": [None]}}
    pred = _prediction(amounts_eur=[24000.0, 5.0], partners=[{"name": "Commune de Dole", "type": "commune"}],
                       themes=["jeunesse", "logement"])
    report = Report(n_docs=1)
    score_document(pred, gold, report)
    assert (report.counts("amounts").tp, report.counts("amounts").fp) == (1, 1)
    assert (report.counts("partners").fp, report.counts("partners").fn) == (1, 1)
    assert report.counts("themes_micro").fp == 1
    assert report.counts("announcement").tp == 1


def test_an_epci_under_another_spelling_the_gazetteer_links_is_the_same_partner():
    # a site writes its agglomeration's usual name; the tool gives the official one (both link to one EPCI)
    gold = {"id": "agglo", "relevance": "announcement",
            "partners": [{"name": "Agglomération du Choletais", "type": "epci"}]}
    report = Report(n_docs=1)
    score_document(_prediction(partners=[{"name": "Communauté d'agglomération Cholet Agglomération", "type": "epci"}]),
                   gold, report)
    assert (report.counts("partners").tp, report.counts("partners").fp) == (1, 0)
    # ... but two different EPCIs stay two partners
    report = Report(n_docs=1)
    score_document(_prediction(partners=[{"name": "Communauté d'agglomération Lunel Agglo", "type": "epci"}]),
                   gold, report)
    assert (report.counts("partners").tp, report.counts("partners").fn) == (0, 1)
