"""Patterns for the parties of a CTG: the Caf, territorial partners and signatory persons."""

from __future__ import annotations

import re

from ctgminer.text.cues import MONTH_NAMES, WEEKDAYS

FLAGS = re.IGNORECASE
UP = "A-ZÀ-ÖØ-Þ"
WORD = r"[\wÀ-ÿ'’.-]"
PREP = r"(?:de\s+la\s+|de\s+l['’]\s*|des\s+|du\s+|de\s+|d['’]\s*)"
# one capitalised word, possibly hyphenated ("Saint-Genest-Lerpt", "M'tsamboro", "Lès-Remiremont")
CAP = rf"[{UP}][\wÀ-ÿ'’]*(?:-[\wÀ-ÿ'’]+)*"
# capitalised words that end a place name (the next party, a person's role)
STOP = r"(?!(?:Caf|CAF|Caisse|Conseil|Département|MSA|Mutualité|Ville|Commune|Mairie|Etat|État|Préfecture|Président"
STOP += r"|Présidente|Maire|Directeur|Directrice|M|Mme|Monsieur|Madame)\b)"
# particles allowed inside a place name
LINK = r"(?:de|du|des|la|le|les|en|sur|sous|lès|lez|aux|à|d['’]|l['’])"
# a commune name: capitalised words joined by particles ("Saint Antonin Noble Val", "Roche-la-Molière")
COMMUNE_NAME = rf"(?:(?:l['’]|la[ \t\u00a0]+|le[ \t\u00a0]+|les[ \t\u00a0]+)?{CAP}(?:[ \t\u00a0]+(?:{LINK}[ \t\u00a0]+)*{STOP}{CAP})*)"
# an EPCI name may also contain 'et' and dashes between parts ("Pays d'Evian - Vallée d'Abondance")
# (never on into the next EPCI's head: "de la Communauté d'agglomération X à la Communauté de communes Y"; a name
# may end on the word, "Hautes Terres Communauté")
NEXT_HEAD = r"(?![Cc]ommunauté[ \t\u00a0]+(?:de[ \t\u00a0]+[Cc]ommunes|d['’][ \t\u00a0]*[Aa]gglomération|[Uu]rbaine)\b)"
EPCI_NAME = rf"(?:(?:(?!et\b)[a-zà-ÿ]+[ \t\u00a0]+(?:{LINK})[ \t\u00a0]+)?{STOP}{CAP}(?:(?:[ \t\u00a0]+|[ \t]*[-–][ \t]*)(?:(?:{LINK}|et)[ \t\u00a0]*)*{STOP}{NEXT_HEAD}{CAP})*)"

# up to six capitalised words joined by particles: a run read against the gazetteer's EPCI names
CAP_RUN = re.compile(rf"{CAP}(?:[\s-]+(?:{LINK}\s+)*{CAP}){{0,5}}")
# the words after "Caf de" where a département name is looked for
DEP_WORD = re.compile(r"[\wÀ-ÿ'’.]+(?:-[\wÀ-ÿ'’.]+)*")

CAF_HEAD = re.compile(
    r"\b(?:C\.?A\.?F\.?|Caf|caf|[Cc]aisses?\s+(?:des?\s+|d['’]\s*)?[Aa]llocations?\s+[Ff]amiliales?"
    r"|CAISSES?\s+(?:DES?\s+|D['’]\s*)?ALLOCATIONS?\s+FAMILIALES?)"
    r"(?:\s*\((?:Caf|CAF)\))?",
)
CAF_AFTER = re.compile(rf"^\s*(?i:{PREP}|en\s+)?(?P<rest>.{{0,60}})", re.S)  # ("CAISSE ... DE LA MOSELLE" too)
# (on the Caf's line, and no day before its month: "la nouvelle convention avec la Caf\n26 mai 2023" is a date line)
# (nor an amount or a share: a plan's table "Porteur : Commune / Caf" over "80 000 €", "Caf 45 %")
CAF_NUMBER = re.compile(r"^[ \t\u00a0]*(?P<num>2[AB]|97[1-6]|\d{2})\b(?![ \t\u00a0]*(?:er[ \t\u00a0]+)?(?:janv|févr|fevr|mars|avr"
                        r"|mai\b|juin|juil|août|aout|sept|oct|nov|déc|dec)|[/.,]\d|[ \t\u00a0]?\d{3}\b"
                        r"|[ \t\u00a0]*(?:€|euros?\b|%|k€|m€|millions?\b))", re.I)
