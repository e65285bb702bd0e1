"""Session 32 (tca): a general explainer's or a figures box's zone ends where the page turns to its own convention.

Class: the zone that `generic_zones` treats as a description of CTGs in general ("Qu'est-ce qu'une CTG ?", "... en
chiffres", "Chiffres clés") ran over the page's own convention: a box of short lines never made a body and ran over
the heading of the convention's engagements; a figures heading over the convention's own commitments opened a zone;
an explainer's first answer telling this convention's dated signing left the questions under it read as an
explainer's. The examples below are written for these tests.
"""

from __future__ import annotations

from ctgminer.extract.components.themes import patterns as P
from ctgminer.extract.components.themes.component import ThemesComponent


def themes(analyse_text, text: str) -> set[str]:
    return set(analyse_text(text).themes)


ZONES = ThemesComponent.__new__(ThemesComponent)

BOX_THEN_ENGAGEMENTS = (
    "Caf du Calvados – Espace presse\n"
    "Signature de la Convention territoriale globale avec Pré-Bocage Intercom\n"
    "La Caf du Calvados et Pré-Bocage Intercom ont signé le 12 octobre 2023 à Aunay-sur-Odon leur Convention "
    "territoriale globale pour 2023-2027.\n"
    "Le territoire en chiffres\n"
    "Population 24 000 habitants\n"
    "Allocataires Caf 6 100\n"
    "Places d'accueil collectif 210\n"
    "Les engagements de la convention\n"
    "Thématique Objectif prioritaire\n"
    "Petite enfance Ouvrir 40 places en micro-crèche d'ici 2026\n"
    "Jeunesse Créer un espace jeunes itinérant\n"
    "Parentalité Ouvrir un lieu d'accueil enfants-parents\n"
    "Logement Accompagner les jeunes dans leur recherche de logement\n"
    "Sur la durée de la convention, la Caf prévoit de mobiliser 14 millions d'euros sur le territoire.\n"
    "Contact presse : service communication\n"
)

CTG_FIGURES_OWN = (
    "La CTG en chiffres\n"
    "Convention territoriale globale du Val de Saire (2024-2028)\n"
    "• 3 crèches et 1 micro-crèche\n"
    "• 2 relais petite enfance\n"
    "• 5 accueils de loisirs\n"
    "• 1 espace jeunes\n"
    "Chaque année, la Caf de la Manche verse plus d'un million d'euros aux équipements du territoire.\n"
)

OWN_ANSWER_THEN_QUESTIONS = (
    "Le Journal de Vierzon Agglo – n°14\n"
    "3 questions sur… la convention territoriale globale\n"
    "C'est quoi ?\n"
    "Un accord entre la communauté de communes et la Caf du Cher pour financer les services aux familles. Il a été "
    "signé le 3 mars 2023, pour cinq ans.\n"
    "Ça change quoi pour moi ?\n"
    "Si vous avez un bébé, des places supplémentaires au multi-accueil des Tilleuls. Si vous avez un ado, un local "
    "jeunes ouvert le samedi.\n"
    "Qui paie ?\n"
    "La Caf, la communauté de communes et les communes, avec 700 000 € sur la durée de la convention.\n"
)

# guards: an explainer in general keeps its zone
EXPLAINER = (
    "Qu'est-ce qu'une CTG ?\n"
    "La convention territoriale globale est une démarche de la Caf qui peut couvrir la petite enfance, la jeunesse, "
    "le logement, le handicap, l'insertion et l'accès aux droits.\n"
    "Quels domaines peut-elle couvrir ?\n"
    "Elle peut porter sur le logement, le handicap ou l'insertion.\n"
)

GENERAL_FIGURES_BOX = (
    "La Caf de la Manche en chiffres\n"
    "Population 495 000 habitants\n"
    "Allocataires 98 000\n"
    "12 000 places en crèche\n"
    "Les actualités\n"
)


def test_own_convention_heading_cue():
    for line in ("Les engagements de la convention", "Les objectifs de notre CTG", "Nos engagements en chiffres",
                 "Convention territoriale globale du Val de Saire (2024-2028)", "La présente convention"):
        assert P.OWN_CONVENTION_HEADING.search(line), line
    for line in ("Qu'est-ce qu'une CTG ?", "La CTG en chiffres", "Chiffres clés", "Quels engagements pour une CTG ?",
                 "Le territoire en chiffres", "Comment ça marche ?"):
        assert not P.OWN_CONVENTION_HEADING.search(line), line


def test_box_ends_at_the_conventions_engagements_heading():
    zones = ZONES.generic_zones(BOX_THEN_ENGAGEMENTS)
    heading = BOX_THEN_ENGAGEMENTS.index("Les engagements de la convention")
    box = BOX_THEN_ENGAGEMENTS.index("Le territoire en chiffres")
    assert zones == [(box, heading)]  # the territory's figures stay out, the engagements are read


def test_figures_box_over_the_conventions_own_heading_is_read():
    zones = ZONES.generic_zones(CTG_FIGURES_OWN)
    own = CTG_FIGURES_OWN.index("Convention territoriale globale du Val")
    assert all(end <= own for _start, end in zones)


def test_own_dated_answer_ends_the_explainer():
    zones = ZONES.generic_zones(OWN_ANSWER_THEN_QUESTIONS)
    question = OWN_ANSWER_THEN_QUESTIONS.index("Ça change quoi pour moi ?")
    assert zones and all(end <= question for _start, end in zones)


