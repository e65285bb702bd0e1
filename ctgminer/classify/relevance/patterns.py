"""Cues that tell a CTG announcement from a related page. Shared cues live in ctgminer.text.cues."""

from __future__ import annotations

import re

from ctgminer.text.cues import (  # noqa: F401  (re-exported: older imports read them from here)
    ADOPTION,
    CAF,
    COUNCIL,
    EXPLAINER,
    GENERIC_STATEMENT,
    GUYANE,
    INTERVIEW,
    JOB_OFFER,
    NOT_INFINITIVES,
    OTHER_SCHEME,
    RELATED_LEAD,
    SCHEME_NAMES,
)
from ctgminer.text.fastcue import FastCue


class Fast:
    """The shared cues (ctgminer.text.cues) as searched here: on the lower-cased text (same matches, faster)."""

    ADOPTION = FastCue(ADOPTION)
    CAF = FastCue(CAF)
    COUNCIL = FastCue(COUNCIL)
    EXPLAINER = FastCue(EXPLAINER)
    GENERIC_STATEMENT = FastCue(GENERIC_STATEMENT)
    GUYANE = FastCue(GUYANE)
    INTERVIEW = FastCue(INTERVIEW)
    JOB_OFFER = FastCue(JOB_OFFER)
    OTHER_SCHEME = FastCue(OTHER_SCHEME)

FLAGS = re.IGNORECASE

# A signature or adoption event (past, present or announced): "ont signé", "sera signée le 12 juin", "renouvelle"
EVENT = FastCue(
    r"\b(?:ont|a|avons|ai|ont\s+été|a\s+été|sera|seront|vont|va|viennent\s+de|vient\s+de)\s+(?:officiellement\s+|"
    r"conjointement\s+|donc\s+|ainsi\s+)?(?:sign|cosign|co-sign|paraph|renouvel|recondui|prolong|conclu|adopt|approuv"
    r"|valid|acté|officialis|scell)\w*"
    r"|\b(?:signe|signent|signons|renouvelle|renouvellent|reconduit|reconduisent|prolonge|prolongent|cosignent"
    r"|cosigne)\b"
    r"|\bsignature\s+(?:de\s+la|d['’]une|de\s+cette|officielle|de\s+leur|des?)\b|\bsignée?s?\b|\bsignataires?\b"
    r"|\brenouvellement\b|\bsignera\b|\bsigneront\b|\bseings\b|\bofficialisait\b|\bsignaient\b"
    r"|\bcette\s+signature\b|\bsommes\s+(?:ici\s+)?(?:réunis\s+)?aujourd|\bs['’]\s*apprêt\w+\s+à\s+(?:signer|renouveler)"
    # a signing announced with its date: "la signature est prévue en juillet", "la signature aura lieu le 20 mars"
    r"|\bsignature\s+(?:est\s+|sera\s+)?(?:prévue|programmée|fixée)|\bsignature\s+aura\s+lieu"
    # the ceremony told as such: "La signature s'est déroulée mercredi", "ont apposé leur signature au bas de la CTG"
    r"|\bsignature\s+(?:s['’]\s*est\s+(?:déroulée|tenue|faite)|a\s+eu\s+lieu)|\bappos\w+\s+(?:leur|sa|son|les)\s+signatures?"
    # the signing told as the circumstance of what was said or shown there: "Lors de la signature, le 20 juin, la
    # présidente a détaillé les chantiers", "à l'occasion de cette signature, le maire a salué", "la cérémonie de
    # signature" (a signing recalled as background keeps its own cue: RECALLED's "un an après la signature")
    r"|\b(?:lors|à\s+l['’]\s*occasion|au\s+moment|au\s+cours|en\s+marge)\s+de\s+(?:la|cette|leur|sa)\s+"
    r"(?:cérémonie\s+de\s+|séance\s+de\s+)?signature\b|\bcérémonie\s+de\s+signature\b"
    # a territory's turn after others, as the press tells it: "c'est au tour de Quimperlé Communauté de signer sa CTG"
    r"|\bau\s+tour\s+d[e'’][^.]{0,100}?\bd[e'’]\s*(?:signer|renouveler|parapher|conclure)\b",
    FLAGS,
)
# the parties of a CTG told in general (DEFINITION): the Caf, under its short or its full name, of a département or
# not ("la Caf du Gard", "la Caisse d'allocations familiales"), and a generic territorial party ("une collectivité")
_CAF_PARTY = (r"(?:la|une)\s+(?:caf|caisse\s+d['’]\s*allocations?\s+familiales?)"
              r"(?:\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’])\s*[\w-]+)?")