CSSM = re.compile(r"caisse\s+de\s+sécurité\s+sociale\s+de\s+Mayotte|\bCSSM\b", FLAGS)
DEP_ABBREVIATIONS = {"p o": "66", "po": "66", "b d r": "13", "bdr": "13", "idf": "", "a m": "06"}
# case-sensitive: 'la réunion publique' is not La Réunion
DEMONYMS = {
    r"[Rr]éunionnai[se]s?|\b[Ll]a\s+Réunion\b": "974",
    r"[Mm]artiniquai[se]s?|\b[Ll]a\s+Martinique\b": "972",
    r"[Gg]uadeloupée?nn?e?s?|\b[Ll]a\s+Guadeloupe\b": "971",
    r"[Gg]uyanai[se]s?|\b[Ll]a\s+Guyane\b": "973",
    r"[Mm]ahorai[se]s?|\bMayotte\b": "976",
}

COMMUNE_INTRO = re.compile(
    rf"\b(?P<head>[Vv]ille|[Cc]ommunes?|[Mm]airie|[Mm]unicipalité)\s+(?P<prep>de\s+la\s+|de\s+l['’]\s*|des\s+|du\s+|de\s+"
    rf"|d['’]\s*)(?P<name>{COMMUNE_NAME})",
)
HASHTAG = re.compile(rf"#(?P<name>[{UP}][a-zà-ÿ]+(?:[{UP}][a-zà-ÿ]*)+)")
MAYOR = re.compile(
    rf"\b(?:[Mm]aire|[Mm]airesse)\s+(?P<prep>de\s+la\s+|de\s+l['’]\s*|des\s+|du\s+|de\s+|d['’]\s*)"
    rf"(?P<name>{COMMUNE_NAME})",
)
# "les communes de A, B, C et D", "les six communes de ...", "avec les communes de"; a town's communes associées or
# déléguées, which no INSEE code names ("la Ville de X, avec ses communes associées Y et Z")
COMMUNE_LIST = re.compile(
    r"\b(?:les|des|aux|ses|avec\s+les|et\s+les)\s+(?:[\wÀ-ÿ]+\s+)?(?:communes|villes)(?:\s+membres)?\s*"
    r"(?:de|d['’]|suivantes|:)\s*:?\s*"
    r"|\b(?:les|des|ses|leurs)\s+communes\s+(?:associées|déléguées)\s*(?:de\s+|d['’]\s*|:\s*)?(?=[A-ZÀ-Þ])",
    FLAGS,
)
# a list item naming a body that is no commune: the Caf, the MSA, the État, the Département, an EPCI, a CCAS...
BODY_HEAD = re.compile(
    r"(?:(?:la|le|les|l['’])\s*)?(?:Caf|CAF|C\.A\.F|Caisse|CSSM|CGSS|MSA|Mutualité|[ÉE]tat|Préfecture|Département"
    r"|Conseil|Région|Communauté|Métropole|Agglo|Agglomération|Syndicat|SIVOM|SIVU|PETR|CCAS|CIAS|CPAM|Carsat|CARSAT"
    r"|France\s+Travail|Éducation|DDETS|ARS|Association)\b")
ASSOCIATED_LIST = re.compile(r"\b(?:associée?s?|unie?s?|regroup\w+)\s+(?:à|avec)\s+", FLAGS)
# the Communauté an abbreviated head stands for
EPCI_HEADS = {"CC": "Communauté de communes", "CDC": "Communauté de communes", "CA": "Communauté d'agglomération",
              "CU": "Communauté urbaine"}
