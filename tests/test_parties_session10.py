"""Parties: classes of unseen pages where the signatories were missed or wrong (written pages read in session 10),
one example each, written for these tests (never taken from the gold texts nor the written sets)."""

from __future__ import annotations

import pytest
import test_parties_recall as recall
from test_parties_unseen import partners

# the blank French pipeline with the parties component, the component alone, and the features of a mention
nlp, comp, features_of = recall.nlp, recall.comp, recall.features_of

# a mayor's editorial opening on a salutation ("Chères ..., chers ...") whose first word is a commune's name
SALUTATION = ("Le mot du maire\nChères Montaubanaises, chers Montaubanais,\nLa Ville de Montauban et la Caf de "
              "Tarn-et-Garonne ont signé notre convention territoriale globale.")

# a common word after "ville de", unlinked: a rank among French towns, not a commune
RANK = ("Pour la troisième ville de France, la Caf du Rhône et la Ville de Lyon ont signé lundi une convention "
        "territoriale globale.")

# a territory's extent given by two towns, "de A à B" (and "en passant par C")
SPAN = ("La Communauté de communes de l'Ouest guyanais et la Caf de la Guyane ont signé la convention territoriale "
        "globale, qui couvre les communes de l'intercommunalité, de Saül à Apatou en passant par Grand-Santi.")

# a list of communes run on into the next clause, whose subject is an acronym after its article
ACRONYM_ITEM = ("Signée par la Caf de la Guyane et les communes de Kourou, Sinnamary et Iracoubo, la CTG fixe les "
                "priorités du territoire pour cinq ans.")

# the towns where several CTGs were signed, listed after "signées à", then each town opening its paragraph
VENUES = ("Trois conventions territoriales globales ont été signées successivement à Ussel, Meymac et Égletons avec "
          "la Caf de la Corrèze.\nÀ Ussel, Haute-Corrèze Communauté a retenu la jeunesse.\n")

# a related-articles label on the line of the headline it introduces
RELATED = ("La Ville de Vierzon et la Caf du Cher ont renouvelé leur convention territoriale globale.\n"
           "Vous aimerez aussi : Bourges et sa convention territoriale globale signée en 2022\n")

# the mayors "present" at the signing, said to sign too
ALSO_SIGNATORIES = ("La Communauté intercommunale Réunion Est et la Caf de La Réunion ont signé la convention "
                    "territoriale globale, en présence des maires de Bras-Panon et de Salazie, également "
                    "signataires.")

# a town said to host the signing: where, not who
HOSTED = ("Le 3 mai, Saint-Florentin a accueilli la signature de la convention territoriale globale entre la "
          "Communauté de communes Serein et Armance et la Caf de l'Yonne.")

# an EPCI's seat hosting the signing of its own CTG, the EPCI then called "l'intercommunalité"
OWN_SEAT = ("La convention territoriale globale a été signée mardi au siège de Vierzon Sologne Berry. Elle lie pour "
            "cinq ans la Caf du Cher et l'intercommunalité.")

# a commune's own site: its name alone on the first line, a breadcrumb below, the page speaking of "la commune"
MASTHEAD = ("Commune de Vovray-en-Bornes\nAccueil > La mairie > Actualités\nLa Communauté de communes du Pays de "
            "Cruseilles, ses communes, dont Vovray-en-Bornes, et la Caf de la Haute-Savoie ont signé la convention "
            "territoriale globale.\nLa commune agrandira son accueil périscolaire.\n")

# an EPCI's council named after its one-word distinctive part, in a brief with no other territory signing
COUNCIL = ("Réuni jeudi à Marlenheim, le conseil communautaire de la Mossig et du Vignoble a approuvé la convention "
           "territoriale globale à signer avec la Caf du Bas-Rhin.\nMême séance, le conseil communautaire du "
           "Kochersberg a approuvé la convention territoriale globale à signer avec la Caf du Bas-Rhin.")

# other territories' conventions, due to be renewed or under discussion
OTHER_RENEWALS = ("La Communauté de communes du Saosnois et la Caf de la Sarthe ont signé leur convention "
                  "territoriale globale. D'autres conventions arrivent à échéance, dont celles du Pays Fléchois et "
                  "de Sablé-sur-Sarthe, qui devraient être renouvelées d'ici l'été.")

# a count of bodies, then examples after "dont"
COUNTED_EXAMPLES = ("Le Cher couvert à 100 %\nAujourd'hui, les 17 intercommunalités du département, dont Bourges Plus, "
                    "sont engagées dans une convention territoriale globale avec la Caf du Cher.")

# a Caf's overview: one territory per line with the state of its convention territoriale globale
STATUS_ROWS = ("La Caf des Landes accompagne chaque territoire dans sa convention territoriale globale.\n"
               "Où en est-on ?\n"
               "Communauté d'agglomération du Grand Dax – CTG 2022-2026 en cours\n"
               "Communauté de communes du Seignanx – diagnostic achevé, plan d'actions en préparation\n"
               "Communauté de communes d'Aire-sur-l'Adour – démarche engagée en 2025\n")

