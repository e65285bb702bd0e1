"""Dates component on a blank French pipeline: session 16 (the error classes read in the written sets read_aw to
read_az, read_ay's documents from PDFs first: minutes, deliberations, annexes, activity reports). Every example is
written for the test."""

from __future__ import annotations

from conftest import date_fields_of

from ctgminer.text.normalise import unwrap_lines

# -- the page's own date --------------------------------------------------------------------------------------------


def test_clause_before_a_comma_and_le_is_no_place_dateline(dates_nlp):
    text = ("COMMUNAUTÉ DE COMMUNES DU PAYS DE CRAON – Rapport annuel 2023\nEnfance et familles\nLa Communauté et la Caf "
            "ont signé, le 4 avril 2023, une convention territoriale globale pour 2023-2027.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert fields["publication_date"] is None
    assert fields["signature_date"] == "2023-04-04"


def test_place_before_a_comma_and_le_stays_a_dateline(dates_nlp):
    text = ("Saint-Denis de La Réunion, le 12 mars 2024 – La Ville et la Caf ont signé hier leur convention territoriale "
            "globale.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert fields["publication_date"] == "2024-03-12"
    assert fields["signature_date"] == "2024-03-11"


def test_signing_block_is_no_page_date(dates_nlp):
    text = ("Article 9 – Durée\nLa présente convention prend effet au 1er janvier 2025 et s'achève le 31 décembre "
            "2029.\nFait à Dinan, le 3 février 2025, en trois exemplaires originaux.\nPour la Caf des Côtes-d'Armor"
            "          Pour Dinan Agglomération\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert fields["publication_date"] is None
    assert fields["signature_date"] == "2025-02-03"


def test_dateline_with_a_middle_dot_and_byline_is_the_page_date(dates_nlp):
    text = ("Figeac\nLes familles consultées avant la nouvelle convention\n14 juin 2024 · Reportage M. L.\nUne "
            "cinquantaine de parents ont répondu à l'invitation du Grand Figeac, samedi dernier, pour préparer la "
            "prochaine convention territoriale globale avec la Caf du Lot.\n")
    assert date_fields_of(dates_nlp, text)[0]["publication_date"] == "2024-06-14"


# -- the signing -----------------------------------------------------------------------------------------------------


def test_signing_planned_for_a_half_year_is_dated_by_its_year(dates_nlp):
    text = ("Projet social de territoire – document de travail\nLe diagnostic a été mené entre janvier et mai 2024.\nIl "
            "prépare la future convention territoriale globale, dont la signature est prévue au second semestre 2025 "
            "avec la Caf de la Vienne.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] == "2025"


def test_signing_block_with_a_blank_day_is_dated_by_its_year(dates_nlp):
    text = ("CONVENTION TERRITORIALE GLOBALE – COMMUNAUTÉ DE COMMUNES DU HAUT-BERRY\nArticle 6 – Durée\nLa convention "
            "est conclue du 1er janvier 2024 au 31 décembre 2028.\nFait à Bourges, le ……………………… 2024\nCTG Haut-Berry "
            "– 3/16\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert fields["signature_date"] == "2024"
    assert (fields["period_start"], fields["period_end"]) == (2024, 2028)


def test_participle_opening_the_sentence_of_a_first_convention_named_past_its_parties_is_no_signing(dates_nlp):
    text = ("Rapport au conseil communautaire\nObjet : renouvellement de la convention territoriale globale\nSignée le 12 "
            "mars 2018 entre la Caf de la Nièvre, la Communauté et la Ville de Nevers, la première CTG portait sur "
            "trois axes. La nouvelle convention couvrira 2023-2027.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] is None


def test_day_after_the_week_before_is_no_finer_signing(dates_nlp):
    text = ("Radio Pays\nMorlaix : « une convention pour toutes les familles »\n16/05/2024\nLa Ville de Morlaix a signé "
            "la semaine dernière sa convention territoriale globale avec la Caf du Finistère. La directrice de la Caf "
            "était notre invitée ce jeudi.\nPourquoi avoir signé avec Morlaix ?\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] == "2024-05"


def test_caption_in_the_week_before_dates_the_signing_finer(dates_nlp):
    text = ("Publié le 15/07/2024\nLa convention territoriale globale a été signée la semaine dernière en mairie par le "
            "maire et la directrice de la Caf de l'Orne.\nPhoto : signature de la convention, le 9 juillet 2024.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] == "2024-07-09"


def test_agenda_line_under_a_meeting_title_is_no_signing(dates_nlp):
    text = ("Communauté de communes du Pays de Nay\nAgenda\nAtelier des familles – Diagnostic de la convention "
            "territoriale globale\nMardi 14 novembre 2023 à 18h00 – Maison des associations de Nay\nLa communauté et la "
            "Caf présentent les premiers résultats du diagnostic.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] is None


def test_target_year_for_all_territories_is_no_signing(dates_nlp):
    text = ("Publié le 03/03/2021\nLa Caf de la Creuse accompagne les intercommunalités vers la convention territoriale "
            "globale. Toutes devront avoir signé une convention d'ici fin 2022.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] is None


def test_date_wrapped_onto_the_next_line_after_le_keeps_its_signing_verb(dates_nlp):
    text = ("VAL DE GARONNE AGGLOMÉRATION\nRapport d'activité 2022\nFamilles\nAprès deux ans de diagnostic partagé avec "
            "les 43 communes, l'Agglomération a signé le\n14 juin 2022 une convention territoriale globale avec la Caf "
            "de Lot-et-\nGaronne, établie pour 2022-2026.\n")
    # (the analyser joins the wrapped lines before the pipeline reads them: text.normalise.unwrap_lines)
    assert date_fields_of(dates_nlp, unwrap_lines(text))[0]["signature_date"] == "2022-06-14"


def test_opening_clause_naming_a_review_leaves_the_signing_clause_its_date(dates_nlp):
    text = ("Rapport d'activité 2024 – Direction des solidarités\nAu vu de ce bilan, l'Agglomération a signé le 2 "
            "avril 2024 avec la Caf de l'Oise une nouvelle convention territoriale globale pour 2024-2028.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] == "2024-04-02"


# -- periods and durations -------------------------------------------------------------------------------------------


def test_first_convention_signed_on_a_day_keeps_its_period(dates_nlp):
    text = ("Rapport d'activité 2021\nLa Communauté de communes et la Caf de la Sarthe ont signé le 2 juillet 2021 leur "
            "première convention territoriale globale, pour la période 2021-2025.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"]) == (2021, 2025)


def test_period_arriving_at_its_end_is_an_earlier_conventions(dates_nlp):
    text = ("Rapport d'activité 2025\nLa CTG 2021-2025 arrivant à son terme, la Communauté prépare la prochaine "
            "convention avec la Caf du Tarn.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"]) == (None, None)


def test_action_deadline_is_no_period_end(dates_nlp):
    text = ("La Ville et la Caf ont signé jeudi la convention territoriale globale. La convention prévoit l'ouverture "
            "de deux crèches d'ici 2026.\n")
    assert date_fields_of(dates_nlp, text)[0]["period_end"] is None


def test_two_years_of_signings_are_no_period(dates_nlp):
    text = ("Mardi 6 avril 2021\nLa Caf de l'Aveyron a signé ce mardi trois conventions territoriales globales. Avec "
            "les cinq signées en 2019 et 2020, tout le département est couvert. Toutes courent jusqu'au 31 décembre "
            "2025.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    # (the signing "ce mardi", its year placed by the page's date alone, opens no period since session 22)
    assert (fields["period_start"], fields["period_end"]) == (None, 2025)


def test_period_after_the_contract_replaced_is_the_conventions(dates_nlp):
    text = ("Il y a un mois, la Ville et la Caf de l'Yonne ont signé la convention territoriale globale. Ce document, "
            "qui succède au contrat enfance jeunesse, fixe le cadre de l'action familiale de 2023 à 2027.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"]) == (2023, 2027)


def test_end_typed_without_its_u_is_read(dates_nlp):
    text = "La Ville a signé mardi 14 mars 2023 la convention territoriale globale qui la lie à la Caf jusq'en 2026.\n"
    assert date_fields_of(dates_nlp, text)[0]["period_end"] == 2026


def test_job_contract_length_is_no_duration(dates_nlp):
    text = ("Offre d'emploi\nLa communauté d'agglomération recrute un(e) chargé(e) de coopération pour sa convention "
            "territoriale globale.\nContrat de deux ans, catégorie A. Candidatures avant le 30 avril.\n")
    assert date_fields_of(dates_nlp, text)[0]["duration_years"] is None


def test_period_after_the_conventions_name_wrapped_by_a_pdf_is_its_own(dates_nlp):
    text = ("Bilan de la CTG 2018-2021\nPetite enfance | 8 actions | 6 réalisées\nEnfance | 10 actions | 9 réalisées\n"
            "Renouvellement\nForte de ce bilan, la commune de Lens a renouvelé avec la Caf du Pas-de-Calais sa Convention\n"
            "Territoriale Globale pour 2022-2026. La nouvelle convention s'ouvre à la parentalité et à l'accès aux\n"
            "droits des familles.\n")
    fields = date_fields_of(dates_nlp, unwrap_lines(text))[0]
    assert (fields["period_start"], fields["period_end"]) == (2022, 2026)


def test_end_in_a_sentence_opening_on_the_conventions_pronoun_is_its_end(dates_nlp):
    text = ("Mardi 10 octobre 2023, la Communauté de communes et la Caf de l'Ain ont signé leur convention territoriale "
            "globale. Elle trace jusqu'en 2027 les chantiers des familles du territoire.\n")
    assert date_fields_of(dates_nlp, text)[0]["period_end"] == 2027


def test_end_named_as_the_conventions_end_is_its_end(dates_nlp):
    text = ("Bulletin municipal\nLa commune reste engagée aux côtés de la Caf pour l'accueil de loisirs, jusqu'à la fin "
            "de la convention en 2026.\n")
    assert date_fields_of(dates_nlp, text)[0]["period_end"] == 2026


def test_answer_to_a_question_on_the_term_is_the_period_end(dates_nlp):
    text = ("Trois questions à la vice-présidente\nVotre agglomération vient de signer sa convention territoriale "
            "globale avec la Caf. Que change-t-elle ?\nNous coordonnons enfin nos actions pour les familles.\nJusqu'à "
            "quand court-elle ?\nJusqu'en 2029.\n")
    assert date_fields_of(dates_nlp, text)[0]["period_end"] == 2029


def test_period_followed_by_a_pluperfect_is_an_earlier_conventions(dates_nlp):
    text = ("Consultation des familles\nLa Ville et la Caf préparent une nouvelle convention territoriale globale. "
            "Rappel : la CTG 2019-2023 avait permis l'ouverture d'un relais petite enfance.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"]) == (None, None)


def test_period_the_future_convention_will_succeed_is_an_earlier_conventions(dates_nlp):
    text = ("Le 3 février 2025, l'agglomération a lancé l'élaboration de la future convention territoriale globale, qui "
            "succédera à la convention 2020-2024.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"]) == (None, None)


def test_period_in_a_link_to_another_page_is_not_the_pages(dates_nlp):
    text = ("La Ville et la Caf ont signé le 14 mars 2022 la convention territoriale globale couvrant la période "
            "2022-2026.\nEn savoir plus sur les CTG du département : la CTG du Pays voisin, une convention pour "
            "2023-2027\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"]) == (2022, 2026)


def test_working_documents_version_date_places_a_signing_to_come(dates_nlp):
    text = ("Communauté de communes du Grésivaudan\nProjet social de territoire 2025-2029\nSynthèse pour les habitants – "
            "version du 10 janvier 2025\nLe mot du Président\nCe projet sera le cœur de la convention territoriale "
            "globale que nous signerons le 14 février prochain avec la Caf de l'Isère.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] == "2025-02-14"


def test_signing_block_closed_by_a_full_stop_ending_its_line_signs(dates_nlp):
    text = ("Article 7 – Durée de la convention\nLa présente convention prend effet au 1er janvier 2024 et s'achève le "
            "31 décembre 2028.\nFait à Vire, le 12 février 2024.\nCTG Intercom de la Vire au Noireau – 14/14\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] == "2024-02-12"
