"""Themes precision, session 33: classes of false document themes that recur across writers (each seen in pages of
three read sets or more).
- A Caf's or a paper's explainer gives the menu of fields any convention takes some of, not one convention's fields:
  bullets under "Les domaines pouvant être couverts" or under "... un plan d'actions sur tout ou partie des champs
  suivants :", "Le champ est large : petite enfance, ...", and the extra fields any CTG "may also" take ("Rappel : la
  CTG peut aussi concerner le handicap ...") on a page that otherwise announces signings (read_ax, read_cn, read_co,
  read_cv; read_aw, read_bf, read_bx already read so by other cues).
- A job offer for a convention still being written ("s'est engagée dans l'élaboration de sa première CTG", "une
  démarche de CTG", "prépare le renouvellement de sa CTG", "le diagnostic partagé est en cours") names in its missions
  the preparation's working groups or the actors the post will coordinate, not fields of a convention no one has
  written yet (read_ad, read_ae, read_af, read_ar, read_ch, read_cp, read_cr, read_g, read_h, read_n, read_s; the trade:
  read_br and read_cg read such missions as the fields).
- Another territorial scheme's own content, in a relative clause after its name ("le PEDT de la ville, ..., qui fixe
  ses propres objectifs : ...", "le contrat local de santé, dont les axes sont ..."), or opened by its counted
  possessive in the next sentence ("Ses trois objectifs (...) sont complémentaires de ceux de la CTG"), is not this
  convention's (read_bt, read_cp, read_cy).
- Where or how to take part in a consultation before the convention is written ("Vous pouvez aussi le remplir sur
  papier ... dans les centres sociaux", "Des rencontres avec les habitants sont prévues dans les centres sociaux",
  "Passer au stand ... lors de la soirée jeunesse") names venues, not fields (read_at, read_ay, read_p, read_x).
- The fields an intercommunal convention leaves to its communes' own conventions or competences ("La petite enfance
  ... continueront d'être soutenues dans le cadre des conventions communales", "Les conventions de la petite enfance
  restent signées commune par commune", "... relèvent des compétences communales et font l'objet de conventions
  distinctes", "chacune restant compétente pour son périscolaire") are left out (read_cp twice, read_cw; read_cy's
  sentence too, its page keeping the label by another item).
- A Caf's explainer of the bonus territoire names the facilities it is paid to, not a convention's fields: under a
  heading on how it works ("Le « bonus territoire CTG », mode d'emploi", "Bonus territoire : comment est-il calculé ?";
  a signing told there as a condition, "dès lors que la collectivité a signé une CTG", is no news that ends it), and
  "versés directement aux gestionnaires des crèches, ..." (read_bs, read_bu, read_cs twice).
Examples written for these tests."""

from __future__ import annotations

import pytest

from ctgminer.extract.components.themes import patterns as P
from ctgminer.extract.components.themes.component import ThemesComponent, elsewhere_ranges


# -- an explainer's menu of fields -------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Elle repose sur un état des lieux commun et fixe un programme d'actions sur tout ou partie des domaines suivants :",
    "Rappel : une CTG peut également porter sur la mobilité ou la santé, si le diagnostic le justifie.",
    "La convention peut aussi concerner le logement des jeunes.",
    "Le principe est simple. Le champ est vaste : crèches, loisirs, soutien aux parents, logement.",
    "Les thématiques pouvant être abordées",
    "Les champs susceptibles d'être retenus",
])
def test_a_menu_of_fields_is_general(sentence):
    assert ThemesComponent.is_general(sentence)


@pytest.mark.parametrize("sentence", [
    # what a département's competences cover in part is no menu of a convention's fields
    "La petite enfance et l'insertion relèvent en tout ou partie des compétences départementales.",
    # this convention's own list
    "La convention signée le 4 mars porte sur la petite enfance, la jeunesse et le logement.",
    "Le champ d'action de la convention reste la petite enfance.",
])
def test_one_conventions_fields_are_no_menu(sentence):
    assert not ThemesComponent.is_general(sentence)


@pytest.mark.parametrize("heading", ["Les domaines pouvant être couverts", "Thèmes susceptibles d'être traités"])
def test_the_menus_heading_opens_an_explainer(heading):
    assert P.GENERIC_HEADING.search(heading)