_GENERIC_PARTY = r"(?:une|des)\s+(?:collectivités?|communes?|intercommunalités?|territoires?|EPCI)"
# definitions of what a CTG is in general: "La CTG se concrétise par la signature d'une convention"
DEFINITION = FastCue(
    r"se\s+concrétise\s+par\s+la\s+signature|\b(?:une|les)\s+(?:C\.?T\.?G|Ctg|conventions?\s+territoriales?\s+"
    r"globales?)\b[^.]{0,40}\b(?:est|sont)\s+(?:une|des|signée)|peu(?:t|vent)\s+(?:en\s+)?être\s+signataires"
    r"|d['’]\s*ici\s+la\s+fin|objectif\s+d['’]\s*aboutir"
    # a hypothetical signature: "à la condition qu'une CTG soit signée avec l'intercommunalité"
    r"|\b(?:soit|soient|être)\s+(?:\w+\s+)?sign(?:ée?s?|ataires?)\b|\bqu['’]\s*une\s+(?:C\.?T\.?G|Ctg|convention)"
    # who signs a CTG in general: "signée entre la Caf et une collectivité pour une durée de 4 à 5 ans", "un accord
    # signé pour plusieurs années", "la Caf signe avec les collectivités des CTG", "une commune peut signer seule"
    r"|\bsign\w*\s+(?:pour\s+(?:\w+\s+){1,4})?entre\s+(?:la|une)\s+caf\s+et\s+(?:une|des)\s"
    # ... with the Caf under its full name or its département's, or named second: explainers of a territory's CTG page
    # (several writers): "est une convention de partenariat signée entre la Caisse d'allocations familiales et une
    # collectivité", "un accord signé entre une commune et la Caf", "Une convention signée entre la Caf du Gard et
    # une collectivité pour ..." (one party indefinite: no signing of this territory's CTG)
    rf"|\bsign\w*\s+(?:pour\s+(?:\w+\s+){{1,4}})?entre\s+(?:{_CAF_PARTY}\s+et\s+(?:une|des)\s"
    rf"|{_GENERIC_PARTY}\s+et\s+{_CAF_PARTY}\b)"
    r"|\bsign\w*\s+pour\s+(?:une\s+durée\s+de\s+)?(?:plusieurs|\d|deux|trois|quatre)\s+(?:ans|années|(?:à|ou)\s)"
    r"|\bsign\w*\s+avec\s+(?:les|des)\s+(?:collectivités|communes|intercommunalités|territoires|EPCI)\b"
    r"|\bpeu(?:t|vent)(?:[- ](?:elle|il|elles|ils|on))?\s+(?:\w+\s+)?signer"
    r"|\b(?:communes|collectivités|territoires|intercommunalités|structures)\s+qui\s+(?:ont\s+)?sign\w*\s+(?:une|des)\s"
    # an explainer's questions and its reader's case: "Qui signe ?", "Quand la CTG est-elle signée ?", "Votre
    # commune vient d'en signer une, ou va le faire" (not an interview's "Pourquoi avoir signé une CTG ?", which
    # presupposes the signing)
    r"|\b(?:qui|comment|quand|où)\s+(?:[\w'’-]+\s+){0,3}?sign\w*[^.!?\n]{0,40}\?|\bvotre\s+(?:commune|collectivité|intercommunalité|ville|territoire)\b[^.]{0,40}\bsign"
    # a yes/no question: "Notre commune a-t-elle signé une CTG ?"
    r"|\b(?:a|ont)-t?-?(?:elle|il|elles|ils|on)\s+(?:déjà\s+)?sign"
    # a status of the département's CTGs, not one signing: "avec 9 des 14 intercommunalités", "la plupart des"
    r"|\b(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)\s+des\s+(?:\d+|\w+)\s+(?:intercommunalités"
    r"|communautés|communes|EPCI|territoires)|\bla\s+plupart\s+des\s+(?:intercommunalités|communautés|communes|EPCI|territoires)"
    # "Toutes les communes de plus de 10 000 habitants ont signé leur CTG"
    r"|\b(?:toutes|tous)\s+les\s+(?:intercommunalités|communautés|communes|collectivités|EPCI|territoires)\b[^.]{0,60}"
    r"\bont\s+(?:déjà\s+)?signé",
    FLAGS,
)
# (PREPARATION) what a planned step signs, and a time of the year no day dates: "au printemps", "début 2025", "au
# second semestre", "courant 2026", "avant la fin de l'année"
_TO_SIGN = r"ctg|convention(?:[ \t]+territoriale[ \t]+globale)?|(?:future|nouvelle|prochaine)[ \t]+convention"
_VAGUE_TIME = (r"(?:(?:au|en|à[ \t]+l['’]|d[eu]|au[ \t]+cours[ \t]+d[eu]|avant[ \t]+(?:la[ \t]+fin[ \t]+d[eu]|l['’]))[ \t]*)?"
               r"(?:(?:premier|second|deuxième|1er|2e|2nd)[ \t]+)?"
               r"(?:semestre|trimestre|printemps|été|automne|hiver|début|fin|courant|rentrée)\b")
