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
