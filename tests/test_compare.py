"""Comparison stage: conventions from pages, the territory frame, theme tables, specificities, peers, trends.

The records below are written for these tests (facts only: real INSEE/SIREN codes, invented pages).
"""

from __future__ import annotations

import math
import random

import pytest

from ctgminer.compare import (
    CompareError,
    conventions,
    lafon,
    load_records,
    peer_gaps,
    peers,
    specificities,
    territory_frame,
    theme_labels,
    theme_table,
    trends,
    wilson,
)
from ctgminer.schema import CTGRecord

LA_SEYNE, TOULON, TPM = "83126", "83137", "248300543"
AJACCIO, CAPA = "2A004", "242010056"
BREST, BREST_METROPOLE = "29019", "242900314"
SAINT_DENIS_974 = "97411"


def rec(source: str, caf: str | None = None, partners: tuple = (), signature: str | None = None,
        published: str | None = None, period: tuple[int, int] | None = None, themes: tuple = (),
        phrases: tuple = (), amounts: tuple = (), relevance: str = "announcement") -> CTGRecord:
    """A record as ctgminer writes it; partners are (code, type) pairs."""
    return CTGRecord.from_dict({
        "source": source,
        "relevance": relevance,
        "caf": {"department_code": caf},
        "partners": [{"name": code, "type": type_, "insee_code": code} for code, type_ in partners],
        "signature_date": signature,
        "publication_date": published,
        "period_start": period[0] if period else None,
        "period_end": period[1] if period else None,
        "duration_years": period[1] - period[0] + 1 if period else None,
        "themes": list(themes),
        "theme_phrases": [{"text": text, "labels": labels, "scores": {}, "start": 0, "end": len(text)}
                          for text, labels in phrases],
        "amounts": [{"value": v, "currency": "EUR", "text": f"{v} euros", "start": 0, "end": 5} for v in amounts],
    })


@pytest.fixture
def seyne_pages():
    """Two pages of one convention (the city's, signed on the 11th; the Caf's, published a week later,
    period given) and one page of another convention (Toulon, same Caf, same year)."""
    return [
        rec("https://ville.example/ctg", "83", [(LA_SEYNE, "commune")], signature="2019-12-11",
            themes=("petite_enfance", "jeunesse"), phrases=(("la petite enfance", ["petite_enfance"]),),
            amounts=(120000.0,)),
        rec("https://caf.example/var", "83", [(LA_SEYNE, "commune"), ("83", "departement")],
            published="2019-12-18", period=(2019, 2023), themes=("petite_enfance", "logement"),
            phrases=(("l'accès au logement", ["logement"]),), amounts=(120000.0,)),
        rec("https://toulon.example/ctg", "83", [(TOULON, "commune")], signature="2019-06-03",
            themes=("parentalite",)),
    ]


def test_two_pages_one_convention_and_another(seyne_pages):
    table = conventions(seyne_pages)
    assert len(table) == 2
    seyne = table[table["lead_code"] == LA_SEYNE].iloc[0]
    assert seyne["n_sources"] == 2
    assert seyne["sources"] == ["https://caf.example/var", "https://ville.example/ctg"]
    assert "83126" in seyne["reasons"] and "[1]~[2]" in seyne["reasons"]
    assert seyne["convention_id"] == "ctg-83126-2019"
    toulon = table[table["lead_code"] == TOULON].iloc[0]
    assert toulon["n_sources"] == 1 and toulon["reasons"] == "single source"


def test_grouping_is_order_independent_and_stable(seyne_pages):
    before = conventions(seyne_pages)
    shuffled = seyne_pages[::-1]
    random.Random(3).shuffle(shuffled)
    again = conventions(shuffled)
    assert list(again["convention_id"]) == list(before["convention_id"])
    assert list(again["sources"]) == list(before["sources"])
    more = conventions([*seyne_pages, rec("https://brest.example", "29", [(BREST, "commune")], signature="2021-03-01")])
    assert set(before["convention_id"]) < set(more["convention_id"])


