"""Session 27 (lead): a convention's text as a PDF reader gives it, its lines wrapped at the page's width (the dev
texts re-wrapped at 70 characters lost 0.02 of themes micro F1), and an explainer's run of fields under its general
introduction; each with its inline example."""

from __future__ import annotations

import pytest
from conftest import theme_phrases_of

from ctgminer.text.normalise import unwrap_lines

# -- a PDF's page wrapped at about 90 characters: the joins a wrapped page needs ----------------------------------
PAGE = """Convention territoriale globale de la Communauté de communes du Val de Sèvre 2024-2028
Le diagnostic partagé conduit avec les communes, les associations et les habitants a fait apparaître
des besoins nouveaux en matière d'accueil, de soutien aux familles et de services de proximité.
{wrapped}
Les signataires s'engagent à réunir le comité de pilotage au moins une fois par an pour suivre
la mise en oeuvre des actions et en mesurer les effets auprès des familles du territoire rural.
Un chargé de coopération est recruté par la communauté de communes pour animer la démarche avec
les partenaires, suivre les indicateurs et préparer le bilan annuel présenté aux élus du territoire."""


def joined(wrapped: str) -> str:
    """The page's passage once unwrapped, spaces collapsed."""
    text = unwrap_lines(PAGE.format(wrapped=wrapped))
    start = text.index("proximité.") + len("proximité.\n")
    return " ".join(text[start:text.index("\nLes signataires")].split(" "))


@pytest.mark.parametrize(("wrapped", "expected"), [
    # a full line ending on a comma above a capitalised field (a title-case enumeration)
    ("La convention retient pour la période les thématiques suivantes : Petite enfance, Parentalité,\n"
     "Animation de la vie sociale et Accès aux droits, déclinées en fiches actions.",
     "La convention retient pour la période les thématiques suivantes : Petite enfance, Parentalité, "
     "Animation de la vie sociale et Accès aux droits, déclinées en fiches actions."),
    # a full line ending on a semicolon inside the enumeration it runs
    ("Le diagnostic a fait émerger quatre thèmes retenus par la convention : petite enfance ; jeunesse ;\n"
     "parentalité ; accès aux droits et inclusion numérique, chacun décliné en objectifs opérationnels.",
     "Le diagnostic a fait émerger quatre thèmes retenus par la convention : petite enfance ; jeunesse ; "
     "parentalité ; accès aux droits et inclusion numérique, chacun décliné en objectifs opérationnels."),
    # a capitalised name broken at the line's end
    ("Les partenaires ont choisi de structurer leur action autour des axes suivants : Petite\n"
     "Enfance, Enfance Jeunesse, Parentalité et Logement, avec un comité de suivi annuel.",
     "Les partenaires ont choisi de structurer leur action autour des axes suivants : Petite "
     "Enfance, Enfance Jeunesse, Parentalité et Logement, avec un comité de suivi annuel."),
    # a French spaced colon the layout put on the next line
    ("Le territoire de la communauté de communes devient ainsi le premier du département à signer\n"
     ": après le contrat enfance jeunesse, elle engage toutes ses communes dans un projet commun.",
     "Le territoire de la communauté de communes devient ainsi le premier du département à signer "
     ": après le contrat enfance jeunesse, elle engage toutes ses communes dans un projet commun."),
    # an unpunctuated full line above a bracket, and above a number's next digits
    ("La convention décline les orientations portées par le schéma départemental des services aux familles\n"
     "(SDSF) en matière d'accès aux droits, de petite enfance et de jeunesse sur les communes rurales.",
     "La convention décline les orientations portées par le schéma départemental des services aux familles "
     "(SDSF) en matière d'accès aux droits, de petite enfance et de jeunesse sur les communes rurales."),
    ("La commune compte 1 908 foyers allocataires, soit 5 058 personnes couvertes, pour un total de 6\n"
     "725 habitants, dont près de 300 enfants de moins de trois ans et 600 de moins de six ans.",
     "La commune compte 1 908 foyers allocataires, soit 5 058 personnes couvertes, pour un total de 6 "
     "725 habitants, dont près de 300 enfants de moins de trois ans et 600 de moins de six ans."),
])
def test_a_wrapped_pages_lines_are_joined(wrapped, expected):
    assert joined(wrapped) == expected


