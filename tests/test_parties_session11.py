"""Parties: classes of unseen pages where the signatories were missed or wrong (written pages read in session 11),
one example each, written for these tests (never taken from the gold texts nor the written sets)."""

from __future__ import annotations

import pytest
import test_parties_recall as recall
from test_parties_unseen import partners

from ctgminer.gazetteer import spells_acronym

# the blank French pipeline with the parties component, the component alone, and the features of a mention
nlp, comp, features_of = recall.nlp, recall.comp, recall.features_of

# a headline labelled with the member towns before a colon, the EPCI signing after it
TOWNS_LABEL = ("Outre-mer\nSaint-Laurent-du-Maroni, Mana, Awala-Yalimapo : la CCOG signe sa CTG\n"
               "La Communauté de communes de l'Ouest guyanais a signé lundi une convention territoriale globale "
               "avec la Caf de la Guyane.\n")

# the same towns as a paragraph's subject before a colon: no headline, the towns sign
TOWNS_SUBJECT = ("La Communauté de communes de l'Ouest guyanais et la Caf de la Guyane ont signé la convention "
                 "territoriale globale.\nSaint-Laurent-du-Maroni, Mana et Awala-Yalimapo : les trois communes l'ont "
                 "signée aussi, lundi, à la mairie. La convention vaut cinq ans. Elle prévoit deux crèches.\n")

# an EPCI named in full once, then by an acronym it spells beyond its initials (CACEM, not CACM)
COINED_ACRONYM = ("La salle du conseil de la CACEM était comble pour la signature de la convention territoriale "
                  "globale entre la Caf de la Martinique et la Communauté d'agglomération du Centre de la "
                  "Martinique.")

# a magazine naming its EPCI in the masthead, then telling the signing of "l'Agglomération"
EPCI_TOLD = ("Mâconnais Beaujolais Agglomération – Le Mag n°12\nDOSSIER : Familles\n"
             "Le 3 mars, l'Agglomération et la Caf de Saône-et-Loire ont signé une convention territoriale "
             "globale pour cinq ans.\nÀ Mâcon, le centre aquatique rouvre en juin.\n")

# an EPCI's council minutes, its seat named as where the minutes can be read
COUNCIL_SEAT = ("CONSEIL COMMUNAUTAIRE DU 8 JUIN 2023\n3. Convention territoriale globale avec la Caf de la Gironde. "
                "Le conseil approuve la convention et autorise le Président à la signer.\n"
                "Le compte rendu est consultable au siège de Bordeaux Métropole.\n")

# the towns of an EPCI counted before its name: the list pattern must not read the name as a town
EPCI_TOWNS = ("Les élus communautaires ont validé la convention territoriale globale signée avec la Caf du Lot pour "
              "les 92 communes de Grand-Figeac.")

# a département overseas after "commune de" or "ville de" (a name no commune bears): no town
OVERSEAS_RANK = ("Kourou, deuxième ville de Guyane, et la Caf de la Guyane ont signé la convention territoriale "
                 "globale.")

# a word heading the page above an EPCI's name, on its own line
HEADING_ABOVE = ("Actualités\nCommunauté d'agglomération du Grand Villeneuvois : la convention territoriale globale "
                 "est signée avec la Caf de Lot-et-Garonne.\n")

# a list of meetings, each with its date, hour and place
MEETINGS = ("La Communauté de communes du Pays de Lumbres et la Caf du Pas-de-Calais préparent la convention "
            "territoriale globale. Trois réunions publiques sont prévues :\n"
            "• lundi 3 mars, 18 h 30, mairie de Lumbres ;\n• jeudi 6 mars, 19 h, salle des fêtes d'Esquerdes.\n")

# the towns "with their own contract" listed last after the parties that sign: the cue is theirs only
OWN_CONTRACTS = ("Hier, la convention territoriale globale a été signée par la Caf de la Gironde, par Bordeaux "
                 "Métropole et par les maires de Mérignac et de Pessac, qui avaient jusqu'ici leur propre contrat.")

# a former EPCI named after "l'ancienne", its own name starting with "communauté"
FORMER = ("La Communauté d'agglomération Mont-Saint-Michel-Normandie et la Caf de la Manche ont signé la convention "
          "territoriale globale. Quinze ans après un contrat enfance signé avec l'ancienne communauté de communes de "
          "Pontorson, la CTG élargit le champ.")

# an EPCI whose official name joins two towns with a slash
SLASHED = ("La Communauté d'agglomération de Dembeni / Mamoudzou et la Caisse de sécurité sociale de Mayotte ont signé "
           "la convention territoriale globale.")

# an EPCI under its abbreviated head and a one-word distinctive name
ABBREVIATED = "La CdC du Thouarsais et la Caf des Deux-Sèvres ont signé la convention territoriale globale."

# the officials around the table, the next sentence saying they signed
AROUND_TABLE = ("Autour de la table, le président de la Communauté de communes du Thouarsais, le maire de Thouars et "
                "la directrice de la Caf des Deux-Sèvres. La convention territoriale globale qu'ils ont paraphée court "
                "jusqu'en 2028.")

