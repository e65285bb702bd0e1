"""Parties component: inline annotated examples (written for these tests), traps included.

<p type='..' code='..'>mention</p> marks a signatory partner; the Caf's département is given per example.
"""

from __future__ import annotations

import pytest
from conftest import assert_partners, parse_annotated

from ctgminer.gazetteer import get_gazetteer, name_key

EXAMPLES = [
    # hashtag commune, Caf named in full
    ("83", "J'ai signé au nom de la ville de <p type='commune' code='83126'>#LaSeyneSurMer</p> la convention "
           "territoriale globale avec la Caisse d'allocations familiales du Var."),
    # homonym resolved by the Caf de La Réunion
    ("974", "La <p type='commune' code='97411'>ville de St-Denis</p> et la Caf de La Réunion signent une nouvelle "
            "convention territoriale globale pour les familles dionysiennes."),
    # article stored apart: Le Havre
    ("76", "La <p type='commune' code='76351'>Ville du Havre</p> et la CAF de Seine-Maritime ont signé ce jour une "
           "Convention Territoriale Globale (CTG)."),
    # département written without hyphens, generic 'le Département'
    ("47", "La convention territoriale globale entre la Caisse d'Allocations Familiales de Lot et Garonne et le "
           "<p type='departement' code='47'>Conseil Départemental de Lot et Garonne</p> a été signée."),
    # EPCI + a list of communes
    ("82", "La convention territoriale globale a été signée entre la Caf 82 et la <p type='epci' "
           "code='248200107'>communauté de communes Quercy Rouergue et des Gorges de l'Aveyron</p>, les communes "
           "de <p type='commune' code='82137'>Parisot</p>, <p type='commune' code='82088'>Laguépie</p> et "
           "<p type='commune' code='82155'>Saint-Antonin-Noble-Val</p>."),
    # Caf by number, État through the préfète, MSA
    ("30", "La préfète du Gard a cosigné la CTG avec la <p type='epci' code='200035129'>communauté de communes Cèze "
           "Cévennes</p> et la Caf 30. La MSA du Languedoc a également signé."),
    # CSSM for Mayotte, list of communes with apostrophes
    ("976", "Signature le 26 janvier 2023 de trois CTG par la CSSM avec les communes de <p type='commune' "
            "code='97604'>Bouéni</p>, <p type='commune' code='97612'>M'tsamboro</p> et <p type='commune' "
            "code='97615'>Pamandzi</p>."),
    # mayors of signatory communes
    ("07", "La CTG a été signée avec la CAF de l'Ardèche. Étaient présents les maires des communes signataires : "
           "M. Yves Martin, maire de <p type='commune' code='07178'>Pont-de-Labeaume</p>, et M. Paul Roux, maire de "
           "<p type='commune' code='07045'>Burzet</p>."),
    # EPCI known by its usual name only
    ("11", "<p type='epci' code='200035715'>Carcassonne Agglo</p> a renouvelé son partenariat avec la CAF de l'Aude "
           "en prolongeant la CTG jusqu'en 2026."),
]


@pytest.mark.parametrize("caf_code,source", EXAMPLES)
def test_partners(analyse_text, caf_code, source):
    text, tags = parse_annotated(source)
    record = analyse_text(text)
    assert_partners(record.caf.department_code, caf_code, tags, record.partners)


def test_etat_and_msa(analyse_text):
    record = analyse_text(EXAMPLES[5][1])
    types = {p.type for p in record.partners}
    assert {"etat", "msa", "epci"} <= types


TRAPS = [
    # the venue of the signature is not a signatory
    "La CTG a été signée à la mairie de Saint-Étienne-lès-Remiremont par la communauté de communes de la Porte "
    "des Vosges Méridionales et la Caf des Vosges.",
    # a president's home commune is not a signatory
    "Le président de la communauté de communes Vallée de l'Hérault (CCVH), maire de Gignac, a signé la CTG avec la "
    "Caf de l'Hérault.",
    # attending is not signing
    "La Ville de Moissac a signé la CTG avec la Caf de Tarn-et-Garonne, en présence du président de la communauté "
    "de communes Terres des Confluences.",
    # generic list of possible signatories
    "D'autres acteurs peuvent en être signataires : l'Etat, le Conseil départemental, la MSA. La Ville de Sète a "
    "signé la CTG avec la Caf de l'Hérault.",
]


@pytest.mark.parametrize("text", TRAPS)
def test_traps(analyse_text, text):
    record = analyse_text(text)
    names = [p.name for p in record.partners]
    assert "Saint-Étienne-lès-Remiremont" not in names
    assert "Gignac" not in names
    assert not any("Terres des Confluences" in n for n in names)
    assert not any(p.type in {"etat", "msa", "departement"} for p in record.partners)


def test_caf_forms(analyse_text):
    forms = {
        "Caf du Var": "83", "Caisse d'allocations familiales de Lot-et-Garonne": "47", "CAF de Seine-Maritime": "76",
        "la Caf de l'Essonne": "91", "Caf 34": "34", "la CAF des P.-O.": "66", "la Caf 23": "23",
        "Caisse de sécurité sociale de Mayotte (CSSM)": "976", "la Caf de Haute-Corse": "2B",
        "la CAF de la Martinique": "972",
    }
    for form, code in forms.items():
        record = analyse_text(f"La convention territoriale globale a été signée par {form} et la commune.")
        assert record.caf.department_code == code, form


def test_caf_inferred_from_territory(analyse_text):
    record = analyse_text("La ville des Abymes et la CAF ont signé une convention territoriale globale.")
    assert record.caf.department_code == "971"
    assert record.partners[0].insee_code == "97101"


def test_signatory_persons(analyse_text):
    record = analyse_text("Jeudi 27 février 2025, Louis Aliot, maire de Perpignan, et Claire Hery, directrice "
                          "adjointe de la Caf des Pyrénées-Orientales, ont signé la Convention Territoriale Globale.")
    roles = {s.name: s.role for s in record.signatories}
    assert roles.get("Louis Aliot") == "maire"
    assert record.partners[0].insee_code == "66136"


def test_gazetteer_spellings():
    gaz = get_gazetteer()
    assert gaz.commune("le havre").code == "76351"
    assert gaz.commune("Saint Antonin Noble Val").code == "82155"
    assert gaz.commune("Saint-Denis", "974").code == "97411"
    assert gaz.commune("Saint-Denis", "93").code == "93066"
    assert gaz.commune("Nowhere-sur-Rien") is None
    assert gaz.departement("Lot et Garonne").code == "47"
    assert name_key("#LaSeyneSurMer") == name_key("La Seyne-sur-Mer")
