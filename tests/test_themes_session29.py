"""Themes, session 29: field lists the start code did not find on unseen pages, and one false field.
Classes: a convention's article "Objet et définition des orientations" read as an explainer's "Définition"; the
partners' objectives introduced as "se donnent pour objectifs de :"; a bulleted item a PDF wrapped before a
capitalised word; items numbered with enclosed numbers ("①"); the priorities that "came out" of a consultation ("Il en
ressort quatre priorités :"); a heading naming the convention over objectives longer than a sentence's items; the
Caf's yearly funding of the territory's services in the present ("La Caf apporte chaque année ..."). Each class with
examples written for these tests."""

from __future__ import annotations

import pytest
from conftest import found_labels, phrase_labels, theme_phrases_of

from ctgminer.text.normalise import unwrap_lines


def labels_of(nlp, text: str) -> set[str]:
    return phrase_labels(nlp(unwrap_lines(text)))


# -- a convention's article defining its orientations is no explainer ---------------------------------------------
# class: "définition" in a convention's own article heading ("Objet et définition des orientations"); the start code
# read the whole article as a generic "Définition" section and found none of its orientations
def test_article_defining_the_orientations_is_the_conventions(finder):
    text = ("CONVENTION TERRITORIALE GLOBALE\nCommunauté de communes du Val de Morteau\n2024 - 2027\n"
            "ARTICLE 1 : OBJET ET DÉFINITION DES ORIENTATIONS\n"
            "La présente convention définit le cadre de l'action commune des signataires sur les 8 communes.\n"
            "Orientation stratégique n° 1 – Développer l'offre d'accueil du jeune enfant.\n"
            "Orientation stratégique n° 2 – Accompagner les adolescents vers l'autonomie.\n"
            "Orientation stratégique n° 3 – Soutenir les parents dans leur rôle éducatif.\n"
            "ARTICLE 2 : DURÉE\nLa présente convention est conclue pour quatre ans.")
    phrases = theme_phrases_of(finder, text)
    assert any("offre d'accueil du jeune enfant" in p for p in phrases)
    assert any("adolescents" in p for p in phrases) and any("parents" in p for p in phrases)


def test_an_explainers_definition_stays_generic(finder):
    # guard: a Caf's explainer headed "Définition" lists what any CTG may cover
    text = ("La commune de Pontarlier a signé sa convention territoriale globale.\nDéfinition\n"
            "Une CTG est une convention de partenariat. Elle peut notamment porter sur :\n- la petite enfance ;\n"
            "- le logement ;\n- l'inclusion numérique.")
    assert not theme_phrases_of(finder, text)


# -- the partners' objectives "se donnent pour objectifs de :" ------------------------------------------------------
# class: a preamble's colon line giving the signatories' own objectives, a verb the introductions did not know
@pytest.mark.parametrize("intro", [
    "Les signataires se donnent pour objectifs de :",
    "La commune et la Caf s'assignent comme objectifs :",
])
def test_objectives_the_partners_give_themselves(labeller, intro):
    text = ("Préambule\nLa ville de Kourou compte 26 000 habitants, dont une majorité de moins de 30 ans.\n" + intro +
            "\n- Développer l'offre d'accueil du jeune enfant ;\n- Soutenir les jeunes dans leur insertion sociale et "
            "professionnelle ;\n- Rapprocher les services publics des habitants des quartiers éloignés.")
    labels = labels_of(labeller, text)
    assert {"petite_enfance", "jeunesse", "acces_aux_droits"} <= labels


def test_a_general_convention_objectives_stay_generic(finder):
    # guard: CTGs in general "se donnent pour objectifs", on an explainer
    text = ("Qu'est-ce qu'une CTG ?\nLes conventions territoriales globales se donnent pour objectifs de :\n"
            "- renforcer l'efficacité de l'action sociale ;\n- mieux coordonner les acteurs.")
    assert not theme_phrases_of(finder, text)


