"""Parties: classes of partner errors seen in pages of three written sets at least (session 32), one example each,
written for these tests (never taken from the gold texts nor the written sets)."""

from __future__ import annotations

from conftest import partner_names


def _has(names: dict[str, str], word: str, kind: str | None = None) -> bool:
    return any(word.lower() in n.lower() and (kind is None or t == kind) for n, t in names.items())


# -- the first town of a list of signatory towns, after a lower-case word, is no surname after a first name -------

LIST_AFTER_VERB = ("Caf de La Réunion – Actualités\n"
                   "La Caf et la Communauté intercommunale Réunion Est (CIREST) ont signé le 3 mars 2025 une "
                   "convention territoriale globale couvrant Saint-André, Bras-Panon et Salazie. Les trois maires "
                   "ont également paraphé le document, qui court jusqu'en 2029.\n")

MEMBERS_AFTER_NOUN = ("Communauté de communes du Haut-Languedoc\n"
                      "Le conseil communautaire du 4 avril 2024 a approuvé la convention territoriale globale 2024-2028 "
                      "conclue entre la Caf du Tarn, la communauté de communes et ses communes membres Lacaune, "
                      "Murat-sur-Vèbre et Viane, qui la signent également.\n")

# a surname after a first name stays a surname, a lower-case particle between them included
SURNAME = ("La convention territoriale globale a été signée par le président de la communauté d'agglomération, "
           "Jean-Marc Pozzo di Borgo, et par la directrice de la Caf de Haute-Corse, le 5 mai 2022.\n")


def test_first_town_of_a_signing_list_signs_with_its_mates(parties_nlp):
    names = partner_names(parties_nlp, LIST_AFTER_VERB)
    for town in ("Saint-André", "Bras-Panon", "Salazie"):
        assert _has(names, town, "commune"), (town, names)


def test_first_member_town_after_a_plain_noun_signs_with_its_mates(parties_nlp):
    names = partner_names(parties_nlp, MEMBERS_AFTER_NOUN)
    for town in ("Lacaune", "Murat-sur-Vèbre", "Viane"):
        assert _has(names, town, "commune"), (town, names)


def test_surname_with_a_particle_is_no_town(parties_nlp):
    names = partner_names(parties_nlp, SURNAME)
    assert not any(t == "commune" for t in names.values()), names


# -- a town people travel to is no party ("partent vers X", "rejoindre X") ------------------------------------------

DESTINATION = ("Communauté de communes du Val de Morteau\n"
               "La communauté de communes et la Caf du Doubs ont signé lundi leur convention territoriale globale "
               "2024-2028. « Nos jeunes familles partent vers Besançon ou Pontarlier faute de places en crèche », "
               "regrette le président. Les ados, eux, prennent le car pour rejoindre Morteau le samedi.\n")


def test_a_destination_town_is_no_party(parties_nlp):
    names = partner_names(parties_nlp, DESTINATION)
    assert _has(names, "Val de Morteau", "epci"), names
    for town in ("Besançon", "Pontarlier"):
        assert not _has(names, town, "commune"), (town, names)


# -- towns named as examples after "d'autres communes de l'agglomération, comme" ----------------------------------

OTHER_TOWNS_AS_EXAMPLES = ("Ville de Saint-Avold – Actualités\n"
                           "Le maire a signé mardi avec la Caf de la Moselle la convention territoriale globale de la "
                           "commune pour 2025-2028. D'autres communes de l'agglomération, comme Creutzwald ou "
                           "L'Hôpital, sont engagées dans la même démarche.\n")


def test_towns_given_as_examples_of_other_communes_are_no_parties(parties_nlp):
    names = partner_names(parties_nlp, OTHER_TOWNS_AS_EXAMPLES)
    assert not _has(names, "Creutzwald"), names
    assert not _has(names, "L'Hôpital"), names


# -- other territories' CTGs still to come or done in another year, named beside the page's signatory -------------

DEPARTEMENTAL_THEN_EPCI_TO_COME = (
    "Cantal : le Département et la Caf signent une convention territoriale globale départementale\n"
    "Aurillac, le 14 mars 2024\n"
    "La présidente du conseil départemental du Cantal et le président de la Caf ont signé ce jeudi une convention "
    "territoriale globale couvrant tout le département pour 2024-2028.\n"
    "Le directeur de la Caf a précisé que les intercommunalités suivraient : Hautes Terres Communauté, la "
    "Communauté de communes du Pays de Salers et les autres ont vocation à signer, d'ici 2026, leur propre "
    "convention.\n")

