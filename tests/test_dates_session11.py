"""Dates component on a blank French pipeline: the error classes read in the written sets read_aa to read_af
(session 11). Every example is written for these tests."""

from __future__ import annotations

import pytest
from conftest import date_fields_of, parse_annotated


# -- page dates: a publication told below a header's date, dates of other things in the header --------------------
@pytest.mark.parametrize(("text", "publication"), [
    # a deliberation's extract is dated by its session (as the real gold reads it; see the cue's note)
    ("COMMUNE DE SAINT-GENIEZ\nExtrait du registre des délibérations du conseil municipal\nSéance du 14 mars 2023\n"
     "Objet : convention territoriale globale 2023-2026 avec la Caf de l'Aveyron", "2023-03-14"),
    # the previous session's minutes approved in an agenda
    ("Conseil municipal – Ordre du jour\n1. Approbation du procès-verbal de la séance du 2 avril 2024\n2. CTG", None),
    # a deliberation's visa quotes a letter's date
    ("Le Conseil,\nVu le courrier de la Caf de l'Aude en date du 4 mai 2021,\nApprouve la convention.", None),
    # a posting told below the session's date is the page's date
    ("Ville de Landerneau\nConseil municipal du 24 juin 2024 – Compte rendu\nAffiché le 28 juin 2024\n1. La "
     "convention territoriale globale est adoptée.", "2024-06-28"),
    # a publication told at the page's end beats the session heading it
    ("Grand Périgueux\nConseil communautaire – séance du jeudi 12 décembre 2024\n1. Budget primitif 2025\n2. "
     "Questions diverses\nPublié le 17/12/2024", "2024-12-17"),
    # an update replaces no byline's date
    ("Trois communes signent avec la Caf\nPar 23/11/2021 - 10:05 • Mis à jour le 02/02/2023 - 11:40\nLa "
     "convention territoriale globale a été signée hier.", "2021-11-23"),
    # an agenda's event, with its hours, is no page date; its posting is
    ("Agglo – Agenda\nSamedi 15 mars 2025, de 10h à 17h – Salle des fêtes\nVenez construire la future CTG !\n"
     "Publié le 20/02/2025", "2025-02-20"),
    # a job offer's starting day
    ("Offre d'emploi\nChargé(e) de mission CTG\nTemps complet – poste à pourvoir le 1er mars 2025\nLa communauté de "
     "communes recrute.", None),
])
def test_page_dates(dates_nlp, text, publication):
    assert date_fields_of(dates_nlp, text)[0]["publication_date"] == publication


# -- periods --------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "start", "end", "years"), [
    # an end and a length told apart: the start follows
    ("Familles : une convention avec la Caf pour quatre ans\nLe 3 mars, la communauté de communes et la Caf ont "
     "signé une convention territoriale globale qui court jusqu'en 2027.", 2024, 2027, 4),
    # a page typed without accents
    ("La commune et la Caf ont signe la convention territoriale globale. La convention court de 2024 a 2027.",
     2024, 2027, 4),
    # a period told year by year in an answer
    ("Convention territoriale globale : vos questions\nPour combien de temps ?\nQuatre ans : 2024, 2025, 2026 et "
     "2027.", 2024, 2027, 4),
    # a partnership made official for a period
    ("Le Port signe sa convention territoriale globale\n12/10/2022\nLa Caf et la Ville du Port ont officialisé leur "
     "partenariat pour 2022-2026.", 2022, 2026, 5),
    # the convention's reach told in the sentence after its signing
    ("La Caf et l'agglomération ont signé hier une convention territoriale globale. Elle s'étend jusqu'en 2027.",
     None, 2027, None),
    # years that do not follow each other are no period
    ("Les aides de la Caf ont augmenté en 2019, 2021 et 2024.", None, None, None),
    # the signing's year, written, opens a convention told by its end (no duration: none stated, no explicit period)
    ("Le Petit Journal – 15 juin 2023\nLa communauté de communes et la Caf ont signé le 13 juin 2023 une convention "
     "territoriale globale.\nLa Caf financera 60 places d'ici 2027.\nLe document court jusqu'en 2027.", 2023, 2027,
     None),
    # ... not a year the page's date alone places (session 22: the gold of the later sets leaves that first year open)
    ("Le Petit Journal – 15 juin 2023\nLa communauté de communes et la Caf ont signé mardi 13 juin une convention "
     "territoriale globale.\nLa Caf financera 60 places d'ici 2027.\nLe document court jusqu'en 2027.", None, 2027,
     None),
    # ... not a signing late in a year, whose convention may start the next
    ("Le Petit Journal – 15 novembre 2023\nLa commune et la Caf ont signé mardi 14 novembre une convention "
     "territoriale globale. Le document court jusqu'en 2027.", None, 2027, None),
    # a fact box's duration
    ("Radio Pays – 04/10/2021\nL'agglomération a signé ce lundi une convention territoriale globale avec la Caf.\n"
     "Durée de la convention : cinq ans.", None, None, 5),
    # a first convention named before the renewing verb is the earlier one; the length after it is this one's
    ("Publié le 07/02/2024\nAprès une première convention 2019-2022, la Caf et la communauté urbaine ont renouvelé, "
     "hier, leur convention territoriale globale pour quatre ans.", None, None, 4),
    # an earlier convention's length stays out
    ("La première convention territoriale globale, signée en 2017, courait pour quatre ans. La commune a signé hier "
     "la nouvelle.", None, None, None),
])
def test_period_classes(dates_nlp, text, start, end, years):
    got = date_fields_of(dates_nlp, text)[0]
    assert (got["period_start"], got["period_end"], got["duration_years"]) == (start, end, years)