# a CTG still to come, while it is being prepared: "préparent le renouvellement de leur CTG, qui arrive à échéance
# fin 2025", "son renouvellement est en préparation", "avant d'en préparer une nouvelle". Such a sentence reports no
# signature (GUIDE: a territory's process is related)
PREPARATION = FastCue(
    r"\bprépar\w*\s+(?:le\s+|son\s+|leur\s+|du\s+)?renouvellement|renouvellement\s+(?:est\s+)?en\s+(?:préparation|cours)"
    r"|\ben\s+cours\s+de\s+renouvellement"
    r"|travaux\s+de\s+renouvellement|en\s+vue\s+d[eu]\s+(?:son\s+|leur\s+)?renouvellement"
    r"|\barrive(?:ra)?\s+à\s+(?:échéance|son\s+terme|expiration)|\ben\s+préparer\s+une\s+nouvelle"
    r"|\bpour\s+préparer\s+la\s+(?:suivante|prochaine|future)"
    # a CTG whose signing is only hoped for, not dated: "la signature est espérée à l'été 2026" (not "la signature est
    # prévue le 12 mars", an announced signing: EVENT)
    r"|\bsignature\s+(?:est\s+|serait\s+)?(?:espérée|envisagée|souhaitée|visée)\b"
    # a signing that is one step of a CTG still being prepared, at a season or a part of a year, with no verb telling
    # it (several writers: a calendar of steps, a copil's news, a territory's page): "diagnostic jusqu'en juin,
    # ateliers à l'automne, signature de la convention début 2025", "Signature de la CTG : second semestre 2024",
    # "en vue d'une signature de la convention au printemps"; and the process's aim, "la démarche doit aboutir à la
    # signature d'une CTG" (not a dated signing, "la signature est prévue le 12 mars" nor "sera signée en juin": EVENT)
    rf"|\bsignature\s+(?:de\s+la|d['’]\s*une|de\s+sa|de\s+leur|de\s+notre)\s+(?:{_TO_SIGN})"
    rf"[ \t]*(?::[ \t]*|[–-][ \t]*|,[ \t]*)?{_VAGUE_TIME}"
    r"|\baboutir\s+à\s+la\s+signature\b",
    FLAGS,
)
# a signing or a vote that did not happen, or not yet: "les élus ont refusé d'autoriser le président à signer la CTG",
# "la commune n'a pas signé", "la convention n'est pas encore signée", "aucune date de signature n'est arrêtée",
# "le conseil a rejeté la convention", "la signature est reportée". Such a sentence tells no event (GUIDE: related)
# A council's item adjourned is no vote either (minutes of a council that puts the CTG off: "Le conseil décide
# d'ajourner ce point à une prochaine séance", "Le Président propose de reporter le vote", "le vote de la convention
# est reporté à septembre", "Le Président retire le point de l'ordre du jour")
REFUSAL = FastCue(
    r"\brefus\w*\s+(?:de\s+|d['’]\s*)(?:\w+\s+){0,3}?(?:sign|autoris|approuv|adopt|valid|renouvel)\w*"
    r"|\bn['’]\s*(?:a|ont|avait|avaient|est|sont)\s+(?:toujours\s+|encore\s+)?pas\s+(?:encore\s+)?(?:été\s+)?"
    r"(?:sign|approuv|adopt|valid|autoris|renouvel)\w*"
    r"|\bne\s+(?:signera|signeront|sera|seront)\s+pas\b|\bpas\s+encore\s+(?:été\s+)?sign\w*"
    r"|\baucune\s+date\s+de\s+signature|\b(?:a|ont)\s+(?:\w+\s+)?rejeté|\bvot\w+\s+contre\s+(?:la|le|cette)\b"
    r"|\bsignature\s+(?:est\s+|a\s+été\s+)?(?:reportée|ajournée|suspendue)"
    r"|\b(?:ajourn|report)\w*\s+(?:le\s+vote|ce\s+point|le\s+point|l['’]\s*examen|la\s+(?:délibération|décision)|sa\s+décision)"
    r"|\b(?:vote|point|examen)\s+(?:\w+\s+){0,4}?(?:est|a\s+été|sera)\s+(?:reporté|ajourné)"
    r"|\bretir\w*\s+(?:le|ce)\s+point\s+de\s+l['’]\s*ordre\s+du\s+jour",
    FLAGS,
)
# a council's page: its minutes or agenda ("Conseil municipal du 5 avril 2022", "Commission permanente") in the
# page's head, or a deliberation's form ("Vu le code ...", "Considérant que ..."): a vote on such a page adopts
# a report's or deliberation's object line: "Objet : Convention territoriale globale avec la Caf de l'Orne"
# a council's item told without a vote, on its heading: "Point n°9 – Information : démarche de convention territoriale
# globale (sans vote)", "Communication – état d'avancement de la CTG (pour information)"; and the council's word that
# closes it: "Le conseil prend acte de cette information"
NO_VOTE = FastCue(r"\(\s*(?:sans\s+vote|pour\s+information|non\s+soumise?\s+au\s+vote)\s*\)|\bsans\s+vote\b", FLAGS)
TAKES_NOTE = FastCue(r"\b(?:prend|prennent|a\s+pris|ont\s+pris|donne|donnent)\s+acte\b", FLAGS)
# the heading of a council's next item, which closes the one before: "4. Ordures ménagères – rapport annuel",
# "Point n°8 – Tarifs", "Délibération n°2024-112 – Subvention" (a list's "a) l'accueil du jeune enfant" is not one)
ITEM_HEADING = FastCue(r"^[ \t]*(?:point\s+(?:n°\s*)?\d+|\d{1,2}(?:\.\d+)?\s*[.)–—-]\s|(?:délibération|rapport|communication)"
                       r"\s+n°)", FLAGS | re.MULTILINE)
