"""Themes, session 31 (recall): classes of missed fields that recur across writers (each seen in pages of three read
sets or more).
- A goal told in the negative inside one of a row of wished "que" clauses ("Nous voulons que ..., et que les aînés ne
  restent pas isolés", "Deux choses : que ... ; que les parents ne soient plus seuls", "« Que les familles
  monoparentales ne soient pas seules ... »") is a goal, not a field left out of the convention.
- A public's way into work ("trouver une formation ou un premier emploi", "les premiers emplois") names insertion in
  prose, where "emploi" and "formation" alone are weak.
- A lack told with the pronoun "en" ("ouvrir des crèches là où il n'y en a pas") is a need, as "il n'y a pas" already
  was, not a negation of the objectives around it.
- An official named by her portfolio ("L'adjointe aux solidarités ajoute que ...") has her portfolio end at her verb:
  what she says or presents after it names the convention's fields.
- A field of the convention told as lagging on a follow-up page ("n'a pas encore trouvé de porteur", "n'a pas tenu ses
  promesses") is still its field, not one left out.
- An adverb between "vise" and its "à" ("la convention vise aussi à ..., à ...") still opens the aims it enumerates.
- How numerous the last item's public is ("..., nombreuses sur la commune") comments on it and is dropped before
  the last 'et' is read; "permet aussi d'..." opens objectives as "permet d'..." does.
Examples written for these tests."""

from __future__ import annotations

import pytest
from conftest import theme_phrases_of

from ctgminer.extract.components.themes.component import affirmed


# -- a wished "que" clause told in the negative is a goal ------------------------------------------------------------
# class: an official's wishes, each a "que" clause, one of them in the negative; the start code blanked it as a field
# the convention leaves out (read_cq, read_u, read_x)
@pytest.mark.parametrize("sentence, kept", [
    ("Nous voulons que les crèches ouvrent plus tôt, et que les aînés ne restent pas isolés.", "aînés"),
    ("Trois choses : que les ados aient un lieu à eux ; que les parents ne soient plus seuls ; et que chacun "
     "puisse faire ses démarches près de chez lui.", "parents"),
    ("« Que les familles monoparentales ne soient pas seules face aux factures », ajoute la directrice.",
     "monoparentales"),
    ("Les élus souhaitent que chaque famille trouve une place en crèche, et que les jeunes ne soient plus obligés de "
     "partir pour se former.", "jeunes"),
])
def test_wished_clause_in_the_negative_is_kept(sentence, kept):
    assert kept in affirmed(sentence)


@pytest.mark.parametrize("sentence, dropped", [
    # (a reported regret: its "que" follows a verb, no row of wishes)
    ("Le maire a regretté que le logement des jeunes ne soit pas retenu dans la convention.", "logement"),
    # (a fact told after "que", in the indicative, the want said nowhere)
    ("Il a précisé que la crèche reste financée, et que le logement ne fait pas partie de la convention.", "logement"),
    ("Le logement ne fait pas partie de la convention, mais la jeunesse en est le cœur.", "logement"),
])
def test_field_left_out_stays_negated(sentence, dropped):
    assert dropped not in affirmed(sentence)


def test_page_with_a_wish_in_the_negative_keeps_its_field(analyse_text):
    text = ("Signature de la CTG à Pontivy\n"
            "La ville de Pontivy et la Caf du Morbihan ont signé jeudi la convention territoriale globale 2024-2028.\n"
            "« Que les familles monoparentales ne soient pas seules face aux factures », a insisté l'adjointe aux "
            "solidarités.")
    assert "accompagnement_social" in analyse_text(text).themes


def test_page_with_a_regret_keeps_the_field_out(analyse_text):
    text = ("La communauté de communes du Pays de Lure a signé avec la Caf de la Haute-Saône sa convention territoriale "
            "globale 2024-2028. Elle porte sur la petite enfance et la parentalité. Le président a regretté que le "
            "logement des jeunes ne soit pas retenu.")
    themes = analyse_text(text).themes
    assert {"petite_enfance", "parentalite"} <= set(themes)
    assert "logement" not in themes


# -- "il n'y en a pas": a lack, a need ------------------------------------------------------------------------------
# class: objectives of the convention one of which names where facilities lack, "là où il n'y en a pas (assez)"
# (read_aq, read_ax, read_bn, read_cr); the start code blanked the whole quote as negated
def test_lack_told_with_en_is_no_negation():
    sentence = ("Elle doit permettre « d'ouvrir des places en crèche là où il n'y en a pas, de soutenir le centre "
                "social et d'aider les jeunes à trouver un stage ».")
    assert affirmed(sentence) == sentence


def test_page_with_objectives_where_facilities_lack(analyse_text):
    text = ("Le maire de Loudéac et la Caf des Côtes-d'Armor ont signé lundi la convention territoriale globale "
            "2024-2028. Selon l'élu, elle doit permettre « d'ouvrir des places en crèche là où il n'y en a pas, de "
            "soutenir le centre social et d'aider les jeunes à trouver un stage ».")
    record = analyse_text(text)
    assert {"petite_enfance", "animation_vie_sociale", "jeunesse"} <= set(record.themes)
    assert any("crèche" in p.text for p in record.theme_phrases)


