"""Dates component on a blank French pipeline: signing dates told around the signing sentence, months and
day-months without a year placed against the page or against the date told before them (inline examples written
for these tests)."""

from __future__ import annotations

import pytest
import spacy
from conftest import parse_annotated

import ctgminer.extract.components  # noqa: F401  (registers the factories)
from ctgminer.extract.components.dates.component import date_fields


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.blank("fr")
    pipeline.add_pipe("ctg_dates")
    return pipeline


def run(nlp, text: str, page_date: str | None = None):
    doc = nlp.make_doc(text)
    doc._.page_date = page_date
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


# <sig norm='..'>: the signature date the component must choose; every other date in the text is a trap
SIGNATURES = [
    # a convention's signing block (an excerpt the genre component may not read as a convention)
    ("Extrait de la convention territoriale globale de la communauté de communes du Val d'Arros\nArticle 2 – Durée"
     "\nLa convention est conclue pour cinq ans, du 1er janvier 2024 au 31 décembre 2028.\nFait à Tournay, le "
     "<sig norm='2024-05-21'>21 mai 2024</sig>, en trois exemplaires originaux.\nPour la Caf des Hautes-Pyrénées, "
     "la directrice", None),
    # the day told in the sentence before the signing, which gives none
    ("Publié le 12/06/2024\nLa matinée du <sig norm='2024-06-10'>10 juin</sig> a été chargée à Lannemezan. Devant "
     "une trentaine d'élus, la communauté de communes et la Caf ont signé leur convention territoriale globale.",
     None),
    # a bare weekday in the sentence before the signing, against the page's date (a Thursday)
    ("Mis en ligne le 16/05/2024\nIls étaient une quarantaine à la salle polyvalente de Vic <sig norm='2024-05-14'>"
     "mardi</sig> soir. Les treize communes, l'intercommunalité et la Caf ont signé ensemble la convention "
     "territoriale globale.", None),
    # a date told just before, in the same clause as another date: the page's own date is not the signing
    ("Actualités Publié le 21 juin 2024 Le <sig norm='2024-06-18'>mardi 18 juin 2024</sig>, la communauté de "
     "communes et la Caf du Gers ont signé leur convention territoriale globale au siège de l'intercommunalité.",
     None),
    # the signing in the clause right before the date, beside a steering committee's date in the same sentence
    ("Le programme d'actions a été validé par le comité de pilotage du 4 mars 2023 et joint à la convention "
     "territoriale globale signée le <sig norm='2023-04-12'>12 avril 2023</sig> entre la commune et la Caf.",
     None),
    # a day and month announced ahead of the page's date
    ("Publié le 27/03/2024\nLa commune et la Caf de la Manche s'apprêtent à signer leur convention territoriale "
     "globale, le <sig norm='2024-04-03'>3 avril prochain</sig>, en mairie.", None),
    # "suivant": after the date told before it, on a page without a date of its own
    ("Le 5 octobre 2022, le conseil communautaire a approuvé la convention territoriale globale, signée le "
     "<sig norm='2022-11-18'>18 novembre suivant</sig> avec la Caf de l'Ain.", None),
    # a month without a year announced after the council's date, on a page without a date of its own
    ("Le conseil municipal du 14 décembre 2023 a approuvé la convention territoriale globale. La signature avec la "
     "Caf interviendra <sig norm='2024-01'>en janvier</sig>.", None),
    # a weekday in a weekly digest, against the week's last day (not a publication date)
    ("EN BREF – Semaine du 20 au 26 novembre 2023\nFAMILLES. Lunel a signé <sig norm='2023-11-21'>mardi</sig> sa "
     "convention territoriale globale avec la Caf de l'Hérault.", None),
    # "depuis" after the date belongs to another time than the signing's
    ("Publié le 14/02/2025\nLe siège de la communauté de communes accueillait <sig norm='2025-02-12'>mercredi</sig> "
     "après-midi une signature attendue depuis deux ans : celle de la convention territoriale globale avec la Caf.",
     None),
    # a month without a year, against the page's date
    ("Publié le 30 novembre 2023\nTrois conventions territoriales globales signées <sig norm='2023-11'>en "
     "novembre</sig> par la Caf de la Charente-Maritime.", None),
]


@pytest.mark.parametrize(("source", "page_date"), SIGNATURES)
def test_signature_told_around_the_signing(nlp, source, page_date):
    text, tags = parse_annotated(source)
    sig = tags[0]
    fields, evidence = date_fields(run(nlp, text, page_date))
    assert fields["signature_date"] == sig["norm"]
    assert (evidence["signature_date"]["start"], evidence["signature_date"]["end"]) == (sig["start"], sig["end"])


@pytest.mark.parametrize("text", [
    # the end of the current convention, which a council extends, is no signing
    "Considérant que la Caf propose aux territoires dont la convention territoriale globale arrive à échéance au 31 "
    "décembre 2024 de la signer à nouveau pour un an ;",
    # an earlier contract's end is no signing of this one
    "Considérant que le contrat enfance jeunesse signé avec la Caf a pris fin le 31 décembre 2021 ;",
    # a deliberation's closing line is no signing block of a convention (no copies, no signatories' lines)
    "Le conseil autorise le maire à signer la convention territoriale globale.\nFait à Ceyrat, le 28 juin 2024.",
    # "aujourd'hui" as "nowadays", before a signing told without a date
    "Mise à jour : mars 2025\nLes 24 communes de l'île sont aujourd'hui engagées dans une démarche de convention "
    "territoriale globale. Dix d'entre elles ont déjà signé leur convention avec la Caf.",
    # a month without a year too far from the page's date to be placed
    "Publié le 3 mars 2024\nLa convention territoriale globale sera signée en octobre prochain.",
])
def test_other_dates_give_no_signature(nlp, text):
    assert date_fields(run(nlp, text))[0]["signature_date"] is None


@pytest.mark.parametrize(("text", "page_date", "iso"), [
    ("La convention a été signée en décembre dernier.", "2024-01-15", "2023-12"),
    ("La signature aura lieu en février.", "2024-01-15", "2024-02"),
    ("Les travaux ont été réceptionnés fin juin.", "2024-09-02", "2024-06"),
    ("Le diagnostic a été rendu en mars.", "2024-10-02", None),  # seven months back: not placed
])
def test_month_without_year(nlp, text, page_date, iso):
    doc = run(nlp, text, page_date)
    months = [s for s in doc.spans["dates"] if s.label_ == "month"]
    assert len(months) == 1 and months[0]._.value.iso == iso


@pytest.mark.parametrize(("text", "publication"), [
    # council minutes posted at the town hall: the posting is the page's date, not the session
    ("Conseil communautaire du 29 juin 2021 – Compte rendu sommaire\nAffiché le 2 juillet 2021\nLe conseil a "
     "approuvé la convention territoriale globale.", "2021-07-02"),
    # a job offer's deadline is no page date
    ("OFFRE D'EMPLOI\nChargé(e) de coopération CTG (H/F)\nDate limite de candidature : 31/01/2025\nLa communauté "
     "de communes recrute.", None),
    # the end of a week's range in a news digest
    ("EN BREF – Semaine du 20 au 26 novembre 2023\nTRAVAUX. La rue des Lilas sera fermée.", None),
    # a title's effective date; the page's date is given at its end
    ("Mode de garde : ce qui change au 1er septembre 2025\nLe complément de libre choix évolue.\nPublié le 3 "
     "juillet 2025", "2025-07-03"),
])
def test_page_date_is_not_another_header_date(nlp, text, publication):
    assert date_fields(run(nlp, text))[0]["publication_date"] == publication
