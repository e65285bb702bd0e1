"""Relevance, session 27 (tca): an annex page of a CTG's PDF, titled by the part alone ("Annexe 3 – Tableau de bord
des fiches actions") with the CTG's name opening the line under it, is the CTG's own document, not a list of links
(examples written for these tests)."""

from __future__ import annotations

from ctgminer.classify.relevance.component import score_relevance

# class: an annex's table of fiches actions, one row a line, no prose; the start code read it as a list of links
# ("no prose") because the CTG's name stood on the subtitle line, not in the title
ANNEX = ("Annexe 2 – Tableau de suivi des fiches actions au 30/06/2024\n"
         "CTG du Pays de Gex 2022-2026\n"
         "N° | Intitulé | Axe | Pilote | État\n"
         "1.1 | Ouvrir une micro-crèche à Divonne | Petite enfance | Commune | Réalisé\n"
         "1.2 | Créer un RPE itinérant | Petite enfance | Agglo | En cours\n"
         "2.1 | Ouvrir un espace jeunes à Gex | Jeunesse | Commune | En cours\n"
         "3.1 | Créer un LAEP | Parentalité | Centre social | Non engagé\n"
         "4.1 | Permanences France services | Accès aux droits | Agglo | Réalisé\n"
         "CTG Pays de Gex – Bilan à mi-parcours – p. 18\n")


def test_an_annex_titled_by_its_part_over_the_ctg_name_is_the_ctg_s_document():
    assert score_relevance(ANNEX).label != "unrelated"


def test_a_list_of_links_under_an_annex_word_stays_unrelated():
    # guard: a site's list of links whose subtitle line does not open on the CTG's name
    text = ("Annexes du conseil municipal\nDélibérations du 12 mars 2024, liste des pièces jointes\n"
            "Compte rendu du conseil (PDF)\nDélibération budget primitif (PDF)\nDélibération tarifs cantine (PDF)\n"
            "Avenant à la CTG avec la Caf (PDF)\nRèglement de voirie (PDF)\nRèglement du marché (PDF)\nPlan de circulation (PDF)\n")
    assert score_relevance(text).label == "unrelated"


# class: another scheme's own document (a PEDT's convention) naming the signed CTG only as what it is kept in line
# with; the start code read "signée" there as the CTG's signing and the page as related
PEDT = ("PROJET ÉDUCATIF DE TERRITOIRE (PEDT)\nCommune de Saint-Affrique 2024-2027\nArticle 1 – Objet\nLa présente "
        "convention fixe l'organisation des activités périscolaires des écoles publiques de la commune, dans le cadre du "
        "Plan mercredi.\nArticle 2 – Objectifs éducatifs\n- Favoriser l'épanouissement de chaque enfant\n- Ouvrir les "
        "enfants aux pratiques culturelles et sportives\nArticle 3 – Pilotage\nLe comité de pilotage réunit les "
        "services municipaux, les directeurs d'école et la Caf. Il veille à l'articulation du PEDT avec la convention "
        "territoriale globale signée par la communauté de communes.\n")


def test_a_pedt_kept_in_line_with_the_signed_ctg_is_unrelated():
    assert score_relevance(PEDT).label == "unrelated"


def test_a_ctg_page_telling_its_signing_stays_relevant():
    # guard: the CTG's own news, its signing told, with a word of coherence
    text = ("La communauté de communes et la Caf de l'Aveyron ont signé lundi la convention territoriale globale, en "
            "cohérence avec le PEDT des communes. Elle porte sur la petite enfance et la jeunesse pour 2024-2027.\n")
    assert score_relevance(text).label == "announcement"