# -- signatures -----------------------------------------------------------------------------------------------------
# (annotated text, page date): <sig norm='..'>: the signature date, everything else is a trap
SIGNATURES = [
    # the signing told as the page's month: the month, not the page's day
    ("Par notre correspondant – 24 mai 2023\nC'est en mairie que s'est déroulée, <sig norm='2023-05'>en ce début de "
     "mois</sig>, la signature de la convention territoriale globale avec la Caf.", None),
    ("Deux conventions signées dans l'Aude\n18 novembre 2022\n<sig norm='2022-11'>En ce mois de novembre</sig>, la "
     "Caf de l'Aude a signé deux conventions territoriales globales.", None),
    # "la semaine dernière": the month of the week before the page's date
    ("L'Est Républicain – 20 avril 2023\nLa commune a signé <sig norm='2023-04'>la semaine dernière</sig> avec la "
     "Caf une convention territoriale globale.", None),
    # a season of a written year
    ("Signée au printemps <sig norm='2023'>2023</sig> avec la Caf du Doubs, la convention territoriale globale "
     "court jusqu'en 2027.", None),
    # a deadline within a year
    ("La commune s'engage dans une CTG avec la Caf. La convention sera signée d'ici la fin de l'année "
     "<sig norm='2025'>2025</sig>.", "2025-06-02"),
    # a partnership bound by the convention since a date
    ("Le Lamentin signe sa CTG\n2 juillet 2022 – 09h15\nLa Ville et la Caf de la Martinique sont liées par une "
     "convention territoriale globale depuis hier, <sig norm='2022-07-01'>1er juillet 2022</sig>.", None),
    # another article's teaser closing the page dates another signing
    ("La Ville adopte sa convention territoriale globale\n10 décembre 2025\nLe conseil a adopté hier la "
     "convention. La signature est prévue <sig norm='2026-01'>en janvier</sig>.\nLire aussi : la commune voisine a "
     "signé sa CTG en octobre", None),
]


@pytest.mark.parametrize(("source", "page_date"), SIGNATURES)
def test_signature_classes(dates_nlp, source, page_date):
    text, tags = parse_annotated(source)
    got, evidence = date_fields_of(dates_nlp, text, page_date)
    assert got["signature_date"] == tags[0]["norm"]
    assert (evidence["signature_date"]["start"], evidence["signature_date"]["end"]) == (tags[0]["start"],
                                                                                         tags[0]["end"])


@pytest.mark.parametrize("text", [
    # a weekly day after "le" is no date
    "Convention territoriale globale : premier atelier\nPublié le 05/10/2022\nLes constats : saturation des "
    "accueils de loisirs le mercredi, manque de places en crèche.",
    # a month named that is not the page's own
    "Publié le 3 juin 2024\nEn ce mois de mars, la Caf avait signé la convention territoriale globale.",
    # a signing only envisaged, without a verb that signs
    "Publié le 5 octobre 2022\nLa signature est envisagée au printemps 2023.",
])
def test_no_signature(dates_nlp, text):
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] is None
