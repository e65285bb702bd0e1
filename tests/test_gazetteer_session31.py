"""Gazetteer: EPCI that pages name by a usage name, brand or acronym their official BANATIC name does not hold (seen
in session 31 in read_z, read_r, read_ah, read_cr, read_cn, read_co, read_cf, read_ct and the comparison check's
unlinked gold partners). Examples written for these tests, never taken from the gold texts nor the written sets."""

from __future__ import annotations

import csv
from importlib import resources

import pytest

from ctgminer.evaluation.compare_eval import link_partner
from ctgminer.gazetteer import Gazetteer, brand_keys, get_gazetteer


def _partners(nlp, text: str) -> dict[str, tuple[str, str | None]]:
    """The partners found in `text`: name -> (type, code)."""
    doc = nlp(text)
    return {s._.value.name: (s._.value.type, s._.value.insee_code) for s in doc.spans["partners"]}


def _code(name: str) -> str:
    """The SIREN of the EPCI epci.tsv names `name` (read from the table, never typed)."""
    return next(p.code for p in get_gazetteer().epcis if p.name == name)


# -- the aliases table ---------------------------------------------------------------------------------------------

def test_every_alias_resolves_to_its_official_name():
    gaz = get_gazetteer()
    path = resources.files("ctgminer.resources").joinpath("gazetteer", "epci_aliases.tsv")
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert rows
    for row in rows:
        assert gaz.epci_by_code[row["siren"]].name == row["name"], row
        assert row["source"].strip(), row


def test_an_alias_whose_name_does_not_resolve_fails_the_load(tmp_path, monkeypatch):
    bad = tmp_path / "aliases.tsv"
    bad.write_text("alias\tname\tsiren\tsource\nLa Brande\tCommunauté de communes de Nulle Part\t200000000\ttest\n",
                   encoding="utf-8")
    gaz = get_gazetteer()
    with pytest.raises(ValueError, match="Nulle Part"):
        Gazetteer.add_aliases(gaz, bad)


# -- look-ups by usage name (data and rules) ----------------------------------------------------------------------

@pytest.mark.parametrize("written, official", [
    ("Cap Nord Martinique", "Communauté d'agglomération du Pays Nord Martinique"),  # (epci_aliases.tsv)
    ("Saint-Nazaire Agglo", "Communauté d'agglomération de la Région Nazairienne et de l'Estuaire (CARENE)"),
    # (rule: a usage name the official name writes in parentheses)
    ("Cap Atlantique", "Communauté d'agglomération de la Presqu'île de Guérande Atlantique (Cap Atlantique)"),
    # (rule: the kind written twice, the brand's words alone)
    ("Communauté d'agglomération Paris-Saclay", "Communauté d'agglomération Communauté Paris-Saclay"),
    # (rule: the distinctive part without the EPCI's own département's name)
    ("Bastides et Vallons", "Communauté de communes Bastides et Vallons du Gers"),
    ("Espace Sud", "Communauté d'agglomération de l'Espace Sud de la Martinique"),
    # (rule: "Agglomération" and a name without article)
    ("Agglomération Montargoise et Rives du Loing", "Communauté d'agglomération Montargoise et Rives du Loing (AME)"),
    # (epci_aliases.tsv: a former name, the words of an acronym brand)
    ("Communauté intercommunale Réunion Est", "Communauté d'agglomération Intercommunale de la Réunion Est (CIREST)"),
    ("Communauté de communes Loué-Brûlon-Noyen", "LBN Communauté"),
])
def test_usage_names_link(written, official):
    place = get_gazetteer().epci(written)
    assert place is not None and place.name == official, place


def test_departement_shortening_keeps_completed_nouns():
    gaz = get_gazetteer()
    # "Maine Cœur de Sarthe", "Luberon Monts de Vaucluse": the département's name completes a noun, never cut off
    assert gaz.epci("Maine Coeur") is None
    assert gaz.epci("Luberon Monts") is None
    # nor a town's name ("Saint-Dié-des-Vosges") nor bare points of the compass ("Grand Nord de Mayotte")
    assert gaz.epci("Saint Die") is None
    assert gaz.epci("Grand Nord") is None


def test_agglomeration_rule_needs_a_name_without_article():
    # "l'agglomération du Grand Cahors" may be the town's urban area: no key for a name with an article
    assert not any(k.startswith("agglomeration") for k in brand_keys("Communauté d'agglomération du Grand Cahors"))
    assert "agglomeration montargoise et rives du loing" in brand_keys(
        "Communauté d'agglomération Montargoise et Rives du Loing (AME)")


