"""Cues shared by every stage, each defined once: what makes a text about a CTG, and what makes it something else.

Components import the cue they need from here rather than keeping a local copy.
"""

from __future__ import annotations

import re

FLAGS = re.IGNORECASE
# the names of the months (typed with or without accents) and of the days, shared by the cues that read a date in words
MONTH_NAMES = r"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
WEEKDAYS = r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"

# --- page typography ---------------------------------------------------------------------------
# a pictograph (arrows, dingbats, geometric shapes, emoji with their modifiers and joiners), as a list's bullet
# ("👶 Petite enfance", "👨‍👩‍👧 Parentalité") or at a post's sentence end ("... la CTG 2023-2027 🤝"); the ranges
# are for use inside a character class
# (and the enclosed numbers a PDF numbers its items with, one item a line: "① Offrir une solution d'accueil à chaque
# famille" above "② Permettre à chaque enfant de partir en vacances", a summary's ambitions)
SYMBOL_RANGES = "\u2190-\u21ff\u2300-\u23ff\u2460-\u24ff\u25a0-\u27bf\u2900-\u297f\u2b00-\u2bff\U0001f000-\U0001faff"
SYMBOL_BULLET = rf"[{SYMBOL_RANGES}][\ufe0f\u200d\U0001f3fb-\U0001f3ff{SYMBOL_RANGES}]*"
# a table row as trafilatura renders it ("| Petite enfance | Ouvrir une crèche |"), or as other extractors and
# magazine layouts flatten it, cells between " | " only ("Petite enfance | Ouvrir une crèche | 2025") or between
# tabs, as a PDF's or a spreadsheet's text comes out ("Petite enfance\tOuvrir une crèche\t2025")
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$|^(?=[^|\n]*[^\W\d_])[^|\n]+?(?:\s\|\s[^|\n]+)+$"
                        r"|^(?=[^\t\n]*[^\W\d_])[^\t\n]*[^\t\n\s][^\t\n]*(?:\t+[^\t\n]*\S[^\t\n]*)+$")
TABLE_CELL = re.compile(r"(?:^|(?<=[|\t]))[^|\t]+(?=[|\t]|$)")


def is_table_row(line: str) -> bool:
    """A table row (the cheap test first: most lines hold neither a pipe nor a tab)."""
    return ("|" in line or "\t" in line) and bool(_TABLE_ROW.match(line))


# a plan's numbered item, named by its kind: "Axe 2 :", "Objectif n°1 :", "Priorité 3 -", "Axe stratégique 1 :",
# "Fiche action 1.2 –" (a convention's structure, whatever its punctuation)
NUMBERED_NOUNS = r"(?:axe|orientation|enjeu|objectif|fiche(?:[- ]action)?|priorité|ambition|défi|volet|chantier|thématique)"
# (or lettered: "Enjeu A – Anticiper le renouvellement des assistantes maternelles", "AXE B – Accompagner les familles")
NUMBERED_ITEM = rf"{NUMBERED_NOUNS}(?:\s+\w+)?\s*(?:n°\s*)?(?:\d+(?:\.\d+)*|(?-i:[A-H]))\s*[:.–-]"


# a line opening on an infinitive, as objectives are written ("Créer une micro-crèche", "Harmoniser les tarifs des
# ALSH"); words in -er, -ir or -re that are no infinitives are left out
NOT_INFINITIVES = (r"notre|votre|autre|centre|contre|entre|offre|cadre|titre|membre|chapitre|premier|dernier|quartier"
                   r"|atelier|foyer|dossier|loisir|avenir|plaisir")
# (an objective told with "mieux" before its verb is one too: "Mieux accompagner les familles monoparentales", "de
# créer un lieu pour les ados et de mieux accompagner les familles modestes")
INFINITIVE_START = re.compile(rf"^\s*(?:mieux\s+)?(?!(?:{NOT_INFINITIVES})\s)[a-zà-ÿ]+(?:er|ir|re)\s", FLAGS)


