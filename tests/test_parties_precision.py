"""Parties precision on unseen pages: places, label lines, comparisons and towns named beside the signing, on a
blank French pipeline. Every text is written for these tests; <p type='..' code='..'>mention</p> marks a signatory
partner, and the names listed beside each text must not come out as partners."""

from __future__ import annotations

import pytest
import test_parties_classes as classes
from conftest import assert_partners, parse_annotated

from ctgminer.extract.components.parties.component import PartiesComponent
from ctgminer.extract.components.parties.features import cues, kicker_line

nlp = classes.nlp  # the blank pipeline fixture, shared with test_parties_classes
partners = classes.partners

CASES = [
    # the town where the signing took place, written 'au' + a commune named 'Le X', and the seat named as a venue
    ("43", "Le 4 mars, au siège de l'agglomération au Puy-en-Velay, la <p type='epci' code='200073419'>Communauté "
           "d'agglomération du Puy-en-Velay</p> et la Caf de la Haute-Loire ont signé la convention territoriale "
           "globale.\nPhoto : la signature de la CTG au Puy-en-Velay.", {"Le Puy-en-Velay"}),
    # a room, then its town
    ("07", "La <p type='epci' code='200041465'>Communauté de communes Val Eyrieux</p> et la Caf de l'Ardèche ont "
           "signé la CTG le 2 juin, dans la salle des fêtes de Saint-Agrève.", {"Saint-Agrève"}),
    # facilities named after their towns, and the towns enumerated after the first
    ("07", "La <p type='epci' code='200016905'>Communauté de communes du Pays de Lamastre</p> et la Caf de "
           "l'Ardèche ont signé la convention territoriale globale. Elle prévoit :\n- les espaces jeunes de Lamastre "
           "et de Désaignes ;\n- un relais petite enfance à Désaignes.", {"Lamastre", "Désaignes"}),
    # places listed after a place ('à A, B et C'): where families live, not who signs
    ("07", "La <p type='epci' code='200073096'>Communauté d'agglomération Arche Agglo</p> et la Caf de l'Ardèche "
           "ont signé la CTG. Avec l'arrivée de jeunes ménages à Tournon-sur-Rhône, Saint-Jean-de-Muzols et "
           "Tain-l'Hermitage, la demande d'accueil augmente.",
     {"Tournon-sur-Rhône", "Saint-Jean-de-Muzols", "Tain-l'Hermitage"}),
    # an enumeration after 'les communes de' ends where the Caf and the MSA start: they are no communes
    ("32", "La CTG a été signée par la <p type='epci' code='243200425'>Communauté de communes Cœur d'Astarac en "
           "Gascogne</p>, les communes de <p type='commune' code='32256'>Mirande</p> et <p type='commune' "
           "code='32252'>Miélan</p>, la Caf du Gers et la MSA Midi-Pyrénées Sud.", {"la Caf du Gers"}),
    # a kicker line: where the news is filed, not who signs
    ("31", "Saint-Gaudens · 12 avril 2024\nLa <p type='epci' code='200072643'>Communauté de communes Cœur et Coteaux "
           "du Comminges</p> et la Caf de la Haute-Garonne ont signé leur convention territoriale globale.",
     {"Saint-Gaudens"}),
    # a job ad's employer line: the EPCI and its seat's town
    ("07", "Offre d'emploi : coordinateur de la convention territoriale globale\n<p type='epci' "
           "code='200073245'>Communauté de communes du Bassin d'Aubenas</p> – Aubenas (07)\nLa Communauté de "
           "communes du Bassin d'Aubenas et la Caf de l'Ardèche ont signé la CTG en 2023.", {"Aubenas"}),
    # the same on one line with the offer's text: the EPCI's seat with its département's number
    ("44", "Offre d'emploi : chargé(e) de coopération CTG (H/F) <p type='epci' code='200071546'>Communauté de "
           "communes Sud Retz Atlantique</p> – Machecoul-Saint-Même (44) Date limite : 15 septembre. La communauté "
           "de communes et la Caf de la Loire-Atlantique ont signé la convention territoriale globale.",
     {"Machecoul-Saint-Même"}),
    # an acronym written as a word ("la Cinor"): the EPCI it stands for
    ("974", "La <p type='epci' code='249740119'>Cinor</p> et la Caf de La Réunion ont signé la convention "
            "territoriale globale pour les familles du nord de l'île.", set()),
    # a link to another story
    ("07", "La <p type='epci' code='200071413'>Communauté d'agglomération Privas Centre Ardèche</p> et la Caf de "
           "l'Ardèche ont signé la CTG.\nVoir aussi : la CTG d'Annonay signée en septembre.", {"Annonay"}),
    # other territories the page compares with or names as neighbours
    ("07", "Comme la communauté d'agglomération Annonay Rhône Agglo avant elle, la <p type='epci' "
           "code='200073096'>Communauté d'agglomération Arche Agglo</p> a signé sa convention territoriale globale "
           "avec la Caf de l'Ardèche. La communauté de communes du Pays de Lamastre voisine signera la sienne en "
           "2025.", {"Communauté d'agglomération Annonay Rhône Agglo", "Communauté de communes du Pays de Lamastre"}),
    # the EPCI's main town named aside from the signing, in its magazine
    ("22", "La <p type='epci' code='200065928'>Communauté d'agglomération Lannion-Trégor Communauté</p> et la Caf "
           "des Côtes-d'Armor ont signé la convention territoriale globale. « Nos services ne s'arrêtent pas aux "
           "portes de Lannion », souligne le président.", {"Lannion"}),
    # the young people of two towns: an audience
    ("22", "La <p type='epci' code='200065928'>Communauté d'agglomération Lannion-Trégor Communauté</p> et la Caf "
           "des Côtes-d'Armor ont signé la CTG : les jeunes de Lannion et de Perros-Guirec auront un promeneur du "
           "net.", {"Lannion", "Perros-Guirec"}),
    # a départemental CTG: the one town named is an event's place; a month in capitals is no commune
    ("53", "LA LETTRE DE LA CAF DE LA MAYENNE – N°12 – AVRIL 2024\nLe président du <p type='departement' code='53'>"
           "Conseil départemental de la Mayenne</p> et la Caf ont signé la convention territoriale globale "
           "départementale.\nAgenda : journée des assistants maternels : 4 juin 2024, Laval (salle polyvalente).",
     {"Laval", "Avril"}),
    # the same, told without a signing verb: the Département beside the Caf, near the CTG's name
    ("53", "Convention territoriale globale départementale\nLe <p type='departement' code='53'>Conseil départemental "
           "de la Mayenne</p> et la Caf de la Mayenne s'engagent ensemble pour cinq ans.\nRencontre des relais "
           "petite enfance : 18 juin 2024, Laval (espace Saint-Julien).", {"Laval"}),
    # the short form of a commune the page also names in full
    ("973", "Saint-Laurent signe sa CTG avec la Caf\nVendredi, la maire de <p type='commune' code='97311'>"
            "Saint-Laurent-du-Maroni</p> et le directeur de la Caf de la Guyane ont signé la convention territoriale "
            "globale.", {"Saint-Laurent"}),
    # signatories that stay
    # a date, then the signing commune as the subject: no event's place
    ("34", "Le 12 mars 2024, <p type='commune' code='34145'>Lunel</p> et la Caf de l'Hérault ont signé la convention "
           "territoriale globale. Les familles de Marsillargues en profiteront aussi.", set()),
    # two communes, one's name beginning the other's, of one département: two partners
    ("34", "La convention territoriale globale a été signée par la Caf de l'Hérault et les communes de "
           "<p type='commune' code='34145'>Lunel</p> et <p type='commune' code='34146'>Lunel-Viel</p>.", set()),
    # the signatory with its neighbours: not a neighbour itself
    ("34", "La <p type='commune' code='34145'>commune de Lunel</p>, avec les communes voisines, a signé la "
           "convention territoriale globale avec la Caf de l'Hérault.", set()),
]