# a vote on the convention itself, which may close its item from afar: "autorise le Président à signer la convention",
# "approuve la convention territoriale globale" (not a vote on a report's conclusions, nor on an engagement in the
# CTG's process still to be built: "ADOPTE LES CONCLUSIONS DU PRÉSENT RAPPORT")
CONVENTION_VOTE = FastCue(r"autoris\w+[^.\n]{0,80}?\bsigner\b|\b(?:approuv|adopt|valid)\w*\s+(?:\([^)\n]{0,60}\)\s+)?"
                          r"(?:les\s+termes\s+de\s+)?(?:la|cette)\s+(?:convention|C\.?T\.?G)", FLAGS)
OBJECT_LINE = FastCue(r"^[ \t]*objet\s*:[^\n]*", FLAGS | re.MULTILINE)
# a deliberation's visa line: "Vu la convention territoriale globale signée le 2 juillet 2021 ... ;"
VISA_LINE = FastCue(r"^[ \t]*vu\s+(?:le|la|les|l['’])[^\n]*", FLAGS | re.MULTILINE)
COUNCIL_FORM = FastCue(r"^\s*(?:vu\s+(?:le|la|les|l['’])\s|considérant\s+que\b)", FLAGS | re.MULTILINE)
# a line that points to other pages: "Lire aussi : Valence Romans Agglo et la Caf renouvellent leur CTG",
# "Voir aussi : nos conventions territoriales globales", "Retrouvez aussi nos partenariats (CTG) dans la rubrique"
POINTER_LINE = re.compile(
    rf"^[ \t]*(?:{RELATED_LEAD}|(?:pour\s+)?en\s+savoir\s+plus)\b.*$",
    FLAGS | re.MULTILINE,
)
# A territory's process before any signature: "lancement de l'élaboration de la CTG", "répondez au questionnaire"
PROCESS = FastCue(
    r"élaboration\s+de\s+la\s+(?:ctg|convention)|lancement\s+de\s+l['’]\s*élaboration|diagnostic\s+(?:en\s+cours|partagé\s+est\s+en\s+cours)"
    r"|questionnaire|enquête|comité\s+de\s+pilotage|\bcopil\b|ordre\s+du\s+jour"
    r"|réunion\s+publique|bilan\s+(?:à\s+mi-parcours|de\s+la\s+ctg)|aller\s+vers\s+une\s+convention"
    # a consultation, a forum, an evaluation, a status of the territories' processes
    r"|\bconsultation\s+(?:des|de\s+la|du\s+public)|donnez\s+votre\s+avis|votre\s+avis\s+compte|\bforum\s+des"
    r"|\bévaluation\s+de\s+(?:la|ce\s+qui|notre)|en\s+cours\s+d['’]\s*élaboration|démarches?\s+engagées?"
    r"|diagnostic\s+(?:achevé|terminé)|en\s+cours\s+de\s+(?:rédaction|diagnostic)"
    # a first CTG still being built, told by its steps: "la restitution du diagnostic de territoire, première étape
    # vers la future convention territoriale globale"
    r"|\brestitution\s+(?:du|de\s+ce|de\s+son|de\s+leur|de\s+notre)\s+diagnostic|\bpremière\s+étape\s+(?:vers|de)\s+"
    r"|\b(?:la|sa|leur|notre)\s+future\s+(?:C\.?T\.?G|Ctg|convention)\b",
    FLAGS,
)
# A signature recalled as background of another event: "Un an après la signature de la CTG, le comité de pilotage
# a fait le bilan", "la présidente a rappelé que la CTG est une convention signée entre la Caf et le Sivom"
RECALLED = FastCue(
    r"\b(?:un|deux|trois|quatre|\d+)\s+(?:ans?|mois)(?:\s+et\s+demi)?\s+après\s+(?:la\s+|sa\s+|leur\s+)?signature"
    r"|depuis\s+(?:la\s+|sa\s+|leur\s+)?signature"
    # a mid-term review of the signed CTG, and the signing as its background: "le bilan à mi-parcours de la CTG signée
    # fin 2021", "Signée en décembre 2021 avec la Caf, notre CTG a fait l'objet d'un bilan", "Signée pour 2022-2026,
    # la CTG repose sur trois axes" (a participle opening the sentence recalls; "Signée le 3 mai" may be the news)
    r"|\bmi-parcours\b|(?:^|[.!?:]\s+)signée?s?\s+(?:en|pour|fin|début|il\s+y\s+a|depuis)\b"
    r"|\bsign\w*\s+(?:fin|début|courant)\s+(?:19|20)\d\d\b"
    # the signed CTG as the frame of something else: "Dans le cadre de la CTG signée avec la Caf, la CAPSO lance un
    # appel à projets", "le bilan de la deuxième année de la convention signée", "ont déjà signé", "a signé en 2023"
    r"|dans\s+le\s+cadre\s+de\s+(?:la|sa|leur|notre)\s+(?:C\.?T\.?G|Ctg|convention)[^.]{0,60}\bsignée"
    # ... and the frame of a facility or a project, on its own page: "Le relais fait partie des actions inscrites
    # dans la CTG signée entre les deux partenaires", "Le projet social de territoire est la traduction concrète de la
    # CTG signée entre la communauté et la Caf", "La Cabane est l'une des actions de la CTG signée avec la Caf"
    r"|\b(?:partie|actions?|traduction|déclinaison|acteur|volet|inscrite?s?)\s+(?:\w+\s+){0,2}?(?:de|dans|des|du)\s+"
    r"(?:la|sa|leur|notre|cette)\s+(?:C\.?T\.?G|Ctg|conventions?\s+territoriales?\s+globales?)\b[^.]{0,80}?\bsignée"
    # ... or the signed CTG another scheme is kept in line with, in that scheme's own document: "Le comité veille à
    # l'articulation du PEDT avec la convention territoriale globale signée par l'agglomération" (a PEDT's article)
    r"|\b(?:articulation|cohérence|complémentarité|articul\w+|cohérent\w*)\b[^.]{0,60}?\b(?:avec|à)\s+(?:la|sa|leur|notre)\s+"
    r"(?:C\.?T\.?G|Ctg|conventions?\s+territoriales?\s+globales?)\b[^.]{0,20}?\bsignée"
    r"|\bbilan\s+(?:de|du|des|d['’])\s|\b(?:ont|a|avons)\s+déjà\s+signé|\bsign\w*\s+en\s+(?:19|20)\d\d\b"
    r"|\brappel\w*\s+(?:que|l['’]\s*importance)|avait\s+été\s+signée|signée\s+en\s+(?:19|20)\d\d\b"
    r"|précédente\s+convention|première\s+convention\s+(?:signée\s+)?en\s+(?:19|20)\d\d|depuis\s+(?:19|20)\d\d"
    r"|\bdéjà\s+signée?s?\b"
    # a signing of the year before, told beside the news: "Voisine, la communauté de communes a signé sa CTG l'an
    # dernier" (the page's date would tell the year: a signing a year old is not this page's event)
    r"|\bsign\w*\s+(?:[\w'’-]+\s+){0,4}?(?:l['’]\s*an\s+(?:dernier|passé)|l['’]\s*année\s+(?:dernière|passée))"
    # the signed CTG as the frame another scheme fits in: "Le PEDT s'inscrit en cohérence avec la convention
    # territoriale globale signée avec l'agglo", "ce contrat viendra s'articuler avec les CTG que la Caf signe",
    # "Cette convention vient compléter les CTG déjà signées", "ce texte est distinct des CTG signées avec les communes"
    r"|(?:en\s+cohérence|s['’]\s*articuler?|en\s+lien)\s+avec\s+(?:la|les|leur|sa|notre|nos|ses)\s+"
    r"(?:C\.?T\.?G|Ctg|conventions?\s+territoriales?)"
    r"|(?:compléter|complète|distincte?s?\s+(?:des?|du|de\s+la))\s+(?:la\s+|les\s+)?(?:C\.?T\.?G|Ctg|conventions?\s+territoriales?)"
    # the signed CTG as a territory's status, in apposition, presenting it on another scheme's page: "La commune
    # appartient à la communauté de communes du Haut-Léon, signataire d'une convention territoriale globale avec la
    # Caf" (the article "une": a CTG among others, not the news of one)
    r"|,\s*(?:elle-même\s+|lui-même\s+|déjà\s+)?signataires?\s+d['’]\s*une\s+(?:C\.?T\.?G|Ctg|convention\s+territoriale)",
    FLAGS | re.MULTILINE,
)
# the head of a page about another scheme or another of the Caf's conventions (not the CEJ the CTG replaces, nor a
# convention of partnership, which may be the CTG unnamed): "Le nouveau contrat de ville est signé", "le PEDT
# 2024-2027 adopté", "la Caf et le Département renouvellent leur convention de gestion du RSA"
OTHER_SUBJECT = FastCue(
    rf"{SCHEME_NAMES}|conventions?\s+d['’]\s*objectifs|conventions?\s+de\s+(?:gestion|financement|mise\s+à\s+disposition"
    r"|délégation)\b",
    FLAGS,
)
# The convention's own text rather than news of it: "Entre : la Caisse d'allocations familiales ..., ci-après
# dénommée « la Caf »", "dûment autorisé à signer la présente convention", "Article 3 – Durée" (or "Article premier")
LEGAL_TEXT = FastCue(
    r"ci-après\s+(?:dénommée?|désignée?|la\s+«)|dûment\s+autorisée?|la\s+présente\s+convention|^\s*article\s+(?:\d+|premier\b)"
    r"|il\s+(?:est|a\s+été)\s+convenu\s+ce\s+qui\s+suit"
    # (and a party's representative in the preamble: "L'État, représenté par le Préfet des Pyrénées-Atlantiques,")
    r"|,\s*représentée?s?\s+par\s+(?:son|sa|ses|leurs?|le|la|les|m\.|mme|madame|monsieur)\b",
    FLAGS | re.MULTILINE,
)

