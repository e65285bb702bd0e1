"""Session 24 (lead): classes found by running the analyser over pages written for these tests in the style of real
ones (a convention's cover page above its table of contents, a diagnostic's needs left to other schemes, ...), each
with its inline example, on blank French pipelines."""

from __future__ import annotations

import pytest
from conftest import blank_pipeline, found_labels, theme_phrases_of

from ctgminer.text.normalise import unwrap_lines


@pytest.fixture(scope="module")
def genre_nlp():
    return blank_pipeline("ctg_genre")


# -- a convention's cover page: the communes' line, then the table of contents ---------------------------------------
COVER = """CONVENTION TERRITORIALE GLOBALE
DE SERVICES AUX FAMILLES
2024 – 2028
Entre
La Caisse d'allocations familiales de la Dordogne, représentée par sa directrice,
Et
La Communauté de communes Isle Double Landais, représentée par son président,
Et
Les communes de Montpon-Ménestérol, Saint-Barthélemy-de-Bellegarde et Ménesplet
{next}
Article 1 – Objet de la convention ........................................ 2
Article 1 – Objet de la convention
La présente convention vise à définir le projet stratégique global du territoire.
Fait à Périgueux, le 9 avril 2024
"""


@pytest.mark.parametrize("next_line", ["Sommaire", "SOMMAIRE", "Table des matières", "Préambule"])
def test_a_cover_pages_commune_list_ends_at_its_line(genre_nlp, next_line):
    text = COVER.format(next=next_line)
    communes = {(p.name, p.code) for p in genre_nlp(text)._.genre.parties if p.type == "commune"}
    assert communes == {("Montpon-Ménestérol", "24294"), ("Saint-Barthélemy-de-Bellegarde", "24380"),
                        ("Ménesplet", "24264")}


def test_a_commune_list_wrapped_on_a_comma_or_et_goes_on(genre_nlp):
    # (a PDF's wrapped list still reads whole: the line ends on a comma or on "et")
    for wrapped in ("Montpon-Ménestérol, Saint-Barthélemy-de-Bellegarde,\nMénesplet",
                    "Montpon-Ménestérol, Saint-Barthélemy-de-Bellegarde et\nMénesplet"):
        text = COVER.replace("Montpon-Ménestérol, Saint-Barthélemy-de-Bellegarde et Ménesplet", wrapped)
        names = {p.name for p in genre_nlp(text.format(next="Sommaire"))._.genre.parties if p.type == "commune"}
        assert names == {"Montpon-Ménestérol", "Saint-Barthélemy-de-Bellegarde", "Ménesplet"}, wrapped


# -- a convention's note on needs its diagnostic found that other schemes answer ------------------------------------
FIELDS = """Article 2 – Les champs d'intervention partagés
Sur la base du diagnostic, les partenaires conviennent d'agir prioritairement dans les champs suivants :
1. l'accueil du jeune enfant ;
2. l'enfance et la jeunesse ;
3. le soutien à la fonction parentale.
{note}
Article 3 – Les engagements des partenaires
"""


def test_needs_said_to_belong_to_other_schemes_are_no_fields(finder):
    for note in ("Le diagnostic a par ailleurs relevé des besoins en matière de mobilité et de santé, qui relèvent "
                 "d'autres dispositifs.",
                 "Des attentes fortes sur le logement des jeunes et la santé ont été exprimées, qui relèvent d'une autre "
                 "politique publique."):
        text = FIELDS.format(note=note)
        found = theme_phrases_of(finder, text)
        assert "le soutien à la fonction parentale" in found
        assert not {"mobilité", "santé", "la santé", "le logement des jeunes"} & set(found), note
        assert not {"autre", "logement"} & found_labels(finder(unwrap_lines(text))), note


def test_a_field_of_the_convention_told_with_its_scheme_stays(finder):
    # (a relative clause naming where an action is run is no exclusion: "qui relève du centre social")
    text = FIELDS.format(note="4. l'animation de la vie sociale, qui relève du centre social intercommunal.")
    assert "l'animation de la vie sociale" in " ".join(theme_phrases_of(finder, text))
