"""Signature dates by error class (session 9): each class of error read on the written and real development pages
gets an example written for this test, on a blank French pipeline with the dates component alone."""

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


# <sig norm='..'>: the signature date and its evidence; everything else is a trap
SIGNATURES = [
    # a planned signing: "est prévue le 21 février" on a page of 2 February looks ahead
    ("Saint-Pierre, le 3 mars 2025\nLe conseil communautaire a approuvé le 27 février le projet de convention "
     "territoriale globale préparé avec la Caf. La signature officielle est prévue le <sig norm='2025-03-18'>18 "
     "mars</sig> à la mairie.", None),
    # a month planned after a dated council session, on a page without a date of its own
    ("Réuni le 9 juin 2023 à Figeac, le conseil communautaire a adopté la convention territoriale globale proposée "
     "par la Caf du Lot. Sa signature est programmée <sig norm='2023-07'>au mois de juillet</sig>.", None),
    # the start of the school year, announced on a dated page, gives its year
    ("Mis en ligne le 2 juillet 2025\nLe conseil a validé la convention territoriale globale avec la Caf de la "
     "Somme. Sa signature officielle est attendue <sig norm='2025'>à la rentrée</sig>.", None),
    # a signing "dans la foulée" of the dated council session takes the session's date
    ("Le <sig norm='2024-11-28'>28 novembre</sig>, le conseil municipal a adopté la convention territoriale globale "
     "qui lie la Ville et la Caf pour 2025-2028. Signée dans la foulée par le maire et la directrice de la Caf, la "
     "CTG fixe quatre priorités.", "2025-01-10"),
    # a year told as part of a year ("à la fin de l'année 2026") after a planned signing
    ("Publié le 12 mars 2026\nLa communauté de communes du Clunisois prépare avec la Caf sa prochaine convention "
     "territoriale globale, qui doit être signée à la fin de l'année <sig norm='2026'>2026</sig>.", None),
    # the signing verb's complements stand between it and the year
    ("Recrutement\nLa Communauté de communes du Haut-Jura recrute. Sa convention territoriale globale, signée avec la "
     "Caf du Jura en <sig norm='2021'>2021</sig>, porte sur la petite enfance et la jeunesse.", None),
    ("Les ateliers rendront leurs conclusions en juin, en vue d'une signature de la convention territoriale globale "
     "avec la Caf au début de l'année <sig norm='2025'>2025</sig>.", None),
    # a sentence dating two events: each date owns its clause (the committee is the second date's event)
    ("Rapport d'activité\nSignée en <sig norm='2022-11'>novembre 2022</sig> pour 2023-2026, la convention territoriale "
     "globale de Val de Sèvre a fait l'objet d'un bilan présenté au comité de pilotage du 12 octobre 2024, en "
     "présence de la Caf des Deux-Sèvres.", None),
    # a postponed date is not the signing, "en petit comité" is no committee (26 June 2020 is a Friday)
    ("Publié le 27 juin 2020\nReportée en mars à cause de la crise sanitaire, la signature de la convention "
     "territoriale globale entre la Ville de Quimper et la Caf a eu lieu <sig norm='2020-06-26'>ce vendredi</sig>, en "
     "petit comité.", None),
    # the page's convention named again without its full name, in the date's clause
    ("MAG n°31 – printemps 2022\nLa communauté de communes préparait depuis un an sa convention territoriale globale "
     "avec la Caf de la Sarthe. C'est chose faite. Le document a été signé le <sig norm='2022-03-08'>8 mars "
     "dernier</sig>, pour quatre ans.", None),
    ("Le Courrier – 16/05/2025\nUne convention territoriale globale est un contrat entre la Caf et une collectivité. "
     "À Rezé, la Ville et la Caf de Loire-Atlantique ont fait leurs choix. La convention signée <sig "
     "norm='2025-05-15'>ce jeudi</sig> pour 2025-2029 retient trois priorités.", None),
    # the same signing told twice, the more precise date wins (a headline's day over the lead's month)
    ("Communauté de communes du Haut-Béarn\nConvention territoriale globale signée le <sig norm='2021-07-06'>6 juillet "
     "2021</sig>\nLa communauté de communes et la Caf des Pyrénées-Atlantiques ont signé en juillet la convention "
     "territoriale globale qui court jusqu'en 2025.", None),
    # a dateline over a headline telling the signing, the lead dating it against the page (17 March 2023 is a Friday)
    ("17.03.2023 – Saint-Dié signe sa CTG. <sig norm='2023-03-16'>Ce jeudi</sig>, la Caf des Vosges et la Ville de "
     "Saint-Dié-des-Vosges ont conclu leur convention territoriale globale 2023-2027.", None),
    # the signing dated by the years since it, beside a later dated event: that event's year less those years (the
    # gold gives the year on such pages; this test replaces test_dates_forms' one that wanted none)
    ("Publié le 8 juin 2024\n<sig norm='2022'>Deux ans après sa signature</sig>, la convention territoriale globale "
     "liant la communauté de communes et la Caf a fait l'objet d'un bilan, présenté jeudi aux élus.", None),
    ("Le comité de pilotage de la convention territoriale globale s'est réuni le 3 octobre 2023, <sig "
     "norm='2022'>un an après la signature</sig> de la convention 2022-2026 par la Ville de Bourges et la Caf du Cher.",
     None),
    # a press byline dates the page; a bare weekday that is the page's own weekday is that day (27 January 2025 is a
    # Monday; "lundi dernier" would be the week before)
    ("Le Journal de la Haute-Marne\nPar Claire D. – Le 27 janvier 2025 à 18:30 | Lecture : 3 min\n<sig "
     "norm='2025-01-27'>Lundi</sig>, à l'hôtel de ville, le maire de Chaumont et la directrice de la Caf ont signé la "
     "convention territoriale globale.", None),
    # a convention named by its date, after conventions said signed
    ("Veille juridique\nLa lettre de la Cnaf présente deux conventions récemment signées. Celle du <sig "
     "norm='2019-04-16'>16 avril 2019</sig> entre la Caf de la Mayenne et la communauté de communes du Bocage "
     "mayennais a fixé des orientations pour la jeunesse.", None),
    # conventions counted in one sentence, then each territory's line with its date (the first is kept)
    ("Deux conventions territoriales globales signées dans le Cantal\nLe 20/12/2023\nLa Caf poursuit le déploiement "
     "des CTG. Deux conventions ont été signées ce mois-ci.\nCommunauté de communes du Pays de Salers – signée le "
     "<sig norm='2023-12-05'>5 décembre</sig>\nPriorités : petite enfance, mobilité.\nHautes Terres Communauté – "
     "signée le 12 décembre\nPriorités : jeunesse, accès aux droits.", None),
    # page debris: a word glued to the verb before the year
    ("Tout savoir sur les CTG\nAprès les signatures des conventions territoriales globales (CTGintervenues en "
     "<sig norm='2020'>2020</sig> avec Saint-Dizier et Joinville), la Caf de la Haute-Marne poursuit leur déploiement.",
     None),
]


