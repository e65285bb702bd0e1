"""Dates component: inline annotated examples (written for these tests)."""

from __future__ import annotations

import pytest
from conftest import parse_annotated

# Each example marks the signature date with <sig norm='...'>, the article date with <pub norm='...'>.
SIGNATURE_EXAMPLES = [
    # absolute forms
    "La Ville de Moissac et la Caf de Tarn-et-Garonne ont signé le <sig norm='2024-10-16'>16 Octobre 2024</sig> "
    "leur convention territoriale globale.",
    "Le maire a signé la CTG le <sig norm='2019-12-11'>11/12/2019</sig> en mairie, devant les élus.",
    "La convention territoriale globale sera signée le <sig norm='2023-03-01'>1er mars 2023</sig> à Privas.",
    "<sig norm='2025-02-27'>Jeudi 27 février 2025</sig>, le maire et la directrice de la Caf ont signé la "
    "Convention Territoriale Globale.",
    # relative forms, resolved against the article date
    "<pub norm='2021-06-04'>4 juin 2021</pub>\nLe président de l'agglomération a signé <sig norm='2021-06-04'>ce "
    "jour</sig> la convention territoriale globale avec la Caf du Cher.",
    "<pub norm='2022-05-12'>12/05/2022</pub>\nJ'ai signé <sig norm='2022-05-12'>aujourd'hui</sig> la nouvelle "
    "convention territoriale globale avec la Caisse d'allocations familiales de l'Orne.",
    "Publié le <pub norm='2023-09-15'>15 septembre 2023</pub>\nLa signature de la CTG a eu lieu "
    "<sig norm='2023-09-14'>hier</sig> après-midi à la mairie de Vierzon.",
    "Mis à jour le <pub norm='2024-01-20'>20/01/2024</pub>\n<sig norm='2024-01-18'>Ce jeudi</sig>, la "
    "communauté de communes a signé sa convention territoriale globale avec la Caf.",
    "<pub norm='2024-03-28'>28 mars 2024</pub>\nLa CTG a été signée <sig norm='2024-03-26'>mardi 26 mars "
    "dernier</sig> par les élus du territoire et la Caf de la Manche.",
    # a month-precision page date gives a month-precision signature
    " date 2023-06 La maire et le directeur de la Caf ont cosigné <sig norm='2023-06'>ce mercredi</sig> "
    "matin la convention territoriale globale.",
    # day and month resolved with the page date's year
    " date 2024-11 Le renouvellement de la convention territoriale globale a été signé "
    "ce <sig norm='2024-10-28'>lundi 28 octobre</sig> entre la ville et la Caf.",
    # the year opening the signing's clause
    "En <sig norm='2021'>2021</sig>, la commune de Bédarieux a signé sa première convention territoriale globale "
    "avec la Caf de l'Hérault.",
    # a text that lost its line breaks opens with its date, then a full stop
    "<pub norm='2019-12-11'>11 décembre 2019</pub>. À La Seyne, la maire a signé <sig norm='2019-12-11'>aujourd'hui"
    "</sig> la convention territoriale globale avec la Caf du Var.",
    # a two-digit year, as press pages write dates
    "La convention territoriale globale a été signée le <sig norm='2024-03-12'>12.03.24</sig> en mairie par le "
    "maire et la directrice de la Caf de la Sarthe.",
    # the date the convention takes effect is not its signing
    "La convention territoriale globale, entrée en vigueur le 1er janvier 2024, a été signée le "
    "<sig norm='2024-02-26'>26 février 2024</sig> par la commune et la Caf.",
]


@pytest.mark.parametrize("source", SIGNATURE_EXAMPLES)
def test_signature_date(analyse_text, source):
    text, tags = parse_annotated(source)
    record = analyse_text(text)
    sig = next(t for t in tags if t["tag"] == "sig")
    assert record.signature_date == sig["norm"]
    evidence = record.evidence["signature_date"]
    assert (evidence["start"], evidence["end"]) == (sig["start"], sig["end"])
    pub = next((t for t in tags if t["tag"] == "pub"), None)
    if pub:
        assert record.publication_date == pub["norm"]