# ... and its formulas of conclusion, which tell an excerpt of the convention (one legal mark alone, "Article 1er – Objet")
# concluded: "La présente convention est conclue entre la Caf de l'Aude et la commune de Limoux pour 2024-2028", "Les
# parties signataires", "La Caf et la commune s'engagent, par la présente, à ..." (not an article alone about its
# governance, "Article 6 – Gouvernance ... La communauté s'engage à maintenir un poste de coordinateur")
CONCLUDED = FastCue(
    r"\b(?:est|sont|a\s+été|ont\s+été)\s+(?:conclue?s?|signée?s?|passée?s?)\s+(?:entre|pour|par|avec|le|à)\b"
    r"|\bpar\s+la\s+présente\s*,|\bparties\s+signataires\b|\bd['’]\s*un\s+commun\s+accord\b",
    FLAGS,
)

# a model convention, its blanks left to fill: "Modèle de convention territoriale globale proposé aux communes",
# "Trame de CTG", "Fait à …………, le …………", "Entre la commune de [nom de la commune]"
TEMPLATE = FastCue(
    r"\bmodèles?\s+de\s+(?:convention|C\.?T\.?G)|\btrames?\s+(?:de|d['’]\s*une|type)\b|\bconventions?[\s-]+types?\b"
    r"|\b(?:fait\s+à|le|du|entre)\s*:?\s*(?:…{2,}|\.{4,}|_{3,})|\[\s*(?:nom|date|commune|intercommunalité|epci)\b",
    FLAGS,
)