@pytest.mark.parametrize("caf_code,source,absent", CASES)
def test_places_and_asides_are_no_partners(nlp, caf_code, source, absent):
    text, tags = parse_annotated(source)
    doc, values = partners(nlp, text)
    assert_partners(doc._.caf.department_code if doc._.caf else None, caf_code, tags, values)
    names = {v.name for v in values} | {v.mention for v in values}
    assert not names & absent, values
    territories = [v for v in values if v.type in {"commune", "epci", "departement"}]
    assert len(territories) == len(tags), values


def test_epci_name_parts_are_not_epcis(nlp):
    """Two EPCI under one plural head, the first holding 'et': no 'Communauté de communes Bocage'."""
    text = ("La Caf de la Manche a signé deux CTG avec les communautés de communes Coutances Mer et Bocage (le 9 juin) "
            "et Villedieu Intercom (le 21 juin).")
    _, values = partners(nlp, text)
    assert sorted(v.insee_code for v in values) == ["200043354", "200067023"], values


def test_kicker_line_reads_labels_only():
    """A label line holds names, dates and separators; a sentence, a bullet or a one-per-line list is no label."""
    comp = PartiesComponent(None)

    def kicker(text: str, name: str) -> bool:
        from ctgminer.text.sentences import Sentences

        caf, _ = comp.find_caf(text)
        cands, _ = comp.scored_candidates(text, Sentences(text), caf)
        c = next(c for c in cands if text[c.start:c.end] == name)
        start = text.rfind("\n", 0, c.start) + 1
        end = text.find("\n", c.end)
        return kicker_line(text, start, len(text) if end < 0 else end, cands)

    body = "\nLa Caf de l'Ardèche et la commune ont signé la CTG."
    assert kicker("Édition de Privas – 11 octobre 2023 à 06:15" + body, "Privas")
    assert kicker("Ardèche · Aubenas" + body, "Aubenas")
    assert not kicker("Aubenas et la Caf de l'Ardèche signent la CTG" + body, "Aubenas")
    assert not kicker("- Aubenas" + body, "Aubenas")
    assert not kicker("Signataires\nAubenas\n\nLamastre\n" + body, "Aubenas")