NO_SIGNATURE_EXAMPLES = [
    # the headlines of related articles closing the page are other stories
    "La commune a signé sa convention territoriale globale avec la Caf du Gers.\n\nÀ lire aussi\nLe 14 mai 2023, "
    "inauguration du nouveau multi-accueil\nRentrée : les horaires de l'accueil de loisirs",
    # a telephone number is not a date with a two-digit year
    "La convention territoriale globale a été signée avec la Caf ; renseignements au 02.43.12.03.24 en mairie.",
    # a day and month with no year and no article date: not resolved
    "La convention territoriale globale a été signée mercredi 6 mars entre la Caf et la commune.",
    # other dates: council session, earlier convention, event, article date
    "Délibération du conseil municipal du 14 décembre 2020 : la Ville s'engage dans une convention "
    "territoriale globale avec la Caf de l'Aisne.",
    "Le 1er mars 2021 avait été signée une première convention territoriale globale. La nouvelle sera "
    "élaborée avec la Caf de l'Yonne.",
    "Une réunion publique sur la convention territoriale globale aura lieu le 27 octobre 2022 à Nogaro.",
    "Un an après la signature de la CTG, le comité de pilotage s'est réuni le vendredi 8 novembre 2024.",
    "21 octobre 2010\nLa Caf et la commune préparent une convention territoriale globale.",
]


@pytest.mark.parametrize("text", NO_SIGNATURE_EXAMPLES)
def test_no_signature_date(analyse_text, text):
    assert analyse_text(text).signature_date is None


def test_relative_dates_need_an_article_date(analyse_text):
    record = analyse_text("La convention territoriale globale a été signée ce jour avec la Caf du Var.")
    assert record.signature_date is None


def test_page_metadata_date_anchors_relative_dates(analyse_text):
    record = analyse_text("La convention territoriale globale a été signée hier avec la Caf du Var.",
                          page_date="2022-02-10")
    assert record.publication_date == "2022-02-10"
    assert record.signature_date == "2022-02-09"


ARTICLE_DATES = [
    ("<pub norm='2024-10-17'>17 octobre 2024</pub> - 674 vues\nLa Caf signe une convention territoriale "
     "globale.", None),
    ("<pub norm='2024-03-07'>2024-03-07</pub>/AS\nUne convention territoriale globale a été signée.", None),
    ("Par la rédaction - Publié le <pub norm='2021-12-03'>Vendredi 3 Décembre 2021</pub> à 08:13\nLa CTG est "
     "signée.", None),
    ("Offre publiée le <pub norm='2026-01-17'>17/01/2026</pub>\nChargé de coopération CTG.", None),
    # press datelines: the date then a dash and the story, or a place before it
    ("<pub norm='2024-03-18'>18/03/2024</pub> - La Ville de Montrichard et la Caf ont signé lundi dernier la CTG.", None),
    ("Montrichard, le <pub norm='2024-03-18'>18 mars 2024</pub>. La Ville et la Caf ont signé lundi dernier la CTG.",
     None),
]


@pytest.mark.parametrize("source,_", ARTICLE_DATES)
def test_article_date(analyse_text, source, _):
    text, tags = parse_annotated(source)
    pub = tags[0]
    record = analyse_text(text)
    assert record.publication_date == pub["norm"]
    assert record.evidence["publication_date"]["start"] == pub["start"]


# <per y1='..' y2='..'>: the period of the convention; other periods in the text are traps.
PERIOD_EXAMPLES = [
    "La Caf et la commune ont signé la CTG <per y1='2024' y2='2026'>2024-2026</per>.",
    "La convention territoriale globale couvre les années <per y1='2023' y2='2027'>2023 à 2027</per>.",
    "Une convention territoriale globale a été signée <per y1='2021' y2='2025'>pour la période "
    "2021-2025</per> entre la Caf et la ville.",
    "La convention territoriale globale est conclue pour la période <per y1='2022' y2='2026'>du 1er "
    "janvier 2022 au 31 décembre 2026</per>.",
    "Cette convention territoriale globale, qui couvre la période allant <per y2='2019'>jusqu'au 31 "
    "décembre 2019</per>, fixe cinq axes.",
    # an end and a length: the start follows (the guide's first year covered: five years until 2029 -> 2025)
    "La convention territoriale globale sera valide pour une durée de cinq ans, soit <per y1='2025' y2='2029'>jusqu'en "
    "2029</per>.",
    "Une vision partagée du territoire <per y2='2024'>à l'horizon 2024</per> pour la convention territoriale "
    "globale.",
    # traps: a schéma and an earlier convention
    "Le schéma départemental des services aux familles 2021-2026 et la CTG <per y1='2024' "
    "y2='2026'>2024-2026</per> ont été signés par la Caf.",
    "Une première convention valable de 2020 à 2024 avait été signée. La nouvelle convention territoriale "
    "globale <per y1='2025' y2='2029'>2025-2029</per> est signée ce jour.",
    "La CTG signée le 4 avril <per y1='2022' y2='2025'>2022‐2025</per> vise à pérenniser l'offre.",
]


