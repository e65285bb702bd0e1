"""Regular-expression pieces for dates, periods and durations (edsnlp-style atomic patterns)."""

from __future__ import annotations

import re

from ctgminer.text.numbers import NUMBER_WORDS

# --- atomic pieces -----------------------------------------------------------------------------
MONTHS = {
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "fév": 2, "mars": 3,
    "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8,
    "septembre": 9, "sept": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "décembre": 12,
    "decembre": 12, "déc": 12, "dec": 12,
}
WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}

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
    rf"\b(?:(?P<wd>{WEEKDAY})\s+)?(?P<d>{DAY})\s+(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}))?(?![\w-])"
    rf"(?P<past>\s+dernier)?",
    FLAGS,
)
# "11/12/2019", "23-12-2021", "13.03.2022"
NUMERIC = re.compile(rf"(?<![\d/.-])(?P<d>[0-3]?\d)[/.-](?P<m>[01]?\d)[/.-](?P<y>{YEAR})(?![\d/-])")
# "09/08", "14/06": a day and month without a year (found, placed in a year only where the text allows)
NUMERIC_DAYMONTH = re.compile(r"(?<![\d/.,-])(?P<d>0[1-9]|[12]\d|3[01])/(?P<m>0[1-9]|1[0-2])(?![\d/]|[.,]\d)")
# "11/2017", "03.2024": a numeric month and year
NUMERIC_MONTH_YEAR = re.compile(rf"(?<![\d/.,-])(?P<m>0?[1-9]|1[0-2])[/.](?P<y>{YEAR})(?![\d/-]|\.\d)")
# "2024-03-07"
ISO = re.compile(rf"(?<![\d-])(?P<y>{YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])")
# " date 2024-01" (page headers), "2024-01" at a line start
ISO_MONTH = re.compile(rf"(?:\bdate\s*:?\s*|^\s*)(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])(?![\d-])", FLAGS | re.M)
# "en octobre 2021", "janvier 2019"
MONTH_YEAR = re.compile(rf"(?<!\d\s)\b(?P<m>{MONTH})\s+(?P<y>{YEAR})\b", FLAGS)
# "signée en 2023": a year given as the time of an event
EVENT_YEAR = re.compile(rf"\b(?:sign\w*|conclue?s?|adoptée?s?|intervenue?s?|approuvée?s?)\s+(?:courant\s+|dès\s+)?"
                        rf"en\s+(?P<y>{YEAR})\b", FLAGS)
# relative expressions resolved against the article's date
RELATIVE = re.compile(
    rf"\b(?P<rel>aujourd['’]\s?hui|ce\s+jour(?!\s*-)|avant[- ]hier|hier|demain)\b"
    rf"|\b(?P<ce>ce|cette)\s+(?P<wd>{WEEKDAY})(?!\s+{DAY}\s)\b"
    rf"|\b(?P<wd2>{WEEKDAY})\s+dernier\b"
    rf"|\b(?P<wd4>{WEEKDAY})\s+prochain\b"
    # a bare weekday in a report ("ont été signés vendredi à la Caf"): the nearest such day, read with the tense
    rf"|\b(?P<wd3>{WEEKDAY})\b(?!\s+(?:{DAY}|dernier|prochain)\b)",
    FLAGS,
)

# a weekday read as a recurring day: "accueil du mercredi", "tous les samedis", "chaque lundi"
GENERIC_WEEKDAY_BEFORE = re.compile(r"\b(?:du|des|les|chaque|tous\s+les|le\s+dernier)\s+$", FLAGS)

# --- publication / article-date cues -----------------------------------------------------------
PUBLICATION_CUE = re.compile(
    r"(?:publi[ée]e?s?|mis(?:e)?\s+à\s+jour|actualis[ée]e?|post[ée]e?|date\s+de\s+publication|modifi[ée]e?)"
    r"\s*(?:le|:)?\s*(?:à\s+)?$",
    FLAGS,
)
TIME_OF_DAY = re.compile(r"^\s*(?:,|à|-)?\s*(?:à\s+)?\d{1,2}\s*[h:]\s*\d{0,2}", FLAGS)

