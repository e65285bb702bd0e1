"""Session 25 (lead): classes found by running the analyser over pages written for these tests in the style of real
ones, each with its inline example, on blank French pipelines."""

from __future__ import annotations

import pytest
from conftest import found_labels, partner_names, theme_phrases_of

from ctgminer.text.normalise import unwrap_lines

# -- an explainer's definition, then this territory's dated signing on a page typed without accents -------------------
EXPLAINER = """Convention territoriale globale : ce qu'il faut savoir
Qu'est-ce qu'une CTG ?
Une CTG est un accord entre la Caf et une collectivite. Elle peut couvrir la petite enfance, la jeunesse, le logement ou l'acces aux droits.
Ceremonie le 12 {month} a la salle des fetes de Lormes pour la convention 2025-2029, qui portera sur :
- l'accueil des tout-petits
- le soutien a la parentalite
"""


@pytest.mark.parametrize("month", ["fevrier", "février", "aout", "decembre"])
def test_a_dated_signing_ends_the_explainer_with_or_without_accents(finder, month):
    found = theme_phrases_of(finder, EXPLAINER.format(month=month))
    assert found == ["l'accueil des tout-petits", "le soutien a la parentalite"]
    assert not {"le logement", "l'acces aux droits"} & set(found)


def test_an_explainers_undated_line_stays_generic(finder):
    # (no date, no event: the definition goes on and its fields are none of the territory's)
    text = EXPLAINER.replace("Ceremonie le 12 {month} a la salle des fetes de Lormes pour la convention 2025-2029, qui "
                             "portera sur :", "Une convention peut par exemple porter sur :")
    assert theme_phrases_of(finder, text) == []


# -- an apposition after the last field of a prose enumeration, telling who wants it ---------------------------------
PROGRAMME = ("Saint-Affrique : la commune a paraphé mardi avec la Caf de l'Aveyron sa première convention territoriale "
             "globale (2025-2028). Au programme : petite enfance, parentalité, animation de la vie sociale, mais aussi "
             "l'inclusion des enfants en situation de handicap dans les accueils de loisirs, {apposition}.")


@pytest.mark.parametrize("apposition", ["une priorité portée par l'association locale de parents",
                                        "un sujet cher au maire", "une demande forte des familles",
                                        "une vraie priorité soutenue par les élus"])
def test_an_apposition_on_the_last_field_is_no_field(finder, apposition):
    found = theme_phrases_of(finder, PROGRAMME.format(apposition=apposition))
    assert "parentalité" in found
    assert "l'inclusion des enfants en situation de handicap dans les accueils de loisirs" in found
    assert not any(apposition[:12] in phrase for phrase in found)


def test_a_field_told_as_a_priority_stays_a_field(finder):
    # (an item opened by "un enjeu" that names its own field is no apposition: "un enjeu de la jeunesse")
    text = PROGRAMME.replace(", {apposition}", " et l'accès aux droits des jeunes")
    assert "l'accès aux droits des jeunes" in theme_phrases_of(finder, text)


# -- what the convention lets a named partner do, as objectives in the infinitive ------------------------------------
LETS = ("La Ville et la Caf renouvellent leur partenariat. Jeudi soir, le maire et la directrice de la Caf de l'Allier "
        "ont signé la nouvelle convention territoriale globale pour 2025-2029. Cette convention {verb} de continuer à "
        "proposer des places en crèche à un tarif adapté, de développer les activités des ados le mercredi et pendant "
        "les vacances, et d'aider les familles qui rencontrent des difficultés avec leurs enfants.")


@pytest.mark.parametrize("verb", ["permettra à la commune", "permet aux élus", "permettra à notre ville", "permettra"])
def test_objectives_the_convention_lets_someone_pursue(finder, verb):
    found = theme_phrases_of(finder, LETS.format(verb=verb))
    assert "continuer à proposer des places en crèche à un tarif adapté" in found
    assert "aider les familles qui rencontrent des difficultés avec leurs enfants" in found


def test_a_family_mediator_is_parenting():
    # ("médiation familiale" was a parentalité term, its mediator was none; "difficultés éducatives", "éducation de
    # leurs enfants" were tried too: every read gold phrase with them is parentalité, but the classifier's grouped CV
    # on real phrases fell 0.951 / 0.956 -> 0.948 / 0.954 with them, so they were left out)
    from ctgminer.extract.components.themes.lexicon import labels_named

    assert "parentalite" in labels_named("les familles touchées par une séparation pourront être accompagnées par un "
                                         "médiateur familial")


def test_funding_a_deliberation_lets_the_town_receive_is_no_field(finder):
    text = ("Cette délibération permet à la commune de continuer à percevoir le bonus territoire pour l'accueil de "
            "loisirs et le multi-accueil « Les Petits Loups ».\nLa convention porte sur :\n→ la petite enfance\n"
            "→ la jeunesse\n→ la parentalité")
    found = theme_phrases_of(finder, text)
    assert found == ["la petite enfance", "la jeunesse", "la parentalité"]


