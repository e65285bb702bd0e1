"""Parties: classes of unseen pages read in session 15 (written sets read_as to read_av), one example each, written
for these tests (never taken from the gold texts nor the written sets)."""

from __future__ import annotations

import pytest
import spacy

import ctgminer.extract.components  # noqa: F401  (registers the factories)


@pytest.fixture(scope="module")
def parties_nlp():
    nlp = spacy.blank("fr")
    nlp.add_pipe("ctg_parties")
    return nlp


def partner_names(nlp, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {span._.value.name: span._.value.type for span in doc.spans["partners"]}


def test_mayors_present_who_sign_too_in_a_relative_clause(parties_nlp):
    # "en présence des maires de A, B et C, qui l'ont également paraphée": attending and signing, the relative
    # clause closing the list tells it of every town listed
    text = ("La convention territoriale globale entre la Caf de la Nièvre et la communauté de communes Morvan "
            "Sommets et Grands Lacs a été signée lundi à la salle des fêtes, en présence des maires de "
            "Château-Chinon (Ville), Montsauche-les-Settons, Ouroux-en-Morvan et Lormes, qui l'ont également "
            "paraphée. Elle court jusqu'en 2027.")
    names = partner_names(parties_nlp, text)
    for town in ("Montsauche-les-Settons", "Ouroux-en-Morvan", "Lormes"):
        assert names.get(town) == "commune"


def test_mayors_present_who_sign_too_after_a_venue(parties_nlp):
    # the list follows the room where the signing takes place ("à la salle X, en présence des maires de A, B et C,
    # qui signent également la convention"): the first town is no venue when the clause says they sign
    text = ("La convention territoriale globale qui nous lie à la Caf de la Haute-Saône sera renouvelée le 4 avril à "
            "la salle polyvalente, en présence des maires de Melisey, Servance-Miellin et Fresse, qui signent "
            "également la convention.")
    names = partner_names(parties_nlp, text)
    for town in ("Melisey", "Servance-Miellin", "Fresse"):
        assert names.get(town) == "commune"


def test_other_ctgs_to_be_renewed_in_a_year(parties_nlp):
    # a closing note on other territories' conventions: "les CTG de X et de Y seront renouvelées en 2027"
    text = ("La communauté d'agglomération de Saint-Quentin et la Caf de l'Aisne ont signé jeudi leur convention "
            "territoriale globale pour 2024-2028. À noter : les CTG de la communauté d'agglomération du Soissonnais "
            "et de la communauté de communes du Pays de la Serre seront renouvelées en 2025.")
    names = partner_names(parties_nlp, text)
    assert list(names.values()) == ["epci"]


def test_other_ctg_reaching_its_term(parties_nlp):
    # "la CTG de X, signée en 2019, arrive à échéance l'an prochain": another territory's convention
    text = ("La ville de Vierzon et la Caf du Cher ont signé lundi une convention territoriale globale pour "
            "2023-2027. Par ailleurs, la CTG de la commune de Bourges, signée en 2019, arrive à échéance l'an "
            "prochain.")
    names = partner_names(parties_nlp, text)
    assert names == {"Vierzon": "commune"}


def test_towns_preparing_their_ctg_too(parties_nlp):
    # "A, B et C préparent aussi leur CTG": other towns' conventions in preparation
    text = ("La Ville d'Aubervilliers et la Caf de la Seine-Saint-Denis ont signé mardi une convention territoriale "
            "globale pour 2024-2027. Dans le département, Bobigny, Bondy et Pantin préparent aussi leur CTG.")
    names = partner_names(parties_nlp, text)
    assert names == {"Aubervilliers": "commune"}


def test_other_epcis_that_signed_their_ctg_in_an_earlier_year(parties_nlp):
    # "Les autres intercommunalités du secteur, X et Y, ont signé leur CTG en 2021"
    text = ("La communauté de communes du Pays de Salers a signé mardi sa convention territoriale globale avec la Caf "
            "du Cantal, pour 2024-2027. Les autres intercommunalités du secteur, Sumène Artense et Hautes Terres "
            "Communauté, ont signé leur CTG en 2021.")
    names = partner_names(parties_nlp, text)
    assert list(names.values()) == ["epci"]


def test_caf_that_already_signed_ctgs_with_others(parties_nlp):
    # "La Caf a déjà signé des CTG avec X et Y": the Caf's earlier conventions, not this one's parties
    text = ("La communauté de communes du Haut-Béarn et la Caf du Béarn et de la Soule ont signé vendredi une "
            "convention territoriale globale pour 2024-2027. La Caf a déjà signé des CTG avec la Communauté "
            "d'agglomération Pau Béarn Pyrénées et la Communauté de communes de Lacq-Orthez.")
    names = partner_names(parties_nlp, text)
    assert list(names.values()) == ["epci"]


def test_territories_that_signed_before_then_ce_sont(parties_nlp):
    # "Après X et Y en 2022, ce sont deux intercommunalités qui ont signé": those it follows signed before
    text = ("La Caf de la Meuse poursuit le déploiement des conventions territoriales globales. Après la communauté "
            "d'agglomération du Grand Verdun et celle de Bar-le-Duc en 2022, ce sont deux intercommunalités rurales "
            "qui ont signé leur CTG le 12 mars : la Communauté de communes de l'Aire à l'Argonne et la Communauté "
            "de communes du Sammiellois.")
    names = partner_names(parties_nlp, text)
    assert "Bar-le-Duc" not in names
    assert len(names) == 2 and set(names.values()) == {"epci"}
