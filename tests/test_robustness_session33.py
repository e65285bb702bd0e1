"""Session 33 (tby): pages whose paragraphs an extractor flattened (the whole text on one line, its lines joined
at their stops) keep their page date, event dateline and party lists: `text.normalise.reline_flattened` cuts such a
line back at its short pieces' stops and before a flattened list's items, every offset kept. Examples written for
these tests."""

from __future__ import annotations

import pytest

from ctgminer.text.normalise import reline_flattened

# a press page flattened: its stamp and its event's dateline ran into the story
EVENT_PAGE = (
    "23 mai 2025 - 418 vues. 22 mai 2025, 10h30, au centre social « Les Tilleuls ». Depuis plusieurs années, le "
    "Département et la Caisse d’Allocations Familiales d'Ille-et-Vilaine coopèrent pour la mise en œuvre des "
    "politiques sociales. Le deuxième schéma départemental des services aux familles et la nouvelle Convention "
    "Territoriale Globale Caf/Département, pour laquelle nous sommes ici aujourd’hui, sont venus confirmer les liens "
    "qui unissent la Caisse d’Allocations Familiales d'Ille-et-Vilaine et le Conseil départemental. La signature de "
    "la CTG 2025-2027 vient marquer la volonté qui est la leur de poursuivre les actions engagées. C’est pour cette "
    "raison que nous nous retrouvons ici, au centre social « Les Tilleuls », pour signer cette convention et "
    "réaliser cette conférence de presse.")

# a convention's parties, its list flattened after its introduction
PARTIES_PAGE = (
    "Convention territoriale globale 2023-2027. Entre les soussignés : la Caisse d'allocations familiales de la "
    "Mayenne, représentée par sa directrice ; et : - La Communauté de communes du Pays de Craon, représentée par son "
    "Président, dûment autorisé à signer la présente convention ; - La Commune de Craon, représentée par son Maire, "
    "dûment autorisé à signer la présente convention ; - La Commune de Renazé, représentée par son Maire, dûment "
    "autorisé à signer la présente convention. Il est convenu ce qui suit.")


@pytest.fixture(scope="module")
def analyser():
    from ctgminer.extract.analyser import Analyser

    return Analyser()


def test_reline_keeps_every_offset():
    for text in (EVENT_PAGE, PARTIES_PAGE):
        out = reline_flattened(text)
        assert len(out) == len(text)
        assert out.replace("\n", " ") == text


def test_reline_gives_a_stamp_and_a_dateline_their_lines():
    lines = reline_flattened(EVENT_PAGE).split("\n")
    assert lines[0] == "23 mai 2025 - 418 vues."
    assert lines[1] == "22 mai 2025, 10h30, au centre social « Les Tilleuls »."
    # a paragraph's long sentences stay together as the page wrote them
    assert lines[2].startswith("Depuis plusieurs années") and "Le deuxième schéma" in lines[2]


def test_reline_cuts_a_flattened_list_before_its_items():
    lines = reline_flattened(PARTIES_PAGE).split("\n")
    assert "- La Commune de Craon, représentée par son Maire, dûment autorisé à signer la présente convention ;" in lines
    assert any(line.startswith("- La Communauté de communes du Pays de Craon") for line in lines)
    assert any(line.startswith("- La Commune de Renazé") for line in lines)


def test_reline_leaves_inline_lists_and_abbreviations():
    # an inline list written on its line (its items unpunctuated) is read inline by the themes: not cut
    inline = ("La communauté et ses 27 communes ont choisi la CTG pour coopérer autour de 5 enjeux communs : – la petite "
              "enfance – l'enfance – la jeunesse – l'accès aux droits – la parentalité. " * 3)
    assert "\n" not in reline_flattened(inline)
    # nor a list half punctuated, nor a title before a name
    half = ("Les élus ont retenu 3 axes : – consolider les services aux familles, – soutenir la vie locale – favoriser "
            "l'autonomie de chacun. M. Dupont, maire, et Mme. Roux, directrice de la Caf, ont signé la convention. " * 3)
    out = reline_flattened(half)
    assert "–" not in "".join(line[:1] for line in out.split("\n"))
    assert "M.\nDupont" not in out and "Mme.\nRoux" not in out


def test_reline_leaves_pages_with_their_lines():
    text = ("Signature de la CTG\n12 mars 2024\nLa Ville et la Caf ont signé la convention territoriale globale. "
            "Elle couvre 2024-2028.\n") * 4
    assert reline_flattened(text) == text
    short = "12 mars 2024. La Ville et la Caf signent leur CTG."
    assert reline_flattened(short) == short


def test_flattened_page_keeps_its_event_dateline(analyser):
    # the signing "here" dates from the event's dateline, not from the page's stamp before it
    record = analyser.analyse_text(EVENT_PAGE)
    assert record.signature_date == "2025-05-22"
    assert record.publication_date == "2025-05-23"


def test_date_alone_on_its_line_closed_by_a_stop_is_the_page_stamp(analyser):
    # a flattened page cut back at its stops leaves its stamp with its stop: "11 décembre 2019."
    text = ("11 décembre 2019.\nÀ Lamballe, 12 000 habitants bénéficient des prestations de la Caf des Côtes-d'Armor."
            "\nJ'ai signé aujourd'hui au nom de la commune la nouvelle convention territoriale globale avec la Caisse "
            "d'allocations familiales des Côtes-d'Armor et sa directrice.\nCette convention permet de réunir les "
            "actions déjà menées pour la petite enfance et la jeunesse.")
    record = analyser.analyse_text(text)
    assert record.publication_date == "2019-12-11"
    assert record.signature_date == "2019-12-11"


def test_sentence_closing_on_a_date_is_no_stamp(analyser):
    # guard: a headline's sentence ending on a date and its stop stays no page date
    text = ("La Ville et la Caf ont signé leur convention territoriale globale le 3 juillet 2020.\n"
            "Elle porte sur la petite enfance, la jeunesse et la parentalité pour 2020-2024.")
    record = analyser.analyse_text(text)
    assert record.signature_date == "2020-07-03"
    assert record.publication_date is None


def test_reline_leaves_a_question_in_its_paragraph():
    # "Qu'est-ce que la CTG ?" alone on its line would head the whole flattened page as a generic explainer
    text = ("Qu’est-ce que la convention territoriale globale ? C’est une convention de partenariat signée pour 5 ans "
            "entre la communauté de communes et la Caf de l'Orne. Elle couvre la petite enfance, la jeunesse et "
            "l'accès aux droits. Du 1er janvier 2024 au 31 décembre 2028, la CTG a été signée entre la Communauté de "
            "communes des Sources de l'Orne et la Caf de l'Orne sur les axes suivants : petite enfance, jeunesse, "
            "parentalité.")
    assert "?\n" not in reline_flattened(text)
