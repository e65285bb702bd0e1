"""Session 23, document themes on small communes' news and bulletins (read_bt) and fields worded as programmes, jargon
and publics (read_bu): classes of pages the finder misread and wordings the vocabulary missed, each with an inline
example written for these tests, on a blank French pipeline."""

from __future__ import annotations

from conftest import found_labels, phrase_labels, theme_phrases_of

from ctgminer.extract.components.themes.lexicon import labels_named
from ctgminer.text.normalise import unwrap_lines


def test_items_opened_by_a_greater_than_sign_are_a_list(finder):
    # a web page's or a PDF's list typed with "> " marks, under the sentence introducing the convention's priorities
    text = ("Communauté de communes du Pays de Nay\nLa communauté de communes et la Caf des Pyrénées-Atlantiques ont "
            "signé leur convention territoriale globale. Ses priorités sont :\n> ouvrir une micro-crèche à Bénéjacq\n"
            "> soutenir les parents (ateliers, café des parents)\n> lutter contre le non-recours aux droits")
    phrases = theme_phrases_of(finder, text)
    assert any(p.startswith("ouvrir une micro-crèche") for p in phrases)
    assert any(p.startswith("lutter contre le non-recours") for p in phrases)


def test_the_territorys_own_question_after_an_explainers_ends_the_general_section(finder):
    # a town's page: "Qu'est-ce que c'est ?" on CTGs in general, then "Et chez nous ?" on its own convention
    text = ("Vivre ici > Familles > CTG\nLa Convention Territoriale Globale\nQu'est-ce que c'est ?\nUne CTG est un accord "
            "entre la Caf et une collectivité. Elle peut couvrir la petite enfance, le logement, le handicap, etc.\n"
            "Et chez nous ?\nLe Val de Saire et la Caf de la Manche travaillent ensemble dans le cadre de la CTG. Les "
            "priorités du territoire sont :\n- créer un relais petite enfance\n- ouvrir un espace jeunes au village")
    doc = finder(unwrap_lines(text))
    assert {"petite_enfance", "jeunesse"} <= phrase_labels(doc)
    assert not {"logement", "handicap"} & found_labels(doc)


def test_caregivers_are_a_field_of_their_own_but_helping_is_no_caregiver():
    # "les aidants" (family caregivers, mostly of the elderly) are "autre" in the guide's sense; "en les aidant à" is a
    # participle
    assert "autre" in labels_named("le soutien aux aidants familiaux")
    assert "autre" in labels_named("rompre l'isolement des seniors et des aidants")
    assert "autre" not in labels_named("accompagner les jeunes en les aidant à trouver un emploi")


def test_programme_names_and_publics_name_their_field():
    # schemes named by their programme, and publics the guide files under a field
    assert "accompagnement_social" in labels_named("deux Points Conseil Budget pour prévenir le surendettement")
    assert "accompagnement_social" in labels_named("mieux accompagner les gens du voyage")
    assert "enfance" in labels_named("le programme de réussite éducative")
    assert "insertion" in labels_named("remobiliser les jeunes NEET")
    assert "insertion" in labels_named("repérer les jeunes décrocheurs et ceux qui sortent du lycée sans diplôme")
    # a junior association is a youth scheme, not the associative life of the territory
    assert labels_named("soutenir les projets des ados (junior association)") == ("jeunesse",)


def test_mobility_ageing_and_lone_parents_worded_plainly_name_their_fields():
    assert "autre" in labels_named("faciliter les déplacements des familles vers les équipements")
    assert "autre" in labels_named("les jeunes sans voiture")
    assert "autre" in labels_named("le bien vieillir à domicile")
    assert {"accompagnement_social", "parentalite"} <= set(labels_named("soutenir les parents solos"))
    assert "acces_aux_droits" in labels_named("aller vers les familles éloignées des services")
    assert {"acces_aux_droits", "inclusion_numerique"} <= set(labels_named("aider les seniors à utiliser les services en ligne"))


def test_growing_up_names_childhood_in_a_list_of_ambitions_but_not_in_a_headline(finder):
    # a plan's ambitions worded as slogans: "Grandir à ..." is the childhood field
    listed = ("Les ambitions de la convention territoriale globale signée avec la Caf de l'Orne :\n- Ambition 1 – Bien "
              "grandir dans le Perche\n- Ambition 2 – Soutenir les parents\n- Ambition 3 – Rompre l'isolement des aînés")
    assert "enfance" in phrase_labels(finder(unwrap_lines(listed)))
    # a headline's verb names no field
    told = ("Une convention pour mieux grandir dans le Perche\nLa communauté de communes et la Caf de l'Orne ont signé "
            "leur convention territoriale globale jeudi. Elle porte sur le logement et l'accès aux droits.")
    assert "enfance" not in found_labels(finder(unwrap_lines(told)))


def test_another_objective_in_the_infinitive_splits_the_last_item_after_pairs(finder):
    # a mayor's sentence: objectives in the infinitive, the first a pair of facilities, the last two objectives joined
    text = ("Saint-Jean-du-Gard\nLa commune a signé sa convention territoriale globale avec la Caf du Gard. Cette "
            "convention va permettre de garder la crèche et l'accueil de loisirs ouverts, de créer un espace jeunes "
            "et d'ouvrir un lieu d'accueil enfants-parents au village.")
    assert "créer un espace jeunes" in theme_phrases_of(finder, text)
