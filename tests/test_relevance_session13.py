"""Relevance, session 13: a CTG announced without its name (examples written for these tests)."""

from __future__ import annotations

import pytest
from conftest import NEGATIVES, require_shared

from ctgminer.classify.relevance.component import unnamed_convention
from ctgminer.classify.relevance.model import negative_examples

# class: a local news page that announces the CTG by what it is ("une convention", the Caf, the agglo, the period)
UNNAMED = ("Famille : l'agglo et la Caf signent une convention jusqu'en 2029\n"
           "Le 14 mars 2025, la Communauté d'agglomération du Grand Dole et la Caisse d'allocations familiales du "
           "Jura ont signé une convention de partenariat pour la période 2025-2029. Elle fixe les priorités "
           "communes pour la petite enfance, la jeunesse et l'accès aux droits sur les 47 communes du territoire.")
# traps: a Caf convention with a body that is not territorial, another scheme, a convention without any period
FRANCE_TRAVAIL = ("La Caf du Var et France Travail ont signé le 3 avril 2024 une convention de partenariat "
                  "2024-2027 pour l'accompagnement des allocataires du RSA vers l'emploi.")
CONTRAT_DE_VILLE = ("La Ville de Dreux et la Caf d'Eure-et-Loir ont signé le contrat de ville 2024-2030, une "
                    "convention qui engage les partenaires jusqu'en 2030.")
NO_PERIOD = ("La commune de Saint-Amour et la Caf du Jura ont signé hier une convention pour la mise à disposition "
             "d'une salle lors des permanences de la conseillère.")

# conventions named for another purpose, with a territorial body, the Caf, a signature and a period
GESTION = ("RSA : une nouvelle convention avec le Département\nLa Caf de la Haute-Vienne et le Conseil départemental "
           "ont signé ce lundi une convention de gestion du revenu de solidarité active pour 2025-2027.")
FINANCEMENT = ("La Ville, qui prête les locaux, et la Caf signeront la convention de financement de l'espace de vie "
               "sociale pour la période 2024-2027.")




@pytest.mark.parametrize("text", [UNNAMED])
def test_a_ctg_announced_without_its_name_is_an_announcement(relevance_nlp, text):
    relevance = relevance_nlp(text)._.relevance
    assert (relevance.label, relevance.reason) == ("announcement", "model")


@pytest.mark.parametrize("text", [FRANCE_TRAVAIL, CONTRAT_DE_VILLE, NO_PERIOD, GESTION, FINANCEMENT])
def test_other_caf_conventions_stay_unrelated(relevance_nlp, text):
    relevance = relevance_nlp(text)._.relevance
    assert (relevance.label, relevance.reason) == ("unrelated", "no CTG mention")


def test_nothing_stands_in_without_the_other_components_evidence():
    # the collector's judge reads the text alone: no period found, no stand-in
    assert unnamed_convention(UNNAMED, {}) == []
    spans = unnamed_convention(UNNAMED, {"period_end": 2029})
    assert spans and all("convention" in UNNAMED[s:e] for s, e in spans)


def test_real_negative_pages_are_never_announcements_with_the_whole_pipeline(analyse_text):
    """The stand-in needs the dates component's period: read the negatives through the whole analyser."""
    examples = negative_examples(require_shared(NEGATIVES))
    assert len(examples) == 176
    for example in examples:
        if example.text:  # empty, binary or non-French pages are refused before relevance
            assert analyse_text(example.text).relevance != "announcement", example.id
