"""Dates component on a blank French pipeline: session 29 (the signing a news report tells with a bare noun or an
indefinite convention in the week before its dateline, read in the written sets read_ch, read_ci, read_cj, read_ce,
read_cf and read_cg and checked across every read set). Every example is written for the test."""

from __future__ import annotations

from conftest import date_fields_of


def test_bare_signing_noun_in_the_lead_below_the_dateline(dates_nlp):
    # a regional daily's lead: the CTG is named in the next sentence only, the signing told by "une signature"
    text = ("Saint-Affrique : les familles au cœur d'un nouveau partenariat\nPublié le 12/03/2025\n"
            "Une signature à plusieurs voix s'est tenue lundi 10 mars à la mairie. La commune, la Caf de l'Aveyron et "
            "la MSA ont paraphé leur convention territoriale globale pour 2025-2029.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] == "2025-03-10"


def test_indefinite_new_convention_signed_days_before_the_page(dates_nlp):
    # an agglomeration's news: the CTG named in the headline, the lead's "une nouvelle convention a été signée le 18"
    text = ("Pays de Lunel – Actualités\nLa CTG 2024-2028 est lancée\nPublié le 21 juin 2024\n"
            "Le premier contrat arrivait à son terme. Après un an de diagnostic, une nouvelle convention a été signée "
            "le 18 juin à l'hôtel de communauté, pour cinq ans.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] == "2024-06-18"


def test_bare_weekday_signing_the_day_before_the_page(dates_nlp):
    # the lead tells the signing by its weekday, the CTG named in the sentence after
    text = ("Quimperlé Communauté et la Caf scellent leur partenariat\nLe Télégramme | 8 février 2024\n"
            "Après dix-huit mois de travail, une signature, mercredi, à l'espace Benoîte-Groult. L'agglomération et "
            "la Caf du Finistère ont officialisé leur convention territoriale globale.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] == "2024-02-07"


def test_quote_of_the_present_day_stays_no_signing(dates_nlp):
    # guard: "aujourd'hui" in an interview's general answer is the page's own day, no signing's
    text = ("Entretien. Publié le 14/05/2024\nLa directrice de la Caf fait le point sur les conventions.\n"
            "Où en est-on ?\nNous avons aujourd'hui une signature à organiser presque chaque mois avec une "
            "intercommunalité.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] is None


def test_other_scheme_signed_in_the_week_stays_out(dates_nlp):
    # guard: the week's signing is another contract's, the CTG named elsewhere on the page
    text = ("Vitré Communauté – Actualités\nPublié le 20/09/2023\nLe contrat local de santé a été signé lundi 18 "
            "septembre à la préfecture.\nLa convention territoriale globale, elle, est en cours d'écriture.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] is None


def test_headline_weekday_above_the_dateline_keeps_the_lead_day(dates_nlp):
    # guard: the headline's "signée jeudi" is the coming Thursday the lead tells, not the past one
    text = ("Val de Drôme : la convention avec la Caf signée jeudi\nLe Dauphiné Libéré – lundi 15 janvier 2024\n"
            "La communauté de communes signera jeudi prochain sa convention territoriale globale avec la Caf de la "
            "Drôme.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] == "2024-01-18"