# --- a CTG announced without its name ----------------------------------------------------------------------------
# A page may announce a CTG by what it is without ever writing "CTG": "Famille : l'agglo et la Caf signent une
# convention jusqu'en 2029", "la Ville et la Caf ont signé une convention de partenariat 2025-2029". The convention's
# words stand in for the name when one sentence holds the convention, the Caf, a territorial body and a signature.
UNNAMED_CONVENTION = FastCue(
    r"\bconventions?\b(?:\s+(?:de\s+partenariat|partenariale|cadre|pluriannuelle|globale))?", FLAGS)
# a convention named for another purpose is not the CTG: "une convention de gestion du RSA", "la convention de
# financement de l'espace de vie sociale", "une convention relative aux permanences"
# ... or one whose purpose is an action, told by an infinitive and its object, where the CTG is told by its fields and
# its period: "une convention de partenariat pour organiser un accueil social commun dans les maisons de la
# solidarité", "une convention afin de mettre en place des permanences" (not "une convention pour la période
# 2025-2029", "pour quatre ans", "pour la petite enfance et la jeunesse")
OTHER_CONVENTION = re.compile(
    r"\s*(?:de\s|d['’]\s*|du\s|des\s|relatives?\s|portant\s|sur\s"
    rf"|(?:pour|afin\s+d['’]|afin\s+de)\s*(?!(?:{NOT_INFINITIVES})\s)[a-zà-ÿ]+(?:er|ir|re)\s+"
    r"(?:(?:un|une|le|la|les|des|du|leurs?|ses|son|sa)\s|l['’]|en\s+(?:place|œuvre)))",
    FLAGS)