def test_epci_and_member_commune_group_and_epci_leads():
    records = [
        rec("https://tpm.example", "83", [(TPM, "epci")], signature="2022-01-20", period=(2022, 2026)),
        rec("https://seyne.example", "83", [(LA_SEYNE, "commune")], published="2022-02-02"),
    ]
    table = conventions(records)
    assert len(table) == 1
    row = table.iloc[0]
    assert (row["lead_code"], row["lead_type"], row["lead_rule"]) == (TPM, "epci", "epci")
    assert "member of" in row["reasons"]
    assert row["convention_id"] == f"ctg-{TPM}-2022"


def test_two_communes_of_one_epci_stay_apart():
    """Each city signs its own CTG: sharing an EPCI is not sharing a partner."""
    records = [rec("https://a.example", "83", [(LA_SEYNE, "commune")], signature="2022-01-20"),
               rec("https://b.example", "83", [(TOULON, "commune")], signature="2022-01-20")]
    assert len(conventions(records)) == 2


def test_successive_conventions_and_other_caf_stay_apart():
    records = [
        rec("https://old.example", "83", [(LA_SEYNE, "commune")], period=(2015, 2018)),
        rec("https://new.example", "83", [(LA_SEYNE, "commune")], period=(2022, 2025)),
        rec("https://odd.example", "13", [(LA_SEYNE, "commune")], period=(2022, 2025)),
    ]
    table = conventions(records)
    assert len(table) == 3
    assert {"ctg-83126-2015", "ctg-83126-2022"} <= set(table["convention_id"])
    assert table["convention_id"].is_unique


def test_undated_page_joins_the_only_dated_convention_and_never_bridges():
    one = [rec("https://dated.example", "83", [(LA_SEYNE, "commune")], signature="2020-05-01"),
           rec("https://undated.example", "83", [(LA_SEYNE, "commune")])]
    assert len(conventions(one)) == 1
    two = [*one, rec("https://later.example", "83", [(LA_SEYNE, "commune")], signature="2025-05-01")]
    table = conventions(two)
    assert len(table) == 3  # the undated page cannot tell which of the two it belongs to


def test_relevance_filter():
    records = [rec("https://explainer.example", "83", [(LA_SEYNE, "commune")], relevance="related")]
    assert conventions(records).empty
    assert len(conventions(records, relevance=None)) == 1


def test_territory_frame(seyne_pages):
    frame = territory_frame([*seyne_pages,
                             rec("https://capa.example", None, [(AJACCIO, "commune"), (CAPA, "epci")],
                                 signature="2023-04-04", themes=("handicap",)),
                             rec("https://run.example", "974", [(SAINT_DENIS_974, "commune")],
                                 signature="2021-11-30", themes=("autre",))])
    assert len(frame) == 4
    for label in theme_labels():
        assert set(frame[label].dropna().unique()) <= {0, 1}
    seyne = frame.set_index("lead_code").loc[LA_SEYNE]
    assert seyne["region"] == "Provence-Alpes-Côte d'Azur" and seyne["departement"] == "83"
    assert seyne["population_band"] == "50 000 - 199 999"
    assert seyne["petite_enfance"] == 1 and seyne["logement"] == 1 and seyne["parentalite"] == 0
    assert seyne["amount_eur"] == 120000.0  # quoted by both pages, counted once
    assert seyne["evidence"]["logement"] == [{"phrase": "l'accès au logement", "url": "https://caf.example/var"}]
    assert (seyne["period_start"], seyne["period_end"], seyne["signature_year"]) == (2019, 2023, 2019)
    capa = frame.set_index("lead_code").loc[CAPA]
    assert capa["lead_type"] == "epci" and capa["departement"] == "2A" and capa["region"] == "Corse"
    from ctgminer.compare.territories import get_territories

    terr = get_territories()
    communes = [c for c in terr.gaz.commune_by_code.values() if c.epci == CAPA]
    assert capa["population"] == sum(c.population for c in communes) > 70659
    run = frame.set_index("lead_code").loc[SAINT_DENIS_974]
    assert run["region"] == "La Réunion" and run["departement"] == "974"
    assert frame["departement"].map(type).eq(str).all()