@pytest.mark.parametrize("source,page_date", SIGNATURES)
def test_signature_classes(nlp, source, page_date):
    text, tags = parse_annotated(source)
    doc = run(nlp, text, page_date)
    fields, evidence = date_fields(doc)
    sig = tags[0]
    assert fields["signature_date"] == sig["norm"]
    ev = evidence["signature_date"]
    assert ev["start"] <= sig["start"] < sig["end"] <= ev["end"], (ev, sig)


NO_SIGNATURE = [
    # a council session's title, then the council authorising the mayor to sign: no signing is told
    "Conseil municipal du 14 octobre 2024 – Pontarlier\nPoint 4 : le conseil approuve la convention territoriale "
    "globale 2024-2028 avec la Caf du Doubs et autorise le maire à la signer.",
    # a gathering in the imperfect to present the convention is no signing
    "Publié le 15/03/2021\nLa Caf de la Creuse réunissait mardi à Guéret les maires ruraux pour présenter la "
    "convention territoriale globale qui remplacera leurs contrats enfance jeunesse.",
    # another territory's own convention, on a page about this one's
    "Publié le 4 avril 2024\nLe diagnostic de la future convention territoriale globale du Pays de Lure est lancé. "
    "La communauté de communes voisine a déjà signé sa propre CTG avec la Caf en 2022.",
    "Et ailleurs ? La communauté d'agglomération de Vesoul a renouvelé la sienne avec la Caf de la Haute-Saône en "
    "janvier 2024.",
    # the convention named again in another clause than the date's: the date is a forum's
    "Le 14/02/2025\nLa Ville lance une consultation pour sa future convention territoriale globale avec la Caf. Les "
    "résultats seront présentés en juin lors d'un forum ouvert à tous, avant l'écriture de la convention, dont la "
    "signature est espérée pour la fin de l'année.",
    # another convention, made so by its own words, on a Caf's news page that names its CTGs elsewhere
    "Publié le 12/10/2023\nLa Caf de l'Orne et le Département ont signé le 10 octobre une convention relative à "
    "l'accompagnement des allocataires du RSA. Voir aussi : nos conventions territoriales globales.",
]


