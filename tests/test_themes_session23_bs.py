"""Session 23, document themes on convention documents and the documents around them as a PDF extractor returns them
(read_bs): the sections of a long document that state no field of the convention, keyed on its own numbered headings;
each class with an inline example written for these tests, on a blank French pipeline."""

from __future__ import annotations

from conftest import found_labels, phrase_labels

from ctgminer.text.normalise import unwrap_lines


def test_a_long_documents_other_numbered_sections_name_no_field_when_one_states_the_retained_ones(finder):
    # the diagnostic's needs (chapter 2) and the meetings (chapter 4) name no field once chapter 3 states the retained ones
    text = ("Projet de territoire – Communauté de communes du Haut-Jura\nChapitre 2 – Portrait et besoins\n2.1 Les "
            "besoins\nLes rencontres de l'automne avec les élus et les familles ont mis en avant trois enjeux :\na) le "
            "transport à la demande dans les villages ;\nb) l'hébergement des apprentis ;\nc) l'accueil des "
            "tout-petits.\nCTG Haut-Jura 2024-2028 – p. 7\nChapitre 3 – "
            "Les priorités retenues\nLe comité de pilotage a retenu deux priorités :\nPRIORITÉ 1 – Développer l'accueil "
            "du jeune enfant\nPRIORITÉ 2 – Soutenir les parents d'adolescents\nChapitre 4 – Gouvernance\n4.1 Le comité "
            "technique réunit les services jeunesse et cohésion sociale des communes.\n")
    labels = found_labels(finder(unwrap_lines(text)))
    assert {"petite_enfance", "parentalite"} <= labels
    assert not {"autre", "logement", "animation_vie_sociale"} & labels


def test_the_parties_duties_articles_name_no_field_after_the_article_of_retained_axes(finder):
    text = ("CONVENTION TERRITORIALE GLOBALE 2025-2029\nArticle 2 – Les axes retenus\nAxe 1 : Accueillir les "
            "tout-petits près de chez eux\nAxe 2 : Accompagner les parents\nArticle 3 – Engagements de la commune\nLa "
            "commune s'engage à :\n- mettre à disposition un local pour les permanences de la mission locale ;\n- "
            "cofinancer le poste de coordination à hauteur de 40 %, dans la limite de 20 000 € par an.\n")
    labels = found_labels(finder(unwrap_lines(text)))
    assert {"petite_enfance", "parentalite"} <= labels and not {"insertion", "autre"} & labels


def test_a_document_without_a_section_of_retained_fields_keeps_its_sections(finder):
    # no heading states what is retained: the fields stated in a section on the meetings are read as before
    text = ("CONVENTION TERRITORIALE GLOBALE 2025-2029\nArticle 1 – Durée\nLa convention est conclue pour cinq ans.\n"
            "Article 2 – Pilotage\nLa convention territoriale globale porte sur la petite enfance, la jeunesse et "
            "l'accès aux droits ; un comité de pilotage la suit.\n")
    labels = found_labels(finder(unwrap_lines(text)))
    assert {"petite_enfance", "jeunesse", "acces_aux_droits"} <= labels


def test_fields_left_out_in_brackets_before_the_negation_are_negated(finder):
    text = ("Convention territoriale globale 2024-2028\nLes signataires retiennent la petite enfance et la jeunesse. "
            "Les autres besoins relevés (logement des saisonniers, transport) ne font pas l'objet d'un engagement de "
            "la présente convention.")
    labels = found_labels(finder(unwrap_lines(text)))
    assert {"petite_enfance", "jeunesse"} <= labels and not {"logement", "autre"} & labels


def test_topics_listed_before_the_survey_that_asks_about_them_name_no_field(finder):
    text = ("Communauté de communes du Pays de Gex\nDans le cadre de sa future convention territoriale globale avec "
            "la Caf, la communauté de communes consulte les familles.\nCrèches, loisirs des ados, logement, aide aux "
            "démarches : le sondage, en ligne jusqu'au 30 avril, prend cinq minutes.")
    labels = found_labels(finder(unwrap_lines(text)))
    assert not labels


def test_items_marked_by_a_chevron_are_a_list(finder):
    # a magazine's axes, each over its objectives marked by ">"
    text = ("Le Journal de Pont-de-Veyle – été 2024\nLa commune et la Caf ont signé leur convention territoriale "
            "globale 2024-2028.\nDeux axes et des objectifs précis\nAXE 1 | Être parent aujourd'hui\n> Ouvrir un lieu "
            "d'accueil enfants-parents\n> Accompagner les familles après une séparation\nAXE 2 | Accéder à ses droits\n"
            "> Aider les familles dans les démarches dématérialisées\n> Accompagner les usages numériques\n")
    assert {"inclusion_numerique", "parentalite"} <= phrase_labels(finder(unwrap_lines(text)))


def test_the_question_on_this_territory_ends_the_explainer_above_it():
    # a territory's page: what a CTG may cover in general, then "Et chez nous ?" over its own choices
    from ctgminer.extract.components.themes.component import ThemesComponent

    text = ("Vivre ici > Familles > CTG\nLa Convention territoriale globale (CTG)\nQu'est-ce que c'est ?\nLa Convention "
            "territoriale globale est un accord passé entre la Caf et une collectivité pour plusieurs années. Elle peut "
            "concerner toutes les missions de la Caf : logement, handicap, insertion, etc.\nEt chez nous ?\nLes élus ont "
            "retenu deux priorités :\n• développer l'accueil des tout-petits\n• soutenir les parents\n")
    question = text.index("Et chez nous")
    zones = ThemesComponent().generic_zones(text)
    assert zones and all(not (a <= question < b) for a, b in zones)


def test_the_training_of_a_fields_staff_names_no_insertion(finder):
    # the professionals' training (a fiche's means, in brackets) is no insertion of the public
    text = ("CONVENTION TERRITORIALE GLOBALE 2025-2029\nArticle 3 – Plan d'actions\nFiche 1 : Fidéliser les "
            "professionnels de la petite enfance (prime d'installation, formation)\nFiche 2 : Organiser une formation "
            "croisée des agents d'accueil sur l'accès aux droits\n")
    labels = found_labels(finder(unwrap_lines(text)))
    assert {"petite_enfance", "acces_aux_droits"} <= labels and "insertion" not in labels
