"""Session 19b, document themes: passages of CTG pages the finder read wrongly for THIS convention's fields (false
positives) or missed (false negatives), each class with an inline example written for these tests, on a blank
French pipeline."""

from __future__ import annotations

import pytest
from conftest import found_labels

from ctgminer.text.normalise import unwrap_lines


# -- the fields any CTG may cover, listed under a general introduction (a Caf's page on CTGs) -------------------------
@pytest.mark.parametrize("text", [
    # bulleted, the bullet on a line of its own
    ("Caf de l'Orne\nLa convention territoriale globale\nLa CTG est un accord entre la Caf et une collectivité pour "
     "quatre ans.\nElle peut couvrir tous les domaines d'action de la Caf :\n•\nl'accueil des jeunes enfants\n•\nles "
     "loisirs des enfants et des adolescents\n•\nle soutien aux parents\n•\nle logement des familles\nComment "
     "s'engager ?\nContactez votre conseiller territorial.\n"),
    # one field a line, no bullet
    ("Caf de la Meuse\nLa convention territoriale globale\nElle est signée pour cinq ans par la Caf et la commune ou "
     "l'intercommunalité. Elle peut porter sur une partie des missions de la branche Famille :\npetite enfance\n"
     "jeunesse\nparentalité\nlogement\nhandicap\nVous êtes élu ? Contactez-nous.\n"),
])
def test_fields_under_what_a_ctg_may_cover_name_no_field_of_this_one(finder, text):
    assert found_labels(finder(unwrap_lines(text))) == set()


def test_the_answer_to_what_a_ctg_is_names_no_field(finder):
    # the question and its answer on one line, then this territory's own choices
    text = ("Mairie de Vireux\nUne CTG pour 2025-2028\nQu'est-ce qu'une convention territoriale globale ? C'est un accord "
            "qui permet à la Caf et à une commune de bâtir un projet couvrant, selon les besoins, la petite enfance, le "
            "logement, la parentalité et l'animation de la vie sociale.\nÀ Vireux, la convention a été signée le 2 "
            "mars 2025. Le plan d'actions retient deux enjeux :\n– Enjeu 1 : ouvrir des places d'accueil du jeune enfant "
            "au bourg ;\n– Enjeu 2 : structurer une politique jeunesse.\n")
    labels = found_labels(finder(unwrap_lines(text)))
    assert {"petite_enfance", "jeunesse"} <= labels
    assert not labels & {"logement", "parentalite", "animation_vie_sociale"}


def test_axes_under_what_a_ctg_is_for_stay_fields(finder):
    # "a vocation à" tells what THIS convention is for, no possibility: its axes are its fields
    text = ("DÉPARTEMENT DE L'AUBE\nCOMMISSION PERMANENTE\nObjet : convention territoriale globale départementale "
            "2024-2028\nConsidérant que la CTG départementale a vocation à fédérer les politiques de solidarité du "
            "Département et de la branche Famille autour des axes suivants :\n• favoriser l'insertion des allocataires "
            "du RSA ;\n• prévenir les expulsions locatives ;\n• garantir l'accès aux droits sur tout le territoire ;\n"
            "DÉCIDE\nArticle 1 : d'approuver la convention.\n")
    assert {"insertion", "logement", "acces_aux_droits"} <= found_labels(finder(unwrap_lines(text)))


# -- a diagnostic's thematic workshops, their subjects in brackets --------------------------------------------------
def test_thematic_workshops_subjects_in_brackets_name_no_field(finder):
    text = ("Ville de Saint-Amé – Actualités\nConvention territoriale globale : le diagnostic est lancé\nLe premier comité "
            "de pilotage de la future convention territoriale globale s'est réuni lundi en mairie avec la Caf. Des "
            "ateliers thématiques auront lieu en janvier (petite enfance, jeunesse, logement, accès aux droits) avec "
            "les associations.\n")
    assert found_labels(finder(unwrap_lines(text))) == set()


# -- a council's agenda told by its bare verdicts, around the convention's point --------------------------------------
def test_agenda_rows_after_the_conventions_point_name_no_field(finder):
    text = ("Conseil communautaire du 3 juin 2024\nORDRE DU JOUR ET DÉCISIONS\n1. Procès-verbal de la séance du 6 mai "
            "– adopté\n2. Cohésion sociale – Convention territoriale globale 2024-2028 avec la Caf – adoptée\nEn bref : "
            "la CTG fixe trois priorités : ouvrir une micro-crèche ; créer un espace jeunes ; soutenir les parents.\n"
            "3. Habitat – Programme local de l'habitat – adopté (250 000 € sur trois ans)\n4. Questions diverses\n")
    doc = finder(unwrap_lines(text))
    assert "logement" not in {lab for span in doc.spans["theme_phrases"] for lab in span._.value.lexical}
    assert "petite_enfance" in found_labels(doc)


# -- what the convention does not mention, said by its critics ------------------------------------------------------
def test_no_mention_of_a_field_names_no_field(finder):
    text = ("La ville et la Caf ont signé mardi leur convention territoriale globale. Elle prévoit d'ouvrir des places "
            "en crèche et d'étendre les horaires des accueils de loisirs. Aucune mention, en revanche, du logement des "
            "jeunes, regrette un élu d'opposition.")
    assert "logement" not in found_labels(finder(unwrap_lines(text)))


# -- the convention's fields after the sentence telling what its assessment led to ---------------------------------
def test_fields_after_what_the_assessment_led_to_are_the_conventions(finder):
    text = ("POINT 9 : RENOUVELLEMENT DE LA CONVENTION TERRITORIALE GLOBALE\nLe bilan de la première convention et les "
            "réunions avec les communes ont conduit à élargir le champ de la nouvelle convention. Celle-ci portera "
            "sur :\n- le soutien à la parentalité ;\n- l'accès aux droits ;\n- l'accueil des enfants en situation de "
            "handicap.\n")
    doc = finder(unwrap_lines(text))
    assert {"parentalite", "acces_aux_droits", "handicap"} <= {
        lab for span in doc.spans["theme_phrases"] for lab in span._.value.lexical}
