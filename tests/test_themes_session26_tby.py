"""Session 26 (tby), document themes on regional and local press and town pages (read_cb): fields told in lists whose
introduction names who drafted the convention, in officials' quotes and in reporters' paraphrase; each class with an
inline example written for these tests, on a blank French pipeline."""

from __future__ import annotations

from conftest import found_labels, phrase_labels, theme_phrases_of

from ctgminer.text.cues import OTHER_SCHEME
from ctgminer.text.fastcue import FastCue

# -- a centre social named as a co-author of the convention, in the sentence that introduces its list ----------------
DRAFTED_WITH = ("Ville de Frontignan\nActualités › Solidarités\nLa Ville et la Caf de l'Hérault ont signé mardi la "
                "convention territoriale globale 2025-2028.\nPréparée pendant un an avec les écoles, le centre social et "
                "les clubs sportifs, elle fixe les priorités de la commune pour quatre ans :\n"
                "→ les 0-3 ans : ouvrir dix places de plus à la crèche Les Moussaillons\n"
                "→ les 6-11 ans : un accueil de loisirs ouvert tout l'été\n"
                "→ les familles : des ateliers de soutien à la parentalité\n")


def test_a_case_kept_part_of_a_fast_cue_is_read_with_its_case():
    # the shared cue names a centre social by its own name, capitalised ("le centre social Jean-Moulin"); its fast
    # twin on lower-cased text must not take any word after "centre social" for that name
    cue = FastCue(OTHER_SCHEME)
    assert cue.search("Le centre social Jean-Moulin a présenté son projet.")
    assert not cue.search("avec les écoles, le centre social et les clubs sportifs, elle fixe")
    assert [m.span() for m in cue.finditer("le centre social et le centre social Arc-en-ciel")] == [
        m.span() for m in OTHER_SCHEME.finditer("le centre social et le centre social Arc-en-ciel")]


def test_a_list_introduced_by_a_sentence_naming_the_centre_social_as_co_author_is_read(finder):
    labels = phrase_labels(finder(DRAFTED_WITH))
    assert {"petite_enfance", "enfance", "parentalite"} <= labels


def test_a_list_under_a_named_centre_social_s_own_project_stays_out(finder):
    # guard: a centre social named by its own name whose own project the list gives is another scheme
    text = ("La Ville et la Caf ont signé la convention territoriale globale 2025-2028.\n"
            "Le centre social Les Salins renouvelle aussi son projet social, qui porte sur :\n"
            "- le logement des jeunes ;\n- l'insertion professionnelle ;\n- la mobilité.\n")
    assert not {"logement", "insertion"} & found_labels(finder(text))
    assert not theme_phrases_of(finder, text)