# --- signature cues ----------------------------------------------------------------------------
SIGN_CUE = re.compile(
    r"\bsign(?:e|é|ée|és|ées|er|ent|ons|ez|era|eront|erait|ature|atures|ataires?)\b|\bcosign\w*|\bco-sign\w*"
    r"|\bparaph\w*|\bofficialis\w*|\brenouvel\w*|\brecondui\w*|\bprolong\w*|\bscell\w*|\bentérin\w*|\bacté\b"
    r"|\bseings?\b",
    FLAGS,
)
# cues that the date in this sentence is another event (a meeting, a job offer, a follow-up)
NOT_SIGNATURE = re.compile(
    r"conseil\s+municipal|délibération|réunion\s+publique|comité|copil|date\s+limite|poste\s+à\s+pourvoir"
    r"|candidature|un\s+an\s+après|bilan|élections?|se\s+concrétise\s+par",
    FLAGS,
)
# cues, in the clause just before the date, that it belongs to the past or to the page itself
NOT_SIGNATURE_LOCAL = re.compile(
    r"publi[ée]|mis(?:e)?\s+à\s+jour|avait\s+été|avaient|signaient|signait|était\s+signée|première\s+convention"
    r"|précédente|depuis|lancée?\s+en|validée?\s+en|installée?|arrivée?\s+à\s+échéance|succède",
    FLAGS,
)
# "nous sommes ici aujourd'hui", "réunis ce jour": the date of the event being reported
PRESENCE = re.compile(
    r"(?:sommes|êtes|sont)\s+(?:ici\s+)?(?:réunis\s+)?(?:aujourd['’]\s?hui|ce\s+jour)|réunis\s+(?:ici\s+)?"
    r"(?:aujourd['’]\s?hui|ce\s+jour)",
    FLAGS,
)

# other events or documents a date may belong to (features of a signature candidate)
OTHER_SCHEME = re.compile(
    r"sch[ée]ma|\bSDSF\b|\bCOG\b|objectifs\s+et\s+de\s+gestion|\bCEJ\b|contrats?\s+enfance|contrat\s+de\s+ville"
    r"|\bPEDT\b|projet\s+éducatif",
    FLAGS,
)
# the Caf as a party of the event ("entre la ville et la Caf", "avec la Caisse d'allocations familiales")
CAF_PARTY = re.compile(r"\bCaf\b|\bCNAF\b|caisses?\s+d['’]\s*allocations?\s+familiales", FLAGS)
CAPTION = re.compile(r"\bphotos?\b|©|crédit|de\s+g(?:auche)?\.?\s+à\s+d", FLAGS)
ADOPTION = re.compile(r"\badopt\w*|\bapprouv\w*|\bvot[ée]\w*|\bvalid\w*|\bdélibér\w*", FLAGS)
FUTURE = re.compile(r"\bsera\b|\bseront\b|\bsignera\w*|\bprochain\w*|\baura\s+lieu|\bva\s+être|\bvont\s+être", FLAGS)

# --- periods -----------------------------------------------------------------------------------
PERIOD_RANGE = re.compile(
    rf"(?<![\d/.-])(?:(?:de|entre)\s+)?(?P<y1>{YEAR})(?:{DASH}|\s+(?:à|au|et)\s+)(?P<y2>{YEAR})(?![\d-])",
    FLAGS,
)
PERIOD_FULL = re.compile(
    rf"\b(?:du|de)\s+(?:{DAY}\s+)?{MONTH}\s+(?P<y1>{YEAR})\s+(?:au|à|jusqu['’]\s*au)\s+(?:{DAY}\s+)?{MONTH}\s+"
    rf"(?P<y2>{YEAR})\b",
    FLAGS,
)
PERIOD_END = re.compile(
    rf"\b(?:jusqu['’]\s*(?:au|en|à|à\s+fin|fin)|à\s+l['’]\s*horizon(?:\s+de)?|d['’]\s*ici(?:\s+à)?(?:\s+fin)?)\s+"
    rf"(?:(?:le\s+)?(?:{DAY}\s+)?{MONTH}\s+)?(?P<y2>{YEAR})\b",
    FLAGS,
)
# "pour quatre ans à partir de 2023", "sur 5 ans à compter du 1er janvier 2024"
_FROM = rf"(?:à\s+partir|à\s+compter)\s+(?:de\s+l['’]\s*année\s+|de\s+|du\s+|d['’]\s*)(?:(?:{DAY}\s+)?{MONTH}\s+)?(?P<y1>{YEAR})"
_FOR_N = rf"(?:pour|sur)\s+(?:une\s+(?:durée|période)\s+(?:de\s+|d['’]\s*))?(?P<n>{SMALL_NUMBER})\s+ans"
PERIODS_DURATION_FROM = [re.compile(rf"\b{_FOR_N}\s*,?\s+{_FROM}\b", FLAGS),
                         re.compile(rf"\b{_FROM}\s*,?\s+(?:et\s+)?{_FOR_N}\b", FLAGS)]
PERIOD_SINGLE = re.compile(rf"\bpour\s+l['’]\s*année\s+(?P<y1>{YEAR})\b", FLAGS)

