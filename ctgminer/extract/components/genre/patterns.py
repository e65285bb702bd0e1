"""Patterns of the convention genre: the "Entre ... et ..." block, representatives, "Fait à", articles on duration,
and the session date of a deliberation. Built from the dates component's atoms (months, days, years)."""

from __future__ import annotations

import re

from ctgminer.extract.components.dates.patterns import DAY, MONTH, YEAR
from ctgminer.text.numbers import NUMBER_WORDS

FLAGS = re.IGNORECASE | re.MULTILINE
UP = "A-ZÀ-ÖØ-Þ"

# One date, written out or numeric: "3 juillet 2024", "1er janvier 2022", "03/07/2024".
DATE = rf"(?:(?P<d>{DAY})\s+(?P<m>{MONTH})\s+(?P<y>{YEAR})|(?P<nd>[0-3]?\d)[/.](?P<nm>[01]?\d)[/.](?P<ny>{YEAR}))"

# Where the parties block starts: "ENTRE :", "Entre les soussignés", or a line starting "Entre la Caisse ...".
BLOCK_START = re.compile(r"^\s*entre\b(?:\s+les\s+soussign[ée]s)?\s*:?", FLAGS)
# Where it ends: the body of the convention.
BLOCK_END = re.compile(
    # (and the preamble's formulas: "Il est préalablement exposé ce qui suit", "Il a été convenu et arrêté ce qui suit")
    r"il\s+(?:est|a\s+été)\s+(?:convenu|arr[êe]t[ée]|(?:préalablement\s+)?expos[ée])|^\s*pr[ée]ambule\b|^\s*article\s+(?:1(?:er)?|premier)\b|^\s*vu\s|^\s*titre\s+[1I]\b"
    r"|^\s*(?:expos[ée]|consid[ée]rant)",
    FLAGS,
)
BLOCK_MAX_CHARS = 4000

# The head of a party, as it opens its paragraph in the block. The kind decides the type.
PARTY_HEADS = {
    "caf": r"caisse\s+d['’]\s*allocations\s+familiales|\bcaf\b|caisse\s+de\s+s[ée]curit[ée]\s+sociale\s+de\s+mayotte",
    "epci": r"communaut[ée]\s+(?:de\s+communes|d['’]\s*agglom[ée]ration|urbaine)|m[ée]tropole|[ée]tablissement\s+public"
            r"\s+territorial",
    "commune": r"communes?|villes?|municipalit[ée]|mairie",
    "departement": r"d[ée]partement|conseil\s+d[ée]partemental|conseil\s+g[ée]n[ée]ral|collectivit[ée]\s+europ[ée]enne",
    "region": r"r[ée]gion|conseil\s+r[ée]gional",
    "msa": r"mutualit[ée]\s+sociale\s+agricole|\bmsa\b",
    "etat": r"\b[ée]tat\b|pr[ée]fecture|pr[ée]f[eè]te?\b",
    "other": r"syndicat|sivom|sivu|centre\s+(?:communal|intercommunal)\s+d['’]\s*action\s+sociale|\bc[ci]as\b|\bcpam\b"
             r"|caisse\s+primaire",
}
# A party opens a line, follows a list's comma or "et", or follows the block's own "Entre" on its line (a convention
# written as one sentence: "Entre l'État, représenté par le préfet de l'Aude, la Caf de l'Aude, et la commune de
# Limoux, ..." names the State right after "Entre").
# (a count may stand before the kind: "Et les cinq communes membres : A, B, C, D et E", a convention binding an EPCI's
# member towns in one line, read by `GenreComponent.commune_list`)
PARTY_HEAD = re.compile(
    r"(?:^|(?<=[,;:])|(?<=\bet)|(?<=\bET)|(?<=\bentre))\s*(?:[-•*]\s*)?"
    r"(?:(?:la|le|les)\s+(?:(?:\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)\s+(?=communes\b))?"
    r"|l['’]\s*)?(?P<head>"
    + "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in PARTY_HEADS.items())
    + r")",
    FLAGS,
)
# a party line naming the territory before any kind, then its representative ("Ardenne Métropole, représentée par son
# Président", "Grand Chambéry (38 communes), représentée par ..."), which PARTY_HEAD does not read: linked by the
# gazetteer alone (by its acronym in brackets when its name is written in words the official one does not hold: "La
# Communauté intercommunale du Sud (CIVIS), représentée par son président")
NAMED_PARTY_LINE = re.compile(
    rf"^[ \t]*(?:[-•*][ \t]*)?(?:(?:la|le|les)[ \t]+|l['’][ \t]*)?(?P<name>[{UP}][^,()\n]{{1,60}}?)[ \t]*"
    r"(?:\((?P<acro>[^()\n]{1,40})\)[ \t]*)?,[ \t]*repr[ée]sent[ée]e?\b",
    FLAGS | re.MULTILINE,
)
# "représentée par Madame Claire Dupont, sa directrice" / "représenté par son maire, M. Jean Martin"
REPRESENTED = re.compile(
    rf"repr[ée]sent[ée]e?\s+(?:par|ici\s+par)\s+(?:(?:son|sa|le|la)\s+(?P<role1>[^,\n;]{{3,60}}?)\s*,\s*)?"
    rf"(?:M\.|Mme|MM\.|Monsieur|Madame)?\s*(?P<name>[{UP}][\w'’-]+(?:\s+[{UP}][\w'’-]+){{0,3}})"
    rf"(?:\s*,\s*(?:en\s+sa\s+qualit[ée]\s+de\s+|agissant\s+en\s+(?:sa\s+)?qualit[ée]\s+de\s+)?(?:son|sa|le|la|l['’])?\s*"
    rf"(?P<role2>[^,\n;]{{3,80}}))?",
    re.IGNORECASE,
)
# End of a party's name: its representative, its address, its alias, the next line.
NAME_END = re.compile(
    r"\s*(?:,|\(|\brepr[ée]sent|\bsis|\bsitu[ée]|\bdont\s+le\s+si[èe]ge|\bdomicili|\bayant\s+son\s+si[èe]ge|\bci-apr[èe]s"
    r"|\bn°|\bSIRE[NT]|\n|;|\bd['’](?:une|autre)\s+part)",
    re.IGNORECASE,
)
# The end of a list of communes in one party ("Les communes de A, B et C, représentées par leurs maires")
LIST_END = re.compile(r"\brepr[ée]sent|;|\n\s*\n|\(|\bci-apr[èe]s|\bd['’](?:une|autre)\s+part", re.IGNORECASE)
# (or at a line break opening a capitalised line, unless the list wraps there on a comma, "et" or a hyphen: a cover
# page's "Les communes de Montpon-Ménestérol et Ménesplet" above "Sommaire" or "Article 1" ends at its line)
LIST_LINE_END = re.compile(r"(?<![,\-–])(?<!\bet)(?<!\bde)[ \t]*\n(?=[ \t]*[A-ZÀ-Þ])")
LIST_SPLIT = re.compile(r"\s*,\s*|\s+et\s+")
# "ci-après dénommée « la Commune de Donzenac »": the alias names a party whose name the text left blank
ALIAS = re.compile(r"ci-apr[èe]s\s+(?:d[ée]nomm|d[ée]sign|appel)[ée]e?s?\s*«\s*(?P<alias>[^»]{2,80}?)\s*»", re.IGNORECASE)
SEPARATOR = re.compile(r"^\s*(?:et|ET)\s*:?\s*$|d['’]une\s+part|d['’]autre\s+part", FLAGS)

