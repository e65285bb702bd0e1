"""Parties recall classes seen on unseen pages, on a blank French pipeline (texts written for these tests).
<p type='..' code='..'>mention</p> marks a signatory partner; names not tagged must not be partners."""

from __future__ import annotations

import pytest
import spacy
from conftest import assert_partners, parse_annotated

from ctgminer.extract.components.parties import patterns as P
from ctgminer.gazetteer import get_gazetteer


@pytest.fixture(scope="module")
def nlp():
    import ctgminer.extract.components  # noqa: F401  (registers the factories)

    pipeline = spacy.blank("fr")
    pipeline.add_pipe("ctg_parties")
    return pipeline


EXAMPLES = [
    # the venue is the only commune of the text: it is the signing territory
    ("976", "La Caisse de sécurité sociale de Mayotte poursuit le déploiement des conventions territoriales "
            "globales avec les communes. La première CTG a été signée à <p type='commune' code='97611'>"
            "Mamoudzou</p> la semaine dernière, pour quatre ans."),
    # the mayor's commune is the only territory of a CTG page
    ("34", "Notre ville renouvelle sa convention territoriale globale avec la Caf de l'Hérault pour 2024-2027. "
           "Mercredi 6 mars, Pierre Vidal, maire de <p type='commune' code='34142'>Lodève</p>, et la "
           "présidente de la Caf ont paraphé le document."),
    # two EPCI under one plural head
    ("12", "La CTG a été signée le 4 avril entre la Caf de l'Aveyron et les communautés de communes "
           "<p type='epci' code='200067171'>Aubrac Carladez Viadène</p> et du <p type='epci' code='241200674'>Plateau "
           "de Montbazens</p>."),
    # an EPCI name cut by the excerpt's end
    ("03", "La Caf de l'Allier a signé une convention territoriale globale pour répondre aux besoins des familles "
           "du territoire de la <p type='epci' code='200071389'>Saint-Pourçain Sioule Lim</p>"),
]


@pytest.mark.parametrize("caf_code,source", EXAMPLES)
def test_recall_classes(nlp, caf_code, source):
    text, tags = parse_annotated(source)
    doc = nlp(text)
    values = [span._.value for span in doc.spans["partners"]]
    assert doc._.caf is not None
    assert_partners(doc._.caf.department_code, caf_code, tags, values)


def test_venue_is_no_partner_beside_another_territory(nlp):
    """A venue stays a venue when the text names the signing territory elsewhere."""
    text = ("La Communauté de communes de Millau Grands Causses et la Caf de l'Aveyron ont signé la convention "
            "territoriale globale à Saint-Affrique, jeudi.")
    doc = nlp(text)
    names = {span._.value.name for span in doc.spans["partners"]}
    assert "Saint-Affrique" not in names and any("Millau" in n for n in names)


def test_audience_list_is_no_partner(nlp):
    """'les maires présents (A, B)': an audience, not the signatories."""
    text = ("La Communauté de communes de Millau Grands Causses et la Caf de l'Aveyron ont signé la convention "
            "territoriale globale devant les maires présents (Creissels, Compeyre).\nLes maires ou les adjoints "
            "présents (Verrières, Castelnau-Pégayrols) ont posé des questions.")
    doc = nlp(text)
    names = {span._.value.name for span in doc.spans["partners"]}
    assert not names & {"Creissels", "Compeyre", "Verrières", "Castelnau-Pégayrols"}, names


def test_no_cut_name_on_a_closed_sentence(nlp):
    text = "La Caf de l'Allier a signé la convention territoriale globale. Les familles en bénéficient."
    doc = nlp(text)
    assert not [s for s in doc.spans["partners"] if s._.value.type == "epci"]


def test_epci_by_prefix():
    gaz = get_gazetteer()
    assert gaz.epci_by_prefix("millau grands cau").code == "241200567"
    assert gaz.epci_by_prefix("pays d") is None  # many EPCI begin so
    assert gaz.epci_by_prefix("zzz") is None


def test_trailing_name_pattern():
    assert P.TRAILING_NAME.search("les familles du Pays de Sault - Val d'Ar")["name"] == "Pays de Sault - Val d'Ar"
    assert P.TRAILING_NAME.search("les familles du Pays de Sault.") is None


def test_homonym_is_not_cut_to_another_commune(nlp):
    """'Saint Gilles' (six communes, none in the Caf's département) never becomes 'Le Saint' (Morbihan)."""
    text = ("La Caf du Nord a signé la convention territoriale globale avec la commune de Saint Gilles et la "
            "commune de Lille.")
    doc = nlp(text)
    values = [span._.value for span in doc.spans["partners"]]
    assert not [v for v in values if v.insee_code == "56201"], values