def test_gazetteer_regions():
    from ctgminer.gazetteer import get_gazetteer

    gaz = get_gazetteer()
    assert len(gaz.regions) == 18
    assert {"01", "02", "03", "04", "06"} <= set(gaz.regions)  # overseas régions
    assert gaz.region("2A").name == "Corse" and gaz.region("976").name == "Mayotte"
    assert all(gaz.region(code) is not None for code in gaz.departements)


def _frame_with(groups: dict[str, list[tuple[str, ...]]]):
    """One commune-led convention per theme tuple, in the département given as key."""
    communes = {"83": [LA_SEYNE, TOULON, "83069", "83061"], "29": [BREST, "29232", "29103", "29075"]}
    records = []
    for dep, theme_sets in groups.items():
        for code, themes in zip(communes[dep], theme_sets, strict=False):
            records.append(rec(f"https://{code}.example", dep, [(code, "commune")], signature="2022-01-01",
                               themes=themes))
    return territory_frame(records)


def test_theme_table_counts_and_shares():
    frame = _frame_with({"83": [("jeunesse",), ("jeunesse", "logement")], "29": [("logement",), ("enfance",)]})
    table = theme_table(frame, "departement").set_index(["group", "theme"])
    assert table.loc[("83", "jeunesse"), "count"] == 2 and table.loc[("83", "jeunesse"), "n"] == 2
    assert table.loc[("29", "logement"), "share"] == 0.5
    assert len(table) == 2 * len(theme_labels())
    with pytest.raises(CompareError):
        theme_table(frame, "canton")


def test_specificities_by_hand():
    """N=4, two groups of 2; the theme in both conventions of 83 and in none of 29.
    P(X >= 2) = C(2,2)C(2,0)/C(4,2) = 1/6 with mode floor(3*3/6) = 1, so 83 gets -log10(1/6) = +0.778;
    29 has k=0 < mode: log10 P(X <= 0) = log10(1/6) = -0.778."""
    frame = _frame_with({"83": [("jeunesse",), ("jeunesse",)], "29": [("enfance",), ("enfance",)]})
    spec = specificities(frame, "departement")
    assert list(spec.columns) == ["group", "theme", "k", "n", "K", "N", "specificity"]
    rows = spec[spec["theme"] == "jeunesse"].set_index("group")
    assert tuple(rows.loc["83", ["k", "n", "K", "N"]]) == (2, 2, 2, 4)
    assert rows.loc["83", "specificity"] == pytest.approx(-math.log10(1 / 6))
    assert rows.loc["29", "specificity"] == pytest.approx(math.log10(1 / 6))
    # a theme nobody has: P(X >= 0) = 1, score 0
    assert spec[spec["theme"] == "handicap"]["specificity"].abs().max() == 0


def _hypergeom_pmf(x: int, n: int, K: int, N: int) -> float:
    return math.comb(K, x) * math.comb(N - K, n - x) / math.comb(N, n)


@pytest.mark.parametrize("k,n,K,N", [(3, 5, 4, 20), (0, 6, 8, 20), (1, 10, 3, 12), (5, 5, 5, 40), (2, 7, 9, 30)])
def test_lafon_formula(k, n, K, N):
    mode = (n + 1) * (K + 1) // (N + 2)
    support = range(max(0, n - (N - K)), min(n, K) + 1)
    if k >= mode:
        expected = -math.log10(sum(_hypergeom_pmf(x, n, K, N) for x in support if x >= k))
    else:
        expected = math.log10(sum(_hypergeom_pmf(x, n, K, N) for x in support if x <= k))
    assert lafon(k, n, K, N) == pytest.approx(expected)
    assert (lafon(k, n, K, N) < 0) == (k < mode)


