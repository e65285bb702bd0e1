"""Session 24 (lead): classes found by running the analyser over pages written for these tests in the style of real
ones (a convention's cover page above its table of contents, a diagnostic's needs left to other schemes, ...), each
with its inline example, on blank French pipelines."""

from __future__ import annotations

import pytest
from conftest import blank_pipeline, found_labels, partner_names, theme_phrases_of

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


# -- a body said to take part without signing, told after what it does instead ----------------------------------------
def test_a_body_that_helps_but_does_not_sign_is_no_partner(parties_nlp):
    text = ("La Ville de Saint-Pierre et la Caf de La Réunion ont signé le 8 février 2025 la convention territoriale "
            "globale de la commune. La Civis, qui porte la compétence petite enfance sur une partie du territoire, a "
            "été associée aux travaux mais n'est pas signataire.\n"
            "Le Département de La Réunion s'est engagé à cofinancer certaines actions sans signer la convention.")
    names = partner_names(parties_nlp, text)
    assert "Saint-Pierre" in names
    assert not any("CIVIS" in n.upper() for n in names) and "La Réunion" not in names, names


def test_a_cosigning_body_stays_a_partner(parties_nlp):
    # (guards: a body that signs, and one that signs beside another that does not)
    text = ("La communauté d'agglomération du Pays Basque, la Caf des Pyrénées-Atlantiques et le Département des "
            "Pyrénées-Atlantiques ont signé jeudi la convention territoriale globale. La ville de Biarritz, associée "
            "aux ateliers, a apporté son expérience mais n'est pas signataire.")
    names = partner_names(parties_nlp, text)
    assert names.get("Pyrénées-Atlantiques") == "departement" and "Biarritz" not in names, names


# -- a commune nouvelle and its communes déléguées --------------------------------------------------------------------
def test_the_communes_deleguees_of_a_commune_nouvelle_do_not_sign(parties_nlp):
    text = ("Sèvremoine et la Caf de Maine-et-Loire ont signé le 20 mai 2025 la convention territoriale globale. Elle "
            "s'applique aux dix communes déléguées : Saint-Macaire-en-Mauges, Torfou, Tillières, Le Longeron, "
            "Saint-André-de-la-Marche, Saint-Crespin-sur-Moine, Saint-Germain-sur-Moine, Montfaucon-Montigné, "
            "La Renaudière et Roussay.")
    assert partner_names(parties_nlp, text) == {"Sèvremoine": "commune"}


def test_communes_associees_keep_their_signature(parties_nlp):
    # (a commune associée keeps a mayor of its own and signs beside its town)
    text = ("La Ville de Lille et ses communes associées Hellemmes et Lomme ont signé le 16 janvier 2025 avec la Caf du "
            "Nord une nouvelle convention territoriale globale pour la période 2025-2029.")
    assert {"Lille", "Hellemmes", "Lomme"} <= set(partner_names(parties_nlp, text))


# -- EPCI that share a name or a short form, told apart by the Caf's département ---------------------------------------
def test_homonymous_epci_are_told_apart_by_the_departement():
    from ctgminer.gazetteer import get_gazetteer

    gaz = get_gazetteer()
    assert gaz.epci("CASUD", "974").code == "249740085"  # Communauté d'agglomération du Sud (La Réunion)
    assert gaz.epci("CASUD", "976").code == "200060473"  # Communauté de communes du Sud (Mayotte)
    assert gaz.epci("Communauté de communes des Deux Vallées", "91").departement == "91"
    assert gaz.epci("Communauté de communes des Deux Vallées", "60").departement == "60"
    assert gaz.epci("Communauté de communes des Deux Vallées") is not None  # (no département: the first one)


def test_a_reunion_page_links_its_own_agglomeration(parties_nlp):
    text = "La CASUD et la Caf de La Réunion ont signé le 2 mai 2025 la convention territoriale globale de ses communes."
    assert partner_names(parties_nlp, text) == {"Communauté d'agglomération du Sud": "epci"}