EPCI = re.compile(
    rf"\b(?P<head>[Cc]ommunauté\s+(?:de\s+[Cc]ommunes|d['’]\s*[Aa]gglomération|[Uu]rbaine)|[Mm]étropole"
    rf"|[Ss]yndicat\s+(?:[Ii]ntercommunal|[Mm]ixte)(?:\s+[\wÀ-ÿ]+){{0,3}}?|SIVOM|SIVU"
    # (the abbreviated heads, before a preposition: "la CC de la Ténarèze", "la CdC du Thouarsais", "CA du Grand Dax")
    rf"|(?:CC|CdC|CDC|Cdc|CA|CU)(?=\s+(?:de|du|des|d['’])\s*\w))"
    # (never from the next line: "... de la métropole\nNice-Matin |", "la CTG de la Communauté de communes\nLe 27
    # septembre": a heading ends on the head, the next line is another matter)
    rf"(?:[ \t\u00a0]*"
    rf"(?P<prep>de\s+la\s+|de\s+l['’]\s*|des\s+|du\s+|de\s+|d['’]\s*)?(?P<name>{EPCI_NAME}))?"
    rf"(?:\s*\((?P<acro>[{UP}][{UP}0-9]{{1,9}})[,)])?",
)
# an EPCI's council named after the EPCI's distinctive part, one word included ("le conseil communautaire du
# Kochersberg a approuvé la CTG"): the gazetteer reads one-word distinctive parts only here (alone, "Kochersberg" could
# be a hill or a wine)
EPCI_COUNCIL = re.compile(
    rf"\b[Cc]onseil\s+communautaire\s+(?P<prep>de\s+la\s+|de\s+l['’]\s*|des\s+|du\s+|de\s+|d['’]\s*)(?P<name>{EPCI_NAME})"
)
# two EPCI under one plural head ("entre la Caf et les communautés de communes Val d'Orge et Pays de Brière"):
# one candidate each
_PLURAL_NAME = rf"{STOP}{CAP}(?:[ \t\u00a0]+(?:{LINK}[ \t\u00a0]+)*{STOP}{CAP})*"
EPCI_PLURAL = re.compile(
    rf"\b[Cc]ommunautés\s+(?P<head>de\s+communes|d['’]\s*agglomération)\s+(?:{PREP})?(?P<a>{_PLURAL_NAME})"
    rf"\s+et\s+(?:(?:celle\s+)?{PREP})?(?P<b>{_PLURAL_NAME})"
)
# the capitalised words an excerpt ends on, the last one possibly cut ("... du territoire du Pays de Sault - Val d'Ar"):
# an EPCI name the excerpt cut, read against the gazetteer's EPCI names
TRAILING_NAME = re.compile(
    rf"(?P<name>{CAP}(?:(?:[ \t\u00a0]+|[ \t]*[-–][ \t]*)(?:(?:{LINK}|et)[ \t\u00a0]*)*{CAP})+)[ \t\u00a0]*$"
)
# (on one line: a word above a heading "Communauté" is no part of its name, "Actualités\nCommunauté d'agglomération ...")
# (never the convention's own acronym before the kind word: "CTG Agglomération du Grand Verdun 2024-2028", a convention's
# running header, names the CTG of the agglomeration, not an EPCI "CTG Agglomération")
EPCI_SUFFIX = re.compile(rf"\b(?P<name>(?!(?:La|Le|Les|Cette|Une|Un|Notre|Votre|Leur|Sa|Son|CTG)\b){CAP}(?:[ \t\u00a0]+{CAP})*[ \t\u00a0]+(?:Agglo|Agglomération|Métropole|Communauté))\b")
ACRONYM = re.compile(rf"(?<![\w-])(?P<acro>C[{UP}]{{2,6}})(?![\w-])")
# an EPCI's brand counting the one initial of its distinctive words after its kind ("l'Agglo2B", "la CA3B", "CC 2V"):
# linked by the gazetteer's counted initials, within the Caf's département
COUNTED_BRAND = re.compile(r"(?<![\w-])(?P<acro>(?:Agglo|AGGLO|CA|CC)[ -]?[2-9][A-Z])(?![\w-])")
# an acronym of another first letter, kept only when an EPCI's official name writes it out ("le TCO", "la CIVIS")
OTHER_ACRONYM = re.compile(r"(?<![\w-])(?P<acro>[A-BD-Z][A-Z]{2,6})(?![\w-])")
DEPARTEMENT = re.compile(
    rf"\b(?:[Cc]onseil\s+[Dd]épartemental|[Cc]onseil\s+[Gg]énéral|[Dd]épartement)(?:[ \t\u00a0]+{PREP}(?P<name>{CAP}(?:[ \t\u00a0-]+"
    rf"(?:et|de|du|des|sur|la|le)?[ \t\u00a0-]*{CAP})*))?",
)
# "le Département", "du Conseil départemental", "Caf/Département", "Département / Caf", "CD 12", read in two steps (the
# body's words, then what stands before or after them: one scan for "(le|du|au|et le) Département" tried its first
# words at every word of the text, twice the time)
DEPARTEMENT_GENERIC_WORD = re.compile(r"(?:Département|Conseil\s+[Dd]épartemental)\b|\bCD\s?\d{2}\b")
DEPARTEMENT_GENERIC_LEFT = re.compile(r"(?:\b(?:[Ll]e|du|au|et\s+le)\s+|/)$")  # (also opening a sentence: "Le Département et")
DEPARTEMENT_GENERIC_SLASH = re.compile(r"\s*/")
# a prefect's title before a région's name: "Le préfet de la région Guadeloupe" (a communiqué of the prefecture; the
# région is no party, the State is)
PREFECT_OF = re.compile(r"\bpréf(?:et|ète|ecture)\s+de\s+(?:la\s+)?$", re.I)
REGION = re.compile(rf"\b(?:[Cc]onseil\s+[Rr]égional|[Rr]égion)\s+(?P<name>{CAP}(?:[ \t\u00a0-]+{CAP})*)")
ETAT = re.compile(r"(?:\bl['’]\s*|\bde\s+l['’]\s*|\bpar\s+l['’]\s*)(?P<name>[ÉE]tat)\b|\bpréf(?:et|ète|ete|ecture)\b", re.I)
# the État as party to another agreement (the COG between the État and the Cnaf)
ETAT_EXCLUDE = re.compile(r"objectifs\s+et\s+de\s+gestion|\bCOG\b|\bCog\b|\bCnaf\b|\bCNAF\b")
# the MSA's full name may hold particles ("la MSA Portes de Bretagne", "MSA Sud Champagne"): a word of it is no commune
MSA = re.compile(
    rf"\b(?:MSA|[Mm]utualité\s+[Ss]ociale\s+[Aa]gricole)(?:[ \t]+{PREP}?(?P<name>{STOP}{CAP}"
    rf"(?:(?:[ \t]+(?:{LINK}[ \t]+)*|[ \t]*-[ \t]*){STOP}{CAP})*))?",
)
# a collectivité with its own status (overseas or Corsica), neither commune nor département: typed other by the guide
# ("la Collectivité de Saint-Barthélemy et la Caf ont signé la CTG")
COLLECTIVITE = re.compile(rf"\b(?P<name>[Cc]ollectivité\s+(?:de\s+|d['’]\s*)(?!la\b|l['’])[{UP}][\wÀ-ÿ'’]*(?:-[\wÀ-ÿ'’]+)*)")
OTHER = re.compile(r"\b(?P<name>CPAM|CCAS|CIAS|CGSS|Carsat|CARSAT|France\s+Travail|Pôle\s+[Ee]mploi|ARS)\b")
# the State's services, typed etat by the guide ("l'Éducation nationale et la DDETS ont cosigné la CTG")
ETAT_SERVICE = re.compile(
    # (an acronym as a whole word: "DRAC" is no part of "DRACÉNIE PROVENCE VERDON AGGLOMÉRATION")
    r"\b(?P<name>[ÉE]ducation\s+[Nn]ationale|(?:DDETS(?:PP)?|SDJES|DRAC|DDCS(?:PP)?|DSDEN|DREETS|DRAJES)(?![\wÀ-ÿ])"
    r"|[Dd]irection\s+(?:régionale|départementale)\s+(?:des|de\s+l['’]|de\s+la|du)\s+[a-zà-ÿ' ’]{4,60}?"
    r"(?=[,.;()\n]|\s+(?:et|a|ont|qui|pour|sign\w*)\b))",
)
# "la préfecture du Lot" (named after its département) rather than "l'État"
PREFECTURE = re.compile(r"\b[Pp]réfecture\s+(?P<prep>de\s+la\s+|de\s+l['’]\s*|des\s+|du\s+|de\s+|d['’]\s*)"
                        rf"(?P<name>{CAP}(?:[\s-]+(?:et|de|du|des|sur|la|le)?[\s-]*{CAP})*)")