@pytest.mark.parametrize("source", PERIOD_EXAMPLES)
def test_period(analyse_text, source):
    text, tags = parse_annotated(source)
    per = tags[0]
    record = analyse_text(text)
    assert record.period_start == (int(per["y1"]) if "y1" in per else None)
    assert record.period_end == int(per["y2"])
    ev = record.evidence["period"]
    assert ev["start"] < per["end"] and ev["end"] > per["start"]  # the evidence overlaps the annotated span
    assert text[ev["start"]:ev["end"]] == ev["text"]


DURATION_EXAMPLES = [
    ("La ville a signé la convention territoriale globale pour cinq ans avec la Caf.", 5),
    ("La CTG signée avec la Caf engage la commune sur 4 ans.", 4),
    ("La convention territoriale globale va, pour les cinq prochaines années, aider la commune.", 5),
    ("Signée par la Caf, cette convention territoriale globale est d'une durée de quatre ans.", 4),
    ("La Caf et l'agglomération ont signé la convention territoriale globale 2023-2027.", 5),  # derived
    ("La CTG a été signée pour la période 2024-2026 : elle vise les trois prochaines années.", 3),
    ("Il s'agit de la deuxième CTG, signée pour les quatre prochaines années par la communauté de communes.", 4),
]


@pytest.mark.parametrize("text,years", DURATION_EXAMPLES)
def test_duration(analyse_text, text, years):
    assert analyse_text(text).duration_years == years


NO_DURATION = [
    "Des contrats enfance jeunesse lient la Ville à la Caf depuis déjà 4 ans ; la convention territoriale "
    "globale est en préparation.",
    "La CTG finance des chantiers pour les jeunes de 15 à 17 ans.",
    "Poste de chargé de coopération CTG : le contrat proposé ne peut excéder trois ans.",
    "Une Convention territoriale globale est une démarche qui consolide un projet de territoire sur quatre ans.",
    # another scheme's term on a CTG page
    "La commune a signé sa convention territoriale globale avec la Caf. Le même mois, le contrat de ville a été "
    "signé en préfecture pour une durée de sept ans.",
]


@pytest.mark.parametrize("text", NO_DURATION)
def test_no_duration(analyse_text, text):
    assert analyse_text(text).duration_years is None


def test_related_articles_give_no_page_date(analyse_text):
    # a short page closed by related headlines: their dates neither date the page nor place "aujourd'hui"
    text = ("La commune et la Caf du Gers ont signé aujourd'hui leur convention territoriale globale.\n\nÀ lire "
            "aussi\n14 mai 2023\nInauguration du nouveau multi-accueil")
    record = analyse_text(text)
    assert record.publication_date is None and record.signature_date is None


def test_dateline_anchors_last_weekday(analyse_text):
    """'lundi dernier' in a story dated Monday 18 March 2024 is the Monday before, 11 March."""
    record = analyse_text("18/03/2024 - La Ville de Montrichard et la Caf ont signé lundi dernier la convention "
                          "territoriale globale qui les lie jusqu'en 2027.")
    assert (record.publication_date, record.signature_date) == ("2024-03-18", "2024-03-11")


def test_calendar_row_is_no_page_date(analyse_text):
    record = analyse_text("La communauté de communes du Perche et la Caf de l'Orne préparent leur convention "
                          "territoriale globale.\nLes étapes\nJanvier 2024 : diagnostic partagé\nAvril 2024 : comité "
                          "de pilotage\n")
    assert record.publication_date is None
