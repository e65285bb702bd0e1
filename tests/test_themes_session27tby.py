"""Session 27 (tby), document themes on regional press and crawled pages close to announcements (read_cf, read_cg):
a commune's takeaways on its intercommunality's convention; officials' titles and questions put to them; what an
official says is not in the convention; the former convention or contract told in the past; a council's minutes
(other items, opinions, indirect questions, a committee's name); download links; how the convention is run. Each
class with an inline example written for these tests, on a blank French pipeline."""

from __future__ import annotations

import pytest
from conftest import found_labels, phrase_labels, theme_phrases_of

from ctgminer.extract.components.themes import patterns as P

# -- a commune's takeaways, under a label longer than a short one, on its intercommunality's convention -------------
TAKEAWAYS = ("Commune de Saint-Amé\nActualités\n12 mars 2024\n"
             "La communauté de communes des Vallées a signé le 28 février sa convention territoriale globale avec la Caf "
             "pour 2024-2028. Notre commune, comme les 14 autres, en profite.\n"
             "Ce qu'il faut retenir pour les familles de Saint-Amé :\n"
             "→ la micro-crèche du bourg garde ses horaires et ouvrira le samedi matin ;\n"
             "→ l'accueil de loisirs des mercredis sera reconduit à la salle des fêtes ;\n"
             "→ un conseiller numérique tiendra une permanence chaque mois en mairie.\n"
             "Le conseil municipal en a pris acte le 5 mars.\n")


def test_a_takeaway_list_on_the_convention_is_read(finder):
    labels = phrase_labels(finder(TAKEAWAYS))
    assert {"petite_enfance", "enfance", "inclusion_numerique"} <= labels


def test_a_takeaway_list_on_another_subject_stays_out(finder):
    # guard: the same label under a paragraph that names no convention introduces no fields
    text = ("Commune de Saint-Amé\nActualités\nLa cantine change de prestataire à la rentrée.\n"
            "Ce qu'il faut retenir pour les familles de Saint-Amé :\n"
            "→ les menus seront affichés à l'accueil de loisirs ;\n"
            "→ les tarifs restent ceux de l'an dernier.\n")
    assert not theme_phrases_of(finder, text)


# -- an elected member's title, her assembly named before her portfolio -----------------------------------------------
def test_an_elected_member_s_portfolio_names_no_field(finder):
    text = ("La ville et la Caf ont signé jeudi leur nouvelle convention territoriale globale. « On repart avec des "
            "ambitions plus claires », sourit l'élue communautaire chargée de la cohésion sociale.\n")
    assert "animation_vie_sociale" not in found_labels(finder(text))


def test_what_the_elected_member_cites_after_her_title_is_still_read(finder):
    # guard: the portfolio is one or two words; the fields she cites after it stay
    text = ("La ville et la Caf ont signé jeudi leur nouvelle convention territoriale globale. L'élue municipale "
            "chargée de la famille cite de son côté le soutien aux centres sociaux des quartiers nord.\n")
    assert "animation_vie_sociale" in found_labels(finder(text))
    assert P.TITLES.search("sourit l'élue départementale déléguée à la jeunesse et aux sports.")


# -- a field an official says is not in the convention, and what she is challenged on -----------------------------
LEFT_OUT = ("Les partenaires ont signé mardi la convention territoriale globale 2024-2027, centrée sur les jeunes "
            "« sans emploi ni formation ».\n"
            "Reste la question des logements insalubres, sur laquelle le président de la Caf a été interpellé. "
            "« Ce n'est pas dans la convention, mais nous en parlons avec la préfecture et les bailleurs sociaux du "
            "logement », a-t-il répondu.\n")


def test_a_field_said_to_be_outside_the_convention_is_no_theme(finder):
    assert "logement" not in found_labels(finder(LEFT_OUT))


def test_a_field_the_new_convention_adds_to_the_former_one_stays(finder):
    # guard: "it was not in the first convention, but the new one ..." keeps the new one's field; and a field the
    # elected members were urged to take up, then took up, stays
    text = ("Les partenaires ont signé mardi la convention territoriale globale 2024-2027. Ce n'était pas dans la "
            "première convention, mais la nouvelle prévoit un volet logement pour les jeunes.\n"
            "Interpellés par les parents, les élus ont inscrit la création d'une crèche dans la convention.\n")
    labels = found_labels(finder(text))
    assert {"logement", "petite_enfance"} <= labels