def test_field_the_convention_does_not_hold_stays_negated():
    sentence = "Le logement n'en fait pas partie : il relève du programme local de l'habitat."
    assert "logement" not in affirmed(sentence).lower()


# -- a public's way into work names insertion in prose ---------------------------------------------------------------
# class: an official's or a page's objective for the young, told as finding a first job, a training or a work placement
# (read_cr, read_s, read_u, read_v); "emploi" and "formation" alone are weak in prose, so the start code named no field
@pytest.mark.parametrize("phrase", [
    "que chaque jeune de 16 à 25 ans sache où aller pour trouver une formation ou un premier emploi",
    "un accompagnement pour le permis et les premiers emplois",
    "aider les jeunes à décrocher un stage près de chez eux",
])
def test_way_into_work_names_insertion_in_prose(themes_component, phrase):
    assert "insertion" in themes_component._lexicon_labels(phrase, prose=True)


@pytest.mark.parametrize("phrase", [
    "le Point information jeunesse les aide à trouver un job d'été",  # a summer job: youth, no insertion
    "la formation des animateurs des accueils de loisirs",  # staff training
    "des horaires adaptés aux parents qui ont un emploi",
])
def test_other_work_words_name_no_insertion(themes_component, phrase):
    assert "insertion" not in themes_component._lexicon_labels(phrase, prose=True)


def test_page_with_youths_first_jobs(analyse_text):
    text = ("La communauté de communes du Pays de Saint-Gilles et la Caf de la Vendée ont signé vendredi leur convention "
            "territoriale globale 2024-2028. « Nos ados veulent rester ici : nous voulons des activités près de chez "
            "eux pendant les vacances, et un accompagnement pour le permis et les premiers emplois », a déclaré la "
            "présidente.")
    assert "insertion" in analyse_text(text).themes


@pytest.fixture(scope="module")
def themes_component():
    from ctgminer.extract.components.themes.component import ThemesComponent

    return ThemesComponent()


# -- an official's portfolio ends at her verb --------------------------------------------------------------------
# class: a sentence opening on an official named by her portfolio, then what she says or presents of the convention
# (read_p, read_ck, read_cp and more); the start code took the whole clause after the portfolio for the portfolio and
# left its fields out
@pytest.mark.parametrize("sentence, kept", [
    ("L'adjointe aux solidarités ajoute que l'épicerie solidaire et le centre social entrent aussi dans la convention.",
     "épicerie solidaire"),
    ("L'adjointe à la jeunesse a présenté le futur conseil des jeunes, qui figure également dans la convention.",
     "conseil des jeunes"),
    ("Le vice-président chargé de l'enfance rappelle que la crèche des Tilleuls sera agrandie.", "crèche"),
])
def test_portfolio_ends_at_the_officials_verb(themes_component, sentence, kept):
    assert kept in themes_component.strip_titles(sentence)


@pytest.mark.parametrize("sentence, dropped", [
    ("la vice-présidente en charge de l'enfance, de la jeunesse et des solidarités", "jeunesse"),
    ("Adjoint à la vie associative et à la jeunesse", "vie associative"),
    ("sourit l'élue communautaire chargée de la cohésion sociale", "cohésion sociale"),
    ("Mme la conseillère municipale déléguée à la petite enfance et aux affaires scolaires", "petite enfance"),
])
def test_portfolio_itself_is_still_left_out(themes_component, sentence, dropped):
    assert dropped not in themes_component.strip_titles(sentence)


def test_page_where_an_official_adds_fields(analyse_text):
    text = ("Signature de la convention territoriale globale à Montbard\n"
            "La ville de Montbard et la Caf de la Côte-d'Or ont signé mercredi leur convention territoriale globale pour "
            "2025-2029. Elle porte sur la petite enfance et les loisirs des enfants.\n"
            "L'adjointe aux solidarités ajoute que l'épicerie solidaire et le centre social entrent aussi dans le champ "
            "de la convention.")
    themes = analyse_text(text).themes
    assert {"accompagnement_social", "animation_vie_sociale"} <= set(themes)


# -- a field told as lagging is still the convention's -------------------------------------------------------------
# class: a follow-up page (mid-term review, committee) telling a field of the convention that has not yet found its
# answer or kept its promises (read_ae, read_bk, read_cf); the start code blanked it as a field left out
@pytest.mark.parametrize("sentence, kept", [
    ("En revanche, l'action pour le logement des jeunes apprentis n'a pas encore trouvé de porteur ; un appel à "
     "projets suivra.", "logement"),
    ("Le volet jeunesse « n'a pas tenu ses promesses », reconnaît l'élue, faute d'animateurs.", "jeunesse"),
    ("L'accueil des enfants en situation de handicap n'avait pas encore trouvé de réponse concrète.", "handicap"),
    ("L'axe parentalité n'a pas atteint ses objectifs, faute de coordination.", "parentalité"),
])
def test_field_told_as_lagging_is_kept(sentence, kept):
    assert kept in affirmed(sentence)