# --- the convention -----------------------------------------------------------------------------
# Full written forms (case-insensitive) and acronyms (case-sensitive, to avoid 'ctg' inside words).
CTG_LONG = re.compile(
    r"conventions?\s+territoriales?\s+globales?|conventions?\s+territoriales?\s+globalisées?"
    r"|conventions?\s+globales?\s+(?:de\s+)?territoire|conventions?\s+globales?\s+territoriales?",
    FLAGS,
)
# the CTG's own project under its other name, which a Caf's territory documents use alone ("Projet social de
# territoire de la communauté de communes – Orientations 2022-2026"); a centre social's "projet social" is not it
TERRITORY_PROJECT = re.compile(r"projets?\s+socia(?:l|ux)\s+de\s+territoire", FLAGS)
# the CTG's own method, as its text writes it: "issus du diagnostic partagé", "les champs d'intervention retenus",
# "le plan d'actions 2021-2025", "les fiches actions", "le comité de pilotage se réunit une fois par an"
CTG_METHOD = re.compile(r"diagnostic\s+partagé|champs?\s+d['’]\s*intervention|plans?\s+d['’]\s*actions?"
                        r"|fiches?[\s-]+actions?|comités?\s+de\s+pilotage", FLAGS)
# a territory's own convention named by a possessive pronoun ("X a signé la sienne", "ont renouvelé la leur"): a
# neighbour's convention told as background ("... a signé la sienne en 2022"), unless the sentence dates it to the day
# (DAY_DATE), as a Caf's round-up of the week's signings does ("Jeudi 11 mai, la CC du Haut-Chablais a renouvelé la
# sienne", "Le 29 juin dernier, Ploërmel Communauté a signé la sienne"; the read sets' gold lists those as partners)
POSSESSIVE_SIGNING = re.compile(r"\b(?:sign|renouvel|conclu|paraph|adopt)\w*\s+(?:déjà\s+|aussi\s+|à\s+son\s+tour\s+)?"
                                r"(?:la\s+sienne|la\s+leur|les\s+leurs|les\s+siennes)\b", FLAGS)
DAY_DATE = re.compile(rf"\b(?:{WEEKDAYS})\b|\ble\s+lendemain\b|\bla\s+veille\b|\b\d{{1,2}}(?:er)?\s+(?:{MONTH_NAMES})\b",
                      FLAGS)
CTG_ACRONYM = re.compile(r"(?<![\w-])(?:CTG|Ctg|C\.T\.G\.?)(?![\w-])")
# a typo seen on real pages: 'la CGT' for the convention (only counted when the text names a CTG otherwise)
CGT_AS_CTG = re.compile(r"\b(?:la|une|cette|les|des)\s+CGT\b")
# 'CTG' as the Collectivité territoriale de Guyane, e.g. "La CTG a voté son budget ... en Guyane"
GUYANE = re.compile(r"collectivité\s+territoriale\s+de\s+(?:la\s+)?guyane|\bCTG\b[^.\n]{0,60}guyan|guyan[^.\n]{0,80}\bCTG\b",
                    FLAGS)

# Any mention, for a sentence-level test (the Guyane check is ctg_mentions' job)
CTG_CUE = re.compile(rf"(?i:{CTG_LONG.pattern})|{CTG_ACRONYM.pattern}")

# --- the Caf (and the bodies that play its part: CSSM at Mayotte, MSA) ------------------------------
CAF = re.compile(r"\bcaf\b|caisses?\s+d['’]\s*allocations?\s+familiales?|\bCSSM\b|caisse\s+de\s+sécurité\s+sociale"
                 r"|\bMSA\b", FLAGS)

# a party's signature block under a convention's dated formula: "Pour la Caisse d'allocations familiales du Gers,"
# then "La Directrice," on its line, or "Pour la Ville de Montreuil, le Maire" on one line; the official's title
# follows the body within the line or on the next one (a signature page has no sentence, only these blocks)
_BLOCK_GAP = r"(?:,[ \t]*|[ \t]*\n[ \t]*)(?:le|la|les|son|sa)?\s*"  # between the body and its official's title
_HEAD_TITLES = r"président|présidente|directeur|directrice"
SIGNATURE_BLOCK = re.compile(
    rf"^[ \t]*pour\s+(?:la|le|les|l['’])\s*[^\n]{{2,100}}?{_BLOCK_GAP}"
    rf"(?:maire|mairesse|{_HEAD_TITLES}|préfet|préfète|vice-président|vice-présidente|adjoint|adjointe)\b",
    FLAGS | re.MULTILINE,
)
# ... the Caf's own block (or that of the body playing its part: the CSSM at Mayotte)
CAF_SIGNATURE_BLOCK = re.compile(
    rf"^[ \t]*pour\s+(?:la|le|l['’])\s*(?:{CAF.pattern})[^\n]{{0,100}}?{_BLOCK_GAP}(?:{_HEAD_TITLES})\b",
    FLAGS | re.MULTILINE,
)