# -- an item a PDF wrapped before a capital ------------------------------------------------------------------------
# class: a bulleted item whose second line opens on a capitalised name ("Relais\nPetite Enfance"), which unwrapping
# leaves alone; the start code read the line as prose between two lists and lost the whole list
def test_item_wrapped_before_a_capital_goes_on(finder):
    text = ("Article 3 – Les champs d'intervention\n"
            "La Caf et la communauté de communes conviennent d'unir leurs moyens autour des priorités suivantes :\n"
            "→ développer l'accueil collectif du jeune enfant et soutenir le Relais Petite\n"
            "Enfance de Saint-Florent ;\n"
            "→ structurer l'offre de loisirs des 3-11 ans pendant les vacances ;\n"
            "→ accompagner les parents, notamment par un lieu d'accueil enfants-parents.\n"
            "Article 4 – Durée")
    phrases = theme_phrases_of(finder, text)
    assert any(p.startswith("développer l'accueil collectif") and "Saint-Florent" in p for p in phrases)
    assert any("loisirs des 3-11 ans" in p for p in phrases) and any("lieu d'accueil enfants-parents" in p for p in phrases)


def test_a_paragraph_after_an_unpunctuated_last_item_stays_out(finder):
    # guard: the page's next sentence under an unpunctuated item is no part of it
    text = ("La CTG de Morlaix est signée. Elle porte sur :\n- l'accueil du jeune enfant\n- le soutien aux parents\n"
            "La Ville remercie les familles.")
    phrases = theme_phrases_of(finder, text)
    assert "le soutien aux parents" in phrases and not any("remercie" in p for p in phrases)


# -- items numbered with enclosed numbers --------------------------------------------------------------------------
# class: a summary's items numbered "①", "②" (enclosed alphanumerics): the start code glued each item to the next
# (the number read as a lower-case word going on) and took no bullet
def test_enclosed_numbers_keep_their_lines():
    text = ("La communauté de communes a signé sa convention avec la Caf du Cher et la MSA.\nNos ambitions\n"
            "① Proposer une solution de garde à chaque famille à moins de vingt minutes de chez elle\n"
            "② Offrir des vacances et des accueils de loisirs à chaque enfant\n③ Aller vers les jeunes là où ils sont")
    assert unwrap_lines(text) == text


def test_enclosed_numbers_are_bullets(labeller):
    text = ("Un projet, une convention\nLe projet social de territoire constitue le contenu de la convention territoriale "
            "globale signée le 16 octobre avec la Caf du Cher.\nNos ambitions\n"
            "① Proposer une solution de garde à chaque famille à moins de vingt minutes de chez elle\n"
            "② Développer les accueils de loisirs pendant les vacances et les mercredis pour tous les enfants\n"
            "③ Aller vers les jeunes là où ils sont\n④ Faciliter les déplacements des familles (transport à la demande)")
    labels = labels_of(labeller, text)
    assert {"enfance", "jeunesse", "autre"} <= labels


# -- what came out of a consultation ---------------------------------------------------------------------------------
# class: "Il en ressort quatre priorités :" after the consultation told in the sentence before; the start code read
# the pronoun as the questionnaire's and the items as its topics
def test_priorities_that_came_out_of_the_consultation(labeller):
    text = ("La convention territoriale globale de Questembert Communauté est signée.\nPlus de 300 familles ont "
            "répondu au questionnaire en ligne et une trentaine d'associations ont participé aux ateliers.\n"
            "Il en ressort trois grandes priorités :\n• l'accueil du jeune enfant\n• le soutien aux parents\n"
            "• l'accès aux droits, avec l'espace France services")
    assert {"petite_enfance", "parentalite", "acces_aux_droits"} <= labels_of(labeller, text)


def test_a_questionnaires_topics_stay_out(finder):
    # guard: the questionnaire's own topics, and what came out that is no priority
    text = ("Un questionnaire est en ligne jusqu'au 30 juin.\nIl porte sur :\n• la garde des jeunes enfants\n"
            "• les loisirs des ados\n• le logement")
    assert not theme_phrases_of(finder, text)
    text = ("Plus de 300 familles ont répondu au questionnaire.\nIl en ressort des inquiétudes :\n"
            "• la garde des jeunes enfants\n• les loisirs des ados\n• le logement")
    assert not theme_phrases_of(finder, text)