def test_alias_acronyms_link_in_their_departement_only():
    gaz = get_gazetteer()
    assert gaz.epci_by_acronym("CASUD", "974").name == "Communauté d'agglomération du Sud"
    assert gaz.epci_by_acronym("MACS", "40").code == _code("Communauté de communes Maremne Adour Côte Sud")
    assert gaz.epci_by_acronym("MACS", "69") is None


def test_comparison_links_gold_partners_by_usage_name():
    # the gold writes the EPCI as pages do: the comparison check now links it
    assert link_partner("Cap Nord Martinique", "epci", "972") == _code("Communauté d'agglomération du Pays Nord Martinique")
    assert link_partner("CASUD", "epci", "974") == _code("Communauté d'agglomération du Sud")


# -- in pages -----------------------------------------------------------------------------------------------------

BRAND_SIGNS = ("Le Lorrain, 14 mars 2023 – Cap Nord Martinique et la Caf de la Martinique ont signé ce mardi la convention "
               "territoriale globale 2023-2027 pour les dix-huit communes du nord de l'île. Petite enfance, "
               "jeunesse et accès aux droits en sont les priorités.")

ACRONYM_SIGNS = ("Saint-Pierre – La CASUD et la Caf de La Réunion ont signé le 6 avril 2023 leur convention "
                 "territoriale globale, qui engage les quatre communes du sud de l'île jusqu'en 2027.")

ONE_WORD_BRAND = ("Le magazine – Hiver 2023. Enfance : Cauvaldor et la Caf du Lot ont signé la convention territoriale "
                  "globale le 12 janvier 2023 pour cinq ans.")

PARENTHESIS_BRAND = ("Guérande – Cap Atlantique et la Caf de Loire-Atlantique ont signé la convention territoriale "
                     "globale (CTG) le 2 février 2023 pour les quinze communes de la presqu'île.")

SHORT_OF_OFFICIAL = ("Conseil communautaire du 9 mars 2023. Bastides et Vallons et la Caf du Gers ont signé la "
                     "convention territoriale globale pour la période 2023-2027.")

ACRONYM_ELSEWHERE = ("Villeurbanne – La Caf du Rhône et la commune ont signé la convention territoriale globale le "
                     "3 mai 2023 ; le MACS, club omnisports du quartier, accueillera les enfants le mercredi.")


@pytest.mark.parametrize("text, official", [
    (BRAND_SIGNS, "Communauté d'agglomération du Pays Nord Martinique"),
    (ACRONYM_SIGNS, "Communauté d'agglomération du Sud"),
    (ONE_WORD_BRAND, "Communauté de communes Causses et Vallée de la Dordogne"),
    (PARENTHESIS_BRAND, "Communauté d'agglomération de la Presqu'île de Guérande Atlantique (Cap Atlantique)"),
    (SHORT_OF_OFFICIAL, "Communauté de communes Bastides et Vallons du Gers"),
])
def test_page_naming_an_epci_by_its_brand_links_it(parties_nlp, text, official):
    found = _partners(parties_nlp, text)
    assert found.get(official) == ("epci", _code(official)), found


OTHER_CAP_NORD = ("Projet social de territoire – Cap Nord Basse-Terre. Les communes de l'agglomération et la Caf de la "
                  "Guadeloupe ont signé la convention territoriale globale le 20 juin 2023.")


def test_a_brand_shared_by_other_territories_is_no_alias(parties_nlp):
    # "Cap Nord" alone is no alias (a Guadeloupe agglomeration writes "Cap Nord Basse-Terre" as well): the page of the
    # Caf de la Guadeloupe keeps its own EPCI and reads no Martinique one
    found = _partners(parties_nlp, OTHER_CAP_NORD)
    assert not any(code == _code("Communauté d'agglomération du Pays Nord Martinique") for _, code in found.values()), found
    assert get_gazetteer().epci("Cap Nord") is None


def test_alias_acronym_of_another_body_is_no_partner(parties_nlp):
    # "MACS" is the Landes' Communauté de communes Maremne Adour Côte Sud, but beside the Caf du Rhône a club
    found = _partners(parties_nlp, ACRONYM_ELSEWHERE)
    assert not any(t == "epci" for t, _ in found.values()), found


def test_comparison_links_a_departement_named_by_its_body():
    # gold partners of type departement written as the body the page names ("le Conseil départemental de la
    # Haute-Vienne", "la Collectivité territoriale de Martinique"): the comparison check links them
    assert link_partner("Conseil départemental de la Haute-Vienne", "departement", "87") == "87"
    assert link_partner("Département de l'Ain", "departement", "01") == "01"
    assert link_partner("Collectivité territoriale de Martinique", "departement", "972") == "972"
    # (the body's words alone name no département)
    assert link_partner("Département", "departement", "01") is None