# the page's EPCI told by its kind where the CTG is signed, beside a neighbour EPCI with its own convention
TOLD_BESIDE_NEIGHBOUR = ("Réunion au siège de la Communauté de communes du Thouarsais.\nCe jour-là, le président de "
                         "l'intercommunalité et la directrice de la Caf des Deux-Sèvres ont paraphé la convention "
                         "territoriale globale.\nLa Communauté de communes de Parthenay-Gâtine a déjà signé sa propre "
                         "CTG.")


# the class's cue on the mention (or None), and the names that must not be partners
@pytest.mark.parametrize("text, mention, feature, absent", [
    (TOWNS_LABEL, "Mana", "label_list", {"Saint-Laurent-du-Maroni", "Mana", "Awala-Yalimapo"}),
    (MEETINGS, None, None, {"Lumbres", "Esquerdes"}),
    (FORMER, "communauté de communes de Pontorson", "former_body",
     {"Communauté de communes de Pontorson", "communauté de communes de Pontorson"}),
    (HEADING_ABOVE, None, None, {"Actualités\nCommunauté d'agglomération du Grand Villeneuvois"}),
    (OVERSEAS_RANK, None, None, {"Guyane", "ville de Guyane"}),
])
def test_class_read_as_no_party(nlp, comp, text, mention, feature, absent):
    if feature:
        assert features_of(comp, text, mention)[feature] == 1.0
    found = partners(nlp, text)
    assert not absent & set(found), found
    assert found, "the page's signatory is still found"


# the class's cue on the mention (or None), and the partners that must be found (name: type); `whole`: no other
@pytest.mark.parametrize("text, mention, feature, expected, whole", [
    (TOWNS_LABEL, None, None, {"Communauté de communes de l'Ouest Guyanais": "epci"}, True),
    (COINED_ACRONYM, None, None, {"Communauté d'agglomération du Centre de la Martinique": "epci"}, True),
    (EPCI_TOLD, "Mâconnais Beaujolais Agglomération", "told_epci",
     {"Communauté d'agglomération Mâconnais Beaujolais Agglomération": "epci"}, True),
    (COUNCIL_SEAT, None, None, {"Bordeaux Métropole": "epci"}, False),
    (EPCI_TOWNS, None, None, {"Communauté de communes Grand-Figeac": "epci"}, True),
    (OVERSEAS_RANK, None, None, {"Kourou": "commune"}, False),
    (HEADING_ABOVE, None, None, {"Communauté d'agglomération du Grand Villeneuvois": "epci"}, True),
    (OWN_CONTRACTS, None, None, {"Bordeaux Métropole": "epci"}, False),
    (SLASHED, None, None, {"Communauté d'agglomération de Dembeni / Mamoudzou": "epci"}, True),
    (ABBREVIATED, None, None, {"Communauté de communes du Thouarsais": "epci"}, True),
    (AROUND_TABLE, None, None, {"Thouars": "commune", "Communauté de communes du Thouarsais": "epci"}, True),
    (TOLD_BESIDE_NEIGHBOUR, "Communauté de communes du Thouarsais", "told_epci",
     {"Communauté de communes du Thouarsais": "epci"}, True),
])
def test_class_read_as_party(nlp, comp, text, mention, feature, expected, whole):
    if feature:
        assert features_of(comp, text, mention)[feature] == 1.0
    found = partners(nlp, text)
    assert (found if whole else {name: found.get(name) for name in expected}) == expected, found


def test_towns_opening_a_paragraph_are_no_label(comp):
    assert not features_of(comp, TOWNS_SUBJECT, "Mana").get("label_list")


def test_epci_told_needs_the_signing(comp):
    # "l'Agglomération" in a sentence that neither signs nor names the Caf: no party told
    text = EPCI_TOLD.replace("l'Agglomération et la Caf de Saône-et-Loire ont signé une convention territoriale "
                             "globale pour cinq ans", "l'Agglomération a ouvert une crèche")
    assert not features_of(comp, text, "Mâconnais Beaujolais Agglomération").get("told_epci")


def test_own_contract_cue_is_of_the_last_names(comp):
    assert not features_of(comp, OWN_CONTRACTS, "Bordeaux Métropole").get("own_other")


@pytest.mark.parametrize("acro, name, spelled", [
    ("CACEM", "Communauté d'agglomération du Centre de la Martinique", True),
    ("CACL", "Communauté d'agglomération du Centre Littoral", True),
    ("CINOR", "Communauté intercommunale du Nord de la Réunion (CINOR)", True),
    ("CGCT", "Communauté d'agglomération du Centre de la Martinique", False),
    ("CAC", "Communauté d'agglomération du Centre de la Martinique", False),
])
def test_spelled_acronyms(acro, name, spelled):
    assert spells_acronym(acro, name) is spelled