def test_peers_and_gaps():
    frame = _frame_with({"83": [("jeunesse", "logement"), ("jeunesse", "logement"),
                                ("jeunesse", "logement", "handicap"), ("enfance",)]})
    table = peers(frame, LA_SEYNE, k=3)
    assert list(table["code"]) == [TOULON, "83069", "83061"]
    assert table["similarity"].tolist() == pytest.approx([1.0, 2 / math.sqrt(6), 0.0])
    assert table.loc[1, "peer_only_themes"] == ["handicap"]
    assert table.loc[0, "shared_themes"] == ["jeunesse", "logement"]
    jac = peers(frame, LA_SEYNE, k=2, metric="jaccard")
    assert jac["similarity"].tolist() == pytest.approx([1.0, 2 / 3])
    gaps = peer_gaps(frame, LA_SEYNE, k=2)
    assert gaps.to_dict("records") == [{"theme": "handicap", "n_peers": 1, "share_of_peers": 0.5,
                                        "peers": ["83069"]}]
    with pytest.raises(CompareError):
        peers(frame, "99999")


def test_peers_of_a_member_commune_point_to_its_lead():
    frame = territory_frame([rec("https://tpm.example", "83", [(TPM, "epci"), (LA_SEYNE, "commune")],
                                 signature="2022-01-01", themes=("jeunesse",))])
    with pytest.raises(CompareError, match=f"partner of conventions led by {TPM}"):
        peers(frame, LA_SEYNE)


def test_peers_same_type():
    records = [rec("https://a.example", "83", [(LA_SEYNE, "commune")], signature="2022-01-01", themes=("jeunesse",)),
               rec("https://b.example", "29", [(BREST_METROPOLE, "epci")], signature="2022-01-01",
                   themes=("jeunesse",)),
               rec("https://c.example", "29", [(BREST, "commune")], signature="2018-01-01", themes=("enfance",))]
    frame = territory_frame(records)
    assert list(peers(frame, LA_SEYNE, same_type=True)["code"]) == [BREST]
    assert list(peers(frame, LA_SEYNE)["code"])[0] == BREST_METROPOLE
    # La Seyne (63 936) and Brest (140 064) share the 50 000 - 199 999 band; Brest Métropole is larger
    assert list(peers(frame, LA_SEYNE, same_band=True)["code"]) == [BREST]


def test_trends_wilson_interval():
    frame = _frame_with({"83": [("jeunesse",), ("enfance",)], "29": [("jeunesse",), ("jeunesse",)]})
    table = trends(frame)
    row = table[(table["year"] == 2022) & (table["theme"] == "jeunesse")].iloc[0]
    assert (row["k"], row["n"], row["share"]) == (3, 4, 0.75)
    # Wilson by hand: centre (p + z²/2n) / (1 + z²/n), half-width z sqrt(p(1-p)/n + z²/4n²) / (1 + z²/n)
    z, p, n = 1.959963984540054, 0.75, 4
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    assert (row["ci_low"], row["ci_high"]) == pytest.approx((centre - half, centre + half))
    assert row["ci_low"] < row["share"] < row["ci_high"]
    assert wilson(0, 5)[0] == pytest.approx(0.0, abs=1e-12)


def test_load_records_bad_input(tmp_path):
    with pytest.raises(CompareError, match="no such records file"):
        load_records([tmp_path / "missing.jsonl"])
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"source": "a"}\nnot json\n', encoding="utf-8")
    with pytest.raises(CompareError, match="line 2"):
        load_records([bad])
    wrong = tmp_path / "wrong.jsonl"
    wrong.write_text('{"title": "no source"}\n', encoding="utf-8")
    with pytest.raises(CompareError, match="not a ctgminer record"):
        load_records([wrong])
    with pytest.raises(CompareError):
        load_records([], store=tmp_path / "nostore.sqlite")


def test_lafon_tiny_probabilities_stay_finite():
    """P = 1 / C(10000, 200) underflows a float; the log-probability fallback keeps a finite score."""
    score = lafon(200, 200, 200, 10_000)
    assert math.isfinite(score) and score > 300
    assert lafon(0, 5000, 5000, 10_000) < -300


