"""Dates component on a blank French pipeline: session 17 (the error classes read in the written sets read_ba to
read_bd, read_bc's documents first: convention pages, job offers, projets sociaux de territoire, other schemes beside
the CTG). Every example is written for the test."""

from __future__ import annotations

from conftest import date_fields_of

# -- the page's own date --------------------------------------------------------------------------------------------


def test_signing_block_in_a_page_header_is_no_page_date(dates_nlp):
    # a convention's last page: its signing block stands among the first lines, short, and dates the signing only
    text = ("Convention territoriale globale – Pays de Fayence – 2024-2028          Page 21\nARTICLE 12 – SIGNATURES\n"
            "Fait à Fayence, le 4 juin 2024\nPour la Caisse d'allocations familiales du Var,\nLe Directeur\nPour la "
            "Communauté de communes du Pays de Fayence,\nLe Président\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert fields["publication_date"] is None
    assert fields["signature_date"] == "2024-06-04"


def test_job_offer_start_of_post_is_no_page_date(dates_nlp):
    # "Prise de poste" is a post's starting day (and "poste", the noun, is not "posté le", a posting's date)
    text = ("OFFRE D'EMPLOI\nCommunauté de communes du Val d'Amour\nChargé(e) de mission convention territoriale "
            "globale\nPrise de poste : 2 septembre 2024\nLa Communauté de communes anime sa CTG avec la Caf du Jura.\n")
    assert date_fields_of(dates_nlp, text)[0]["publication_date"] is None


# -- the signing -----------------------------------------------------------------------------------------------------


def test_fronted_signing_participle_dates_the_convention_it_qualifies(dates_nlp):
    # the participle opens the sentence, its subject ("cette convention") comes after the comma, across a line break
    # a PDF layout left there
    text = ("PROJET SOCIAL DE TERRITOIRE\nConvention territoriale globale 2022-2026\nÉdito\nNos villages ont besoin de "
            "services pour garder leurs familles et en accueillir de nouvelles. Signée le 14 octobre 2022 à Rieupeyroux,\n"
            "cette convention trace notre chemin commun pour cinq ans.\nNos priorités\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] == "2022-10-14"


# -- the period ------------------------------------------------------------------------------------------------------


def test_other_scheme_signed_with_its_own_period_is_not_the_ctg_period(dates_nlp):
    # a contrat local de santé signed (its acronym in brackets), the CTG only named later in passing
    text = ("Santé : un contrat local de santé pour le Vicdessos\nPublié le 12/09/2024\nLe contrat local de santé (CLS) "
            "du Vicdessos a été signé mardi à Auzat par l'ARS, la préfecture et la Caf de l'Ariège, pour la période "
            "2024-2028.\nIl porte sur l'accès aux soins et la prévention.\nLe territoire a aussi une convention "
            "territoriale globale avec la Caf.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert fields["period_start"] is None
    assert fields["period_end"] is None


def test_other_contract_signed_on_a_weekday_is_no_ctg_signing(dates_nlp):
    # a contrat de ville signed, the Caf among its signatories; the CTG named only later, in passing
    text = ("Montauban : le contrat de ville signé\nLa Dépêche – 22/03/2024\nPréfecture, Ville, Département et Caf de "
            "Tarn-et-Garonne : douze partenaires ont paraphé jeudi le contrat de ville « Quartiers 2030 ».\nIl vise "
            "l'emploi et la réussite éducative dans trois quartiers.\nLa Caf rappelle que ses actions suivent aussi la "
            "convention territoriale globale de l'agglomération.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] is None


# -- the duration ----------------------------------------------------------------------------------------------------


def test_a_span_told_by_pendant_is_no_term(dates_nlp):
    # "pendant N ans" tells the past as often as the term: it is not read as the convention's duration
    text = ("La Communauté de communes et la Caf du Cantal ont signé leur convention territoriale globale le 6 mai "
            "2024.\nPendant six ans, le contrat enfance jeunesse avait financé la crèche et l'accueil de loisirs.\n")
    assert date_fields_of(dates_nlp, text)[0]["duration_years"] is None


def test_duration_after_the_bracketed_acronym_or_a_document(dates_nlp):
    text = ("Le maire et la directrice de la Caf ont signé jeudi une convention territoriale globale (CTG) de cinq ans "
            "pour les familles de Saint-Leu.\n")
    assert date_fields_of(dates_nlp, text)[0]["duration_years"] == 5
    text = ("La convention territoriale globale du Val de Drôme est signée. Un document de quatre ans, qui engage la "
            "Communauté et la Caf sur un plan d'actions.\n")
    assert date_fields_of(dates_nlp, text)[0]["duration_years"] == 4


def test_duration_on_a_page_without_accents(dates_nlp):
    text = ("La Ville et la Caf de la Guadeloupe preparent la future convention territoriale globale, qui fixera pour "
            "les cinq prochaines annees les priorites en faveur des familles.\n")
    assert date_fields_of(dates_nlp, text)[0]["duration_years"] == 5


def test_duration_opening_a_sentence_or_a_title(dates_nlp):
    text = ("Brèves\nMardi 3 octobre, la commune de Lons et la Caf des Pyrénées-Atlantiques ont signé leur convention "
            "territoriale globale. Cinq ans, quatre axes : la petite enfance, les loisirs, les parents, les droits.\n")
    assert date_fields_of(dates_nlp, text)[0]["duration_years"] == 5


def test_end_year_after_a_stated_length_on_a_ctg_page(dates_nlp):
    # the sentence names no CTG (its subject is the process), but it gives the length and the end side by side
    text = ("Le 9 février, la Communauté de communes du Pays de Lure et la Caf de la Haute-Saône ont signé leur "
            "convention territoriale globale.\nLe travail, engagé en 2022, a associé les maires et les associations. "
            "Il débouche sur un plan de travail sur quatre ans, jusqu'en 2026, centré sur l'accueil des enfants.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"], fields["duration_years"]) == (2023, 2026, 4)


def test_fact_box_signing_field_dates_the_page_ctg(dates_nlp):
    # a CTG page's fact box: the signatories' line above names no CTG, the page's title does
    text = ("Communauté de communes du Grand Pic Saint-Loup\nAccueil / Familles / CTG\nConvention territoriale globale "
            "2023-2027\nSignataires : Caf de l'Hérault, Communauté de communes du Grand Pic Saint-Loup\nDate de "
            "signature : 12 juin 2023\nThématique\tEnjeu\nPetite enfance\tDes places dans les villages\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] == "2023-06-12"


def test_evaluation_report_month_is_no_page_date(dates_nlp):
    text = ("ÉVALUATION DE LA CONVENTION TERRITORIALE GLOBALE 2018-2022\nCommunauté de communes du Pays de Gex – Caf de "
            "l'Ain\nRapport final – juin 2022\nSynthèse\nLa première CTG a couvert 27 communes.\n")
    assert date_fields_of(dates_nlp, text)[0]["publication_date"] is None