# syndicats are typed other, never epci ("le Sivom de la vallée du Tarn", "le syndicat de la petite enfance")
SYNDICAT = re.compile(
    # (or by its purpose then its acronym, with no territory: "le syndicat intercommunal enfance jeunesse (SIVU) que
    # nous partageons avec A et B", as a small town's bulletin names it)
    r"\b(?P<name>[Ss]yndicat\s+intercommunal(?:\s+à\s+vocations?\s+\w+)?(?:\s+[a-zà-ÿ'’-]+){1,3}\s*"
    r"\((?:SIVU|SIVOM|SIVOS)\)"
    # (its territory may follow the acronym: "le Syndicat intercommunal à vocation unique (SIVU) des Trois Vallons")
    r"(?:\s+(?:de\s+la\s+|de\s+l['’]\s*|des\s+|du\s+|de\s+|d['’]\s*)[A-ZÀ-Þ][\wÀ-ÿ'’-]*"
    r"(?:[ \t]+(?:(?:de|du|des|la|le|les|et|sur|en)[ \t]+)?[A-ZÀ-Þ][\wÀ-ÿ'’-]*){0,3})?"
    # (a PETR, a syndicat mixte by law, signs for its Pays: "le PETR du Pays de Langres et la Caf ont signé")
    r"|(?:SIVOM|SIVOS|SIVU|Sivom|Sivos|Sivu|PETR|[Pp]ôle\s+d['’]\s*[ée]quilibre\s+territorial\s+et\s+rural"
    r"|(?:[Ss]yndicat|SYNDICAT)(?:\s+(?:[Ii]ntercommunal|INTERCOMMUNAL|[Mm]ixte|MIXTE|[Ss]colaire|SCOLAIRE))?)"
    # a purpose in capitals may stand before the territory ("le SIVU Enfance Jeunesse du Pays de Lumbres"), or one
    # of the purposes in lower case ("le SIVU enfance de la Vallée", "le SIVU scolaire des Trois Chênes")
    # (a heading in capitals too, its little words with them: "SIVU ENFANCE JEUNESSE DES TROIS RIVES" above its
    # comité syndical's deliberation, "SYNDICAT INTERCOMMUNAL À VOCATION UNIQUE ...")
    r"(?:\s+(?:à|À)\s+(?:vocations?|VOCATIONS?)\s+\w+)?(?:\s+(?:scolaire|périscolaire|enfance(?:[\s-]+jeunesse)?"
    r"|jeunesse|petite\s+enfance))?(?:\s+[A-ZÀ-Þ][\wÀ-ÿ'’-]*){0,3}?\s+"
    r"(?:de\s+la\s+|de\s+l['’]\s*|des\s+|du\s+|de\s+|[dD]['’]\s*|DE\s+LA\s+|DE\s+L['’]\s*|DES\s+|DU\s+|DE\s+)"
    # (a territory has a name, capitalised among its first words: "le Sivom de la vallée du Tarn", or the syndicat is
    # named after its purpose: "le syndicat de la petite enfance"; "permet au SIVU de continuer à percevoir", "seul
    # syndicat du territoire à porter" go on in running words)
    r"(?=(?:[\wÀ-ÿ'’-]+[ \t]+){0,3}[A-ZÀ-Þ]|(?:petite\s+)?enfance\b|jeunesse\b|scolaire\b|périscolaire\b)"
    # (the territory's words on the line: a title ending on it is no run into the next line's label)
    r"(?:[\wÀ-ÿ'’-]+(?:[ \t]+(?!et\b|a\b|ont\b|qui\b|pour\b|est\b|sont\b|sign)[\wÀ-ÿ'’-]+){0,5}))",
)