TERRITORIAL_BODY = FastCue(
    r"\b(?:agglo(?:mération)?|communauté\s+(?:de\s+communes|d['’]\s*agglomération|urbaine)|intercommunalité|EPCI"
    r"|métropole|la\s+ville|commune\s+d[e'’]|mairie|municipalité|conseil\s+départemental|département)\b",
    FLAGS,
)
# ... or as the whole title line, the CTG's name opening the line under it (an annex's page of a PDF: "Annexe 3 –
# Tableau de bord des fiches actions au 31/12/2023\nCTG du Pays de Gex 2022-2026\nN° | Intitulé | Axe | ...")
CTG_PART_HEAD = re.compile(
    r"\W*(?:annexe\s*(?:n°\s*)?\w{0,3}\s*[:–—-]\s*)?(?:plan\s+d['’]\s*actions?|programme\s+d['’]\s*actions?"
    r"|fiches?[\s-]+actions?|tableau\s+de\s+(?:bord|suivi)|avenant(?:\s+n°\s*\d{1,2})?|annexes?(?:\s+n°)?\s*\w{0,3})\b",
    FLAGS)
# a part of the CTG's own document as its title's head, before the CTG's name: "Plan d'actions de la", "Annexe 2 – Fiches
# actions de la", "Avenant n°1 à la" (component.score_relevance: such a document without prose is no list of links)
CTG_PART_TITLE = re.compile(
    r"\W*(?:annexe\s*(?:n°\s*)?\w{0,3}\s*[:–—-]?\s*)?(?:plan\s+d['’]\s*actions?|programme\s+d['’]\s*actions?"
    r"|fiches?[\s-]+actions?|tableau\s+de\s+(?:bord|suivi)|avenant(?:\s+n°\s*\d{1,2})?|annexes?(?:\s+n°)?\s*\w{0,3})"
    r"\s+(?:de\s+la|du|à\s+la|au)\s+", FLAGS)
