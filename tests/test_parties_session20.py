"""Parties: classes of pages read in session 20 (the new written sets read_bi and read_bj, then the lowest read sets),
one example each, written for these tests (never taken from the gold texts nor the written sets)."""

from __future__ import annotations

from conftest import partner_names

from ctgminer.text.normalise import unwrap_lines


def test_towns_heading_dated_sections_of_several_signings(parties_nlp):
    # a Caf's news telling several signings, one section per town headed "Town – date": each town signs
    text = ("Caf de l'Isère\n"
            "Actualités\n"
            "Deux nouvelles conventions territoriales globales signées en mars\n"
            "La Caf de l'Isère a signé ce mois-ci deux conventions territoriales globales avec des communes.\n"
            "Échirolles – 5 mars 2024\n"
            "La ville met l'accent sur la petite enfance et l'accueil des adolescents.\n"
            "Saint-Martin-d'Hères – 19 mars 2024\n"
            "Première convention pour cette commune, qui s'engage sur la parentalité.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("Échirolles") == "commune", names
    assert names.get("Saint-Martin-d'Hères") == "commune", names


def test_examples_of_territories_that_signed_already(parties_nlp):
    # a count of other territories that signed theirs already, then examples after "dont": not this page's parties
    text = ("La communauté de communes du Haut-Jura Saint-Claude et la Caf du Jura ont signé le 3 mai 2024 leur "
            "convention territoriale globale pour 2024-2028.\n"
            "La directrice de la Caf a rappelé que six territoires jurassiens avaient déjà signé leur convention, dont "
            "ECLA et la Communauté de communes Arbois, Poligny, Salins, Cœur du Jura.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("Communauté de communes Haut-Jura Saint-Claude") == "epci", names
    assert not any("Arbois" in n or "Lons" in n for n in names), names


def test_brand_of_a_kept_epci_is_that_epci(parties_nlp):
    # an agglomeration's brand ("<town> Agglo") beside its official name: one partner, not two
    text = ("Saint-Dié Agglo et la Caf des Vosges s'engagent pour cinq ans\n"
            "Le 12 avril 2024, la Caf des Vosges et la Communauté d'agglomération de Saint-Dié-des-Vosges ont signé "
            "une convention territoriale globale pour la période 2024-2028.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("Communauté d'agglomération de Saint-Dié-des-Vosges") == "epci", names
    assert len(names) == 1, names


def test_own_town_told_as_la_commune_on_its_minutes_beside_its_epci(parties_nlp):
    # a town's deliberation adhering to its EPCI's CTG: the town names the page under its heading and tells itself
    # "la commune"; its name on a line aside from the signing is still the page's own signatory
    text = ("RÉPUBLIQUE FRANÇAISE – DÉPARTEMENT DE L'ISÈRE\n"
            "COMMUNE DE VOREPPE\n"
            "Extrait du registre des délibérations du conseil municipal\n"
            "Séance du 5 décembre 2022\n"
            "Objet : adhésion de la commune à la Convention territoriale globale du Pays Voironnais\n"
            "Monsieur le Maire expose que la Caf de l'Isère et la Communauté d'agglomération du Pays Voironnais ont "
            "préparé une Convention territoriale globale pour 2022-2026.\n"
            "Le Conseil municipal approuve la convention.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("Voreppe") == "commune", names
    assert names.get("Communauté d'agglomération du Pays Voironnais") == "epci", names


def test_territories_engaged_in_processes_to_conclude_later(parties_nlp):
    # other territories "engagées dans des démarches ... qui aboutiront" later: conventions to come, not this one
    text = ("La Caf de la Martinique et la Communauté d'agglomération du Pays Nord Martinique ont signé le 6 juin 2023 "
            "leur convention territoriale globale pour 2023-2027.\n"
            "La Communauté d'agglomération du Centre de la Martinique et la Communauté d'agglomération de l'Espace Sud "
            "de la Martinique sont également engagées dans des démarches CTG, qui aboutiront en 2024.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("Communauté d'agglomération du Pays Nord Martinique") == "epci", names
    assert len(names) == 1, names


def test_body_present_and_cosignatory_in_apposition(parties_nlp):
    # "en présence de la MSA X, cosignataire, ...": present at the ceremony and said to sign in apposition
    text = ("Le 14 mai 2024, le président de la Communauté de communes du Pays de Lapalisse et le directeur de la Caf "
            "de l'Allier ont signé la convention territoriale globale 2024-2028, en présence de la MSA Auvergne, "
            "cosignataire, et des maires du territoire.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("MSA Auvergne") == "msa", names


def test_towns_named_by_a_day_nursery_or_youth_point(parties_nlp):
    # "la halte-garderie d'X", "le point information jeunesse de Y": facilities named after their town, not parties
    text = ("Fin du contrat enfance jeunesse : place à la CTG\n"
            "Le contrat enfance jeunesse signé avec la Caf finançait la halte-garderie d'Arzacq-Arraziguet et le "
            "point information jeunesse de Garlin.\n"
            "Le 2 avril 2024, le président de la Communauté de communes des Luys en Béarn et la directrice de la Caf "
            "du Béarn et de la Soule ont signé la convention territoriale globale qui prend le relais.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("Communauté de communes des Luys en Béarn") == "epci", names
    assert not {"Arzacq-Arraziguet", "Garlin"} & set(names), names


def test_town_of_a_family_in_a_quote(parties_nlp):
    # "une famille d'X ou de Y doit pouvoir ...": where people live, not a party
    text = ("La Communauté d'agglomération du Pays de Saint-Omer et la Caf du Pas-de-Calais ont signé jeudi leur "
            "convention territoriale globale.\n"
            "« Une famille d'Hesdin ou de Fruges doit trouver les mêmes services », explique le "
            "président.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("Communauté d'agglomération du Pays de Saint-Omer") == "epci", names
    assert not {"Hesdin", "Fruges"} & set(names), names


def test_communes_deleguees_listed_with_their_town(parties_nlp):
    # a town signing with its communes déléguées, which no INSEE code names: each is a party as the text lists it
    text = ("La Caf de la Haute-Savoie et la Ville d'Annecy, avec ses communes déléguées Seynod et Meythet, ont signé "
            "le 3 février 2025 leur convention territoriale globale pour 2025-2029.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("Annecy") == "commune", names
    assert names.get("Seynod") == "commune" and names.get("Meythet") == "commune", names



def test_area_of_the_other_caf_of_the_departement(parties_nlp):
    # a département with two Cafs: the territory named as the other Caf's area is no EPCI signing
    text = ("La Communauté de communes de Lacq-Orthez et la Caf du Béarn et de la Soule ont signé le 12 mars 2024 "
            "leur convention territoriale globale pour quatre ans.\n"
            "Les familles du Pays Basque relèvent de l'autre Caf du département, installée à Bayonne, avec laquelle "
            "les intercommunalités basques préparent leurs propres conventions.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("Communauté de communes de Lacq-Orthez") == "epci", names
    assert not any("Basque" in n for n in names), names