ROUNDUP_DIAGNOSTICS = (
    "Caf de la Charente – Actualités partenaires\n"
    "Les conventions signées en 2024\n"
    "Communauté de communes Val de Charente – signée le 12 mars 2024 à Ruffec avec la Caf, pour 2024-2028. La "
    "convention territoriale globale porte sur la petite enfance et la jeunesse.\n"
    "Les conventions en préparation\n"
    "Grand Cognac et la Communauté de communes des 4B Sud-Charente ont lancé leurs diagnostics partagés, pour une "
    "signature attendue en 2025.\n")

DONE_IN_ANOTHER_YEAR = (
    "Communauté d'agglomération du Grand Guéret\n"
    "La communauté d'agglomération et la Caf de la Creuse ont signé mardi 10 septembre 2024 leur convention "
    "territoriale globale pour 2024-2028. Dans le département, la plupart des intercommunalités ont déjà signé la "
    "leur : Creuse Sud Ouest et Creuse Confluence l'ont fait en 2022.\n")

FUTURE_EPCI_CTG = (
    "Ville de Tulle – Actualités\n"
    "La Ville et la Caf de la Corrèze ont signé le 2 février 2023 une convention territoriale globale provisoire. "
    "Le territoire de Tulle Agglo, dont la commune fait partie, fera l'objet d'une CTG intercommunale en 2024.\n")

RELAY = (
    "Mairie de Nogaro\n"
    "Le maire a signé avec la Caf du Gers la convention territoriale globale de la commune pour 2023-2024, en "
    "attendant que la communauté de communes du Bas Armagnac prenne le relais.\n")

COVERED_LIKE = (
    "La Caf de la Lozère et la Communauté de communes du Haut Allier ont signé le 6 juin 2024 leur convention "
    "territoriale globale. Le Haut Allier rejoint ainsi les territoires lozériens déjà couverts par une CTG, comme "
    "Cœur de Lozère "
    "ou Aubrac Lot Causses Tarn.\n")

# (guard) the page's own EPCI that launched its diagnostic before signing stays a party
OWN_DIAGNOSTIC_THEN_SIGNING = (
    "La Communauté de communes du Pays de Mormal a signé jeudi 7 mars 2024 sa convention territoriale globale avec la "
    "Caf du Nord, pour 2024-2028. L'intercommunalité avait lancé son diagnostic au printemps 2023.\n")


def test_epcis_to_sign_their_own_ctg_later_are_no_parties_of_a_departemental_one(parties_nlp):
    names = partner_names(parties_nlp, DEPARTEMENTAL_THEN_EPCI_TO_COME)
    assert _has(names, "Cantal", "departement"), names
    assert not _has(names, "Hautes Terres"), names
    assert not _has(names, "Salers"), names


def test_epcis_that_launched_their_diagnostics_are_no_parties_of_a_roundup(parties_nlp):
    names = partner_names(parties_nlp, ROUNDUP_DIAGNOSTICS)
    assert _has(names, "Val de Charente", "epci"), names
    assert not _has(names, "Cognac"), names
    assert not _has(names, "4B"), names


def test_epcis_that_did_it_in_another_year_are_no_parties(parties_nlp):
    names = partner_names(parties_nlp, DONE_IN_ANOTHER_YEAR)
    assert _has(names, "Grand Guéret", "epci"), names
    assert not _has(names, "Creuse Sud Ouest"), names
    assert not _has(names, "Creuse Confluence"), names


def test_an_epci_whose_ctg_is_to_come_is_no_party_of_the_towns(parties_nlp):
    names = partner_names(parties_nlp, FUTURE_EPCI_CTG)
    assert _has(names, "Tulle", "commune"), names
    assert not any(t == "epci" for t in names.values()), names


def test_an_epci_to_take_over_later_is_no_party(parties_nlp):
    names = partner_names(parties_nlp, RELAY)
    assert not _has(names, "Bas Armagnac"), names


def test_territories_covered_already_given_as_examples_are_no_parties(parties_nlp):
    names = partner_names(parties_nlp, COVERED_LIKE)
    assert _has(names, "Haut Allier", "epci"), names
    assert not _has(names, "Cœur de Lozère"), names
    assert not _has(names, "Aubrac"), names


def test_own_epci_that_launched_its_diagnostic_before_stays(parties_nlp):
    names = partner_names(parties_nlp, OWN_DIAGNOSTIC_THEN_SIGNING)
    assert _has(names, "Mormal", "epci"), names


# -- towns listed after "les communes de" in a descriptive sentence, beside their signing EPCI ----------------------

