"""Session 19 (second recall helper), document themes the finder missed (false negatives): classes of pages whose
fields it found no phrase for, each with an inline example written for these tests, on a blank French pipeline."""

from __future__ import annotations

from conftest import theme_phrases_of

# -- a leaflet's questions to the reader, each over what the convention brings them ---------------------------------
_LEAFLET = ("La convention territoriale globale, en trois questions\n"
            "Signée en mars avec la Caf du Cantal, cette convention engage la commune de Murat envers les familles "
            "jusqu'en 2028.\n"
            "Vous cherchez un mode de garde pour votre bébé ?\n"
            "Une micro-crèche de dix places ouvrira près de l'école à la rentrée.\n"
            "Vos collégiens tournent en rond le samedi ?\n"
            "Un local jeunes sera ouvert avec un animateur deux après-midi par semaine.\n"
            "Vous peinez à remplir vos dossiers sur internet ?\n"
            "Une conseillère numérique tiendra une permanence chaque mardi en mairie.\n")


def test_questions_to_the_reader_under_the_convention_are_its_fields(finder):
    assert theme_phrases_of(finder, _LEAFLET) == ["Vous cherchez un mode de garde pour votre bébé",
                                                  "Vos collégiens tournent en rond le samedi",
                                                  "Vous peinez à remplir vos dossiers sur internet"]


def test_two_questions_to_the_reader_are_no_run(finder):
    text = _LEAFLET.split("Vous peinez")[0]
    assert not any(p.startswith(("Vous", "Vos")) for p in theme_phrases_of(finder, text))


def test_questions_under_a_paragraph_that_names_no_convention_are_no_fields(finder):
    text = _LEAFLET.replace("cette convention engage la commune de Murat envers les familles",
                            "le programme de la saison culturelle attend les familles de Murat")
    assert not any(p.startswith(("Vous", "Vos")) for p in theme_phrases_of(finder, text))


# -- a word inside the first item of a colon's enumeration opens no enumeration of its own ----------------------------
def test_a_preposition_inside_the_first_item_of_a_colon_list_keeps_the_list(finder):
    # a local paper: the mayor's three urgencies, the first item's own "sur" no introduction
    text = ("La commune de Vic et la Caf ont signé hier leur convention territoriale globale. Le maire a cité trois "
            "urgences : retenir les adolescents sur le plateau en leur proposant un emploi ou une formation, soutenir "
            "les familles monoparentales et aider les aidants des personnes âgées.")
    assert theme_phrases_of(finder, text)[0] == "retenir les adolescents sur le plateau en leur proposant un emploi"


# -- an enumeration told in order inside one sentence -----------------------------------------------------------------
def test_an_enumeration_told_in_order_in_one_sentence_keeps_every_item(finder):
    # a mayor's summary in a local paper: only the first item in the taxonomy's words
    text = ("La commune de Vic et la Caf ont signé leur CTG vendredi. « Cette convention, c'est d'abord des places "
            "en crèche, ensuite un local pour nos ados qui s'ennuient le samedi, et enfin un coup de main aux "
            "familles perdues dans leurs papiers », a résumé le maire.")
    assert theme_phrases_of(finder, text) == ["des places en crèche", "un local pour nos ados qui s'ennuient le samedi",
                                              "un coup de main aux familles perdues dans leurs papiers"]