def test_an_introduction_of_some_of_the_fields_is_a_menu():
    assert P.MENU_INTRO.search("Elle définit un plan d'actions sur tout ou partie des champs suivants :")
    assert P.MENU_INTRO.search("Elle peut couvrir :")
    assert not P.MENU_INTRO.search("La convention retient les axes suivants :")


_PARTNERS_PAGE = (
    "Caf de l'Orne – Espace partenaires\n"
    "Accueil > Partenaires > Collectivités > CTG\n"
    "La CTG dans l'Orne\n"
    "Ce contrat lie la Caf de l'Orne et une commune ou une intercommunalité pour quatre ou cinq ans. Il part d'un état "
    "des lieux et engage la collectivité sur tout ou partie des domaines ci-dessous :\n"
    "• la petite enfance\n"
    "• l'enfance et la jeunesse\n"
    "• le soutien à la parentalité\n"
    "• la vie sociale\n"
    "• le logement\n"
    "Où en est-on dans l'Orne ?\n"
    "Fin 2024, 14 intercommunalités avaient signé une CTG.\n")


def test_the_whole_analysis_leaves_a_partners_pages_menu_out(analyse_text):
    assert analyse_text(_PARTNERS_PAGE).themes == []


def test_the_whole_analysis_leaves_a_menu_under_its_heading_out(analyse_text):
    record = analyse_text(
        "Caf de la Lozère – Partenaires\nLa Convention territoriale globale\n"
        "Ce contrat associe la Caf et les communes ou intercommunalités qui le souhaitent, à partir d'un état des "
        "lieux des besoins des familles.\n"
        "Les thématiques pouvant être retenues\n"
        "• la petite enfance\n• la jeunesse\n• l'accès aux droits\n• le logement\n"
        "Pourquoi s'engager ?\nParce que les anciens contrats ont pris fin en 2020.\n")
    assert record.themes == []


def test_the_whole_analysis_keeps_the_signings_fields_not_the_reminder(analyse_text):
    record = analyse_text(
        "Caf de l'Aude\nActualités\nUne nouvelle CTG dans le Lauragais\nPublié le 12 mars 2024\n"
        "Le 8 mars, la Caf de l'Aude et la Communauté de communes Piège Lauragais Malepère ont signé une convention "
        "territoriale globale. La convention 2024-2028 porte sur la petite enfance, la jeunesse et le soutien à la "
        "parentalité.\n"
        "À noter : une convention peut également porter sur le logement ou l'inclusion numérique.\n")
    assert {"petite_enfance", "jeunesse", "parentalite"} <= set(record.themes)
    assert not {"logement", "inclusion_numerique"} & set(record.themes)


def test_the_whole_analysis_leaves_a_papers_explainer_out(analyse_text):
    record = analyse_text(
        "Territoires\nCTG, bonus, diagnostic : ce qui attend les communes du Gers\nLe 03/02/2019\n"
        "La Caf du Gers invite les communes à signer des conventions territoriales globales. Concrètement, chaque "
        "commune fait le point avec la Caf sur les besoins, puis toutes deux s'engagent pour quatre ans. Le champ "
        "est vaste : petite enfance, jeunesse, parentalité, vie sociale, logement.\n"
        "À ce jour, deux intercommunalités ont franchi le pas.\n")
    assert record.themes == []


# -- a job offer for a convention still being written --------------------------------------------------------------
@pytest.mark.parametrize("context", [
    "La communauté de communes et la Caf de l'Yonne ont lancé l'élaboration de leur première convention "
    "territoriale globale.",
    "La commune s'est engagée dans une démarche de CTG avec la Caf de la Vienne.",
    "L'agglomération prépare le renouvellement de sa convention territoriale globale, qui s'achève en 2027.",
    "Un diagnostic partagé est en cours depuis mars ; la signature viendra ensuite.",
])
def test_a_convention_being_written(context):
    assert P.BEING_PREPARED.search(context)


@pytest.mark.parametrize("context", [
    "La Ville et la Caf sont engagées dans une convention territoriale globale couvrant la période 2023-2027.",
    "L'intercommunalité a signé sa CTG en 2022 ; le poste en assure le suivi.",
    "La Caf et la communauté ont engagé le renouvellement de la convention 2020-2024.",
])
def test_a_signed_convention_is_not_being_written(context):
    assert not P.BEING_PREPARED.search(context)


