"""Dates component on a blank French pipeline: session 15 (the error classes read in the written sets read_as to
read_av). Every example is written for the test.
A council's session heading a deliberation ("Séance du 27 juin 2022") stays the page's date: the real gold reads it so
(dev2), though the written sets leave such pages undated; a month-only issue date heading a magazine is left as it was
(the written sets' gold reads it both ways)."""

from __future__ import annotations

from conftest import date_fields_of

# -- the page's own date --------------------------------------------------------------------------------------------


def test_masthead_date_after_a_separator_closing_a_long_line_is_the_page_date(dates_nlp):
    text = ("L'Est Républicain – édition de Lunéville-Baccarat | 4 avril 2024\nLunéville signe sa CTG\nLa Ville et la "
            "Caf de Meurthe-et-Moselle ont signé mardi leur convention territoriale globale pour 2024-2027.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert fields["publication_date"] == "2024-04-04"
    assert fields["signature_date"] == "2024-04-02"


def test_dateline_with_weekday_and_time_alone_on_its_line_is_the_page_date(dates_nlp):
    text = ("Le Progrès – Jura\nDole : la Ville et la Caf signent leur convention\nMercredi 6 mars 2024 à 19:05\nLa Ville "
            "de Dole et la Caf du Jura ont signé mardi leur convention territoriale globale pour 2024-2027.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert fields["publication_date"] == "2024-03-06"
    assert fields["signature_date"] == "2024-03-05"


def test_planned_date_in_an_action_sheet_is_no_page_date(dates_nlp):
    text = ("ANNEXE 2 – PLAN D'ACTIONS\nConvention territoriale globale 2023-2026 – Ville de Lons\nAction 1 : un relais "
            "petite enfance\nÉchéancier : étude 2023, ouverture prévue octobre 2024\nAction 2 : accueil de loisirs\n")
    assert date_fields_of(dates_nlp, text)[0]["publication_date"] is None


def test_post_to_fill_with_a_colon_is_no_page_date(dates_nlp):
    text = ("Communauté de communes du Val de Cher\nOffre d'emploi : chargé(e) de coopération CTG\nDate limite : "
            "10/04/2024\nPoste à pourvoir : 1er juin 2024\nLa communauté de communes met en œuvre sa convention "
            "territoriale globale avec la Caf.\n")
    assert date_fields_of(dates_nlp, text)[0]["publication_date"] is None


def test_two_month_issue_is_no_page_date_but_dates_last_month(dates_nlp):
    text = ("ÉCHOS DE MONTLUEL – mars-avril 2024 – page 6\nLa convention territoriale globale signée en février dernier "
            "avec la Caf de l'Ain engage la commune jusqu'en 2027.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert fields["publication_date"] is None
    assert fields["signature_date"] == "2024-02"


# -- the signing -----------------------------------------------------------------------------------------------------


def test_partnership_convention_named_after_the_signing_date_is_no_ctg_signing(dates_nlp):
    text = ("Caf du Cher – Actualités\nInsertion : la Caf et le Département renforcent leur coopération\n15 mai 2024\nLa "
            "Caf du Cher et le Département ont signé le 13 mai, à Bourges, une convention de partenariat pour "
            "l'accompagnement des bénéficiaires du RSA.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] is None


def test_diagnostic_given_back_on_a_weekday_is_no_signing(dates_nlp):
    text = ("Publié le 12/03/2025\nJeudi soir, à la salle des fêtes, le cabinet chargé du diagnostic de la future "
            "convention territoriale globale a restitué ses résultats aux élus, en présence de la Caf du Gard.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] is None


def test_deliberation_closing_made_at_is_no_signing(dates_nlp):
    text = ("COMMUNE DE SAINT-AMAND\nExtrait du registre des délibérations du conseil municipal\nSéance du 14 mars 2024\n"
            "Objet : Convention territoriale globale 2024-2028 avec la Caf du Cher\nLe conseil municipal,\nVu le code "
            "général des collectivités territoriales,\nConsidérant que le contrat enfance jeunesse a pris fin et que la "
            "Caf finance désormais les équipements par des bonus territoire dans le cadre d'une convention territoriale "
            "globale,\nConsidérant le diagnostic partagé présenté en comité de pilotage et les orientations retenues pour "
            "la période 2024-2028,\nAprès en avoir délibéré, à l'unanimité,\nDÉCIDE\n- d'approuver la convention "
            "territoriale globale 2024-2028 avec la Caf du Cher,\n- d'autoriser le maire à la signer ainsi que tout "
            "document s'y rapportant,\n- de désigner l'adjointe aux affaires sociales pour siéger au comité de pilotage "
            "de la convention et à ses instances techniques.\nFait à Saint-Amand, le 15 mars 2024\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert fields["signature_date"] is None
    assert fields["publication_date"] == "2024-03-14"  # the session heading it (see the module's note)


def test_convention_signing_block_stays_the_signing(dates_nlp):
    # a convention's own closing, no deliberation above it: its signing
    text = ("CONVENTION TERRITORIALE GLOBALE 2024-2028\nEntre la Caisse d'allocations familiales du Cher et la commune "
            "de Saint-Amand\nArticle 6 – Durée\nLa présente convention est conclue pour la période 2024-2028.\nFait à "
            "Bourges, le 2 avril 2024, en deux exemplaires originaux.\nPour la Caf du Cher\nPour la commune\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] == "2024-04-02"


# -- the period and the duration ------------------------------------------------------------------------------------


def test_replaced_scheme_in_a_relative_clause_leaves_the_period(dates_nlp):
    text = ("Publié le 3 mars 2022\nLa Ville de Dole et la Caf du Jura ont signé lundi la convention territoriale "
            "globale. La CTG, qui remplace le contrat enfance jeunesse, est conclue pour quatre ans, de 2022 à 2025.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"], fields["duration_years"]) == (2022, 2025, 4)


def test_replaced_scheme_then_the_conventions_own_verb_leaves_the_period(dates_nlp):
    text = ("Publié le 3 mars 2022\nLa Ville de Dole et la Caf du Jura ont signé lundi la convention territoriale "
            "globale. Elle remplace le contrat enfance jeunesse et court de 2022 à 2025.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"]) == (2022, 2025)


def test_earlier_convention_signed_for_a_period_is_still_no_period(dates_nlp):
    text = ("Publié le 3 mars 2022\nLa Ville de Dole et la Caf du Jura ont signé lundi leur nouvelle convention "
            "territoriale globale. Elle succède à la première CTG signée pour 2018-2021.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"]) == (None, None)


def test_end_told_by_the_conventions_ending(dates_nlp):
    text = ("Publié le 3 mars 2022\nLa Ville de Dole et la Caf du Jura ont signé lundi la convention territoriale "
            "globale. Elle prendra fin en décembre 2025.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert fields["period_end"] == 2025


def test_earlier_scheme_that_ended_gives_no_end(dates_nlp):
    text = ("Publié le 3 mars 2022\nLa Ville de Dole et la Caf du Jura ont signé lundi la convention territoriale "
            "globale. Le contrat enfance jeunesse a pris fin en 2021.\n")
    assert date_fields_of(dates_nlp, text)[0]["period_end"] is None


def test_plural_documents_running_to_an_end(dates_nlp):
    text = ("Publié le 11/12/2023\nLe jeudi 7 décembre 2023, la Caf de l'Aisne a signé deux conventions territoriales "
            "globales, l'une avec la CC du Vermandois, l'autre avec la CC de la Thiérache. Les deux documents courent "
            "jusqu'au 31 décembre 2027.\n")
    assert date_fields_of(dates_nlp, text)[0]["period_end"] == 2027


def test_duration_the_period_implies_wins_a_tie(dates_nlp):
    text = ("Radio Bresse – Le journal\nLouhans : « Une convention pour dix ans de retard »\nPublié le 5 juin 2024\nLa "
            "communauté de communes et la Caf de Saône-et-Loire ont signé hier leur convention territoriale globale.\n"
            "Qu'est-ce que cela change ?\nElle nous engage, avec la Caf, sur quatre ans, de 2024 à 2027.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"], fields["duration_years"]) == (2024, 2027, 4)


def test_territory_bound_since_a_year_starts_the_period(dates_nlp):
    text = ("Notre projet social de territoire\nDepuis 2022, la Communauté de communes du Pays de Lure est liée à la Caf "
            "de la Haute-Saône par une convention territoriale globale. Elle fixe nos priorités pour les familles.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"]) == (2022, None)


def test_bound_since_a_month_for_some_years_gives_the_period(dates_nlp):
    text = ("Notre projet social de territoire\nDepuis janvier 2023, la commune de Vic est liée à la Caf par une "
            "convention territoriale globale, signée pour quatre ans. Elle fixe nos priorités pour les familles.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"], fields["duration_years"]) == (2023, 2026, 4)


def test_a_process_or_a_coverage_since_a_year_starts_no_period(dates_nlp):
    for text in ("Depuis 2020, la Caf a engagé avec les intercommunalités une démarche de convention territoriale "
                 "globale.\n",
                 "Le département est couvert par des conventions territoriales globales depuis 2022.\n",
                 "Cette CTG est l'aboutissement d'un travail engagé depuis 2021 avec les familles.\n"):
        assert date_fields_of(dates_nlp, text)[0]["period_start"] is None


def test_meeting_title_closed_by_a_dash_and_its_date_is_no_page_date(dates_nlp):
    # only a bar lets a long header line end on the page's date: a dash also closes an event's title
    text = ("Communauté de communes du Pays de Craon\nComité de pilotage de la convention territoriale globale – 14 mai "
            "2024\nCompte rendu\nPrésents : les élus référents, la Caf de la Mayenne, la MSA.\n")
    assert date_fields_of(dates_nlp, text)[0]["publication_date"] is None


def test_first_year_since_a_signing_yields_to_the_stated_period(dates_nlp):
    text = ("Lettre d'infos n°9\nBrèves\n• Familles : la convention territoriale globale avec la Caf de l'Yonne est "
            "signée depuis le 4 février 2025. Pour 2025-2028, elle prévoit un nouveau multi-accueil.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"], fields["duration_years"]) == (2025, 2028, 4)
    assert fields["signature_date"] == "2025-02-04"


def test_range_of_several_years_on_a_ctg_page_is_its_period(dates_nlp):
    text = ("Publié le 10/02/2025\nLa Ville de Roanne a renouvelé sa convention territoriale globale avec la Caf de la "
            "Loire le 6 février. Les élus ont salué le travail des équipes. Pour 2025-2029, un seul nouveau chantier s'ajoute aux actions existantes : un lieu "
            "d'accueil enfants-parents.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"], fields["duration_years"]) == (2025, 2029, 5)


