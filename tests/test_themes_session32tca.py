"""Themes, session 32: classes of theme errors that recur across writers (each seen in pages of three read sets or
more).
- The first or former convention's fields, told in a renewal's story after its rank ("Le premier texte, signé en
  2018, couvrait ...", "une première convention 2019-2022 qui visait ...", "une première CTG signée en 2018, axée
  alors sur ...", "prolonge le premier (2019-2023), centré sur ...", "avait été l'une des premières à s'engager
  dans la démarche, autour de ...") are the past, not this convention's fields; the next sentence that turns to
  this one "cette fois" is not the past's continuation.
- On a page reviewing a département's coverage ("Toutes les intercommunalités ... sont désormais couvertes", "tout
  le département sera couvert"), "la CTG permet de / oriente ..." tells what any convention does, not one's fields.
- The body an action leans on or that carries it, after a comma ("..., en s'appuyant sur les centres sociaux",
  "..., avec l'appui du centre social", "..., porté par le centre socioculturel") is no field of its own, as the
  body after ", en lien avec" already was not.
- A consultation's call ("Votre avis nous intéresse : ...", "veut mieux connaître vos attentes : ...", "... : toutes
  les questions du quotidien y passent") lists the topics it asks about, not the convention's fields.
- A page on a day of the conventions' coordinators ("Rencontre départementale des chargés de coopération CTG") names
  workshops' topics and examples from several territories, the fields of no one convention.
- The actors who came, took part or are invited ("Élus, directrices de crèche et responsables de centres sociaux
  étaient venus ...") name no field (the shared cue PARTICIPANTS, extended).
Examples written for these tests."""

from __future__ import annotations

import pytest

from ctgminer.extract.components.themes import patterns as P
from ctgminer.extract.components.themes.component import ThemesComponent
from ctgminer.extract.components.themes.lexicon import labels_named, without_places


# -- the first convention's fields are the past ----------------------------------------------------------------------
# class: a renewal's story telling the former convention's content after its rank, with an incise, a period or a
# participle between (read_as, read_bh, read_bi, read_ci, read_cu, read_cw); the start code took its fields as this
# convention's
@pytest.mark.parametrize("sentence", [
    "Le premier texte, signé en 2018, couvrait la petite enfance et l'habitat ; la nouvelle version va plus loin.",
    "Elle prend la suite d'une première convention 2019-2022 qui visait surtout les crèches.",
    "Une première convention, conclue en 2017, a permis de financer deux relais petite enfance.",
    "Le document fait suite à une première CTG signée en 2018, axée alors sur le logement des jeunes.",
    "Ce deuxième projet de territoire prolonge le premier (2019-2023), centré sur l'ouverture de crèches.",
    "La commune avait été, dès 2016, l'une des premières du département à s'engager dans la démarche, autour de "
    "l'enfance.",
])
def test_the_first_conventions_content_is_history(sentence):
    assert ThemesComponent.history(sentence)


@pytest.mark.parametrize("sentence", [
    "La commune signe sa première CTG, centrée sur la petite enfance et la jeunesse.",  # this one, the first
    "Cette première convention porte sur la petite enfance et l'accès aux droits.",
    "Pour la première fois, la convention couvre le logement des jeunes.",
    # a facility the territory opened first, that the convention keeps
    "Le bourg avait été parmi les premiers à créer un espace de vie sociale itinérant, que la convention pérennise.",
])
def test_this_conventions_content_is_not_history(sentence):
    assert not ThemesComponent.history(sentence)


_RENEWAL = ("Le Pays de Lumbres et la Caf du Pas-de-Calais ont signé le 4 mars 2025 leur nouvelle convention "
            "territoriale globale pour 2025-2029. ")


def test_the_whole_analysis_leaves_the_first_conventions_fields_out(analyse_text):
    record = analyse_text(_RENEWAL + "Le premier texte, signé en 2019, couvrait la petite enfance et le logement. "
                          "La nouvelle convention porte sur la jeunesse, le soutien à la parentalité et l'accès aux "
                          "droits.")
    assert {"jeunesse", "parentalite", "acces_aux_droits"} <= set(record.themes)
    assert "logement" not in record.themes


def test_the_whole_analysis_keeps_what_it_does_this_time(analyse_text):
    record = analyse_text(_RENEWAL + "Elle prolonge la première (2020-2024), centrée sur la création de crèches. "
                          "Elle met cette fois l'accent sur les adolescents et sur la lutte contre le non-recours aux "
                          "droits.")
    assert {"jeunesse", "acces_aux_droits"} <= set(record.themes)
    assert "petite_enfance" not in record.themes


