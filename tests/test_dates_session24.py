"""Dates component on a blank French pipeline: session 24 (the error classes read in the written sets read_bv, read_bw
and read_bx, checked across the older read sets). Every example is written for the test."""

from __future__ import annotations

from conftest import date_fields_of

# -- the signature date ------------------------------------------------------------------------------------------------


def test_deadline_day_is_no_signing(dates_nlp):
    # a paper's page on a council that refused the CTG: the Caf's deadline is no signing's day
    text = ("Le Réveil du Lot\nPublié le 12/07/2022\nLes élus de la communauté de communes ont ajourné le vote sur la "
            "convention territoriale globale. La Caf du Lot rappelle que sans CTG signée avant le 31 décembre, les "
            "financements de l'ancien contrat enfance jeunesse s'arrêteront.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] is None


def test_deadline_day_written_in_figures_is_no_signing(dates_nlp):
    text = ("Actualités de la Caf\nLes territoires doivent avoir signé leur convention territoriale globale au plus tard "
            "le 30/06/2023 pour percevoir le bonus territoire.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] is None


def test_signing_day_without_deadline_stays_the_signing(dates_nlp):
    # guard: the same sentence shape with the day the convention was signed
    text = ("Le Réveil du Lot\nPublié le 12/07/2022\nLa communauté de communes et la Caf du Lot ont signé le 8 juillet "
            "2022 la convention territoriale globale, avant la fin de l'ancien contrat enfance jeunesse.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] == "2022-07-08"


def test_today_after_a_verb_of_coverage_is_nowadays(dates_nlp):
    # an explainer: "aujourd'hui" after "couvrent" is a state of things, no signing on the page's day
    text = ("Le Petit Aubois\nPublié le 03/04/2024\nC'est quoi une CTG ?\nVotre commune en a peut-être signé une. La "
            "convention territoriale globale lie la Caf et une collectivité pour quatre ou cinq ans. Dans l'Aube, 17 "
            "CTG couvrent aujourd'hui la quasi-totalité des habitants, selon la Caf.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] is None


def test_today_as_the_signings_day_stays_the_signing(dates_nlp):
    # guard: "signent aujourd'hui" dates the signing on the page's day
    text = ("Le Petit Aubois\nPublié le 03/04/2024\nLa ville de Bar-sur-Aube et la Caf de l'Aube signent aujourd'hui "
            "leur convention territoriale globale à la mairie.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] == "2024-04-03"


def test_management_convention_signing_is_no_ctg_signing(dates_nlp):
    # a Caf's news: its RSA management convention with the département, the CTGs named in passing
    text = ("Caf de la Creuse – Actualités\nRSA : un nouveau cadre avec le Département\nPublié le 20/02/2025\nLa Caf de la "
            "Creuse et le Département ont signé le 11 février 2025 une nouvelle convention de gestion du RSA pour la "
            "période 2025-2028. Elle organise l'instruction des demandes et les contrôles.\nElle complète les "
            "conventions territoriales globales signées avec les intercommunalités creusoises.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert fields["signature_date"] is None
    assert fields["period_start"] is None and fields["period_end"] is None


# -- the period ----------------------------------------------------------------------------------------------------------


def test_period_told_after_another_schemes_signing_is_its_own(dates_nlp):
    # a contrat de ville signed with the Caf among others; its term told in the next sentence by a participle
    text = ("Agglo du Douaisis – Politique de la ville\nPublié le 4 avril 2024\nLe nouveau contrat de ville a été signé le "
            "2 avril 2024 par le préfet, le président de l'agglomération et la Caf du Nord. Conclu pour la période "
            "2024-2030, il concerne neuf quartiers prioritaires. La Caf y articule ses conventions territoriales "
            "globales.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert fields["period_start"] is None and fields["period_end"] is None


def test_period_told_after_the_ctgs_signing_stays(dates_nlp):
    # guard: the same shape about the CTG itself
    text = ("Agglo du Douaisis – Familles\nPublié le 4 avril 2024\nLa convention territoriale globale a été signée le 2 "
            "avril 2024 par le président de l'agglomération et la Caf du Nord. Conclue pour la période 2024-2028, elle "
            "concerne les 35 communes.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"]) == (2024, 2028)


def test_winter_of_the_diagnostic_is_no_period(dates_nlp):
    # a territory's project page: the diagnostic's winter, then the action plan's years in a heading
    text = ("Notre projet social de territoire\nC'est le cœur de la convention territoriale globale signée avec la Caf de "
            "l'Ardèche le 4 juillet 2024. Il répond aux besoins recueillis pendant le diagnostic de l'hiver 2023-2024 "
            "(300 questionnaires).\nNos fiches actions (2024-2028)\nFiche 1 – Une place d'accueil pour chaque enfant.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"]) == (2024, 2028)


def test_school_year_is_no_period(dates_nlp):
    text = ("La convention territoriale globale de la commune prévoit l'ouverture d'un accueil périscolaire pour l'année "
            "scolaire 2025-2026.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert fields["period_start"] is None and fields["period_end"] is None


def test_mid_term_review_years_give_way_to_the_conventions(dates_nlp):
    # a review's title with the years it covers, then the convention's own period
    text = ("CTG du Haut-Vivarais – Bilan à mi-parcours (2023-2024)\nPrésenté au comité de pilotage du 14 février 2025\n"
            "La convention territoriale globale a été signée le 2 mai 2023 entre la communauté de communes et la Caf de "
            "l'Ardèche pour la période 2023-2027.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"], fields["duration_years"]) == (2023, 2027, 5)


def test_review_of_a_named_convention_keeps_its_period(dates_nlp):
    # guard: a review of the CTG named with its years keeps them
    text = "Bilan de la CTG 2019-2022 du Pays de Lumbres\nLe comité de pilotage a fait le point sur les actions.\n"
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"]) == (2019, 2022)


def test_running_convention_reaching_its_term_gives_its_end(dates_nlp):
    # a job offer: a territory bound since a year, its convention's end told by "arrive à échéance"
    text = ("Offre d'emploi – Chargé(e) de coopération CTG\nLa communauté de communes et la Caf de la Vienne sont "
            "engagées depuis 2022 dans une convention territoriale globale. La convention arrive à échéance fin 2026 "
            "et son évaluation préparera le renouvellement.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"]) == (2022, 2026)


def test_earlier_convention_arrived_at_its_term_keeps_no_end(dates_nlp):
    # guard: a past participle after an earlier convention's years still makes them an earlier convention's
    text = ("La CTG 2018-2021 arrivée à échéance, la commune et la Caf ont signé une nouvelle convention territoriale "
            "globale pour la période 2022-2026.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"]) == (2022, 2026)


def test_taking_effect_with_an_adverb_then_ending(dates_nlp):
    text = ("La CTG est signée\nLe 9 novembre 2021\nLe président et la Caf de l'Aveyron ont signé ce lundi 8 novembre la "
            "convention territoriale globale. Elle prendra effet rétroactivement au 1er janvier 2021 et s'achèvera le 31 "
            "décembre 2024.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"], fields["duration_years"]) == (2021, 2024, 4)


# -- the publication date ------------------------------------------------------------------------------------------------


def test_radio_dateline_with_time_then_byline_is_the_pages_date(dates_nlp):
    text = ("ici Occitanie\nMontauban : la Caf et l'agglo signent leur convention\nMardi 12 mars 2024 à 07:15 - Par Anne "
            "Dupuis, ici Occitanie\nLa convention territoriale globale a été signée lundi à Montauban.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert fields["publication_date"] == "2024-03-12"
    assert fields["signature_date"] == "2024-03-11"


def test_agenda_line_with_time_then_venue_is_no_pages_date(dates_nlp):
    # guard: an event's line, its time then its venue
    text = ("Réunion publique – Diagnostic de la CTG\nJeudi 5 octobre 2023 à 18h30 – Salle polyvalente de Nérac\nVenez "
            "donner votre avis sur les besoins des familles.\n")
    assert date_fields_of(dates_nlp, text)[0]["publication_date"] is None


def test_territory_and_caf_at_work_together_since_a_year_open_the_period(dates_nlp):
    # a commune's standing page: a plural verb of joint work since a year, the CTG formalising it
    text = ("Ville de Lormont – Solidarités\nDepuis 2023, la Ville et la Caf de la Gironde conduisent ensemble un projet "
            "social de territoire, inscrit dans la convention territoriale globale. Il fixe les priorités de l'action "
            "sociale sur la commune.\n")
    assert date_fields_of(dates_nlp, text)[0]["period_start"] == 2023


def test_caf_alone_at_work_since_a_year_opens_no_period(dates_nlp):
    # guard: the Caf's own process across its département since a year is no convention's start
    text = ("Caf de la Gironde\nDepuis 2020, la Caf accompagne les collectivités dans le passage aux conventions "
            "territoriales globales.\n")
    assert date_fields_of(dates_nlp, text)[0]["period_start"] is None


def test_final_review_titled_with_the_conventions_years_keeps_them(dates_nlp):
    # guard: a final review's title names the convention's own years right after "Bilan"
    text = ("Bilan 2020-2024 de la convention territoriale globale du Val de Drôme\nLe comité de pilotage a présenté les "
            "résultats des quatre années de la convention.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"]) == (2020, 2024)


# -- the duration --------------------------------------------------------------------------------------------------------


def test_length_in_brackets_on_a_page_without_accents(dates_nlp):
    # a local site typed without accents: the length in brackets after the end year
    text = ("La CC du Vimeu a signe sa CTG avec la Caf de la Somme. Cette convention engage les deux partenaires jusqu'en "
            "2027 (duree de 4 ans).\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"], fields["duration_years"]) == (2024, 2027, 4)


def test_headline_pact_of_n_years_gives_the_length(dates_nlp):
    text = ("Saverne : l'agglomération et la Caf scellent un pacte de cinq ans\nPublié le 3 juin 2025\nLe président de "
            "l'agglomération et la directrice de la Caf du Bas-Rhin ont signé lundi la convention territoriale globale.\n")
    assert date_fields_of(dates_nlp, text)[0]["duration_years"] == 5


def test_territorial_pact_named_as_a_scheme_gives_no_length(dates_nlp):
    # guard: another scheme's name, no length after it
    text = ("La Caf et le Département ont renouvelé le pacte territorial d'insertion. La convention territoriale globale "
            "de la commune sera signée à l'automne.\n")
    assert date_fields_of(dates_nlp, text)[0]["duration_years"] is None
