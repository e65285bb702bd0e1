"""Parties: classes of unseen pages read in session 13 (written sets read_ak to read_an), one example each, written
for these tests (never taken from the gold texts nor the written sets)."""

from __future__ import annotations

import pytest
import spacy
from conftest import partner_names

import ctgminer.extract.components  # noqa: F401  (registers the factories)

# a convention whose parties block is one sentence opening on the State, right after "Entre"
ONE_SENTENCE_BLOCK = (
    "CONVENTION TERRITORIALE GLOBALE 2025-2028\n"
    "Entre l'État, représenté par le préfet de l'Aude, M. Paul Durand, la Caisse d'allocations familiales de "
    "l'Aude, représentée par sa directrice, Mme Anne Roux, et la commune de Limoux, représentée par son maire, "
    "M. Jean Petit,\n"
    "Il est convenu ce qui suit :\n"
    "Article 1 - Objet\nLa présente convention définit le projet social du territoire.\n"
    "Article 5 - Durée\nLa présente convention est conclue pour une durée de quatre ans.\n"
    "Fait à Limoux, le 3 juillet 2025\n")


def blank(*pipes: str) -> spacy.language.Language:
    """A blank French pipeline with the given components."""
    nlp = spacy.blank("fr")
    for pipe in pipes:
        nlp.add_pipe(pipe)
    return nlp


@pytest.fixture(scope="module")
def genre_nlp():
    return blank("ctg_genre")


def test_state_right_after_entre_is_a_party(genre_nlp):
    parties = {p.type: p for p in genre_nlp(ONE_SENTENCE_BLOCK)._.genre.parties}
    assert set(parties) == {"etat", "caf", "commune"}
    assert parties["etat"].representative == "Paul Durand"
    assert parties["commune"].code == "11206"  # Limoux, linked with the Caf's département


def test_town_named_agglomeration_has_its_other_spellings():
    from ctgminer.gazetteer import get_gazetteer, match_places, town_variant_keys

    gaz = get_gazetteer()
    assert "agglomeration du choletais" in town_variant_keys("Communauté d'agglomération Cholet Agglomération")
    assert town_variant_keys("Communauté de communes du Thouarsais") == []  # not named after its town and kind
    for text, siren in (("L'Agglomération du Choletais et la Caf", "200071678"),
                        ("Le Pays de Lunel et la Caf", "243400520"),
                        ("l'Agglo de Cholet", "200071678")):
        hits = match_places(gaz, text)
        assert [p.code for p in hits[0].places] == [siren], text
    # a variant never names a commune: "Lunel" alone stays the commune
    assert match_places(gaz, "à Lunel")[0].kind == "commune"


def test_variant_shared_by_two_agglomerations_is_dropped():
    from ctgminer.gazetteer import Gazetteer, Place

    gaz = Gazetteer.__new__(Gazetteer)  # two made-up agglomerations of the same town in two départements
    gaz.epcis = [Place("1", "Communauté d'agglomération Aubeville Agglo", "epci", "01"),
                 Place("2", "Communauté d'agglomération Aubeville Agglomération", "epci", "02")]
    gaz.keys_of_epci = {"1": ["aubeville agglo"], "2": ["aubeville agglomeration"]}
    gaz.epci_by_key = {"aubeville agglo": gaz.epcis[0], "aubeville agglomeration": gaz.epcis[1]}
    gaz.communes, gaz.dep_by_key = {"aubeville": []}, {}
    gaz.add_town_variants()
    assert "agglomeration d aubeville" not in gaz.epci_by_key
    assert "pays d aubeville" not in gaz.epci_by_key


# a local paper naming the agglomeration by its territory's adjective, never by its official name
CHOLETAIS = ("Cholet. L'Agglomération du Choletais et la Caf de Maine-et-Loire ont signé mardi leur convention "
             "territoriale globale pour 2024-2028, en présence des maires des communes membres.\n")


def test_agglomeration_named_by_its_territory_signs(parties_nlp):
    found = partner_names(parties_nlp, CHOLETAIS)
    assert found.get("Communauté d'agglomération Cholet Agglomération") == "epci"


# a Caf's news page listing, one per line, the intercommunalities whose conventions it renewed
ROWS = ("Renouvellement des conventions territoriales globales en Lozère\n"
        "La Caf de la Lozère a signé cette année les nouvelles conventions territoriales globales. "
        "Les territoires concernés sont :\n"
        "- la Communauté de communes du Gévaudan ;\n"
        "- la Communauté de communes Randon - Margeride ;\n"
        "- la Communauté de communes du Haut Allier Margeride ;\n"
        "- la Communauté de communes Mont Lozère.\n"
        "Elles courent jusqu'en 2027 et remplacent les contrats enfance jeunesse.\n")


def test_every_row_of_a_list_of_epci_signs(parties_nlp):
    found = partner_names(parties_nlp, ROWS)
    assert {n for n, t in found.items() if t == "epci"} == {
        "Communauté de communes du Gévaudan", "Communauté de communes Randon - Margeride",
        "Communauté de communes du Haut Allier Margeride", "Communauté de communes Mont Lozère"}


def test_line_lists_need_two_lines():
    from ctgminer.extract.components.parties.component import PartiesComponent
    from ctgminer.text.sentences import Sentences

    comp = PartiesComponent(None)
    text = "Bilan\nLa Communauté de communes du Gévaudan a signé sa CTG avec la Caf de la Lozère.\n"
    cands, _ = comp.scored_candidates(text, Sentences(text), None)
    assert all("row_list" not in c.extra for c in cands)  # one line opened by an EPCI is no list