# Context: a sentence that says who signs or partners in the convention
PARTY_CONTEXT = re.compile(
    r"\bsign\w*|\bcosign\w*|\bco-sign\w*|convention|\bC\.?T\.?G\b|\bCtg\b|partenariat|partenaires?|unissant"
    r"|conventionnement|\bengag\w*|renouvel\w*|recondui\w*|prolong\w*|officialis\w*|seings?|\bassoci(?!ations?\b)\w*"
    r"|aux\s+côtés",
    FLAGS,
)
# signing, in the words pages use for it ("ont paraphé", "a été officialisée": the same act as "signée")
STRONG_SIGN = re.compile(r"\bsign\w*|\bcosign\w*|\bco-sign\w*|conventionnement|signataires?|seings?|paraph\w*"
                         r"|\bofficialis\w*", FLAGS)
# (and what a CTG sometimes includes, on explainers: "La Caf et la commune, parfois aussi le Département, la MSA",
# "parfois rejointes par la MSA ou l'État")
# (not the reader's address opening a magazine's story, "Vous l'avez peut-être lu dans la presse : la communauté de
# communes a signé sa CTG", "Vous en avez peut-être entendu parler : ...": what is read or heard, not what may be)
MODAL = re.compile(r"\bpeu(?:t|vent)\b(?!-être\s+(?:déjà\s+)?(?:lu|entendu|vu|remarqué|croisé|aperçu)\b)"
                   r"|\bpossible|\bpar\s+exemple\b|\btels?\s+que\b|\bnotamment\s+les\b"
                   r"|\bparfois\b|\béventuellement\b"
                   # (a possibility, or a definition's indefinite territory: "et le cas échéant par d'autres partenaires
                   # (Département, MSA)", "un partenariat entre la Caf et une collectivité ou le Département")
                   r"|\ble\s+cas\s+échéant\b|\bentre\s+la\s+caf\s+et\s+une\s+(?:collectivité|commune"
                   r"|intercommunalité)\b", FLAGS)
