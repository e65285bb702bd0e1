"""Dates and money components on a blank French pipeline: date forms, year resolution, signature evidence,
periods written as a duration and a start, implicit-euro series (inline examples written for these tests)."""

from __future__ import annotations

import pytest
import spacy
from conftest import parse_annotated

import ctgminer.extract.components  # noqa: F401  (registers the factories)
from ctgminer.extract.components.dates.component import date_fields
from ctgminer.extract.components.money.component import money_fields


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.blank("fr")
    pipeline.add_pipe("ctg_dates")
    pipeline.add_pipe("ctg_money")
    return pipeline


def run(nlp, text: str, page_date: str | None = None):
    doc = nlp.make_doc(text)
    doc._.page_date = page_date
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


# <d kind='..' norm='..'>: a date the component must find as a span; norm '' = found but not placed in a year
FORMS = [
    "La Caf réunira les partenaires le <d kind='daymonth' norm=''>4 août</d> pour préparer la CTG.",
    "Rendez-vous le <d kind='daymonth' norm=''>1er septembre</d> en mairie.",
    "Comité technique prévu le <d kind='daymonth' norm=''>09/08</d> à 14 h.",
    "Diagnostic partagé achevé en <d kind='month' norm='2017-11'>11/2017</d>.",
    "<d kind='month' norm='2024-07'>Juillet 2024</d> : signature de la convention territoriale globale.",
]


@pytest.mark.parametrize("source", FORMS)
def test_date_forms_are_found(nlp, source):
    text, tags = parse_annotated(source)
    doc = run(nlp, text)
    tag = tags[0]
    span = next((s for s in doc.spans["dates"] if (s.start_char, s.end_char) == (tag["start"], tag["end"])), None)
    assert span is not None, [s.text for s in doc.spans["dates"]]
    assert span.label_ == tag["kind"]
    assert (span._.value.iso or "") == tag["norm"]