# -- a heading naming the convention over long objectives ----------------------------------------------------------
# class: "Les objectifs de la convention" over unmarked objectives, the first of which names its places and runs past
# a sentence's items (20 words); the start code stopped at it and took none
def test_long_objectives_under_a_heading_naming_the_convention(labeller):
    text = ("La Ville de Bastia et la Caf de Haute-Corse ont signé leur convention territoriale globale pour 2024-2028.\n"
            "Les objectifs de la convention\n"
            "Garantir un accueil de qualité pour les jeunes enfants, en ouvrant des places nouvelles dans les quartiers "
            "de Lupino et de Montesoro d'ici la fin de la convention\n"
            "Développer les loisirs éducatifs des 6-11 ans dans les quartiers sud\n"
            "Accompagner les parents, notamment au moment de la séparation\n"
            "Ces objectifs seront déclinés en un plan d'actions.")
    labels = labels_of(labeller, text)
    assert {"petite_enfance", "enfance", "parentalite"} <= labels


def test_a_paragraph_under_a_heading_naming_the_convention_stays_out(finder):
    # guard: long lines that do not open on a verb are the section's paragraphs, not objectives
    text = ("Les objectifs de la convention\n"
            "La ville compte aujourd'hui 48 000 habitants et une population jeune, avec de nombreuses familles "
            "monoparentales installées dans les quartiers sud depuis dix ans\n"
            "Le logement social y représente près de 40 % du parc et la précarité énergétique y progresse chaque année")
    assert not theme_phrases_of(finder, text)


# -- the Caf's yearly funding in the present -----------------------------------------------------------------------
# class: the Caf's yearly funding of the territory's services, told in the present with "apporte", its fields in a
# bracket: the services already funded, not the convention's fields
def test_yearly_funding_brought_names_no_field(labeller):
    text = ("La convention territoriale globale de Josselin Communauté a été signée mardi. Elle porte sur l'accueil du "
            "jeune enfant et le soutien aux parents.\nLa Caf apporte chaque année près de 2,3 millions d'euros aux "
            "services du territoire (petite enfance, jeunesse, animation de la vie sociale).")
    labels = labels_of(labeller, text)
    assert {"petite_enfance", "parentalite"} <= labels and not labels & {"jeunesse", "animation_vie_sociale"}


@pytest.mark.parametrize("text", [
    # guards: the convention's fields beside its future funding, and a yearly support with no amount
    "La convention territoriale globale de Josselin Communauté a été signée mardi. Elle porte sur la jeunesse et "
    "l'animation de la vie sociale. La Caf apportera 400 000 euros par an pour les nouvelles actions.",
    "La convention territoriale globale de Josselin Communauté a été signée mardi. Elle apporte chaque année un soutien "
    "renforcé à la jeunesse et à l'animation de la vie sociale.",
])
def test_what_the_convention_brings_stays(labeller, text):
    assert {"jeunesse", "animation_vie_sociale"} <= found_labels(labeller(unwrap_lines(text)))


# -- a field set apart for a study of its own ----------------------------------------------------------------------
# class: after the convention's fields, another field as the sentence's subject, its pronoun in contrast ("lui"), left
# to a separate study; the start code read it as one more field
def test_a_field_left_to_a_study_apart_is_no_field(labeller):
    text = ("La commune de Sarlat et la Caf de la Dordogne ont signé leur convention territoriale globale. Elle porte sur "
            "l'accueil du jeune enfant et le soutien aux parents.\nLe logement des jeunes travailleurs, lui, fera "
            "l'objet d'une étude à part, conduite avec le Département.")
    labels = found_labels(labeller(unwrap_lines(text)))
    assert {"petite_enfance", "parentalite"} <= labels and "logement" not in labels


def test_a_field_given_its_own_fiche_stays(labeller):
    # guard: the convention's own work on a field, "spécifique" to it, is this convention's
    text = ("La commune de Sarlat et la Caf de la Dordogne ont signé leur convention territoriale globale. Elle porte sur "
            "l'accueil du jeune enfant et le soutien aux parents.\nLe logement des jeunes travailleurs fera l'objet "
            "d'une fiche action spécifique.")
    assert "logement" in found_labels(labeller(unwrap_lines(text)))


