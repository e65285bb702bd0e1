"""Parties: classes of unseen pages where the signatories were missed or wrong (written pages of session 7), one
example each, written for these tests (never taken from the gold texts)."""

from __future__ import annotations

import pytest
import test_parties_recall as recall

# the blank French pipeline with the parties component, the component alone, and the features of a mention
nlp, comp, features_of = recall.nlp, recall.comp, recall.features_of


def partners(nlp, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {span._.value.name: span._.value.type for span in doc.spans["partners"]}


# a press article closing on the full list of the signatory communes, after a colon
SIGNATORY_LIST = (
    "Douai. La communauté d'agglomération du Douaisis et la Caf du Nord ont signé lundi leur convention territoriale "
    "globale. Les communes portent les crèches et les accueils de loisirs : elles ont voulu s'engager aussi.\n"
    "La liste complète des communes signataires : Arleux, Cuincy, Esquerchin, Féchain, Lambres-lez-Douai et "
    "Waziers.\n")


def test_full_list_of_signatory_communes(nlp, comp):
    # stated as signatories, whatever the model says of towns far from the CTG's name in a long article
    assert features_of(comp, SIGNATORY_LIST, "Waziers")["declared"] == 1.0
    found = partners(nlp, SIGNATORY_LIST)
    for town in ("Arleux", "Cuincy", "Esquerchin", "Féchain", "Lambres-lez-Douai", "Waziers"):
        assert found.get(town) == "commune", (town, found)


# an MSA named by its full name, with particles: one MSA, and no word of its name taken for a commune
MSA_FULL_NAME = ("Jeudi 6 mars, Fougères Agglomération, la Caf d'Ille-et-Vilaine et la MSA Portes de Bretagne ont "
                 "signé la convention territoriale globale 2025-2029.")


def test_msa_full_name_is_one_msa(nlp):
    found = partners(nlp, MSA_FULL_NAME)
    assert found.get("MSA Portes de Bretagne") == "msa", found
    assert "Bretagne" not in found and "MSA" not in found, found


# the town heading a page (kicker, headline) whose signatory is its EPCI: where the news is, not a party
EPCI_SEAT_HEADLINE = ("Isère › Voiron\n"
                      "Voiron : le Pays voironnais signe une nouvelle CTG\n"
                      "Vendredi, la communauté d'agglomération du Pays Voironnais et la Caf de l'Isère ont signé "
                      "la convention territoriale globale 2023-2027.\n")
# the town of a départemental CTG's press release
DEPARTEMENT_RELEASE = ("Conseil départemental de l'Aube\n"
                       "Communiqué de presse – Troyes, 3 juin 2024\n"
                       "Le Département de l'Aube et la Caf de l'Aube signent une convention territoriale globale "
                       "départementale pour la période 2024-2028.\n")
# the venue of the signing, the EPCI's own building
EPCI_VENUE = ("La communauté de communes Coutances Mer et Bocage et la Caf de la Manche signeront leur convention "
              "territoriale globale le 3 avril, au Pôle de services de Coutances.")


@pytest.mark.parametrize("text,town,party", [
    (EPCI_SEAT_HEADLINE, "Voiron", "Communauté d'agglomération du Pays Voironnais"),
    (DEPARTEMENT_RELEASE, "Troyes", "Aube"),
    (EPCI_VENUE, "Coutances", "Communauté de communes Coutances Mer et Bocage"),
])
def test_member_town_of_a_kept_territory_is_no_party(nlp, text, town, party):
    found = partners(nlp, text)
    assert town not in found, found
    assert party in found, found


# member communes the convention binds, listed beside the EPCI and the Caf: they stay
MEMBERS_BOUND = ("Le conseil communautaire a adopté la convention territoriale globale qui liera l'agglomération du "
                 "Centre Littoral, la Caf de la Guyane et les communes membres (Cayenne, Matoury, Roura) de 2022 "
                 "à 2026.")


def test_listed_member_communes_stay(nlp):
    found = partners(nlp, MEMBERS_BOUND)
    for town in ("Cayenne", "Matoury", "Roura"):
        assert found.get(town) == "commune", (town, found)


# a municipal bulletin: its town in the heading, told as "notre commune" where it signs beside its EPCI
BULLETIN_OWN_TOWN = ("MAURIAC – BULLETIN MUNICIPAL 2023\n"
                     "Vie intercommunale\n"
                     "Notre commune fait partie des communes du Pays de Salers qui ont signé, aux côtés de "
                     "l'intercommunalité, la convention territoriale globale avec la Caf du Cantal.\n")


def test_bulletin_own_town_signs(nlp):
    found = partners(nlp, BULLETIN_OWN_TOWN)
    assert any(name.lower() == "mauriac" and kind == "commune" for name, kind in found.items()), found


# other territories' conventions named on the page: their own CTG, the ones that signed before, former bodies
OWN_OTHER = ("La ville de Pont-Saint-Esprit et la Caf du Gard ont signé mardi leur convention territoriale globale "
             "2021-2024. À noter : la communauté d'agglomération du Gard rhodanien porte de son côté sa propre CTG "
             "pour les compétences intercommunales.")
PRECEDENT = ("Après la communauté de communes du Pays Sostranien et Bénévent-Grand-Bourg, c'est au tour de la "
             "communauté de communes Creuse Grand Sud de s'engager : la convention territoriale globale a été signée "
             "le 4 mai avec la Caf de la Creuse.")
FORMER = ("La communauté d'agglomération Terres de Montaigu et la Caf de la Vendée ont signé la convention "
          "territoriale globale. Elle prend la suite des contrats enfance jeunesse signés par les anciennes "
          "communautés de communes de Montaigu et de Rocheservière.")


@pytest.mark.parametrize("text,party,others,mention,feature", [
    (OWN_OTHER, "Pont-Saint-Esprit", ("Gard rhodanien",), "communauté d'agglomération du Gard rhodanien", "own_other"),
    (PRECEDENT, "Creuse Grand Sud", ("Sostranien", "Bénévent"), "communauté de communes du Pays Sostranien",
     "precedent"),
    (FORMER, "Terres de Montaigu", ("Communauté de communes Montaigu", "Rocheservière"), "Rocheservière",
     "former_body"),
])
def test_other_territories_conventions(nlp, comp, text, party, others, mention, feature):
    assert features_of(comp, text, mention)[feature] == 1.0
    found = partners(nlp, text)
    assert any(party in name for name in found), found
    for other in others:
        assert not any(other in name for name in found), (other, found)


def test_own_convention_of_the_only_territory_stays(nlp):
    # alone on the page, the territory with "sa propre CTG" is the signatory
    text = ("La commune de Pont-Saint-Esprit signe sa propre CTG avec la Caf du Gard, pour la période 2021-2024.")
    assert partners(nlp, text).get("Pont-Saint-Esprit") == "commune"


# territories that signed theirs before, told beside the page's own signing
ALREADY_SIGNED = ("La commune de Saint-Leu et la Caf de La Réunion ont signé vendredi leur convention territoriale "
                  "globale. Dans l'Ouest, Le Port et Trois-Bassins ont déjà signé leur CTG l'an passé.")


def test_territories_that_already_signed_theirs(nlp, comp):
    assert features_of(comp, ALREADY_SIGNED, "Trois-Bassins")["own_other"] == 1.0
    found = partners(nlp, ALREADY_SIGNED)
    assert found.get("Saint-Leu") == "commune", found
    assert "Le Port" not in found and "Trois-Bassins" not in found, found


# a Caf's overview of the CTGs of its département: a status per line, no signing told
STATUS_PAGE = ("Caf de la Martinique > Partenaires > Politiques territoriales\n"
               "Où en sont les conventions territoriales globales ?\n"
               "Territoires couverts par une CTG signée : Cap Nord, CACEM, Le Lamentin, Schœlcher…\n"
               "Territoires en renouvellement : Espace Sud.\n")


def test_status_overview_page_has_no_party(nlp):
    assert partners(nlp, STATUS_PAGE) == {}


# places that are no parties: the people's origin, a town near which, a number word, a crèche in a table cell, the
# site's own name heading the page of its EPCI's signing
@pytest.mark.parametrize("text,place", [
    ("La communauté de communes Sud Vendée Littoral et la Caf de la Vendée ont signé la CTG. Le territoire attire de "
     "jeunes ménages venus de Niort.", "Niort"),
    ("La communauté de communes Tannay-Brinon-Corbigny et la Caf de la Nièvre préparent leur CTG : de jeunes familles "
     "s'installent dans les communes proches de Clamecy.", "Clamecy"),
    ("La communauté de communes du Pays de Mormal et la Caf du Nord ont signé la CTG jeudi.\nDouze champs d'action "
     "sont retenus.", "La Douze"),
    ("La ville de Vitry-sur-Seine et la Caf du Val-de-Marne ont signé la CTG.\nChamp | Action\nPetite enfance | "
     "Crèche du quartier Balzac\n", "La Crèche"),
    ("Ville de Haguenau › Actualités\nLa communauté d'agglomération de Haguenau et la Caf du Bas-Rhin ont signé la "
     "convention territoriale globale.", "Haguenau"),
])
def test_places_that_are_no_parties(nlp, text, place):
    assert place not in partners(nlp, text)


# a Caf page telling several signings, one territory per section or per table row
SECTIONS = ("Caf du Gers – Actualités partenaires\n"
            "Deux nouvelles conventions territoriales globales signées\n"
            "Le mois de mai a été riche : deux territoires ont signé leur convention territoriale globale (CTG).\n"
            "Pour rappel, la CTG est une démarche de partenariat qui couvre tous les champs de la branche Famille.\n"
            "Grand Auch Cœur de Gascogne\n"
            "Signée le 6 mai 2025 pour 2025-2029, la convention retient trois priorités.\n"
            "Communauté de communes Bastides de Lomagne\n"
            "La convention, signée le 20 mai à Mauvezin, met l'accent sur la jeunesse.\n")
ROWS = ("Caf de l'Aisne – Espace partenaires\n"
        "Le 21 mars 2024, la Caf de l'Aisne a signé les conventions territoriales globales de deux intercommunalités.\n"
        "Territoire | Période | Priorités\n"
        "Communauté de communes du Pays de la Serre | 2024-2028 | Petite enfance ; Parentalité\n"
        "Communauté de communes du Chemin des Dames | 2024-2028 | Jeunesse ; Accès aux droits\n")


@pytest.mark.parametrize("text,parties", [
    (SECTIONS, ("Grand Auch", "Bastides de Lomagne")),
    (ROWS, ("Pays de la Serre", "Chemin des Dames")),
])
def test_one_territory_per_section_or_row(nlp, text, parties):
    found = partners(nlp, text)
    for party in parties:
        assert any(party in name for name in found), (party, found)


def test_a_table_of_territories_without_any_signing_gives_no_party(comp):
    text = ("Les conventions territoriales globales en préparation\n"
            "Territoire | Période | Priorités\n"
            "Communauté de communes du Pays de la Serre | 2025-2029 | Petite enfance\n")
    assert features_of(comp, text, "Communauté de communes du Pays de la Serre")["section_party"] == 0.0


def test_names_with_the_oe_ligature_are_matched(nlp):
    # "œ" lies outside Latin-1: a name holding it is one word for the gazetteer ("Cœur de Savoie", not "C" + "ur")
    text = "La communauté de communes Cœur de Savoie et la Caf de la Savoie ont signé la CTG."
    assert partners(nlp, text) == {"Communauté de communes Cœur de Savoie": "epci"}


# a job ad: the bodies of its task list are those the post works with, not signatories
JOB_AD = ("La Caf de la Martinique recrute\n"
          "Chargé(e) de coopération territoriale – Conventions territoriales globales (H/F)\n"
          "Vous accompagnez les collectivités dans le suivi de leurs conventions territoriales globales.\n"
          "Vos missions :\n"
          "- animer les comités de pilotage des CTG de votre secteur (Cap Nord, communauté d'agglomération du "
          "Centre de la Martinique) ;\n"
          "- assurer le lien avec les partenaires signataires (MSA, Département, État).\n")


def test_job_ad_task_list_gives_no_party(nlp, comp):
    assert features_of(comp, JOB_AD, "MSA")["task_list"] == 1.0
    assert partners(nlp, JOB_AD) == {}


def test_epci_name_with_a_comma(nlp):
    # an official EPCI name may hold a comma ("Granville, Terre et Mer"); a list of communes still splits at commas
    text = ("La Caf de la Manche a signé la CTG avec la communauté de communes Granville, Terre et Mer le 28 juin, "
            "en présence des maires.")
    assert partners(nlp, text) == {"Communauté de communes de Granville, Terre et Mer": "epci"}


def test_epci_name_with_an_ampersand(nlp):
    # "&" written for "et" in an official name ("Lamballe Terre & Mer" is "Lamballe Terre et Mer")
    text = "Lamballe Terre & Mer et la Caf des Côtes-d'Armor ont signé la convention territoriale globale."
    found = partners(nlp, text)
    assert len(found) == 1 and all(kind == "epci" and "Lamballe Terre" in name for name, kind in found.items()), found