def test_a_childcare_solution_is_early_childhood():
    # (every gold phrase with "solution(s) d'accueil" is petite_enfance: the national objective's wording, often told
    # without "jeune enfant": "Que chaque famille trouve une solution d'accueil pour son enfant près de chez elle.")
    from ctgminer.extract.components.themes.lexicon import labels_named

    assert "petite_enfance" in labels_named("Que chaque famille trouve une solution d'accueil pour son enfant.")
    assert "petite_enfance" in labels_named("développer des solutions d'accueil en horaires atypiques")


# -- a deliberation's "Considérant" on the diagnostic's findings, then the axes the convention retains --------------
FINDINGS = ("Considérant le diagnostic partagé, qui a fait ressortir les enjeux suivants : le manque de places "
            "en crèche pour les enfants des saisonniers, l'absence de lieu d'écoute pour les parents d'adolescents et "
            "l'isolement des personnes âgées ;\n{then}")


def test_the_diagnostics_findings_before_the_retained_axes_are_no_fields(finder):
    text = FINDINGS.format(then="Considérant que le projet de convention retient trois axes : « Accueillir le jeune "
                                "enfant toute l'année », « Accompagner les parents d'ados » et « Développer "
                                "l'animation de proximité » ;")
    found = theme_phrases_of(finder, text)
    assert not any("saisonniers" in phrase or "personnes âgées" in phrase for phrase in found)


def test_the_diagnostics_findings_alone_stay_fields(finder):
    # (with no axes told after them, the findings are what the convention takes up: GUIDE)
    text = FINDINGS.format(then="Le conseil autorise le président à signer la convention territoriale globale.")
    assert any("saisonniers" in phrase for phrase in theme_phrases_of(finder, text))


@pytest.mark.parametrize("phrase", ["Rapprocher les services des habitants des hameaux",
                                    "le maintien des services de proximité en zone de montagne"])
def test_services_brought_closer_are_access_to_rights(phrase):
    # (the national objective's words; every such gold phrase is acces_aux_droits)
    from ctgminer.extract.components.themes.lexicon import labels_named

    assert "acces_aux_droits" in labels_named(phrase)


# -- an official's run of "c'est ..." naming the convention's publics --------------------------------------------------
def test_a_public_the_convention_is_told_to_be_is_a_field(finder):
    text = ("La convention territoriale globale a été signée vendredi au siège de Fougères Agglomération. « Pour nous, "
            "cette convention, c'est d'abord les tout-petits, avec des places qui manquent. C'est aussi les jeunes, qui "
            "partent faute de perspectives », résume le président.")
    assert {"petite_enfance", "jeunesse"} <= found_labels(finder(unwrap_lines(text)))


def test_people_who_ask_for_something_name_no_field(finder):
    text = ("La convention territoriale globale a été signée vendredi. « Ce sont les parents qui nous l'ont demandé, "
            "et c'est les jeunes qui en parlent le mieux », dit le maire.")
    assert not {"parentalite", "jeunesse"} & found_labels(finder(unwrap_lines(text)))


# -- axes told in running prose by their number, each with a verb of aim ---------------------------------------------
AXES_PROSE = ("Les conseillers communautaires ont approuvé la convention territoriale globale 2024-2028. Le document "
              "s'organise en quatre axes. L'axe 1 vise à adapter l'offre d'accueil aux besoins des familles. L'axe 2 "
              "entend offrir aux enfants et aux ados des loisirs accessibles sur tout le territoire. L'axe 3 veut mieux "
              "accompagner les familles fragilisées par une séparation. L'axe 4 cherche à lutter contre le non-recours "
              "aux droits.")


def test_numbered_axes_in_prose_each_give_their_field(finder):
    found = theme_phrases_of(finder, AXES_PROSE)
    assert "offrir aux enfants et aux ados des loisirs accessibles sur tout le territoire" in found
    assert "lutter contre le non-recours aux droits" in found
    assert "tout le territoire" not in found


def test_a_ranked_axis_far_from_its_verb_gives_no_place(finder):
    # (a later "sur" of place opens no item for an axis whose own verb is no intro)
    text = "Le deuxième axe, en lien avec les écoles, propose aux enfants des ateliers sur tout le territoire."
    assert "tout le territoire" not in theme_phrases_of(finder, text)


# -- a prefecture's communiqué: the prefect's title names a région ----------------------------------------------------
COMMUNIQUE = ("Communiqué de presse – Préfecture de la Guadeloupe\nBasse-Terre, le 15 octobre 2024\n{who}, le président de "
              "la Communauté d'agglomération du Nord Basse-Terre et la directrice générale de la Caf de la Guadeloupe ont "
              "signé ce jour la convention territoriale globale du territoire pour la période 2024-2028.")


def test_a_prefects_title_names_the_state_not_the_region(parties_nlp):
    found = partner_names(parties_nlp, COMMUNIQUE.format(who="Le préfet de la région Guadeloupe"))
    assert "region" not in found.values()
    assert found.get("Communauté d'agglomération du Nord Basse-Terre") == "epci"


def test_a_regions_president_still_signs_for_it(parties_nlp):
    found = partner_names(parties_nlp, COMMUNIQUE.format(who="Le président de la Région Guadeloupe"))
    assert "region" in found.values()