VENUE_BEFORE = re.compile(
    r"(?:\b(?:à|au|en|dans|devant)\s+(?:la\s+|l['’]\s*)?(?:mairie|siège|h[ôo]tel\s+de\s+ville|salle|locaux|médiathèque|(?:sous-)?préfecture)"
    r"(?:\s+\w+)?['’]?\s*$|h[ôo]tel\s+de\s*$|\bà\s+la\s*$|\ben\s*$|\bà\s*$|\bsur\s+la\s*$|\bmaire\s*$"
    # (the venue's "à" without its accent, on pages typed fast: "Mme le Maire a signé a Moulins-Engilbert")
    r"|\b(?:signée?s?|paraphée?s?|réunie?s?|tenue?s?|signature)\s+a\s*$"
    # (after the signing's date: "Signée le 20 mars 2023 au Pont-de-Montvert", "la signature a eu lieu le 4 juillet a
    # Le Quesnoy")
    r"|\b(?:signée?s?|paraphée?s?|eu\s+lieu)\s+le\s+\d{1,2}(?:er)?\s+[a-zéû]+(?:\s+\d{4})?\s+(?:a|au|aux)\s*$"
    # (or right after a weekday or a date, on pages typed without accents: "a signé jeudi, a Mourenx", "s'est réuni
    # mercredi a Tarbes", "Le 12 octobre a Langeac la communauté de communes a signé")
    rf"|\b(?:{WEEKDAYS}|\d{{1,2}}(?:er)?\s+(?:{MONTH_NAMES})(?:\s+\d{{4}})?),?\s+a\s*$"
    # (a meeting's place after its hour, in a list of dates: "• mardi 2 décembre, 18 h 30, mairie de Montmélian ;")
    r"|\b\d{1,2}\s*h(?:\s*\d{2})?\s*[,–—-]\s*$)",
    FLAGS,
)
# "en présence du président de la communauté de communes X": attending, not signing
PRESENCE_BEFORE = re.compile(r"\ben\s+présence\s+(?:de|du|des|d['’])(?:(?!\bsign|;).)*$", re.I | re.S)
EPCI_PRESIDENT_BEFORE = re.compile(
    r"[Pp]résident(?:e)?\s+(?:de\s+la\s+|du\s+|de\s+l['’])(?:communauté|CC|CA|agglo|métropole|[A-Z]{3,})"
    r"(?:(?!\bet\b)[^.;]){0,100},\s*$",
)
# "maire de X et président de la communauté de communes Y": the mayor signs for the EPCI, not for X
EPCI_PRESIDENT_AFTER = re.compile(
    # (also "Le maire de Bressuire, également président de l'agglomération")
    r"\s*,?\s*(?:et\s+)?(?:également\s+|aussi\s+)?(?:vice-)?présidente?\s+(?:de\s+la\s+|du\s+|de\s+l['’]\s*)"
    r"(?:communauté|agglo\w*|métropole|CC\b|CA\b|[A-Z]{3,})", re.I)