def _job_offer(context: str) -> str:
    return ("Offre d'emploi\nChargé(e) de coopération Convention territoriale globale (H/F)\n"
            "Communauté de communes du Pays de Lunéville\nDate limite de candidature : 12/06/2025\n"
            "Cadre d'emplois des attachés territoriaux – Temps complet\nContexte\n" + context + "\n"
            "Missions\n"
            "- Animer les comités techniques et de pilotage\n"
            "- Coordonner les groupes de travail thématiques (petite enfance, jeunesse, parentalité)\n"
            "- Suivre les indicateurs et rédiger les bilans\n"
            "Profil\nFormation supérieure en développement local ; permis B.\n")


def test_the_whole_analysis_leaves_the_preparations_working_groups_out(analyse_text):
    record = analyse_text(_job_offer(
        "La communauté de communes (31 communes) et la Caf de Meurthe-et-Moselle ont lancé l'élaboration de leur "
        "première convention territoriale globale. La Caf prend en charge la moitié du poste."))
    assert record.themes == []


def test_the_whole_analysis_keeps_a_signed_conventions_missions(analyse_text):
    record = analyse_text(_job_offer(
        "La communauté de communes a signé avec la Caf de Meurthe-et-Moselle une convention territoriale globale "
        "couvrant les années 2024 à 2028. La Caf prend en charge la moitié du poste."))
    assert {"petite_enfance", "jeunesse", "parentalite"} <= set(record.themes)


# -- another scheme's own content ------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, left", [
    ("La CTG ne se substitue pas au PEDT de la commune, adopté en 2022, qui fixe ses propres objectifs : réussite "
     "éducative, sport et culture pour tous.", "sport et culture"),
    ("La convention s'articule avec le projet éducatif de territoire, qui porte sur les temps périscolaires, et avec le "
     "contrat local de santé, dont les axes sont la prévention et la santé mentale.", "santé mentale"),
])
def test_another_schemes_own_content_is_elsewhere(sentence, left):
    ranges = elsewhere_ranges(sentence, sentence)
    start = sentence.index(left)
    assert any(a <= start < b for a, b in ranges)


def test_a_convention_naming_a_scheme_keeps_its_own_fields():
    sentence = "La convention, qui prolonge le PEDT, porte sur la petite enfance et la parentalité."
    start = sentence.index("petite enfance")
    assert not any(a <= start < b for a, b in elsewhere_ranges(sentence, sentence))


def test_a_schemes_counted_objectives_continue_it():
    assert P.CONTINUES.search("Ses deux objectifs (réussite éducative, ouverture culturelle) complètent ceux de la CTG.")
    assert not P.CONTINUES.search("Deux objectifs complètent ceux de la CTG.")


def test_the_whole_analysis_keeps_the_conventions_fields_beside_the_pedt(analyse_text):
    # (a guard: the convention's own fields stay, and the scheme's objectives give no theme)
    record = analyse_text(
        "Ville de Mende\nLa CTG signée avec la Caf de la Lozère\n"
        "Le 14 mars 2024, la Ville et la Caf ont signé leur convention territoriale globale pour 2024-2027. Elle porte "
        "sur la petite enfance, la jeunesse et le soutien à la parentalité.\n"
        "Et les temps scolaires ?\n"
        "La CTG ne se substitue pas au projet éducatif de territoire de Mende, voté en 2021, qui fixe ses propres "
        "objectifs : réussite scolaire, santé des enfants, citoyenneté et accès au sport et à la culture.\n")
    assert {"petite_enfance", "jeunesse", "parentalite"} <= set(record.themes)
    assert "autre" not in record.themes


# -- where to take part in a consultation ----------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "On peut aussi le retourner en mairie, à la ludothèque ou à l'accueil des crèches.",
    "Merci de le déposer à l'accueil de l'espace jeunes avant le 30 juin.",
    "Des réunions avec les habitants seront organisées à la maison des jeunes et à la ludothèque.",
    "Passer au stand de la Ville lors de la fête de la jeunesse du 21 juin.",
])
def test_where_to_take_part_is_no_field(sentence):
    assert P.TAKING_PART.search(sentence)


@pytest.mark.parametrize("sentence", [
    "La convention départementale vient les compléter sur les compétences du Département.",
    "Des ateliers parents-enfants seront organisés dans les centres sociaux.",
])
def test_the_conventions_actions_are_no_taking_part(sentence):
    assert not P.TAKING_PART.search(sentence)