def test_length_and_range_with_the_replaced_contract_after_them(dates_nlp):
    text = ("Une CTG, c'est quoi ?\nDepuis décembre, la communauté de communes et la Caf de l'Orne travaillent ensemble. "
            "Un contrat de confiance, pour cinq ans (2024-2028), qui remplace l'ancien contrat enfance jeunesse.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"], fields["duration_years"]) == (2024, 2028, 5)


def test_duration_of_a_document_replacing_the_cej(dates_nlp):
    text = ("Publié le 4 juillet 2023\nLe 29 juin, la commune et la Caf de l'Ain ont signé la convention territoriale "
            "globale. Ce document remplace le contrat enfance jeunesse (CEJ) arrivé à échéance et fixe, pour les cinq "
            "prochaines années, un cadre commun d'intervention.\n")
    assert date_fields_of(dates_nlp, text)[0]["duration_years"] == 5


def test_next_convention_scored_by_its_own_words_stays_below_the_extended_one(dates_nlp):
    text = ("Extrait du registre des délibérations du conseil communautaire\nVu la convention territoriale globale signée "
            "le 3 décembre 2020 avec la Caf de la Creuse pour la période 2020-2024 ;\nArticle 1 : d'approuver l'avenant "
            "n°1 prolongeant la convention territoriale globale jusqu'au 31 décembre 2025 ;\nArticle 2 : d'autoriser le "
            "président à le signer ;\nArticle 3 : de lancer avec la Caf les travaux préparatoires à la future convention "
            "2026-2030.\n")
    assert date_fields_of(dates_nlp, text)[0]["period_end"] == 2025