@pytest.mark.parametrize("wrapped", [
    # long items of their own, each ending on a semicolon: no enumeration runs over the line's end
    "Développer une offre d'accueil du jeune enfant adaptée aux horaires atypiques des familles ;\n"
    "accompagner les parents dans leur rôle éducatif, en particulier lors des séparations.",
    # a deliberation's considerations, each its own line
    "Vu la délibération du conseil communautaire relative au projet social de territoire 2024-2028,\n"
    "Considérant le diagnostic partagé conduit en 2023 avec la Caf et la MSA sur tout le territoire,",
    # a long axis heading above the next one
    "Axe 1 : Développer l'offre d'accueil du jeune enfant sur l'ensemble des communes du Val de Sèvre\n"
    "Axe 2 : Accompagner les jeunes vers l'autonomie et soutenir leurs initiatives dans les communes",
    # a long heading above its numbered items
    "Les engagements réciproques des signataires pour la durée de la convention territoriale globale\n"
    "1. La Caf s'engage à maintenir ses financements de droit commun sur l'ensemble du territoire.",
])
def test_a_wrapped_pages_own_lines_stay_apart(wrapped):
    assert joined(wrapped) == wrapped


def test_fields_run_over_a_full_line_are_read_whole(finder):
    wrapped = ("Les signataires ont retenu pour 2024-2028 les axes de travail suivants : petite enfance ; jeunesse ;\n"
               "soutien à la parentalité ; accès aux droits, déclinés en fiches actions annexées à la convention.")
    phrases = theme_phrases_of(finder, PAGE.format(wrapped=wrapped))
    assert phrases[:3] == ["petite enfance", "jeunesse", "soutien à la parentalité"]
    assert phrases[3].startswith("accès aux droits")


# -- an explainer's run of fields on its own line under a general introduction -------------------------------------
EXPLAINER = ("La Caf de l'Orne a présenté la convention territoriale globale aux élus du canton réunis en mairie le "
             "24 mai 2023. {intro}\n{run}")


@pytest.mark.parametrize("intro", [
    "Tous les champs d'intervention de la Caf peuvent être mobilisés :",
    "Une convention territoriale globale peut couvrir les domaines suivants :",
])
@pytest.mark.parametrize("run", [
    "petite enfance, enfance, jeunesse, parentalité, animation de la vie sociale, accès aux droits, logement, etc.",
    "petite enfance, jeunesse, parentalité et logement.",
])
def test_a_run_of_fields_under_a_general_introduction_is_general(analyser, intro, run):
    assert analyser.analyse_text(EXPLAINER.format(intro=intro, run=run)).themes == []


def test_a_run_of_fields_under_the_conventions_own_introduction_counts(analyser):
    text = ("La commune de Carrouges et la Caf de l'Orne ont signé le 24 mai 2023 une convention territoriale globale "
            "pour 2023-2027. Elle porte sur les champs suivants :\npetite enfance, jeunesse, parentalité et logement.")
    assert set(analyser.analyse_text(text).themes) == {"petite_enfance", "jeunesse", "parentalite", "logement"}


# -- the run of fields on the line under the convention's introduction (a site that broke the line after the colon) --
RUN = ("La ville de Saint-Joseph et la Caf de la Martinique ont signé ce lundi une convention territoriale globale. "
       "{intro}\n{run}\nElle court jusqu'en 2028.")


@pytest.mark.parametrize("intro", [
    "Le projet de territoire porté par cette convention se décline en quatre thématiques :",
    "Les partenaires ont retenu les axes suivants :",
])
@pytest.mark.parametrize("sep", [", ", " ; "])
def test_a_run_of_fields_under_the_introductions_line_is_read(finder, intro, sep):
    run = sep.join(["la petite enfance", "la jeunesse", "la parentalité"]) + " et l'animation de la vie sociale."
    assert theme_phrases_of(finder, RUN.format(intro=intro, run=run)) == [
        "la petite enfance", "la jeunesse", "la parentalité", "l'animation de la vie sociale"]


@pytest.mark.parametrize(("intro", "run"), [
    # a run under a general introduction is no field of this convention
    ("Une convention territoriale globale peut couvrir les domaines suivants :",
     "la petite enfance, la jeunesse, la parentalité et l'animation de la vie sociale."),
    # a sentence of its own, not a run of items, under the introduction
    ("Les partenaires ont retenu les axes suivants :", "la commune a souhaité associer les habitants au diagnostic."),
])
def test_other_lines_under_an_introduction_stay_apart(finder, intro, run):
    assert theme_phrases_of(finder, RUN.format(intro=intro, run=run)) == []
