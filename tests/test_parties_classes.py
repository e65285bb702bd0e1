"""Parties on a blank French pipeline: one inline example per error class seen on unseen pages (texts written
for these tests). <p type='..' code='..'>mention</p> marks a signatory partner."""

from __future__ import annotations

import pytest
import spacy
from conftest import assert_partners, parse_annotated

from ctgminer.extract.components.parties import patterns as P
from ctgminer.extract.components.parties.component import CafValue, PartyValue
from ctgminer.gazetteer import get_gazetteer, match_places


@pytest.fixture(scope="module")
def nlp():
    import ctgminer.extract.components  # noqa: F401  (registers the factories)

    pipeline = spacy.blank("fr")
    pipeline.add_pipe("ctg_parties")
    return pipeline


def partners(nlp, text):
    doc = nlp(text)
    return doc, [span._.value for span in doc.spans["partners"]]


EXAMPLES = [
    # a heading glued across a line break; an EPCI name with a lowercase particle ("Val ès Dunes")
    ("14", "Convention Territoriale Globale\n\nLa <p type='epci' code='200065589'>Communauté de communes Val ès "
           "Dunes</p> a signé la convention territoriale globale avec la Caf du Calvados."),
    # a trailing weekday after the name
    ("14", "La convention territoriale globale a été signée par la <p type='commune' code='14366'>Ville de "
           "Lisieux</p> mardi, avec la Caf du Calvados."),
    # an EPCI written with a lowercase 'de la région de'
    ("88", "La <p type='epci' code='200005957'>communauté de communes de la région de Rambervillers</p> et la Caf "
           "des Vosges ont signé la CTG."),
    # overseas: 'la Caf' alone, the commune tells La Réunion
    ("974", "La <p type='commune' code='97420'>commune de Sainte-Suzanne</p> et la Caf ont signé une convention "
            "territoriale globale pour les familles réunionnaises."),
    # a list of communes joined by commas and 'et', without 'les communes de'
    ("33", "La CTG a été signée entre la Caf de la Gironde et <p type='commune' code='33042'>Belin-Béliet</p>, "
           "<p type='commune' code='33029'>Le Barp</p> et <p type='commune' code='33260'>Lugos</p>."),
    # recall classes of unseen pages
    # the venue is the only commune of the text: it is the signing territory
    ("976", "La Caisse de sécurité sociale de Mayotte poursuit le déploiement des conventions territoriales "
            "globales avec les communes. La première CTG a été signée à <p type='commune' code='97611'>"
            "Mamoudzou</p> la semaine dernière, pour quatre ans."),
    # the mayor's commune is the only territory of a CTG page
    ("34", "Notre ville renouvelle sa convention territoriale globale avec la Caf de l'Hérault pour 2024-2027. "
           "Mercredi 6 mars, Pierre Vidal, maire de <p type='commune' code='34142'>Lodève</p>, et la "
           "présidente de la Caf ont paraphé le document."),
    # a first name that is also the name of communes in other départements, before a surname ("Romain" exists in
    # the Doubs, the Jura, the Marne...): a person, never a partner
    ("82", "Ce jeudi 13 mars, Romain Lopez, maire de <p type='commune' code='82112'>Moissac</p>, et la directrice "
           "de la Caf de Tarn-et-Garonne ont signé la convention territoriale globale 2025-2029."),
    # two EPCI under one plural head
    ("12", "La CTG a été signée le 4 avril entre la Caf de l'Aveyron et les communautés de communes "
           "<p type='epci' code='200067171'>Aubrac Carladez Viadène</p> et du <p type='epci' code='241200674'>Plateau "
           "de Montbazens</p>."),
    # an EPCI name cut by the excerpt's end
    ("03", "La Caf de l'Allier a signé une convention territoriale globale pour répondre aux besoins des familles "
           "du territoire de la <p type='epci' code='200071389'>Saint-Pourçain Sioule Lim</p>"),
]


@pytest.mark.parametrize("caf_code,source", EXAMPLES)
def test_partner_classes(nlp, caf_code, source):
    text, tags = parse_annotated(source)
    doc, values = partners(nlp, text)
    assert isinstance(doc._.caf, CafValue) and all(isinstance(v, PartyValue) for v in values)
    assert_partners(doc._.caf.department_code, caf_code, tags, values)
    for value in values:  # no heading glued across the line break, no trailing weekday
        assert "Globale" not in value.mention and value.mention.split()[-1] not in {"mardi", "jeudi"}
    assert len(values) == len(tags), values


