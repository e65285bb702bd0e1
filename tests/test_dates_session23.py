"""Dates component on a blank French pipeline: session 23 (the error classes read in the new written sets read_bs,
read_bt and read_bu, checked across the older read sets). Every example is written for the test."""

from __future__ import annotations

from conftest import date_fields_of

# -- the signature date ------------------------------------------------------------------------------------------------


def test_planned_signing_then_postponed_sine_die_is_no_signing(dates_nlp):
    # a press page: the signing planned for a weekday was put off, with no new date
    text = ("Fumel : la signature de la CTG attendra\nPublié le 14/03/2024\nLa signature de la convention territoriale "
            "globale entre Fumel Vallée du Lot et la Caf de Lot-et-Garonne, prévue ce jeudi, a été reportée à une date "
            "ultérieure. Les élus attendent des précisions sur les financements.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] is None


def test_planned_signing_moved_to_a_new_day_keeps_the_new_day(dates_nlp):
    # the same class with a new date: the signing is the day it was moved to
    text = ("Fumel : la signature de la CTG décalée\nPublié le 14/03/2024\nLa signature de la convention territoriale "
            "globale entre Fumel Vallée du Lot et la Caf de Lot-et-Garonne, programmée ce jeudi, est repoussée au 4 avril "
            "2024 pour des raisons d'agenda.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] == "2024-04-04"


def test_meeting_day_before_a_convention_signed_at_its_own_time(dates_nlp):
    # a review meeting opens the sentence; the convention it reviews was signed at a time told right after its verb
    text = ("Bilan d'étape pour la CTG du Limouxin\nLe 14 mai 2024, élus des 20 communes, Caf de l'Aude et "
            "associations se sont retrouvés à Limoux pour le bilan à mi-parcours de la Convention territoriale globale "
            "signée fin 2022.\nLes ateliers ont porté sur la jeunesse.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] in (None, "2022")


def test_report_month_before_a_signing_hoped_for_at_years_end(dates_nlp):
    # a local paper, no accents: the study is due in a month, the signing hoped for at the end of the year
    text = ("Pays de Sault : le diagnostic avant la CTG\nPublie le 02/02/2024\nUn bureau d'etudes a ete choisi pour le "
            "diagnostic, qui sera remis en mai, pour une signature esperee a la fin de l'annee avec la Caf de l'Aude.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] is None


def test_this_month_named_without_en_dates_the_signing(dates_nlp):
    # a short news item: "Ce mois de decembre" (no accent) opens the signing's sentence under the page's date
    text = ("Actualites\nLa CTG est signee\n14 décembre 2023\nCe mois de decembre, la commune de Sari et la Caf de "
            "Corse-du-Sud ont signé la convention territoriale globale.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] == "2023-12"


def test_day_apposed_to_the_signings_own_weekday_stays_the_signing(dates_nlp):
    # the signing dated twice, a relative day and its date apposed to it: the same day, still the signing's
    text = ("Saint-Raphaël signe sa CTG\nPublié le 8 mars 2025\nLe maire et la directrice de la Caf du Var ont signé hier, "
            "vendredi 7 mars 2025, la convention territoriale globale de la commune.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] == "2025-03-07"


# -- the period ----------------------------------------------------------------------------------------------------------


def test_roster_of_conventions_gives_the_page_no_period(dates_nlp):
    # a Caf's partners page: a table of its département's CTGs, each row with its own years
    text = ("Caf de l'Indre – Espace partenaires\nLes CTG de l'Indre\nTerritoire | Période | État\nChâteauroux Métropole | "
            "2022-2026 | en cours\nCC Val de l'Indre-Brenne | 2021-2025 | renouvellement en préparation\nCC du Pays "
            "d'Issoudun | 2023-2027 | en cours\nCC Marche Occitane | 2024-2028 | en cours\nContactez votre conseiller "
            "territorial.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"], fields["duration_years"]) == (None, None, None)


def test_previous_and_new_conventions_keep_the_new_period(dates_nlp):
    # a deliberation naming the former convention and the new one on short lines: two ranges, no roster
    text = ("Séance du 12 décembre 2024\nObjet : Convention territoriale globale 2025-2029\nVu la convention territoriale "
            "globale 2020-2024\nLe conseil approuve la convention territoriale globale 2025-2029 avec la Caf de l'Indre\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"]) == (2025, 2029)


# -- the publication date ----------------------------------------------------------------------------------------------


def test_steering_committee_of_a_working_document_is_no_page_date(dates_nlp):
    # a convention's PDF: its header tells the steering committee that validated it, not a publication
    text = ("Communauté de communes du Mené – Caf des Côtes-d'Armor\nCONVENTION TERRITORIALE GLOBALE 2025-2029\nDocument "
            "validé par le comité de pilotage du 5 novembre 2024\nSOMMAIRE\n1. Les signataires\n2. Le diagnostic\n")
    assert date_fields_of(dates_nlp, text)[0]["publication_date"] is None


def test_press_dateline_without_le_before_the_story_dates_the_page(dates_nlp):
    # a regional paper's lead: place, date and full stop, the story going on on the same line
    text = ("Centre-Val de Loire\nIndre : la Caf fait le point sur les CTG\nChâteauroux, 14 février 2025. La Caf de "
            "l'Indre a présenté jeudi le bilan des conventions territoriales globales signées depuis 2020 avec les "
            "intercommunalités du département.\n")
    assert date_fields_of(dates_nlp, text)[0]["publication_date"] == "2025-02-14"


def test_signing_of_a_convention_that_ends_in_the_same_sentence_is_no_signature(dates_nlp):
    # council minutes: the mayor recalls the convention signed years ago, which is now reaching its term
    text = ("Commune de Mortagne – Conseil municipal du 4 décembre 2024 – Compte rendu\nM. le Maire rappelle que la "
            "convention territoriale globale signée en 2020 entre la Caf de l'Orne, la communauté de communes et la "
            "commune arrive à échéance le 31 décembre 2024. Le conseil approuve son renouvellement.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] is None


def test_review_day_of_conventions_signed_since_a_year_is_no_signing(dates_nlp):
    # a regional paper: a Caf presents on a weekday the review of the conventions signed since 2020
    text = ("Centre-Val de Loire\nIndre : la Caf fait le point\nChâteauroux, 14 février 2025. La Caf de l'Indre a présenté "
            "mardi le bilan des conventions territoriales globales signées depuis 2020 avec les intercommunalités.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] is None
