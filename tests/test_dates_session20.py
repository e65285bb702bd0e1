"""Dates component on a blank French pipeline: session 20 (the error classes read in the new written sets read_bi and
read_bj, checked across the older read sets). Every example is written for the test."""

from __future__ import annotations

from conftest import date_fields_of

# -- the period --------------------------------------------------------------------------------------------------------


def test_convention_signed_in_a_year_for_a_length_tells_its_period(dates_nlp):
    # a review meeting's page: the convention told by its signing year and its length only
    text = ("La CTG à mi-parcours\nLe comité de pilotage s'est réuni le 12 mars 2025 à la mairie de Lunel-Viel. Il a "
            "fait le point sur la convention territoriale globale, signée en 2022 pour quatre ans.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"]) == (2022, 2025)


def test_signed_for_a_length_beats_the_next_conventions_range(dates_nlp):
    # the current convention in its last year; the next one's range is only being prepared
    text = ("Bilan de la convention territoriale globale\nSignée en 2020 pour cinq ans, la CTG de la commune arrive à "
            "son terme. La future convention 2025-2029 sera présentée au conseil municipal à l'automne.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"]) == (2020, 2024)


def test_signed_late_in_a_year_for_a_length_starts_the_next_year(dates_nlp):
    text = ("Petite enfance : point d'étape\nSignée en novembre 2023 pour quatre ans, la convention territoriale "
            "globale de la communauté de communes entre dans sa deuxième année.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"]) == (2024, 2027)


def test_earlier_convention_signed_for_a_length_tells_no_period(dates_nlp):
    text = ("Une nouvelle CTG pour la Ville\nLa précédente convention, signée en 2018 pour quatre ans, portait sur la "
            "petite enfance. La Ville et la Caf ont signé mardi la nouvelle convention territoriale globale.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert fields["period_start"] != 2018


def test_first_convention_signed_for_a_length_before_the_new_ones_end_tells_no_period(dates_nlp):
    # the first convention named by its ordinal alone, or as the subject its participle opens on
    text = ("La commune renouvelle sa CTG\nJeudi, la Ville et la Caf ont officialisé la deuxième convention territoriale "
            "globale. La première, signée en 2017 pour quatre ans, portait sur la petite enfance. La nouvelle convention "
            "court jusqu'en 2027.\n")
    assert date_fields_of(dates_nlp, text)[0]["period_start"] != 2017
    text = ("Une deuxième CTG\nSignée en 2018 pour trois ans, puis prolongée d'un an, la première convention territoriale "
            "globale avait permis d'ouvrir un relais. La seconde, signée lundi, couvre la période 2023-2027.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"]) == (2023, 2027)


def test_convention_signed_for_a_length_then_extended_runs_to_its_new_end(dates_nlp):
    text = ("Un avenant pour la CTG\nLe conseil a voté lundi un avenant à la convention territoriale globale. Signée en "
            "2019 pour quatre ans, elle devait s'achever fin 2022 ; elle courra désormais jusqu'à fin 2023.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"]) == (2019, 2023)


def test_first_convention_that_the_new_one_prolongs_is_the_earlier_ones(dates_nlp):
    # the renewal verb's object is the first convention: its bracketed years are the earlier term (here above the
    # new term, whose sentence names a departmental scheme too)
    text = ("La Ville et la Caf signent leur deuxième CTG\nLe 4 mars 2025, la Ville et la Caf de l'Aude ont signé la "
            "convention territoriale globale 2025-2029, qui tient lieu de schéma des services aux familles.\nCe "
            "document prolonge la première CTG (2020-2024), centrée sur la petite enfance, et ouvre de nouveaux "
            "chantiers.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"]) == (2025, 2029)


# -- the page's own date -------------------------------------------------------------------------------------------


def test_guide_edition_year_in_the_header_dates_the_page(dates_nlp):
    # a Caf's method guide, dated by its yearly edition only
    text = ("Caf de la Sarthe\nLA CTG PAS À PAS\nGuide pour les élus – édition 2024\n1. À quoi sert une CTG ?\nElle "
            "organise l'offre de services aux familles sur le territoire.\n")
    assert date_fields_of(dates_nlp, text)[0]["publication_date"] == "2024"
    text = "Caf de la Sarthe\nLA CTG PAS À PAS\nÉdition 2024\nÉtape 1 : s'engager\nLa commune délibère.\n"
    assert date_fields_of(dates_nlp, text)[0]["publication_date"] == "2024"


