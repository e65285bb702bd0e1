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
    OTHER_SCHEME,
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
    r"|\bcette\s+signature\b|\bsommes\s+(?:ici\s+)?(?:réunis\s+)?aujourd"
    # a signing announced with its date: "la signature est prévue en juillet", "la signature aura lieu le 20 mars"
    r"|\bsignature\s+(?:est\s+|sera\s+)?(?:prévue|programmée|fixée)|\bsignature\s+aura\s+lieu",
    FLAGS,
)
# definitions of what a CTG is in general: "La CTG se concrétise par la signature d'une convention"
DEFINITION = FastCue(
    r"se\s+concrétise\s+par\s+la\s+signature|\b(?:une|les)\s+(?:C\.?T\.?G|Ctg|conventions?\s+territoriales?\s+"
    r"globales?)\b[^.]{0,40}\b(?:est|sont)\s+(?:une|des|signée)|peu(?:t|vent)\s+(?:en\s+)?être\s+signataires"
    r"|d['’]\s*ici\s+la\s+fin|objectif\s+d['’]\s*aboutir"
    # a hypothetical signature: "à la condition qu'une CTG soit signée avec l'intercommunalité"
    r"|\b(?:soit|soient|être)\s+(?:\w+\s+)?signée?s?|\bqu['’]\s*une\s+(?:C\.?T\.?G|Ctg|convention)",
    FLAGS,
)
# A territory's process before any signature: "lancement de l'élaboration de la CTG", "répondez au questionnaire"
PROCESS = FastCue(
    r"élaboration\s+de\s+la\s+(?:ctg|convention)|lancement\s+de\s+l['’]\s*élaboration|diagnostic\s+(?:en\s+cours|partagé\s+est\s+en\s+cours)"
    r"|questionnaire|enquête|comité\s+de\s+pilotage|\bcopil\b|ordre\s+du\s+jour"
    r"|réunion\s+publique|bilan\s+(?:à\s+mi-parcours|de\s+la\s+ctg)|aller\s+vers\s+une\s+convention",
    FLAGS,
)
# A signature recalled as background of another event: "Un an après la signature de la CTG, le comité de pilotage
# a fait le bilan", "la présidente a rappelé que la CTG est une convention signée entre la Caf et le Sivom"
RECALLED = FastCue(
    r"\b(?:un|deux|trois|quatre|\d+)\s+ans?\s+après\s+(?:la\s+)?signature|depuis\s+(?:la\s+)?signature"
    r"|\brappel\w*\s+(?:que|l['’]\s*importance)|avait\s+été\s+signée|signée\s+en\s+(?:19|20)\d\d\b"
    r"|précédente\s+convention|première\s+convention\s+(?:signée\s+)?en\s+(?:19|20)\d\d|depuis\s+(?:19|20)\d\d",
    FLAGS,
)
# The convention's own text rather than news of it: "Entre : la Caisse d'allocations familiales ..., ci-après
# dénommée « la Caf »", "dûment autorisé à signer la présente convention", "Article 3 – Durée"
LEGAL_TEXT = FastCue(
    r"ci-après\s+(?:dénommée?|désignée?|la\s+«)|dûment\s+autorisée?|la\s+présente\s+convention|^\s*article\s+\d+"
    r"|il\s+est\s+convenu\s+ce\s+qui\s+suit|^\s*vu\s+(?:le|la|les|l['’])\s",
    FLAGS | re.MULTILINE,
)

# --- a CTG announced without its name ----------------------------------------------------------------------------
# A page may announce a CTG by what it is without ever writing "CTG": "Famille : l'agglo et la Caf signent une
# convention jusqu'en 2029", "la Ville et la Caf ont signé une convention de partenariat 2025-2029". The convention's
# words stand in for the name when one sentence holds the convention, the Caf, a territorial body and a signature.
UNNAMED_CONVENTION = FastCue(
    r"\bconventions?\b(?:\s+(?:de\s+partenariat|partenariale|cadre|pluriannuelle|globale))?", FLAGS)
# a convention named for another purpose is not the CTG: "une convention de gestion du RSA", "la convention de
# financement de l'espace de vie sociale", "une convention relative aux permanences"
OTHER_CONVENTION = re.compile(r"\s*(?:de\s|d['’]\s*|du\s|des\s|relatives?\s|portant\s|sur\s)", FLAGS)
TERRITORIAL_BODY = FastCue(
    r"\b(?:agglo(?:mération)?|communauté\s+(?:de\s+communes|d['’]\s*agglomération|urbaine)|intercommunalité|EPCI"
    r"|métropole|la\s+ville|commune\s+d[e'’]|mairie|municipalité|conseil\s+départemental|département)\b",
    FLAGS,
)