# --- other schemes that are not a CTG ---------------------------------------------------------------
# the former contrat enfance jeunesse, which CTGs replace: "le CEJ arrive à échéance"
CEJ = re.compile(r"contrats?\s+enfance[\s-]+jeunesse|\bCEJ\b", FLAGS)
# the names of other territorial contracts and plans, which may be named after fields ("le programme local de
# l'habitat"): the themes component strips them from a sentence before reading its fields
SCHEME_NAMES = (r"contrats?\s+de\s+ville|contrats?\s+de\s+pôle|contrats?\s+loca(?:l|ux)\s+de\s+santé|\bCLS\b"
                r"|contrats?\s+de\s+relance\s+et\s+de\s+transition|\bCRTE\b"
                # (and the rural contracts the CRTE took over: "Le contrat de ruralité du Pays de Bray finance aussi
                # les pistes cyclables et la rénovation des logements communaux")
                r"|contrats?\s+de\s+ruralité|projets?\s+éducatifs?\s+(?:de\s+|du\s+)?territ(?:ori\w*|oires?\b)"
                r"|\bPEDT\b|programmes?\s+loca(?:l|ux)\s+de\s+l['’]\s*habitat|\bPLH\b"
                # (and the housing programmes: "L'opération programmée d'amélioration de l'habitat a permis d'aider 64
                # propriétaires", "Le programme d'intérêt général « Habiter mieux »", an activity report's other rubric)
                r"|opérations?\s+programmées?\s+d['’]\s*amélioration\s+de\s+l['’]\s*habitat|\bOPAH\b"
                r"|programmes?\s+d['’]\s*intérêt\s+général"
                # (and the State's poverty plans a convention articulates with: "la convention d'appui à la lutte
                # contre la pauvreté et d'accès à l'emploi signée avec l'État", "le pacte local des solidarités")
                r"|conventions?\s+d['’]\s*appui\s+à\s+la\s+lutte\s+contre\s+la\s+pauvreté|\bCALPAE\b"
                r"|pactes?\s+(?:loca(?:l|ux)\s+)?des\s+solidarités")
# other territorial contracts and plans a page may be about instead: "le contrat de ville 2024-2030 est signé"
OTHER_SCHEME = re.compile(
    rf"{CEJ.pattern}|{SCHEME_NAMES}"
    r"|sch[ée]mas?\s+départementa\w+|\bSDSF\b|comité\s+départemental\s+des\s+services\s+aux\s+familles"
    # (and that schema again, by its article: "Le futur schéma, copiloté par l'État et la Caf, s'articulera autour de")
    r"|\b(?:le|ce|du|au)\s+(?:(?:futur|prochain|nouveau|précédent)\s+)?sch[ée]ma\b(?!\s+(?:de\s+)?gouvernance)"
    # (a centre social named by its own name, capitalised even though the rest is read case-insensitively: "le centre
    # social Jean-Moulin", not "le centre social de Vic")
    r"|conventions?\s+d['’]\s*objectifs(?:\s+et\s+de\s+financement)?|centre\s+social\s+(?-i:[A-ZÀ-Þ])|projet\s+de\s+cahier"
    r"|contrats?\s+territoria\w+\s+d['’]\s*accueil|pacte\s+territorial"
    # a facility's own agreement by the Caf, for its own length: "Le centre social de Cusset vient d'obtenir le
    # renouvellement de son agrément pour quatre ans" (not "Les centres sociaux voient leurs agréments confortés")
    r"|\b(?:son|leur|ses|leurs)\s+agréments?\s+(?:pour|jusqu)",
    FLAGS,
)

