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