# -- the former convention, told after the colon that ranks this one, or as the document of its time ----------------
def test_the_first_convention_after_a_colon_is_history(finder):
    text = ("Le maire et la directrice de la Caf ont signé mardi la convention territoriale globale de la commune. "
            "C'est la deuxième : la première, signée en 2017, portait essentiellement sur les crèches et les centres "
            "sociaux.\nCette fois, la convention met l'accent sur les adolescents.\n")
    labels = found_labels(finder(text))
    assert "jeunesse" in labels
    assert not labels & {"petite_enfance", "animation_vie_sociale"}


def test_the_document_of_its_time_is_history(finder):
    text = ("L'agglomération a signé mardi une nouvelle convention territoriale globale avec la Caf.\n"
            "En 2016, elle avait été l'une des premières à en signer une. Le document de l'époque, conclu pour quatre "
            "ans, s'articulait autour des accueils de loisirs et de l'information des familles.\n"
            "La nouvelle convention, signée pour 2023-2027, porte sur la parentalité.\n")
    labels = found_labels(finder(text))
    assert "parentalite" in labels
    assert not labels & {"enfance", "acces_aux_droits"}


def test_the_second_convention_after_a_colon_keeps_its_fields(finder):
    # guard: what this convention covers, after the colon that ranks it
    text = ("Le maire et la directrice de la Caf ont signé mardi la convention territoriale globale. C'est la "
            "deuxième : elle porte sur les crèches et les centres sociaux.\n")
    assert {"petite_enfance", "animation_vie_sociale"} <= found_labels(finder(text))


# -- the former contract, then its parts, by a demonstrative and a possessive ------------------------------------------
def test_the_former_contract_s_parts_told_after_it_are_history(finder):
    text = ("Le Petit Journal de Lavaur – Automne 2021\nDu contrat enfance jeunesse à la convention territoriale "
            "globale\nDepuis 2010, la commune bénéficiait d'un contrat enfance jeunesse signé avec la Caf du Tarn. Ce "
            "contrat, renouvelé trois fois, a financé le centre de loisirs et les séjours d'été. Son dernier volet "
            "portait sur l'accueil du mercredi et les sorties des 12-15 ans.\nLa convention territoriale globale de "
            "l'agglomération est en cours d'élaboration.\n")
    labels = found_labels(finder(text))
    assert not labels & {"enfance", "jeunesse"}


def test_this_convention_s_document_named_by_a_demonstrative_keeps_its_list(finder):
    # guard: a demonstrative after the sentence naming this convention goes on about it
    text = ("La commune et la Caf ont signé lundi leur convention territoriale globale pour 2024-2027. Ce document "
            "fixe trois priorités : la petite enfance, la jeunesse et l'accès aux droits.\n")
    assert {"petite_enfance", "jeunesse", "acces_aux_droits"} <= phrase_labels(finder(text))


# -- a council's minutes: an excerpt's other item, an opinion on another body's plan, an indirect question -------------
def test_an_excerpt_of_minutes_leaves_out_the_next_item(finder):
    text = ("Communauté de communes du Val d'Ouche\nProcès-verbal du conseil communautaire\nSéance du 14 juin 2021\n"
            "(…)\nPoint n° 5 – Cohésion sociale – Engagement dans l'élaboration d'une convention territoriale globale "
            "avec la Caf de la Côte-d'Or\nLe Vice-président expose que le contrat enfance jeunesse est échu. Le "
            "conseil approuve l'engagement dans l'élaboration de la convention territoriale globale.\n"
            "Point n° 6 – Déchets – Rapport annuel sur le prix et la qualité du service public et de l'accès aux droits "
            "des usagers\nLe rapport est présenté par le Vice-président.\n")
    assert "acces_aux_droits" not in found_labels(finder(text))
    assert P.AGENDA_RUBRIC_TITLE.match("Point n° 6 – Déchets – Rapport annuel")
    assert not P.AGENDA_RUBRIC_TITLE.match("1. Petite enfance")


def test_a_council_s_opinion_on_another_plan_is_no_item(finder):
    text = ("Compte rendu sommaire du conseil communautaire du 12 avril 2023\n"
            "1. Finances – Compte administratif 2022 : adopté à l'unanimité.\n"
            "2. Cohésion sociale – Convention territoriale globale 2023-2027 avec la Caf\n"
            "Le conseil approuve la convention territoriale globale. Ses axes : l'accueil du jeune enfant ; la "
            "parentalité ; l'animation de la vie sociale. Adopté à l'unanimité.\n"
            "3. Habitat – Programme local de l'habitat 2023-2028 – Avis sur le projet arrêté : avis favorable.\n"
            "4. Questions diverses.\n")
    labels = phrase_labels(finder(text))
    assert {"petite_enfance", "parentalite", "animation_vie_sociale"} <= labels
    assert "logement" not in labels