def test_url_date_path_dates_an_undated_page():
    """A news page whose text gives no date but whose URL does (/2019/01/) is not glued to a 2023 convention."""
    records = [rec("https://cc.example/ctg", "83", [(TPM, "epci")], signature="2023-02-01", period=(2023, 2027)),
               rec("https://journal.example/2019/01/ctg-signee/", "83", [(TPM, "epci")])]
    table = conventions(records)
    assert len(table) == 2
    assert set(table["year_source"]) == {"signature", "publication (URL)"}


def test_store_input(tmp_path):
    from ctgminer.collect.store import Store

    store = Store(tmp_path / "ctg.sqlite")
    pages = [("https://a.example/ctg", "page a"), ("https://b.example/ctg", "page b"),
             ("https://b.example/ctg-copy", "page b")]  # the copy is stored as a duplicate of b
    for url, text in pages:
        store.add_text(url, text)
    for doc_id, document in store.to_process("v0"):
        store.save_record(doc_id, rec(document.url, "83", [(LA_SEYNE, "commune")],
                                      signature="2019-12-11").to_dict(), "v0")
    store.close()
    records = load_records([], store=tmp_path / "ctg.sqlite")
    assert sorted(r.source for r in records) == ["https://a.example/ctg", "https://b.example/ctg"]
    assert len(conventions(records)) == 1


def test_same_page_twice_counts_once():
    """The same article read from two files, once with a tracking parameter: one source, one convention."""
    records = [rec("https://ville.example/ctg", "83", [(LA_SEYNE, "commune")], signature="2019-12-11"),
               rec("https://ville.example/ctg?utm_source=newsletter", "83", [(LA_SEYNE, "commune")],
                   signature="2019-12-11")]
    table = conventions(records)
    assert len(table) == 1 and table.iloc[0]["n_sources"] == 1


def test_undated_pages_do_not_bridge_through_each_other():
    """Page A (undated, La Seyne) points only to the 2020 convention and joins it. Page B (undated, La Seyne and
    Toulon) points to the 2020 and the 2025 conventions: it cannot tell, and must not join 2020 through A."""
    records = [
        rec("https://tpm.example/2020", "83", [(TPM, "epci"), (LA_SEYNE, "commune")], signature="2020-05-01"),
        rec("https://toulon.example/2025", "83", [(TOULON, "commune")], signature="2025-05-01"),
        rec("https://a.example/undated", "83", [(LA_SEYNE, "commune")]),
        rec("https://b.example/undated", "83", [(LA_SEYNE, "commune"), (TOULON, "commune")]),
    ]
    sources = sorted(tuple(s) for s in conventions(records)["sources"])
    assert sources == [("https://a.example/undated", "https://tpm.example/2020"), ("https://b.example/undated",),
                       ("https://toulon.example/2025",)]


def test_links_do_not_chain_successive_conventions():
    """2018-2021 ~ signed 2019 ~ 2020-2023: each pair is compatible, but a convention does not start both in
    2018 and in 2020, so the chain stops."""
    records = [rec("https://a.example", "83", [(LA_SEYNE, "commune")], period=(2018, 2021)),
               rec("https://b.example", "83", [(LA_SEYNE, "commune")], signature="2019-06-01"),
               rec("https://c.example", "83", [(LA_SEYNE, "commune")], period=(2020, 2023))]
    table = conventions(records)
    assert len(table) == 2
    assert sorted(table["n_sources"]) == [1, 2]


def test_a_page_giving_only_the_term_joins_the_convention_ending_then():
    """A mid-term review published in 2026 says only that the CTG runs "jusqu'en 2027": it belongs to the 2023-2027
    convention signed in 2023 (its publication year alone is too far from 2023 to tell), not to the 2018-2022 one;
    a page giving another term is another convention."""
    review = rec("https://review.example", "83", [(LA_SEYNE, "commune")], published="2026-03-02")
    review.period_end = 2027
    older = rec("https://recall.example", "83", [(LA_SEYNE, "commune")], published="2021-05-01")
    older.period_end = 2022
    records = [rec("https://signed.example", "83", [(LA_SEYNE, "commune")], signature="2023-01-20",
                   period=(2023, 2027)),
               rec("https://old.example", "83", [(LA_SEYNE, "commune")], period=(2018, 2022)), review, older]
    table = conventions(records).set_index("convention_id")
    assert len(table) == 2
    assert table.loc["ctg-83126-2023", "n_sources"] == 2
    assert table.loc["ctg-83126-2018", "n_sources"] == 2


