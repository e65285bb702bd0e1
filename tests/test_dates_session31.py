"""Dates component on a blank French pipeline: session 31 (a replacing verb whose clause goes on to the page's
convention's own term, seen in the written sets read_bo, read_cj and read_m and checked across every read set).
Every example is written for the test."""

from __future__ import annotations

from conftest import date_fields_of


def _period(nlp, text: str) -> tuple:
    fields = date_fields_of(nlp, text)[0]
    return fields["period_start"], fields["period_end"]


def test_replaces_then_term_in_an_inserted_clause(dates_nlp):
    # a town's magazine: the term stands between the replacing verb and the contract replaced
    text = ("Saint-Junien Mag – Printemps 2023\nFamilles\nLa commune et la Caf de la Haute-Vienne ont signé une "
            "convention territoriale globale. Elle succède, pour la période 2023-2026, au contrat enfance jeunesse "
            "signé en 2015.\nLes crèches et les accueils de loisirs restent financés.\n")
    assert _period(dates_nlp, text) == (2023, 2026)


def test_replaces_the_contracts_by_one_document_for_its_term(dates_nlp):
    # an intercommunal magazine: the contracts replaced first, then the new document and its term
    text = ("Le Journal de l'Agglo n° 41\nUne convention pour toutes les familles\nJusqu'ici, chaque commune signait "
            "son propre contrat enfance jeunesse avec la Caf. La CTG remplace ces contrats par un seul document, pour "
            "quatre ans (2024-2027), signé par l'Agglo et ses communes.\n")
    assert _period(dates_nlp, text) == (2024, 2027)


def test_relative_clause_replacing_then_fixing_its_term(dates_nlp):
    # an association's blog: "qui remplace le CEJ et qui fixe pour 4 ans (...)"
    text = ("Le blog du centre social des Trois Vallées\nHier on était à la signature de la CTG avec la Caf et la "
            "communauté de communes. La CTG c'est le contrat qui remplace le CEJ et qui fixe pour 5 ans (2023-2027) "
            "ce qu'on fait pour les familles.\n")
    assert _period(dates_nlp, text) == (2023, 2027)


def test_replaced_convention_years_stay_earlier(dates_nlp):
    # guard: the years of what is replaced are not this convention's
    text = ("Ville de Brignoles – Actualités\nLa commune prépare avec la Caf du Var sa nouvelle convention "
            "territoriale globale, qui remplace la CTG 2019-2022 arrivée à son terme.\n")
    assert _period(dates_nlp, text) != (2019, 2022)


def test_replaced_contract_with_its_own_term_stays_earlier(dates_nlp):
    # guard: a replaced contract's own term, told by a participle of its signing after the replacing verb's object
    for participle in ("conclu", "signé"):
        text = ("Commune de Lunas – Conseil municipal\nLa nouvelle convention remplace le contrat enfance jeunesse, "
                f"{participle} pour la période 2016-2019.\n")
        assert _period(dates_nlp, text) != (2016, 2019)


# -- a signing, an end and a length "sur"/"pendant" N years that agree complete the period (seen in read_aa, read_ca
# and read_cs)

def _fields(nlp, text: str, page_date: str | None = None) -> tuple:
    fields = date_fields_of(nlp, text, page_date)[0]
    return fields["period_start"], fields["period_end"], fields["duration_years"]


def test_budget_length_agreeing_with_signing_and_end(dates_nlp):
    # a brief: signing year, end year, and the action plan's budget over the same years
    text = ("EN BREF\nMarans. La communauté de communes a signé le 5 mars 2024 sa convention territoriale globale avec "
            "la Caf de Charente-Maritime. Le texte, valable jusqu'en 2027, met l'accent sur la jeunesse. Coût du plan "
            "d'actions : 900 000 € sur quatre ans.\n")
    assert _fields(dates_nlp, text) == (2024, 2027, 4)


def test_pendant_length_agreeing_with_signing_and_end(dates_nlp):
    # an intercommunal news page: "pendant quatre ans" in the sentence after the signing
    text = ("Actualités\nLe 14 février 2023, le président de la communauté de communes et la directrice de la Caf de "
            "l'Indre ont signé la convention territoriale globale, qui nous lie jusqu'en 2026.\nElle fixe ce que nous "
            "voulons faire ensemble pour les familles pendant quatre ans : accueil des tout-petits, loisirs, parents.\n")
    assert _fields(dates_nlp, text) == (2023, 2026, 4)


def test_length_that_disagrees_leaves_the_length_open(dates_nlp):
    # guard: a trial's two years on a CTG signed in 2024 until 2028 are the trial's own span
    text = ("Actualités\nLa Ville a signé le 10 avril 2024 la convention territoriale globale avec la Caf de l'Isère, "
            "valable jusqu'en 2028. Le LAEP itinérant fonctionnera pendant deux ans à titre d'essai.\n")
    assert _fields(dates_nlp, text) == (2024, 2028, None)


# -- an end year alone given half a lift by the CTG's sentence before it, on a page that tells no other period (seen
# in read_aa, read_bc, read_bl, read_co and read_cq)

def test_end_year_after_the_signing_sentence(dates_nlp):
    # an intercommunal news page: the programme's end told in the sentence after the signing
    text = ("Actualités\nLa communauté de communes a signé sa convention territoriale globale avec la Caf du Gers le "
            "12 mai 2023. Au programme jusqu'en 2027 : petite enfance, jeunesse et parentalité.\n")
    assert _period(dates_nlp, text)[1] == 2027


def test_end_year_in_a_question_after_the_ctg(dates_nlp):
    # a magazine's questions on the convention
    text = ("Le Mag n°12\nLa commune et la Caf du Lot ont conclu une convention territoriale globale pour nos "
            "familles.\nQuelles sont les priorités jusqu'en 2026 ?\nD'abord les modes de garde, ensuite les ados.\n")
    assert _period(dates_nlp, text)[1] == 2026


def test_month_end_after_the_ctg_stays_open(dates_nlp):
    # guard: a study's end month is no convention's end
    text = ("Actualités\nLa Ville prépare sa convention territoriale globale avec la Caf du Nord.\nUn cabinet "
            "accompagnera la Ville jusqu'en mars 2025 pour dresser un état des lieux.\n")
    assert _period(dates_nlp, text) == (None, None)


def test_end_year_below_another_period_is_not_taken(dates_nlp):
    # guard: a page whose convention has its own period keeps it
    text = ("Actualités\nLa commune a signé le 3 avril 2024 la convention territoriale globale 2024-2028 avec la Caf. "
            "Le relais petite enfance sera soutenu jusqu'en 2026.\n")
    assert _period(dates_nlp, text) == (2024, 2028)