def test_local_edition_of_a_newspaper_gives_no_year_of_its_own(dates_nlp):
    text = ("Le Courrier – édition de Vendôme\nLa commune et la Caf signent leur CTG\nLa convention territoriale globale "
            "a été signée mardi.\n")
    assert date_fields_of(dates_nlp, text)[0]["publication_date"] is None


def test_amendment_extending_a_convention_runs_its_period_to_the_new_end(dates_nlp):
    # an amendment's deliberation: the convention's range in its object, its new end in the article
    text = ("Objet : Avenant n°1 à la Convention territoriale globale 2019-2023\nLa Caf propose de prolonger la "
            "convention d'une année afin de mener son évaluation.\nArticle 1 : d'approuver l'avenant prolongeant la "
            "convention territoriale globale jusqu'au 31 décembre 2024.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"], fields["duration_years"]) == (2019, 2024, 6)


def test_convention_running_on_to_a_new_end_is_extended(dates_nlp):
    text = ("Par avenant, la commune et la Caf ont prolongé d'un an leur convention territoriale globale, conclue pour "
            "la période 2020-2023. Elle court désormais jusqu'au 31 décembre 2024.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"]) == (2020, 2024)


def test_new_conventions_later_end_is_no_extension(dates_nlp):
    # the new convention's own term, not an extension of the earlier one
    text = ("La Ville et la Caf ont signé mardi la convention territoriale globale 2024-2028. La précédente, prolongée "
            "jusqu'au 31 décembre 2023, portait sur la petite enfance.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"]) == (2024, 2028)


def test_amendment_telling_the_new_end_alone_starts_at_the_former_terms_start(dates_nlp):
    # the former term's range is stated as the one the convention was concluded for; the new end follows
    text = ("Objet : Avenant n°1 à la Convention territoriale globale avec la Caf de l'Orne\nVu la convention conclue le "
            "10 décembre 2019 pour la période 2019-2023 ;\nArticle 1 : d'approuver l'avenant prolongeant la "
            "convention jusqu'au 31 décembre 2024.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"], fields["duration_years"]) == (2019, 2024, 6)


def test_amendment_telling_the_new_end_alone_starts_at_the_conventions_signing(dates_nlp):
    # no former range: the year the convention was signed (not the amendment's own signing)
    text = ("Le conseil a approuvé un avenant à la convention territoriale globale signée avec la Caf du Cher le 14 "
            "décembre 2021. Le président a signé l'avenant le 3 juin 2024. La convention est prolongée jusqu'au 31 "
            "décembre 2025.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"], fields["duration_years"]) == (2021, 2025, None)


# -- the signing -----------------------------------------------------------------------------------------------------


def test_programme_of_a_signing_ceremony_dates_the_signing_by_its_day_line(dates_nlp):
    # an invitation: the day heads the programme, the signing is one of its timed lines
    text = ("Invitation – Signature de la Convention territoriale globale\nMardi 11 mars 2025 – 18h00\nSalle du conseil, "
            "Gourdon\nLa Ville et la Caf du Lot vous convient à la cérémonie.\nProgramme\n18h00 – Accueil\n18h30 – "
            "Signature de la convention\n19h00 – Pot de l'amitié\nPublié le 3 mars 2025\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] == "2025-03-11"


def test_weeks_agenda_dates_the_signing_by_its_day(dates_nlp):
    text = ("AGENDA\nCommunauté de communes – Semaine du 6 au 12 octobre 2025\nLundi 6 octobre\n18h00 – Conseil "
            "communautaire – Salle des fêtes\nJeudi 9 octobre\n10h30 – Signature de la CTG avec la Caf de la Manche – "
            "Maison de l'intercommunalité\nVendredi 10 octobre\n09h00 – Visite de la crèche\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] == "2025-10-09"


def test_commune_joining_by_amendment_gets_no_start_from_the_amendments_signing(dates_nlp):
    # the amendment (masculine) signed by the mayor late in a year: no start year for the convention it joins
    text = ("Notre commune rejoint la convention territoriale globale de la communauté de communes. Le conseil a approuvé "
            "l'avenant qui nous y rattache, et le maire l'a signé le 4 décembre 2024. Les financements de la Caf sont "
            "maintenus jusqu'à la fin de la convention en 2027.\n")
    assert date_fields_of(dates_nlp, text)[0]["period_start"] is None
