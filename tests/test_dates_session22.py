"""Dates component on a blank French pipeline: session 22 (the error classes read in the new written sets read_bp,
read_bq and read_br, checked across the older read sets). Every example is written for the test."""

from __future__ import annotations

from conftest import date_fields_of

# -- the publication date ----------------------------------------------------------------------------------------------


def test_deliberation_certificate_dates_its_publication(dates_nlp):
    # a deliberation's extract: the meeting in its header, its filing and publication certified at its foot
    text = ("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\nSéance du 12 mars 2023\nObjet : Convention territoriale globale "
            "2023-2027 avec la Caf du Lot\nLe conseil communautaire, après en avoir délibéré, approuve la convention et "
            "autorise le Président à la signer.\nPour extrait conforme.\nActe rendu exécutoire après dépôt en préfecture "
            "le 16/03/2023 et publication le 17/03/2023.\n")
    assert date_fields_of(dates_nlp, text)[0]["publication_date"] == "2023-03-17"


# -- the signature date ------------------------------------------------------------------------------------------------


def test_council_adoption_told_by_a_weekday_is_no_signing(dates_nlp):
    # a press brief dated by its paper: the council adopted the convention on a weekday; nobody signed it yet
    text = ("Albi : la convention avec la Caf votée\nLa Dépêche – 16/05/2024\nLe conseil communautaire a approuvé mardi "
            "soir la convention territoriale globale qui liera l'agglomération à la Caf du Tarn de 2024 à 2028. Les élus "
            "de l'opposition se sont abstenus.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert fields["signature_date"] is None
    assert (fields["period_start"], fields["period_end"]) == (2024, 2028)


def test_signing_after_a_council_adoption_is_kept(dates_nlp):
    # the adoption and the signing told apart: the signing keeps its date
    text = ("Albi : la convention avec la Caf signée\nLa Dépêche – 16/05/2024\nLe président de l'agglomération et la "
            "directrice de la Caf du Tarn ont signé mardi la convention territoriale globale, que le conseil communautaire "
            "avait approuvée en avril.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] == "2024-05-14"


def test_network_meeting_in_a_headline_is_no_signing(dates_nlp):
    # a Caf's partners page reporting a day of its CTG network
    text = ("Caf du Var – Espace partenaires\nRetour sur la rencontre départementale des chargés de coopération CTG du 14 "
            "mars 2024\nUne soixantaine de chargés de coopération des conventions territoriales globales ont échangé sur "
            "l'évaluation et la participation des familles.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] is None


def test_signing_block_at_a_place_named_with_its_article(dates_nlp):
    # a convention's own text, read from its PDF: its signing block names a town with its article ("au Mans")
    text = ("CONVENTION TERRITORIALE GLOBALE\nEntre la Caf de la Sarthe et Le Mans Métropole\nArticle 1 – Objet\nLa "
            "présente convention définit le projet social du territoire.\nArticle 9 – Durée\nLa présente convention est "
            "conclue pour cinq ans, du 1er janvier 2025 au 31 décembre 2029.\nFait au Mans, le 3 février 2025, en deux "
            "exemplaires.\nPour la Caf de la Sarthe\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] == "2025-02-03"


def test_minutes_session_day_places_a_speakers_last_month(dates_nlp):
    # a small town's minutes: the mayor tells the signing of the intercommunal CTG "le 17 mars dernier"
    text = ("Commune de Bèze\nCompte rendu de la réunion du conseil municipal du 12 avril 2023\nPrésents : 11 conseillers "
            "sur 15.\n3) Convention territoriale globale\nLe maire explique que la communauté de communes a signé le 2 "
            "mars dernier avec la Caf de la Côte-d'Or une convention territoriale globale pour 2023-2026 et que la commune "
            "est invitée à y adhérer. Le conseil accepte à l'unanimité.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert fields["signature_date"] == "2023-03-02"
    assert fields["publication_date"] is None


def test_round_up_of_signings_by_their_days_takes_the_year_holding_them(dates_nlp):
    # a Caf's yearly round-up: the conventions of the year, each signed on its day
    text = ("Caf de la Lozère\nActualités partenaires\nPublié le 12 janvier 2026\nTrois conventions territoriales "
            "globales ont été signées en 2025 en Lozère.\nMende : la Ville a signé sa convention le 6 octobre.\nMarvejols "
            ": la communauté de communes a signé sa nouvelle convention le 18 novembre.\nLanguedoc : la convention a été "
            "signée le 2 décembre.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] == "2025"


def test_page_date_is_no_finer_reading_of_the_signing_month(dates_nlp):
    # a Caf's news item: signings told by their month in the headline, the item dated below it
    text = ("Caf du Val-d'Oise\nTrois nouvelles conventions territoriales globales signées en juin\nPublié le "
            "27/06/2025\nLe mois de juin a été riche pour la Caf du Val-d'Oise, qui a signé trois conventions "
            "territoriales globales avec des communes du département.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] == "2025-06"


def test_two_years_joined_date_several_signings_not_the_pages(dates_nlp):
    # a Caf's round-up of its department's conventions: the first ones were signed over two years
    text = ("Caf de la Nièvre\nRencontre des partenaires des CTG\nPublié le 3 décembre 2024\nToutes les "
            "intercommunalités du département ont une CTG. Les plus anciennes, signées en 2018 et 2019, arrivent à "
            "échéance et seront renouvelées en 2025.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] is None


# -- the duration ------------------------------------------------------------------------------------------------------


def test_another_conventions_length_gives_way_to_the_ctg_period(dates_nlp):
    # a council's minutes: the CTG named with its period on one item, another convention renewed for a length on the next
    text = ("Compte rendu du conseil municipal\nSéance du 9 juin 2022\n3. Convention territoriale globale du Val d'Oise "
            "– adhésion\nLe maire présente la convention territoriale globale 2022-2026 élaborée avec la Caf. Adopté à "
            "l'unanimité.\n4. Piscine intercommunale\nLa convention avec le syndicat pour l'accès des écoliers au bassin "
            "est renouvelée pour trois ans. Adopté à l'unanimité.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"], fields["duration_years"]) == (2022, 2026, 5)


# -- the period --------------------------------------------------------------------------------------------------------


def test_signing_placed_by_the_page_date_alone_opens_no_period(dates_nlp):
    # a press story: the signing told by its weekday, the convention by its end alone (the first year left open)
    text = ("Le Courrier du Loiret – 8 mars 2024\nLa Ville et la Caf du Loiret ont signé mardi leur convention "
            "territoriale globale. Elle court jusqu'en 2028.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["signature_date"], fields["period_start"], fields["period_end"]) == ("2024-03-05", None, 2028)
    # ... its year written, the signing opens it
    text = text.replace("mardi", "le 5 mars 2024")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["signature_date"], fields["period_start"], fields["period_end"]) == ("2024-03-05", 2024, 2028)
