"""Dates component on a blank French pipeline: the forms and contexts that pages read in session 8 (read_j to read_o)
showed the signature date missed on, each written here as a short example of its class (texts written for these
tests)."""

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


def run(nlp, text: str):
    doc = nlp.make_doc(text)
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


SIGNATURES = [
    # a day of the page's own month: "le 14 courant", "le 7 de ce mois" (press and administrative style)
    "Publié le 20/06/2023\nLa Caf de l'Indre a signé le <sig norm='2023-06-14'>14 courant</sig> avec la commune "
    "d'Issoudun une convention territoriale globale.",
    "Mis en ligne le 21/03/2025\nLa Caf de la Creuse et la commune de Guéret ont signé le <sig norm='2025-03-07'>7 de "
    "ce mois</sig>, en mairie, une convention territoriale globale pour 2025-2028.",
    # a month told against the page's date
    "Mis en ligne le 12/04/2023\nLes élus ont approuvé la convention territoriale globale, qui sera signée avec la "
    "Caf du Lot <sig norm='2023-05'>le mois prochain</sig>.",
    # a season announced on a dated page gives its year
    "Publié le 5 mars 2020\nLes élus de la communauté de communes ont adopté la convention territoriale globale "
    "proposée par la Caf. Elle sera signée officiellement <sig norm='2020'>au printemps</sig>.",
    # a magazine's numbered issue dates "le 20 octobre dernier" (its header line is too long to be a dateline)
    "LE FIL – Le magazine d'information de la Communauté de communes du Pays Sedanais – n°41 – novembre-décembre "
    "2023\nFamilles : la convention territoriale globale que la communauté a signée avec la Caf des Ardennes le "
    "<sig norm='2023-10-20'>20 octobre dernier</sig> fixe ses priorités.",
    # "à ce jour" is "so far", not the page's day
    "Publié le 21 juin 2021\n<sig norm='2021-06-18'>Vendredi 18 juin</sig>, la Ville de Condom et la Caf du Gers ont "
    "signé la convention territoriale globale. La Caf a signé neuf CTG à ce jour dans le département.",
    # a signing announced for a weekday: the next such day (5 February 2025 is a Wednesday)
    "Publié le 05/02/2025\nLa communauté de communes et la Caf de la Vendée signeront <sig norm='2025-02-06'>jeudi"
    "</sig> leur nouvelle convention territoriale globale.",
    # the first convention being signed is not an earlier one
    "14/11/2024\nLa Caf de la Meuse et la Communauté de communes de l'Aire à l'Argonne ont signé le "
    "<sig norm='2024-11-12'>12 novembre</sig> leur première convention territoriale globale.",
    # a participle opening the sentence dates the earlier convention named after it
    "Signée en 2018, la première convention territoriale globale de Vienne avait porté sur la petite enfance. La "
    "seconde a été signée le <sig norm='2024-01-22'>22 janvier 2024</sig> avec la Caf de l'Isère.",
    # a contract's signing block signs the page's own convention, though its sentence does not name it
    "Article 4 – Durée\nLa présente convention est conclue pour quatre ans.\nFait à Mende, le "
    "<sig norm='2022-07-05'>5 juillet 2022</sig>, en deux exemplaires originaux.\nPour la Caf de la Lozère, le "
    "directeur",
]


@pytest.mark.parametrize("source", SIGNATURES)
def test_signature_date(nlp, source):
    text, tags = parse_annotated(source)
    fields, evidence = date_fields(run(nlp, text))
    sig = tags[0]
    assert fields["signature_date"] == sig["norm"]
    assert (evidence["signature_date"]["start"], evidence["signature_date"]["end"]) == (sig["start"], sig["end"])


NO_SIGNATURE = [
    # the signing only dates another event: a review presented to the council
    "Publié le 8 juin 2024\nDeux ans après sa signature, la convention territoriale globale liant la communauté de "
    "communes et la Caf a fait l'objet d'un bilan, présenté jeudi aux élus.",
    # a deadline and a past season are not placed
    "Publié le 27/09/2023\nLa communauté de communes et la Caf se sont donné jusqu'au printemps pour le diagnostic de "
    "la convention territoriale globale.",
]


@pytest.mark.parametrize("text", NO_SIGNATURE)
def test_no_signature(nlp, text):
    assert date_fields(run(nlp, text))[0]["signature_date"] is None


def test_earlier_convention_in_apposition():
    """"la première CTG, conclue en 2017": the participle's date is an earlier convention's."""
    pipeline = spacy.blank("fr")
    pipeline.add_pipe("ctg_dates")
    doc = run(pipeline, "La nouvelle convention territoriale globale de Montauban prend le relais de la première CTG, "
                        "conclue en 2017.")
    (year,) = [s for s in doc.spans["dates"] if s.text == "2017"]
    assert year._.value.features["earlier_or_page_local"] == 1.0
    assert year._.value.features["sign_ctg_clean"] == 0.0