# --- kinds of pages that talk about CTGs without announcing one -------------------------------------
# job offers: "Offre d'emploi : chargé(e) de mission CTG ... Date limite de candidature"
JOB_OFFER = re.compile(
    r"offre\s+(?:d['’]\s*emploi|n°)|poste\s+à\s+pourvoir|date\s+limite\s+de\s+candidature|grade\(?s?\)?\s+recherché"
    r"|profil\s+recherché|envoyer\s+(?:votre\s+)?(?:cv|candidature)|lettre\s+de\s+motivation|fiche\s+de\s+poste"
    # (a body recruiting someone, not a convention supporting the recruitment of childcare staff: "soutenir le
    # recrutement des assistantes maternelles", "des difficultés de recrutement dans les métiers de la petite enfance")
    r"|recrute\s+(?:un|une|son|sa)\b|(?:^|\n)\W*recrutement\b|avis\s+de\s+recrutement|recrutement\s+d['’]\s*une?\b"
    r"|\(?[hf]\s*/\s*[hf]\)?(?=\W)|temps\s+(?:complet|non\s+complet)|cadre\s+d['’]\s*emplois",
    FLAGS,
)
# explainers: "Qu'est-ce qu'une CTG ?", "La CTG, comment ça marche", a guide or a study
EXPLAINER = re.compile(
    r"qu['’]\s*est[- ]ce\s+qu['’]\s*une|c['’]\s*est\s+quoi|décryptage|en\s+savoir\s+plus\s+sur\s+la\s+ctg"
    r"|foire\s+aux\s+questions|\bFAQ\b|guide\s+(?:méthodologique|pratique)|étude\s+(?:qualitative|sur)"
    r"|comment\s+ça\s+marche|à\s+quoi\s+sert|pourquoi\s+une\s+(?:ctg|convention)|mode\s+d['’]\s*emploi"
    r"|fiche\s+(?:pratique|repère)|\bwebinaire|\bkit\s+(?:de|d['’])",
    FLAGS,
)
# statements about CTGs in general: "Une CTG est signée pour quatre ans", "les CTG peuvent couvrir..."
GENERIC_STATEMENT = re.compile(
    r"\b(?:une|les|des)\s+(?:C\.?T\.?G|Ctg|conventions?\s+territoriales?\s+globales?)\b[^.]{0,60}"
    r"\b(?:est|sont|permet|permettent|peu(?:t|vent)|doi(?:t|vent)|vise|visent)\b|en\s+général|généralement",
    FLAGS,
)
# interviews: "Trois questions à ...", "Trois questions au maire", "Propos recueillis par ...", "Entretien avec la
# directrice de la Caf"
INTERVIEW = re.compile(
    r"\binterview\w*|\bentretien\s+avec|\b(?:trois|3|quatre|4|cinq|5|deux|2)\s+questions\s+(?:à|au|aux)\b"
    r"|propos\s+recueillis|\brencontre\s+avec|\bquestions?\s*[-–—:]\s*réponses?|^\s*(?:Q|R)\s*[:.–—-]\s"
    r"|nous\s+avons\s+(?:interrogé|rencontré|demandé)|répond\s+à\s+nos\s+questions",
    FLAGS | re.MULTILINE,
)
# a council vote that adopts the convention: "Le conseil municipal a approuvé la convention territoriale globale",
# "autorise le maire à signer la CTG", "adoptée à l'unanimité"
COUNCIL = re.compile(
    r"conseil\s+(?:municipal|communautaire|départemental|d['’]\s*administration|métropolitain|syndical)"
    r"|bureau\s+communautaire|assemblée\s+délibérante|commission\s+permanente|\bdélibér\w+|séance\s+du"
    # a press report of the vote: "Les élus ont également approuvé la convention territoriale globale"
    r"|\bles\s+élus\s+(?:\w+\s+){0,2}(?:ont|avaient)\s+(?:\w+\s+)?(?:approuvé|adopté|voté|validé)"
    # ... or their body named between, and the vote that authorises the signing: "Réunis mardi, les élus de la
    # communauté de communes du Val d'Aran ont autorisé le président à signer la CTG"
    r"|\bles\s+élus\s+(?:du|de\s+la|de\s+l['’]|des)\s+(?:[\w'’-]+\s+){1,7}?(?:ont|avaient)\s+(?:\w+\s+)?"
    r"(?:approuvé|adopté|voté|validé|autorisé)",
    FLAGS,
)
ADOPTION = re.compile(
    r"\b(?:a|ont|avons|a\s+été|ont\s+été|est|sont|été)\s+(?:\w+\s+)?(?:approuvée?s?|adoptée?s?|validée?s?|votée?s?)"
    r"|\b(?:approuve|adopte|valide|vote|approuvent|adoptent|valident|votent)\b"
    r"|\bd['’]\s*(?:approuver|adopter)\b|\bde\s+(?:valider|voter)\b"  # a decision's items: "DÉCIDE - d'approuver"
    r"|autoris\w+\s+(?:le|la|M\.|Mme|monsieur|madame)\s+(?:\w+\s+){0,3}?(?:à|a)\s+(?:la\s+|le\s+|les\s+)?signer"
    r"|à\s+l['’]\s*unanimité|\bpour\s*:\s*\d+"
    # an agenda's or a decision list's item: "Point 7 – Approbation de la convention territoriale globale",
    # "CTG 2023-2027 avec la Caf de l'Ain – approbation et autorisation de signature", "... – Adopté"
    r"|\bapprobation\s+(?:de\s+la|du|et)\b|[–—-]\s*approbation\b|autorisation\s+de\s+(?:la\s+)?signature"
    r"|[–—:-]\s*adoptée?s?\b",
    FLAGS,
)