PERIOD_POSITIVE = re.compile(
    r"convention|\bC\.?T\.?G\b|\bCtg\b|\bCGT\b|sign|période|couvr|valable|durée|durera|renouvel|recondu|prolong"
    r"|feuille\s+de\s+route|plan\s+d['’]\s*actions?|projet\s+(?:social\s+)?de\s+territoire|court|conclu|engag",
    FLAGS,
)
PERIOD_NEGATIVE = re.compile(
    r"sch[ée]ma|\bSDSF\b|\bSDSFAVS\b|\bCOG\b|\bCog\b|objectifs\s+et\s+de\s+gestion|agrément|politique\s+territoriale"
    r"|mandat|mandature|priorités\s+(?:pour|\d)|précédente|première\s+convention|ancienne|avait\s+été|avaient"
    r"|signaient|\bCEJ\b|contrats?\s+enfance|élections?|contrat\s+de\s+ville|\bPEDT\b|projet\s+éducatif"
    r"|arrivée?\s+à\s+échéance|succède|remplace"
    # the national history of the scheme ("expérimentées entre 2009 et 2011, puis généralisées")
    r"|expériment\w*|généralis\w*",
    FLAGS,
)

# --- durations ---------------------------------------------------------------------------------
_N = rf"(?P<n>{SMALL_NUMBER})"
DURATIONS = [
    # "pour cinq ans", "sur 4 ans", "pour les cinq prochaines années", "pour une durée de 4 ans"
    re.compile(rf"\b(?:pour|sur)\s+(?:une\s+(?:durée|période)\s+(?:de\s+|d['’]\s*))?(?:les\s+)?{_N}\s+"
               rf"(?:prochaines\s+)?(?:ans|années)\b", FLAGS),
    # "d'une durée de quatre ans", "la durée de 5 ans"
    re.compile(rf"\b(?:d['’]\s*une|une|la|sa|sur\s+une)\s+(?:durée|période)\s+(?:de\s+|d['’]\s*){_N}\s+ans\b", FLAGS),
    # "les cinq prochaines années"
    re.compile(rf"\b(?:les|ces)\s+{_N}\s+prochaines\s+années\b", FLAGS),
    # "programme d'actions de 5 ans", "un engagement de quatre ans"
    re.compile(rf"\b(?:programme|plan|engagement|convention|contrat|partenariat|feuille\s+de\s+route|démarche)"
               rf"(?:\s+d['’]\s*actions?)?\s+(?:de|d['’])\s*{_N}\s+ans\b", FLAGS),
    # "durera 5 ans", "signée pour 4 ans" (the 'pour' case is above), "valable 5 ans"
    re.compile(rf"\b(?:durera|dure|valable|court)\s+(?:pour\s+)?{_N}\s+ans\b", FLAGS),
]
DURATION_EXCLUDE_AFTER = re.compile(r"^\s*(?:maximum|au\s+plus|minimum|au\s+moins|renouvelable)", FLAGS)
DURATION_EXCLUDE_BEFORE = re.compile(
    r"(?:plus\s+de|moins\s+de|depuis(?:\s+déjà)?|il\s+y\s+a|âgée?s?\s+de|jeunes\s+de|excéder|maximale\s+de)\s*$",
    FLAGS,
)
DURATION_POSITIVE = re.compile(
    r"convention|\bC\.?T\.?G\b|\bCtg\b|\bCGT\b|sign|partenariat|collaboration|plan\s+d['’]\s*actions?|programme"
    r"|durée|durera|valable|renouvel|recondu|prolong|engag|feuille\s+de\s+route|projet",
    FLAGS,
)
DURATION_NEGATIVE = re.compile(
    r"excéder|maximale|contrat\s+proposé|contractuel|avait|avaient|signaient|signait|précédente|première\s+convention"
    r"|arrivée?\s+à\s+échéance|\ben\s+(?:19|20)\d\d\b.*\bsign\w*ai|\bCEJ\b|à\s+privilégier|de\s+plus\s+de",
    FLAGS,
)
# Generic statements about CTGs in general (explainers) rather than this convention.
GENERIC = re.compile(
    r"\b(?:une|les|des)\s+(?:C\.?T\.?G|Ctg|conventions?\s+(?:territoriales?|de\s+partenariat))\b.{0,40}"
    r"\b(?:est|sont|permet|permettent|peuvent|doit|vise)\b|à\s+privilégier|généralement|en\s+général",
    FLAGS,
)
SPECIFIC = re.compile(r"\b(?:cette|notre|leur|sa|la\s+nouvelle|ce\s+partenariat|elle)\b", FLAGS)
