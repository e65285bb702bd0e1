"""Parties: classes of unseen pages where territories were read as signatories (written pages read in session 12),
one example each, written for these tests (never taken from the gold texts nor the written sets)."""

from __future__ import annotations

import pytest
import test_parties_recall as recall
from test_parties_unseen import partners

# the blank French pipeline with the parties component, the component alone, and the features of a mention
nlp, comp, features_of = recall.nlp, recall.comp, recall.features_of

# a page closing on an aside that asks about elsewhere: the territories under it have conventions of their own
ELSEWHERE = ("Brécey signe sa convention territoriale globale\n"
             "La commune de Brécey et la Caf de la Manche ont signé jeudi une convention territoriale globale pour "
             "quatre ans. Elle prévoit une micro-crèche et un accueil de loisirs.\n"
             "Et ailleurs dans la Manche ?\n"
             "Villedieu Intercom et la Communauté d'agglomération du Cotentin sont également engagées dans une CTG.\n")

# a recap sentence naming other conventions, after the page's own signing
RECAP = ("La Communauté de communes du Thouarsais et la Caf des Deux-Sèvres ont signé mardi la convention "
         "territoriale globale 2024-2028.\n"
         "Pour rappel, les CTG de la Communauté d'agglomération du Niortais et de la Communauté de communes du "
         "Mellois en Poitou ont été signées en 2022.\n")

# the recap naming the page's only territory: it stays the page's party
RECAP_ALONE = ("Pour rappel, les conventions territoriales globales signées avec la Caf des Deux-Sèvres couvrent "
               "désormais la Communauté de communes du Thouarsais.\n")

# towns that signed before, named with the rank of the page's own ("the twelfth commune, after X and Y")
RANKED_AFTER = ("La commune de Saint-Pierre et la Caf de La Réunion ont signé vendredi une convention territoriale "
                "globale. Après Le Port et Sainte-Suzanne en 2023, Saint-Pierre est la onzième commune "
                "réunionnaise à s'engager dans la démarche.\n")
RANK_BEFORE = ("La Caisse de sécurité sociale de Mayotte a signé le 4 mars une convention territoriale globale avec "
               "la commune de Chirongui. C'est la troisième commune engagée dans la démarche, après Mamoudzou et "
               "Bandraboua.\n")

# a press dateline of two towns split by a slash, and a dateline with a date but no "le"
SLASHED_DATELINE = ("AVEYRON\nRodez / Marcillac-Vallon. Jeudi, la salle des fêtes accueillait la signature de la "
                    "convention territoriale globale entre la Caf de l'Aveyron et la Communauté de communes "
                    "Conques-Marcillac.\n")
DATED_DATELINE = ("Rodez, 12 mars 2025. La Caf de l'Aveyron et la Communauté de communes Conques-Marcillac ont signé "
                  "leur convention territoriale globale.\n")

# a territory said not to be concerned by the signing
NOT_CONCERNED = ("La Communauté d'agglomération du Centre Littoral et la Caf de la Guyane ont signé la convention "
                 "territoriale globale. La Communauté de communes des Savanes n'est pas concernée par cette "
                 "signature.\n")


@pytest.mark.parametrize("text, mention, feature, absent, expected", [
    (RANKED_AFTER, "Sainte-Suzanne", "precedent", {"Le Port", "Sainte-Suzanne"}, {"Saint-Pierre": "commune"}),
    (RANK_BEFORE, "Bandraboua", "precedent", {"Mamoudzou", "Bandraboua"}, {"Chirongui": "commune"}),
    (SLASHED_DATELINE, "Marcillac-Vallon", "dateline", {"Rodez", "Marcillac-Vallon"},
     {"Communauté de communes Conques-Marcillac": "epci"}),
    (DATED_DATELINE, "Rodez", "dateline", {"Rodez"}, {"Communauté de communes Conques-Marcillac": "epci"}),
    (NOT_CONCERNED, "La Communauté de communes des Savanes", "not_signatory",
     {"Communauté de communes des Savanes"}, {"Communauté d'agglomération du Centre Littoral": "epci"}),
])
def test_class_read_as_no_party(nlp, comp, text, mention, feature, absent, expected):
    assert features_of(comp, text, mention)[feature] == 1.0
    found = partners(nlp, text)
    assert not absent & set(found), found
    assert {name: found.get(name) for name in expected} == expected, found


@pytest.mark.parametrize("text, mention, absent, expected", [
    (ELSEWHERE, "Villedieu Intercom", {"Villedieu Intercom", "Communauté d'agglomération du Cotentin"},
     {"Brécey": "commune"}),
    (RECAP, "Communauté d'agglomération du Niortais",
     {"Communauté d'agglomération du Niortais", "Communauté de communes du Mellois en Poitou"},
     {"Communauté de communes du Thouarsais": "epci"}),
])
def test_aside_on_other_conventions_is_no_party(nlp, comp, text, mention, absent, expected):
    assert features_of(comp, text, mention)["other_ctgs"] == 1.0
    found = partners(nlp, text)
    assert not absent & set(found), found
    assert {name: found.get(name) for name in expected} == expected, found


def test_recap_of_the_only_territory_keeps_it(nlp, comp):
    assert features_of(comp, RECAP_ALONE, "Communauté de communes du Thouarsais")["other_ctgs"] == 1.0
    assert partners(nlp, RECAP_ALONE) == {"Communauté de communes du Thouarsais": "epci"}


# a convention's own text opening on its parties after "entre", with no signing word: every listed body signs
PREAMBLE = ("CONVENTION TERRITORIALE GLOBALE 2025-2029\nCommune de Limoux\nEntre la Caisse d'allocations familiales "
            "de l'Aude, la Mutualité sociale agricole Grand Sud, l'État représenté par le préfet de l'Aude, et la "
            "Commune de Limoux\nPréambule\nLes signataires partagent la volonté de soutenir les familles.\n")

# the same list in a report's running prose, no convention named above it: no preamble
NOT_PREAMBLE = ("Rapport d'activité 2024\nEntre la Caisse d'allocations familiales de l'Aude, la Mutualité sociale "
                "agricole Grand Sud et l'État, les échanges ont été nombreux cette année.\n")


def test_preamble_list_states_its_parties(nlp, comp):
    assert features_of(comp, PREAMBLE, "l'État")["preamble_list"] == 1.0
    found = partners(nlp, PREAMBLE)
    assert found.get("État") == "etat" and found.get("Limoux") == "commune", found
    assert "msa" in found.values(), found


def test_list_without_convention_heading_is_no_preamble(comp):
    assert not features_of(comp, NOT_PREAMBLE, "l'État").get("preamble_list")
