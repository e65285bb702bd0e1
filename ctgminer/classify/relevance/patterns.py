"""Cues that tell a CTG announcement from a related page and from an unrelated one."""

from __future__ import annotations

import re

FLAGS = re.IGNORECASE

CAF = re.compile(r"\bcaf\b|caisses?\s+d['’]\s*allocations?\s+familiales?|\bCSSM\b|caisse\s+de\s+sécurité\s+sociale"
                 r"|\bMSA\b", FLAGS)

# A signature or adoption event (past, present or announced)
EVENT = re.compile(
    r"\b(?:ont|a|avons|ai|ont\s+été|a\s+été|sera|seront|vont|va|viennent\s+de|vient\s+de)\s+(?:officiellement\s+|"
    r"conjointement\s+|donc\s+|ainsi\s+)?(?:sign|cosign|co-sign|paraph|renouvel|recondui|prolong|conclu|adopt|approuv"
    r"|valid|acté|officialis|scell)\w*"
    r"|\b(?:signe|signent|signons|renouvelle|renouvellent|reconduit|reconduisent|prolonge|prolongent|cosignent"
    r"|cosigne)\b"
    r"|\bsignature\s+(?:de\s+la|d['’]une|de\s+cette|officielle|de\s+leur|des?)\b|\bsignée?s?\b|\bsignataires?\b"
    r"|\brenouvellement\b|\bsignera\b|\bsigneront\b|\bseings\b|\bofficialisait\b|\bsignaient\b"
    r"|\bcette\s+signature\b|\bsommes\s+(?:ici\s+)?(?:réunis\s+)?aujourd",
    FLAGS,
)
# definitions of what a CTG is in general
DEFINITION = re.compile(
    r"se\s+concrétise\s+par\s+la\s+signature|\b(?:une|les)\s+(?:C\.?T\.?G|Ctg|conventions?\s+territoriales?\s+"
    r"globales?)\b[^.]{0,40}\b(?:est|sont)\s+(?:une|des|signée)|peu(?:t|vent)\s+(?:en\s+)?être\s+signataires"
    r"|d['’]\s*ici\s+la\s+fin|objectif\s+d['’]\s*aboutir",
    FLAGS,
)
# Pages about CTGs that report no signature of a specific convention
EXPLAINER = re.compile(
    r"qu['’]\s*est[- ]ce\s+qu['’]\s*une|c['’]\s*est\s+quoi|décryptage|en\s+savoir\s+plus\s+sur\s+la\s+ctg"
    r"|foire\s+aux\s+questions|\bFAQ\b|guide\s+(?:méthodologique|pratique)|étude\s+(?:qualitative|sur)",
    FLAGS,
)
JOB_OFFER = re.compile(
    r"offre\s+(?:d['’]\s*emploi|n°)|poste\s+à\s+pourvoir|date\s+limite\s+de\s+candidature|grade\(?s?\)?\s+recherché"
    r"|profil\s+recherché|envoyer\s+(?:votre\s+)?(?:cv|candidature)|lettre\s+de\s+motivation|fiche\s+de\s+poste"
    r"|recrute\b|recrutement",
    FLAGS,
)
PROCESS = re.compile(
    r"élaboration\s+de\s+la\s+(?:ctg|convention)|lancement\s+de\s+l['’]\s*élaboration|diagnostic\s+(?:en\s+cours|partagé\s+est\s+en\s+cours)"
    r"|questionnaire|enquête|comité\s+de\s+pilotage|\bcopil\b|délibération|conseil\s+municipal|ordre\s+du\s+jour"
    r"|réunion\s+publique|bilan\s+(?:à\s+mi-parcours|de\s+la\s+ctg)|aller\s+vers\s+une\s+convention",
    FLAGS,
)
# Other schemes that are not a CTG
OTHER_SCHEME = re.compile(
    r"contrats?\s+enfance[- ]jeunesse|\bCEJ\b|contrat\s+de\s+pôle|centre\s+social\s+[A-Z]|projet\s+de\s+cahier"
    r"|schéma\s+départemental|comité\s+départemental\s+des\s+services\s+aux\s+familles|contrat\s+de\s+ville",
    FLAGS,
)