def test_a_question_in_indirect_speech_states_no_field(finder):
    text = ("Le conseil approuve l'engagement de la commune dans une convention territoriale globale avec la Caf.\n"
            "M. R. demande si les communes sans crèche seront associées aux groupes de travail. Le Président répond "
            "que toutes le seront.\n")
    assert "petite_enfance" not in found_labels(finder(text))
    assert not P.INDIRECT_QUESTION.search("Le maire demande que la convention prévoie un accueil de loisirs.")


def test_a_committee_named_in_a_deliberation_s_visa_names_no_field(finder):
    text = ("Délibération n° 2023-041\nObjet : Convention territoriale globale 2023-2026 — Approbation\n"
            "La convention prévoit le maintien du multi-accueil municipal.\n"
            "Vu l'avis de la commission Jeunesse, sports et vie associative du 3 mars 2023 ;\n")
    labels = found_labels(finder(text))
    assert "petite_enfance" in labels
    assert "jeunesse" not in labels


# -- a link to a file --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "Télécharger le règlement intérieur de l'accueil de loisirs (PDF, 320 Ko)",
    "Guide des modes d'accueil du jeune enfant (PDF - 1,2 Mo)",
])
def test_a_download_link_is_page_furniture(finder, line):
    text = ("Familles\nLes actions en direction des familles sont soutenues par la Caf, dans le cadre de la convention "
            "territoriale globale portée par la communauté de communes.\n" + line + "\n")
    assert not found_labels(finder(text))


def test_a_sentence_on_downloading_in_the_story_is_no_link():
    # guard: a sentence that tells a download in its middle is no page furniture
    assert not P.PAGE_FURNITURE.search("Les familles pourront télécharger leurs attestations depuis l'espace CAF.")


# -- how the convention is run, after its priorities ---------------------------------------------------------------------
RUN_PAGE = ("Notre convention territoriale globale\nLa convention territoriale globale est le cadre de notre partenariat "
            "avec la Caf de l'Orne.\nNos priorités\nPetite enfance : mieux répartir les places de crèche.\n"
            "Jeunesse : ouvrir un espace jeunes dans chaque bassin de vie.\nParentalité : faire connaître les "
            "ateliers parents-enfants.\nLes instances\nComité de pilotage (élus, Caf, MSA) : une fois par an.\n"
            "Comité technique : deux fois par an.\nGroupes de travail thématiques ouverts aux associations.\n")


def test_the_convention_s_bodies_are_no_items(finder):
    phrases = theme_phrases_of(finder, RUN_PAGE)
    assert not any(p.startswith(("Comité", "Groupes", "Les instances")) for p in phrases), phrases
    assert {"petite_enfance", "jeunesse", "parentalite"} <= phrase_labels(finder(RUN_PAGE))


def test_a_field_item_starting_like_a_running_word_still_counts():
    # guard: a section heading alone on its line, not an item that opens on the same word
    assert P.NEXT_SECTION.match("Les instances")
    assert P.NEXT_SECTION.match("La gouvernance")
    assert not P.NEXT_SECTION.match("Suivi des familles monoparentales")


# -- a consultation's grievances and a quote's speaker named by her trade ----------------------------------------------
FORUM = ("Le Bleymard\nUn forum pour préparer la convention des familles\nCinquante personnes ont participé samedi au "
         "forum organisé par la communauté de communes dans le cadre de l'élaboration de sa convention territoriale "
         "globale avec la Caf de la Lozère.\nEn ateliers, les participants ont fait remonter leurs préoccupations. "
         "« Ici, tout est loin », résume une assistante maternelle du Bleymard. Garde des tout-petits le samedi, "
         "loisirs des adolescents, isolement des parents seuls : la liste est longue.\n"
         "La synthèse sera présentée au conseil communautaire de juin.\n")


def test_a_consultation_s_grievances_and_a_trade_speaker_name_no_field(finder):
    assert not found_labels(finder(FORUM))