def test_earlier_conventions_term_ending_on_a_day_is_no_signing(dates_nlp):
    text = ("CONSEIL MUNICIPAL DU 12 DÉCEMBRE 2024\nL'adjointe expose que la première convention territoriale globale, "
            "signée pour les années 2021 à 2024, arrive à son terme le 31 décembre prochain. Il est proposé de la "
            "renouveler pour quatre ans.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] is None


# -- other schemes (text.cues.OTHER_SCHEME, shared) -------------------------------------------------------------------


def test_a_centre_social_named_by_its_place_is_no_other_scheme(dates_nlp):
    # a news item: the CTG's own sentence names the centre social where an action takes place ("centre social de
    # Beauregard"); only a centre named by its own capitalised name ("centre social Jean-Moulin") is one
    text = ("Annonay – En bref\nLa Ville a renouvelé sa CTG avec la Caf de l'Ardèche le 4 mars. Pour 2025-2029, une "
            "seule nouveauté : un lieu d'accueil enfants-parents au centre social de Beauregard.\n")
    assert date_fields_of(dates_nlp, text)[0]["period_end"] == 2029


def test_a_facility_s_own_agreement_gives_no_duration(dates_nlp):
    # a press article: the centre social's agrément, renewed for its own length, is not the convention's duration
    text = ("Vichy Communauté et la Caf de l'Allier ont signé jeudi leur convention territoriale globale pour 2022-2026.\n"
            "Le centre social de Cusset, qui accueille le public de toute l'agglomération, vient d'obtenir le "
            "renouvellement de son agrément pour quatre ans.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert fields["period_end"] == 2026 and fields["duration_years"] == 5