DESCRIBED_MEMBER_TOWNS = (
    "Communauté de communes du Pays de Landivisiau\n"
    "La communauté de communes et la Caf du Finistère ont signé le 12 juin 2024 leur convention territoriale "
    "globale pour 2024-2028.\n"
    "Le diagnostic a montré la forte croissance démographique des communes de Plougourvest, Bodilis et Lampaul-"
    "Guimiliau, proches de la RN12. Sur les deux communes de Plounéventer et Saint-Servais, un habitant sur trois a "
    "moins de 25 ans.\n")

# (guard) towns listed in a sentence that says they sign stay parties beside their EPCI
SIGNING_MEMBER_TOWNS = (
    "Communauté de communes du Pays de Landivisiau\n"
    "La communauté de communes et la Caf du Finistère ont signé le 12 juin 2024 leur convention territoriale "
    "globale pour 2024-2028. Les communes de Plougourvest, Bodilis et Lampaul-Guimiliau en sont également "
    "signataires.\n")


def test_member_towns_described_are_no_parties_beside_their_epci(parties_nlp):
    names = partner_names(parties_nlp, DESCRIBED_MEMBER_TOWNS)
    assert _has(names, "Landivisiau", "epci"), names
    assert not any(t == "commune" for t in names.values()), names


def test_member_towns_said_to_sign_stay_beside_their_epci(parties_nlp):
    names = partner_names(parties_nlp, SIGNING_MEMBER_TOWNS)
    assert _has(names, "Landivisiau", "epci"), names
    for town in ("Plougourvest", "Bodilis"):
        assert _has(names, town, "commune"), (town, names)


# -- a facility named after its town: a relais, a reception desk, training schools ---------------------------------

FACILITIES = (
    "Communauté de communes Jura Sud\n"
    "La communauté de communes Jura Sud et la Caf du Jura ont renouvelé leur convention territoriale globale pour "
    "2025-2028. "
    "La première avait permis la création du relais de Moirans-en-Montagne. L'accueil de Saint-Claude de la Caf "
    "recevra les familles le mardi, et des stages seront proposés avec les établissements de formation de Lons-le-"
    "Saunier et de Champagnole.\n")


def test_towns_naming_a_facility_are_no_parties(parties_nlp):
    names = partner_names(parties_nlp, FACILITIES)
    assert _has(names, "Jura Sud", "epci"), names
    assert not any(t == "commune" for t in names.values()), names


# (guard) a convention's list of member towns told as parties on its own line stays
CONVENTION_MEMBER_LINE = (
    "Convention territoriale globale 2024-2028\n"
    "ENTRE LES SOUSSIGNÉS\n"
    "La Caisse d'allocations familiales du Morbihan, représentée par sa directrice, ci-après « la Caf » ;\n"
    "Questembert Communauté, représentée par son président, ci-après « la Communauté » ;\n"
    "Les communes membres : Questembert, Malansac, Rochefort-en-Terre, représentées par leurs maires.\n")


def test_member_towns_of_a_parties_line_stay(parties_nlp):
    names = partner_names(parties_nlp, CONVENTION_MEMBER_LINE)
    for town in ("Malansac", "Rochefort-en-Terre"):
        assert _has(names, town, "commune"), (town, names)


# -- a town council's minutes naming their town only through the EPCI named after it -------------------------------

MINUTES_THROUGH_EPCI = (
    "Compte rendu du conseil municipal du 9 octobre 2023\n"
    "1. Approbation du procès-verbal de la séance précédente – adopté.\n"
    "2. Convention territoriale globale 2023-2027\n"
    "Le conseil municipal autorise le maire à signer la convention territoriale globale entre la Caf d'Ille-et-"
    "Vilaine, Vitré Communauté et les communes du territoire. Adopté à l'unanimité.\n"
    "3. Tarifs de la piscine municipale – adoptés.\n")

# (guard) the EPCI's own council authorising its president: no town of its own
EPCI_COUNCIL = (
    "Vitré Communauté – Conseil communautaire du 12 octobre 2023\n"
    "Le conseil communautaire autorise le président à signer la convention territoriale globale 2023-2027 avec la "
    "Caf d'Ille-et-Vilaine.\n")


def test_minutes_naming_their_town_through_its_epci_give_the_town(parties_nlp):
    names = partner_names(parties_nlp, MINUTES_THROUGH_EPCI)
    assert _has(names, "Vitré Communauté", "epci"), names
    assert _has(names, "Vitré", "commune"), names


def test_an_epci_council_gives_no_town(parties_nlp):
    names = partner_names(parties_nlp, EPCI_COUNCIL)
    assert not any(t == "commune" for t in names.values()), names
