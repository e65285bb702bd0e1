"""Relevance, session 33: a territory's page on a CTG still being prepared read as a signing (examples written for
these tests). Two classes, each in pages of several writers:
- the CTG defined in general with the Caf under its full name, or named second ("un accord signé entre une
  collectivité et la Caisse d'allocations familiales"): a definition, not this territory's signing;
- a signing that is one step of the preparation's calendar, at a season or a part of a year, with no verb telling
  it ("signature de la convention à l'automne 2025", "Signature de la CTG : premier semestre 2026"), or the aim of
  the process ("doit aboutir à la signature d'une CTG"): no event yet."""

from __future__ import annotations

import pytest

from ctgminer.classify.relevance import patterns as P
from ctgminer.classify.relevance.component import score_relevance


def _hit(cue, sentence: str) -> bool:
    return bool(cue.search(sentence, sentence.lower()))


# --- class 1: a generic definition of the CTG, the Caf under its full name or named second ----------------------
DEFINITIONS = [
    "La convention territoriale globale (CTG) est un accord de partenariat signé entre la Caisse d'allocations "
    "familiales et une intercommunalité.",
    "La CTG est une convention signée entre une commune et la Caf, pour quatre ou cinq ans.",
    "C'est quoi, une CTG ? Une convention signée entre la Caf de l'Aveyron et une collectivité pour organiser "
    "ensemble les services aux familles.",
]


@pytest.mark.parametrize("sentence", DEFINITIONS)
def test_a_ctg_defined_with_a_generic_party_is_a_definition(sentence):
    assert _hit(P.DEFINITION, sentence)


def test_a_named_partys_signing_is_no_definition():
    # guard: both parties named, the territory's own signing
    sentence = ("La convention a été signée entre la Caf de l'Aveyron et la communauté de communes du Réquistanais "
                "le 4 avril 2024.")
    assert not _hit(P.DEFINITION, sentence)
    assert _hit(P.EVENT, sentence)


PAGE_IN_PREPARATION = (
    "Communauté de communes du Pays de Lumbres\nEnfance-Jeunesse > La convention territoriale globale\n"
    "La CTG, qu'est-ce que c'est ?\n"
    "La convention territoriale globale (CTG) est un accord de partenariat signé entre une intercommunalité et la "
    "Caisse d'allocations familiales. Elle succède peu à peu aux contrats enfance jeunesse et peut porter sur la "
    "petite enfance, la jeunesse, la parentalité ou l'accès aux droits.\n"
    "Et chez nous ?\n"
    "La communauté de communes et la Caf du Pas-de-Calais ont engagé un diagnostic partagé. Des ateliers avec les "
    "parents et les professionnels se tiendront cet hiver dans les 36 communes, puis une réunion publique présentera "
    "les premières orientations.\n"
    "En attendant, le multi-accueil de Lumbres et les accueils de loisirs fonctionnent comme d'habitude.\n")


def test_a_page_defining_the_ctg_while_it_is_prepared_is_related():
    # the start code read the definition's "signé entre ... et la Caisse d'allocations familiales" as the signing
    assert score_relevance(PAGE_IN_PREPARATION).label == "related"


# --- class 2: a signing that is a step of the preparation, at a vague time -------------------------------------
PLANNED_STEPS = [
    "Le comité a validé le calendrier : diagnostic jusqu'en mars, ateliers avec les familles au printemps, "
    "signature de la convention à l'automne 2025.",
    "Signature de la CTG : premier semestre 2026",
    "Les fiches actions seront rédigées cet été, en vue d'une signature de la convention début 2026.",
    "Ce travail doit aboutir à la signature d'une convention territoriale globale avec la Caf.",
]


@pytest.mark.parametrize("sentence", PLANNED_STEPS)
def test_a_planned_step_of_signing_is_preparation(sentence):
    assert _hit(P.PREPARATION, sentence)


@pytest.mark.parametrize("sentence", [
    "La signature de la convention est prévue le 12 mars 2026 à la mairie.",  # a dated signing: an announcement
    "La convention sera signée au printemps par la Caf et les 14 communes.",  # a verb tells it
    "- décembre 2024 : signature de la CTG\n- 1er trimestre 2025 : installation des groupes de travail",  # its day
])
def test_a_dated_or_told_signing_is_no_planned_step(sentence):
    assert not _hit(P.PREPARATION, sentence)


COPIL_NEWS = (
    "Agglomération du Pays de Grasse\nActualités\n"
    "Convention territoriale globale : le comité de pilotage lance les travaux\nPublié le 14/11/2024\n"
    "Le comité de pilotage de la future convention territoriale globale (CTG) s'est réuni le 7 novembre à Grasse, "
    "avec les élus, la Caf des Alpes-Maritimes et les représentants des 23 communes.\n"
    "Il a arrêté le calendrier : diagnostic partagé jusqu'en mars, ateliers thématiques au printemps, signature de "
    "la convention à l'automne 2025.\n"
    "Les familles pourront répondre à un questionnaire en ligne à partir de janvier.\n")


# what the other components find in it: the year of the planned signing, the agglomeration
EVIDENCE = {"signature_date": "2025", "partners": [{"name": "Pays de Grasse", "type": "epci"}]}


def test_a_copil_setting_its_calendar_is_related():
    # the start code read the calendar's "signature de la convention" as the signing
    assert score_relevance(COPIL_NEWS, EVIDENCE).label == "related"


def test_a_signing_with_its_day_stays_an_announcement():
    # guard: the same news once the signing is dated and told
    text = COPIL_NEWS.replace(
        "Il a arrêté le calendrier : diagnostic partagé jusqu'en mars, ateliers thématiques au printemps, signature "
        "de la convention à l'automne 2025.",
        "La Caf et l'agglomération ont signé la convention territoriale globale 2024-2028 le 7 novembre à Grasse.")
    assert text != COPIL_NEWS
    assert score_relevance(text, EVIDENCE).label == "announcement"