# --- page furniture -------------------------------------------------------------------------------
# the lead of a link to other stories, as pages close (or box) them: "À lire aussi", "Sur la même thématique",
# "Pour aller plus loin", "Ces contenus peuvent aussi vous intéresser"; one vocabulary for every component
RELATED_LEAD = (
    r"(?:à\s+)?(?:lire|voir|découvrir|consulter)\s+(?:aussi|également)(?:\s+dans\s+(?:ce|le\s+même)\s+numéro)?"
    r"|(?:retrouvez|découvrez)\s+(?:aussi|également)|sur\s+(?:le|la)\s+même\s+(?:sujet|thème|thématique)"
    r"|dans\s+la\s+même\s+rubrique|pour\s+aller\s+plus\s+loin"
    r"|articles?\s+(?:similaires|liés|associés|connexes|recommandés)|vous\s+aimerez\s+(?:aussi|également)"
    r"|(?:ces|d['’]autres)\s+(?:articles|contenus|actualités|pages)\s+(?:peuvent|pourraient)\s+(?:aussi\s+|également\s+)?"
    r"vous\s+intéresser|nos\s+abonnés\s+ont\s+(?:aussi|également)\s+lu")
# words one of those leads needs (a plain substring search skips the scans on most texts)
RELATED_WORDS = ("aussi", "également", "même", "loin", "article", "intéresser")
# the heading of a list of other articles that closes a page, alone on its line: the headlines below it are other
# stories, with their own dates and territories (not "Pour aller plus loin" alone, which heads the page's own
# references too: "Pour aller plus loin\nRéférence : BW39894\nDate : 7 Fév 2020")
RELATED_HEADING = re.compile(
    rf"^[ \t]*(?!pour\s+aller\s+plus\s+loin[ \t]*:?[ \t]*$)(?:{RELATED_LEAD}|(?:les\s+)?dernières\s+actualités|autres\s+actualités|(?:nos\s+)?derniers\s+articles)"
    r"[ \t]*:?[ \t]*$",
    FLAGS | re.MULTILINE,
)


# a one-line teaser for another story, its lead and that story's headline on the same line (pages: regional dailies,
# town news, Caf sites): "Lire aussi : Dinan : 150 places de crèche en projet", "• À lire aussi p. 12 : ..."; its
# dates, periods and counts are another story's (the lead alone on its line is RELATED_HEADING, which ends the story
# instead). "En savoir plus sur les CTG signées dans l'Ouest : TCO, une convention pour 2023-2027" points the same
# way for dates, while its counts may be the territory's ("En savoir plus sur les CTG dans la Drôme : 19 conventions
# signées"): `teaser_lines(text, further_reading=False)` leaves such lines.
_TEASER_TAIL = r"(?:[ \t]+p\.[ \t]*\d+)?[ \t]*[:|–—-][ \t]*\S[^\n]*"
TEASER_LINE = re.compile(rf"^[ \t→•*-]*(?:{RELATED_LEAD}){_TEASER_TAIL}", FLAGS | re.MULTILINE)
FURTHER_READING_LINE = re.compile(rf"^[ \t→•*-]*en\s+savoir\s+plus\s+sur\b[^\n:|–—]{{0,80}}{_TEASER_TAIL}",
                                  FLAGS | re.MULTILINE)