# people's origin, shared by the towns listed after the first ("venus de A ou de B")
ORIGIN_LIST = ("La Communauté de communes du Lautrécois et la Caf du Tarn ont signé la convention territoriale "
               "globale. La population grandit, avec de jeunes couples venus d'Albi ou de Castres.")
# (institutions named after a town: an expert's university, a service's facility)
UNIVERSITY = ("La Caf du Nord et Cœur d'Ostrevent ont signé la convention territoriale globale. Pour Anne Roy, "
              "chercheuse à l'université de Valenciennes, c'est un tournant.")
FACILITY = ("La Communauté de communes des Monts du Lyonnais et la Caf du Rhône ont signé la convention territoriale "
            "globale. Elle soutient l'EVS de Chazelles-sur-Lyon et le pôle solidarité de Saint-Symphorien-sur-Coise.")


# the class's cue on the mention, and the names that must not be partners
@pytest.mark.parametrize("text, mention, feature, absent", [
    (RANK, "ville de France", "common_word", {"France"}),
    (SPAN, "Saül", "range", {"Saül", "Apatou", "Grand-Santi"}),
    (SPAN, "Grand-Santi", "range", {"Grand-Santi"}),
    (ACRONYM_ITEM, "la CTG", "acronym_item", {"la CTG"}),
    (VENUES, "Meymac", "place_list", {"Ussel", "Meymac", "Égletons"}),
    (RELATED, "Bourges", "see_also", {"Bourges"}),
    (HOSTED, "Saint-Florentin", "venue", {"Saint-Florentin"}),
    (UNIVERSITY, "Valenciennes", "facility_of", {"Valenciennes"}),
    (FACILITY, "Chazelles-sur-Lyon", "facility_of", {"Chazelles-sur-Lyon"}),
    (OTHER_RENEWALS, "Sablé-sur-Sarthe", "other_ctgs", {"Sablé-sur-Sarthe"}),
    (COUNTED_EXAMPLES, "Bourges Plus", "example", {"Communauté d'agglomération Bourges Plus"}),
    (STATUS_ROWS, "Communauté de communes du Seignanx", "status_list", {"Communauté de communes du Seignanx"}),
    (ORIGIN_LIST, "Castres", "place_list", {"Castres"}),
])
def test_class_read_as_no_party(nlp, comp, text, mention, feature, absent):
    assert features_of(comp, text, mention)[feature] == 1.0
    found = partners(nlp, text)
    assert not absent & set(found), found


# the class's cue on the mention, and the partners that must be found (name: type)
@pytest.mark.parametrize("text, mention, feature, expected", [
    (ALSO_SIGNATORIES, "Bras-Panon", "declared", {"Bras-Panon": "commune", "Salazie": "commune"}),
    (OWN_SEAT, "Vierzon Sologne Berry", "own_seat", {"Communauté de communes Vierzon-Sologne-Berry": "epci"}),
    (MASTHEAD, "Commune de Vovray-en-Bornes", "masthead", {"Vovray-en-Bornes": "commune"}),
    (ACRONYM_ITEM, "Iracoubo", "in_list", {"Kourou": "commune", "Sinnamary": "commune", "Iracoubo": "commune"}),
])
def test_class_read_as_party(nlp, comp, text, mention, feature, expected):
    assert features_of(comp, text, mention)[feature] == 1.0
    found = partners(nlp, text)
    assert {name: found.get(name) for name in expected} == expected, found


def test_salutation_is_no_commune(nlp):
    found = partners(nlp, SALUTATION)
    assert found.get("Montauban") == "commune", found
    assert not any("Chères" in name for name in found), found


def test_masthead_needs_a_breadcrumb(comp):
    # a first line followed by text is a title, not a site's masthead
    text = MASTHEAD.replace("Accueil > La mairie > Actualités", "Une convention pour les familles")
    assert not features_of(comp, text, "Commune de Vovray-en-Bornes").get("masthead")


def test_one_status_row_is_no_overview(comp):
    # one territory with its state is a page's own news, not an overview
    text = "\n".join(STATUS_ROWS.split("\n")[:3]) + "\n"
    assert not features_of(comp, text, "Communauté d'agglomération du Grand Dax").get("status_list")


def test_epci_council_by_its_distinctive_name(nlp):
    found = partners(nlp, COUNCIL)
    assert found.get("Communauté de communes du Kochersberg") == "epci", found
    assert "Marlenheim" not in found, found



@pytest.mark.parametrize("town", ["Gap", "Auch"])
def test_prefectures_are_no_common_words(nlp, town):
    # préfectures whose names are no French word: a brief's dateline, then "la Ville" signing
    text = f"{town}. La Ville a signé jeudi sa convention territoriale globale avec la Caf."
    assert partners(nlp, text).get(town) == "commune"