# -- a deliberation's reference code before its rubric -------------------------------------------------------------
# class: a register's deliberation labelled by its code ("DEL-2025-031 – Cohésion sociale – ..."), its rubric the
# department in charge; the start code read "Cohésion sociale" as a field (animation de la vie sociale)
def test_a_deliberations_rubric_after_its_code_is_no_field(labeller):
    text = ("Quimperlé Communauté\nRECUEIL DES ACTES ADMINISTRATIFS\nN° 2025-03 – Mars 2025\nPage 12\n"
            "DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE DU 12 MARS 2025\n"
            "DEL-2025-030 – Transports – Tarifs du réseau de bus au 1er avril 2025 – Adoptée\n"
            "DEL-2025-031 – Cohésion sociale – Convention territoriale globale avec la Caf du Finistère – Avenant\n"
            "Résumé : la convention signée en 2021 est prolongée d'un an. Ses deux axes sont maintenus : petite "
            "enfance ; jeunesse. – Adoptée à l'unanimité")
    labels = found_labels(labeller(unwrap_lines(text)))
    assert {"petite_enfance", "jeunesse"} <= labels and "animation_vie_sociale" not in labels


def test_a_rubric_naming_the_conventions_field_stays(labeller):
    # guard: a heading's field before the convention's bare name keeps its field
    text = "Jeunesse : la convention territoriale globale prévoit un point information jeunesse à Morlaix."
    assert "jeunesse" in found_labels(labeller(unwrap_lines(text)))


# -- thanks --------------------------------------------------------------------------------------------------------
# class: a news item's thanks to the facilities that took part, named by their field ("le centre social", "les
# crèches"); the start code read them as mentions of fields
def test_thanks_name_no_field(labeller):
    text = ("La communauté de communes et la Caf du Calvados ont signé la convention territoriale globale pour 2024-2028, "
            "centrée sur l'accueil du jeune enfant et les loisirs des enfants.\nLa communauté remercie le centre social "
            "du Pays de Vire, partenaire de longue date, et les communes pour leur participation aux ateliers.")
    labels = found_labels(labeller(unwrap_lines(text)))
    assert {"petite_enfance", "enfance"} <= labels and "animation_vie_sociale" not in labels


# -- a heading only a list could have, after a box of key figures --------------------------------------------------
# class: "Les engagements" over unmarked objectives in the infinitive, a box of key figures between it and the news of
# the signing; the start code counted the planned items, then re-read them as a heading's short lines, which need the
# line above to name the convention, and kept none
def test_planned_items_under_a_heading_after_key_figures(labeller):
    text = ("Convention territoriale globale : c'est signé\nLe 3 mai, la communauté de communes du Pays d'Argentan et la "
            "Caf de l'Orne ont signé leur convention territoriale globale pour 2024-2028.\nQuelques chiffres\n"
            "42 communes\n31 000 habitants\n5 accueils de loisirs\nLes engagements\n"
            "Développer l'accueil des 0-3 ans avec le relais petite enfance\n"
            "Accompagner les 11-17 ans dans leurs projets\nPromouvoir l'inclusion numérique\n")
    assert {"petite_enfance", "inclusion_numerique"} <= labels_of(labeller, text)


def test_a_heading_over_paragraphs_stays_out(finder):
    # guard: the same heading over the page's paragraphs (not objectives) gives no items
    text = ("La communauté de communes a signé sa convention territoriale globale.\nLes engagements\n"
            "La communauté de communes finance la crèche de 40 places.\nLa Caf verse ses aides aux familles.\n")
    assert not theme_phrases_of(finder, text)


# -- the priority given, in a participle, to complements each with its preposition ---------------------------------
# class: "en donnant la priorité à X, aux Y et au Z" (a preamble's clause of manner): the start code knew the finite
# verb only
def test_priority_given_in_a_participle(labeller):
    text = ("La commune de Riom et la Caf du Puy-de-Dôme signent leur convention territoriale globale pour 2025-2029.\n"
            "Les signataires font de cette convention l'outil de coordination de leurs interventions, en donnant la "
            "priorité à l'accueil des jeunes enfants, aux loisirs des adolescents et au soutien des parents.")
    doc = labeller(unwrap_lines(text))
    phrases = [span.text for span in doc.spans["theme_phrases"]]
    assert "l'accueil des jeunes enfants" in phrases and "au soutien des parents" in phrases
    assert {"petite_enfance", "jeunesse", "parentalite"} <= phrase_labels(doc)