def teaser_lines(text: str, further_reading: bool = True) -> list[tuple[int, int]]:
    """The spans of the one-line teasers for other stories in `text` (see TEASER_LINE); with `further_reading`,
    also the "En savoir plus sur ... :" lines."""
    lowered = text.lower()
    spans = [m.span() for m in TEASER_LINE.finditer(text)] if any(w in lowered for w in RELATED_WORDS) else []
    if further_reading and "savoir" in lowered:
        spans = sorted(spans + [m.span() for m in FURTHER_READING_LINE.finditer(text)])
    return spans

HEAD_BOX_LINES = 6  # a related box above the story stands among the page's first lines
PARAGRAPH = re.compile(r"^[^\n]*?(?:\S+[ \t]+){19}[^\n]*$", re.MULTILINE)  # a line of 20 words or more


def story_end(text: str) -> int:
    """Where the page's own story ends: the first related-articles heading after its first line and after the
    story's first paragraph, else the end (a box of links between the headline and the story is no end: "Titre\nÀ
    lire aussi\nAutre titre\nAutre titre\nLa communauté de communes a signé ...")."""
    first_line = text.find("\n")
    if first_line < 0:
        return len(text)
    paragraph = PARAGRAPH.search(text, first_line)
    for m in RELATED_HEADING.finditer(text, first_line):
        # (a box among the page's first lines only: a short story's teasers after its related heading are no story)
        if paragraph is None or m.start() > paragraph.start() or text.count("\n", 0, m.start()) > HEAD_BOX_LINES:
            return m.start()
    return len(text)


# the acronym defined as the Collectivité ("Collectivité territoriale de Guyane (CTG)") or as the convention
COLLECTIVITE_DEFINED = re.compile(r"collectivité\s+territoriale\s+de\s+(?:la\s+)?guyane\s*\(\s*CTG\s*\)"
                                  r"|\bCTG\s*\(\s*collectivité\s+territoriale", FLAGS)
CONVENTION_DEFINED = re.compile(rf"(?:{CTG_LONG.pattern})\s*\(\s*CTG\s*\)|\bCTG\s*\(\s*convention", FLAGS)
# one acronym that names the Collectivité: "la CTG de Guyane", "le président de la CTG Guyane"
ACRONYM_IS_COLLECTIVITE = re.compile(r"\s*(?:de\s+(?:la\s+)?)?guyane\b", FLAGS)


def ctg_mentions(text: str) -> list[tuple[int, int]]:
    """Offsets of the mentions of a Convention territoriale globale (not the Collectivité de Guyane).

    The acronym counts unless the text uses it for the Collectivité: defined so (and never as the convention),
    or used next to Guyane in a text that never writes the convention out in full.
    """
    spans = [m.span() for m in CTG_LONG.finditer(text)]
    if COLLECTIVITE_DEFINED.search(text) and not CONVENTION_DEFINED.search(text):
        return sorted(spans)
    if spans or not GUYANE.search(text):
        spans += [m.span() for m in CTG_ACRONYM.finditer(text)
                  if not ACRONYM_IS_COLLECTIVITE.match(text, m.end())]
        if spans:
            spans += [m.span() for m in CGT_AS_CTG.finditer(text)]
    return sorted(spans)


# a page address that names a CTG: excerpts often lose the headline that the address still spells out
# (".../la-convention-territoriale-globale-signee-mardi-12039"); the acronym alone only on a page naming a Caf,
# and never an address about Guyane
URL_CTG_LONG = re.compile(r"conventions?[-_+ ]territoriales?[-_+ ]globales?", re.IGNORECASE)
URL_CTG_ACRONYM = re.compile(r"(?<![a-z0-9])ctgs?(?![a-z0-9])", re.IGNORECASE)


def url_names_ctg(url: str | None, text: str = "") -> bool:
    """True when the page's address names a CTG (spelled out, or as 'ctg' in its path on a page naming a Caf)."""
    if not url or "guyane" in url.lower():
        return False
    path = url.split("://", 1)[-1].partition("/")[2]
    return bool(URL_CTG_LONG.search(path) or URL_CTG_ACRONYM.search(path) and CAF.search(text))


def mentions_ctg(text: str) -> bool:
    """True when the text names a CTG (the convention, not the Collectivité de Guyane)."""
    return bool(ctg_mentions(text))