# "Fait à Albi, le 3 juillet 2024", "Fait en trois exemplaires à Gaillac le 03/07/2024", "Signé à ..., le ..."
FAIT_A = re.compile(
    rf"\b(?:fait|sign[ée]e?)\s+(?:en\s+\w+\s+(?:exemplaires?\s+)?(?:originaux\s+)?,?\s*)?[àa]\s+"
    rf"(?P<place>[{UP}][^,\n]{{1,60}}?)\s*,?\s+le\s+{DATE}",
    re.IGNORECASE,
)

# Duration and period in the convention's articles.
DURATION = re.compile(
    rf"(?:conclue?|[ée]tablie?|sign[ée]e?|pass[ée]e?|valable)?\s*pour\s+(?:une\s+(?:dur[ée]e|p[ée]riode)\s+de\s+)?"
    rf"(?P<n>\d{{1,2}}|{NUMBER_WORDS})\s+(?:\(\d{{1,2}}\)\s+)?(?:ans|ann[ée]es)\b"
    rf"|dur[ée]e\s+de\s+(?P<n2>\d{{1,2}}|{NUMBER_WORDS})\s+(?:\(\d{{1,2}}\)\s+)?(?:ans|ann[ée]es)\b",
    re.IGNORECASE,
)
FROM_DATE = re.compile(
    rf"(?:[àa]\s+compter\s+du|[àa]\s+partir\s+du|prend\s+effet\s+(?:le|au)|entre\s+en\s+vigueur\s+le|court\s+du)\s+"
    rf"(?:{DAY}\s+)?(?:{MONTH}\s+)?(?P<y>{YEAR})",
    re.IGNORECASE,
)
RANGE = re.compile(
    rf"\bdu\s+(?:{DAY}\s+)?(?:{MONTH}\s+)?(?P<y1>{YEAR})\s+au\s+(?:{DAY}\s+)?(?:{MONTH}\s+)?(?P<y2>{YEAR})\b"
    rf"|\bjusqu['’]\s*au\s+(?:{DAY}\s+)?(?:{MONTH}\s+)?(?P<y3>{YEAR})\b",
    re.IGNORECASE,
)
# An article or paragraph about the convention's own term.
# the convention itself in its own articles ("la présente convention", "le présent avenant")
THIS_CONVENTION = re.compile(r"\bprésente?\s+(?:convention|avenant|contrat)", re.IGNORECASE)
TERM_CUE = re.compile(r"dur[ée]e|prend\s+effet|vigueur|p[ée]riode|[ée]ch[ée]ance|conclue", re.IGNORECASE)

# The session of a deliberation: "Séance du 12 mars 2024", "réuni le 12 mars 2024", "délibération ... du 12/03/2024"
SESSION = re.compile(
    rf"\b(?:s[ée]ance\s+(?:ordinaire\s+|extraordinaire\s+|publique\s+)?du|r[ée]uni(?:e|s)?\s+(?:[^.\n]{{0,60}}?\s)?le"
    rf"|d[ée]lib[ée]ration\s+(?:n[°o]\s*[\w/.-]+\s+)?du|en\s+date\s+du)\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi"
    rf"|dimanche)\s+)?{DATE}",
    re.IGNORECASE,
)
ADOPTS = re.compile(
    # "approuve la convention", and the infinitives of a decision's items: "DÉCIDE\n- d'approuver la convention ..."
    r"\b(?:approuver?|adopter?|valider?|autorise\s+[^.\n]{0,60}?\s+[àa]\s+signer)\b[^.\n]{0,160}?"
    r"(?:convention\s+territoriale\s+globale|\bCTG\b|convention)",
    re.IGNORECASE,
)