def test_explainer_and_general_box_keep_their_zones():
    zones = ZONES.generic_zones(EXPLAINER)
    assert zones[0][0] == 0 and zones[-1][1] == len(EXPLAINER)  # the whole explainer stays out
    assert all(a[1] == b[0] for a, b in zip(zones, zones[1:], strict=False))
    box = ZONES.generic_zones(GENERAL_FIGURES_BOX)
    assert box and box[0][0] == 0 and box[0][1] >= GENERAL_FIGURES_BOX.index("12 000 places")


def test_pages_themes(analyse_text):
    assert {"petite_enfance", "jeunesse", "parentalite", "logement"} <= themes(analyse_text, BOX_THEN_ENGAGEMENTS)
    assert {"petite_enfance", "enfance", "jeunesse"} <= themes(analyse_text, CTG_FIGURES_OWN)
    # an explainer before the page's own list adds no field of its own
    page = EXPLAINER + ("La commune et la Caf de la Manche ont signé le 2 juin 2024 leur CTG. Trois axes ont été "
                        "retenus :\n- la petite enfance\n- la jeunesse\n- la parentalité\n")
    got = themes(analyse_text, page)
    assert not got & {"handicap", "insertion", "logement"}


# -- a diagnostic's needs that the convention takes up as its own are read --------------------------------------

DIAGNOSTIC_TABLE_TAKEN_UP = (
    "Communauté de communes du Pays de Lumbres\n"
    "Notre projet social de territoire\n"
    "En mars 2023, la communauté de communes a signé avec la Caf du Pas-de-Calais sa convention territoriale "
    "globale pour 2023-2027.\n"
    "Ce que le diagnostic a montré\n"
    "Besoin | Constat | Réponse inscrite dans la CTG\n"
    "Accueil des tout-petits | 2 communes sur 3 sans crèche | Ouverture d'un multi-accueil à Lumbres\n"
    "Adolescents | Aucune offre après 14 ans | Un espace jeunes avec un animateur itinérant\n"
    "Parents | Peu de lieux de rencontre | Création d'un lieu d'accueil enfants-parents\n"
    "Le suivi est assuré par un comité de pilotage annuel.\n"
)

ARTICLE_TAKEN_UP = (
    "CONVENTION TERRITORIALE GLOBALE\n"
    "Communauté de communes du Clunisois – Caf de Saône-et-Loire\n"
    "Article 1 – Objet de la convention\n"
    "La présente convention a pour objet de définir le projet social du territoire.\n"
    "Article 2 – Les besoins du diagnostic repris par la convention\n"
    "Le diagnostic partagé a permis d'identifier les besoins suivants, que les signataires s'engagent à prendre en "
    "compte :\n"
    "2.1 – Développer l'accueil du jeune enfant dans les communes rurales.\n"
    "2.2 – Offrir aux adolescents des lieux de rencontre et d'engagement.\n"
    "2.3 – Soutenir les parents au moment de la séparation.\n"
    "Article 3 – Durée\n"
    "La convention est conclue pour cinq ans.\n"
)

# guard: a diagnostic that lists needs, with no word of the convention taking them up, keeps its zone
DIAGNOSTIC_ALONE = (
    "Ce que le diagnostic a montré\n"
    "Le diagnostic a mis en évidence plusieurs difficultés :\n"
    "- un manque de logements pour les jeunes actifs\n"
    "- des personnes handicapées isolées\n"
    "Nos priorités\n"
    "- la petite enfance\n"
)


def test_taken_up_cue():
    for line in ("Réponse inscrite dans la CTG", "Les besoins du diagnostic repris par la convention",
                 "quatre enjeux, que la convention territoriale globale a reprises comme axes",
                 "trois enjeux, que la CTG reprend à son compte :"):
        assert P.TAKEN_UP.search(line), line
    assert not P.TAKEN_UP.search("Le diagnostic a mis en évidence un manque de places")
    assert not P.TAKEN_UP.search("Les enjeux du diagnostic")


def test_diagnostic_ends_where_the_convention_takes_up_its_needs():
    zones = ZONES.diagnostic_zones(DIAGNOSTIC_TABLE_TAKEN_UP)
    row = DIAGNOSTIC_TABLE_TAKEN_UP.index("Besoin | Constat")
    assert all(end <= row for _start, end in zones)
    assert not ZONES.section_zones(ARTICLE_TAKEN_UP) or all(
        not (start <= ARTICLE_TAKEN_UP.index("2.1 –") < end) for start, end in ZONES.section_zones(ARTICLE_TAKEN_UP))


def test_diagnostic_alone_keeps_its_zone():
    zones = ZONES.diagnostic_zones(DIAGNOSTIC_ALONE)
    assert zones and zones[0][0] == 0 and zones[0][1] > DIAGNOSTIC_ALONE.index("des personnes handicapées")


def test_taken_up_pages_themes(analyse_text):
    assert {"petite_enfance", "jeunesse", "parentalite"} <= themes(analyse_text, DIAGNOSTIC_TABLE_TAKEN_UP)
    assert {"petite_enfance", "jeunesse", "parentalite"} <= themes(analyse_text, ARTICLE_TAKEN_UP)
    assert not themes(analyse_text, DIAGNOSTIC_ALONE) & {"logement", "handicap"}