# -- "la CTG permet ..." on a page reviewing a département's coverage -----------------------------------------------
# class: a Caf director's interview, a network's newsletter or a Caf's page on its département's coverage, telling
# what conventions do in general (read_ct, read_cu, read_cw); the start code took the fields they list
@pytest.mark.parametrize("text", [
    "Toutes les intercommunalités de la Sarthe sont désormais engagées dans une convention territoriale globale.",
    "D'ici 2026, tout le département sera couvert par une convention territoriale globale.",
    "La quasi-totalité des communes et intercommunalités sont aujourd'hui couvertes par une CTG.",
])
def test_a_departements_coverage_is_many_conventions(text):
    assert P.MANY_CONVENTIONS.search(text)


def test_one_signing_is_not_many_conventions():
    assert not P.MANY_CONVENTIONS.search("La Caf a signé trois conventions territoriales globales en décembre.")


def test_the_whole_analysis_leaves_what_any_convention_does_out(analyse_text):
    record = analyse_text(
        "Caf de la Sarthe – Entretien\n« Toutes les intercommunalités de la Sarthe sont désormais couvertes par une "
        "convention territoriale globale », se félicite la directrice.\nQu'est-ce que cela change ?\nLa CTG permet de "
        "parler de tout ce qui compte pour une famille : le logement, les ados, le soutien aux parents. Et elle "
        "oblige chacun à travailler avec les autres.")
    assert not {"logement", "jeunesse", "parentalite"} & set(record.themes)


def test_the_whole_analysis_keeps_one_conventions_aims(analyse_text):
    # no review of the département's coverage: "la CTG permet" is this convention's
    record = analyse_text("La commune de Sablé et la Caf de la Sarthe ont signé le 2 avril 2024 leur convention "
                          "territoriale globale pour 2024-2027. La CTG permet de développer l'accueil du jeune enfant "
                          "et de soutenir les parents d'adolescents.")
    assert {"petite_enfance", "parentalite"} <= set(record.themes)


# -- the body an action leans on is no field -------------------------------------------------------------------------
# class: an axis or a sentence naming the body it leans on or that carries it, after a comma (read_ac, read_ap,
# read_bp, read_cr, read_cu): the start code took the body's field (social centres: animation de la vie sociale)
@pytest.mark.parametrize("text, field, body", [
    ("Accueillir les enfants et les jeunes le mercredi, en s'appuyant sur les associations de quartier", "enfance",
     "animation_vie_sociale"),
    ("Renforcer le soutien à la parentalité, avec l'appui du centre social de Landerneau", "parentalite",
     "animation_vie_sociale"),
    ("Des conférences pour les parents d'adolescents, portées par le centre socioculturel", "parentalite",
     "animation_vie_sociale"),
    ("Garantir l'accès aux droits, en s'appuyant sur les trois centres sociaux de la ville", "acces_aux_droits",
     "animation_vie_sociale"),
])
def test_the_body_an_action_leans_on_is_no_field(text, field, body):
    named = labels_named(text)
    assert field in named and body not in named


@pytest.mark.parametrize("text, label", [
    ("Soutenir le centre social de Landerneau", "animation_vie_sociale"),  # the support to the body is the field
    ("l'espace jeunes et le soutien au centre social", "animation_vie_sociale"),
    ("Un espace de vie sociale porté par l'association Familles Rurales", "animation_vie_sociale"),
])
def test_the_body_as_the_field_is_kept(text, label):
    assert label in labels_named(text)


def test_blanking_keeps_offsets():
    text = "le soutien aux parents, avec l'appui du centre social"
    assert len(without_places(text)) == len(text)


# -- a consultation's call lists the topics it asks about, not the convention's fields ------------------------------
# class: a page calling readers to answer a questionnaire, its topics after "Votre avis nous intéresse :", "veut mieux
# connaître tes envies :" or before "toutes les questions du quotidien y passent" (read_ar, read_ct, read_cu); the start
# code took the topics as fields
@pytest.mark.parametrize("sentence", [
    "Votre avis nous intéresse : horaires de la halte-garderie, sorties pour les ados, transport à la demande.",
    "Dans le cadre de sa convention territoriale globale, la commune veut mieux connaître vos attentes : loisirs, "
    "logement, démarches en ligne.",
])
def test_a_call_for_opinions_asks_topics(sentence):
    assert P.ASKED_TOPICS.search(sentence)