def test_linked_epci_takes_official_name(nlp):
    text = ("La Communauté de communes de la Porte des Vosges Méridionales (CCPVM) et la Caf des Vosges ont signé "
            "la convention territoriale globale. La CCPVM s'engage pour cinq ans.")
    _, values = partners(nlp, text)
    epcis = [v for v in values if v.type == "epci"]
    assert len(epcis) == 1
    assert epcis[0].name == "Communauté de communes de la Porte des Vosges Méridionales"
    assert epcis[0].insee_code == "200068377"


def test_bodies_without_insee_code(nlp):
    text = ("La convention territoriale globale a été signée par la Caf du Lot, la communauté de communes "
            "Cazals-Salviac, la préfecture du Lot, le Conseil départemental du Lot, la MSA Midi-Pyrénées Nord et "
            "l'Éducation nationale.")
    _, values = partners(nlp, text)
    types = {v.name: v.type for v in values}
    assert types.get("Préfecture du Lot") == "etat"
    assert types.get("Lot") == "departement"
    assert "msa" in types.values()
    assert any(t == "etat" and "ducation" in n for n, t in types.items())


def test_syndicat_is_other(nlp):
    text = "Le Sivom de la vallée du Tarn et la Caf de l'Aveyron ont signé la convention territoriale globale."
    _, values = partners(nlp, text)
    assert [v.type for v in values if "ivom" in v.name] == ["other"]
    assert not [v for v in values if v.type == "epci"]


NOT_PARTNERS = [
    # a lone article, 'la Caisse', and the common noun 'ville' opening a sentence
    ("Ville et Caf : la Caisse et la commune de Rambervillers ont signé la CTG.\nLa Caf des Vosges s'engage.",
     {"Ville", "La", "Caisse"}),
    # an official's home commune
    ("Jean Morel, maire de Gignac et président de la communauté de communes Vallée de l'Hérault, a signé la CTG "
     "avec la Caf de l'Hérault.", {"Gignac"}),
    # communes cited as examples of other conventions (the signing commune stays, checked below)
    ("La ville de Moissac a signé la CTG avec la Caf de Tarn-et-Garonne, comme l'avaient fait par exemple "
     "Montauban et Castelsarrasin en 2022.", {"Montauban", "Castelsarrasin"}),
    # member communes that do not sign
    ("La communauté de communes du Quercy Caussadais a signé la CTG avec la Caf de Tarn-et-Garonne. Elle compte "
     "22 communes, dont Caussade, Septfonds et Monteils.", {"Caussade", "Septfonds", "Monteils"}),
    # a surname that is also a commune
    ("La CTG a été signée par M. Paul Roux, maire de Burzet, et la Caf de l'Ardèche.", {"Le Roux", "Roux"}),
    # a venue
    ("La CTG a été signée à la mairie de Saint-Étienne-lès-Remiremont par la communauté de communes de la Porte "
     "des Vosges Méridionales et la Caf des Vosges.", {"Saint-Étienne-lès-Remiremont"}),
]


@pytest.mark.parametrize("text,absent", NOT_PARTNERS)
def test_not_partners(nlp, text, absent):
    _, values = partners(nlp, text)
    names = {v.name for v in values} | {v.mention for v in values}
    assert not names & absent, values
    assert values, "the signing party is still found"


@pytest.mark.parametrize("form,code", [
    ("la CGSS et la Caf de la Guadeloupe", "971"), ("la Caf de la Martinique", "972"), ("la Caf de la Guyane", "973"),
    ("la Caf de La Réunion", "974"), ("la Caisse de sécurité sociale de Mayotte", "976"), ("la CSSM", "976"),
    ("la Caf d'Alençon", "61"),
])
def test_caf_overseas_and_seat(nlp, form, code):
    doc = nlp(f"La convention territoriale globale a été signée par {form} et la commune.")
    assert doc._.caf.department_code == code


def test_gazetteer_match_never_crosses_a_line():
    gaz = get_gazetteer()
    text = "Saint\nDenis, Saint-Denis"
    found = [(text[m.start:m.end], m.kind) for m in match_places(gaz, text)]
    assert ("Saint-Denis", "commune") in found
    assert all("\n" not in t for t, _ in found)


def test_model_card_and_weights():
    from ctgminer.extract.components.parties.model import load_model

    model = load_model()
    assert model.version and model.weights
    assert 0 < model.score({"rule": 1.0, "sent_sign": 1.0}) < 1


def test_rule_names_stop_at_line_breaks(nlp):
    # a caption glued under the name: the signatory's name on the next line is not part of the EPCI's
    text = ("La convention territoriale globale a été signée par la communauté de communes de Cèze Cévennes\n"
            "Olivier Martin, président, et la Caf du Gard.")
    _, values = partners(nlp, text)
    assert [v.insee_code for v in values if v.type == "epci"] == ["200035129"]
    assert all("\n" not in v.mention and "Olivier" not in v.name for v in values)


