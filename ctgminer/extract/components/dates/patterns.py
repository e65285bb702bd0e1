"""Regular-expression pieces for dates, periods and durations (edsnlp-style atomic patterns)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from ctgminer.text.fastcue import FastCue
from ctgminer.text.numbers import NUMBER_WORDS

# Cue vocabularies and month/weekday names are data (cues.json), compiled once here.
CUES: dict = json.loads((Path(__file__).with_name("cues.json")).read_text(encoding="utf-8"))


def _cue(name: str) -> re.Pattern | FastCue:
    """A cue of cues.json; a case-insensitive one searched on lower-cased text (FastCue: same matches, faster)."""
    entry = CUES[name]
    # "include": other cues whose alternatives this one shares
    pattern = "|".join([a for other in entry.get("include", ()) for a in CUES[other]["alternatives"]]
                       + entry["alternatives"])
    return FastCue(pattern) if entry["ignore_case"] else re.compile(pattern)


# --- atomic pieces -----------------------------------------------------------------------------
MONTHS: dict[str, int] = CUES["months"]
SEASONS: dict[str, int] = {k: v for k, v in CUES["seasons"].items() if not k.startswith("_")}
WEEKDAYS: dict[str, int] = CUES["weekdays"]
# month names written in full ("juin", "décembre"), not abbreviations ("déc", "janv"): a full stop after them ends the
# sentence rather than the word
FULL_MONTHS = {k for k, v in MONTHS.items() if not any(o != k and o.startswith(k) and MONTHS[o] == v for o in MONTHS)}

MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
WEEKDAY = r"(?:" + "|".join(WEEKDAYS) + r")"
YEAR = r"(?:19[5-9]\d|20\d\d)"
DAY = r"(?:1\s?er|1ᵉʳ|1re|[12]\d|3[01]|0?[1-9])"
DASH = r"\s*[-‐‑‒–—/]\s*"
SMALL_NUMBER = rf"(?:\d{{1,2}}|{NUMBER_WORDS})"

FLAGS = re.IGNORECASE

# --- dates -------------------------------------------------------------------------------------
# "jeudi 27 février 2025", "16 Octobre 2024", "le 1er mars 2023", "mardi 26 mars dernier"
ABSOLUTE = re.compile(
    # a day may follow a word without a space in scraped headers ("Article22 janvier 2020")
    rf"(?:\b(?P<wd>{WEEKDAY})\s+|(?<!\d))(?P<d>{DAY})\s+(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}))?(?![\w-])"
    # "le 3 avril prochain" (ahead of the page's date), "signée le 18 novembre suivant" (after the date told before)
    rf"(?:(?P<past>\s+dernier)|(?P<fut>\s+prochain)|(?P<next>\s+suivant))?",
    FLAGS,
)
# "11/12/2019", "23-12-2021", "13.03.2022"
NUMERIC = re.compile(rf"(?<![\d/.-])(?P<d>[0-3]?\d)[/.-](?P<m>[01]?\d)[/.-](?P<y>{YEAR})(?![\d/-])")
# "12.03.24", "12/03/24": a two-digit year, as press pages and captions write dates (read as 20yy); the same
# separator twice, nothing numeric around it (not a phone number "02.41.12.03.24", not a version "1.2.3")
NUMERIC_SHORT_YEAR = re.compile(r"(?<![\d/.,-])(?P<d>0?[1-9]|[12]\d|3[01])(?P<sep>[/.])(?P<m>0?[1-9]|1[0-2])(?P=sep)"
                                r"(?P<y>[0-4]\d)(?![\d/-]|[.,]\d)")
# "09/08", "14/06": a day and month without a year (found, placed in a year only where the text allows)
NUMERIC_DAYMONTH = re.compile(r"(?<![\d/.,-])(?P<d>0[1-9]|[12]\d|3[01])/(?P<m>0[1-9]|1[0-2])(?![\d/]|[.,]\d)")
# "11/2017", "03.2024": a numeric month and year
NUMERIC_MONTH_YEAR = re.compile(rf"(?<![\d/.,-])(?P<m>0?[1-9]|1[0-2])[/.](?P<y>{YEAR})(?![\d/-]|\.\d)")
# every numeric form above and below has a digit, a separator and a digit: texts without one skip them all (most
# texts), and the day-month form needs a slash between digits
DIGIT_SEPARATOR_DIGIT = re.compile(r"\d[/.-]\d")
DIGIT_SLASH_DIGIT = re.compile(r"\d/\d")
# the core of each numeric form, opening on a digit (which re scans for quickly, unlike the forms' look-behinds): a
# form's scan starts one character before its core's first match (its day or month has at most two digits), or is
# skipped where the core is absent (most texts have "2021-2025" but no "12/03/2024")
NUMERIC_CORE = re.compile(rf"\d[/.-]\d{{1,2}}[/.-]{YEAR}")
NUMERIC_SHORT_YEAR_CORE = re.compile(r"\d([/.])\d{1,2}\1\d\d")
NUMERIC_MONTH_YEAR_CORE = re.compile(rf"\d[/.]{YEAR}")
ISO_CORE = re.compile(rf"{YEAR}-[01]\d")  # ISO dates and ISO months
# "2024-03-07"
ISO = re.compile(rf"(?<![\d-])(?P<y>{YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])")
# a deliberation's or a report's number shaped like a date is no date (session 27; pages: deliberations' extracts and
# council reports, "Délibération n° 2023-06-14", "Rapport n° 2024-03-17", "N° 2021-09-07 – Adhésion à la CTG": read as
# days, they dated the page or its signing)
NUMBERED_BEFORE = re.compile(r"(?:\bn[°º]|\bnuméro)\s*$", re.IGNORECASE)
# " date 2024-01" (page headers), "2024-01" at a line start
ISO_MONTH = re.compile(rf"(?:\bdate\s*:?\s*|^\s*)(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])(?![\d-])", FLAGS | re.M)
# a month without a year, as press pages and bulletins date what is near: "la signature interviendra en janvier",
# "signées en novembre", "au mois de mars dernier", "fin juin" (placed against the page's date, or against the date
# told just before it on a page without one)
MONTH_ONLY = re.compile(
    rf"\b(?:en|au\s+mois\s+de|au\s+mois\s+d['’]|courant|début|fin|mi-)\s*(?P<m>{MONTH})"
    rf"(?:\s+(?P<past>dernier)|\s+(?P<fut>prochain))?(?![\w-])(?!\s*(?:\d|\.\d))",
    FLAGS,
)
# "en octobre 2021", "janvier 2019"
MONTH_YEAR = re.compile(rf"(?<!\d\s)\b(?P<m>{MONTH})\s+(?P<y>{YEAR})\b", FLAGS)
# "signée en 2023": a year given as the time of an event
# the verb's complements before the year (opening on a preposition or a determiner), up to eight words: "signée avec
# la Caf de l'Ariège en 2022", "une signature de la convention au début de l'année 2024" (not an adverb or a
# participle: "signature espérée début 2023")
_EVENT_COMPLEMENTS = (r"(?:(?:(?:avec|par|entre|de|du|des|la|le|les|sa|son|ses|leur|leurs|une?|cette|ce)\s+|[dl]['’]\s*)"
                      r"(?:[^\s,.;:!?()\n]+\s+){0,7}?)?")
# "signée en 2021", "signée fin 2021", "conclue début 2020", "à la fin de l'année 2026": part of a year, read as the year
# a season of a year ("Signée au printemps 2022"); a deadline within a year ("sera signée d'ici la fin de l'année 2025")
_EVENT_WHEN = (r"(?:(?:courant\s+|dès\s+)?en\s+|(?:fin|début|courant|mi-)\s*"
               r"|(?:à\s+la|au|en|dans\s+le)\s+(?:fin|début|cours|courant)\s+(?:de\s+l['’]\s*|d['’]\s*)année\s+"
               r"|(?:au|en|à\s+l['’]\s*)\s*(?:printemps|été|automne|hiver)\s+"
               r"|d['’]\s*ici\s+(?:à\s+)?(?:la\s+)?fin\s+(?:de\s+l['’]\s*année\s+|d['’]\s*année\s+)?)")
# one top-level alternative per verb, so that each opens on a letter (FastCue scans for it quickly); "intervenues"
# also glued to the word before it, as page debris writes it ("(Ctgintervenues en 2019"); every capture group is the
# year (the component reads the one that matched)
EVENT_YEAR = re.compile(
    "|".join(rf"{verb}\s+{_EVENT_COMPLEMENTS}{_EVENT_WHEN}({YEAR})\b"
             for verb in (r"\bsign\w*", r"\bconclue?s?", r"\badoptée?s?", r"\bapprouvée?s?", r"intervenue?s?"))
    # the year opening the clause of the signing: "En 2021, la commune a signé sa CTG", "C'est en 2019 que la Caf et la
    # ville ont conclu ..."
    + rf"|\ben\s+({YEAR})\s*(?:,|que\b)(?=[^.\n]{{0,150}}\b(?:a|ont)\s+(?:\w+\s+){{0,2}}"
    rf"(?:signé|conclu|adopté|approuvé)e?s?\b)", FLAGS)
# a half or a quarter of a year, as plans date what is to come: "dont la signature est envisagée au premier semestre
# 2025", "au second trimestre 2024" (read as its year)
PART_OF_YEAR = re.compile(rf"\b(?:(?:au|du|le|dans\s+le|courant(?:\s+du)?)\s+)?(?:premier|1er|second|deuxième|2e|2nd|troisième"
                          rf"|3e|quatrième|4e)\s+(?:semestre|trimestre)\s+(?:de\s+l['’]\s*année\s+)?(?P<y>{YEAR})\b", FLAGS)
# a convention's signing block with its day left blank for the signatories: "Fait à Saint-Amand, le ............ 2023"
# (read as its year; the span opens after "le", where the block's cue ends)
BLANK_DAY = re.compile(rf"\ble\s*(?P<blank>[._…]{{3,}}[\s._…]*(?:(?P<m>{MONTH})\s+)?(?P<y>{YEAR}))\b", FLAGS)
# relative expressions resolved against the article's date
RELATIVE = re.compile(
    rf"\b(?P<rel>aujourd['’]\s?hui|ce\s+jour(?!\s*-)|ce\s+matin|cet\s+après-midi|ce\s+soir|avant[- ]hier|hier|demain)\b"
    rf"|\b(?P<ce>ce|cette)\s+(?P<wd>{WEEKDAY})(?!\s+{DAY}\s)\b"
    rf"|\b(?P<wd2>{WEEKDAY})\s+dernier\b"
    rf"|\b(?P<wd4>{WEEKDAY})\s+prochain\b"
    # a bare weekday in a report ("ont été signés vendredi à la Caf"): the nearest such day, read with the tense
    rf"|\b(?P<wd3>{WEEKDAY})\b(?!\s+(?:{DAY}|dernier|prochain)\b)",
    FLAGS,
)

# the signing dated by the years since it, told beside a later event ("Deux ans après sa signature, la CTG a fait
# l'objet d'un bilan présenté le 20 juin"): the year of that event (or of the page) less that many years
SINCE_SIGNING = re.compile(rf"\b(?P<n>{SMALL_NUMBER})\s+ans?\s+(?:après|depuis)\s+(?:sa|la|leur|cette|notre)\s+signature\b",
                           FLAGS)
SINCE_SIGNING_WORDS = ("an après", "ans après", "an depuis", "ans depuis")  # one is needed (a quick substring test)
# a day of the page's own month: "a signé le 12 courant", "ont signé le 7 de ce mois" (press and administrative style)
CURRENT_MONTH_DAY = re.compile(rf"(?<!\d)(?P<d>{DAY})\s+(?:courant|de\s+ce\s+mois(?:-ci)?|du\s+mois\s+en\s+cours)\b",
                               FLAGS)
# a month told against the page's date: "sera signée le mois prochain", "signée le mois dernier", "ce mois-ci"
# "s'est déroulée, en ce début de mois, la signature", "En ce mois de décembre, la Caf a signé trois conventions" (the
# month named must be the page's own; "Ce mois de décembre, ..." too); "ont signé la semaine dernière" (the month of
# the week before the page's date)
RELATIVE_MONTH = re.compile(rf"\b(?:le\s+mois\s+(?P<rm>prochain|dernier)|ce\s+mois-ci"
                            rf"|(?:en\s+ce\s+(?:début\s+de\s+|fin\s+de\s+)?mois|ce\s+mois(?=\s+(?:de\s+|d['’]\s*){MONTH}))"
                            rf"(?:\s+(?:de\s+|d['’]\s*)(?P<cm>{MONTH}))?"
                            rf"|(?P<week>la\s+semaine\s+(?:dernière|passée)))(?![\w-])", FLAGS)
# a season told against the page's date: "elle sera signée au printemps" (a year at most; not winter, which spans
# two years; not "jusqu'au printemps", a deadline; "prévue à la rentrée": September); placed only where its clause
# announces (component)
SEASON = re.compile(r"(?<!jusqu['’])\b(?:au|à\s+l['’]\s*|à\s+la\s+|cet(?:te)?|en)\s*(?P<s>printemps|été|ete|automne|rentrée)"
                    r"(?:\s+(?P<past>dernier)|\s+(?P<fut>prochain))?\b(?!\s*(?:19|20)\d\d)", FLAGS)
# words one of the three forms above needs (a plain substring search skips their scans on most texts)
CURRENT_MONTH_WORDS = ("courant", "ce mois", "mois en cours")
SEASON_WORDS = ("printemps", "été", "ete", "automne", "rentrée")
# "à ce jour", "jusqu'à aujourd'hui": so far, not a date
SO_FAR_BEFORE = _cue("so_far_before")
# a weekday read as a recurring day: "accueil du mercredi", "tous les samedis", "chaque lundi"
GENERIC_WEEKDAY_BEFORE = _cue("generic_weekday_before")
# "les communes sont aujourd'hui engagées": 'aujourd'hui' as 'nowadays'
NOWADAYS_BEFORE = _cue("nowadays_before")

# --- publication / article-date cues -----------------------------------------------------------
PUBLICATION_CUE = re.compile(
    # "Affiché le 2 juillet 2021" (a council's minutes posted at the town hall); "Posté le" with its accent (not a job
    # offer's post, "Prise de poste : 1er mars 2025")
    r"(?:publi[ée]e?s?|affich[ée]e?s?|mis(?:e)?\s+à\s+jour|mis(?:e)?\s+en\s+ligne|actualis[ée]e?|post(?:é|ée)s?|date\s+de\s+publication"
    r"|modifi[ée]e?)\s*(?:le\s*:|le|:)?\s*(?:à\s+)?$"
    # a deliberation's certificate closing the page, its posting after its filing: "Acte rendu exécutoire après dépôt
    # en préfecture le 24/09/2021 et publication le 24/09/2021" (not the filing's date alone)
    r"|\bpublication\s+le\s*$"
    # "Paru dans Petite enfance, Culture le mardi 6 mars 2018": a press review's rubrics between cue and date
    r"|\bparu(?:e|s)?\s+(?:dans|sur)\b[^.\n]{0,80}?\ble\s*$"
    # a site's item dated in its header line, after a separator or at a line's start: "Caf de la Martinique – Nos
    # partenaires – Actualité du 02/12/2025" (not "notre article du 3 mars" in the story)
    r"|(?:\n|[–—|•·]\s*)(?:actualité|communiqué(?:\s+de\s+presse)?|article)\s+du\s*$"
    # a site's news section stamping its item's date, even under a headline dated by the meeting it reports:
    # "Conseil municipal du 4 mars 2025 : l'essentiel", then "Ville – Actualités – 7 mars 2025"
    r"|(?:^|\n|[–—|•·]\s*)actualités?\s*[–—|-]\s*(?:le\s+)?$",
    FLAGS,
)
# an update, not the page's first publication ("Mis à jour le 18/06/2019" after a byline's date)
UPDATE_CUE = re.compile(r"\b(?:mise?\s+à\s+jour|actualis|modifi)", FLAGS)
# what follows the date of a calendar row: "Juillet 2024 : signature de la convention", "Mars 2024 – diagnostic"
NOT_PAGE_DATE_LEAD = _cue("not_page_date_lead")
FIELD_LEAD = _cue("field_lead")
CALENDAR_ROW_AFTER = re.compile(r"\s*(?::|–|—)\s*\S")
# a dateline: the date, then a dash and the story ("18/03/2024 - La Ville ..."), or a place before it
# ("Blois, le 18 mars 2024.")
# a full stop too where a page lost its line breaks ("11 décembre 2019. À La Seyne, la maire a signé ...")
DATELINE_AFTER = re.compile(r"\s*[-–—|·•]\s+\S|\.\s+[A-ZÀ-Þ]")
# (a place's name: capitalised words and the particles of French place names, "Saint-Denis de La Réunion, le"; not a
# clause, "La CARENE et la Caf ont signé, le 11 décembre 2020, une CTG", nor a signing block, "Fait à Arras, le")
_PLACE_WORD = r"(?:[A-ZÀ-Þ][\w'’-]*|de|du|des|la|le|les|sur|sous|en|lès|lez|aux?|[dl]['’][A-ZÀ-Þ][\w'’-]*)"
DATELINE_LEAD = re.compile(rf"[A-ZÀ-Þ][\w'’-]*(?:\s+{_PLACE_WORD}){{0,5}},\s*le")
# a press lead's dateline without "le", the story on the same line after the date's full stop: "Aurillac, 10 janvier
# 2026. La Caf du Cantal a présenté mardi ..." (the date then DATELINE_AFTER)
DATELINE_PLACE = re.compile(rf"[A-ZÀ-Þ][\w'’-]*(?:\s+{_PLACE_WORD}){{0,5}},")
# a press byline before the page's date: "Par Julien M. – Le 27 janvier 2025 à 18:30 | Temps de lecture : 4 min"
BYLINE_LEAD = re.compile(r"(?:Par|PAR)\s+[^\n]{1,60}?\s[-–—|]\s*(?:[Ll]e)?")
# a press credit closing a brief, before its date: "— La Voix du Jura, 12 mars 2024", "Source : Le Progrès, 3 mai 2022"
PRESS_CREDIT_LEAD = re.compile(r"(?:[—–]|\s-|\bSource\s*:)\s*[A-ZÀ-Þ][^\n,.;:]{1,50},\s*(?:le\s+)?$")
# a time of day closing the date's line ("Vendredi 17 février 2023 à 18:30")
TIME_CLOSING_LINE = re.compile(r"\s*(?:,|à|-)?\s*(?:à\s+)?\d{1,2}\s*[h:]\s*\d{0,2}\s*", FLAGS)
# a header line's bar right before its date ("Le Républicain lorrain – édition de Thionville | 19 janvier 2023"; not
# a dash, which also closes an event's title: "Comité de pilotage de la convention territoriale globale – 27 novembre"),
# its "Le" too ("Le Parisien – Édition Val-de-Marne | Le 21 novembre 2022 à 18h30")
SEPARATOR_END = re.compile(r"\s\|\s*(?:[Ll]e\s*)?$")
# a byline after a dateline's time: a radio's or a paper's page stamp, "Lundi 4 décembre 2023 à 18:31 - Par Thomas
# Larrieu, ici Béarn Bigorre" (the page's date, not an event's); or its reading time, "14 janvier 2025 à 06:00 – Temps
# de lecture : 2 min"
BYLINE_AFTER = re.compile(r"[–—|-]\s*(?:par\s|temps\s+de\s+lecture\b)", FLAGS)
TIME_OF_DAY = re.compile(r"^\s*(?:,|à|-)?\s*(?:à\s+)?\d{1,2}\s*[h:]\s*\d{0,2}", FLAGS)
# an agenda line: the date, its hours, then a closing hour or a venue ("Samedi 8 mars 2025 – de 10h à 17h – Palais des
# Arts", "Le 4 mars 2025 à 18h30, salle des fêtes"); not a byline's time, closing its line or followed by the
# reading time, an update or its writer ("Le 21 novembre 2022 à 18h30", "14 mars 2023 à 18:05 – Temps de lecture : 5
# min", "Le 02/03/2024 à 06h30 – Par Rédaction Vallée")
EVENT_TIME_AFTER = re.compile(
    # (the line's rest read whole for a page stamp's words: "Le 14 mars 2022 à 17h45 – Mis à jour le 15 mars 2022")
    r"^(?![^\n]*[–—-]\s*par\s)(?![^\n]*(?:lecture|mise?\s+à\s+jour|actualis|modifi|\d\s*min\b|\bvues?\b))"
    r"\s*(?:[,–—-]\s*)?(?:(?:à|de|dès)\s+)?\d{1,2}\s*[h:]\s*\d{0,2}\s*(?:(?:à|-|–)\s*\d{1,2}\s*h|[,–—-]\s*\w)", FLAGS)

# --- signature cues ----------------------------------------------------------------------------
SIGN_CUE = _cue("sign_cue")
# a signing named as another event's reference point ("deux ans après sa signature, un bilan présenté jeudi")
SIGN_REFERENCE = _cue("sign_reference")
# "après la signature de la CTG avec X, le 2 octobre à Luçon": the date apposed to the signing noun dates it
SIGN_REFERENCE_APPOSED = _cue("sign_reference_apposed")
# "prévue ce mardi, a été reportée sine die": a planned date put off (the words after the date's clause)
POSTPONED_AFTER = _cue("postponed_after")
# "la CTG signée en 2020 ... arrive à échéance le 31 décembre 2023": the signed convention ends later in the sentence
ENDED_LATER = _cue("ended_later")
# a signing participle before a date, past its complements in the clause: "la CTG signée avec la Caf de la Savoie en"
SIGNED_PARTICIPLE_BEFORE = re.compile(r"\b(?:(?:co-?)?sign|paraph)(?:ée?s?)\b[^,;:.()\n]{0,60}$|\bconclue?s?\b[^,;:.()\n]{0,60}$",
                                      FLAGS)
# "pour une signature envisagée à la fin de l'année": the time a signing cue gives itself, right after it
SIGN_OWN_TIME = _cue("sign_own_time")
# the words between a signing cue and the date right after it that dates it: "signée fin 2021", "signé le 3 mars",
# "paraphée jeudi" (a few words, no punctuation)
SIGN_TO_DATE_GAP = re.compile(r"(?:[^\S\n]+[^\s,.;:!?()\[\]]+){0,4}?[^\S\n]*")
# "la première CTG, conclue en 2017": an earlier convention, unless the date's signing verb signs it
FIRST_CONVENTION = _cue("first_convention")
# a conjugated signing verb (its object may stand far after it, past commas)
SIGN_FINITE = _cue("sign_finite")
# "Qui a signé ?", "Quand a-t-elle été signée ?": a question its next line answers with the signing's date
SIGNING_QUESTION = _cue("signing_question")
# the date's clause is a participle attached to a noun of the clause before or, opening the sentence, after
PARTICIPLE_LEAD = _cue("participle_lead")
# a list item line ("- le 5 décembre, avec la Ville de Douai ;")
LIST_ITEM = _cue("list_item")
# cues that the date in this sentence is another event (a meeting, a job offer, a follow-up)
NOT_SIGNATURE = _cue("not_signature")
# cues, in the clause just before the date, that it belongs to the past or to the page itself
NOT_SIGNATURE_LOCAL = _cue("not_signature_local")
# "nous sommes ici aujourd'hui", "réunis ce jour": the date of the event being reported
PRESENCE = _cue("presence")
# the next sentence's signing follows the dated event at once ("Signée dans la foulée par la maire")
SAME_TIME_NEXT = _cue("same_time_next")
# the page's convention named again without its full name ("La convention signée ce jeudi")
CONVENTION_ANAPHOR = _cue("convention_anaphor")
# a fact box's field naming the signing right before its date: "Date de signature : 12 juin 2023", "Signée le : 3 mai"
SIGNING_FIELD = re.compile(r"\b(?:date\s+de\s+(?:la\s+)?signature|signature\s+de\s+la\s+convention|sign[ée]e?\s+le)"
                           r"\s*:\s*$", FLAGS)
# ... or by the bare noun as its line's label ("Territoire : Grand Dax" then "Signature : 14 février 2023")
SIGNING_LABEL = re.compile(r"[^\w\n]*signature\s*:\s*", FLAGS)
# a signing participle opening its sentence, before the date ("Signée le", "Renouvelée ce 4 mai", "Conclue en")
OPENING_SIGN_PARTICIPLE = re.compile(r"\W*(?:co)?(?:sign|paraph|renouvel|conclu)\w*\s+(?:\w+\s+){0,2}", FLAGS)
# a convention its own words make another ("une convention relative à l'orientation des allocataires du RSA")
OTHER_CONVENTION = _cue("other_convention")
# a convention named in a sentence ("Conclue pour 2024-2030, la convention ...")
CONVENTION_WORD = re.compile(r"\bconventions?\b", FLAGS)
# what a sentence says signed, named as a convention or a signing ("une nouvelle convention a été signée", "Une
# signature s'est tenue lundi"), not as a partnership or an agreement that may be another one ("un partenariat signé")
SIGNED_AS_CONVENTION = re.compile(r"\b(?:conventions?|signatures?)\b", FLAGS)
# a convention named by its date, which is its signing's ("la convention du 30 janvier 2018", "celle du 12 mars" after
# conventions said signed)
NAMED_BY_DATE = re.compile(r"\b(?:(?P<conv>conventions?|ctg)|celle|celle-ci)\s+du\s*$", FLAGS)

# other events or documents a date may belong to (features of a signature candidate)
OTHER_SCHEME = _cue("other_scheme")
# the Caf as a party of the event ("entre la ville et la Caf", "avec la Caisse d'allocations familiales")
CAF_PARTY = _cue("caf_party")
CAPTION = _cue("caption")
ADOPTION = _cue("adoption")
# a council's vote as the date's own event ('Le conseil municipal a adopté jeudi soir la convention'): no signing
COUNCIL_ADOPTION = _cue("council_adoption")
COUNCIL = _cue("council")
FUTURE = _cue("future")
# the date of a national text ("la circulaire Cnaf du 16 janvier 2020"), a meeting or presentation, a dated count of
# conventions ("au 31 décembre, 222 CTG avaient été signées"), and the parties named with "entre ... et ..."
OFFICIAL_TEXT = _cue("official_text")
MEETING = _cue("meeting")
# the island's name before "Réunion" (capitalised), not a meeting: "la Caf de La Réunion", "à la Réunion"
ISLAND_LEAD = re.compile(r"\b[Ll]a\s+$")
# a meeting named as an event's occasion, to the next punctuation: "lors du conseil communautaire", "à l'occasion du
# comité de pilotage"
OCCASION = re.compile(r"\b(?:lors|à\s+l['’]\s*occasion)\s+d(?:u|es|e\s+la|e\s+l['’]|['’])\s*[^,;.()\n]{0,60}", re.IGNORECASE)
# a gathering participle opening the date's clause ("Réunis à Millau le 3 mai, les élus ... ont signé")
GATHERING_LEAD = _cue("gathering_lead")
GATHERING_FOR_SIGNING = _cue("gathering_for_signing")
STATISTIC = _cue("statistic")
VAGUE_TIME = _cue("vague_time")
BETWEEN_PARTIES = _cue("between_parties")
# a contract's signing block: "Fait à Cayenne, le" right before the date ...
SIGNING_BLOCK_BEFORE = _cue("signing_block_before")
# ... then its copies or its signatories' lines: ", en deux exemplaires originaux.", "Pour la Caf de la Guyane"
SIGNING_BLOCK_AFTER = _cue("signing_block_after")
# ... or the line's end, in a convention rather than a deliberation (see cues.json)
SIGNING_BLOCK_LINE_END = _cue("signing_block_line_end")
# ... or a full stop closing the line, in the convention's own text ("La présente convention prend effet au ..." or
# its articles above: "Fait à Bretteville-sur-Laize, le 30 janvier 2025."; not a deliberation's "Le conseil autorise le
# maire à signer la convention. Fait à Ceyrat, le 28 juin 2024.")
SIGNING_BLOCK_STOP_END = re.compile(r"\.[ \t]*(?:\n|$)")
CONVENTION_OWN_TEXT = re.compile(r"\b(?:la\s+présente\s+convention|les\s+parties\s+signataires)\b|^[ \t]*article\s+\d",
                                 re.IGNORECASE | re.MULTILINE)
# a council's deliberation before a "Fait à ..., le ..." closing: that date certifies it, it signs nothing
DELIBERATION_PAGE = _cue("deliberation_page")

# --- periods -----------------------------------------------------------------------------------
PERIOD_RANGE = re.compile(
    # "a" for "à" on pages typed without accents ("La convention court de 2023 a 2026")
    # ("entre 2019 et 2020", not "les quatre signées en 2019 et 2020": two years of events)
    rf"(?<![\d/.-])(?:(?:de|entre)\s+)?(?P<y1>{YEAR})(?:{DASH}|\s+(?:à|au|a)\s+|(?<=entre\s\d{{4}})\s+et\s+)(?P<y2>{YEAR})(?![\d-])",
    FLAGS,
)
PERIOD_FULL = re.compile(
    rf"\b(?:du|de)\s+(?:{DAY}\s+)?{MONTH}\s+(?P<y1>{YEAR})\s+(?:au|à|jusqu['’]\s*au)\s+(?:{DAY}\s+)?{MONTH}\s+"
    rf"(?P<y2>{YEAR})\b",
    FLAGS,
)
PERIOD_END = re.compile(
    # "jusqu'à la fin 2026", "jusqu'à la fin de l'année 2026" (an end told as the end of a year)
    # "Elle prendra fin en décembre 2026", "s'achèvera fin 2027" (an end told by the convention's ending, present or
    # future: not "a pris fin", an earlier scheme's)
    rf"\b(?:jusqu?['’]\s*(?:au|en|à|à\s+fin|fin|à\s+la\s+fin(?:\s+de\s+l['’]\s*année|\s+de)?)|à\s+l['’]\s*horizon(?:\s+de)?"
    # "La convention arrive à échéance fin 2025" (a job offer's or a review's page on a running convention: present
    # or future, not "arrivée à échéance", PERIOD_ENDED_AFTER's earlier convention)
    rf"|(?:prend(?:ra)?\s+fin|s['’]\s*achève(?:ra)?|se\s+termine(?:ra)?|expire(?:ra)?"
    rf"|arrive(?:ra)?\s+à\s+(?:son\s+)?(?:échéance|terme))\s+(?:en|fin|le|au)"
    # "jusqu'à la fin de la convention, en 2027" (its end named as the convention's)
    rf"|fin\s+de\s+la\s+(?:convention|ctg)\s*,?\s+en)\s+"
    rf"(?:(?:le\s+)?(?:{DAY}\s+)?{MONTH}\s+)?(?P<y2>{YEAR})\b",
    FLAGS,
)
# an action's deadline, no convention's end ("créer 60 places d'ici 2028"), nor a signing's date ("9 intercommunalités
# sur 9 devront avoir signé une convention d'ici fin 2022": a target)
# a neighbour's own convention, signed with a possessive pronoun: "Fécamp et Bolbec, voisines, ont signé les leurs en
# 2022", "la commune voisine a signé la sienne au printemps" (not this page's signing)
NEIGHBOUR_SIGNING = re.compile(r"\bvoisin(?:e|s|es)?\b[^.\n]{0,80}?\b(?:sign|paraph)\w*\s+(?:la\s+sienne|les\s+siennes"
                               r"|la\s+leur|les\s+leurs)\b[^.\n]*", FLAGS)
# two years joined, the dates of several signings (a department's round-up): "Les premières, signées en 2019 et 2020,
# arrivent à échéance" (no one signing of this page's)
YEAR_PAIR = re.compile(rf"\ben\s+{YEAR}\s+(?:et|ou)\s+(?:en\s+)?{YEAR}\b", FLAGS)
# a council's session dated on a header line of its minutes: "Compte rendu de la réunion du conseil municipal du", "Séance
# du jeudi" (the day the speakers' "le 17 mars dernier" counts from)
SESSION_LEAD = re.compile(r"\b(?:séance|conseil\s+(?:municipal|communautaire|d['’]agglomération|métropolitain)|réunion"
                          r"|bureau\s+communautaire|commission\s+permanente)(?:\s+(?:ordinaire|extraordinaire|publique|plénière))?"
                          r"\s+(?:du|le)\s+(?:\w+\s+)?$",
                          FLAGS)
DEADLINE = re.compile(rf"\bd['’]\s*ici(?:\s+à)?(?:\s+fin)?\s+{YEAR}\b", FLAGS)
# ... but a heading that announces the convention's programme up to a year tells its end (session 26; pages: local news
# and magazines' files on a signing, a heading over the list of what the convention plans): "Ce qui va changer pour vous
# d'ici 2027 :", "Ce qui est prévu d'ici 2027", "Cinq chantiers d'ici fin 2026" (a line of its own, no sentence, no
# counted target: not "Créer 40 places d'accueil d'ici 2026", an action's deadline, nor a quote's "D'ici fin 2025, toute
# la Manche sera couverte")
PERIOD_HORIZON = FastCue(
    rf"^[ \t]*(?:ce\s+qu(?:i|e|['’]\s*)[^\n.!?«»\d]{{0,40}}?|(?:\w+\s+)?(?:chantiers|priorités|engagements|objectifs)\s+)"
    rf"d['’]\s*ici(?:\s+à)?(?:\s+(?:la\s+)?fin(?:\s+de)?)?\s+(?P<y2>{YEAR})[ \t]*:?[ \t]*$",
    re.MULTILINE)
# a day told as a deadline, no signing's day: "sans CTG signée avant le 31 décembre, les financements ne pourront plus
# être versés", "les communes doivent avoir signé au plus tard le 30/06/2022"
DEADLINE_DAY = re.compile(rf"\b(?:avant|au\s+plus\s+tard|d['’]\s*ici)\s+(?:le|au)\s+(?:{WEEKDAY}\s+)?"
                          rf"(?:{DAY}\s+{MONTH}(?:\s+{YEAR})?|\d{{1,2}}[/.]\d{{1,2}}(?:[/.]\d{{2,4}})?)", FLAGS)
# "pour quatre ans à partir de 2023", "sur 5 ans à compter du 1er janvier 2024"
# "dès 2025", "dès le 1er janvier 2025": the start of the term as well
_FROM = (rf"(?:(?:à\s+partir|à\s+compter)\s+(?:de\s+l['’]\s*année\s+|de\s+|du\s+|d['’]\s*)"
         rf"|dès\s+(?:l['’]\s*année\s+|le\s+)?)(?:(?:{DAY}\s+)?{MONTH}\s+)?(?P<y1>{YEAR})")
# "pour cinq ans", "sur une durée de 4 ans", "d'une durée de cinq ans" (a deliberation's or a convention's wording)
_FOR_N = (rf"(?:(?:pour|sur)\s+(?:une\s+(?:durée|période)\s+(?:de\s+|d['’]\s*))?"
          rf"|d['’]\s*une\s+(?:durée|période)\s+(?:de\s+|d['’]\s*))(?P<n>{SMALL_NUMBER})\s+ans")
# a length stated right before an end year, in the same clause: "un programme de travail sur cinq ans, jusqu'en 2027",
# "Pendant quatre ans, jusqu'en 2026, la communauté et la Caf vont ..." (its length: group n, or n2 after "pendant")
DURATION_BEFORE_END = re.compile(rf"\b(?:{_FOR_N}|pendant\s+(?P<n2>{SMALL_NUMBER})\s+ans)\s*,?\s*$", FLAGS)
PERIODS_DURATION_FROM = [re.compile(rf"\b{_FOR_N}\s*,?\s+{_FROM}\b", FLAGS),
                         re.compile(rf"\b{_FROM}\s*,?\s+(?:et\s+)?{_FOR_N}\b", FLAGS)]
# a convention told by its signing's year and its length (a review meeting's page, a convention in its last year):
# "Signée en 2021 pour cinq ans, la CTG ...", "la convention signée en décembre 2021 pour cinq ans" (its month, from
# which a late signing starts the next year, checked by the component)
PERIOD_SIGNED_FOR = re.compile(rf"\bsign(?:ée|é|ées|és)\s+(?:en\s+)?(?:(?P<m>{MONTH})\s+)?(?P<y1>{YEAR})\s*,?\s+{_FOR_N}\b",
                               FLAGS)
# the earlier convention that such a participle qualifies, named just before it ("La première, signée en 2018 pour
# quatre ans, s'était concentrée sur ...") or as the subject it opens on ("Signée en 2019 pour trois ans, puis
# prolongée d'un an, la première convention ... avait permis ...")
EARLIER_BEFORE_SIGNED = re.compile(r"\b(?:la|le|l['’])\s*(?:premi(?:ère|er)|précédente|précédent|ancienne|ancien)\s*,?\s*$",
                                   FLAGS)
EARLIER_AFTER_SIGNED = re.compile(r"^[^.;:\n]{0,40}?,\s*(?:la|le|l['’]|sa|son|leur|notre)\s*(?:premi(?:ère|er)|précédente"
                                  r"|précédent|ancienne|ancien)\b", FLAGS)
# a renewal's verb whose object is a first convention, right before it: "prolonge la première CTG", "renouvellent leur
# première convention" (the earlier convention, which the page's own extends)
RENEWS_FIRST = re.compile(r"\b(?:prolong|renouvel|recondui)\w*\s+(?:la|sa|leur|notre|cette)\s*$", FLAGS)
# the day and month an end is told to (PERIOD_END): a day other than a year's last closes a consultation or a call, no
# convention's term (session 30; pages: Caf and town news asking families to answer a survey before a convention,
# the deadline as their headline or their opening: "Participez ! Enquête auprès des familles\nJusqu'au 15 mars 2026\n
# La Ville et la Caf préparent la future CTG", "Jusqu'au 30 septembre 2025, la communauté et la Caf invitent les habitants
# à répondre à un questionnaire"), unless the term is extended ("prolongée par avenant jusqu'au 30 juin 2025")
END_DAY = re.compile(rf"\b(?P<d>{DAY})\s+(?P<m>{MONTH})\s+{YEAR}\b", FLAGS)
# a convention's term extended (an amendment's page): "l'avenant prolongeant la convention jusqu'au 31 décembre 2025",
# "Elle court désormais jusqu'au 31 décembre 2026"
EXTENSION = re.compile(r"\bprolong\w*|\bdésormais\b", FLAGS)
# an amendment named on the page ("Avenant n°1 à la Convention territoriale globale", "a approuvé un avenant")
AMENDMENT = re.compile(r"\bavenants?\b", FLAGS)
# a convention's own signing or conclusion told by its participle ("la CTG signée le 2 juillet 2020", "conclue le 17
# décembre 2020", "Signée en 2021, elle devait prendre fin en 2025")
# (feminine, the convention's: not the amendment's "le maire l'a signé le 2 décembre 2024")
SIGNED_PARTICIPLE = re.compile(r"\b(?:signées?|conclues?)\b", FLAGS)
# a programme's or an agenda's timed line for the convention's signing: "18h15 – Signature officielle de la
# convention", "11h00 – Signature de la Convention territoriale globale (CTG) avec la Caf" (its day is the date line
# heading the programme or the agenda's day)
TIMED_SIGNING = re.compile(r"^[ \t]*\d{1,2}\s?h\s?(?:\d{2})?\s*[–—-]\s*(?:la\s+)?signature\b[^\n]*?\b(?:convention|CTG)\b",
                           re.IGNORECASE | re.MULTILINE)
# a convention's term told by its taking effect and its end, in one sentence: "La présente convention prend effet au
# 1er janvier 2025 et s'achève le 31 décembre 2028", "entre en vigueur le 1er janvier 2024 et prend fin au 31 décembre 2027"
PERIOD_EFFECT_END = re.compile(
    # (an adverb between: "Elle prendra effet rétroactivement au 1er janvier 2020 et s'achèvera le 31 décembre 2023")
    rf"\b(?:prend(?:ra)?\s+effet|entre(?:ra)?\s+en\s+vigueur|débute(?:ra)?|commence(?:ra)?)\s+(?:\w+ment\s+)?"
    rf"(?:le|au|à\s+compter\s+du)\s+"
    rf"(?:{DAY}\s+)?{MONTH}\s+(?P<y1>{YEAR})\s*,?\s+(?:et\s+)?(?:s['’]\s*achève(?:ra)?|prend(?:ra)?\s+fin|se\s+termine(?:ra)?"
    rf"|expire(?:ra)?|court\s+jusqu['’]\s*au|jusqu['’]\s*au)\s+(?:le\s+|au\s+)?(?:{DAY}\s+)?{MONTH}\s+(?P<y2>{YEAR})\b",
    FLAGS,
)
# a period told year by year: "Pour combien de temps ? Quatre ans : 2023, 2024, 2025 et 2026." (consecutive years
# only, checked by the component)
PERIOD_YEAR_LIST = re.compile(rf"(?<![\d/.-])(?P<y1>{YEAR})(?:\s*,\s*{YEAR}){{1,8}}\s*,?\s+et\s+(?P<y2>{YEAR})(?![\d-])")
# its core, opening on a digit (a quick scan: most texts have no "2023, 2024" and skip the form's)
YEAR_LIST_CORE = re.compile(r"\d{4}\s*,\s*\d{4}")
# a convention's first year told by the time since which a territory is bound by it: "Depuis janvier 2022, la
# communauté de communes est liée à la Caf par une CTG" (the component wants the binding in the sentence)
PERIOD_SINCE = re.compile(rf"\bdepuis\s+(?:(?:le\s+)?(?:{DAY}\s+)?{MONTH}\s+)?(?P<y1>{YEAR})\b", FLAGS)
# the territory bound now: "est liée à la Caf par une CTG", "sont engagées dans une CTG", "est signée depuis" (not "la
# Caf a engagé une démarche", "un travail engagé depuis 2021", "le département est couvert par des CTG")
BOUND_SINCE = _cue("bound_since")
# ... but not a département's coverage, its territories counted as the subject after the year (session 25; pages: Caf
# explainers, coverage news): "Depuis 2022, les 17 intercommunalités de l'Orne sont engagées dans une CTG", "Depuis
# 2021, toutes les intercommunalités du département sont liées à la Caf par une CTG" (each its own convention)
SINCE_COVERAGE = re.compile(r"\s*,?\s*(?:les|toutes\s+les|l['’]\s*ensemble\s+des)\s+(?:[\w-]+\s+)?"
                            r"(?:intercommunalités|EPCI|territoires|communautés)\b", FLAGS)
# a sentence that goes on about the convention named just before, opening on its pronoun or its common noun: "Elle
# fixe jusqu'en 2028 les priorités", "Il guide notre action jusqu'en 2026", "Ce document décrit ..."; and the press's
# apposition on it (session 25; pages: local news on a signing): "... ont signé leur CTG. Un document qui trace jusqu'en
# 2027 les priorités pour les familles"
ANAPHOR_OPENING = re.compile(r"^\W*(?:elle|il|celle-ci|celui-ci|ce\s+document|cette\s+convention|la\s+convention"
                             r"|un\s+(?:document|texte)\s+qui)\b",
                             re.IGNORECASE)
# an interview's question on the convention's term, answered by the next sentence: "Jusqu'à quand court-elle ?",
# "Combien de temps dure-t-elle ?"
TERM_QUESTION = re.compile(r"(?:jusqu['’]\s*à\s+quand|combien\s+de\s+temps|quelle\s+(?:est\s+sa\s+)?durée|pour\s+combien"
                           r"|dure-t-elle|court-elle)[^?\n]*\?\s*$", re.IGNORECASE)
# an end told by a relative clause's arrival at term, on the renewal being prepared or on a generic convention ("préparent
# le renouvellement de leur CTG, qui arrive à échéance fin 2025", "les communes dont la CTG arrive à échéance au 31
# décembre"): not this convention's told term (the end PERIOD_END reads from "La convention arrive à échéance fin 2025")
ARRIVAL_IN_RELATIVE = re.compile(r"\b(?:qui|dont)\b[^,.;:\n]{0,40}$", FLAGS)
ARRIVAL = re.compile(r"arrive", FLAGS)
# a season's or a school year's two years, no convention's term: "le diagnostic de l'hiver 2022-2023", "la saison
# 2023-2024", "l'année scolaire 2024-2025"
SEASON_RANGE_BEFORE = re.compile(r"\b(?:hiver|saison|années?\s+scolaires?|année\s+universitaire)\s*$", FLAGS)
# a partial review's own years right before a range: "Bilan à mi-parcours (2022-2023)", "Évaluation intermédiaire
# 2022-2023" (the years reviewed, part of the convention's; not a final review's, "Bilan 2019-2022 de la CTG", nor
# "Bilan de la CTG 2019-2022": the convention's own)
REVIEW_BEFORE = re.compile(r"(?:\bmi[-\s]parcours|\b(?:bilan|évaluation)\s+(?:annuel(?:le)?|intermédiaire|d['’]\s*étape))"
                           r"\s*[(:–—-]?\s*$", FLAGS)
PERIOD_SINGLE = re.compile(rf"\bpour\s+l['’]\s*année\s+(?P<y1>{YEAR})\b", FLAGS)

PERIOD_POSITIVE = _cue("period_positive")
# a length in years ("cinq ans", "4 ans", "Cinq années (2021-2025)"), not the end of an age range ("les 3-11 ans", "de
# 16 à 25 ans")
YEARS_STATED = re.compile(rf"(?<![-–\d])(?<!\bà\s)\b(?P<n>{SMALL_NUMBER})\s+(?:prochaines\s+)?(?:ans|années)\b", FLAGS)
# "la CTG 2020-2024 arrivée à échéance": the words right after a period say it has ended
PERIOD_ENDED_AFTER = _cue("period_ended_after")
PERIOD_NEGATIVE = _cue("period_negative")
# the former contract the page's convention replaces, named as such ("le contrat qui remplace l'ancien Contrat Enfance
# Jeunesse (CEJ)"): no other scheme the sentence is about
REPLACED_CEJ = re.compile(
    r"\b(?:remplac\w*|succ[èé]d\w*|relais|la\s+suite)\s+(?:à\s+|au\s+|aux\s+|de\s+|du\s+|des\s+|d['’]\s*)?"
    r"(?:l['’]\s*|le\s+|les\s+|un\s+)?(?:ancien\w*\s+|précédent\w*\s+)?(?:contrats?\s+enfance[\s-]+jeunesse|CEJ)"
    r"(?:\s*\(\s*CEJ\s*\))?"
    # the replaced contract's ending told with it ("prend la suite des contrats enfance jeunesse qui arrivaient à
    # échéance", "prend le relais du CEJ, arrivé à terme"): the CEJ's, not the page's convention's
    r"(?:\s*,?\s*(?:qui\s+)?(?:(?:est|sont|était|étaient)\s+)?(?:arriv\w*\s+à\s+(?:son\s+|leur\s+)?(?:échéance|terme)"
    r"|échus?\b))?", FLAGS)
# an end year alone, no month nor day: "jusqu'en 2027", "jusqu’à 2026" (DatesComponent.find_periods)
END_YEAR_ALONE = re.compile(r"jusqu['’]\s*(?:en|à)\s+(?:19|20)\d\d", FLAGS)
# a replacing verb whose clause goes on to the page's convention's own term, the period after "pour" (session 31; pages:
# local news and intercommunal magazines on a CTG replacing the CEJ, in three writers' sets): "Elle remplace, pour la
# période 2023-2026, les contrats enfance jeunesse", "La CTG remplace ces contrats par un seul document, pour cinq ans
# (2023-2027)", "le contrat qui remplace le CEJ et qui fixe pour 4 ans (2022-2025)"; not the replaced one's years
# ("elle remplace la CTG 2019-2022", "succède au CEJ (2015-2018)"; nor its own term, told by a participle of its
# signing or coverage: "remplace le contrat enfance jeunesse, conclu pour la période 2016-2019")
REPLACING_THEN_TERM = re.compile(
    r"\b(?:remplac\w*|succ[èé]d\w*|prend(?:re)?\s+le\s+relais)\b"
    r"(?:(?!\b(?:sign[ée]|conclu|pass[ée]|valable|couvr)\w*)[^.;])*?\bpour\s+(?:la\s+(?:période\s+(?:de\s+|du\s+)?)?"
    r"|les\s+(?:années\s+)?|(?:une\s+durée\s+de\s+)?\w+\s+(?:ans|années)\s*(?:\(\s*|[,:–-]\s*(?:de\s+|soit\s+)?)?)?$", FLAGS)
# a social centre's or a family space's own project or approval right before its years (session 32; pages: social
# centres' and their federation's news, in the written sets read_bh, read_bn and read_cw): "Notre projet social
# 2025-2028, agréé par la Caf", "L'espace de vie sociale est agréé par la Caf de l'Orne pour la période 2024-2027",
# "leurs projets sociaux 2026-2029" (not the territory's project that a CTG may be called, "le projet social de
# territoire 2023-2027")
FACILITY_PROJECT_BEFORE = re.compile(
    r"\bprojets?\s+socia(?:l|ux)\s*[(,:–—-]?\s*(?:pour\s+(?:la\s+)?(?:période\s+)?|de\s+)?$"
    r"|\bagréée?s?\s+(?:par\s+la\s+caf\b[^.\n]{0,40}?\s+)?(?:pour\s+(?:la\s+)?(?:période\s+)?|de\s+|jusqu['’]\s*(?:en|au)\s+)$",
    FLAGS)
# the next convention named right before its period ("le diagnostic de la future CTG 2026-2030", "la prochaine
# convention, pour 2025-2029"): a page about the current one's term (an amendment's, a review's) tells it in passing
NEXT_CONVENTION_BEFORE = re.compile(
    r"\b(?:futur(?:e|es)?|prochaines?)\s+(?:C\.?T\.?G\b|conventions?(?:\s+territoriales?\s+globales?)?)"
    r"(?:\s*\(\s*CTG\s*\))?\s*,?\s*(?:pour\s+(?:la\s+)?|de\s+|sur\s+(?:la\s+)?|\(\s*)?$", FLAGS)
# the page's convention's own verb after a replaced scheme ("La CTG, qui remplace le CEJ, est conclue pour quatre ans")
OWN_TERM_VERB = _cue("own_term_verb")
# a relative pronoun right before a verb: the verb is the clause's noun's ("le CEJ, qui couvre 2019-2022")
RELATIVE_BEFORE = re.compile(r"\bqui\s+(?:\w+\s+)?$", FLAGS)

# --- durations ---------------------------------------------------------------------------------
_N = rf"(?P<n>{SMALL_NUMBER})"
DURATIONS = [
    # "pour cinq ans", "sur 4 ans", "pour les cinq prochaines années", "pour une durée de 4 ans" (a page without accents
    # too: "pour les cinq prochaines annees"); not "pendant quatre ans", which tells the past as often ("Pendant six
    # ans, le contrat enfance jeunesse a financé la crèche"): read as a term, it cost a real page its duration
    re.compile(rf"\b(?:pour|sur)\s+(?:une\s+(?:dur[ée]e|p[ée]riode)\s+(?:de\s+|d['’]\s*))?(?:les\s+)?{_N}\s+"
               rf"(?:prochaines\s+)?(?:ans|ann[ée]es)\b", FLAGS),
    # "d'une durée de quatre ans", "la durée de 5 ans"; a bracket's ("engage les partenaires jusqu'en 2026 (durée de 4
    # ans)"), a page typed without accents too ("pour une duree de 4 ans")
    re.compile(rf"(?:\b(?:d['’]\s*une|une|la|sa|sur\s+une)\s+|\(\s*)(?:dur[ée]e|p[ée]riode)\s+(?:de\s+|d['’]\s*){_N}\s+ans\b",
               FLAGS),
    # "les cinq prochaines années"
    re.compile(rf"\b(?:les|ces)\s+{_N}\s+prochaines\s+ann[ée]es\b", FLAGS),
    # "programme d'actions de 5 ans", "un engagement de quatre ans", "une convention territoriale globale de quatre ans",
    # "une convention territoriale globale (CTG) de cinq ans", "un document de cinq ans", a headline's "un pacte de
    # cinq ans" (not "le pacte territorial", another scheme, whose length has no "de" right after the noun)
    re.compile(rf"\b(?:programme|plan|engagement|convention(?:\s+territoriale\s+globale)?|ctg|contrat|partenariat|pacte"
               rf"|feuille\s+de\s+route|démarche|document)"
               rf"(?:\s+d['’]\s*actions?|\s*\(\s*ctg\s*\))?\s+(?:de|d['’])\s*{_N}\s+ans\b", FLAGS),
    # "durera 5 ans", "signée pour 4 ans" (the 'pour' case is above), "valable 5 ans"
    re.compile(rf"\b(?:durera|dure|valable|court)\s+(?:pour\s+)?{_N}\s+ans\b", FLAGS),
    # a field of a fact box: "Durée de la convention : cinq ans", "Durée : 4 ans"
    re.compile(rf"\bdurée\b[^:\n.]{{0,40}}:\s*{_N}\s+ans\b", FLAGS),
    # a line or a sentence opening on the length, a title's or a quote's: "Quatre ans, trois priorités", "« Cinq ans,
    # jusqu'en 2029 »"
    re.compile(rf"(?:^|(?<=\n)|(?<=[.!?]\s))[ \t«\"“]*{_N}\s+ans\b(?=\s*[,:–—])", FLAGS),
    # a headline opening on the length and its purpose, after a kicker's label or not (session 26; pages: magazines'
    # files and local news on a signing): "Cinq ans pour mieux accompagner les familles", "Familles : quatre ans pour
    # bien grandir au pays"
    re.compile(rf"(?:^|(?<=\n))[ \t«\"“]*(?:[\w'’ -]{{1,30}}\s*:\s*)?{_N}\s+ans\s+pour\b", FLAGS),
    # "pendant cinq ans" in a sentence that names the convention (session 27; pages: local news and magazines on a
    # signing, "ont signé la convention territoriale globale qui liera les deux institutions pendant cinq ans", "La CTG
    # organise pendant cinq ans l'action des deux partenaires"): the form tells the past as often ("Pendant six ans, le
    # contrat enfance jeunesse a financé la crèche"), so it counts only where its sentence speaks of the convention
    # (DURATION_NEEDS_CUE: the component starts it a point lower)
    re.compile(rf"\bpendant\s+(?:les\s+)?{_N}\s+(?:prochaines\s+)?(?:ans|ann[ée]es)\b", FLAGS),
]
# a length told "sur" or "pendant" N years, which DURATIONS leaves to the convention's own sentence or excludes as an
# amount's span ("1,2 M€ sur quatre ans"); it completes a convention told by its signing and its end only where the two
# agree with it (DatesComponent._completed_period)
SPAN_LENGTH = re.compile(rf"\b(?:sur|pendant)\s+(?:les\s+)?{_N}\s+(?:prochaines\s+)?(?:ans|ann[ée]es)\b", FLAGS)
# words each duration form above needs, in order (None: no word to test; a plain substring test skips the scans of
# the forms a text cannot match)
DURATION_WORDS = [None, ("dur", "riode"), ("prochaines",), None, ("dur", "valable", "court"), ("durée",), None, ("pour",), ("pendant",)]
# the forms whose sentence must speak of the convention (a point less to start with)
DURATION_NEEDS_CUE = [False] * 8 + [True]
# words the "pour N ans à partir de YYYY" forms need
DURATION_FROM_WORDS = ("partir", "compter", "dès")
# the word every duration form ends on (a quick scan: texts without it skip the forms' scans)
YEARS_WORD = re.compile(r"\s(?:ans|ann[ée]es)\b")
DURATION_EXCLUDE_AFTER = re.compile(r"^\s*(?:maximum|au\s+plus|minimum|au\s+moins|renouvelable)", FLAGS)
DURATION_EXCLUDE_BEFORE = re.compile(
    r"(?:plus\s+de|moins\s+de|depuis(?:\s+déjà)?|il\s+y\s+a|âgée?s?\s+de|jeunes\s+de|excéder|maximale\s+de"
    # an amount's span, not the convention's: "Budget prévisionnel : 180 000 € sur trois ans", "640 000 euros sur
    # trois ans pour ces actions"
    r"|(?:€|\beuros?|\bM€|\bk€)(?:\s+(?:HT|TTC|par\s+an))?)\s*$",
    FLAGS,
)
DURATION_POSITIVE = _cue("duration_positive")
DURATION_NEGATIVE = _cue("duration_negative")
# Generic statements about CTGs in general (explainers) rather than this convention.
GENERIC = _cue("generic")
SPECIFIC = _cue("specific")


# The case-insensitive patterns above, run on the lower-cased text (FastCue: same matches, faster)
(ABSOLUTE, MONTH_ONLY, MONTH_YEAR, EVENT_YEAR, RELATIVE, CURRENT_MONTH_DAY, RELATIVE_MONTH, SEASON, SINCE_SIGNING,
 PERIOD_RANGE, PERIOD_FULL, PERIOD_END, PERIOD_SINGLE, PERIOD_EFFECT_END, PERIOD_SINCE, PART_OF_YEAR) = (
    FastCue(regex) for regex in (ABSOLUTE, MONTH_ONLY, MONTH_YEAR, EVENT_YEAR, RELATIVE, CURRENT_MONTH_DAY,
                                 RELATIVE_MONTH, SEASON, SINCE_SIGNING, PERIOD_RANGE, PERIOD_FULL, PERIOD_END,
                                 PERIOD_SINGLE, PERIOD_EFFECT_END, PERIOD_SINCE, PART_OF_YEAR))
PART_OF_YEAR_WORDS = ("semestre", "trimestre")  # one is needed (a quick substring test)
# words the effect-and-end form needs (a plain substring test skips its scan on most texts)
PERIOD_EFFECT_WORDS = ("effet", "vigueur", "débute", "commence")
PERIODS_DURATION_FROM = [FastCue(regex) for regex in PERIODS_DURATION_FROM]
PERIOD_SIGNED_FOR = FastCue(PERIOD_SIGNED_FOR)
DURATIONS = [FastCue(regex) for regex in DURATIONS]
# a magazine issue's season and year in the page header: "LE MAG — N°21 — PRINTEMPS 2023"
SEASON_YEAR = re.compile(r"\b(?P<s>" + "|".join(SEASONS) + r")\s+(?P<y>" + YEAR + r")\b", re.IGNORECASE)
# a periodical's numbered issue dated by its month(s) in the page header ("L'ARCHE MAG – n°58 – janvier-février 2024"):
# its last month places "le 19 décembre dernier" (the page gets no publication date from it)
ISSUE_MONTH = re.compile(rf"\bn[°º]\s*\d+\b[^\n]*?\b(?P<m>{MONTH})\s+(?P<y>{YEAR})[ \t]*$",
                         re.IGNORECASE | re.MULTILINE)
# a periodical's name or a numbered issue on a header line ("Le journal de la communauté de communes – Juin 2019",
# "VILLE MAG – N°52 – OCTOBRE 2024")
ISSUE_LINE = re.compile(rf"\b(?:{'|'.join(CUES['issue']['alternatives'])})\b|\bn[°º]", re.IGNORECASE)
# the first month of a two-month issue before the date: "janvier-" of "janvier-février 2024"
# a periodical's two-month issue on a header line ("SAINTES MAG – janvier-février 2023 – page 12"): no page date, but
# the month its "décembre dernier" is read against (its later month, as the page date it was read as before)
ISSUE_MONTH_RANGE = re.compile(
    rf"^[^\n]*?(?:\b(?:{'|'.join(CUES['issue']['alternatives'])})\b|\bn[°º])[^\n]*?\b{MONTH}\s*[-–/]\s*(?P<m>{MONTH})\s+"
    rf"(?P<y>{YEAR})\b", re.IGNORECASE | re.MULTILINE)
MONTH_RANGE_LEAD = re.compile(rf"\b{MONTH}\s*[-–/]\s*$", re.IGNORECASE)
# a periodical's issue dated by its year alone ("BULLETIN MUNICIPAL 2022", "Le Journal de Lisle n°45 – 2021")
ISSUE_YEAR = re.compile(rf"^[^\n]{{0,40}}\b(?:{'|'.join(CUES['issue']['alternatives'])})\b[^\n]{{0,40}}?(?<![\d/-])(?P<y>{YEAR})\s*$",
                        re.IGNORECASE | re.MULTILINE)
# a guide's or a report's edition year closing a header line ("Guide à l'attention des élus – édition 2023", "Édition
# 2023" alone): the page's own date, its year (not a newspaper's local edition, "édition de Thionville")
EDITION_YEAR = re.compile(rf"^[^\n]{{0,80}}?\bédition\s+(?P<y>{YEAR})[ \t]*$", re.IGNORECASE | re.MULTILINE)
# a working document dated by its version in its header ("Synthèse à destination des habitants – version du 4 février
# 2025"): the day its "le 7 mars prochain" is read against
VERSION_DATE = re.compile(rf"\bversion\s+du\s+(?P<d>{DAY})\s+(?P<m>{MONTH})\s+(?P<y>{YEAR})\b", re.IGNORECASE)
# a digest dated by its week ("EN BREF – Semaine du 20 au 26 novembre 2023"): its last day places "mardi" in its news
WEEK_RANGE = re.compile(rf"\bsemaine\s+du\s+{DAY}(?:\s+{MONTH})?\s+au\s+(?P<d>{DAY})\s+(?P<m>{MONTH})\s+(?P<y>{YEAR})\b",
                        re.IGNORECASE)