# -- who the project was built with, in a participle's clause before the main verb ------------------------------------
def test_a_participles_clause_on_who_built_it_ends_at_the_main_verb(finder):
    text = ("Le 11 décembre 2024, la communauté de communes et la Caf de Saône-et-Loire ont signé la convention "
            "territoriale globale.\nCe projet, construit avec plus de 300 habitants, porte sur l'accueil des "
            "tout-petits, les loisirs des jeunes et le soutien aux parents.\n")
    found = theme_phrases_of(finder, text)
    assert "le soutien aux parents" in found, found
    # (guard: the people it was built with still name no field)
    text = ("La convention a été préparée avec les centres sociaux, les crèches et les associations de parents, "
            "pendant un an.\n")
    assert not theme_phrases_of(finder, text)


# -- an aim told in "que" clauses: each clause is one field -----------------------------------------------------------
def test_an_aim_told_in_que_clauses_names_each_field(finder):
    texts = [
        ("Le 11 décembre 2024, la communauté de communes et la Caf ont signé la convention territoriale globale.\n"
         "Ce projet, construit avec plus de 300 habitants, vise à ce que chaque famille trouve un mode de garde, que les "
         "enfants et les jeunes aient des loisirs à proximité, que les parents se sentent soutenus et que personne ne "
         "reste seul face à ses démarches.\n"),
        ("La Ville a signé le 3 mars 2025 sa convention territoriale globale avec la Caf. « Nous voulons que chaque "
         "famille trouve un mode de garde, que les jeunes aient des loisirs et que les parents se sentent soutenus », "
         "dit le maire.\n"),
    ]
    for text in texts:
        found = theme_phrases_of(finder, text)
        assert "chaque famille trouve un mode de garde" in found and "les parents se sentent soutenus" in found, found
        assert {"petite_enfance", "parentalite", "jeunesse"} <= found_labels(finder(unwrap_lines(text)))


def test_que_clauses_naming_no_field_stay_out(finder):
    text = ("La Ville a signé le 3 mars 2025 sa convention territoriale globale avec la Caf. « Nous voulons que les "
            "habitants soient fiers de leur commune, que les commerces restent ouverts et que le bourg vive », dit le "
            "maire.\n")
    assert not theme_phrases_of(finder, text)


# -- a Caf's round-up of the week's signings: "X a signé la sienne" told to the day --------------------------------
ROUNDUP = ("Caf de la Sarthe – Actualités partenaires\nTrois nouvelles conventions territoriales globales signées en mars\n"
           "Le 4 mars, la communauté de communes Loué-Brûlon-Noyen a signé sa CTG, centrée sur la petite enfance et "
           "l'animation de la vie sociale.\nLe 11 mars, c'est la communauté de communes du Pays Fléchois qui s'est "
           "engagée, avec des priorités sur la jeunesse.\n{last}\nCes conventions courent jusqu'en 2028.\n")


def test_a_roundups_signing_told_to_the_day_is_the_pages_own(finder, parties_nlp):
    text = ROUNDUP.format(last="Enfin, le 25 mars, la communauté de communes de la Champagne Conlinoise et du Pays de "
                               "Sillé a signé la sienne, tournée vers l'accès aux droits et l'inclusion numérique.")
    assert "Communauté de communes de la Champagne Conlinoise et du Pays de Sillé" in partner_names(parties_nlp, text)
    assert {"acces_aux_droits", "inclusion_numerique"} <= found_labels(finder(unwrap_lines(text)))


def test_a_neighbours_signing_told_by_its_year_stays_background(finder, parties_nlp):
    # (guard: the neighbour of session 23's test, "a signé la sienne en 2022")
    text = ROUNDUP.format(last="La communauté de communes de la Champagne Conlinoise et du Pays de Sillé a signé la "
                               "sienne en 2022, tournée vers le logement.")
    assert "Communauté de communes de la Champagne Conlinoise et du Pays de Sillé" not in partner_names(parties_nlp, text)
    assert "logement" not in found_labels(finder(unwrap_lines(text)))