def test_comparison_cue_needs_a_territory_and_no_comma():
    comparison = cues()["comparison"]
    assert comparison.search("Comme les communautés de communes du ")
    assert not comparison.search("comme le souligne le président de la ")
    assert not comparison.search("Comme la communauté voisine avant elle, ")



def test_associated_list_and_told_town(nlp):
    """'associe la Caf à A, B et C' joins parties (no place list); a kicker's town the page calls 'la ville' signs."""
    _, values = partners(nlp, "La convention territoriale globale associe la Caf de l'Hérault à Lunel, "
                              "Marsillargues et Saint-Just, qui l'ont signée le 4 mai.")
    assert {"Marsillargues", "Saint-Just"} <= {v.name for v in values}, values
    _, values = partners(nlp, "Lunel\nLa ville et la Caf de l'Hérault ont signé la convention territoriale "
                              "globale. La communauté d'agglomération Lunel Agglo suivra en 2025.")
    assert "Lunel" in {v.name for v in values}, values


def test_epci_name_without_its_last_word_and_another_calendar(nlp):
    """An EPCI written without the last word of its official name links to it, never to the EPCI its tail names
    ('Provence Verdon'); a calendar aligned 'sur celui de' another EPCI names no partner."""
    comp = PartiesComponent(None)
    from ctgminer.text.sentences import Sentences

    text = "La Communauté d'agglomération Dracénie Provence Verdon et la Caf du Var ont signé la CTG."
    caf, _ = comp.find_caf(text)
    cands, _ = comp.scored_candidates(text, Sentences(text), caf)
    assert {c.place.code for c in cands if c.type == "epci" and c.place} == {"248300493"}
    _, values = partners(nlp, "La ville de Draguignan et la Caf du Var ont signé un avenant à la CTG pour aligner son "
                              "calendrier sur celui de la Communauté d'agglomération Dracénie Provence Verdon.")
    assert [v.name for v in values] == ["Draguignan"], values


def test_heading_word_is_no_first_name(nlp):
    """A capitalised word ending the line above is no first name: "Caf de Mayotte\\nMamoudzou et la Caf signent"."""
    _, values = partners(nlp, "Caf de Mayotte\nMamoudzou et la Caf signent la convention territoriale globale\n"
                              "Hier, à l'hôtel de ville, le maire et le directeur de la Caf ont signé la CTG. La "
                              "commune de Dembéni engagera la sienne en 2026.")
    assert "Mamoudzou" in {v.name for v in values}, values
