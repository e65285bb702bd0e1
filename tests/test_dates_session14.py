"""Dates component on a blank French pipeline: session 14 (the error classes read in the written sets read_ao to
read_ar, and the publication errors of every read set). Every example is written for the test.
A council's session heading a deliberation ("Séance du 27 juin 2022") stays the page's date: the real gold reads it so
(dev2), though most written sets from read_aa on leave such pages undated."""

from __future__ import annotations

from conftest import date_fields_of


def test_agenda_line_with_hours_is_no_page_date(dates_nlp):
    # an invitation: the event's day, its hours and its venue
    text = ("Réunion d'information sur la convention territoriale globale\nMercredi 5 juin 2024 – de 18h à 20h – "
            "Maison des associations, Figeac\nLa Caf du Lot et la commune présentent le diagnostic aux familles.\n")
    assert date_fields_of(dates_nlp, text)[0]["publication_date"] is None


def test_byline_time_closing_its_line_stays_the_page_date(dates_nlp):
    text = ("Lozère\nMende signe sa convention avec la Caf\nMidi Libre | Le 12 avril 2024 à 17h45\nLa Ville de Mende "
            "et la Caf de la Lozère ont signé jeudi leur convention territoriale globale.\n")
    assert date_fields_of(dates_nlp, text)[0]["publication_date"] == "2024-04-12"


def test_byline_time_then_reading_time_stays_the_page_date(dates_nlp):
    text = ("Le Courrier de l'Ouest – Cholet\nCholet Agglomération signe sa CTG\nPar Anne L. – 18 juin 2024 à 07:30 – "
            "Temps de lecture : 3 min\nL'agglomération et la Caf de Maine-et-Loire ont signé lundi leur convention "
            "territoriale globale.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert fields["publication_date"] == "2024-06-18"
    assert fields["signature_date"] == "2024-06-17"


def test_agenda_line_with_a_venue_is_no_page_date(dates_nlp):
    text = ("Ville de Ploërmel\nLe 3 décembre 2024 à 18h30, salle des fêtes\nRéunion publique : la commune présente aux "
            "familles le projet de convention territoriale globale préparé avec la Caf du Morbihan.\n")
    assert date_fields_of(dates_nlp, text)[0]["publication_date"] is None


def test_signing_told_with_a_bare_noun_then_the_ctg_named_stays_undated(dates_nlp):
    # the signing's sentence says only "un partenariat", the next (undated) one names the CTG: taking the date as the
    # CTG's signing fixed one written page and cost a signature on the real holdout (session 14), so it is not taken
    text = ("Publié le 12/09/2024\nC'est un partenariat de longue haleine qui a été signé le 10 septembre 2024 à Albi. "
            "La Caf du Tarn et l'agglomération se sont engagées dans une convention territoriale globale pour la période "
            "2024-2028.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] is None


def test_other_scheme_signed_before_the_ctg_named_is_no_signing(dates_nlp):
    text = ("Publié le 20/03/2024\nLe contrat de ville a été signé le 18 mars 2024 en préfecture. La convention "
            "territoriale globale, elle, est encore en préparation avec la Caf.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] is None


def test_signings_of_recent_weeks_are_not_the_page_day(dates_nlp):
    # the next sentence tells signings "au cours des dernières semaines": not on the day the page was posted
    text = ("Trois nouvelles conventions territoriales globales dans l'Orne\nPublié le 20/12/2024\nLa fin d'année a été "
            "dense pour la Caf de l'Orne : trois intercommunalités ornaises ont signé leur convention territoriale globale "
            "(CTG) au cours des dernières semaines.\nLe 26 novembre, la Communauté de communes des Sources de l'Orne a "
            "ouvert la série.\nCes trois conventions couvrent la période 2024-2028.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] is None


def test_signings_of_an_earlier_year_end_are_not_the_page_month(dates_nlp):
    text = ("Où en sont les CTG dans l'Eure ?\nCaf de l'Eure | Dossier | Avril 2025\nFin 2024, la Caf de l'Eure avait "
            "signé des conventions territoriales globales avec 11 des 14 intercommunalités du département.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] is None


def test_steering_committee_weekday_is_no_signing(dates_nlp):
    text = ("Le Pays de Ploërmel prépare sa convention territoriale globale\nPar notre correspondante | 10 octobre 2025\n"
            "Élus, agents de la Caf du Morbihan et partenaires se sont retrouvés jeudi à la mairie pour le premier comité "
            "de pilotage de la future convention territoriale globale.\nLa signature est envisagée au printemps.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] is None


def test_gathering_for_the_signing_is_the_signing(dates_nlp):
    # the gathering's purpose is the signing: its date is the signing's
    text = ("Publié le 18/04/2024\nLa Caf du Cantal a réuni le 15 avril dernier, dans ses locaux d'Aurillac, les présidents "
            "de trois intercommunalités pour la signature de leur convention territoriale globale (CTG).\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] == "2024-04-15"


def test_gathering_for_a_presentation_stays_a_meeting(dates_nlp):
    text = ("Publié le 18/04/2024\nLa Caf du Cantal a réuni le 15 avril dernier les élus pour une présentation du "
            "diagnostic ; la convention territoriale globale sera signée à l'automne.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] != "2024-04-15"