@pytest.mark.parametrize("sentence, dropped", [
    ("Le projet de résidence pour jeunes travailleurs n'a pas abouti.", "résidence"),  # a project that came to nothing
    ("Le logement n'a pas été retenu dans la convention.", "logement"),
    ("La santé ne fait pas partie des axes : elle relève du contrat local de santé.", "santé"),
])
def test_field_left_out_or_dropped_project_stays_negated(sentence, dropped):
    assert dropped not in affirmed(sentence)


def test_follow_up_page_keeps_its_lagging_field(analyse_text):
    text = ("Convention territoriale globale : le point à mi-parcours\n"
            "Signée en 2022 avec la Caf de la Gironde, la convention territoriale globale de la communauté de communes "
            "du Val de l'Eyre a fait l'objet d'un bilan jeudi. Les deux relais petite enfance fonctionnent et le lieu "
            "d'accueil enfants-parents a ouvert à Salles. En revanche, l'action sur le logement des jeunes apprentis "
            "n'a pas encore trouvé de porteur ; un appel à projets sera lancé à l'automne.")
    assert "logement" in analyse_text(text).themes


# -- an adverb between "vise" and "à" ------------------------------------------------------------------------------
# class: the convention's aims told with an adverb, "vise aussi à", "vise d'abord à", "vise en priorité à" (read_ah,
# read_j, read_u and more); the start code read "vise à" only and found no enumeration
@pytest.mark.parametrize("verb", ["vise aussi à", "vise d'abord à", "vise en priorité à", "vise à"])
def test_aim_with_an_adverb_opens_the_enumeration(finder, verb):
    text = ("La commune de Capesterre et la Caf de la Guadeloupe ont signé mardi leur convention territoriale globale "
            f"pour 2025-2029. La convention {verb} créer des places d'accueil pour les 0-3 ans, à développer les "
            "accueils de loisirs pendant les vacances et à ouvrir un point information jeunesse.")
    found = theme_phrases_of(finder, text)
    assert "créer des places d'accueil pour les 0-3 ans" in found
    assert "ouvrir un point information jeunesse" in found


def test_aim_of_another_body_opens_nothing(finder):
    # (a guard: the adverb makes no new introduction of a sentence naming no field)
    text = ("La commune de Capesterre et la Caf de la Guadeloupe ont signé mardi leur convention territoriale globale. "
            "Le maire vise aussi à être réélu en mars, et à achever la rénovation de la mairie.")
    assert theme_phrases_of(finder, text) == []


# -- a count of the public after the last item is a comment, not an item ---------------------------------------------
# class: the last item of an enumeration followed by how numerous its public is, "..., nombreuses sur la commune"
# (read_ct, read_r, read_af, read_av, read_cn, read_u and more); the start code kept the comment as a piece, so the
# last item's 'et' was never read and the items ran together or were dropped
@pytest.mark.parametrize("tail", [", nombreuses sur l'île", ", très nombreuses dans les quartiers",
                                  ", de plus en plus nombreuses", ""])
def test_count_of_the_public_is_a_comment(finder, tail):
    text = ("La commune de Marie-Galante et la Caf de la Guadeloupe ont signé mardi leur convention territoriale globale "
            "pour 2025-2029. La convention vise aussi à renforcer l'offre d'accueil des tout-petits et à accompagner "
            f"les familles monoparentales{tail}.")
    assert theme_phrases_of(finder, text) == ["renforcer l'offre d'accueil des tout-petits",
                                              "accompagner les familles monoparentales"]


def test_pairs_before_a_comment_stay_pairs(finder):
    # (a guard: items that are pairs keep their 'et' when a comment ends the enumeration)
    text = ("La communauté de communes du Val de Drôme et la Caf de la Drôme ont signé leur convention territoriale "
            "globale. Elle porte sur l'enfance et la jeunesse, le logement et le cadre de vie, et l'accompagnement "
            "des familles monoparentales, nombreuses dans la vallée.")
    found = theme_phrases_of(finder, text)
    assert "l'enfance et la jeunesse" in found
    assert not any("nombreuses" in phrase for phrase in found)


def test_lets_with_an_adverb_opens_the_objectives(finder):
    text = ("La communauté de communes du Pays de Gex et la Caf de l'Ain ont signé lundi leur convention territoriale "
            "globale. « La CTG permet aussi d'accompagner les parents isolés, d'ouvrir un lieu d'accueil enfants-parents "
            "et de soutenir les centres sociaux », a dit le président.")
    found = theme_phrases_of(finder, text)
    assert "accompagner les parents isolés" in found
    assert "soutenir les centres sociaux" in found