@pytest.mark.parametrize("text", NO_SIGNATURE)
def test_other_events_are_no_signature(nlp, text):
    assert date_fields(run(nlp, text))[0]["signature_date"] is None


def test_byline_dates_the_page(nlp):
    doc = run(nlp, "Le Petit Comtois\nPar Julien M. – Le 4 mars 2024 à 07:45\nLa Caf du Doubs et Pontarlier ont "
                   "signé leur convention territoriale globale.")
    assert date_fields(doc)[0]["publication_date"] == "2024-03-04"


def test_headline_dating_its_event_is_no_page_date(nlp):
    doc = run(nlp, "Communauté de communes du Pays de Bitche\nConvention territoriale globale signée le 2 juin 2022\nLa "
                   "communauté de communes et la Caf de la Moselle ont signé en juin leur convention territoriale globale.")
    fields = date_fields(doc)[0]
    assert fields["publication_date"] is None
    assert fields["signature_date"] == "2022-06-02"


# (text, period_start, period_end, duration_years)
PERIODS = [
    # a first convention that the sentence's signing verb signs is this one, not an earlier one
    ("Le président de la communauté de communes et la directrice de la Caf ont signé la première convention "
     "territoriale globale du territoire, valable de 2025 à 2029.", 2025, 2029, 5),
    # an earlier first convention keeps its period out
    ("La Ville et la Caf ont signé le 13 mars la deuxième convention territoriale globale, pour 2025-2029. Rappel : "
     "la première CTG (2020-2024) portait sur la petite enfance.", 2025, 2029, 5),
    # the sentence after the CTG's goes on about it
    ("Le maire et la directrice de la Caf ont signé mardi la convention territoriale globale de Bastia. Elle s'étend "
     "de 2024 à 2027.", 2024, 2027, 4),
    # a range whose length is stated beside it, under a question
    ("La CTG en questions\nPour combien de temps ? Cinq ans, de 2023 à 2027.\nQui paie ? La Caf et la commune.", 2023,
     2027, 5),
    # an amount's span is not the convention's term
    ("Convention territoriale globale 2024-2028 – fiche action n°3\nIntitulé : un bus des services\nBudget "
     "prévisionnel : 240 000 € sur trois ans", 2024, 2028, 5),
]


@pytest.mark.parametrize("text,start,end,years", PERIODS)
def test_period_classes(nlp, text, start, end, years):
    fields = date_fields(run(nlp, text))[0]
    assert (fields["period_start"], fields["period_end"], fields["duration_years"]) == (start, end, years)