def test_a_trade_named_as_a_field_in_a_sentence_about_the_convention_stays(finder):
    # guard: not after a verb of saying, the same trade is what the convention acts on
    text = ("La communauté de communes et la Caf ont signé la convention territoriale globale. Elle prévoit de "
            "soutenir l'installation des assistantes maternelles dans les villages.\n")
    assert "petite_enfance" in found_labels(finder(text))


# -- the funding facilities receive, or would lose, without a convention ---------------------------------------------
def test_the_bonus_territoire_s_beneficiaries_name_no_field(finder):
    text = ("Le bonus territoire\nLe bonus territoire est un financement versé par la Caf aux établissements d'accueil "
            "du jeune enfant (EAJE) et aux accueils de loisirs (ALSH) situés sur un territoire couvert par une "
            "convention territoriale globale.\n")
    assert not found_labels(finder(text))


def test_what_facilities_lose_without_a_convention_and_who_keeps_control_name_no_field(finder):
    text = ("Sans convention avec la Caf, les crèches du Mézenc s'inquiètent pour leurs financements\n"
            "La convention territoriale globale de la communauté de communes, qui devait être signée fin 2023, ne l'est "
            "toujours pas. Plusieurs communes souhaitent garder la main sur le périscolaire. Or sans CTG, les deux "
            "multi-accueils et l'accueil de loisirs risquent de perdre leurs financements, soit 150 000 € par an.\n")
    assert not found_labels(finder(text))


def test_a_field_the_convention_funds_stays(finder):
    # guard: what the signed convention will fund is one of its fields
    text = ("La communauté de communes et la Caf ont signé la convention territoriale globale. Elle financera "
            "l'ouverture d'une micro-crèche à Fay-sur-Lignon.\n")
    assert "petite_enfance" in found_labels(finder(text))


# -- an official's quoted comment after a prose item -------------------------------------------------------------------
def test_a_quoted_comment_after_an_item_is_cut(finder):
    text = ("La directrice de la Caf a détaillé les trois chantiers de la convention territoriale globale : l'accueil "
            "des tout-petits d'abord ; le soutien aux parents ensuite, « trop souvent seuls dans les hameaux » ; enfin "
            "l'accès aux droits.\n")
    phrases = theme_phrases_of(finder, text)
    assert any(p == "le soutien aux parents ensuite" for p in phrases), phrases


def test_a_quoted_item_keeps_its_words(finder):
    # guard: an item that is itself a quote, with no comma before its opening mark, is kept whole
    text = ("La commune et la Caf ont signé la convention territoriale globale. Elle retient trois priorités : "
            "« garantir un mode d'accueil à chaque famille », la jeunesse et l'accès aux droits.\n")
    phrases = theme_phrases_of(finder, text)
    assert any("garantir un mode d'accueil à chaque famille" in p for p in phrases), phrases
    assert P.QUOTED_COMMENT.search("la santé, « un sujet brûlant »")
    assert not P.QUOTED_COMMENT.search("« garantir un mode d'accueil »")


# -- bodies that take part in the diagnostic -----------------------------------------------------------------------
def test_services_taking_part_in_the_diagnostic_name_no_field(finder):
    text = ("Les conventions territoriales globales\nLa communauté de communes prépare sa convention territoriale "
            "globale avec la Caf. Ses services de protection maternelle et infantile (PMI) et le centre social "
            "participent au diagnostic.\n")
    assert not found_labels(finder(text))
    # guard: a field the sentence opens on, its partner joining the committee in a relative clause
    assert not P.PARTICIPANTS.search("« l'insertion des jeunes, avec la mission locale, qui sera associée au comité »")


# -- a part added to the convention keeps its noun -----------------------------------------------------------------------
def test_an_added_part_keeps_its_noun(finder):
    text = ("Le Haut-Poitou a renouvelé sa convention territoriale globale avec la Caf. On garde l'accueil des "
            "tout-petits, et on ajoute un volet parentalité, avec un lieu d'accueil enfants-parents itinérant.\n")
    phrases = theme_phrases_of(finder, text)
    assert "un volet parentalité" in phrases, phrases


def test_an_added_part_named_in_quotes_keeps_its_words_alone(finder):
    # guard: the quoted name of the added part is the field, as before
    text = ("La communauté de communes et la Caf ont signé un avenant à la convention territoriale globale, qui y "
            "ajoute une fiche action « Inclusion numérique », afin d'accompagner les habitants.\n")
    phrases = theme_phrases_of(finder, text)
    assert "Inclusion numérique" in phrases, phrases