def test_the_whole_analysis_leaves_the_questionnaires_venues_out(analyse_text):
    record = analyse_text(
        "Ville de Saint-Dizier\nConvention territoriale globale : donnez votre avis !\n"
        "La Ville et la Caf de la Haute-Marne préparent ensemble une convention territoriale globale. Avant de "
        "l'écrire, nous voulons connaître vos besoins.\n"
        "Un questionnaire en ligne est ouvert jusqu'au 31 mars. Une version papier existe aussi : il suffit de la "
        "déposer à la mairie, au centre social ou au relais petite enfance.\n"
        "Les résultats seront présentés en juin.\n")
    assert record.themes == []


# -- fields left to the communes' own conventions --------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Le périscolaire reste financé par les conventions communales.",
    "Les accords sur l'accueil de loisirs restent signés commune par commune.",
    "L'accueil du jeune enfant relève des communes et fait l'objet de conventions distinctes avec chacune d'elles.",
])
def test_the_communes_own_conventions_are_left_out(sentence):
    assert P.LEFT_OUT.search(sentence)


def test_each_commune_keeping_its_competence_is_no_field():
    assert P.COMPETENCE.search("Les douze communes l'ont signée, chacune restant compétente pour son périscolaire.")


@pytest.mark.parametrize("sentence", [
    # the former contracts signed commune by commune are history, read elsewhere, not a field left out
    "La convention remplace les contrats enfance jeunesse signés commune par commune.",
    "La convention intercommunale complète les projets communaux sur la jeunesse.",
])
def test_the_former_contracts_by_commune_are_not_left_out(sentence):
    assert not P.LEFT_OUT.search(sentence)


def test_the_whole_analysis_leaves_the_communes_fields_out(analyse_text):
    record = analyse_text(
        "Agglomération du Grand Dole\nUne CTG intercommunale signée\n"
        "Le 5 avril 2024, l'Agglomération et la Caf du Jura ont signé une convention territoriale globale pour "
        "2024-2028. Elle porte sur l'accès aux droits et l'animation de la vie sociale.\n"
        "La petite enfance et le périscolaire resteront aidés dans le cadre des conventions communales de chaque "
        "ville.\n")
    assert {"acces_aux_droits", "animation_vie_sociale"} <= set(record.themes)
    assert not {"petite_enfance", "enfance"} & set(record.themes)


# -- the bonus territoire's facilities -------------------------------------------------------------------------------
@pytest.mark.parametrize("heading", ["Bonus territoire : le mode d'emploi",
                                     "Le bonus territoire, comment le demander ?"])
def test_the_bonus_explainers_heading_is_general(heading):
    assert P.GENERIC_HEADING.search(heading)


def test_a_bonus_news_heading_is_not_general():
    assert not P.GENERIC_HEADING.search("Bonus territoire : 1,2 million d'euros pour les crèches de l'agglomération")


def test_whom_the_bonus_is_paid_to_is_stripped():
    sentence = ("Les aides passent désormais par le bonus territoire, versé aux gestionnaires des multi-accueils et des "
                "accueils de loisirs.")
    assert "multi-accueils" not in ThemesComponent.strip_titles(sentence)


def test_a_signing_as_a_condition_is_no_news():
    line = "Les multi-accueils et les espaces jeunes, dès lors que leur commune a signé sa convention."
    assert P.NEWS_EVENT.search(line) and not P.NEWS_EVENT.search(P.SIGNED_IF.sub(" ", line))
    assert not P.SIGNED_IF.search("La commune a signé sa CTG le 3 mai.")


def test_the_whole_analysis_leaves_the_bonus_explainer_out(analyse_text):
    record = analyse_text(
        "Caf de l'Indre – Partenaires\nBonus territoire : le mode d'emploi\n"
        "Les aides de la Caf aux structures d'accueil passent désormais par le bonus territoire, lié à la signature "
        "d'une convention territoriale globale par la commune ou l'intercommunalité.\n"
        "Qui le reçoit ?\n"
        "Les multi-accueils, les accueils de loisirs, les espaces jeunes et les relais petite enfance, dès lors que leur "
        "commune a signé sa convention et participe au financement.\n"
        "Combien ?\nLe montant dépend du nombre de places et d'heures.\n")
    assert record.themes == []