def test_population_groups_from_small_to_large_unknown_last():
    records = [rec("https://a.example", "83", [(TOULON, "commune")], signature="2022-01-01", themes=("enfance",)),
               rec("https://b.example", "29", [("29075", "commune")], signature="2022-01-01", themes=("enfance",)),
               rec("https://c.example", "69", [("69123", "commune")], signature="2022-01-01", themes=("enfance",)),
               rec("https://d.example", None, [], signature="2022-01-01", themes=("enfance",))]
    groups = list(dict.fromkeys(theme_table(territory_frame(records), "population")["group"]))
    assert groups == ["10 000 - 49 999", "50 000 - 199 999", "200 000 +", "unknown"]


def test_mayotte_conventions_have_a_population_band():
    """Mayotte's communes have no population municipale in the COG source; the gazetteer takes them from INSEE's
    2017 census of Mayotte, so a convention led by Bouéni (6 189) or by an EPCI of Mayotte gets a band, not 'unknown'."""
    from ctgminer.gazetteer import get_gazetteer

    members = get_gazetteer().communes_of_epci
    mayotte = [c for siren in ("200050532", "200059871", "200060457", "200060465", "200060473") for c in members[siren]]
    assert len(mayotte) == 17 and all(c.population > 0 for c in mayotte)
    records = [rec("https://boueni.example", "976", [("97604", "commune")], signature="2023-01-26",
                   themes=("enfance",)),
               rec("https://cadema.example", "976", [("200060457", "epci")], signature="2024-03-01",
                   themes=("jeunesse",))]
    frame = territory_frame(records).set_index("lead_code")
    assert frame.loc["97604", "population_band"] == "< 10 000"
    # Dembeni (15 848) and Mamoudzou (71 437) make the CADEMA a medium urban area
    assert frame.loc["200060457", "population"] == 15848 + 71437
    assert frame.loc["200060457", "population_band"] == "50 000 - 199 999"


def test_conventions_naming_no_theme_are_left_out_of_theme_shares():
    """A convention whose pages name no theme (a three-line brief: "la Caf et la commune ont signé leur CTG")
    says nothing about its priorities: it is not counted as putting every theme aside. In 29, one convention
    names jeunesse and one names nothing: jeunesse is 1 of 1 there, not 1 of 2."""
    frame = _frame_with({"83": [("jeunesse",), ("enfance",)], "29": [("jeunesse",), ()]})
    table = theme_table(frame, "departement").set_index(["group", "theme"])
    assert table.loc[("29", "jeunesse"), ["count", "n", "share"]].tolist() == [1, 1, 1.0]
    assert table.loc[("83", "jeunesse"), ["count", "n", "share"]].tolist() == [1, 2, 0.5]
    spec = specificities(frame, "departement")
    assert set(spec["N"]) == {3}
    year = trends(frame)
    assert set(year["n"]) == {3}
    # a group whose conventions all name no theme has no row
    only_silent = _frame_with({"83": [("jeunesse",)], "29": [(), ()]})
    assert set(theme_table(only_silent, "departement")["group"]) == {"83"}


def test_peers_leave_out_territories_naming_no_theme():
    frame = _frame_with({"83": [("jeunesse",), ("jeunesse", "logement")], "29": [("jeunesse",), ()]})
    silent = _frame_with({"29": [("jeunesse",), ()]})["lead_code"].iloc[1]
    assert silent not in set(peers(frame, LA_SEYNE, k=10)["code"])
    with pytest.raises(CompareError, match="name no theme"):
        peers(frame, silent)