STOP_ACRONYMS = {"CAF", "CCAS", "CIAS", "CPAM", "CTG", "CGT", "CEJ", "CNAF", "CDC", "CSSM", "COG", "CHRS", "CMU", "CAP",
                 "CESF", "CLAS", "CDSF", "CDAD", "CCI", "CMA", "CNIL", "CSS", "CAFS",
                 # capitalised common words of headings ("LA CAISSE ET LA COMMUNE SIGNENT")
                 "CAISSE", "COMMUNE", "CONSEIL", "CENTRE", "CHARTE", "CONTRAT", "CULTURE", "CITE", "CITÉ", "CRECHE",
                 "CRÈCHE", "CADRE", "COMITE", "COMITÉ", "CARTE", "CLIC", "CGSS"}
SIGNATORY_COMMUNES = re.compile(r"communes?\s+signataires|maires?\s+(?:des|de\s+ses)\s+communes\s+signataires", FLAGS)

# Signatory persons
ROLE = re.compile(
    r"(?P<role>vice-présidente?|présidente?|directrice\s+adjointe|directeur\s+adjoint|directrice|directeur"
    r"|sous-préfète|sous-préfet|préfète|préfet|mairesse|maire|adjointe?\s+au\s+maire|premier\s+adjoint|1(?:er|ère)\s+adjointe?)"
    r"(?:\s+(?:du|de\s+la|de\s+l['’]|des|de)\s+(?:conseil\s+d['’]administration\s+(?:de\s+la\s+|du\s+|de\s+l['’])?)?"
    r"(?P<inst>[^,;:.()\n]{2,80}?))?(?=\s*(?:,|;|:|\.|\)|\bet\b|\bont\b|\ba\b|$))",
    FLAGS,
)