def test_territory_named_like_an_epci_and_caf_seat(nlp):
    text = ("La Caf d'Alençon et les cinq communes du Val de l'Eyre ont signé un avenant à la convention "
            "territoriale globale.")
    _, values = partners(nlp, text)
    assert not [v for v in values if v.type == "epci" or v.name == "Alençon"], values


def test_gazetteer_never_reads_a_name_inside_a_compound():
    # first names that are also communes ("Yves" in Charente-Maritime, "Marie" in the Alpes-Maritimes): a run
    # never starts inside a hyphenated word nor stops on its head
    gaz = get_gazetteer()
    text = "Signé par Jean-Yves Durand et Marie-Hélène Petit à Rive-de-Gier, puis à Saint-Genest-Lerpt."
    found = [text[m.start:m.end] for m in match_places(gaz, text)]
    assert "Yves" not in found and "Marie" not in found
    assert "Rive-de-Gier" in found and "Saint-Genest-Lerpt" in found


def test_short_form_of_a_hyphenated_commune(nlp):
    gaz = get_gazetteer()
    assert gaz.commune("Sébazac", "12").code == "12264"  # Sébazac-Concourès, the only commune so headed
    assert gaz.commune("Sébazac", "33") is None  # a short form never links outside the text's département
    # never a generic head, nor one that several communes share (Villeneuve-sur-Lot, Villeneuve-d'Ascq...)
    assert "saint" not in gaz.short_communes and "villeneuve" not in gaz.short_communes
    text = ("La Caf de l'Aveyron a signé la convention territoriale globale avec les communes de Le Monastère "
            "et Sébazac.")
    _, values = partners(nlp, text)
    short = [v for v in values if v.insee_code == "12264"]
    assert short and short[0].mention == "Sébazac" and short[0].name == "Sébazac-Concourès"


def test_batch_name_keys_equal_one_by_one():
    from ctgminer.gazetteer import name_key, name_keys

    names = ["L'Haÿ-les-Roses", "St-Étienne", "M'Tsamboro", "Les Abymes", "Œuilly", "#LaSeyneSurMer", "Le"]
    assert name_keys(names) == [name_key(n) for n in names]


def test_caf_from_the_departement_the_text_names(nlp):
    # no Caf named ("la Caf" alone) and no signing territory placed: the département the text names
    text = ("La ville a renouvelé sa convention territoriale globale avec la Caf. Sixième ville du département "
            "de l'Hérault, elle compte de nombreuses familles.")
    doc, _ = partners(nlp, text)
    assert doc._.caf is not None and doc._.caf.department_code == "34"


@pytest.mark.parametrize("text", [
    # a demonstrative at a sentence start is no short form of Cette-Eygun (Pyrénées-Atlantiques)
    "La Caf des Pyrénées-Atlantiques a signé la CTG avec la commune de Pau. Cette convention court quatre ans.",
    # a first name before a surname is no short form of Martin-Église (Seine-Maritime)
    "La Caf de la Seine-Maritime et la ville de Dieppe, avec Martin Durand, ont signé la CTG.",
])
def test_short_form_never_a_common_word_or_first_name(nlp, text):
    _, values = partners(nlp, text)
    assert not [v for v in values if v.name in {"Cette-Eygun", "Martin-Église"}], values


@pytest.mark.parametrize("text,expected", [
    # a State service and the MSA named in the list of the signing sentence, beside the Caf
    ("La convention territoriale globale a été signée jeudi entre la communauté de communes du Haut-Allier, la "
     "Caf de la Haute-Loire, la MSA Auvergne et la DRAC.", {("DRAC", "etat"), ("MSA Auvergne", "msa")}),
    ("La CTG a été signée entre la communauté de communes du Haut-Allier, la Caf de la Haute-Loire et la "
     "préfecture de la Haute-Loire.", {("Préfecture de la Haute-Loire", "etat")}),
])
def test_state_services_and_msa_in_the_signing_list(nlp, text, expected):
    _, values = partners(nlp, text)
    assert expected <= {(v.name, v.type) for v in values}, values


def test_caf_from_several_communes_of_one_departement(nlp):
    # no Caf département, no signatory: the département shared by the communes the text names (Aveyron)
    text = ("Dans le cadre de sa convention territoriale globale, le syndicat a invité les habitants de Compeyre, "
            "Paulhe et Aguessac à une réunion publique.")
    doc, _ = partners(nlp, text)
    assert doc._.caf is not None and doc._.caf.department_code == "12"


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