def test_an_aim_is_no_call_for_opinions():
    assert not P.ASKED_TOPICS.search("La convention porte sur trois axes : la petite enfance, les ados et le logement.")
    assert not P.ASKED_TOPICS.search("Les élus ont tenu compte de votre avis pour fixer les priorités.")


def test_the_whole_analysis_leaves_the_questionnaires_topics_out(analyse_text):
    record = analyse_text(
        "Familles, donnez votre avis !\nLa communauté de communes du Val d'Aron prépare avec la Caf de la Nièvre sa "
        "future convention territoriale globale. Un questionnaire en ligne est ouvert jusqu'au 30 novembre. Horaires "
        "de la crèche, sorties pour les ados, transports, démarches en ligne : toutes les questions du quotidien y "
        "passent.\nVous avez des enfants ? Votre avis nous intéresse : loisirs du mercredi, logement, lieux pour se "
        "retrouver.")
    assert not {"petite_enfance", "jeunesse", "logement", "inclusion_numerique", "enfance"} & set(record.themes)


# -- a day of the conventions' coordinators names no one convention's fields ----------------------------------------
# class: a Caf's or a network's news of a departmental day of the CTG coordinators, its workshops' topics and the
# examples territories presented (read_ap, read_bp, read_ci, read_cj, read_cn, read_cw); the start code took them as
# fields
@pytest.mark.parametrize("headline", [
    "Retour sur la 2e journée départementale des CTG",
    "Rencontre départementale des chargées de coopération CTG",
    "Les coordinatrices des conventions territoriales globales se retrouvent à Figeac",
    "Séminaire annuel du réseau des coordinateurs CTG",
])
def test_a_coordinators_day_is_a_network_meeting(headline):
    assert P.NETWORK_MEETING.search(headline)


@pytest.mark.parametrize("headline", [
    "Journée départementale de la petite enfance",  # a day on a field, not of the conventions' network
    "Le Grand Figeac signe sa convention territoriale globale",
])
def test_other_headlines_are_no_network_meeting(headline):
    assert not P.NETWORK_MEETING.search(headline)


def test_the_whole_analysis_leaves_a_coordinators_day_without_themes(analyse_text):
    record = analyse_text(
        "Caf du Lot – Espace partenaires\nRencontre départementale des chargés de coopération CTG\nPublié le 9 octobre "
        "2024\nLe 7 octobre, la Caf du Lot a réuni à Cahors les chargés de coopération des neuf intercommunalités "
        "engagées dans une convention territoriale globale. Le Grand Figeac a présenté son relais petite enfance "
        "itinérant, Cauvaldor son conseil des jeunes. L'après-midi, deux ateliers : le soutien à la parentalité et "
        "l'accès aux droits.")
    assert record.themes == []


def test_the_whole_analysis_keeps_a_signing_told_at_a_departmental_day(analyse_text):
    record = analyse_text(
        "Cahors : la CTG signée lors de la journée départementale\nLe Grand Cahors et la Caf du Lot ont signé le 7 "
        "octobre 2024 leur convention territoriale globale pour 2024-2028. Elle porte sur la petite enfance, la "
        "jeunesse et l'accès aux droits.")
    assert {"petite_enfance", "jeunesse", "acces_aux_droits"} <= set(record.themes)


# -- the actors who came or took part are no fields ------------------------------------------------------------------
# class: a signing's or a meeting's attendance, a diagnostic's participants or a launch's invitees listed by who they
# are ("directrices de crèche, responsables de centres sociaux", read_ck, read_cq, read_cs); the start code took the
# facilities in their titles as fields
@pytest.mark.parametrize("sentence", [
    "Élus des neuf communes, directrices de crèche et responsables de centres sociaux étaient venus assister à la "
    "signature.",
    "Plus de 40 partenaires (communes, associations, centres sociaux, collèges) ont participé aux ateliers.",
    "Élus, professionnels de la petite enfance et de la jeunesse, associations : vous êtes invités à la réunion de "
    "lancement le 3 avril.",
])
def test_the_attendance_is_an_aside(sentence):
    assert ThemesComponent._aside(sentence, 0, sentence)


@pytest.mark.parametrize("sentence", [
    "La convention prévoit d'ouvrir un centre social et de soutenir les associations de parents.",
    "Les élus ont retenu trois priorités : la petite enfance, la jeunesse et le lien social.",
])
def test_the_conventions_aims_are_no_attendance(sentence):
    assert not P.PARTICIPANTS.search(sentence)
