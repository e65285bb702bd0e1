"""Relevance: announcements, related pages and traps (examples written for these tests), and real negatives."""

from __future__ import annotations

import tarfile

import pytest
from conftest import NEGATIVES, require_shared

from ctgminer.classify.relevance.component import score_relevance
from ctgminer.collect.read import InputError, read_bytes_document

ANNOUNCEMENTS = [
    "Mardi 4 mars 2025, le maire de Figeac et la directrice de la Caf du Lot ont signé la convention territoriale "
    "globale 2025-2029. Cette CTG fixe quatre axes pour les familles du Grand-Figeac.",
    "La communauté de communes du Pays de Lunel renouvelle sa convention territoriale globale avec la Caf de "
    "l'Hérault. La signature a eu lieu hier à la médiathèque, en présence des maires du territoire.",
    "La Ville et la Caf vont signer une nouvelle Convention Territoriale Globale (CTG) pour les cinq prochaines "
    "années. La signature aura lieu le 12 juin en mairie.",
]
RELATED = [
    # explainer
    "Qu'est-ce qu'une convention territoriale globale ? La CTG est une démarche partenariale entre la Caf et une "
    "collectivité. Elle s'appuie sur un diagnostic partagé et dure en général quatre ou cinq ans.",
    # job offer
    "Offre d'emploi : chargé de coopération CTG (h/f). La commune recrute un agent pour piloter sa convention "
    "territoriale globale. Date limite de candidature : 15 mars. Envoyer CV et lettre de motivation au maire.",
    # a territory's process, no signature yet
    "Lancement de l'élaboration de la convention territoriale globale : la communauté de communes lance une "
    "enquête auprès des habitants. Répondez au questionnaire avant le 30 avril.",
]
UNRELATED = [
    # CTG = Collectivité territoriale de Guyane
    "La CTG a voté un budget de 30 millions d'euros pour les routes. La Collectivité territoriale de Guyane "
    "soutient aussi le sport et la culture dans les communes de l'intérieur.",
    # contrat enfance jeunesse only
    "Le conseil municipal a approuvé le renouvellement du contrat enfance jeunesse avec la Caf pour financer "
    "l'accueil de loisirs et la crèche municipale.",
    # a convention with a single centre social
    "La Ville et la Caf ont signé une convention d'objectifs pour le centre social Saint-Jean, qui accueille les "
    "familles du quartier depuis 1985.",
    # schéma départemental news
    "Le schéma départemental des services aux familles a été adopté par le préfet, le Département et la Caf "
    "pour la période 2024-2029.",
]


@pytest.mark.parametrize("text", ANNOUNCEMENTS)
def test_announcements(text):
    label, score, _ = score_relevance(text)
    assert label == "announcement" and score >= 0.5


@pytest.mark.parametrize("text", RELATED)
def test_related(text):
    label, score, _ = score_relevance(text)
    assert label == "related" and score < 0.5


@pytest.mark.parametrize("text", UNRELATED)
def test_unrelated(text):
    assert score_relevance(text)[0] == "unrelated"


def test_english_page_is_unrelated():
    text = ("The local council and the family allowance fund signed a global territorial agreement (CTG) for "
            "the next five years to improve services for families.")
    assert score_relevance(text)[0] == "unrelated"


def test_unrelated_record_has_no_ctg_fields(analyse_text):
    record = analyse_text(UNRELATED[2])
    assert record.relevance == "unrelated"
    assert record.partners == [] and record.themes == [] and record.signature_date is None


def test_real_negative_pages_are_never_announcements():
    path = require_shared(NEGATIVES)
    counted = 0
    with tarfile.open(path) as tar:
        for member in tar.getmembers():
            if not member.isfile():
                continue
            counted += 1
            try:
                doc = read_bytes_document(tar.extractfile(member).read(), member.name)
            except InputError:
                continue  # empty, binary or non-French: reported, never an announcement
            assert score_relevance(doc.text)[0] != "announcement", member.name
    assert counted == 176