# <sig norm='..'>: the signature date; everything else in the text is a trap
SIGNATURES = [
    # a calendar line in a timeline
    ("Calendrier de la démarche\nMars 2024 : diagnostic partagé\n<sig norm='2024-07'>Juillet 2024</sig> : signature "
     "de la convention territoriale globale", None),
    # a bare weekday in a past report, against the article date (a Sunday)
    ("Publié le 12/01/2025 à 09:30\nLa Caf et la communauté de communes ont signé <sig norm='2025-01-10'>vendredi"
     "</sig> leur convention territoriale globale.", None),
    # "lundi dernier" and "ce jeudi" against the page metadata
    ("La convention territoriale globale a été signée <sig norm='2024-06-03'>lundi dernier</sig> en mairie.",
     "2024-06-06"),
    # a weekday, a day and a month: only one year of the convention's period has that Tuesday
    ("La commune a signé ce <sig norm='2025-05-27'>mardi 27 mai</sig> sa nouvelle convention territoriale "
     "globale avec la Caf, pour la période 2025-2029.", None),
    # the council vote is another event than the signing
    ("Le conseil municipal du 12 mars 2024 a approuvé la convention. La convention territoriale globale a été "
     "signée le <sig norm='2024-04-02'>2 avril 2024</sig> par le maire et la Caf.", None),
    # a steering committee and a photo caption carry other dates
    ("Le comité de pilotage du 3 février 2025 a validé le plan d'actions. La convention territoriale globale a "
     "été signée le <sig norm='2025-03-14'>14 mars 2025</sig> entre la commune et la Caf.\nPhoto : les élus "
     "réunis le 20 mars 2025.", None),
    # "ce matin" against the article date
    ("Mis en ligne le 18/09/2023\nLe maire et la directrice de la Caf ont signé <sig norm='2023-09-18'>ce matin"
     "</sig> la convention territoriale globale.", None),
    # the date of a national text (a circulaire) is not a signing
    ("La circulaire de la Cnaf du 16 janvier 2020 fixe le cadre des conventions territoriales globales. Celle de "
     "Lunel a été signée le <sig norm='2021-03-03'>3 mars 2021</sig> par le maire et la Caf de l'Hérault.", None),
    # a dated count of conventions, then the one signing with its parties after "entre"
    ("Au 31 décembre dernier, 45 CTG avaient été signées dans le département. La dernière a été signée le "
     "<sig norm='2024-01-12'>12 janvier 2024</sig> entre la Caf du Gard et la communauté de communes du Pays de "
     "Sommières.", "2024-02-20"),
    # a council vote is not the signing, which is still to come
    ("Réunis le 2 février 2024 en conseil communautaire, les élus ont validé la convention territoriale globale. "
     "Elle sera signée avec la Caf le <sig norm='2024-04-09'>9 avril 2024</sig>.", None),
    # "jeudi" in a past report, against the article's own date (a Wednesday)
    ("Publié le 14/02/2024\nLa Caf et la commune de Lunel ont signé <sig norm='2024-02-08'>jeudi</sig> leur "
     "convention territoriale globale pour 2024-2028.", None),
    # an earlier convention is recalled
    ("Une première convention avait été signée en 2018. La nouvelle convention territoriale globale a été signée "
     "le <sig norm='2023-11-21'>21 novembre 2023</sig>.", None),
    # a day of the page's own month: "le 14 courant", "le 7 de ce mois" (press and administrative style)
    ("Publié le 20/06/2023\nLa Caf de l'Indre a signé le <sig norm='2023-06-14'>14 courant</sig> avec la commune "
     "d'Issoudun une convention territoriale globale.", None),
    ("Mis en ligne le 21/03/2025\nLa Caf de la Creuse et la commune de Guéret ont signé le <sig norm='2025-03-07'>7 de "
     "ce mois</sig>, en mairie, une convention territoriale globale pour 2025-2028.", None),
    # a month told against the page's date
    ("Mis en ligne le 12/04/2023\nLes élus ont approuvé la convention territoriale globale, qui sera signée avec la "
     "Caf du Lot <sig norm='2023-05'>le mois prochain</sig>.", None),
    # a season announced on a dated page gives its year
    ("Publié le 5 mars 2020\nLes élus de la communauté de communes ont adopté la convention territoriale globale "
     "proposée par la Caf. Elle sera signée officiellement <sig norm='2020'>au printemps</sig>.", None),
    # a magazine's numbered issue dates "le 20 octobre dernier" (its header line is too long to be a dateline)
    ("LE FIL – Le magazine d'information de la Communauté de communes du Pays Sedanais – n°41 – novembre-décembre "
     "2023\nFamilles : la convention territoriale globale que la communauté a signée avec la Caf des Ardennes le "
     "<sig norm='2023-10-20'>20 octobre dernier</sig> fixe ses priorités.", None),
    # "à ce jour" is "so far", not the page's day
    ("Publié le 21 juin 2021\n<sig norm='2021-06-18'>Vendredi 18 juin</sig>, la Ville de Condom et la Caf du Gers ont "
     "signé la convention territoriale globale. La Caf a signé neuf CTG à ce jour dans le département.", None),
    # a signing announced for a weekday: the next such day (5 February 2025 is a Wednesday)
    ("Publié le 05/02/2025\nLa communauté de communes et la Caf de la Vendée signeront <sig norm='2025-02-06'>jeudi"
     "</sig> leur nouvelle convention territoriale globale.", None),
    # the first convention being signed is not an earlier one
    ("14/11/2024\nLa Caf de la Meuse et la Communauté de communes de l'Aire à l'Argonne ont signé le "
     "<sig norm='2024-11-12'>12 novembre</sig> leur première convention territoriale globale.", None),
    # a participle opening the sentence dates the earlier convention named after it
    ("Signée en 2018, la première convention territoriale globale de Vienne avait porté sur la petite enfance. La "
     "seconde a été signée le <sig norm='2024-01-22'>22 janvier 2024</sig> avec la Caf de l'Isère.", None),
    # a contract's signing block signs the page's own convention, though its sentence does not name it
    ("Article 4 – Durée\nLa présente convention est conclue pour quatre ans.\nFait à Mende, le "
     "<sig norm='2022-07-05'>5 juillet 2022</sig>, en deux exemplaires originaux.\nPour la Caf de la Lozère, le "
     "directeur", None),
    # a list of signings: each item inherits its introduction's signing (the first item's date is kept)
    ("Communiqué de presse\nTrois conventions territoriales globales ont été signées cette semaine :\n- le "
     "<sig norm='2022-12-05'>5 décembre</sig>, avec la communauté de communes du Cœur d'Ostrevent ;\n- le 6 décembre, "
     "avec la Ville de Douai.", "2022-12-08"),
    # session 9, by error class (written and real development pages)
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
def test_signature_evidence(nlp, source, page_date):
    text, tags = parse_annotated(source)
    doc = run(nlp, text, page_date)
    fields, evidence = date_fields(doc)
    sig = tags[0]
    assert fields["signature_date"] == sig["norm"]
    assert (evidence["signature_date"]["start"], evidence["signature_date"]["end"]) == (sig["start"], sig["end"])


# a meeting or a presentation of the CTG to elected officials is not a signing
NO_SIGNATURE = [
    "Mercredi 24 mai 2023, les élus du canton étaient réunis en mairie pour assister à une présentation de la "
    "convention territoriale globale par la Caf.",
    # the date of a national text, a dated count of conventions, a council vote with the signing still to come
    "La circulaire de la Cnaf du 16 janvier 2020 demande aux Caf de signer des conventions territoriales globales "
    "à l'échelle intercommunale.",
    "Au 31 décembre 2021, 22 conventions territoriales globales avaient été signées par la Caf de l'Ain.",
    "Réunis le 2 février 2024 en conseil communautaire, les élus ont validé la convention territoriale globale, "
    "qui sera signée avec la Caf au printemps.",
    # a deadline and a past season are not placed
    "Publié le 27/09/2023\nLa communauté de communes et la Caf se sont donné jusqu'au printemps pour le diagnostic de "
    "la convention territoriale globale.",
    # a committee, the signing only named as the next sentence's reference point
    "Le comité de pilotage de la convention territoriale globale s'est réuni le 12 septembre 2024 avec la Caf. Deux "
    "ans après sa signature, les premiers résultats sont présentés.",
    # a job offer's deadline on a CTG page
    "Offre d'emploi : chargé de coopération convention territoriale globale, poste cofinancé par la Caf. Date limite "
    "de candidature : 15/09/2025.",
    # session 9, by error class
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
def test_other_events_give_no_signature(nlp, text):
    assert date_fields(run(nlp, text))[0]["signature_date"] is None


def test_earlier_convention_in_apposition(nlp):
    """"la première CTG, conclue en 2017": the participle's date is an earlier convention's."""
    doc = run(nlp, "La nouvelle convention territoriale globale de Montauban prend le relais de la première CTG, "
                   "conclue en 2017.")
    (year,) = [s for s in doc.spans["dates"] if s.text == "2017"]
    assert year._.value.features["earlier_or_page_local"] == 1.0
    assert year._.value.features["sign_ctg_clean"] == 0.0


def test_weekday_day_month_without_year_left_null_on_request():
    pipeline = spacy.blank("fr")
    pipeline.add_pipe("ctg_dates", config={"daymonth_text_years": False})
    doc = run(pipeline, "La commune a signé ce mardi 27 mai sa convention territoriale globale, pour 2025-2029.")
    assert date_fields(doc)[0]["signature_date"] is None


ARTICLE_DATES = [
    ("Le Journal du social\nArticle<pub norm='2020-01-22'>22 janvier 2020</pub>\nAbonnés\nCe que prévoit la CTG.", None),
    ("Veille\nParu dans Enfance, Jeunesse, Famille le <pub norm='2019-04-02'>mardi 02 avril 2019</pub>.\nLa "
     "CTG se généralise.", None),
    ("La CTG est signée.\nPublié le : <pub norm='2012-05-09'>mercredi 9 mai 2012</pub> à 10h20", None),
]


@pytest.mark.parametrize("source,_", ARTICLE_DATES)
def test_article_date_forms(nlp, source, _):
    text, tags = parse_annotated(source)
    fields, evidence = date_fields(run(nlp, text))
    assert fields["publication_date"] == tags[0]["norm"]
    ev = evidence["publication_date"]  # a span of whole tokens: it covers the date ("Article22" is one token)
    assert ev["start"] <= tags[0]["start"] < tags[0]["end"] <= ev["end"] <= tags[0]["end"] + 1


def test_weekly_weekday_is_not_a_date(nlp):
    doc = run(nlp, "La CTG développe l'accueil de loisirs du mercredi et tous les samedis.", page_date="2024-05-02")
    assert list(doc.spans["dates"]) == []


def test_day_and_month_without_year_stay_unplaced(nlp):
    # no year anywhere and no article date: the guide leaves the signature date null
    doc = run(nlp, "La convention territoriale globale a été signée le 4 août entre la Caf et la commune.")
    assert date_fields(doc)[0]["signature_date"] is None
    assert [s.label_ for s in doc.spans["dates"]] == ["daymonth"]


def test_day_and_month_placed_by_article_date(nlp):
    doc = run(nlp, "La convention territoriale globale a été signée le 4 août entre la Caf et la commune.",
              page_date="2023-08-07")
    assert date_fields(doc)[0]["signature_date"] == "2023-08-04"


PERIODS = [
    ("La convention territoriale globale est signée pour quatre ans à partir de 2023.", 2023, 2026, 4),
    ("À compter du 1er janvier 2024 et pour 5 ans, la CTG fixe le cadre d'action.", 2024, 2028, 5),
    # a duration and a start year written with "dès"
    ("La CTG, conclue pour cinq ans dès 2025, associe la Caf et la communauté de communes.", 2025, 2029, 5),
    # an earlier convention's period said to have ended, in the same sentence as the renewal's
    ("La CTG 2020-2024 arrivée à échéance a été renouvelée pour la période 2025-2029.", 2025, 2029, 5),
    ("La précédente convention 2018-2021 est terminée. La nouvelle CTG couvre 2022-2026.", 2022, 2026, 5),
    # another scheme's period is not the convention's
    ("Le schéma départemental 2020-2024 guide la convention territoriale globale signée pour la période "
     "2022-2025.", 2022, 2025, 4),
]


@pytest.mark.parametrize("text,start,end,years", PERIODS)
def test_periods(nlp, text, start, end, years):
    fields, _ = date_fields(run(nlp, text))
    assert (fields["period_start"], fields["period_end"], fields["duration_years"]) == (start, end, years)


AMOUNTS = [
    "Elle apporte <eur v='2800000'>2,8 millions</eur> pour la petite enfance et <eur v='2600000'>2,6 millions "
    "d'euros</eur> pour la jeunesse.",
    "Un budget de <eur v='50000'>50 k€</eur> est prévu pour le diagnostic.",
    "La Caf consacre <eur v='5000000'>cinq millions d'euros</eur> au territoire.",
    "Le fonds atteint <eur v='1200000'>1,2 M€</eur> ; la commune y ajoute <eur v='430000000'>430 millions "
    "d'euros</eur> sur dix ans.",
]


@pytest.mark.parametrize("source", AMOUNTS)
def test_amount_forms(nlp, source):
    text, tags = parse_annotated(source)
    amounts, _ = money_fields(run(nlp, text))
    assert [(a.value, a.start, a.end) for a in amounts] == [(float(t["v"]), t["start"], t["end"]) for t in tags]


def test_vague_amounts_are_not_listed(nlp):
    text = "Plusieurs millions d'euros et des milliers d'euros de subventions sont attendus pour 20 000 habitants."
    assert money_fields(run(nlp, text))[0] == []


@pytest.mark.parametrize(("text", "expected"), [
    # a magazine issue dated by its season: its day-month dates are read against it, the page gets no date
    ("LE MAG — N°12 — PRINTEMPS 2023\nSOLIDARITÉS\nLe 3 mars dernier, la commune et la Caf du Nord ont signé la "
     "Convention territoriale globale pour 2023-2027.", "2023-03-03"),
    # winter issues are those of December
    ("Villefranche Mag n°58 – Hiver 2024\nLe 4 décembre dernier, la Ville et la Caf de l'Aveyron ont signé la "
     "Convention territoriale globale.", "2024-12-04"),
    # an annual bulletin dated by its year alone: its day-month dates are that year's
    ("SAINT-CHÉLY – BULLETIN MUNICIPAL 2022\nVie intercommunale\nLa commune a signé la Convention territoriale "
     "globale avec la Caf de la Lozère le 24 mars dernier.", "2022-03-24"),
])
def test_an_issue_dated_by_season_or_year_places_the_signing(nlp, text, expected):
    fields = date_fields(run(nlp, text))[0]
    assert fields["signature_date"] == expected and fields["publication_date"] is None


@pytest.mark.parametrize(("text", "signature", "publication"), [
    # a press dateline opening the story, followed by a dash: the page's date, against which "ce vendredi" is read
    ("Actualités\nLa CTG renouvelée\nLe Lorrain, le 4 avril 2025 – Deuxième génération. La Communauté "
     "d'agglomération et la Caf de la Martinique ont signé ce vendredi leur nouvelle Convention territoriale "
     "globale.", "2025-04-04", "2025-04-04"),
    # a date and its author line under the title ("Mercredi 11 septembre 2024 – Service communication")
    ("Mairie de Kourou\nÀ la une\nLa CTG est signée !\nMercredi 11 septembre 2024 – Service communication\nCe "
     "mercredi matin, la Caf de la Guyane et la Ville ont signé la Convention territoriale globale 2024-2027.",
     "2024-09-11", "2024-09-11"),
    # rows of a calendar in the header are no page date
    ("Calendrier de la CTG\nMars 2024 – diagnostic partagé\nJuin 2024 – ateliers avec les habitants\nLa Caf et la "
     "commune ont signé la Convention territoriale globale le 12 novembre 2024.", "2024-11-12", None),
])
def test_datelines_and_calendar_rows(nlp, text, signature, publication):
    fields = date_fields(run(nlp, text))[0]
    assert (fields["signature_date"], fields["publication_date"]) == (signature, publication)


def test_a_council_room_as_venue_is_no_council_session(nlp):
    # "dans la salle du conseil communautaire": where the signing took place, not another event
    text = ("Publié le 14 mars 2023\nLe mardi 7 mars, dans la salle du conseil communautaire à Langogne, le président "
            "de la communauté de communes et la directrice de la Caf de la Lozère ont signé la Convention "
            "territoriale globale.")
    assert date_fields(run(nlp, text))[0]["signature_date"] == "2023-03-07"
    session = ("Publié le 14 mars 2023\nLe mardi 7 mars, le conseil communautaire a approuvé la Convention "
               "territoriale globale, que le président signera avec la Caf.")
    assert date_fields(run(nlp, session))[0]["signature_date"] != "2023-03-07"


# Signing dates told around the signing sentence, months and day-months without a year placed against the page or
# against the date told before them. <sig norm='..'>: the signature date; every other date in the text is a trap
CONTEXT_SIGNATURES = [
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


# session 10, by error class: (text with <sig norm='..'>, page date); every other date in the text is a trap
SESSION10_SIGNATURES = [
    # the gerund of the signing verb
    ("Lunel Mag – n°64 – février 2023\nEn signant avec la Caf de l'Hérault, le <sig norm='2023-01-24'>24 janvier "
     "dernier</sig>, une convention territoriale globale, la Ville s'engage pour cinq ans.", None),
    # a gathering participle opening the sentence whose main verb is the signing (renewing)
    ("Mis en ligne le 9 mai 2024\nRéunis à Millau le <sig norm='2024-05-06'>6 mai</sig>, les élus de la communauté "
     "de communes et la Caf de l'Aveyron ont renouvelé leur convention territoriale globale pour 2024-2028.", None),
    # the signing named by its noun alone, in a deliberation whose title names the CTG
    ("Délibération n° 2024-17 – Convention territoriale globale avec la Caf de l'Aude\nLe conseil approuve la "
     "convention et autorise le président à la signer.\nLa signature est prévue le <sig norm='2024-04-09'>9 avril "
     "2024</sig> à Limoux.", None),
    # a document header: adopted on one date, signed on another
    ("Convention territoriale globale 2025-2028 – Plan d'actions\nCommunauté de communes du Sisteronais / Caf des "
     "Alpes-de-Haute-Provence\nTexte adopté en conseil communautaire le 4 février 2025 – signature le "
     "<sig norm='2025-03-11'>11 mars 2025</sig>", None),
    # the page's convention, the subject of the date's participle, named again after the page named a CTG
    ("Deux questions sur notre convention territoriale globale\nOù en est-on ? La convention, signée le "
     "<sig norm='2024-11-19'>19 novembre</sig> à Saint-Affrique, court jusqu'en 2028.", "2025-01-10"),
    # a periodical's long header line dated by its issue's month places the signing
    ("LE JOURNAL DE LA COMMUNAUTÉ DE COMMUNES – Pays de Lure et des Mille Étangs – Mars 2025\nFamilles : la "
     "convention territoriale globale a été signée le <sig norm='2025-02-18'>18 février</sig> avec la Caf.", None),
    # a council meeting as the signing's occasion
    ("Le Mag de l'Agglo – n°12 – septembre 2024\nAprès un an de diagnostic, l'agglomération signera sa convention "
     "territoriale globale avec la Caf du Cantal le <sig norm='2024-10-15'>15 octobre</sig>, lors du conseil "
     "communautaire.", None),
    # the island's name is no meeting
    ("Publié le 16 mai 2024\nLes élus du Territoire de la Côte Ouest et la direction de la Caf de La Réunion se sont "
     "retrouvés <sig norm='2024-05-14'>ce mardi</sig> au Port pour signer la convention territoriale globale.", None),
    # a press brief's credit at its end dates the page
    ("Familles : la CTG est signée\nLa communauté de communes du Jovinien et la Caf de l'Yonne ont signé "
     "<sig norm='2024-06-11'>mardi</sig> leur convention territoriale globale. — L'Indépendant de l'Yonne, 13 juin "
     "2024", None),
]



@pytest.mark.parametrize(("source", "page_date"), CONTEXT_SIGNATURES + SESSION10_SIGNATURES)
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
    # "dernier" counts from the page's time, which this page does not give: not from the date told before
    ("En janvier 2019, la commune a signé sa première CTG. Après un bilan dressé en décembre dernier, elle l'a "
     "renouvelée.", None, None),
    ("La signature aura lieu en février.", "2024-01-15", "2024-02"),
    ("Les travaux ont été réceptionnés fin juin.", "2024-09-02", "2024-06"),
    ("Le diagnostic a été rendu en mars.", "2024-10-02", None),  # seven months back: not placed
])
def test_month_without_year(nlp, text, page_date, iso):
    doc = run(nlp, text, page_date)
    months = [s for s in doc.spans["dates"] if s.label_ == "month" and s._.value.written.year is None]
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


# (text, period_start, period_end, duration_years), session 9 by error class
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


@pytest.mark.parametrize(("text", "publication"), [
    # a periodical's long header line: its issue's month is the page's date
    ("LE JOURNAL DE LA COMMUNAUTÉ DE COMMUNES – Pays de Lure et des Mille Étangs – Mars 2025\nFamilles : une "
     "convention avec la Caf.", "2025-03"),
    # a press credit closing a brief
    ("La Ville et la Caf de l'Oise ont signé leur convention territoriale globale. — Le Courrier picard, 2 "
     "octobre 2023", "2023-10-02"),
    ("La commune et la Caf ont signé leur convention territoriale globale.\nSource : Le Progrès, 3 mai 2022",
     "2022-05-03"),
    # a date closing the text without a paper's name before it is no credit
    ("La commune et la Caf de l'Oise signeront leur convention territoriale globale le 2 octobre 2023", None),
])
def test_session10_page_dates(nlp, text, publication):
    assert date_fields(run(nlp, text))[0]["publication_date"] == publication


@pytest.mark.parametrize("text", [
    # a gathering to present the convention stays a meeting, even with a signing said later in the sentence
    "Publié le 4 mars 2024\nRéunis mardi pour une présentation du diagnostic, les élus ont appris que la convention "
    "territoriale globale serait signée avec la Caf.",
    # a council adopting the convention at its session: no signing is dated
    "La convention territoriale globale a été approuvée lors du conseil communautaire du 8 octobre 2024 ; le président "
    "la signera avec la Caf.",
    # the signing noun completed by another scheme's name is not the page's convention
    "Convention territoriale globale : le diagnostic est lancé.\nLa signature du contrat de ville est prévue le 5 "
    "juin 2024 en préfecture.",
])
def test_session10_no_signature(nlp, text):
    assert date_fields(run(nlp, text))[0]["signature_date"] is None


def test_two_month_issue_gives_no_page_date(nlp):
    doc = run(nlp, "LE MAG DE L'AGGLOMÉRATION DU SAINT-QUENTINOIS – Solidarités et familles – n°31 – mars-avril 2024\n"
                   "La convention territoriale globale a été signée avec la Caf de l'Aisne.")
    assert date_fields(doc)[0]["publication_date"] is None


# (text, period_start, period_end, duration_years), session 10 by error class
SESSION10_PERIODS = [
    # a first convention that a signing verb far before it in the sentence signs is this one
    ("La commune et la Caf de l'Yonne ont signé hier, en présence du sous-préfet, des maires du canton et des "
     "directrices d'école, la première convention territoriale globale de la commune, pour les années 2024 à 2027.",
     2024, 2027, 4),
    # the answer under an interview's question about the convention, on a page about a CTG
    ("Entretien : notre convention territoriale globale\nQue contient le texte ? Quatre axes.\nCombien de temps court "
     "la convention ? Elle porte sur 2024-2029.", 2024, 2029, 6),
    # a headline's end year over the CTG's story, a byline between them (a signing "lundi", its year placed by the
    # byline alone, opens no period since session 22)
    ("Familles : la Ville et la Caf côte à côte jusqu'en 2028\nPar Léa M. – 5 mars 2025\nLa convention territoriale "
     "globale a été signée lundi en mairie.", None, 2028, None),
    # a deliberation's "d'une durée de N ans à compter du ..."
    ("Le conseil approuve la convention territoriale globale, d'une durée de quatre ans à compter du 1er janvier "
     "2025, et autorise le président à la signer.", 2025, 2028, 4),
    # "jusqu'à la fin" of a year
    ("La convention territoriale globale signée avec la Caf est valable jusqu'à la fin 2027.", None, 2027, None),
    # a convention excerpt's taking effect and end in one sentence, under an article's title
    ("Convention territoriale globale de la communauté de communes du Haut-Allier\nArticle 3 – Période\nElle prend "
     "effet au 1er janvier 2023 et s'achève le 31 décembre 2026.", 2023, 2026, 4),
    # a participle signing this convention does not sign the first one it takes over from
    ("Le 5 décembre, le conseil a adopté la convention territoriale globale pour les années 2025 à 2028. Signée dans "
     "la foulée avec la Caf, elle prend le relais de la première CTG (2021-2024).", 2025, 2028, 4),
    # the convention taking over is this one when nothing is named after 'le relais'
    ("Depuis le 3 avril, c'est une convention territoriale globale qui prend le relais pour les douze communes, "
     "jusqu'en 2028.", None, 2028, None),
    # a duration after the convention's full name
    ("La commune et la Caf de la Lozère ont signé mardi une convention territoriale globale de cinq ans.", None, None,
     5),
    # a first convention that the sentence's signing verb signs keeps its duration
    ("Le 3 juin, la communauté de communes et la Caf ont signé, à Langogne, la première convention territoriale "
     "globale du territoire, pour quatre ans.", None, None, 4),
]


@pytest.mark.parametrize("text,start,end,years", SESSION10_PERIODS)
def test_session10_period_classes(nlp, text, start, end, years):
    fields = date_fields(run(nlp, text))[0]
    assert (fields["period_start"], fields["period_end"], fields["duration_years"]) == (start, end, years)


def test_headline_with_another_schemes_end_is_no_period(nlp):
    doc = run(nlp, "Le contrat de ville prolongé jusqu'en 2030\nLa convention territoriale globale, elle, reste à signer.")
    assert date_fields(doc)[0]["period_end"] is None
