"""Patterns that locate the priorities a text gives to its convention."""

from __future__ import annotations

import re

from ctgminer.text.cues import (  # noqa: F401 (re-exported)
    INFINITIVE_START,
    MONTH_NAMES,
    NOT_INFINITIVES,
    NUMBERED_ITEM,
    NUMBERED_NOUNS,
    RELATED_LEAD,
    SCHEME_NAMES,
    SYMBOL_BULLET,
    SYMBOL_RANGES,
    TABLE_CELL,
    WEEKDAYS,
    is_table_row,
)
from ctgminer.text.fastcue import FastCue

FLAGS = re.IGNORECASE
# the preposition 'à' typed bare must end its word: "vise a" is "vise à", not the start of "vise aussi"
_ACCENT_CLASS = {"é": "[ée]", "è": "[èe]", "ê": "[êe]", "à": r"(?:à|a(?!\w))", "â": "[âa]", "î": "[îi]", "ô": "[ôo]", "û": "[ûu]",
                 "ù": "[ùu]", "ç": "[çc]"}


def accents_optional(pattern: str) -> str:
    """The pattern with each accented letter also matching its bare form, for pages typed without accents
    ("thematiques", "priorites", "a destination"); letters inside character classes ("[a-zà-ÿ]") stay as they are."""
    out, in_class, escaped = [], False, False
    for c in pattern:
        if escaped:
            out.append(c)
            escaped = False
            continue
        if c == "\\":
            escaped = True
        elif c == "[" and not in_class:
            in_class = True
        elif c == "]" and in_class:
            in_class = False
        out.append(c if in_class else _ACCENT_CLASS.get(c, c))
    return "".join(out)


def cue(pattern: str, flags: int = FLAGS) -> re.Pattern:
    """A cue that also reads pages typed without accents ("avait ete signee une premiere convention")."""
    return re.compile(accents_optional(pattern), flags)

# bullet characters pages use, from word processors and emoji: "• ", "➢ ", "■ ", "✅ ", "→ "
# (and the private-use characters a PDF's Symbol or Wingdings bullets come out as: "\uf0b7 Soutenir les parents",
# "\uf0a7", "\uf0d8", "\uf0fc", as a text extractor returns a convention's Word-made PDF)
BULLET_CHARS = "•·▪►✓✔➢➤➜➔→■□◦○‣⁃✅☑▸▹◆◇\uf0a7\uf0a8\uf0b7\uf0d8\uf0e8\uf0fc\uf076\uf06e"
_MARK = re.compile(rf"\s*([-–—*{BULLET_CHARS}]|>(?=\s))")


def bullet_mark(line: str) -> str | None:
    """The character a bulleted line opens on (dashes are one kind; pictographs and numbers are none)."""
    m = _MARK.match(line)
    return None if not m else "-" if m.group(1) in "-–—" else m.group(1)


# any pictograph used as a bullet: "👶 Petite enfance", "✏️ Soutenir les parents" (text.cues.SYMBOL_BULLET); a
# magazine's or a PDF's ">" before a space: "> Lutter contre le non-recours"
# numbered items: "1.", "2)", "3°", "IV.", "b)", and a plan's named ones (text.cues.NUMBERED_ITEM)
ROMAN = r"I{1,3}|IV|VI{0,3}|IX|X"  # a section's number in Roman figures, up to X
BULLET = re.compile(
    # (a keycap digit numbers a social post's items: "1️⃣ Offrir une place d'accueil à chaque tout-petit")
    # sub-numbered items of a plan: "1.a Développer ...", "2.b) ...", "3.2 Rompre l'isolement ..."
    # (and under a section numbered in Roman figures: "III.2 Accompagner les familles", "III.2.1 Prévenir ...", an
    # official document's outline)
    rf"^\s*(?:[-–—*{BULLET_CHARS}]\ufe0f?|>(?=\s)|{SYMBOL_BULLET}|\d\ufe0f?\u20e3|\U0001f51f|o(?=\s)"
    rf"|\d{{1,2}}(?:\.\d{{1,2}}|\.?[a-h])+\s*[.)–-]?(?=\s)|(?-i:{ROMAN})(?:\.\d{{1,2}})+\s*[.)–-]?(?=\s)"
    # (a number and a long dash too: "1 – Garantir un mode d'accueil à chaque famille", a page's numbered objectives)
    rf"|\d{{1,2}}\s*(?:[.)/°-]|[–—](?=\s))|[a-h]\)"
    rf"|(?-i:I{{1,3}}|IV|VI{{0,3}}|IX|X)\s*[.)–-](?=\s)|{NUMBERED_ITEM})\s*", FLAGS)
# items that name themselves as the convention's axes ("Axe 1 : ...", "Orientation 2 - ...") need no introduction
# above them: "La CTG a été signée le 3 mai.\nAxe 1 : Développer l'accueil du jeune enfant\nAxe 2 : ..."
# a bulleted item opening on a field's name of a few words, then a colon (component._field_headed): "- petite enfance :
# développer les places en crèche", "• Accès aux droits : une France services itinérante"
FIELD_HEADED_ITEM = re.compile(r"^\s*(?:[-–—*•·▪◦●→➜✓✔]\s*)(?P<head>[^\W\d_][^:;,.()\n]{1,40}?)\s*:\s+\S", FLAGS)
FIELD_HEAD_MAX_WORDS = 4
SELF_NAMED_ITEM = re.compile(rf"^\s*(?:\d{{1,2}}\s*[.)]\s*)?{NUMBERED_ITEM}", FLAGS)
AXIS_PARAGRAPHS_MAX = 6  # lines from one numbered axis to the next when each has its paragraph
# the number of an axis naming itself: "Axe 2 – Enfance et jeunesse" (2), "ORIENTATION N° 3 : ..." (3)
AXIS_NUMBER = re.compile(rf"^\s*{NUMBERED_NOUNS}(?:\s+\w+)?\s*(?:n°\s*)?(\d{{1,2}})(?!\.?\d)", FLAGS)
# an axis label alone on its line, the axis on the next: "Axe 1\nDévelopper l'accueil du jeune enfant", "AXE 2 :"
# (sub-numbered too: "FICHE ACTION N° 2.1" over "Intitulé : Créer un lieu d'accueil enfants-parents", a convention's annex)
AXIS_LABEL = re.compile(rf"^\s*{NUMBERED_NOUNS}(?:\s+\w+)?\s*(?:n°\s*)?\d+(?:\.\d+)*\s*[:.–-]?\s*$", FLAGS)
# ... and a fiche's title under its own label line, "Intitulé" alone, the title on the line after: "Fiche action n° 2.1
# \nIntitulé :\nCréer un lieu d'accueil enfants-parents itinérant\nPilote :\nCentre social" (a convention's annex
# laid out as a form, one field's label per line)
TITLE_LABEL_LINE = re.compile(r"^\s*(?:intitulé|titre|libellé|nom)(?:\s+de\s+(?:la\s+|l['’]\s*)?(?:action|fiche))?\s*:?\s*$",
                              FLAGS)
TITLED_LINE = re.compile(r"^\s*(?:intitulé|titre|libellé|nom)(?:\s+de\s+(?:la\s+|l['’]\s*)?(?:action|fiche))?\s*:\s*\S", FLAGS)
# the number an axis or fiche label ends on: "Fiche action n° 2.1" (2, 1), "AXE 3 :" (3)
LABEL_NUMBER = re.compile(r"(\d{1,2}(?:\.\d{1,2})*)\s*[:.–-]?\s*$")
FICHES_MAX_LINES = 60  # lines from one fiche's title to the next when each fiche holds its labelled fields
# what is left of a pictograph after a dash bullet: "- 👶 la petite enfance" (trafilatura renders <li> as "- ")
LEADING_SYMBOL = re.compile(rf"\s*{SYMBOL_BULLET}\s*")
# pictographs closing a line, a social post's colon: "Ce qu'on va faire ensemble 👇", "ça veut dire quoi ? 👇"
TRAILING_SYMBOLS = re.compile(rf"(?:\s*{SYMBOL_BULLET})+\s*$")
# a table as trafilatura renders it, one row per line: "| Thématique | Objectif |", "|---|---|" (rows: text.cues)
TABLE_RULE = re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*$")
# an introduction announcing ONE field, its list one item long: "Les parties conviennent de limiter la présente
# convention à un champ unique :", "La CTG porte sur une seule priorité :", "un axe prioritaire unique :"
SINGLE_FIELD_INTRO = cue(r"\b(?:un|une)\s+(?:seule?\s+)?(?:champ|axe|priorité|thématique|orientation|domaine|volet)"
                         r"(?:\s+(?:d['’]\s*intervention|d['’]\s*action|prioritaire))?(?:\s+unique)?\s*:\s*$"
                         r"|\bunique\s+(?:champ|axe|priorité|thématique|orientation|domaine|volet)\b[^:\n]{0,30}:\s*$")
# a heading that counts the axes it heads: "Les 4 axes de la CTG", "Trois priorités pour 2024-2028"
COUNTED_INTRO = re.compile(r"\b(?:\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+(?:grand(?:e)?s\s+)?"
                           # (or the fiches actions a page counts: "Nos 4 fiches actions prioritaires")
                           r"(?:axes|priorités|enjeux|orientations|thématiques|champs|objectifs|ambitions|volets|engagements"
                           r"|fiches(?:[- ]actions?)?)\b",
                           FLAGS)
# a sentence that counts the axes it announces, then that many unmarked lines: "Quatre grandes ambitions ont été
# retenues.\nAméliorer la connaissance des offres\nFavoriser ..." (the sentence ends the line)
NUMBER_WORDS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10}
_COUNTED = (r"\b(?P<n>\d|" + "|".join(NUMBER_WORDS) + r")\s+(?:grand(?:e)?s\s+)?(?:axes|priorités|enjeux"
            r"|orientations|thématiques|champs|objectifs|ambitions|volets|chantiers)\b")
# ... anywhere in a sentence, or its domains: "La commune a concentré sa convention sur trois domaines. Un premier
# bilan ..." (ThemesComponent._counts_items; not the lines under a sentence counting domains, which may be headings
# over their paragraphs: "Elle fixe le cap dans quatre domaines.\nPetite enfance\nLe territoire compte ...")
COUNTED = re.compile(_COUNTED[:-len(r")\b")] + r"|domaines)\b", FLAGS)
COUNTED_SENTENCE = re.compile(_COUNTED + r"[^.:\n]*\.\s*$", FLAGS)
# ... and a colon line that counts them, over as many lines (a next paragraph is no item): "Le texte fixe trois
# chantiers :\nLe développement des modes d'accueil.\n...\nLe président a insisté sur ..."
COUNTED_COLON = re.compile(_COUNTED + r"[^.:\n]*:\s*$", FLAGS)
# the most words of a rubric's title standing between a counting sentence and its items ("Nos engagements")
RUBRIC_TITLE_MAX_WORDS = 3


def count_value(word: str) -> int:
    """'4' or 'quatre' -> 4."""
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


# a line giving a field, then its description: "Petite enfance : adapter l'offre d'accueil.", "Jeunesse – ..."
LABEL_LINE = re.compile(r"^\s*[A-ZÀ-Þ][^:\n.!?]{1,50}?\s(?::|–|—)\s+\S")
# an unmarked list: short lines under an introduction ending with a colon, e.g.
# "Parmi les objectifs inscrits au plan d'action :\nDévelopper l'accueil du jeune enfant.\nSoutenir les parents."
BARE_ITEM_MAX_WORDS = 30
# the longest unmarked line read as an item under the sentence before it ("Axe A – Le logement")
ITEM_LINE_MAX_WORDS = 15
TABLE_CELL_MAX_WORDS = 25  # a flattened table's cell, one a line ("Étendre les horaires du multi-accueil")
# page furniture that pages interleave between a list's introduction and its items: a photo credit, caption or
# image file name ("© Photo Mairie", "Crédit photo : ...", "CCVC - CTG.jpg"), share and print buttons, a
# publication stamp, a related link ("Lire aussi : La crèche rouvre ses portes")
PAGE_FURNITURE = cue(
    r"^\W*(?:©|\(?\s*(?:photos?|crédits?(?:\s+photos?)?|credits?|illustration|légende|source)\b)"
    r"|\.(?:jpe?g|png|gif|webp|svg)\s*$"
    r"|^\W*(?:partager|imprimer|tweeter|envoyer|facebook|twitter|linkedin|whatsapp|e-?mail)\b[^.]{0,40}$"
    r"|^\W*(?:publié|mis\s+à\s+jour|modifié)\s+le\b[^.]{0,40}$"
    rf"|^\W*(?:{RELATED_LEAD}|(?:[àa]\s+)?lire\s+la\s+suite)\b"
    # a link to the site's section or an office to ask: "En savoir plus : rubrique Famille et enfance", "Pour en
    # savoir plus : service cohésion sociale, hôtel de ville." (the office's name is no field)
    r"|^\W*(?:(?:pour\s+)?en\s+savoir\s+plus|plus\s+d['’]\s*infos?)\b[^.]{0,80}\.?\s*$"
    # a link to a file, by its verb or the file's type and size: "Télécharger le règlement intérieur de l'accueil de
    # loisirs (PDF, 320 Ko)", "Guide des modes d'accueil (PDF - 1,2 Mo)" (a town's family page)
    r"|^\W*(?:télécharge[rz]|consulte[rz])\b[^.\n]{0,120}$|^[^\n]{0,160}?\(\s*(?:pdf|docx?|odt|xlsx?)\b[^)\n]{0,30}\)\s*$"
    # a breadcrumb of two levels or more: "Accueil › Vivre › Enfance et familles › La CTG"
    r"|^[^\n]*?\s[>›]\s[^\n]*?\s[>›]\s"
    # or one from the home page with any separator: "Accueil / Nos actions / Cohésion sociale / CTG"
    r"|^\W*(?:vous\s+êtes\s+ici\s*:\s*)?(?:accueil|home)\s*[/>›»|]\s"
    # a table of contents' line, its page number after dot leaders: "Vie sociale : trois EVS agréés ...... 4"
    r"|(?:\.\s?){4,}\s*\d{1,3}\s*$|…{2,}\s*\d{1,3}\s*$", FLAGS)
# a quoted comment after a prose enumeration's item, set off by its comma: "le soutien aux parents ensuite, « trop
# souvent isolés dans les bourgs »", "la santé, « un sujet qu'on ne peut plus ignorer »" (the item ends at the comma)
QUOTED_COMMENT = re.compile(r"(?<=[\w)])\s*,\s*«")
LONE_BULLET = re.compile(rf"^\s*[-–—*{BULLET_CHARS}]\s*$")
INLINE_BULLETS = re.compile(rf"\s*(?:[{BULLET_CHARS}]|{SYMBOL_BULLET})\s*")
# a colon then a dash opening the first item of a list on the same line: "Les axes retenus : - Petite enfance"
INLINE_DASH_START = re.compile(r":\s*[-–—]\s+(?=\S)")
# where a lost line break let the page's next sentence follow the last item: "- Développer les réseaux Pour éclairer"
NEXT_SENTENCE_MIN_WORDS = 4  # what follows must be a sentence: "... avec la Caf du Lot." stays in the item
# (or with its full stop glued to the next sentence, as a page whose paragraphs were run together: "droits.La convention")
NEXT_SENTENCE = re.compile(r"(?<=[a-zà-ÿ,])\s+(?=[A-ZÀ-Þ][a-zà-ÿ'’]+\s)|(?<!\d)[.!?]\s+(?=[A-ZÀ-Þ])"
                           r"|(?<=[a-zà-ÿ])[.!?](?=[A-ZÀ-Þ][a-zà-ÿ'’]+\s)")
# the dash between two items, also glued to the item before it as hasty pages type it: ":- la petite enfance- la jeunesse"
INLINE_DASH = re.compile(r"(?:\s+|(?<=[^\W\d_])|(?<=\)))[-–—]\s+")
# a list written as one paragraph, its items separated by semicolons after the introduction's colon, as pages
# render <li> items in a <p> or as the writer typed them: "quatre axes ont été définis : Améliorer l'information
# des familles ; Favoriser ... ; Développer ... ." (the introduction is the clause before the colon)
# The items may also end with full stops when the next starts in lower case, as a page that lost its line breaks
# shows an unmarked list: "on peut citer : favoriser l'offre d'accueil. encourager les initiatives. développer ..."
ITEM_SEPARATOR = re.compile(r";|(?<!\d)\.[ \t]+(?=[a-zà-ÿ])")
# where such a list ends: a sentence end before a word that is not in lower case, or another colon
LIST_END = re.compile(r"(?<!\d)[.!?](?=[ \t]*$|\s+[^a-zà-ÿ\s])|:")
SEMICOLON_MIN_ITEMS = 3  # two items need to name fields in the taxonomy's words
INLINE_PIECE = re.compile(rf"[^{BULLET_CHARS}{SYMBOL_RANGES}\ufe0f\u200d]+")
LEADING_BULLET = re.compile(rf"^\s*(?:[{BULLET_CHARS}]|{SYMBOL_BULLET})")

# the partners' choice, as the verb whose object is the fields: "Nous avons retenu la petite enfance, la jeunesse et
# ...", "Pour 2024-2028, les partenaires ont retenu :"
CHOSE = (r"(?:avons|ont|a)\s+(?:retenu|choisi|priorisé|identifié|ciblé)"
         # (with the rank they gave the fields: "Les élus ont identifié comme prioritaires la petite enfance, ...")
         r"(?:\s+comme\s+(?:prioritaires?|priorités?|essentiel(?:le)?s?|majeur(?:e)?s?|urgent(?:e)?s?))?")
# words that announce the convention's priorities
INTRO = re.compile(accents_optional(
    r"\baxes?\b|\benjeux\b|\bchamps?\b|thématiques?|\bthèmes?\b|orientations?|fiches?[- ]actions?|priorit\w+|"
    # (a plan's "chantiers", not the insertion scheme's: "Le texte fixe trois chantiers :")
    r"\bchantiers\b(?!\s+(?:d['’]\s*insertion|éducatifs|jeunes))|"
    r"domaines?|secteurs?|volets?|cibler|s['’]articule(?!\s+avec)|autour\s+de|porte(?:nt|ront)?\s+sur|concerne(?:nt)?"
    r"|décline|objectifs?\s+(?:prioritaires|stratégiques|inscrits|retenus|suivants|fixés|définis|partagés|communs)|ambitions?|sujets?|problématiques?"
    # the convention's own objectives: "Les objectifs de la CTG :", "Ses objectifs :"
    r"|objectifs\s+de\s+(?:la|cette|notre|leur)\s+(?:C\.?T\.?G|convention(?!\s+(?:partenariale|d['’]\s*objectifs|de\s+gestion)))"
    r"|\b(?:ses|nos|leurs)\s+(?:grands\s+|principaux\s+)?objectifs"
    # objectives counted or fixed by the partners: "les élus et la Caf se sont fixé cinq objectifs :"
    r"|\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|\d{1,2})\s+"
    r"(?:grands\s+)?objectifs\b"
    r"|\bfix\w*\s+(?:\w+\s+){0,2}objectifs\b"
    # (or given themselves as objectives by the partners: "Les signataires se donnent pour objectifs de :", "les
    # partenaires s'assignent comme objectifs :")
    r"|\b(?:donn|assign)\w*\s+(?:pour|comme)\s+(?:principaux\s+|grands\s+)?objectifs\b"
    # a count of the priorities the sentence before named: "(Chaque territoire choisit ses priorités.) À Chambéry, le
    # diagnostic a conduit à en retenir trois :"
    r"|\ben\s+(?:(?:a|ont|avons)\s+)?(?:retenir|retenu|choisir|choisi)\w*\s+(?:deux|trois|quatre|cinq|six|sept|huit|\d{1,2})\b"
    # ... or the choice itself before a colon: "Pour 2024-2028, les partenaires ont retenu :"
    rf"|\b{CHOSE}\s*:"
    # (in the present too: "Dans le prolongement du diagnostic, le projet retient :")
    r"|\bretien(?:t|nent|dra|dront)\s*:"
    # the convention's road map, as the press calls it: "la nouvelle feuille de route tient en quelques mots : « la
    # parentalité, les jeunes, l'accès aux droits »"
    r"|feuille\s+de\s+route\b[^.:]{0,60}:"
    # ... or what the partners want, before a colon, in an official's words: "Ce que nous voulons, c'est trois choses
    # simples : garantir ... ; donner aux ados ... ; et faire en sorte que ..."
    r"|\bce\s+que\s+nous\s+(?:voulons|souhaitons)\b[^.:]{0,40}:"),
    FLAGS)
# ... or what "ça" changes for a public, on a page of questions about this convention ("Qu'est-ce que ça change pour
# les tout-petits ?"; not an explainer's "... pour les collectivités ?"; GENERIC reads it too)
# (or what is going to change for them: "Qu'est-ce qui va changer pour les parents de jeunes enfants ?", or what
# "elle" changes, on a magazine's page of questions about it: "Qu'est-ce qu'elle change pour les familles ?")
CHANGE_FOR_PUBLIC = (r"\s*(?:que\s+(?:ça|cela|ce\s+(?:contrat|document|partenariat))|qui|qu['’]\s*(?:elle|il))\s+(?:va\s+)?chang\w*\s+pour\s+"
                     r"(?:les|vous|nos|mon|ma|mes)\b(?!\s+collectivit)")
_PUBLIC_OF_PAGE = r"(?:vous|nous|nos|vos|les|mon|ma|mes)\b(?!\s+collectivit)"  # a page's readers: "pour nos familles"
_MEANS = r"(?:veut\s+dire|signifie|change|donne|apporte)"
# a question heading asking what the convention contains, one form per line:
# the page's own question on what its territory will act on, told by "on" or "nous": "Sur quoi va-t-on agir ?", "Sur
# quoi allons-nous travailler ?" (a magazine's questions after the signing: it ends an explainer's questions above it)
OWN_CONTENT_QUESTION = re.compile(r"^\W*sur\s+quoi\s+(?:va-t-on|allons-nous|agit-on|travaille-t-on|(?:on|nous)\s+(?:va|allons))"
                                  r"(?:\s+(?:agir|travailler|intervenir|porter\s+l['’]\s*effort))?\b[^?\n]{0,60}\?\s*$",
                                  re.IGNORECASE | re.MULTILINE)
CONTENT_QUESTION = re.compile("|".join([
    OWN_CONTENT_QUESTION.pattern,
    # what a signatory commits to, on a town's page of questions after its signing: "Sur quoi la Ville s'engage-t-elle
    # ?", "À quoi s'engagent la commune et la Caf ?", "Sur quoi l'Agglo s'engage ?" (its commitments listed below)
    r"^\W*(?:sur|à)\s+quoi\s+(?:(?:la|le|les|l['’]|notre|nos)\s*[^?\n]{1,40}?\s+)?(?:s['’]|nous|vous)\s*engag\w*"
    r"(?:-t)?(?:-(?:elle|il|ils|elles|on))?\b(?![^?\n]{0,60}\bune\s+C\.?T\.?G\b)[^?\n]{0,60}\?\s*$",
    # "Sur quoi porte la convention ?", "Que prévoit la CTG ?", or with a pronoun: "Sur quoi porte-t-elle ?"
    # (or what it acts on, in a page's own question: "Sur quoi agit-elle ?", "Sur quoi intervient la CTG ?")
    r"^\W*(?:sur\s+quoi|que|qu['’]\s*(?!est-ce))\s*(?:porte|contient|prévoit|couvre|comprend|propose|change"
    r"|(?<=quoi\s)(?:agi|intervien))\w*\b"
    r"(?:[^?\n]{0,60}\b(?:C\.?T\.?G|convention)\b[^?\n]*|(?:-t)?-(?:elle|il))\s*\?\s*$",
    # what it concerns: "Qu'est-ce qui est concerné ?", "Quels sont les domaines concernés ?"
    r"^\W*(?:qu['’]\s*est[- ]ce\s+qui\s+est|quels?\s+(?:sont\s+)?(?:les\s+)?(?:domaines|champs|sujets|publics))"
    r"\s+concern\w*\s*\?\s*$",
    # the pronoun or the convention first: "Qu'est-ce qu'elle contient pour les tout-petits ?", "Que prévoit-elle
    # pour les ados ?", "Qu'est-ce que la CTG va changer ?"
    r"^\W*(?:qu['’]\s*est[- ]ce\s+qu(?:['’]\s*(?:elle|il)|e\s+(?:la|cette|notre|votre)\s+(?:C\.?T\.?G|convention)"
    r"(?:\s+(?:va|vont))?)\s+|que\s+(?=\w+-t?-?(?:elle|il)\b))(?:contient|prévoit|change|propose|apporte|finance)"
    r"\w*(?:-t)?(?:-(?:elle|il))?\b[^?\n]{0,60}\?\s*$",
    # what "ça" changes for a public: "Qu'est-ce que ça change pour les tout-petits ?"
    rf"^\W*qu['’]\s*est[- ]ce{CHANGE_FOR_PUBLIC}[^?\n]{{0,60}}\?\s*$",
    # which its objectives are, in an interview: "Quels sont ces objectifs ?", "Quelles sont vos priorités ?" (not
    # those any convention may take: "Quels sont les axes possibles ?", "... d'une CTG ?")
    r"^\W*quel(?:le)?s\s+sont\s+(?:ces|les|vos|nos|ses|leurs)\s+(?:grands?\s+|grandes\s+|principaux\s+|principales\s+)?"
    r"(?:objectifs|axes|priorités|orientations|enjeux|ambitions|engagements)\b"
    r"(?![^?\n]{0,40}(?:possibles|envisageables|éligibles|d['’]\s*une\b))[^?\n]{0,60}\?\s*$",
    # ... the same in inverted form, the noun first, as a magazine heads the list below: "Ces objectifs, quels
    # sont-ils ?", "Nos priorités, quelles sont-elles ?"
    r"^\W*(?:ces|les|vos|nos|ses|leurs)\s+(?:grands?\s+|grandes\s+|principaux\s+|principales\s+)?"
    r"(?:objectifs|axes|priorités|orientations|enjeux|ambitions|engagements)\s*,\s*quel(?:le)?s\s+sont[- ](?:ils|elles)"
    r"\s*\?\s*$",
    # ... and which subjects this one takes up, in the indicative (not "Quels sujets peut-on y inscrire ?"): "Quels
    # sujets seront abordés ?", "Quelles thématiques sont traitées ?"
    r"^\W*quel(?:le)?s\s+(?:sujets|thèmes|thématiques|domaines|champs|priorités)\s+(?:seront|sont|vont\s+être)\s+"
    r"(?:abordé|traité|travaillé|retenu|prioritaire)e?s\s*\?\s*$",
    # ... and the same as a magazine's label over the list: "Ce qui va changer pour vous d'ici 2027 :", "Ce que ça
    # change pour les familles :"
    r"^\W*ce\s+qu(?:i|e\s+(?:ça|cela))\s+(?:va\s+)?chang\w*\s+(?:concrètement\s+)?pour\s+(?:vous|nous|les\s+familles"
    r"|les\s+habitants|les\s+parents)\b[^:\n]{0,40}:\s*$",
    # what "ça" means for a public, on a territory's post about its convention: "Pour nos familles, ça veut dire quoi
    # ?", "Concrètement, qu'est-ce que ça veut dire pour nous ?" (not an explainer's "La CTG, ça veut dire quoi ?")
    rf"^\W*(?:et\s+)?(?:concrètement\s*,?\s*)?(?:pour\s+{_PUBLIC_OF_PAGE}[^,?\n]{{0,30}},\s*(?:concrètement\s*,?\s*)?"
    rf"(?:ça|cela)\s+{_MEANS}\s+quoi|(?:ça|cela)\s+{_MEANS}\s+quoi\s+(?:concrètement\s+)?pour\s+{_PUBLIC_OF_PAGE}[^?\n]{{0,40}}"
    rf"|qu['’]\s*est[- ]ce\s+que\s+(?:ça|cela)\s+{_MEANS}\s+(?:concrètement\s+)?pour\s+{_PUBLIC_OF_PAGE}[^?\n]{{0,40}})\s*\?\s*$",
]), FLAGS)
# ... and the follow-ups of such questions on the same page: "Et pour les parents ?"
FOLLOW_UP_QUESTION = re.compile(r"^\W*et\s+(?:pour|côté|du\s+côté\s+d\w*|en\s+matière\s+d\w*|concernant|les|la|le|l['’]|si)\b"
                                r"[^?\n]{0,60}\?\s*$",
                                FLAGS)
# a council's recital of this convention's object, whatever general words follow its fields (a departmental CTG's
# deliberation: "Considérant que la convention a pour objet de coordonner l'action des signataires en matière de petite
# enfance, de soutien à la parentalité et d'accès aux droits, en complément des CTG signées par les Caf avec les EPCI")
OWN_OBJECT = re.compile(accents_optional(
    r"^\W*considérant\s+que\s+(?:la|cette)\s+(?:présente\s+)?(?:convention|C\.?T\.?G)(?:\s+territoriale\s+globale)?"
    r"(?:\s+départementale)?\s+(?:a\s+pour\s+(?:objet|objectif|finalité)|vise\s+à|porte\s+sur)\b"), FLAGS)
# a page's section heading on how the convention is run or paid, not a field (a territory's page on its CTG: "Une
# gouvernance partagée\nUn comité de pilotage se réunit ...", "Les financements\nLa Caf a versé ...")
# (or a convention's own article on it: "Article 4 – Pilotage", "Titre III : Gouvernance et suivi")
RUNNING_HEADING = re.compile(accents_optional(
    r"^\W*(?:(?:article|titre|chapitre)\s+(?:\d{1,2}|[IVX]{1,4})\s*[–—:.-]\s*)?(?:(?:une|la|le|les|des|notre|nos)\s+)?"
    r"(?:gouvernance|pilotage|suivi|évaluation|financements?|calendrier|durée|instances"
    r"|documents?(?:\s+à\s+télécharger)?|contacts?|méthode)\b[^.\n]{0,30}$"), FLAGS)
# a long document's section on the territory as it is, not what the convention retains: "Article 2 – Les éléments de
# diagnostic", "Partie 2 – Le diagnostic partagé", "I. LE TERRITOIRE ET SES HABITANTS", "Ce que dit le diagnostic" (a
# convention's PDF or a project's page; its findings by field are needs, the orientations come after it); not one
# heading what the diagnostic led to ("Synthèse du diagnostic et orientations", "Des priorités issues du diagnostic")
# nor a news headline on the diagnostic's launch ("La CIVIS lance son diagnostic"), a news subhead on how it went ("Un
# diagnostic partagé pendant dix-huit mois", the axes follow in its paragraphs) or a link to its file ("(PDF, 2 Mo)")
DIAGNOSTIC_HEADING = re.compile(accents_optional(
    r"^\W*(?:(?:article|partie|titre|chapitre)\s+(?:\d{1,2}|[IVX]{1,4})\s*[–—:.-]?\s*|(?:\d{1,2}|[IVX]{1,4})\s*[.)–—-]\s*)?"
    r"(?:(?:la|le|les|l['’]|notre|nos|quelques)\s*)?(?:(?:synthèse|éléments|principaux|grands|résultats|enseignements)"
    r"\s+(?:du\s+|de\s+|des\s+)?)?"
    r"(?:diagnostics?(?:\s+(?:partagés?|social|sociaux|de\s+territoire|territoria\w+))?|état\s+des\s+lieux|constats?(?:\s+partagés?)?"
    r"|portrait\s+(?:du|de\s+territoire)|(?:présentation\s+du\s+)?territoire\s+et\s+(?:ses|sa)\s+(?:habitants|population)"
    r"|présentation\s+du\s+territoire|équipements\s+et\s+services\s+existants|données\s+de\s+cadrage"
    # (an evaluation's findings on how it went, its weak points as bullets: "3. Points de vigilance" over "- un
    # pilotage trop peu réuni ;", "Forces et faiblesses", "Freins et leviers")
    r"|points?\s+(?:de\s+vigilance|forts|faibles|d['’]\s*attention|d['’]\s*amélioration)|forces\s+et\s+faiblesses"
    r"|freins(?:\s+et\s+leviers)?|difficultés\s+(?:rencontrées|constatées|identifiées))\b"
    r"(?![^\n]*\b(?:orientations?|axes?|priorit\w+|enjeux|objectifs|plan\s+d['’]\s*actions?|lance\w*|présent\w+|restitu\w+"
    r"|pdf|xlsx?|[km]o)\b)"
    r"[^\n:.?!]{0,40}$"), FLAGS)
# a long document's numbered section heading: "Article 3 – ...", "Partie 2 – ...", "II. LES ENJEUX", "4. LES ORIENTATIONS"
# (not a sub-section's "2.1 Données de cadrage")
SECTION_NUMBER = re.compile(r"^\W*(?:(?:article|partie|titre|chapitre)\s+)?(?P<n>\d{1,2}|[IVX]{1,4})(?:\s*[.)–—:-](?!\d)|\s+[–—-])\s*\S",
                            re.I)
# ... or headed as what the diagnostic told: "Ce que dit le diagnostic", "Ce que le diagnostic a montré"
DIAGNOSTIC_TOLD = re.compile(accents_optional(
    r"^\W*ce\s+que\s+(?:dit|disait|montre|révèle|nous\s+dit)\s+le\s+diagnostic\s*$"
    r"|^\W*ce\s+que\s+le\s+diagnostic\s+(?:a|nous\s+a)\s+(?:montré|révélé|appris)\s*$"), FLAGS)
# a diagnostic's findings that the convention takes up as its own: its introduction, heading or column says so, and
# the needs it lists are then the convention's fields ("... quatre enjeux, que la convention a repris comme axes de
# travail :", "Les besoins du diagnostic repris par la convention", "Besoin | Constat | Réponse inscrite dans la CTG",
# "trois constats, que la CTG reprend à son compte :"); the diagnostic's needs told alone ("le diagnostic a mis en
# évidence un manque de places") say none of this
TAKEN_UP = re.compile(accents_optional(
    r"\b(?:repris|reprises?|inscrit|inscrites?|intégrés?|intégrées?)\s+(?:par|dans)\s+(?:la|cette|notre)\s+"
    r"(?:présente\s+)?(?:convention|C\.?T\.?G)\b"
    r"|\b(?:convention|C\.?T\.?G)\b[^.\n:]{0,40}?\b(?:a|ont)\s+repris\w*|\b(?:convention|C\.?T\.?G)\b[^.\n:]{0,40}?\breprend\b"),
    FLAGS)
# what a diagnostic (or study, survey) brings out, shared by DIAGNOSTIC_FOUND and DIAGNOSTIC_BRINGS_OUT
_DIAGNOSIS = r"(?:étude|diagnostic|état\s+des\s+lieux|enquête)"
_BRINGS_OUT = (r"(?:(?:met(?:tent)?|mis)\s+en\s+(?:avant|évidence|lumière)|(?:fai(?:t|nt)|a\s+fait|avait\s+fait)\s+"
               r"(?:ressortir|apparaître)|révél\w*|soulign\w*|(?:a|avait|aura)\s+(?:pointé|identifié|montré|relevé))")
# a sentence telling what the diagnostic found, its findings enumerated after it: "Le diagnostic partagé, qui a fait
# ressortir les enjeux suivants : le manque de places ..., l'isolement des parents ..." (needs; when the page then
# tells the axes retained, "Le projet de convention retient trois axes : ...", the findings are none of them)
DIAGNOSTIC_FOUND = cue(rf"\b{_DIAGNOSIS}\b[^.:;\n]{{0,80}}?\b{_BRINGS_OUT}\b|\bdiagnostic\s+l['’]\s*a\s+montré", FLAGS)
# ... and the axes the page tells as retained after it: "retient trois axes", "les orientations retenues sont"
RETAINED_AFTER = cue(r"\bretien\w*|\bretenu\w*|\b(?:axes?|orientations?)\b", FLAGS)
RETAINED_AFTER_REACH = 600  # characters after the findings' sentence
# a page's running header or footer in a PDF's text, its page number last: "CTG Cauvaldor 2023-2027 – page 5",
# "CTG Sud Nivernais 2023-2027      5/18", "Convention territoriale globale – Caf de l'Aveyron        p. 21", "Page 5 sur 16"
RUNNING_PAGE_LINE = re.compile(r"(?:\bpage\s+\d{1,3}(?:\s+sur\s+\d{1,3})?|\bp\.\s*\d{1,3}|\b\d{1,3}\s*/\s*\d{1,3}|\S\s{3,}\d{1,3})\s*$", re.I)
# ... or the page number alone, as a PDF centres it: "– 5 –", "- 12 -", "14"
PAGE_NUMBER_LINE = re.compile(r"^\s*(?:[-–—]\s*)?\d{1,3}(?:\s*[-–—])?\s*$")


def page_break_line(line: str) -> bool:
    """A line a page break puts inside a list or a table: a running header or footer, or the page number alone."""
    return bool(RUNNING_PAGE_LINE.search(line.strip()) or PAGE_NUMBER_LINE.match(line))


# a row of the convention's calendar of meetings: "Comité de pilotage n°2 – décembre 2022 – premier bilan", "COPIL –
# mars 2024 : évaluation à mi-parcours" (it names a field only by the fields its fiches bear, not by the meeting)
MEETING_ROW = cue(r"^\W*(?:comité\s+(?:de\s+pilotage|technique|de\s+suivi)|copil|cotech)\b\s*(?:n°\s*\d+\s*)?[–—:-]",
                  FLAGS)
# what the convention keeps paying for, told after an enumeration of the territory's facilities: a funding assurance,
# not its fields ("« La CTG, c'est l'assurance que nos micro-crèches, notre RPE et nos accueils de loisirs
# continueront d'être soutenus »", a president's word in a magazine, its objectives listed below) or received
KEPT_FUNDED = re.compile(accents_optional(
    r"\bcontinuer\w*\s+(?:d['’]\s*être|à\s+être)\s+(?:soutenu|financé|aidé|subventionné)\w*"
    r"|\b(?:resteront|restent)\s+(?:ouverte?s|financée?s|soutenue?s)\b"
    # (or the funding a deliberation lets the town go on receiving: "Cette délibération permet à la commune de continuer
    # à percevoir le bonus territoire pour l'accueil de loisirs et le multi-accueil")
    r"|\b(?:percevoir|toucher|recevoir)\s+(?:les?|la|des|ses|leurs?)\s+(?:bonus|financements?|subventions?|prestations?|aides?|crédits?)\b"),
    FLAGS)
# a list of what the convention is for: "Cette convention vise à :", "La CTG permettra de :"
PURPOSE_INTRO = re.compile(accents_optional(
    r"\bvise\s+(?:notamment\s+)?à|\bpermet(?:tra|tront|tent)?\s+(?:notamment\s+)?de\s*:"), FLAGS)
# the partners' commitments head a list of the convention's fields: "Les partenaires se sont engagés sur :"
# (or what they want, the verb alone before the colon: "Pour les cinq prochaines années, les partenaires souhaitent :")
ENGAGED = re.compile(r"\bengag\w*\s+(?:sur|à|autour|pour|dans)\b|\bengagements?\b"
                     r"|\b(?:souhait|veul|voul|ambitionn|entend)\w*\s*:\s*$"
                     # (the partners it binds named before the preposition: "elle engage les deux partenaires à :",
                     # "Les signataires s'engagent en faveur :"; what it is about: "Il s'agit désormais de :"; the
                     # objectives the text lists: "le document liste plusieurs objectifs :")
                     r"|\bengag\w*\s+(?:[\w'’-]+\s+){0,6}?(?:à|en\s+faveur(?:\s+d\w*)?)\s*:\s*$"
                     r"|\bs['’]\s*agi(?:t|ra)\s+(?:[\w'’-]+\s+){0,2}?d[e'’]\s*:\s*$"
                     r"|\b(?:liste|fixe|énumère|détaille|retient|décline)\w*\s+(?:[\w'’-]+\s+){0,3}?objectifs\s*:\s*$", FLAGS)
# a list of this many items naming fields (two thirds of its items at least) as the object of the sentence its
# colon breaks: "... les acteurs qui interviennent sur :", "des projets en matière de :", "en direction de :"
FIELD_LIST_MIN_ITEMS = 3
FIELD_LIST_LEAD = re.compile(
    r"(?:\bsur|\bautour\s+d[e'’]|en\s+matière\s+d[e'’]|\bdomaines?\s+(?:de|du|des|d['’]|suivants)|\bchamps\s+(?:de|du|des|d['’]|suivants)"
    r"|en\s+direction\s+d(?:e|es|u|['’])|à\s+destination\s+d(?:e|es|u|['’])|en\s+faveur\s+d(?:e|es|u|['’])|\bpour"
    r"|\bnotamment|\bcomme|\btel(?:le)?s?\s+que|\bconcern\w*|\bcibl\w*|\bvis\w*|\bdont)\s*:$", FLAGS)
# what may also head a BULLETED list of the convention's actions (not an unmarked one, nor prose), e.g.
# "Les actions\n- Créer un guichet unique\n- Ouvrir un LAEP"
LIST_ONLY_INTRO = re.compile(accents_optional(
    r"\bau\s+(?:programme|menu)\b|\bactions?\b|\bplan\s+d['’]\s*actions?|\bfeuille\s+de\s+route\b|\bleviers?\b|"
    r"\bchantiers?\b|\bengagements?\b|\bdéfis\b"
    # a heading saying what the convention provides: "Ce qu'elle prévoit", "Ce que prévoit la CTG", "Ce qui change"
    r"|\bce\s+qu['’]\s*(?:elle|il)\s+(?:prévoit|contient|change|apporte)|\bce\s+que\s+(?:prévoit|contient|change|apporte)"
    r"|\bce\s+que\s+(?:la|cette|notre)\s+(?:C\.?T\.?G|convention)\s+(?:prévoit|contient|change|apporte|va\s+changer)"
    r"|\bce\s+qui\s+(?:va\s+)?(?:change|changer|bouge|bouger|évolue|évoluer)\b"
    # ... or what the partners will do, in their own words: "Ce que nous allons faire ensemble", "Ce qui est prévu"
    # (the pronoun elided too: "Ce qu'on va faire ensemble")
    r"|\bce\s+qu(?:e\s+(?:nous|l['’]\s*on|on)|['’]\s*on)\s+(?:allons|va|ferons|fera|prévoyons|prévoit)\b|\bce\s+qui\s+(?:est|sera)\s+prévu\b"
    # ... or, on a review half-way, its actions done and to do: "Ce qui a été réalisé :", "Ce qui reste à faire"
    r"|^\W*ce\s+qui\s+(?:a\s+été\s+(?:fait|réalisé|accompli)|(?:est|sont)\s+(?:déjà\s+)?(?:fait|réalisé)|a\s+(?:avancé|marché)"
    r"|reste\s+à\s+(?:faire|réaliser|engager))\b"),
    FLAGS)
# an enumeration in running prose follows one of these
# the adverb between an aim's verb and its "à": "La convention vise aussi à renforcer l'offre d'accueil des tout-petits
# et à accompagner les familles monoparentales", "le plan d'actions vise d'abord à créer des places ..." (PROSE_INTRO)
AIM_ADVERB = (r"(?:(?:aussi|également|notamment|enfin|surtout|d['’]\s*abord|donc|ainsi|avant\s+tout|en\s+priorité"
              r"|principalement|prioritairement)\s+)?")
PROSE_INTRO = re.compile(accents_optional(
    r"(?:\b(?:sur\b|agir\s+pour|autour\s+de|dans\s+(?:les|des)\s+domaines?\s+(?:de|du|des|d['’])?|"
    r"en\s+matière\s+(?:de|d['’])|tels?\s+que|telles?\s+que|notamment|à\s+savoir|portent\s+sur|porteront\s+sur|"
    # the rest of ranked priorities, the verb first, after the first one told apart: "« La première, c'est la petite
    # enfance », explique l'élue. Viennent ensuite les loisirs des enfants, le soutien aux parents et ..."
    r"(?<![\w'’])(?:puis\s+)?(?:viennent|arrivent|figurent)\s+(?:ensuite|après|enfin|aussi|également)\b|"
    r"concernent|concerne|comme\b|cible(?:nt|ra|ront)?|privilégi(?:eront|era|ent|e)|abord(?:eront|era|ent|e)|"
    # (the participle too, the priority given in a clause of manner: "... l'outil de coordination de leurs
    # interventions, en donnant la priorité à l'accueil des jeunes enfants, aux loisirs des enfants et au soutien des
    # parents", a convention's preamble)
    r"compren(?:d|nent|dra|dront)|(?:donn|accord)(?:e|ent|era|eront|ant)\s+(?:la\s+)?priorité\s+(?:à|aux?)\b|"
    rf"(?:prévoi\w*\s+des\s+actions|s['’]\s*engage\w*)\s+pour|couvr(?:ent|iront|ira|e)|englobe(?:nt|ra)?|vise(?:nt|ra)?\s+{AIM_ADVERB}à|en\s+faveur\s+de\s+(?:la\s+|l['’]\s*)?|intègre\w*|intervien\w+\s+sur|dont|"
    r"(?:à\s+destination|en\s+direction)\s+(?:du|des|de|d['’])|"
    # more verbs of what it covers: "fait la part belle à", "s'intéresse à", "touche à", "recouvre", "traite de"
    r"fai(?:t|sait|ra)\s+la\s+part\s+belle\s+(?:à|aux?)\b|s['’]\s*(?:intéresse|attache)\w*\s+(?:(?:donc|aussi|notamment|surtout|d['’]\s*abord)\s+)?(?:à|aux?)\b|"
    r"touche(?:nt|ra)?\s+(?:à|aux?)\b|recouvr(?:e|ent|ira)\b|trait(?:e|ent|era)\s+(?:de|des|du|d['’])|"
    # the partners' choice as the verb's object: "Nous avons retenu la petite enfance, la jeunesse et ..."
    rf"{CHOSE}|"
    # what the partners want, in an official's words: "Avec cette convention, nous voulons garantir ..., donner à nos
    # jeunes ..., accompagner les parents", "« Nous voulons que chaque famille trouve une solution de garde, que ..."
    r"\bnous\s+(?:voulons|souhaitons)\s+(?:aussi\s+|également\s+|surtout\s+|d['’]\s*abord\s+)?(?=que\b|[a-zà-ÿ]+(?:er|ir|re)\b)|"
    # (or what an axis or the convention means to do: "L'axe 2 entend offrir aux enfants des loisirs accessibles",
    # "Le troisième axe veut mieux accompagner les familles", "L'axe 4 cherche à lutter contre le non-recours")
    r"\b(?:entend(?:ent)?|veu(?:t|lent)|cherche(?:nt|ra)?\s+à|ambitionne(?:nt)?\s+de)\s+"
    r"(?:(?:aussi|également|surtout|d['’]\s*abord|notamment|donc)\s+)?(?=(?:mieux\s+)?[a-zà-ÿ]+(?:er|ir|re)\b)|"
    # what the convention provides for, as objectives: "Elle prévoit en effet de maintenir l'offre d'accueil, d'accompagner
    # les parents, de créer ... et de faciliter les démarches"
    r"\bprévoi(?:t|ent|ra|ront)\s+(?:(?:en\s+effet|notamment|aussi|également|donc|ainsi)\s+)?(?=d(?:e\s+|['’]\s*)[a-zà-ÿ]+(?:er|ir|re)\b)|"
    # ... and what it provides for, as noun phrases, when the convention (or its pronoun, text or plan) provides:
    # "La convention prévoit la création d'une crèche, l'ouverture d'un accueil de loisirs et le soutien aux parents"
    # (or what it retains: "La convention retient l'accueil des tout-petits, les loisirs des enfants et le logement")
    r"\b(?:convention|CTG|elle|texte|document)(?:[\s,][^.;:!?]{0,40}?)?\s(?:prévoi(?:t|ent|ra)|retien(?:t|nent|dra))\s+"
    r"(?:(?:notamment|aussi|également|en\s+outre|ainsi|donc)\s+)?(?=(?:la|le|les|l['’]|un|une|des|du)\s?\w)|"
    # ... or what it lets the partners do: "la convention doit permettre « d'ouvrir des places ..., d'accompagner les
    # jeunes ... et de soutenir ... »", "elle nous donne les moyens d'ouvrir ..., de mieux accompagner ..."
    # (or lets someone named do: "Elle permettra à la commune de continuer à proposer des places en crèche, de
    # développer ...")
    r"\b(?:permet(?:tre|tra|tront|tent)?(?:\s+(?:à|aux?)\s+(?:(?:la|le|les|l['’]|nos|notre|ses|son|sa|leurs?)\s*)?"
    r"[\w'’-]+(?:\s+(?!de\b|d['’])[\w'’-]+){0,2})?|les\s+moyens)\s+" + AIM_ADVERB +  # ("la CTG permet aussi d'...")
    r"(?:«\s*)?(?=d(?:e\s+|['’]\s*)(?:mieux\s+)?[a-zà-ÿ]+(?:er|ir|re)\b)|"
    # ... or what the partners commit to: "les partenaires s'engagent à développer l'accueil du jeune enfant, à
    # renforcer les actions en direction des jeunes, ... et à lutter contre l'habitat indigne"
    r"\bs['’]\s*engag(?:e|ent|era|eront)\s+(?:(?:notamment|aussi|également|ainsi|donc)\s+)?(?=à\s+[a-zà-ÿ]+(?:er|ir|re)\b)|"
    r"il\s+s['’]\s*agira\s+(?:\w+\s+){0,5}?d[e'’]|s['’]\s*agira\s+(?:aussi|enfin|également)\s+d[e'’]"
    # ... and in the present, over objectives in the infinitive, as an article of the convention states the axes the
    # sentence before announced: "Les partenaires retiennent les axes suivants. Il s'agit de développer l'accueil du
    # jeune enfant, de soutenir les parents et de lutter contre le non-recours."
    r"|\bil\s+s['’]\s*agit\s+(?:(?:notamment|donc|ainsi|principalement|essentiellement)\s+)?"
    r"(?=d(?:e\s+|['’]\s*)(?:mieux\s+)?[a-zà-ÿ]+(?:er|ir|re)\b)"
    # the convention defined by what it holds, in an official's words: "Cette convention, c'est d'abord la lutte contre
    # le non-recours, l'accompagnement des parents et l'accès aux modes de garde"
    # (an incise before "c'est" too: "La CTG, pour nous, c'est avant tout la crèche, le centre de loisirs et ...")
    r"|(?:C\.?T\.?G|convention)\s*,\s*(?:[^,.;:\n]{1,25},\s*)?c['’]\s*est\s+(?:d['’]\s*abord|surtout|avant\s+tout|aussi)?"
    # ... and objectives told after "c'est": "Notre priorité, c'est d'ouvrir une structure de garde et de développer ..."
    r"|c['’]\s*est\s+(?=d[e'’]))\s*|:\s*"
    r"|\(\s*(?=[^)]{0,200}[,;])|\b(?:sont|seront)\s+(?=(?:la|le|les|l['’])\s?))"), FLAGS)
# a committee's members under their label, named by their office, no fields: "Composition : la coordinatrice CTG, les
# responsables des services petite enfance et jeunesse", "Il réunit : ...", "Membres :" (a convention's governance article)
MEMBERS_LABEL = cue(r"^\W*(?:composition|membres|(?:il|elle)\s+(?:est\s+composée?\s+de|réunit|rassemble|associe)"
                    r"|(?:sont|seront)\s+membres|(?:y\s+)?siègent)\b[^:.]{0,40}$")
# ... and the bodies that take part in its diagnostic or its committees, named by their services: "Ses travailleurs
# sociaux et ses services de PMI participent aux diagnostics", "Le Département est associé aux comités de pilotage"
# (a partner's page on the conventions it joins)
# (not a field the sentence opens on, its body in a relative clause: "« l'insertion des jeunes, avec la mission locale,
# qui sera associée au comité de pilotage »"; nor the work on a field it joins: "associée aux travaux sur le logement")
PARTICIPANTS = cue(r"^(?:(?!\bqui\b)[^.;:!?]){0,160}?\b(?:participe|participent|participera|participeront|(?:est|sont|sera"
                   r"|seront)\s+(?:(?:étroitement|également|aussi|systématiquement)\s+)?associée?s?)\s+(?:aux?|à\s+la"
                   r"|à\s+l['’])\s*(?:[\w-]+\s+)?(?:diagnostics?|comités?|instances)\b"
                   # ... and the actors who came, took part or are invited, listed as the sentence's subject: "Élus,
                   # directrices de crèche et responsables de centres sociaux étaient venus assister à la signature",
                   # "Plus de 40 partenaires (communes, associations, centres sociaux) ont participé aux ateliers",
                   # "Élus, professionnels de la jeunesse, associations : vous êtes invités à la réunion de lancement"
                   # (who they are names no field of the convention; ThemesComponent._aside)
                   r"|^[^.:;]{0,200}?\b(?:élus|professionnel\w*|partenaires|représentants|acteurs|responsables"
                   r"|direct(?:eurs|rices)|travailleurs\s+sociaux|associations)\b[^.;]{0,200}?"
                   r"(?:\b(?:étaient|sont|seront|ont\s+été)\s+(?:(?:tous|toutes|nombreux|nombreuses)\s+)?"
                   r"(?:venu(?:e|s|es)?|présent(?:e|s|es)?|réuni(?:e|s|es)?|invité(?:e|s|es)?|convié(?:e|s|es)?)\b"
                   r"|\bont\s+(?:(?:tous|toutes|activement)\s+)?(?:participé|pris\s+part|assisté)\b"
                   r"|\bvous\s+êtes\s+(?:tous\s+|toutes\s+)?(?:invité|convié)\w*|\btous\s+ont\s+été\s+(?:invité|convié)\w*)")
# a sentence of thanks names who took part, not a field: "La communauté remercie le centre social de la Vallée, partenaire
# de longue date, et les crèches pour leur participation", "Merci aux accueils de loisirs qui ont relayé le questionnaire"
THANKS = cue(r"^\W*(?:(?:[^.;:!?«»]{0,80}?\b(?:remercie|remercient|remercions|remerciements?)\b)|merci\s+(?:à|aux)\b)")
# where the convention applies is its territory, not a field: "Elles s'appliquent sur le territoire des 21 communes de
# la métropole", "La convention s'étend sur les communes de la vallée" (the verb right before a "sur")
TERRITORY_EXTENT = cue(r"\bs['’]\s*(?:appliqu|étend)\w*\s+(?:(?:donc|également|aussi|ainsi)\s+)?$")
# the present "il s'agit de" among them: it opens the convention's objectives only after a sentence announcing them in
# its last words (ANNOUNCED_TAIL_WORDS): "... ont retenu les axes de travail suivants. Il s'agit de soutenir ..."
IT_IS_ABOUT = re.compile(r"\bil\s+s['’]\s*agit\b", FLAGS)
ANNOUNCED_TAIL_WORDS = 6
# the intros above whose items are objectives in the infinitive, each possibly a whole clause
OBJECTIVES_INTRO = re.compile(r"(?:\bprévoi\w*|\bs['’]\s*engag\w*|\bnous\s+(?:voulons|souhaitons)|\bpermet\w*|\bles\s+moyens"
                              r"|\bil\s+s['’]\s*agit)\b", FLAGS)
# intros that only count after a word of INTRO in the same sentence ("Les thématiques retenues sont ...")
ANNOUNCING = re.compile(r":|\(|sont|seront|c['’]\s*est", FLAGS)
# a piece of an enumeration that narrows the one before it ("..., surtout des mères seules, ...")
NARROWING = re.compile(r"\s*(?:surtout|notamment|en\s+particulier|(?:plus\s+)?particulièrement|y\s+compris)\b", FLAGS)
# ... or comments on it, as press prose does, and is no item: "améliorer l'offre d'accueil des jeunes enfants, très
# insuffisante sur le territoire, à donner aux jeunes ..." (a degree or time adverb before an adjective, no article)
COMMENTARY = re.compile(r"\s*(?:très|trop|encore|déjà|souvent|largement|fortement|jugée?s?|aujourd['’]hui|actuellement)"
                        # (a quantity is a noun phrase: "très peu d'accueils de loisirs")
                        r"\s+(?!(?:la|le|les|l['’]|des|du|un|une|aux?|de|d['’]|à|en|pour|sur|peu|beaucoup)\b)[^\W\d_]+"
                        # (or how many the public is, the adjective alone: "accompagner les familles monoparentales,
                        # nombreuses sur la commune", "les seniors isolés, de plus en plus nombreux")
                        r"|\s*(?:de\s+plus\s+en\s+plus\s+|si\s+|particulièrement\s+)?nombreu(?:x|se|ses)\b",
                        FLAGS)
# where a prose enumeration ends: sentence end (also glued to the next as scraped pages join paragraphs: "cadre de
# vie.Présents pour la signature"), a line break, a subordinate clause or a verb
PROSE_STOP = re.compile(r"(?<!\d)[.!?](?:\s|$)|(?<=[a-zà-ÿ])\.(?=[A-ZÀ-Þ][a-zà-ÿ])|…|\n|\s(?:afin|pour\s+(?:mieux|que|permettre)|sont|est|seront|restent)\s"
                        # (but a public's relative clause tells the item: "accompagner les familles qui rencontrent
                        # des difficultés sociales", "les jeunes qui n'ont rien à faire l'hiver")
                        r"|(?<!familles)(?<!jeunes)(?<!habitants)(?<!parents)(?<!personnes)(?<!ménages)(?<!allocataires)"
                        r"(?<!mamans)(?<!mères)(?<!ados)(?<!adolescents)\squi\s"
                        r"|\.\.\.|\s-\s|»")
# a public described by what it lacks: "les habitants qui n'ont pas de connexion", "les familles qui ne savent pas à
# quoi elles ont droit" (no negation of a field)
PUBLIC_RELATIVE = re.compile(r"\b(?:jeunes|familles|habitants|parents|enfants|personnes|mamans|mères|ados|adolescents"
                             r"|ménages|allocataires|publics|aînés|seniors)\s+qui\s*$", FLAGS)
PROSE_STOP_QUOTED = re.compile(PROSE_STOP.pattern.removesuffix("|»"))
# ... and a goal told in the negative, in the clause of "pour que", "afin que" or a wish: "un outil pour que nos jeunes
# ne soient plus obligés de partir", "Nous voulons que les parents ne restent pas seuls" (no negation of a field)
GOAL_CLAUSE = re.compile(r"(?:\b(?:pour|afin)\s+|\b(?:voul\w*|veu[xt]|veulent|souhait\w*|faut)\s+(?:[\w'’-]+\s+){0,2}?)"
                         r"qu(?:e\b|['’])[^,;:.!?()]{0,60}$", FLAGS)
# ... or in one of a row of wished clauses, each opened by "que" after a comma, a semicolon, a colon or "et", the wish
# said before in the sentence or by the subjunctive of "être" ("Trois choses : que les ados aient un lieu à eux ; que
# les parents ne soient plus seuls", "Nous voulons que les crèches ouvrent plus tôt, et que les aînés ne restent pas
# isolés", "« Que les familles monoparentales ne soient pas seules face aux factures »": goals, no field left out;
# not a reported fact, "Le maire a regretté que le logement ne soit pas retenu", its "que" after a verb)
WISHED_CLAUSE = re.compile(r"(?:^|[«:;,]|\bet)\s*qu(?:e\s+|['’]\s*)[^,;:.!?()«»]{0,80}$", FLAGS)
WISH_BEFORE = re.compile(r"\b(?:voul\w*|veu[xt]|veulent|souhait\w*|faut|objectifs?|ambitions?|choses)\b", FLAGS)
SUBJUNCTIVE_NEGATION = re.compile(r"(?:ne|n['’])\s*soi(?:t|ent)\b", FLAGS)
# a closed bracket on one line: an item's examples or its acronym, or other schemes "(programme local de l'habitat,
# schéma autonomie)"
BRACKETED = re.compile(r"\([^()\n]*\)")
# the relative clause closing an item, its subject after "dont": "... d'initiatives nouvelles dont les familles ont
# besoin" (not a share, "dont près d'un quart pour des démarches", nor a comment after a comma, ", dont le nombre a
# baissé", nor "où", which opens a place's circumstances: "dans un territoire où les loyers ont augmenté de 40 %")
RELATIVE_TAIL = re.compile(r"(?<!,)\sdont\s+(?:les|la|le|l['’]|ils|elles|on|nous|chaque|ces|leurs?)\s*\w.*$", FLAGS | re.DOTALL)
# a parenthesised enumeration ends at its parenthesis (or an ellipsis): "thématiques (enfance, jeunesse, ...)"
PAREN_END = re.compile(r"\)|…|\.\.\.|\n")
# how many lines above a bulleted list its introduction may stand (pages render blank lines between them)
INTRO_LOOKBACK = 6
# the fields any convention may take up, as an explainer heads them: "Les domaines possibles", "Champs éligibles"
# (or those it "may" cover, as a Caf's partners page heads its bullets: "Les thématiques pouvant être retenues")
POSSIBLE_FIELDS = (r"\b(?:champs|domaines|thèmes|thématiques|axes)\s+(?:possibles|envisageables|éligibles"
                   r"|(?:pouvant|susceptibles\s+d['’]\s*)\s*être\s+(?:couvert|abordé|concerné|retenu|traité)e?s?\b)\b")
# "définition" heads an explainer ("Définition", "La CTG : définition"), not a convention's own article defining what
# it retains: "ARTICLE 1 : OBJET ET DÉFINITION DES ORIENTATIONS" over "Orientation n° 1 – Développer l'accueil du jeune
# enfant" (a convention's PDF, its orientations in the article the word heads)
DEFINITION = (r"définition(?!\s+(?:des|de\s+(?:ses|nos|leurs|ces))\s+(?:grandes\s+)?(?:orientations|axes|objectifs|priorités"
              r"|enjeux|actions|engagements|champs|modalités)\b)")
# an explainer's menu, the fields any convention takes some of: "des actions sur tout ou partie des domaines ci-dessous :"
SOME_OF_THE_FIELDS = r"\bsur\s+tout\s+ou\s+partie\s+des\s+(?:champs|domaines|missions|thèmes|thématiques|sujets)\b"
# generic descriptions of what CTGs cover in general, other schemes, past actions ("une CTG permet de ..." is
# general, "la signature d'une CTG permettant de soutenir les crèches" is this one)
GENERIC = cue(
    # (a question's inverted subject too: "Quels domaines peut-elle couvrir ?", "Quels sujets peut-on y inscrire ?")
    # (an explainer's menu of fields, a Caf's partners page: "Elle engage la collectivité sur tout ou partie des
    # domaines ci-dessous : ...", and the extra fields any CTG "may also" take: "Rappel : une CTG peut également porter sur
    # la mobilité ou la santé, si le diagnostic le justifie")
    # ("sur le papier" is the breadth of any CTG, "Sur le papier, le champ est immense : garde d'enfants, ...", but not
    # a reporter's "on paper" over this convention's own list: "Sur le papier, une liste d'objectifs partagés : « ... »")
    r"tous\s+les\s+champs|" + SOME_OF_THE_FIELDS + r"|\bsur\s+le\s+papier\b(?![^.:]{0,40}\b(?:liste|objectifs|axes|priorités|engagements)\b)|\ben\s+(?:théorie|principe)\b|(?:peu(?:t|vent)|pourr(?:a|ait|ont|aient))(?:-t)?(?:-(?:elles?|ils?|on))?\s+(?:(?:aussi|également)\s+)?(?:y\s+)?(?:être\s+)?(?:mobilisé|couv(?:r|ert)|abord|concern|port|touch|englob|inscri|intégr)|qu['’]\s*est[- ]ce(?![^?\n]{0,60}\b(?:va|vont|changera|apportera)\b)(?!" + CHANGE_FOR_PUBLIC + r")|c['’]\s*est\s+quoi"
    # (not a convention covering a period: "a signé une CTG couvrant les années 2023 à 2027")
    # (nor the one a territory signed or is engaged in: "La communauté est engagée avec la Caf dans une CTG qui couvre la
    # petite enfance, ...", "La commune a signé une CTG qui porte sur ..."; nor one dated before its article: "La
    # commune et la Caf ont signé le 3 mai 2021 une CTG couvrant la petite enfance, ...")
    r"|(?<![dD]['’])(?<!\bdans\s)(?<!\bsigné\s)(?<!\bsignée\s)(?<!\bconclu\s)(?<!\d{4}\s)"
    r"\b(?:une|les|des)\s+(?:C\.?T\.?G|Ctg|conventions?\s+territoriales?\s+globales?)\b[^.]{0,60}\b"
    r"(?:couvr(?!\w*\s+(?:les\s+années|la\s+période|\d{4}|\w+\s+ans))|permet|"
    r"fédère|vise|peu|concern|abord|port(?:e|ent)\s+sur|est|sont)|en\s+général|" + DEFINITION + r"|dispositif\s+national|branche\s+famille"
    r"|domaines\s+prioritaires\s+de\s+l['’]\s*intervention\s+des\s+caf|des\s+caf\s*(?:/|et)|\bles\s+caf\b"
    # conventions between Caf and local authorities in general: "Conventions Caf / collectivités : ...",
    # "les accords-cadres entre collectivités et Caf", "plus larges que l'enfance et la jeunesse"
    r"|conventions?\s+caf\b|\baux\s+caf\b|caf\s*/\s*collectivit|collectivités\s+et\s+(?:les\s+)?caf|accords?[- ]cadres?"
    r"|plus\s+larges?\s+que"
    # the fields any territory may choose from: "Les champs possibles", "sur tous les sujets : ...", "chaque
    # territoire choisit les champs qui correspondent à ses enjeux"
    r"|" + POSSIBLE_FIELDS + r"|\btous\s+les\s+(?:sujets|domaines|thèmes)\b"
    # (a menu: "des champs choisis par le territoire parmi : petite enfance, ...")
    # (and what other territories chose: "À titre d'exemple, d'autres villes ont choisi de travailler sur ...")
    r"|\bd['’]\s*autres\s+(?:villes|communes|territoires|intercommunalités|collectivités|EPCI|agglomérations)\b"
    # (and the neighbours' choices: "Nos voisins de Porte Océane ont choisi de mettre l'accent sur le logement", "La
    # communauté voisine a retenu la jeunesse")
    r"|\bnos\s+voisins\b|\b(?:commune|communauté|intercommunalité|agglomération|ville)s?\s+voisines?\b[^.\n]{0,60}?"
    r"\b(?:a|ont)\s+(?:choisi|retenu|opté|privilégié|mis\s+l['’]\s*accent)"
    r"|\bparmi\s*:|\bchaque\s+(?:territoire|collectivité|intercommunalité)\s+(?:choisit|retient|définit|détermine|pioche|sélectionne|y\s+met)"
    # (and every convention of a Caf's map at once: "Chaque CTG s'organise autour des thématiques retenues localement :")
    r"|\bchaque\s+(?:C\.?T\.?G|Ctg|convention\s+territoriale)\b"
    r"|\b(?:selon|suivant|en\s+fonction\s+des)\s+(?:les\s+)?territoires\b"
    # what signing brings any signatory: "Les communes signataires bénéficient des bonus territoire (crèches, ...)",
    # "La signature d'une Ctg ouvre droit aux bonus territoire versés aux équipements d'accueil du jeune enfant"
    r"|\bles\s+(?:communes|collectivités|intercommunalités|territoires)\s+(?:et\s+(?:les\s+)?\w+\s+)?signataires\s+"
    r"(?:bénéficient|perçoivent|reçoivent|touchent|ont\s+droit)|\bouvre\s+droit\s+(?:aux?|à)\b"
    r"|\bconditionnée?s?\s+à\s+la\s+signature\b"
    # what a convention could cover, not what this one does: "La CTG couvre potentiellement toutes les missions de la
    # Caf : ...", "elle permet d'aller vers l'accès aux droits, si les élus le souhaitent"
    r"|\bpotentiellement\b|\bthéoriquement\b"
    # how wide the fields of any convention may be: "Les sujets abordés peuvent être très larges : ..."
    r"|\b(?:peu(?:t|vent)|pourr(?:a|ait|ont|aient))\s+être\s+(?:très\s+|assez\s+|fort\s+)?(?:larges?|variée?s|nombreu(?:x|ses)"
    r"|diverse?s|multiples)\b"
    # (or said of any convention's field at once: "Le principe : un diagnostic, puis un plan d'action. Le champ est vaste :
    # crèches, loisirs, parents, logement", a paper explaining the scheme to its readers)
    r"|\ble\s+champ\s+(?:d['’]\s*(?:action|intervention)\s+)?est\s+(?:très\s+|assez\s+)?(?:large|vaste|immense)\b"
    # a definition of CTGs between the Caf and any local authority, on a Caf's listing or explainer page: "La CTG est
    # un accord de partenariat entre la Caf de l'Yonne et une collectivité" (not "entre la Caf et la commune de Sens")
    r"|\bentre\s+(?:la|une|les)\s+caf\w*\b[^.\n]{0,40}?\bet\s+(?:une\s+(?:ou\s+plusieurs\s+)?(?:collectivité|commune"
    r"|intercommunalité|EPCI|communauté)|les\s+collectivités(?:\s+(?:locales|territoriales))?\b(?!\s+(?:de|du|des)\b))"
    r"|\bsi\s+(?:les|la|le|leurs?)\s+(?:élus?|communes?|collectivités?|territoires?|partenaires)\s+le\s+souhait"
    # the fields of A convention, as an explainer heads them: "Les champs d'intervention d'une CTG : ..."
    r"|\b(?:champs|domaines|objectifs|principes|enjeux|axes)\b[^.:]{0,30}\bd['’]\s*une\s+(?:C\.?T\.?G|convention\s+territoriale)"
    # several conventions at once, as a national review counts them: "ces conventions ciblent, dans la
    # quasi-totalité d'entre elles, 8 thématiques"; "222 CTG locales avaient été signées"
    # (a vague share of them; not a count of the few a Caf's round-up announces: "toutes comportent un volet parentalité,
    # et trois d'entre elles un volet animation de la vie sociale")
    r"|\b(?:l['’]\s*action|les\s+missions|le\s+rôle)\s+des\s+caf\b|\b\d{2,}\s+(?:CTG|conventions)\b"
    r"|\b(?:totalité|majorité|plupart|moitié|partie|nombre|beaucoup|certaines|plusieurs|%)\s+d['’]\s*entre\s+elles\b"
    # what a Caf does for every family, its benefits: "La Caf accompagne les familles à chaque étape de la vie :
    # naissance, séparation, logement" (not an axis of the convention: "Orientation 1 – Accompagner les familles à
    # chaque étape de la vie"), "la Caf a versé 600 millions d'euros de prestations : aides au logement, ..."
    r"|\bcaf\s+(?:accompagne|soutient|aide)\s+(?:les|toutes\s+les)\s+familles\b|\bcaf\b[^.:]{0,60}à\s+chaque\s+étape\s+de\s+(?:la\s+)?vie"
    # the Caf's missions, what it does everywhere: "Nos missions couvrent la petite enfance, ...", "La Caf du Cher
    # verse des prestations ... elle agit auprès des familles dans six domaines : ..."
    # (not the missions a signatory's part is justified by: "Compte tenu de ses missions, le CCAS est invité à signer
    # au titre des fiches actions dont il assure le pilotage :", a CCAS board's deliberation)
    r"|\b(?<!compte\stenu\sde\s)(?<!au\sregard\sde\s)(?:nos|ses|leurs)\s+missions\b|\bcaf\b[^.]{0,80}\b(?:agit|intervient)\b"
    # (and by name: "le choix des priorités, parmi les domaines d'intervention de la Caf : ...", not those a convention
    # retains: "Les domaines d'intervention de la Caf retenus pour cette première CTG sont ...")
    r"|\b(?:domaines?|champs?)\s+d['’]\s*(?:intervention|action)\s+de\s+la\s+caf\b"
    r"(?![^.:\n]{0,50}\b(?:retenu|choisi|priorisé|sélectionné|cette|notre|la\s+présente))|\bau-delà\s+des\s+prestations\b"
    r"|\bprestations?\b[^.:]{0,30}:"
    # every age at once, as rhetoric: "au service de toutes les générations, de la jeunesse à nos aînés"
    r"|toutes\s+les\s+générations|\bde\s+la\s+(?:petite\s+enfance|jeunesse)\s+(?:jusqu['’]\s*)?(?:aux|à\s+nos)\s+(?:aînés|seniors|personnes\s+âgées)"
    # page metadata: "Mots-clés : CTG, Caf, logement"
    r"|^\W*(?:mots?[- ]clés?|tags?|étiquettes?|catégories?|rubriques?|thèmes?\s+associés)\s*:",
    FLAGS,
)
GENERIC_FAST = FastCue(GENERIC)  # the same matches, searched on the lower-cased text (several times faster)
OTHER_SCHEME = cue(
    # (and a consultation's questionnaire, whose topics are not yet the convention's: "Le questionnaire porte sur :",
    # or a sentence about it that the next continues: "Le questionnaire, anonyme, prend dix minutes. Il porte sur :")
    r"\b(?:le|ce|un|notre)\s+questionnaire\b[^.:\n]{0,80}?\b(?:porte|portera|aborde|abordera|concerne|interroge)\b"
    # (an invitation to answer it: "chacun peut répondre au questionnaire sur ses besoins en matière de garde")
    r"|\brépond\w*\s+(?:à\s+(?:un|notre|ce)|au)\s+questionnaire\b"
    r"|^\W*(?:le|ce|un|notre)\s+questionnaire\b"
    # ... or the topics the reader is asked about: "Prenez 10 minutes pour nous dire comment vous vivez sur le
    # territoire : modes de garde, ...", "Dites-nous ce qui vous manque : ..."
    r"|\b(?:nous\s+dire|dites-nous|donnez(?:-nous)?\s+votre\s+avis|votre\s+avis\s+(?:sur|compte))\b|"
    # an event's practical lines: "Garde d'enfants assurée sur place pendant le forum"
    r"\b(?:assurée?s?|proposée?s?|organisée?s?)\s+(?:sur\s+place|pendant\s+(?:la|le|les)\s+(?:réunion|forum|atelier|rencontre|séance|débat)s?)\b|"
    r"\bSDSF\b|sch[ée]ma\s+départemental|\bCOG\b|convention\s+d['’]\s*objectifs|contrat\s+de\s+pôle|depuis\s+\d{4}"
    r"|ont\s+porté|étapes|phases|permettre\s+de\s*:|vise\s+\d+\s+objectifs|bilan",
    FLAGS,
)
# history as a date: "depuis 2022" (does not exclude a sentence naming the CTG itself, see component.other_scheme)
SINCE_YEAR = re.compile(r"depuis\s+\d{4}", FLAGS)
# ... but not a thing's age told in a relative clause: "un accès facilité aux services, avec le bus France services
# qui circule depuis 2022" (one item of this convention's enumeration, not the sentence's history)
SINCE_IN_RELATIVE = re.compile(r"\b(?:qui|où)\s+(?:\S+\s+){1,3}$", FLAGS)
# a named centre social (text.cues.OTHER_SCHEME names one as a page's other subject) is a facility of this
# convention in a sentence about its actions: "Le centre social Les Tilleuls proposera des ateliers parents"
NAMED_CENTRE = re.compile(r"centre\s+social", FLAGS)
NAMES_CTG = re.compile(r"\bC\.?T\.?G\b|conventions?\s+territoriales?\s+globales?", FLAGS)
# the previous convention, as background: "Le 1er mars 2021 avait été signée une première convention ..."
# "avait été signée", and the pluperfect of an earlier or another territory's convention: "La commune voisine
# avait signé en 2019 une CTG consacrée au logement"
# ... and another territory's own convention: "La commune voisine a, elle, signé sa propre CTG en 2022, centrée
# sur le logement"
# the stems of what a convention's content did, to be told in the imperfect ("portait", "s'articulait")
# (and what it held: "Elle comptait quatre axes", "elle retenait trois priorités")
_IMPERFECT_CONTENT = (r"(?:s['’]\s*|se\s+)?(?:tourn|port|concern|couvr|cibl|prévoy|vis|comport|compren|inclu|articul|organis"
                      r"|concentr|déclin|structur|repos|compt|conten|regroup|fix|définiss|reten)")
# the first or former convention by its rank ("une première convention", "le premier texte", "la précédente CTG")
# and the participles that tell what it focused on ("centrée sur", "axée sur", "consacrée à")
_FORMER_RANKED = r"\b(?:le|la|une?|sa|son|leur|notre|cette|ce)\s+(?:premi(?:er|ère)|précédente?|ancienne?)"
_FORMER_DOC = r"(?:C\.?T\.?G|convention|texte|document|contrat|projet)"
_FOCUSED = r"(?:centr|consacr|ax|tourn|focalis|orient)(?:é|ée|és|ées)"
HISTORY = cue(r"\bavai(?:t|ent)\s+(?:déjà\s+)?(?:été\s+)?sign|\b(?:précédente|ancienne)\s+(?:convention|CTG)\b"
              # what the territory already had before it: "« Nous avions déjà des crèches, des accueils de loisirs, un
              # centre social. Mais ... »" (an official's words on the signing day)
              r"|\b(?:avions|avait|avaient|disposions|disposait|disposaient)\s+déjà\s+(?:des|un|une|beaucoup|plusieurs"
              r"|de\s+nombreu\w*|nos|notre|ses|son|sa|leurs?)\b"
              # the former contract: "Le précédent CEJ portait essentiellement sur les accueils de loisirs"
              r"|\b(?:précédent|ancien)\s+(?:C\.?E\.?J|contrat)\b"
              # (also in the plural, or as its process: "Leurs propres conventions, centrées sur ..., restent en
              # vigueur", "L'agglomération voisine a engagé sa propre démarche, qui concerne la petite enfance")
              # (or the members' own agreements beside it: "Les 38 communes gardent la possibilité de conclure avec la
              # Caf leurs propres engagements pour les accueils périscolaires")
              r"|\b(?:sa|leurs?)\s+propres?\s+(?:C\.?T\.?G|conventions?|démarches?|engagements)|\bvoisine?s?\b[^.\n]{0,60}\bsign"
              # (or by a possessive pronoun, a press article's neighbour: "La communauté de communes Xaintrie a signé
              # la sienne en 2022, centrée sur le logement")
              r"|\bsign\w*\s+(?:déjà\s+|aussi\s+)?(?:la\s+sienne|la\s+leur|les\s+leurs|les\s+siennes)\b"
              # the convention told in the imperfect is the earlier one: "En 2020, la convention tournait
              # essentiellement autour de l'accueil des jeunes enfants", "Elle comportait aussi un axe logement,
              # abandonné"; "après une première convention"
              # (or by its period: "Pour mémoire, la convention 2019-2023 s'articulait autour de la petite enfance")
              # (its rank and period between: "Pour rappel, la première convention (2020-2024) portait sur ...")
              rf"|(?:\b(?:la|cette|une)\s+(?:(?:première|précédente|ancienne)\s+)?(?:C\.?T\.?G|convention)"
              # (or a participle clause: "La convention arrivant à échéance s'organisait autour de ...")
              rf"(?:\s*\([^)\n]{{0,20}}\))?|^\W*elle)\s+(?:[\w-]+ant\s+(?:[\w'’-]+\s+){{0,2}}?)?(?:[\w-]+\s+)?"
              rf"{_IMPERFECT_CONTENT}ait\b"
              # ... and in the plural: "Les premières conventions communales portaient surtout sur la petite enfance"
              rf"|\b(?:les|ces|des|leurs)\s+(?:\w+\s+)?(?:C\.?T\.?G|conventions)\s+(?:[\w-]+\s+)?{_IMPERFECT_CONTENT}aient\b"
              r"|\baprès\s+une\s+première\s+(?:C\.?T\.?G|convention)"
              # ... or as the document of its time: "Le document de l'époque, conclu pour quatre ans, s'articulait
              # autour des crèches" (a renewal's story)
              r"|\b(?:document|texte|convention|contrat|CTG)\s+de\s+l['’]\s*époque\b"
              # ... or named by its rank alone: "La précédente, conclue en 2019, portait surtout sur ...", "La
              # première, signée en 2017, avait permis de créer des places en crèche"
              # (not a rank in an answer: "La première, c'est l'accueil des tout-petits")
              # (also after the colon that ranks this one: "C'est la deuxième : la première, signée en 2018, portait
              # sur la petite enfance")
              r"|(?:^|[:;])\W*(?:la|sa|leur|notre)\s+(?:précédente|première)\s*,\s*(?:\w+\s+)?(?:signée|conclue|adoptée|passée"
              r"|engagée|lancée)\b"
              # ... and in the pluperfect: "La première convention, signée en 2018, s'était concentrée sur ..."
              r"|\b(?:s['’]\s*)?(?:était|étaient|avait|avaient)\s+(?:\w+\s+)?(?:concentr|centr|limit|focalis|port|cibl"
              r"|consacr|bâti|constru|articul|organis|axé|orienté|structur|permi|financ)\w*"
              # a renewal's story telling the first convention's content after a comma's incise or its period, in
              # the imperfect, a relative in the imperfect or what it achieved: "Le premier texte, signé en 2018,
              # couvrait la petite enfance et l'habitat ; ...", "Elle prend la suite d'une première convention
              # 2019-2022 qui visait surtout les crèches", "Une première convention, conclue en 2017, a permis de
              # financer deux relais"
              rf"|{_FORMER_RANKED}\s+{_FORMER_DOC}\b[^.;:!?]{{0,50}}?(?:\bqui\s+(?:[\w'’-]+\s+)?)?\b{_IMPERFECT_CONTENT}ait\b"
              rf"|{_FORMER_RANKED}\s+{_FORMER_DOC}\b[^.;:!?]{{0,50}}?\b(?:a|avait)\s+(?:déjà\s+)?permis\b"
              # ... or its focus as a participle, the first one being what this one follows ("Cette convention
              # prolonge la première (2018-2022), centrée sur l'accueil du jeune enfant") or set in its time by
              # "alors", "à l'époque" ("Elle succède à une première CTG signée en 2018, axée alors sur le logement")
              rf"|\b(?:prolong\w*|succèd\w*\s+à|fai\w*\s+suite\s+à|pren\w*\s+la\s+suite\s+d['’e]|poursui\w*)\s+"
              rf"{_FORMER_RANKED}(?:\s+{_FORMER_DOC}\b[^.;:!?]{{0,50}}?|\s*(?:\([^)\n]{{0,20}}\))?\s*,\s*)"
              rf"\b{_FOCUSED}(?:\s+alors|\s+à\s+l['’]\s*époque)?\s+(?:(?:surtout|essentiellement|principalement|uniquement)\s+)?"
              r"(?:sur|à|aux?|vers|autour)\b"
              rf"|\b{_FOCUSED}\s+(?:alors|à\s+l['’]\s*époque)\s+(?:(?:surtout|essentiellement|principalement|uniquement)\s+)?"
              r"(?:sur|à|aux?|vers|autour)\b"
              # ... or the territory told as one of the first to have signed one, in the pluperfect: "La commune avait
              # été, dès 2016, l'une des premières du département à signer, avec une convention tournée vers ..." (not
              # one of the first to open a facility the convention keeps: "avait été parmi les premiers à créer un
              # espace de vie sociale, que la convention pérennise")
              r"|\bavai(?:t|ent)\s+été\b[^.;:!?]{0,40}?\b(?:l['’]\s*une?|parmi)\s+(?:des\s+|les\s+)?(?:premi\w+|pionni\w+)"
              r"\b[^.;:!?]{0,40}?\bà\s+(?:s['’]\s*engager|signer|conclure|entrer|adopter)\b",
              FLAGS)
# on an amendment's page (its headlines name an avenant or a prolongation), the amended convention told in the imperfect
# is still this one: "Avenant de prolongation de la CTG\n... Elle portait sur quatre champs : ...", "Jusqu'ici, la CTG
# portait sur trois domaines : ... L'avenant y ajoute un volet jeunesse." (not a first or former one: HISTORY holds)
AMENDMENT = cue(r"\bavenant|\bprolong\w*|\bprorog\w*")
AMENDED_CONTENT = cue(rf"(?:\b(?:la|cette)\s+(?:C\.?T\.?G|convention)|^\W*(?:jusqu['’]\s*(?:ici|à\s+présent|alors)\s*,\s*)?elle)"
                      rf"\s+(?:[\w-]+\s+)?{_IMPERFECT_CONTENT}ait\b")
# a renewal's sentence that opens on the former convention, fronted before the new one as its subject: "Dans le
# prolongement de la première CTG, qui avait permis d'ouvrir un relais petite enfance, la nouvelle convention donne la
# priorité aux adolescents et à l'accès aux droits" (the fronted part is the past, blanked like a negation; the main
# clause tells this convention's fields; not a contrast, "Alors que la précédente convention portait sur ..., la
# nouvelle ...", which HISTORY keeps as the past)
FRONTED_FORMER = cue(r"^\W*(?:dans\s+(?:le\s+prolongement|la\s+continuité|la\s+lignée)\s+d|à\s+la\s+suite\s+d|après|forte?\s+d"
                     r"|s['’]\s*appuyant\s+sur|comme)\w*[^.;:]*?\b(?:précédente?|ancienne?|première|premier)\s+"
                     r"(?:C\.?T\.?G|convention|contrat|C\.?E\.?J)\b[^;:]*?,\s*(?=(?:la|cette|notre|leur)\s+(?:nouvelle|deuxième"
                     r"|seconde|2e|2ème|troisième|présente)\s+(?:C\.?T\.?G|convention)\b)")
FORMER_RANK = cue(r"\b(?:première|premier|précédente?|ancienne?|initiale?)\b")
# ... and there, the next convention as a sentence's subject is another one: "La future CTG 2024-2028 devrait intégrer
# l'accès aux droits." (not the amended one's fields beside it: "Afin de préparer la future convention, la Caf propose
# de prolonger la convention en cours, sans modification de ses orientations (petite enfance, ...)")
# (and the new diagnostic the prolongation leaves time for, widened to other fields: "Le temps de mener un nouveau
# diagnostic, élargi au logement et à l'insertion, la convention est prolongée d'un an")
FUTURE_CONVENTION = cue(r"^\W*(?:[\w'’-]+\W+){0,2}?(?:la|une|sa|leur|notre)\s+(?:future|prochaine)\s+(?:C\.?T\.?G|convention)"
                        r"|\bnouveau\s+diagnostic\b[^.;:!?]{0,20}?\b(?:élargi|étendu|ouvert)e?s?\s+(?:à|aux|au)\b")
# the page's convention still being written: "La commune et la Caf ont lancé l'élaboration de leur première CTG",
# "entrée dans une démarche de CTG en 2025", "L'agglomération prépare sa prochaine CTG", "un diagnostic partagé est en
# cours jusqu'en juin" (a job offer's context, whose missions' working groups are the preparation's, not
# fields of a convention no one has written yet; not the renewal of a signed one, "le renouvellement de la convention
# 2020-2024", whose fields the missions may carry on)
_THE_CTG = r"(?:C\.?T\.?G|Ctg|convention)"
BEING_PREPARED = cue(r"\b(?:élaboration|préparation|construction|écriture|rédaction)\s+(?:de\s+(?:sa|la|leur|son|notre)"
                     r"|d['’]\s*une)\s+(?:(?:première|future|nouvelle|prochaine)\s+)?" + _THE_CTG
                     + r"|\bdémarche\s+de\s+(?:la\s+|une\s+)?" + _THE_CTG
                     + r"|\bprépare(?:nt)?\s+(?:le\s+renouvellement\s+de\s+)?(?:sa|leur|la|une)\s+"
                       r"(?:(?:première|future|nouvelle|prochaine)\s+)?" + _THE_CTG
                     + r"|\bdiagnostic\s+(?:partagé\s+)?(?:est\s+)?en\s+cours\b")
# ... and the former convention or contract described in a relative clause in the imperfect, or signed by "us" before:
# "Vu la délibération approuvant la première convention territoriale globale 2018-2021, laquelle portait sur
# l'enfance", "Considérant que la CTG en vigueur, qui portait sur la petite enfance, arrive à échéance", "le contrat
# enfance jeunesse signé en 2016 finançait surtout les crèches", "Nous avions signé une première CTG en 2019"
_FORMER_NOUN = r"(?:C\.?T\.?G|conventions?(?:\s+territoriales?\s+globales?)?|contrats?\s+enfance[\s-]+jeunesse|CEJ)"
FORMER_CONVENTION = cue(rf"\b{_FORMER_NOUN}\b[^.;:!?]{{0,80}}?,\s*(?:laquelle|lequel|lesquel(?:le)?s|qui)\s+"
                        rf"(?:[\w'’-]+\s+)?(?:finan[cç]|{_IMPERFECT_CONTENT})ai(?:t|ent)\b"
                        rf"|\b(?:contrats?\s+enfance[\s-]+jeunesse|CEJ)\b[^.;:!?,]{{0,40}}?\b(?:finan[cç]|{_IMPERFECT_CONTENT})"
                        r"ai(?:t|ent)\b"
                        r"|\bavions\s+(?:déjà\s+)?(?:signé|conclu|adopté)")
# the former contract as what this convention replaces is no story of the past: "Ce document remplace l'ancien contrat
# enfance jeunesse et fixe une feuille de route : ..." (a magazine's brief)
# ... nor the former convention as what this one adds fields to: "Elle y ajoute un axe « parentalité » aux champs de la
# précédente convention (petite enfance, enfance et jeunesse)" (a renewal keeping the former fields)
ADDED_TO_FORMER = cue(r"\b(?:ajout\w*|adjoin\w*)\b[^.;:!?]{0,120}?\b(?:aux?|à\s+la|à\s+l['’])\s+(?:(?:champs|axes|orientations"
                      r"|thématiques|priorités|actions)\s+(?:de\s+la|du|de\s+l['’])\s+)?(?:précédente|ancienne|première)\s+"
                      r"(?:convention|CTG)\b")
REPLACED = cue(r"\b(?:remplace|succède\s+à|prend\s+le\s+relais\s+d)\w*\s+(?:l['’]\s*|le\s+|au\s+|du\s+)?"
               r"(?:précédent|ancien)\s+(?:C\.?E\.?J|contrat)\b")
# on a renewal's page, the first convention opening a sentence is the earlier one: "Considérant que la première
# convention, centrée sur l'accueil du jeune enfant, ..." (read only where the page speaks of a renewal)
RENEWAL = cue(r"renouvel|recondu|\b(?:deuxième|seconde|2e|2ème|nouvelle)\s+(?:génération|C\.?T\.?G|convention)", FLAGS)
FIRST_CONVENTION = cue(r"^\W*(?:considérant\s+que\s+)?(?:\w+\W+){0,3}?(?:la|sa|leur|notre|cette)\s+première\s+"
                       r"(?:C\.?T\.?G|convention)\b", FLAGS)
# a facility named as the venue of the signing is not a field: "La Maison de l'enfance de Villars accueillait ..."
# (or put first in a cleft sentence: "C'est dans les locaux du centre socioculturel que le maire et la Caf ont signé")
VENUE = re.compile(r"\b(?:Maison|Espace|Pôle|Salle|Centre|Cité)\s+(?:de\s+l['’]\s*|de\s+la\s+|des\s+|du\s+)?"
                   r"(?:[Ee]nfance|[Jj]eunesse|[Ff]amilles?|[Pp]etite\s+[Ee]nfance)\s+(?:de|d['’]|du)\s*[A-ZÀ-Þ][\w-]+"
                   r"|\b[Cc]['’]\s*est\s+(?:dans\s+les\s+locaux\s+d\w*|au|à\s+la|à\s+l['’]|dans\s+la|dans\s+l['’])\s*[^,.]{1,60}?"
                   r"\s+qu(?:e|['’])"
                   # ... or where the partners signed or met, a house of public services: "ont signé à la Maison des
                   # services publics de Saint-Lô la convention", "avaient fait le déplacement à la maison France services"
                   r"|\b(?:sign\w*|réuni\w*|rassemblé\w*|déplacement|accueilli\w*)\s+(?:[^.,;:\n]{0,30}?\s)?(?:à|dans)\s+"
                   r"(?:la|les\s+locaux\s+de\s+la)\s+[Mm]aison\s+(?:des\s+services(?:\s+publics|\s+au\s+public)?"
                   r"|France\s+services)\b")
# the convention declining another scheme's fields locally, or taking over from it, is about this convention:
# "La CTG décline localement les orientations du schéma départemental en matière de petite enfance, de jeunesse...",
# "Cette convention remplace le contrat enfance jeunesse. Elle fixe pour quatre ans :" (a list that is the CTG's)
CONVENTION_OVER_SCHEME = re.compile(accents_optional(
    # (or its other names and its pronoun: "Ce document remplace l'ancien contrat enfance jeunesse et fixe ...")
    r"^\W*(?:(?:la|cette|notre)\s+(?:nouvelle\s+)?(?:C\.?T\.?G|convention)\b|elle\b|ce\s+(?:nouveau\s+)?(?:document|texte"
    r"|contrat|partenariat)\b|le\s+(?:nouveau\s+)?texte\b)[^.]{0,40}"
    r"\b(?:déclin|remplace|succède|prend\s+(?:la\s+suite|le\s+relais))"
    # (and the former convention's review leading to the new one, whose orientations the sentence goes on to give: "Le
    # bilan réalisé avec les partenaires conduit à proposer une nouvelle convention, dont les orientations sont : ...",
    # a council's deliberation on a renewal)
    r"|\bbilans?\b[^.]{0,80}?\b(?:condui\w*|about\w*|débouch\w*|permis|permet)\s+(?:à|sur|de)\s+(?:[\w'’]+\s+){0,3}?"
    r"(?:une|la|cette|notre)\s+(?:nouvelle\s+)?(?:C\.?T\.?G|convention)\b"), FLAGS)
# ... and another scheme that is the work of one of its actions: "Parmi les actions réalisées figurent l'agrandissement
# du multi-accueil, l'élaboration d'un projet éducatif du territoire et une action vers la parentalité" (searched on the
# words just before the scheme's name)
SCHEME_AS_WORK = cue(r"\b(?:élaboration|rédaction|écriture|création|mise\s+en\s+place)\s+(?:d['’]\s*un|du|de\s+la|d['’]\s*une)\s*$")
# (and an item that is such an action: "l'élaboration d'un projet éducatif du territoire", whose words name no field
# once the scheme's name is set aside)
SCHEME_WORK_ITEM = cue(rf"^\W*(?:l['’]\s*|la\s+)?(?:élaboration|rédaction|écriture|création|mise\s+en\s+place)\s+(?:d['’]\s*un|du"
                       rf"|de\s+la|d['’]\s*une)\s*(?:{SCHEME_NAMES})")
# another scheme named as what the convention was drawn from is no other scheme's list: "Le nouveau texte, élaboré à
# partir du schéma départemental des services aux familles, retient six enjeux :" (searched on the text just before
# the scheme's name; "Dans le cadre du contrat de ville, ..." is that scheme's)
SCHEME_AS_BASIS = cue(r"(?:à\s+partir|s['’]\s*appu\w+\s+sur|fondée?s?\s+sur|issue?s?|nourrie?s?\s+(?:par|de)"
                      r"|en\s+(?:cohérence|articulation)\s+avec|articulée?s?\s+avec|dans\s+le\s+prolongement"
                      # (or what an item of the convention is linked to: "2) structurer l'offre de loisirs des
                      # enfants en lien avec le PEDT", one of the axes a council's deliberation gives it)
                      r"|en\s+lien\s+avec"
                      # (and the former convention's review the new one builds on: "Forte de ce bilan, la
                      # municipalité a choisi d'élargir ses ambitions :")
                      r"|fort(?:e|s|es)?\s+de\s+(?:ce|cet|cette|ces|son|sa|ses|leur|leurs)"
                      # (or where the renewed convention's new fields were found: "Elle s'élargit à des champs repérés
                      # lors du bilan :", "... des besoins identifiés au cours de l'évaluation")
                      r"|(?:identifi|repér|dégag|relev)\w*\s+(?:lors|au\s+cours|à\s+l['’]\s*issue|au\s+terme))"
                      r"\s*(?:d[eu]s?\s+|de\s+la\s+|d['’]\s*|l['’]\s*|les?\s+|la\s+|aux?\s+)?$", FLAGS)
# ... unless the scheme then heads a relative clause of its own, whose fields are the scheme's: "Cette convention
# s'inscrit dans le prolongement du schéma départemental des services aux familles, qui fixe des priorités en
# matière d'accueil du jeune enfant et de parentalité." (searched from the end of the scheme's name)
SCHEME_RELATIVE = re.compile(r"[^.;:«»\n]{0,60}?,\s*qui\s", FLAGS)
# an official's portfolio names fields that are not the convention's: "Adjoint à la vie associative et à la jeunesse"
# (the portfolio ends at the official's verb: what she says or presents after it is the story's, "L'adjointe aux
# solidarités ajoute que l'épicerie solidaire entre aussi dans la convention", "Le vice-président chargé de l'enfance
# a présenté le conseil des jeunes, qui figure dans la convention")
_PORTFOLIO_END = (r"\s(?:a|ont|avait|est|sont|que|qu['’]|qui|ajoute|rappelle|précise|explique|souligne|indique|insiste"
                  r"|présente|annonce|détaille|cite|résume|salue|évoque|met|défend|se|s['’])(?![\w'’-])")
ROLE_TITLE = cue(
    r"\b(?:adjointe?|vice-présidente?|conseill[eè]re?\s+(?:municipale?|départementale?|communautaire|délégué\w*)"
    r"|déléguée?|élue?|chargée?\s+de\s+mission)\s+(?:(?:en\s+charge|chargée?|déléguée?)\s+)?(?:à|aux|au|de|du|des|d['’])\s"
    rf"(?:(?!{_PORTFOLIO_END})[^,.;:]){{0,90}}"
    # (a portfolio of several fields, its commas each before a "de": "la vice-présidente en charge de l'enfance, de la
    # jeunesse et des solidarités", a committee's member in a convention's governance article)
    r"(?:,\s*(?:de\s+la|de\s+l['’]|des|du|de|d['’]|à\s+la|à\s+l['’]|aux|au)\s*[^,.;:]{0,60})*"
    # ... and a post or a body named after its fields: "la coordinatrice enfance-jeunesse", "le syndicat intercommunal
    # enfance jeunesse" (not "recruter des animateurs jeunesse", an action; nor the professionals of a field, whom
    # the real gold reads as naming it; nor a post the convention creates: "la création d'un poste de coordinateur
    # jeunesse", "recrutement d'une coordinatrice parentalité")
    # (and a quote's speaker named by her trade after the verb of saying: "« Le premier problème, c'est la
    # distance », résume une assistante maternelle de Lasalle", "explique l'animatrice du relais petite enfance")
    r"|\b(?:explique|résume|témoigne|raconte|confie|souligne|sourit|ajoute|regrette|note|insiste|précise|lance|assure"
    r"|estime|reconnaît|glisse|rappelle|soupire)\s+(?:une?|la|le|l['’])\s*(?:[\w'’-]+\s+){0,2}?(?:assistante?s?\s+maternel\w*"
    r"|animat(?:eur|rice)|éducat(?:eur|rice)|puéricultrice|auxiliaire\s+de\s+puériculture|accueillante?|professionnelle?)"
    r"\b[^,.;:»«]{0,60}"
    # (and a committee whose opinion a deliberation cites, named after its fields: "Vu l'avis de la commission
    # Affaires scolaires, enfance et jeunesse du 24 février", "après avis favorable de la commission Solidarités")
    r"|\bavis\s+(?:favorable\s+)?(?:de\s+la|des)\s+commissions?\b[^.;\n]{0,80}"
    # (an elected member named by her assembly before her portfolio, a press quote's attribution, the portfolio
    # one or two words and its pairs: "sourit l'élue communautaire chargée de la cohésion sociale", not the words
    # after it, "L'élue municipale déléguée à la famille cite les accueils de loisirs")
    r"|\bélue?s?\s+(?:municipale?|communautaire|départementale?|régionale?|métropolitaine?)s?\s+(?:en\s+charge|chargée?"
    r"|déléguée?)\s+(?:à|aux|au|de|du|des|d['’])\s*(?:la\s+|l['’]\s*|les\s+)?[\w'’-]+(?:\s+(?!et\b)[\w'’-]+)?"
    r"(?:\s*(?:,|et)\s+(?:de\s+la|de\s+l['’]|des|du|de|d['’]|à\s+la|à\s+l['’]|aux|au)\s*[\w'’-]+(?:\s+(?!et\b)[\w'’-]+)?)*"
    r"|\b(?<!poste\sde\s)(?<!recrutement\sd['’]un\s)(?<!recrutement\sd['’]une\s)(?<!recruter\sun\s)(?<!recruter\sune\s)"
    r"(?:coordinat(?:eur|rice)s?|directeur|directrice|responsables?|syndicat(?:\s+intercommunal)?)"
    r"\s+(?:de\s+la\s+|de\s+l['’]\s*|des\s+|du\s+|de\s+)?(?:petite[\s-]+enfance|enfance|jeunesse|familles?|parentalité)"
    r"(?:\s*(?:[-/,]|et)\s*(?:de\s+la\s+|de\s+l['’]\s*|la\s+|l['’]\s*|les\s+)?(?:petite[\s-]+enfance|enfance|jeunesse"
    r"|familles?|parentalité))*",
    FLAGS)

# a service or department named after its fields is an office, not a field: "le service enfance-jeunesse",
# "Pôle Petite enfance et familles", "la direction de la jeunesse" (not "créer un service jeunesse")
# (and its head, named by the department: "Délégation de signature au directeur général adjoint Cohésion sociale",
# "la directrice du pôle Solidarités", an act's title; a department of social cohesion or of social life is an office
# too: "la direction de la cohésion sociale")
SERVICE_NAME = cue(
    r"(?:\b(?:le|du|au|ce|notre|votre|la|à\s+la)\s+|^\W*|:\s*)(?:service|pôle|direction|(?:directeur|directrice)"
    r"(?:\s+générale?)?(?:\s+adjointe?)?)\s+(?:de\s+la\s+|de\s+l['’]\s*|des\s+|du\s+)?"
    r"(?:petite[\s-]+enfance|enfance|jeunesse|familles?|parentalité|éducation|cohésion\s+sociale|vie\s+sociale)"
    r"(?:\s*(?:[-/,]|et)\s*(?:la\s+|l['’]\s*|les\s+)?(?:petite[\s-]+enfance|enfance|jeunesse|familles?|parentalité"
    r"|éducation|sports?|loisirs))*", FLAGS | re.MULTILINE)
# a headline's or breadcrumb's rubric names the site's section, not the convention's fields: "Enfance, jeunesse,
# familles : la ville et la Caf renouvellent leur CTG", "Enfance – Jeunesse > La convention territoriale globale",
# "Délibération n° 2022-042 : Enfance Jeunesse – Approbation de la CTG" (read on the page's first lines only)
RUBRIC = cue(r"^\W*(?:(?:délibération|objet|rubrique)\b[^:\n]{0,30}:\s*)?"
             r"(?:[^\W\d][\w'’-]*(?:\s*(?:,|/|&|\+)\s*|\s+et\s+|\s+[-–]\s+|\s+)){0,4}[^\W\d][\w'’-]*"
             r"\s*(?::|>|›|\||\s[–—-])\s", FLAGS)
ITEM_TITLE_MAX_CHARS = 150  # an agenda item's title on its line (ThemesComponent.amendment_page; a long one names
# its rubric, the matter and the partner: "Point n° 7 – Cohésion sociale – Engagement dans l'élaboration d'une convention
# territoriale globale avec la Caf de l'Indre")
RUBRIC_LINES = 4  # how many of the page's first non-blank lines may be headlines
# a council's minutes or agenda, by its headlines: "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL COMMUNAUTAIRE", "Compte rendu
# du conseil municipal du 4 mars", "Ordre du jour"
MINUTES_HEADLINE = cue(r"procès[- ]verbal|compte[- ]rendu|ordre\s+du\s+jour|registre\s+des\s+délibérations"
                       r"|séance\s+du\s+conseil|conseil\s+(?:municipal|communautaire|métropolitain)\s+du\b")
# a Caf's or a network's day of the conventions' coordinators, by its headlines: "Retour sur la 3e journée
# départementale des CTG", "Rencontre départementale des chargés de coopération CTG", "Les coordinateurs des conventions
# territoriales globales se retrouvent à Rodez": the fields it names are workshops' topics or examples from several
# territories' conventions, none of one convention (ThemeLabelsComponent leaves its themes out)
NETWORK_MEETING = cue(r"\b(?:journée|rencontre|réunion|séminaire|forum)s?\s+(?:[\w'’]+\s+){0,2}?(?:des|du)\s+"
                      r"(?:réseau\s+des\s+)?(?:coordinat\w+|coordonnat\w+|chargée?s\s+de\s+coopération|C\.?T\.?G"
                      r"|conventions\s+territoriales)\b"
                      r"|\b(?:coordinat\w+|coordonnat\w+|chargée?s\s+de\s+coopération)\b[^\n]{0,60}?\bse\s+"
                      r"(?:retrouvent|réunissent|rencontrent)\b")
# ... and the title of one of its items, numbered on its line: "5. Cohésion sociale – Renouvellement de la CTG",
# "Point n°3 : Tarifs de la cantine" (the number is the title's group "n")
AGENDA_ITEM_TITLE = re.compile(r"^\W{0,3}(?:point\s+n°\s*)?(?P<n>\d{1,2})\s*[.)]?\s*[.)–—:-]\s*(?=[A-ZÀ-Þ])", FLAGS)
AGENDA_ITEMS_MIN = 3
# ... the act an agenda item takes on the convention: "6. Convention territoriale globale 2022-2025 – approbation et
# autorisation de signature", "4. Solidarités – Avenant n°2 à la CTG"
AGENDA_ACT = cue(r"\b(?:approbation|approuver|avenant|renouvellement|autorisation|autoriser|adoption|adopter|signature"
                 r"|validation|valider)\b")
# a question told in indirect speech states nothing, like an asked one: "Mme D. demande si les communes sans accueil
# de loisirs seront associées", "Un conseiller s'interroge sur le coût des crèches" (a council's minutes, a report)
INDIRECT_QUESTION = cue(r"\b(?:demande|demandent|a\s+demandé|ont\s+demandé)\s+(?:si|s['’]\s*ils?|pourquoi|comment|quand"
                        r"|combien)\b|\bs['’]\s*interroge\w*\s+(?:sur|si)\b|\bse\s+demande\w*\s+(?:si|s['’]\s*ils?)\b")
# ... or two, in an excerpt of minutes, when each title names its rubric before a dash, as agendas do: "Point n° 7 –
# Cohésion sociale – Engagement dans une CTG" then "Point n° 8 – Déchets – Rapport annuel" (not a numbered list of
# fields: "1. Petite enfance\n...\n2. Jeunesse")
AGENDA_RUBRIC_TITLE = re.compile(AGENDA_ITEM_TITLE.pattern + r"(?:[^\W\d][\w'’-]*\s+){0,3}[^\W\d][\w'’-]*\s+[–—-]\s+\S",
                                 FLAGS)
# ... and anywhere on the page, the rubric of a council's agenda item or deliberation (the department in charge),
# before the item's title: "Délibération n° 12 – Cohésion sociale – Approbation de la CTG", "Point n°7 – Enfance :
# renouvellement de la convention territoriale globale", "4. Jeunesse – Convention territoriale globale avec la Caf"
# (labelled as an item, whatever its title; or before the convention's bare name, so that "Jeunesse : la CTG prévoit
# un point information jeunesse" keeps its field)
# (or labelled by the deliberation's reference code alone: "DEL-2024-118 – Cohésion sociale – Convention territoriale
# globale avec la Caf – Avenant", a town's register of deliberations)
_AGENDA_LABEL = (r"(?:délibération|objet|point|rapport|dossier|question|(?-i:DEL|DCM|DCC)(?=[\s.°n/-]*\d))\b[^:\n–—]{0,30}?"
                 r"(?::|\s[–—-])\s*")
_AGENDA_RUBRIC = r"(?:[^\W\d][\w'’-]*(?:\s*(?:,|/|&|\+)\s*|\s+et\s+|\s+)){0,4}[^\W\d][\w'’-]*\s*(?::|\s[–—-])\s"
AGENDA_RUBRIC = cue(rf"^\W*(?:{_AGENDA_LABEL}{_AGENDA_RUBRIC}|(?:\d{{1,2}}\s*[.)]\s*)?{_AGENDA_RUBRIC}(?=\s*"
                    r"(?:(?:approbation|renouvellement|signature|adoption|avenant|autorisation|validation|présentation)"
                    r"\b[^:\n–—]{0,30}?)?(?:C\.?T\.?G\b|conventions?\s+territoriales?\s+globales?)))", FLAGS)
# another scheme's name names no field of this convention: "sa CTG, son PEDT et le contrat local de santé"; nor does
# the Caf's funding of signatories: "faire bénéficier des bonus territoire tous les équipements cofinancés", with the
# facilities it pays for, to its clause's end (a Caf's page on what it brings to any CTG: "• les bonus territoire pour
# les crèches et les accueils de loisirs des communes signataires ;")
# (over the acronyms in brackets of the facilities it pays for: "Le bonus territoire est versé aux établissements
# d'accueil du jeune enfant (EAJE) et aux accueils de loisirs (ALSH) situés sur un territoire couvert par une CTG")
# (and whom it is paid to, after a comma or a sentence break: "Les aides passent par le bonus territoire, versé aux
# gestionnaires des multi-accueils et des ALSH", "Elles sont versées aux gestionnaires des structures (multi-accueils,
# ludothèques)", an explainer's funding paragraph)
SCHEME_NAME = re.compile(rf"{SCHEME_NAMES}|\bbonus\s+territoires?\b(?:[^;,.:()\n]|\([^()\n]*\))*"
                         r"|\bversée?s?\s+(?:directement\s+)?aux\s+gestionnaires\b(?:[^;.:()\n]|\([^()\n]*\))*", FLAGS)
# a public that is a weak word in prose ("les parents", "les jeunes") names its field as the object of an action:
# "... de soutenir les parents, notamment lors de la séparation, d'accompagner les jeunes dans leurs projets"
# (the verb also in the present, in a relative clause: "soutenir les associations qui accompagnent les jeunes")
ACTION_ON_PUBLIC = re.compile(r"(?:\b(?:soutenir|soutien\s+(?:à|aux)|soutien(?:nent|t)|accompagn(?:er|e|ent)|accompagnement\s+des"
                              r"|aid(?:er|ent)|aide\s+aux|informer"
                              r"|écouter|épauler|orienter|mobiliser|associer|impliquer"
                              # (or what is given to the public: "à donner aux jeunes un accès aux loisirs", "offrir aux
                              # parents un lieu d'écoute", a council's objectives in the infinitive)
                              r"|donner|offrir|proposer)\s+(?:les\s+|des\s+|nos\s+|aux\s+|l['’]\s*)?"
                              # (or the public what the convention "is", told in an official's run of "c'est":
                              # "« Cette convention, c'est d'abord les tout-petits. C'est aussi les jeunes, qui partent
                              # faute de perspectives. »")
                              r"|\bc['’]\s*est\s+(?:d['’]\s*abord|aussi|également|surtout|enfin|encore)\s+(?:les\s+|nos\s+)"
                              # (or a service for the public: "des lieux pour les parents", "des soirées-débats pour les
                              # parents", "un accompagnement pour les parents qui se sentent dépassés")
                              r"|\b(?:lieux?|espaces?|soirées?(?:-débats?)?|ateliers?|accompagnements?|groupes?\s+de\s+parole"
                              # (or times of exchange among them: "des temps d'échange entre parents", "proposer des temps
                              # d'échange aux parents", a convention's objective told in a sentence)
                              r"|rencontres?|activités?|temps\s+d['’]\s*échanges?)\s+(?:[\w'’-]+\s+){0,2}?"
                              # (or activities given to them, right after the word: "offrir « des activités aux jeunes, en
                              # dehors du temps scolaire »"; not "ces rencontres sont ouvertes aux parents")
                              r"(?:pour|(?:(?<=activités\s)|(?<=activité\s))aux(?=\s+(?:jeunes|parents)\b)|destiné\w*\s+aux|à\s+destination\s+des"
                              r"|(?<=échange\s)(?:entre|aux)|(?<=échanges\s)(?:entre|aux))\s+"
                              r"(?:les\s+|nos\s+|des\s+)?"
                              # (or the young as the complement of a field, or the public an official dwelt on: "Nous
                              # avons inscrit la mobilité et la santé des jeunes", "l'accès des jeunes à l'emploi", "La
                              # directrice a insisté sur les jeunes", a reporter's or an official's prose; "le logement
                              # des jeunes" is a taxonomy term of its own)
                              r"|\b(?:insertion|santé|mobilité|emploi|autonomie|accès|engagement|orientation"
                              # (or their reception: "une étude sur l'accueil des jeunes le week-end", a brief)
                              r"|loisirs|formation|information|accompagnement|accueil|prise\s+en\s+charge)\s+(?:des|de\s+nos)\s+(?=jeunes\b)"
                              r"|\b(?:insist\w*\s+sur|évoqu\w*)\s+(?:les|nos)\s+(?=jeunes\b)"
                              # (or the public a part of the convention is about, told by an official or a reporter:
                              # "les élus ont voulu un volet sur les jeunes", "un axe consacré aux parents")
                              r"|\b(?:volets?|axes?)\s+(?:sur|pour|consacrés?\s+aux|dédiés?\s+aux)\s+(?:les\s+|nos\s+)?"
                              # (or the public an official's wish is for, in the subjunctive: "Nous voulons aussi que les
                              # jeunes aient des lieux à eux", "Trois choses : que les parents ne soient plus seuls", "pour
                              # que les jeunes trouvent un premier emploi"; not what a diagnostic found: "On sait que nos
                              # jeunes partent", "et que les jeunes manquent de lieux")
                              r"|(?:\b(?:voul\w*|veu[xt]|veulent|faut|souhait\w*|espér\w*|espère\w*|pour|afin)\s+(?:[\w'’-]+\s+){0,2}?"
                              r"|[:;,«][^\S\n]*(?:(?:d['’]\s*abord|ensuite|enfin|aussi|premièrement|deuxièmement)\s*,?\s+)?)"
                              r"que\s+(?:les|nos)\s+)"
                              # (not the young of another public: "soutenir les jeunes parents" are parents: a town's
                              # news item, "la Caf mettra l'accent sur l'aide aux jeunes parents et sur le logement")
                              # (nor parents who work, whose need is a childcare place: "que les parents qui travaillent
                              # tôt trouvent une solution de garde")
                              r"(?:(?:(?:jeunes|futurs|nouveaux)\s+)?parents(?!\s+qui\s+travaill)|jeunes(?!\s+(?:parents|ménages|couples|enfants|familles|mères|pères))"
                              r"|familles\s+monoparentales)\b", FLAGS)
# "numérique", weak in prose ("la version numérique du guide", "la transition numérique"), names digital inclusion as
# the object of help, access or distance ("un accompagnement au numérique pour les allocataires", "les habitants les plus
# éloignés du numérique", "prévenir le décrochage numérique des personnes âgées") or as the kind of a helper or a
# service desk ("la Caf financera deux médiatrices numériques", "l'ouverture de permanences numériques dans trois
# mairies"): a council's or an official's prose, where no list names the field outright
DIGITAL_HELP = re.compile(r"\b(?:(?:accompagnements?|aides?|initiations?|accès|formations?|éloigné\w*|exclu\w*|exclusion"
                          r"|décrochage|autonomie|appropriation|familiarisation|sensibilisation)\s+(?:au|du)\s+numérique"
                          r"|(?:décrochage|exclusion|médiat(?:eur|rice)s?|permanences?|points?|espaces?|bus|aidants?"
                          r"|accompagnements?)\s+numériques?"
                          # (or access to it coordinated with access to rights, or the online services and procedures:
                          # "l'accès aux droits, au numérique et aux services publics", "l'accès à leurs droits et aux
                          # services numériques", "leurs démarches administratives et numériques", "la maîtrise du
                          # numérique")
                          r"|accès\s+(?:aux?|à)\s+[^.;:!?\n]{0,60}?(?:,|\bet)\s+(?:au\s+numérique|aux\s+services\s+numériques)"
                          r"|démarches\s+(?:administratives\s+)?et\s+numériques|maîtrise\s+du\s+numérique)\b", FLAGS)
# "droits", weak in prose ("les droits de l'enfant", "les droits de vote"), names access to rights as what the public
# knows, claims or is told about, or what it is entitled to: "aller vers les familles qui ne connaissent pas leurs
# droits", "aider les habitants à faire valoir leurs droits", "mieux informer les familles sur leurs droits", "les aides
# auxquelles elles ont droit", "ceux qui ne touchent pas ce à quoi ils ont droit", "les prestations auxquelles elles
# peuvent prétendre", "des familles qui ignorent leurs droits" (a council's or an official's prose, a brief's non-take-up;
# the judge of the sentence keeps explainers and other stories out)
RIGHTS_CLAIMED = re.compile(r"\b(?:conna(?:ître|issent|isse|issant|it)|faire\s+valoir|informer\s+(?:[\w'’-]+\s+){0,3}?sur"
                            r"|information\s+(?:[\w'’-]+\s+){0,3}?sur|ouvrir)\s+(?:pas\s+)?(?:leurs|ses|vos|tous\s+leurs)\s+droits\b"
                            r"(?!\s+(?:à\s+la\s+retraite|de\s+vote|civiques))"
                            r"|\b(?:aides|prestations|ce\s+à\s+quoi)\s+(?:auxquelles\s+)?(?:ils|elles|il|elle|on|vous|les\s+familles)"
                            r"\s+(?:ont|a|avez|peuvent\s+prétendre|pourraient\s+prétendre)(?:\s+droit)?\b"
                            r"|\b(?:ce\s+à\s+quoi|auxquel(?:le)?s)\s+(?:ils|elles|on|chacun|[\w'’-]+\s+[\w'’-]+|[\w'’-]+)\s+"
                            r"(?:ont|a|peuvent|peut|pourraient|auraient)\s+(?:droit|prétendre)\b"
                            r"|\b(?:conna[iî]\w*|faire\s+valoir|fassent\s+valoir|ignor\w+|(?:ne\s+)?(?:demand|réclam)\w+\s+pas)\s+"
                            r"(?:leurs|ses|vos|nos|tous\s+leurs)\s+droits\b(?!\s+(?:à\s+la\s+retraite|de\s+vote|civiques))", FLAGS)
# "emploi" and "formation", weak in prose ("formation des animateurs", "emploi du temps"), name insertion where the text
# tells the young out of work, school and training loosely: "les jeunes sans emploi ni formation", "ceux qui ne sont ni en
# emploi, ni en formation", "nos jeunes qui sortent du système scolaire sans rien", "la jeunesse, qui part faute de
# formation" (a brief's priorities or an official's quote; the taxonomy's "NEET", "décrocheurs" said in words)
OUT_OF_TRAINING = re.compile(r"\bsans\s+emploi\s*,?\s+ni\s+formation\b|\bni\s+en\s+emploi\s*,?\s+ni\s+en\s+formation\b"
                             r"|\bsort(?:ent|is|ies|ie|ant|ir)\s+du\s+système\s+scolaire\b|\bfaute\s+de\s+formation\b", FLAGS)
# ... and a public's way into work, told in prose (the start of insertion, not a weak word "emploi" or "formation" alone):
# "que chaque jeune sache où trouver une formation ou un premier emploi", "un accompagnement vers les premiers emplois",
# "aider les jeunes à décrocher un stage" (not a summer job, "trouver un job d'été", a youth service's offer)
WAY_INTO_WORK = re.compile(r"\b(?:trouver|décrocher|chercher|accéder\s+à)\s+(?:un|une|le|la|leur|son|sa)\s+(?:premier\s+|vrai\s+)?"
                           r"(?:emploi|travail|formation|stage|apprentissage)\b|\bpremiers?\s+emplois?\b", FLAGS)
# a run of three or more bare fields, one to three words each, opening a sentence or a headline and closed by its colon
# or stop: "Crèches, périscolaire, jeunes, parents, centres sociaux : on avance ensemble" (a town's social post),
# "Petite enfance, jeunes, logement : la nouvelle convention est signée" (a headline); where two of its items name
# fields in words strong in prose, its weak publics ("jeunes", "parents") name theirs too (not a consultation's
# addressees: "Parents, grands-parents, jeunes : donnez votre avis !", none of which is strong)
_RUN_ITEM = r"[^\W\d_][\w'’-]*(?:[^\S\n]+[\w'’-]+){0,2}"
BARE_FIELD_RUN = re.compile(rf"(?:^|(?<=[.!?:»\n]\s)|(?<=\n)|(?<=^\W))(?P<run>{_RUN_ITEM}(?:[^\S\n]*,[^\S\n]*{_RUN_ITEM}){{1,}}"
                            rf"(?:[^\S\n]*,[^\S\n]*|[^\S\n]+et[^\S\n]+){_RUN_ITEM})[^\S\n]*(?=[:.!]|$)", re.M)
RUN_SEPARATOR = re.compile(r"[^\S\n]*,[^\S\n]*|[^\S\n]+et[^\S\n]+")
# "jeunes", weak in prose, names youth as one of the publics a sentence sets beside other fields: an item of its run,
# after a comma, "et", "sur", "pour" or "aux" ("la priorité va aux crèches, aux jeunes et à l'accès aux droits", "des
# places pour les petits et des solutions pour les jeunes qui quittent l'école", "trop de jeunes restent sans solution",
# a brief's or a mayor's loose prose), where the same sentence names another field in words strong in prose; not the
# young of another public ("les jeunes parents", "les jeunes couples", "de jeunes enfants")
YOUTH_ITEM = re.compile(r"(?:(?:^|[,;:«(]|\bet|\bsur|\bpour|\bvers|\bmais\s+aussi|\bainsi\s+que|\bà)\s*"
                        r"(?:les|nos|des|ses|leurs|trop\s+de|de\s+nombreux)\s+|\baux\s+)jeunes\b"
                        r"(?!\s+(?:enfants|parents|ménages|couples|mères|pères|familles|mamans|papas|agriculteurs|retraités"
                        r"|diplômés|conducteurs|pousses|[eé]lus)\b)(?!-)", FLAGS)
# "mercredis" and "loisirs", weak in prose, name childhood's leisure together: children's free time is the Wednesdays and
# the holidays ("l'offre de loisirs des mercredis et des vacances", "des loisirs le mercredi et pendant les vacances",
# an official's answer in an interview; not leisure out of the holidays: "des loisirs en dehors des vacances")
CHILD_LEISURE = re.compile(r"\bloisirs\s+(?:[\w'’-]+\s+){0,3}?(?<!dehors\sdes\s)(?<!hors\s)(?:mercredis?|vacances)\b"
                           r"|\b(?:mercredis?|vacances)\s+(?:[\w'’-]+\s+){0,3}?loisirs\b", FLAGS)
# ... and children's leisure told with words between, in a list item or a sentence alike: "Favoriser l'accès des
# enfants et des adolescents aux loisirs", "Proposer aux enfants des activités de loisirs variées", "l'offre de loisirs
# proposée aux enfants" (not the under-threes', "jeunes enfants", nor a family outing's, "parents-enfants"); or their
# free time out of school: "améliorer l'accueil des enfants le mercredi", "des activités pour les enfants pendant les
# vacances", "mieux accueillir les enfants l'été" (not the under-threes' summer: "les enfants de moins de trois ans l'été")
CHILDREN_LEISURE = re.compile(r"(?<!jeunes\s)(?<![-‑])\benfants?\s+(?!de\s+(?:moins\s+de|0\s*(?:à|-)))"
                              r"(?:[\w'’-]+\s+){0,6}?(?:loisirs\b|le\s+mercredi\b"
                              r"|les\s+mercredis\b|(?:pendant|durant)\s+les\s+(?:petites\s+|grandes\s+)?(?:vacances|congés)\b|l['’]\s*été\b"
                              r"|en\s+dehors\s+de\s+l['’]\s*école\b|hors\s+(?:du\s+)?temps\s+scolaire\b)"
                              r"|\bloisirs\s+(?:[\w'’-]+\s+){0,4}?(?:aux|des|pour\s+les|pour\s+tous\s+les)\s+enfants\b"
                              # (or their Wednesdays: "qu'il s'agisse de la garde des tout-petits ou des mercredis de
                              # nos enfants", a mayor's word)
                              r"|\bmercredis\s+(?:de\s+nos|de\s+vos|de\s+leurs|des)\s+enfants\b", FLAGS)
# in a sentence, the facilities that carry the actions, named as partners of the work, are no field: "plusieurs mois
# de travail avec les services municipaux, le CCAS, les centres sociaux", "des actions conduites avec le centre social
# d'Auxonne", "menées par l'espace de vie sociale"
ACTOR = cue(r"\b(?:avec|par|en\s+lien\s+avec|en\s+partenariat\s+avec|aux\s+côtés\s+d(?:e|u|es))\s+"
            r"(?:(?:les|le|la|l['’]|des|du|ses|leurs?|nos)\s*)?(?:[\w-]+\s+){0,4}?"
            r"(?:centres?\s+sociaux|centre\s+social|espaces?\s+de\s+vie\s+sociale|EVS)\b", FLAGS)
# who prepared the convention names no field: "Elle a été préparée pendant un an avec les élus et une quarantaine
# d'acteurs locaux (associations, écoles, centres sociaux...)", "fruit de dix-huit mois de réunions avec les communes,
# les centres sociaux et les associations" (up to the sentence's end, or to a clause on the convention itself: "...
# avec les habitants, elle porte sur la jeunesse")
PREPARED_WITH = cue(r"\b(?:préparée?s?|élaborée?s?|co-?construite?s?|construite?s?|rédigée?s?|réunions?|concertation)\b"
                    # (or to the spoken "c'est" that goes on with the fields: "« Nos priorités, on les a construites
                    # avec les élus et les associations, c'est d'abord l'accueil des tout-petits »", a president's quote)
                    r"[^.;:!?]{0,60}?\bavec\s[^.;:!?]*?(?=,\s*(?:elle|il|la\s+convention|la\s+CTG|celle-ci|c['’]\s*est)\b|[.;:!?]|$"
                    # (or to the main verb after the participle's clause: "Ce projet, construit avec 300 habitants,
                    # vise à ce que chaque famille trouve un mode de garde")
                    r"|,\s*(?:vise(?:nt)?|porte(?:nt)?|s['’]\s*articule(?:nt)?|prévoi(?:t|ent)|fixe(?:nt)?|concerne(?:nt)?"
                    r"|comprend|comprennent|comporte(?:nt)?|cible(?:nt)?|se\s+décline(?:nt)?|a\s+pour|ont\s+pour)\b)"
                    # ... nor who a meeting gathered, up to what for: "ont réuni une centaine d'acteurs de la petite
                    # enfance, de l'insertion et de l'action sociale pour lancer les travaux de la convention"
                    r"|\bréuni\w*\b[^.;:!?]{0,60}?\b(?:acteurs|professionnels|représentants|partenaires)\b[^.;:!?]*?"
                    r"(?=\s+pour\b|\s+afin\b|[.;:!?]|$)",
                    FLAGS)
# ... nor the facilities the signatories keep, named after them to say why they sign (group "who"; the sentence's
# subject is the convention, so what follows it stays about the convention): "La convention est signée par la Caf,
# l'agglomération et les communes de Lens et de Liévin, qui gardent chacune la gestion de leur crèche.", an overseas or
# small territory's page on who signs
KEPT_FACILITIES = cue(r"\bsignée?s?\s+par\b[^.;:]{0,200}?,\s*(?P<who>qui\s+(?:gère|gèrent|conserv\w*|gard\w*)\b[^.;:!?]*)")
# ... nor who the diagnostic or the months of work before the signing were conducted with, the people after "avec"
# (group "who"; the diagnostic itself stays): "un diagnostic partagé conduit en 2022 avec les communes, les centres
# sociaux et les associations", "Cette signature conclut plusieurs mois de travail avec le CCAS et les centres sociaux"
# (not what is to be done with them: "un travail sera mené avec les associations pour rompre l'isolement")
CONDUCTED_WITH = cue(r"(?:\b(?:diagnostic|concertation|travail|démarche)s?\b[^.;:!?]{0,50}?(?<!sera\s)(?<!seront\s)"
                     r"\b(?:conduit|mené|réalisé)e?s?\b|\bmois\s+de\s+(?:travail|travaux|concertation|réunions))"
                     r"[^.;:!?]{0,40}?(?P<who>\bavec\s[^.;:!?]*?)(?=\s+(?:pour|afin|sur|a|ont|avait|fait|permet|permis)\b"
                     r"|,\s*(?:elle|il|qui|la\s+convention|la\s+CTG|celle-ci)\b|[.;:!?]|$)")
# who came to a meeting names no field, the professionals of one neither: "Élus, professionnels de la petite enfance,
# animateurs jeunesse et parents se sont retrouvés jeudi pour le premier atelier du diagnostic", "Dans le public, des
# directrices de crèche", "les professionnels de l'enfance, de la jeunesse et les élus sont invités à un atelier"
# (a sentence telling a gathering, GATHERING; the people, ATTENDEES, are blanked with their field: "former les
# professionnels de la petite enfance" is an action and keeps it)
GATHERING = cue(r"\b(?:se\s+sont\s+(?:retrouvé|réuni|rassemblé)\w*|ont\s+(?:participé|pris\s+part|assisté|répondu\s+présents?)"
                r"|(?:étaient|sont|seront)\s+(?:présents?|réunis|invités?|conviés?|attendus?)|étaient\s+(?:une?|près\s+d\w*)\s+\w+"
                r"|participants?|dans\s+(?:le\s+public|la\s+salle|l['’]\s*assistance)|autour\s+de\s+la\s+table)\b", FLAGS)
_PEOPLE = (r"\b(?:professionnel|acteur|animat(?:eur|rice)|directeur|directrice|représentant|responsable|agent"
           r"|travailleu(?:r|se)|éducat(?:eur|rice)|assistant|personnel|gestionnaire|intervenant)e?s?\b")
_PEOPLE_FIELD = r"(?:\s+(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*|\s+)[\w'’-]+(?:\s+(?!et\b)[\w'’-]+)?"
ATTENDEES = cue(rf"{_PEOPLE}{_PEOPLE_FIELD}(?:\s*(?:,|\bet\b)\s*(?:de\s+la|de\s+l['’]|des|du|de\s|d['’])\s*[\w'’-]+"
                r"(?:\s+(?!et\b)[\w'’-]+)?)*", FLAGS)
# an apposition on the item before it, telling who wants it, is no item of its own: "petite enfance, parentalité, mais
# aussi l'inclusion des enfants handicapés, une priorité portée par l'association de parents", "..., un sujet cher au
# maire", "..., une demande forte des habitants"
APPOSITION = cue(r"^\W*(?:une?|cette|ce)\s+(?:(?:vraie|véritable|grande|forte|réelle)\s+)?"
                 r"(?:priorité|enjeu|sujet|demande|attente|souhait|combat|chantier|dossier|cheval\s+de\s+bataille|volonté)"
                 r"\s+(?:(?:très|forte|fort|majeure?|importante?|essentielle?|prioritaire)\s+)?"
                 r"(?:(?:porté|voulu|défendu|demandé|réclamé|souhaité|attendu|soutenu|partagé|exprimé|relayé)e?s?\s+par"
                 r"|(?:cher|chère)s?\s+(?:à|au|aux))\b"
                 r"|^\W*une?\s+(?:demande|attente|souhait)\s+(?:(?:très\s+)?forte\s+)?(?:des|du|de\s+la|de\s+l['’])\s*"
                 r"(?:habitants|familles|parents|élus|usagers|maires?|associations|partenaires)\b", FLAGS)
# the first four in one pass (strip_titles blanks them before fields are looked for)
TITLES = re.compile("|".join(f"(?:{rx.pattern})" for rx in (ROLE_TITLE, SERVICE_NAME, SCHEME_NAME, PREPARED_WITH)),
                    FLAGS | re.MULTILINE)
# a contact line of a page's footer or box (a phone number, an e-mail address): "Service enfance – 03 84 12 34 56"
# (or its label, or where to register: "Contact : Direction de la cohésion sociale.", "Inscription obligatoire auprès
# du service cohésion sociale.")
CONTACT = re.compile(r"(?<!\d)0\d(?:[\s.]?(?:\d\d|XX|xx)){4}(?!\d)|\b[\w.-]+@[\w-]+\.\w+|\b(?:tél|tel)\s*[.:]"
                     r"|^\W*(?:contacts?|renseignements|informations?)\s*:|\b(?:inscriptions?|renseignements)\b[^.\n]{0,40}\bauprès\s+d",
                     FLAGS)

# statements about the national level (Cnaf, COG) are not about this convention
NATIONAL = cue(r"\bCnaf\b|\bCNAF\b|caisse\s+nationale|\bCOG\b|niveau\s+national|politiques?\s+nationales?"
               # (the national scale in other words, as a town's explainer says what CTGs cover: "Elle remplace les
               # contrats enfance jeunesse partout en France et coordonne ... : petite enfance, logement, handicap")
               r"|(?i:partout\s+en\s+France|dans\s+toute\s+la\s+France|(?:l['’]\s*ensemble\s+du|tout\s+le)\s+territoire"
               r"\s+national|(?:à\s+l['’]\s*)?échelle\s+nationale)", 0)
# ... and one opening on a possessive speaks of what the previous one named: "Le contrat de ville est signé. Ses axes :"
POSSESSIVE_START = re.compile(r"^\W*(?:ses|leurs|son|sa)\b", FLAGS)
# a sentence opening on a pronoun continues the previous one: "L'action des Caf s'adapte... Elle consiste à ..."
CONTINUES = cue(r"^\W*(?:(?:conclue?s?|signée?s?|adoptée?s?|prévue?s?|valables?|établie?s?)\b[^,.;:]{0,40},\s*)?"
                r"(?:elle|il|elles|ils|celle-ci|celui-ci|cette\s+action"
                # ... and its own axes, by a possessive: "(... a signé une CTG pour 2023-2027.) Ses orientations
                # portent sur l'accueil de la petite enfance, la jeunesse ..."
                # (and by their count: "(Le projet éducatif organise les mercredis.) Ses quatre objectifs (lecture,
                # sport, ...) prolongent ceux de la convention")
                r"|(?:ses|leurs)\s+(?:(?:deux|trois|quatre|cinq|six)\s+)?(?:orientations|axes|priorités|enjeux|objectifs"
                r"|ambitions|thématiques|champs|domaines)"
                # ... and the ones the sentence before named, by a demonstrative and their count: "(La première
                # convention était centrée sur la petite enfance et les loisirs.) « Ces deux chantiers sont bien avancés"
                r"|ces\s+(?:deux|trois|quatre|cinq|six)\s+(?:chantiers|axes|priorités|volets|orientations|thématiques)"
                # ... and a contract the sentence before named, by a demonstrative, then its parts by a possessive:
                # "(Depuis 2008, la commune bénéficiait d'un contrat enfance jeunesse.) Ce contrat, renouvelé trois
                # fois, a financé le centre de loisirs. Son dernier volet portait sur l'accueil du mercredi."
                r"|ce\s+(?:contrat|dispositif|document)|(?:son|sa)\s+(?:(?:dernier|dernière|premier|première)\s+)?"
                r"(?:volet|programme|contenu|plan\s+d['’]\s*actions?|orientation|priorité))\b",
                FLAGS)  # ("Conclu pour cinq ans, il ...")
# ... but not the sentence that turns from the former convention to this one, "this time": "(La première CTG était
# centrée sur les crèches.) Elle met cette fois l'accent sur les adolescents et l'accès aux droits." (a renewal's story)
THIS_TIME = cue(r"\bcette\s+fois(?:-ci)?\b|\bdorénavant\b", FLAGS)
# the answer that follows a question on what CTGs are: "Qu'est-ce qu'une CTG ? C'est un accord qui ..."
ANSWER_START = cue(r"^\W*(?:c['’]\s*est|il\s+s['’]agit|ce\s+sont)\b", FLAGS)
# a line stating what THIS territory chose ends a generic 'Qu'est-ce que la CTG ?' section, e.g.
# "Quatre grandes ambitions ont été retenues :" after a definition of CTGs in general
OWN_CHOICES = cue(r"\b(?:ont|a)\s+été\s+(?:retenu|défini|identifi|choisi|priorisé|décidé)\w*|\b(?:ont|a)\s+fait\s+le\s+choix\b|\bretenu(?:e|s|es)?\s*:"
                  r"|\b(?:notre|nos)\s+(?:CTG|convention|priorités|axes|ambitions)"
                  # "Chez nous, le diagnostic a conduit les élus à retenir trois orientations.", "Et chez nous ?" (an
                  # explainer's question on the territory's own convention, after its questions on CTGs in general)
                  r"|^\W*(?:et\s+)?chez\s+nous\b|\bretenir\s+(?:\w+\s+){0,2}(?:axes|orientations|priorités|thématiques|enjeux|ambitions)"
                  # "À Chambéry, le diagnostic a conduit à en retenir trois :", "Les élus ont choisi quatre axes :"
                  r"|\ben\s+(?:retenir|retenu|choisir|choisi)\b|\b(?:a|ont|avons)\s+(?:retenu|choisi|priorisé)\b",
                  FLAGS)
# a line telling this territory's signing as news ends a 'Qu'est-ce que la CTG ?' section too, however the page
# separates them: "Qu'est-ce qu'une CTG ?\nLa CTG est une démarche qui peut couvrir ...\nLa signature a eu lieu hier
# à Surgères ..." (a past signing, an event that took place, a dated or deictic day; a definition says "est signée
# pour quatre ans"; month names with or without accents: "Cérémonie le 12 fevrier à Lormes" on a page typed without
# them)
NEWS_EVENT = re.compile(
    r"\b(?:ont|a|avons|ont\s+été|a\s+été|viennent\s+de|vient\s+de)\s+(?:officiellement\s+|solennellement\s+)?"
    r"(?:sign|renouvel|officialis|paraph|scell|act)\w*|\ben\s+signant\b|\b(?:a\s+eu\s+lieu|s['’]\s*est\s+(?:déroulée?|tenue?))"
    rf"|\b(?:hier|avant-hier|ce\s+(?:{WEEKDAYS})|(?:{WEEKDAYS})\s+dernier)\b|\b\d{{1,2}}(?:er)?\s+(?:{MONTH_NAMES})\b"
    r"|^\s*\d{1,2}/\d{1,2}/(?:19|20)\d\d\b",
    FLAGS)
# a signing told as a condition, no news: "dès lors que l'intercommunalité a signé sa convention", "si la commune a signé"
SIGNED_IF = cue(r"\b(?:dès\s+lors\s+qu|à\s+condition\s+qu|pourvu\s+qu|sous\s+réserve\s+qu|si)(?:e\s+|['’]\s*)(?:[\w'’-]+\s+){1,3}?"
                r"(?:a|ont|ait|aient)\s+(?:déjà\s+)?signé\b")
# ... and a section of figures about the Caf or the territory ("La Caf de la Sarthe en chiffres", "Chiffres clés")
# (a definition's question, not "Qu'est-ce qui est concerné ?" about this convention's content)
# (what this convention will change is no definition: "Qu'est-ce que la CTG va changer pour les familles ?", unlike
# "Qu'est-ce que la Ctg change pour les collectivités ?" in an explainer)
GENERIC_HEADING = cue(r"qu['’]\s*est[- ]ce\s+qu(?:e|['’])\s*(?:c['’]\s*est|une?\b|la\s+(?:C\.?T\.?G|convention)"
                      r"(?!\s+(?:va|vont|changera|apportera)\b))"
                      r"|c['’]\s*est\s+quoi|" + DEFINITION + r"|comment\s+ça\s+marche|en\s+chiffres|chiffres[- ]clés|" + POSSIBLE_FIELDS +
                      # what any such convention is for: "Pourquoi une CTG ?", "À quoi sert une convention ?"
                      # (or how any is made: "Comment se construit une CTG ?")
                      r"|(?:pourquoi|à\s+quoi\s+sert|comment\s+(?:se\s+)?\w+)\s+une\s+(?:C\.?T\.?G|convention\s+territoriale\s+globale)\s*\?"
                      # (or, the CTG named in the headline above, "ça": "À quoi ça sert ?" first of a newsletter's
                      # questions on the convention being written, then "Elle permet de regarder tous les besoins")
                      r"|^\W*à\s+quoi\s+(?:ça|cela)\s+(?:sert|servira)\s*\?"
                      # (or how the funding every convention opens works: "Bonus territoire : le mode d'emploi", "Le bonus
                      # territoire, comment le demander ?", a Caf's partners page over the facilities it pays)
                      r"|\bbonus\s+territoires?\b[^\n]{0,40}?(?:mode\s+d['’]\s*emploi|\bcomment\b)",
                      FLAGS)
# a heading over the page's OWN convention, which a figures box or an explainer above it does not run over: its
# commitments or goals ("Les engagements de la convention", "Les objectifs de notre CTG", "Nos engagements en
# chiffres"), or the convention named with its period ("Convention territoriale globale du Val de Saire (2024-2028)",
# "La présente convention"); an explainer's "Quels engagements pour une CTG ?" names none of these
OWN_CONVENTION_HEADING = cue(r"\b(?:engagements?|objectifs?|axes|priorités|actions|orientations)\b"
                             r"(?:\s+(?:de\s+la|de\s+cette|de\s+notre|du)\s+(?:convention|C\.?T\.?G|contrat)\b|\s+en\s+chiffres\b)"
                             r"|\b(?:convention\s+territoriale\s+globale|C\.?T\.?G)\b[^\n?]{0,80}\b(?:19|20)\d\d\s*[-–/]\s*(?:19|20)\d\d\b"
                             r"|\b(?:notre|la\s+présente)\s+(?:convention|C\.?T\.?G)\b",
                             FLAGS)
ITEM_SPLIT = re.compile(r"\s*;\s*|\s+mais\s+(?:également|aussi)\s+|\s*,\s+(?!(?:notamment|en\s+particulier|qui|dont|afin)\b)"
                        r"|\s+(?:ou|ainsi\s+que)\s+", FLAGS)
# items numbered inside one line, in order from 1: "les thématiques retenues : 1/ petite enfance 2/ enfance jeunesse
# 3/ parentalité", "trois axes : 1) l'accueil des enfants, 2) la jeunesse" (minutes and deliberations run on one line)
INLINE_NUMBER = re.compile(r"(?<![^\s:,;])(\d{1,2})\s?[/)]\s+")
# 'et' ends an enumeration ("a, b et c") unless the items are themselves pairs ("l'enfance et la jeunesse, le
# logement et le cadre de vie"): then it stays inside them
# (or before a bare infinitive and its object: "mieux accueillir les tout-petits et rompre l'isolement des aînés")
# words in -er, -ir or -re that are no infinitives (text.cues.NOT_INFINITIVES)
ET_SPLIT = re.compile(r"\s+et\s+(?=(?:le|la|les|l['’]|du|des|de\s+la|de\s+l['’]|de|d['’]|un|une|aux?|à\s+la|à\s+\w+(?:er|ir|re)\b"
                      # (the preposition of each item repeated: "sur le soutien aux parents et sur l'animation ...")
                      r"|sur\s+(?:le|la|les|l['’]|des|un|une))\s?"
                      rf"|(?!(?:{NOT_INFINITIVES})\s)[a-zà-ÿ]+(?:er|ir|re)\s+(?:le|la|les|l['’]|du|des|un|une|aux?|leurs?|ses|son|sa)\b)",
                      FLAGS)
# axes written as questions: an introduction naming axes / enjeux / questions, a colon, then two or more
# questions in the same paragraph ("trois axes de travail : comment ... ? Que ... ? Comment ... ?")
COLON_QUESTIONS = re.compile(r":[^\n:]*\?")
QUESTION_INTRO = re.compile(r"\b(?:axes?|enjeux|questions?|priorités?|orientations?|défis|ambitions?)\b", FLAGS)
QUESTION = re.compile(r"[^?!.\n:]+\?")
QUESTION_MAX_WORDS = 45
# bare-noun enumerations split on their last 'et' whatever follows it (see component._split)
# ... and when only some of the items before are pairs, at a definite article only: "l'accueil des tout-petits, les
# loisirs des enfants et des ados, l'accompagnement des parents et l'accès aux services" (not "l'accès au logement des
# jeunes actifs et des saisonniers", one item)
# (and at "et que", which opens the next of an aim's clauses: "vise à ce que chaque famille trouve un mode de garde, que
# les enfants et les jeunes aient des loisirs et que les parents se sentent soutenus")
DEFINITE_ET_SPLIT = re.compile(r"\s+et\s+(?=(?:le|la|les)\s|l['’]|que\s|qu['’])", FLAGS)
BARE_ET_SPLIT = re.compile(r"\s+et\s+", FLAGS)
# ... but an 'et' between two complements of one head noun, its contracted preposition repeated, pairs them inside one
# item: "la jeunesse et l'accès aux droits et aux loisirs" has two items ("l'accès aux droits et aux loisirs" one), "les
# loisirs des enfants et des jeunes et l'accès aux droits" two. COMPLEMENT_AFTER_ET reads the contracted preposition
# after the 'et' (au, aux, du, des), which must follow a head noun in the piece before it (not open it: "la petite
# enfance et des actions pour les seniors" are two items). "des" is as often the next item's article: it pairs only a
# public of a word or two that ends the piece ("et des jeunes", not "un accompagnement des familles et des ateliers
# numériques dans les France services"); "de la" / "de l'" repeat the items' own "de" and pair nothing ("de l'insertion
# des jeunes et de la dynamisation de la vie sociale" are two)
COMPLEMENT_AFTER_ET = re.compile(r"(aux?|du|des)\s", FLAGS)
COMPLEMENT_IN = {"au": r"aux?", "aux": r"aux?", "du": r"du", "des": r"des"}
COMPLEMENT_DES_MAX_WORDS = 3  # "des jeunes", "des jeunes adultes" (with "des")
# ... and when the items before are pairs, at a repeated "de" before an infinitive only, which opens another objective
# of a sentence's infinitives: "permettra de garder la crèche et le centre de loisirs, de créer un lieu pour les ados
# et de mieux aider les familles modestes" (two objectives in its last piece)
INFINITIVE_ET_SPLIT = re.compile(rf"\s+et\s+(?=(?:de\s+|d['’]\s*)(?:mieux\s+|aussi\s+|enfin\s+)?"
                                 rf"(?!(?:{NOT_INFINITIVES})\s)[a-zà-ÿ]+(?:er|ir|re)\s)", FLAGS)
# the "de" (and "mieux") before an objective in the infinitive: "de mieux accompagner les familles"
INFINITIVE_LEAD = re.compile(r"^\s*(?:de\s+|d['’]\s*)?(?:mieux\s+)?", FLAGS)
ARTICLE_START = re.compile(r"(?:le|la|les|l['’]|du|des|de|d['’]|un|une|aux?|à|au|en|pour|ses|son|sa|leurs?)\b", FLAGS)
# intros naming a field of action, that announce an enumeration when the sentence names the convention
FIELD_INTRO = re.compile(accents_optional(r"en\s+matière\s+(?:de|d['’])|dans\s+(?:les|des)\s+domaines?\s+(?:de|du|des|d['’])?"),
                         FLAGS)
NAMES_CONVENTION = re.compile(r"\bC\.?T\.?G\b|\bconvention\b", FLAGS)
# the convention's fields in brackets right after its name: "le plan d'actions de la CTG (petite enfance, jeunesse, ...)";
# or after its plan or its working groups, which a job offer's missions name without the convention (the writers read
# them as its fields nine times in ten): "• suivre le plan d'actions (petite enfance, jeunesse, parentalité)",
# "- animer les groupes de travail thématiques : petite enfance, enfance-jeunesse, accès aux droits"
# (and the plan's actions by that name: "* coordonner les actions du plan : petite enfance, périscolaire, jeunesse")
CONVENTION_WORKS = (r"plans?\s+d['’]\s*actions?|actions\s+du\s+plan|groupes?\s+de\s+travail(?:\s+thématiques)?"
                    r"|(?:commissions?|ateliers|comités?)\s+thématiques")
# ... or without a sign, the fields right after the groups or the actors the post coordinates: "Coordonner les groupes
# de travail petite enfance, jeunesse et parentalité", "- Coordonner les acteurs de la petite enfance, de l'enfance
# et de la jeunesse" (every item must name a field)
# (after a colon, an item may hold its own brackets: "coordonner les actions du plan : petite enfance (projet de
# crèche), périscolaire, jeunesse")
FIELDS_AFTER_NAME = re.compile(rf"(?:(?:{NAMES_CTG.pattern}|{CONVENTION_WORKS})\s*(?:\((?=[^)\n]{{0,200}}[,;])|:(?=[^\n]{{0,200}}[,;]))"
                               rf"|(?:groupes?\s+de\s+travail(?:\s+thématiques)?|\bacteurs)\s+(?=\w)(?=[^)\n]{{0,200}}[,;]))",
                               FLAGS)
# where such fields end: the bracket, or after a colon the mission's end ("; préparer les comités")
FIELDS_END = re.compile(r"\)|…|\.\.\.|\n|;|\.(?!\w)")
# (after a colon: a bracket closes them only when none opened after the colon, "(CTG : petite enfance, jeunesse)")
FIELDS_END_AFTER_COLON = re.compile(r"(?:\([^()\n]*\)|[^()\n;….]|\.(?=\w))*(?P<end>\)|…|\.\.\.|\n|;|\.(?!\w)|$)")
# what precedes the field in an item: "ou encore de l'accès à la culture" -> "l'accès à la culture";
# "de renforcer l'offre" -> "renforcer l'offre"; "Axe 2 : Enfance jeunesse" -> "Enfance jeunesse"
# an enumeration whose items after the first open on words of order, in one sentence: "c'est d'abord des crèches,
# ensuite des accueils pour nos jeunes, et enfin de l'aide aux démarches"
ORDERED_ITEM = re.compile(r"\b(?:ensuite|puis|enfin)\s*,?\s*(?:d(?:e\s+|['’]\s*)|à\s+|sur\s+)?$", FLAGS)
ORDERED_FIRST = re.compile(r"\bd['’]\s*abord\b", FLAGS)
# the "que" that opens each of an aim's clauses, right before the item ("..., que les jeunes aient des loisirs")
CLAUSE_QUE_BEFORE = re.compile(r"\bqu(?:e\s+|['’]\s*)$", FLAGS)
PROSE_ITEM_LEAD = re.compile(
    # (and the rank an official gives the first: "Notre priorité, c'est d'abord la crèche, le centre de loisirs et le
    # local jeunes", not "abord la crèche")
    r"(?:(?:ce\s+)?que|ou\s+encore|ou|et|ainsi\s+que|mais\s+aussi|enfin|puis|ensuite|avec|encore|aussi|également"
    r"|d['’]\s*abord)\s+"
    r"|d(?:e\s+|['’]\s*)(?=\w)|à\s+(?=\w+(?:er|ir|re)\b)|sur\s+(?=(?:le|la|les|l['’]|des|un|une)\b)", FLAGS)
# the same numbered label, as an item's lead, or the conjunction before a paragraph list's last item ("Le texte fixe
# quatre priorités : la petite enfance ; les loisirs des 6-11 ans ; et l'inclusion numérique"; lower case only: a
# question's "Et pour les ados ?" keeps it)
LIST_ITEM_LEAD = re.compile(rf"{NUMBERED_ITEM}\s*|(?-i:et|ou)\s+(?:(?-i:enfin|aussi|surtout)\s*,?\s+)?(?=\w)", FLAGS)
# the former contrats enfance jeunesse, mentioned as background
SCHEME_COMPLEMENT_REACH = 30  # a participle or relative on the former contract: ", centré sur ", " qui portait sur "
CEJ_CONTINUED = re.compile(r"continuité|maintien|prolonge|assurer", FLAGS)
# sentences about this convention that carry prose evidence of its themes
# a sentence that turns away from the convention (unless it names it): "Par ailleurs, la Caf finance aussi ..."
# ("Au-delà, ..." or "Au-delà de cette convention, ..." but not "Au-delà de l'accueil des enfants, elle intègre le
# soutien aux parents", which adds to the fields it names)
DIGRESSION = cue(r"\W*(?:par\s+ailleurs|en\s+outre|plus\s+largement|parallèlement|en\s+parallèle"
                 r"|au-delà(?=\s*,)|au-delà\s+de\s+(?:la|cette|notre)\s+(?:C\.?T\.?G|convention)"
                 r"|de\s+manière\s+générale|hors\s+(?:convention|CTG))\b", FLAGS)
ABOUT_CONVENTION = cue(
    r"convention|\bC\.?T\.?G\b|\bCtg\b|\bCGT\b|partenariat|programme|plan\s+d['’]\s*actions?|axes?|priorit|signature"
    r"|projet\s+(?:social\s+)?de\s+territoire|\bdémarche\b|engag"  # (the CTG's "démarche", not "vos démarches")
    # a paragraph opening on the fields it goes through: "Plusieurs champs d'intervention sont concernés. En premier
    # lieu, la petite enfance ..."
    r"|champs?\s+d['’]\s*(?:intervention|action)|\benjeux\b|thématiques",
    FLAGS,
)
# an enumeration that opens a clause, its verb after it: "Les micro-crèches, les RPE et les accueils de loisirs
# bénéficient de ...", "l'accès aux droits, le logement des jeunes, la mobilité figurent en bonne place"
LEAD_ENUM_VERB = re.compile(
    # (the fields set before a colon and a "ce" that takes them up: "Mobilité des jeunes, accès aux droits et logement :
    # ce sont les trois chantiers retenus", a radio brief's opening)
    r"(?:\s*[:–—-]\s*ce)?\s(?:figure(?:nt|ront)|(?:sont|seront)\s+(?:au\s+c\wur|prioritaires|retenu|concerné|ciblé|visé|soutenu|renforcé"
    r"|développé|accompagné|financé)|bénéficie(?:nt|ront)|constitue(?:nt|ront)|font\s+(?:partie|l['’]\s*objet)"
    r"|forment|composent|feront\s+l['’]\s*objet|(?:sont|seront)\s+(?:au\s+programme|à\s+l['’]\s*ordre|inscrit)"
    # (and the fields named first, as its priorities after them: "Jeunesse, parentalité et accès aux droits en sont les
    # trois priorités", a short news item)
    r"|(?:en\s+)?(?:sont|seront|restent)\s+(?:les|ses|leurs)\s+(?:[\w-]+\s+){0,2}?(?:priorités|axes|enjeux|thématiques"
    r"|chantiers|volets)\b)",
    FLAGS)
LEAD_ITEM_MAX_WORDS = 8
# a heading naming a field over a paragraph about the convention's actions, e.g.
# "Petite enfance\nLa convention prévoit l'ouverture d'une micro-crèche de dix places en 2025."
HEADING_MAX_WORDS = 8
HEADING_BODY_MIN_WORDS = 12
# a question to the reader, a leaflet's heading over what the convention brings them: "Vous avez un ado ?", "Vos
# enfants s'ennuient le mercredi ?" (in a run of READER_QUESTIONS_MIN at least, under the convention's paragraph)
READER_QUESTION = re.compile(r"^\W*(?:vous|vos|votre|tu|ton|ta|tes)\b", FLAGS)
READER_QUESTIONS_MIN = 3
RUBRIC_MAX_WORDS = 3  # a magazine's rubric: "Travaux", "Vie associative", "Culture et loisirs"
# a news-in-brief line: its rubric's label (four words at most), then its story on the same line: "Travaux : la
# rénovation du gymnase s'achèvera en juin.", "Fête des voisins – Inscriptions en mairie jusqu'au 20 mai."
BRIEF_LABEL = re.compile(r"^\s*[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*){0,3}\s*(?::|\s[–—-])\s+(?=\S)")
SECTION_BODY_MIN_WORDS = 4  # the paragraph under each heading of a section of fields
# how far into a continuing sentence its verb may stand: "Ils concernent notamment ...", "Elles portent sur ..."
CONTINUED_VERB_REACH = 30
SENTENCE_END = re.compile(r"[.!?…»](?:\s|$)")
# a heading opening on an infinitive is an article's section title ("Coordonner les interventions sur le
# territoire"), not a field the convention covers ("Petite enfance", "Des actions pour la jeunesse")
# (text.cues.INFINITIVE_START)
# a colon list after a word of INTRO counts whole from this many items, all short (see component.prose_phrases)
COLON_LIST_MIN_ITEMS = 3
# a sentence whose announced list is objectives in infinitives may name no field in the taxonomy's words: "Quatre
# axes ont été définis : améliorer la lisibilité des offres, favoriser ..." (component.prose_phrases then needs
# COLON_LIST_MIN_ITEMS items, two thirds of them infinitives)
OBJECTIVES_AFTER_COLON = re.compile(
    r"\b(?:axes?|enjeux|priorités|orientations|objectifs|ambitions|défis|volets)\b[^:.]{0,80}:\s*[a-zà-ÿ]+(?:er|ir|re)\s", FLAGS)
# a line of a 'Qu'est-ce que la CTG ?' section naming this territory's own partners (a named Caf and one local
# authority) is about the territory's convention, and ends the generic section: "Elle s'appuie sur un diagnostic
# partagé entre la communauté de communes et la Caf de l'Ain, qui définissent des axes (petite enfance, ...)"
NAMED_CAF = re.compile(r"\bCaf\s+(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*[A-ZÀ-Þ]")
ONE_AUTHORITY = re.compile(r"\b(?:la|notre)\s+(?:communauté\s+(?:de\s+communes|d['’]\s*agglomération)|commune|ville"
                           r"|métropole|intercommunalité)\b(?!\s+(?:ou|et\s*/\s*ou)\s)", FLAGS)
# axes given one per sentence by their rank, e.g. "Le premier axe concerne la petite enfance. Le second volet
# porte sur l'accès aux droits."
RANKED_AXIS = re.compile(
    r"\b(?:premi(?:er|ère)|deuxième|second(?:e)?|troisième|quatrième|cinquième|sixième|dernier|dernière)\s+"
    r"(?:grand(?:e)?\s+)?(?:axe|volet|enjeu|objectif|thème|thématique|priorité|orientation|ambition|défi|chantier)\b"
    # (or the transversal one after the ranked ones, as a convention's article adds it: "Un axe transversal portera sur
    # la mobilité des familles.")
    r"|\b(?:un|une|l['’]|le|la)\s*(?:axe|volet|enjeu|objectif|priorité|orientation)\s+transversa(?:l|le)\b"
    # (or ranked by its number in running prose, not a heading's: "L'axe 2 vise à offrir aux enfants des loisirs
    # accessibles", "l'orientation n°3 porte sur les parents")
    r"|\bl['’]\s*(?:axe|orientation|ambition|enjeu|objectif)\s+(?:n°\s*)?\d{1,2}\b(?!\s*[–—:.)-])",
    FLAGS)
# ... and when its one item follows it ("Le deuxième axe, consacré aux jeunes, porte sur ...")
RANKED_VERB_GAP_WORDS = 4
AXIS_VERB_GAP_WORDS = 2  # words between the ranked axis and its verb when it is the verb's subject ("Un axe transversal portera sur")
RANKED_AXIS_VERB = re.compile(r"sur|concerne|concernent|vise\s+à|:|portent\s+sur|autour\s+de"
                              r"|(?:entend|veut|cherche\s+à|ambitionne\s+de)(?:\s+\S+)?", FLAGS)
AIM_INTRO = re.compile(r"entend|veu|cherche|ambitionne", FLAGS)  # PROSE_INTRO's verbs of aim (a ranked axis's)
# an enumeration with this many items naming fields takes its one other short item too (component.prose_phrases)
ENUM_NAMED_MIN = 3
# an enumeration of definite noun phrases with no introducing word, in a sentence naming the convention: "La CTG
# nous donne un cadre pour penser ensemble l'accueil des tout-petits, les loisirs des enfants, l'information des
# jeunes et le soutien aux familles." (three items or more, two of them naming fields)
_DNP = r"(?:la|le|les|l['’]|des|du|aux?)\s?[^\W\d][\w'’-]*(?:\s+[\w'’-]+){0,7}?"
BARE_ENUMERATION = re.compile(rf"(?<![\w'’])(?:{_DNP},\s+){{2,}}{_DNP}\s+et\s+{_DNP}(?=\s*(?:[,.;:!?\n»)]|$))", FLAGS)
DEFINITE_NOUN_PHRASE = re.compile(r"(?:le|la|les|l['’])\s?\w+\s+\w", FLAGS)
# the national formula that describes every CTG names no field of this one: "la CTG vise à renforcer l'efficacité,
# la cohérence et la coordination des actions en direction des habitants" ('coordination' is no theme there)
CTG_FORMULA = re.compile(r"\bl['’]\s*efficacité,?\s+(?:de\s+)?la\s+cohérence\s+et\s+(?:de\s+)?la\s+coordination"
                         r"(?:\s+des\s+(?:actions|interventions|politiques))?", FLAGS)
# a visit on the day of the signing names facilities, not fields: "Après la signature, les élus ont visité la
# nouvelle crèche et la maison France services"
VISIT = cue(r"\b(?:visit(?:é|ée|és|ées|er|ent|ait|aient|e)|inaugur\w+|se\s+sont\s+rendu\w*|ont\s+parcouru)\b"
            # ... nor are the places where a consultation's paper copy waits: "Répondez en ligne ou en version
            # papier dans les mairies et au centre social"
            r"|\bversions?\s+papier\b|\brépond(?:ez|re)\s*,?\s+(?:en\s+ligne|au\s+questionnaire)\b"
            # ... nor a meeting's practicalities and the readers it invites: "Garderie gratuite sur place pour les
            # enfants de 3 à 10 ans.", "Vous êtes parent, jeune, professionnel de l'enfance ? Venez donner votre avis"
            r"|\bgarderie\b[^.\n]{0,40}\b(?:sur\s+place|sur\s+inscription|gratuite|assurée|proposée)"
            r"|^\W*vous\s+êtes\s+[^?.\n]{0,120}\?", FLAGS)
# examples and possibilities are not what the convention covers: "par exemple", "peut", "peuvent"
# a sentence that names fields as an example or a possibility, or as a statistic of the territory's diagnostic
# ("à Mayotte, le taux de pauvreté est de 42 %", "38 % des familles sont monoparentales")
# a sentence on the convention may open on its setting, told by a statistic: "Dans un bassin où le taux de pauvreté
# dépasse 20 %, la nouvelle convention fait de l'accès aux droits ... ses deux axes" (the setting names no field, and
# its statistic does not make the convention's fields a statistic)
STAT_SETTING = cue(r"^\W*(?:dans|sur)\s+(?:un|une|ce|cette|le|la|les|ces|nos|notre)\s+[^,.;:!?]{0,40}?\bo[uù]\s+[^;:!?]*?,\s*"
                   r"(?=(?:[\w'’-]+\s+){0,2}?(?:la|sa|leur|cette|notre)\s+(?:nouvelle\s+|future\s+|deuxième\s+)?"
                   r"(?:convention|CTG)\b)")
# (and a field only proposed for study, not yet decided: "Le comité de suivi a suggéré d'étudier l'ajout d'un volet
# logement", "Les élus envisagent d'étudier ...")
EXAMPLE_OR_MAY = re.compile(r"\bpar\s+exemple\b|\bpeu(?:t|vent)\b|\btaux\s+d[e'’][^.%]{0,80}\d\s*%|\b\d+(?:[,.]\d+)?\s*%\s+des\b"
                            r"|\b(?:propos|envisag|suggér)\w*\s+d['’]\s*étudier\b", FLAGS)
# ... or as the territory's portrait, a study's or an official's: "un taux de pauvreté supérieur à la moyenne", "Plus de 60 % de sa population vit en quartier prioritaire", "Le
# territoire cumule les fragilités : ...", "Le cabinet a dressé un portrait contrasté des communes : ...", "Entre-temps,
# les besoins ont évolué : davantage de familles monoparentales, ..." (what the convention is to answer, told as facts)
# (not a share told as a need the convention answers, which the writers read as its field: "le non-recours touche un
# allocataire sur cinq", "un enfant sur trois vit sous le seuil de pauvreté", a director's words on the convention)
PORTRAIT = cue(r"\btaux\s+de\s+pauvreté\b(?![^.]{0,80}\d\s*%)"
               r"|\b\d+(?:[,.]\d+)?\s*%\s+de\s+(?:sa|la|leur|notre)\s+population\b|\bcumul(?:e|ent)\s+(?:les|des|de\s+nombreuses)\s+fragilités\b"
               r"|\b(?:dressé|brossé|dresse|brosse)\s+(?:un|le)\s+portrait\b|\ba\s+décrit\s+un\s+territoire\b"
               r"|\bpremiers\s+chiffres\b|\bles\s+besoins\s+ont\s+évolué\b"
               # (and what the consultant who ran the diagnostic said of the territory, at its restitution: "« Un
               # allocataire sur quatre vit seul avec ses enfants », a noté la consultante du cabinet")
               r"|\b(?:a|avait)\s+(?:relevé|noté|constaté|observé|souligné|pointé|rappelé|indiqué)\s+(?:la|le|l['’])\s*"
               r"(?:consultante?|cabinet|chargée?\s+d['’]\s*études?|bureau\s+d['’]\s*études?)\b")
# ... but a modal inside a relative clause describes a place or a public, not a possibility: "un lieu où ses ados
# peuvent se retrouver", "des parents qui peuvent souffler" (the clause ends at the modal)
RELATIVE_MAY = re.compile(r"\b(?:où|qui)\s+(?:[\w'’-]+\s+){0,3}peu(?:t|vent)$", FLAGS)
# what the convention leaves out: "Les champs du logement et de l'insertion ne font pas l'objet d'engagements dans la
# présente convention ; ils pourront être intégrés par avenant", "hors du champ de la convention"; not "ne ... pas
# seulement", "ne se limite pas à", "n'oublie pas" (which add fields). Its scope runs from the clause's start to
# 'mais', a semicolon or the sentence's end ("ne porte pas sur le logement, mais sur la petite enfance")
# (a need told as a lack negates no field: "il n'existe aucune crèche", "les familles ne perçoivent pas leurs
# droits", "les 16-25 ans sont les plus nombreux à ne pas demander les aides", "les jeunes n'ont pas accès aux
# loisirs" are what the convention sets out to answer)
NEGATION = cue(r"\bet\s+non\s+(?:pas\s+)?(?:de|du|des|à|au|aux|dans|par)\b"  # "... du CLS, et non de la CTG"
               # (what critics say is missing: "« Pas un mot sur le logement des jeunes familles », regrette l'opposition")
               r"|\b(?:pas\s+un\s+mot|rien)\s+sur\b"
               # (a lack is a need, also after a pronoun: "dans les communes qui n'en disposent pas"; and so is what
               # the convention keeps families from: "les aider à ne pas décrocher de leurs droits")
               # (nor an official's emphasis, "n'a pas caché l'importance du document", "il ne cache pas sa joie", "n'a pas
               # manqué de rappeler", nor an objective told in the negative: "ne pas laisser les gens seuls devant les
               # démarches en ligne", a president's quote)
               r"|\b(?:ne|n['’])\s*(?!(?:en\s+|y\s+)?(?:(?:se\s+)?limite|oubli|(?:pas\s+|plus\s+)?(?:décroch|perdre|laisser)|modifi|chang|remet|exist|y\s+a\b|y\s+en\s+a\b|dispos|trouv|perç|perc"
               r"|cach|manqu|hésit"
               # (and a lack said with the bare verb: "des solutions de garde dans les communes qui n'en ont pas", or with its
               # pronoun: "ouvrir des crèches là où il n'y en a pas", an official's objectives)
               r"|ont\s+(?:pas|plus|aucune?)(?=\s*[,.;:»)\"”]|\s+(?:encore|du\s+tout|et|ou)\b)"
               r"|bénéfici|accèd|connai|connaî|recour|demand|sollicit|ont\s+(?:pas|aucun\w*|plus)\s+(?:accès|recours"
               r"|de\s+solution)|(?:pas|plus)\s+(?:demand|sollicit|recour|accéd|bénéfici|trouv|perc|perç|connai)"
               r"|f(?:on|ai)\w*\s+(?:pas|plus)\s+valoir))"
               r"(?:\w+\s+){0,3}?(?:pas|plus|jamais|aucun\w*|ni)\b"
               r"(?!\s+(?:seulement|uniquement|que\b|qu['’]|moins|non\s+plus|oubli|assez|suffisamment|caché|manqué|hésité"
               # (nor a field of the convention told as lagging, on a follow-up page: "l'action pour le logement des
               # jeunes n'a pas encore trouvé de porteur", "le volet jeunesse n'a pas tenu ses promesses"; not a project
               # that came to nothing, "la résidence pour jeunes n'a pas abouti", which the writers leave out)
               r"|(?:encore\s+)?trouvé\s+(?:de\s+|d['’]\s*)(?:porteur|réponse|solution)|tenu\s+(?:toutes\s+)?ses\s+promesses"
               r"|atteint\s+(?:tous\s+)?ses\s+objectifs))"
               r"|\bhors\s+(?:du\s+)?champ", FLAGS)
# ... and the scope ends where a quotation or a new clause after a colon starts: "Je ne changerai pas un mot à sa
# vision : « Ce projet fédère les acteurs qui interviennent sur la petite enfance ... »"
NEGATION_SCOPE_END = re.compile(r"\bmais\b|\ben\s+revanche\b|[;:«»]", FLAGS)
# ... but goes on over the clause that tells where a field left out goes instead: "Le logement n'a pas été retenu dans
# la convention : il fait l'objet d'une opération programmée d'amélioration de l'habitat", "... n'y figure pas : il est
# traité dans le cadre de l'OPAH-RU" (the other scheme's words name no field of the convention)
LEFT_OUT_REASON = cue(r"[;:]\s*(?:il|elle|ils|elles|ce\s+(?:champ|sujet|volet))\s+(?:fait|font|fera|feront)\s+l['’]\s*objet\b"
                      r"|[;:]\s*(?:il|elle|ils|elles)\s+(?:est|sont|sera|seront)\s+(?:déjà\s+)?(?:traité|porté|pris\s+en\s+charge"
                      r"|couvert|suivi)\w*\b|[;:]\s*(?:il|elle|ils|elles)\s+relève\w*\s+d")
CLAUSE_START = re.compile(r"[,;:(]")
# fields a convention's document gives to ANOTHER convention, spans blanked like a negation's (component.negated_ranges):
# - the other fields named as the rest, then where they are dealt with: "la Ville et la Caf concentrent la présente
#   convention sur deux champs, les autres (petite enfance, logement) étant traités dans la convention de l'agglomération"
#   (from "les autres" to the clause's end);
# - a list, bracketed or not, followed by the relative clause sending it elsewhere: "les plans d'actions des communes
#   (crèches, accueils de loisirs), qui font l'objet de conventions distinctes" (from the clause's start);
# - the other convention itself, with what it covers: "compte tenu de l'existence d'une convention signée à l'échelle
#   de l'intercommunalité pour la petite enfance, ..." (from its name to the clause's end)
ELSEWHERE_REST = cue(r"\b(?:les|ses|leurs)\s+autres\s+(?:champs|domaines|thématiques|volets|axes|sujets|compétences|missions)?"
                     r"(?=[^;:.]{0,120}?\b(?:étant|sont|seront|restent|resteront|demeurent)\s+(?:déjà\s+)?(?:traité|couvert|porté"
                     r"|pris\s+en\s+charge|inscrit|suivi)|[^;:.]{0,120}?\brelev(?:ant|ent)\s+d)")
ELSEWHERE_AFTER = cue(r",\s*(?:qui|lesquel(?:le)?s)\s+(?:font|feront|fait|fera)\s+(?:déjà\s+)?l['’]\s*objet\s+d(?:e|['’])\s*(?:une\s+|des\s+)?"
                      r"(?:autres?\s+)?(?:conventions?|contrats?|démarches?)\b(?:\s+(?:distinctes?|séparées?|spécifiques?|propres|"
                      r"particulières?|communales?))?"
                      # (or the field set apart as the sentence's subject, its pronoun in contrast, for a study or a
                      # scheme of its own: "Le logement des apprentis, lui, fera l'objet d'une étude à part, menée
                      # avec le Département", after the convention's fields; not "La jeunesse fera l'objet d'une fiche
                      # action spécifique", the convention's own)
                      r"|,\s*(?:lui|elle|eux|elles)\s*,\s*(?:fait|fera|font|feront)\s+(?:déjà\s+)?l['’]\s*objet\s+d['’]\s*"
                      r"(?:une?|des)\s+(?:autres?\s+)?(?:études?|démarches?|travail|travaux|réflexions?|conventions?"
                      r"|contrats?|schémas?|plans?)\s+(?:à\s+part|distinct(?:e|s|es)?|séparée?s?)\b")
ELSEWHERE_CONVENTION = cue(r"\b(?:existence\s+d['’]\s*une|une\s+autre|sa\s+propre|leur\s+propre)\s+(?:C\.?T\.?G|convention)\b"
                           r"|\b(?:C\.?T\.?G|convention)\s+(?:déjà\s+)?(?:conclue|signée|passée)\s+à\s+l['’]\s*échelle\s+d")
# ... or another territorial scheme's own content, told in a relative clause after its name, to the sentence's end: "À
# côté de la convention, le PEDT de Gien, voté en 2021, qui fixe ses propres objectifs : lecture, sport et culture pour
# tous." (a page's question on the other scheme; also "le contrat local de santé, dont les axes sont ...")
ELSEWHERE_SCHEME = cue(rf"(?:{SCHEME_NAMES})[^.;:\n]{{0,90}}?,\s*(?:qui\s+(?:porte(?:nt)?\s+sur|fixe(?:nt)?\s+(?:ses|leurs)"
                       r"|s['’]\s*articule(?:nt)?\s+autour|vise(?:nt)?\b)|dont\s+les\s+(?:axes|objectifs|priorités|thèmes)\b)")
ELSEWHERE_SCHEME_END = re.compile(r";|\.(?!\w)")
ELSEWHERE_ANY = re.compile(r"autres|objet|convention|\bqui\b|\bdont\b", FLAGS)  # the cheap test before reading sentences
ELSEWHERE_END = re.compile(r"[;:]")  # where such a span ends at the latest (a clause's comma may end it sooner)
# a negation inside a clause of time or circumstance tells when a need arises, not what the convention leaves out: its
# scope starts at the conjunction and ends at the clause's comma ("que chaque famille trouve une crèche pour son enfant, un
# accueil de loisirs pour les mercredis et une écoute quand les choses ne vont pas bien", an official's quote)
CIRCUMSTANCE = re.compile(r"\b(?:quand|lorsque|lorsqu['’]|dès\s+que|dès\s+qu['’]|chaque\s+fois\s+que|chaque\s+fois\s+qu['’])",
                          FLAGS)
# an explainer's questions: what a CTG may do ("Quels domaines peut-elle couvrir ?"); one naming this territory or
# its convention ("Quels sont les axes de notre CTG ?", "... de la CTG de Saint-Lô ?") is about its own choices
MAY = re.compile(r"\bpeu(?:t|vent)\b|\bpourr(?:a|ait|ont|aient)\b", FLAGS)
# a general introduction whose items are a menu, not one convention's fields: "peut couvrir :", "sur tout ou partie des
# domaines ci-dessous :", "Thèmes susceptibles d'être traités :"
MENU_INTRO = re.compile(MAY.pattern + "|" + SOME_OF_THE_FIELDS + "|" + POSSIBLE_FIELDS, FLAGS)
THIS_TERRITORY = re.compile(r"\b(?:cette|notre|votre|nos|vos)\b|\b(?:de|du)\s+[A-ZÀ-Þ][\w'’-]+"
                            r"|\bchez\s+(?:nous|vous)\b")  # "Et chez nous ?" after an explainer's questions
# "ces conventions" speaks of conventions in general on a page reviewing many (MANY_CONVENTIONS) ("222 CTG locales avaient
# été signées ... ces conventions contribuent à une plus grande équité"), but of the ones it announces on a Caf's
# page of several signings ("quatre nouvelles CTG ... Toutes ces conventions courent jusqu'en 2026. Elles reposent
# sur des priorités propres : ...")
# (and on a page reviewing a département's coverage, "la CTG" with a verb in the present telling what it does is any
# of them, the generic one: "Toutes les intercommunalités du Gers sont désormais couvertes. ... La CTG permet de
# parler de tout : petite enfance, jeunesse, logement", a Caf director's interview or a network's newsletter)
THESE_CONVENTIONS = re.compile(r"\bces\s+conventions\b|\bla\s+C\.?T\.?G\s+(?:permet|oriente|sert|donne)\b", FLAGS)
# (and a Caf's review of its département's conventions: "le bilan des conventions territoriales globales signées
# depuis 2020 ... Selon la Caf, ces conventions ont permis la création de 120 places en crèche"; or, on the page of
# a département's or a métropole's own convention, those of all the territories below it: "La Caf a signé des CTG
# avec les 18 communautés de communes landaises. Ces conventions traitent de l'accueil du jeune enfant, ...")
MANY_CONVENTIONS = re.compile(
    rf"{NATIONAL.pattern}|\b\d{{2,}}\s+(?:CTG|conventions)\b|\b[Bb]ilan\s+des\s+(?:CTG|conventions)\b"
    r"|\bdes\s+(?:CTG|conventions\s+territoriales\s+globales)\s+avec\s+(?:l['’]ensemble\s+des|toutes\s+les|tous\s+les"
    r"|les\s+\d{2,}|la\s+plupart\s+des|la\s+majorité\s+des|une\s+majorité\s+des|de\s+nombreu(?:x|ses)|plusieurs)\s"
    # (and every intercommunality of the département covered, a départemental convention's article on theirs: "Les 11
    # intercommunalités du département sont couvertes par une convention territoriale globale. Ces conventions ...")
    r"|\b(?:[Ll]es|[Tt]outes\s+les)\s+\d{1,3}\s+(?:intercommunalités|communautés\s+de\s+communes|EPCI)\b[^.]{0,60}?"
    r"\b(?:sont\s+(?:désormais\s+|toutes\s+|aujourd['’]hui\s+)*(?:couvertes|dotées)|disposent\s+(?:toutes\s+)?d['’]\s*une)\b"
    # (or without their count, or the whole département covered, now or soon: "Toutes les intercommunalités de la
    # Manche sont désormais engagées dans une CTG", "D'ici 2026, tout le département sera couvert", a Caf's review)
    r"|\b(?:[Tt]outes\s+les|[Ll]['’]\s*ensemble\s+des|[Ll]a\s+quasi-totalité\s+des)\s+(?:communes\s+et\s+(?:les\s+)?)?"
    r"(?:intercommunalités|communautés\s+de\s+communes|EPCI)\b[^.]{0,60}?\b(?:sont|seront)\s+"
    r"(?:désormais\s+|toutes\s+|aujourd['’]hui\s+|maintenant\s+)*(?:couvertes|dotées|engagées)\b"
    r"|\b[Tt]out\s+le\s+département\s+(?:sera|est)\s+(?:désormais\s+|aujourd['’]hui\s+)?couvert\b")
# the Caf's own yearly or departmental priorities, in its newsletter beside a signing: "Pour 2025, la Caf de l'Aude
# fixe trois priorités à son action : ...", "la Caf a arrêté pour 2025 cinq priorités départementales : ..." (not
# the convention's, which the Caf fixes with the territory: "la Caf et la commune ont fixé trois priorités pour
# 2024-2028"; the subject is the Caf alone, and the year is one year)
CAF_OWN_PRIORITIES = cue(
    r"\bcaf\b(?:\s+(?:de|du|des|d['’])\s*[\w'’ -]{1,30}?)?\s+(?:a\s+|s['’]\s*est\s+)?(?:fix|défini|arrêt|donn)\w*"
    r"\s+(?:pour\s+20\d\d\s+)?(?:\w+\s+)?(?:grandes\s+)?priorités\b"
    r"(?:\s+départementales|\s+(?:à|pour)\s+son\s+action|[^.:;]{0,20}\b(?:en|pour)\s+20\d\d\b(?!\s*[-–/à]))"
    r"|\bpriorités\s+(?:20\d\d\s+)?(?:de\s+la|départementales\s+de\s+la)\s+caf\b"
    r"|^\W*(?:pour\s+|en\s+)20\d\d\s*,\s*la\s+caf\b[^.:;]{0,40}\bpriorités\b")
# the conventions the territories below signed, on the page of a département's own: "le directeur a précisé que les
# CTG signées avec les intercommunalités « restent le cadre de nos actions sur la petite enfance et la jeunesse »"
MEMBERS_CONVENTIONS = cue(r"\b(?:les|leurs|des)\s+(?:C\.?T\.?G|conventions(?:\s+territoriales\s+globales)?)\s+(?:déjà\s+)?"
                          r"(?:signées|conclues|passées)\s+avec\s+(?:les|des|chacune\s+des|ses|nos)\s+(?:[\w-]+\s+)?"
                          r"(?:intercommunalités|communes|EPCI|communautés|collectivités|territoires)\b")
# the context of a field named in the story without naming the convention (a 'mention'): what is planned ("Autre
# chantier : l'accès aux droits.", "Un LAEP doit ouvrir en 2024", "la Caf veut multiplier les permanences"), or
# an official's words ("« Il faut conforter les centres sociaux »")
PROGRAMME = re.compile(accents_optional(
    r"\b(?:prévoi\w*|prévu\w*|chantiers?|volets?|priorit\w+|axes?|objectifs?|enjeux|ouvri\w*|développ\w+|renforc\w+"
    r"|cré(?:er|era|eront|ation)|mettre\s+en\s+place|mise\s+en\s+place|sera|seront|va|vont|doi(?:t|vent)|veu(?:t|lent)"
    r"|voulons|souhait\w*|accent|travaill\w+|accompagn\w+|soutenir|favoriser|conforter|améliorer|agir)\b"), FLAGS)
QUOTED = re.compile(r"[«“\"]|\b(?:a|ont)\s+(?:souligné|insisté|rappelé|expliqué|indiqué|ajouté|résumé|précisé)\b", FLAGS)
# the convention as the subject of an enumeration's introduction, no clause between: "la future convention portera
# sur la petite enfance", "La CTG signée jeudi concerne ..." (not "... le pilotage de la CTG, le chargé de mission
# coordonne les orientations en matière de ...")
# the convention described by relative clauses: "une convention qui aille chercher ..., qui donne ..., et qui aide ..."
CONVENTION_WHICH = re.compile(r"\b(?:C\.?T\.?G|convention)\b[^,;:.!?«»()\n]{0,40}?\squi\s", FLAGS)
NEXT_WHICH = re.compile(r",\s*(?:et\s+|mais\s+aussi\s+)?qui\s|\s+et\s+qui\s", FLAGS)
# (or the démarche it names, as a job offer's context tells it: "La démarche couvre notamment la petite enfance, ...";
# or its plan of actions: "Le plan d'actions porte sur l'accueil de la petite enfance, ...", the CTG named just before)
# (or the convention the agent of a colon's enumeration: a job offer's context "Les priorités fixées par la convention
# sont : l'accueil des tout-petits, les loisirs des ados, ...", the colon right before the items)
CONVENTION_SUBJECT = re.compile(r"(?:\bC\.?T\.?G\b|\bconvention\b|\b(?:la|cette)\s+démarche\b"
                                r"|\b(?:le|son|leur|ce)\s+plan\s+d['’]\s*actions?\b)[^,;:.!?«»()\n]{0,40}(?::\s*)?$", FLAGS)
SUB_HEADING_MAX_WORDS = 6
# a document's numbered section heading in capitals: "3. LES ORIENTATIONS STRATÉGIQUES", "IV – FICHES ACTIONS"
CAPITAL_SECTION = re.compile(r"^\s*(?:\d{1,2}|[IVX]{1,4})\s*[.)–-]\s*(?=[^\n]*[A-ZÀ-Þ]{3})[^a-zà-ÿ\n]+$")
ITEM_NUMBER = re.compile(r"^\s*(\d{1,2})\s*[.)°–—]\s")
# a sub-section's number: "3.1 Accueil du jeune enfant", "3.2. Temps libre des enfants" (a convention's article)
SUB_NUMBER = re.compile(rf"^\s*(\d{{1,2}}|(?-i:{ROMAN}))\.(\d{{1,2}})\.?\s")
DASH_NUMBERED = re.compile(r"^\s*\d{1,2}\s*[–—]\s")  # a title numbered with a long dash: "1 – Offrir un mode d'accueil"
# an introduction that refers back to the paragraph above: "Concrètement, cela veut dire :", "Elle prévoit :"
# (after a place or a public put first: "Pour notre commune, cela veut dire concrètement :")
REFERS_BACK = re.compile(r"^\W*(?:(?:pour|chez|dans|à|sur|côté)\s+[^,:\n]{1,30},\s*)?(?:concrètement|en\s+pratique"
                         r"|c['’]\s*est-à-dire|cela|ceci|ça|elle|il|elles|ils|celle-ci|celui-ci|ce\s+qui|ce\s+que"
                         # (a takeaway's label, however long its public: "Ce qu'il faut retenir pour les familles de la
                         # commune :" under a commune's news item on its intercommunality's convention)
                         r"|ce\s+qu['’]\s*il\s+faut\s+(?:retenir|savoir))\b", FLAGS)
# a budget told in the story is what the Caf or a body spends on the territory, not a field of the convention: "Dans
# le département, la Caf a consacré en 2023 plus de 12 millions d'euros à la petite enfance, au logement ..."
BUDGET = re.compile(r"\d[\d\s.,]*\s*(?:millions?\s+d['’]\s*euros|milliards?|M€|k€|€|euros)", FLAGS)
# ... spent already: "la Caf a consacré / versé / investi ..." (what the convention will fund is told in the future)
PAST_SPENDING = cue(r"\b(?:a|ont|avait|avaient)\s+(?:déjà\s+)?(?:consacré|versé|dépensé|investi|injecté|apporté)\b", FLAGS)
# ... or spends every year, told in the present: "La Caf consacre chaque année près de 2,4 millions d'euros aux équipements
# du territoire (crèches, accueils de loisirs, centres sociaux)", "l'institution verse chaque année 4,8 millions d'euros"
# (not what the convention will bring: "La Caf apportera 500 000 € par an pour les nouvelles places")
# (and what it brings every year, told in the present: "La Caf apporte chaque année 2,1 millions d'euros aux services
# du territoire (petite enfance, jeunesse, centres sociaux)", after the news of the signing)
_YEARLY_VERB = r"(?:consacre|consacrent|verse|versent|dépense|dépensent|investit|investissent|apporte|apportent)"
YEARLY_SPENDING = cue(rf"\b{_YEARLY_VERB}\b[^.]{{0,60}}?"
                      r"\b(?:chaque\s+année|par\s+an|annuellement|tous\s+les\s+ans)\b|\b(?:chaque\s+année|tous\s+les\s+ans)\b"
                      rf"[^.]{{0,40}}?\b{_YEARLY_VERB}\b"
                      # (and told in the passive, a Caf's weight on the territory: "62 millions d'euros de prestations
                      # versées chaque année, dont une large part au titre du RSA et des aides au logement")
                      r"|\b(?:versé|consacré|dépensé|investi)e?s?\b[^.]{0,40}?\b(?:chaque\s+année|par\s+an|annuellement"
                      r"|tous\s+les\s+ans|en\s+(?:19|20)\d\d)\b")
# a table column that names who acts, when, or at what cost, not a field (its header)
NO_FIELD_COLUMN = cue(r"\b(?:pilotes?|porteurs?|partenaires?|calendrier|échéances?|dates?|coûts?|budgets?|montants?"
                      r"|financ\w*|indicateurs?|responsables?|référents?|statut|état|avancement)\b", FLAGS)
# ... and a column of who signed or for how long, named alone in its header cell: a Caf's table of its conventions,
# "Territoire | Période | Priorités retenues" (not a row's "... dans l'est du territoire")
SIGNATORY_COLUMN = cue(r"^\s*(?:territoires?|intercommunalités?|EPCI|signataires?|périodes?|durées?)\s*$")
# a form's labelled line that gives who, for whom, when or how much, not a field: a fiche action's "Public visé :
# familles avec enfants de 0 à 3 ans", "Pilote : Service petite enfance – Partenaires : RPE, PMI", "Budget
# prévisionnel : 45 000 €", a deliberation's "Rapporteur : Madame la Vice-présidente déléguée à la jeunesse"
_NO_FIELD_WORDS = (rf"^\W*(?:publics?(?:\s+(?:visés?|cibles?|concernés?|bénéficiaires))?|rapporteur\w*|lieux?|moyens"
                   rf"|{NO_FIELD_COLUMN.pattern})")
# ... and such labels in a bracket closing a list's item, a table's other columns flattened into it: "OS1. Adapter
# l'offre d'accueil (indicateur : taux de couverture ; partenaires : communes, PMI)"
FORM_BRACKET = cue(rf"\s*\((?:{NO_FIELD_COLUMN.pattern})[^():\n]{{0,25}}:[^()\n]*\)\s*$", FLAGS)
NO_FIELD_LABEL = cue(rf"{_NO_FIELD_WORDS}[^:\n]{{0,25}}:", FLAGS)
# ... and a fiche action's finding, every sentence of its line: "Constat : Le territoire ne dispose d'aucun LAEP. Les
# professionnels de la PMI relèvent l'isolement de jeunes parents." (the need the action answers; read with .match at
# the line's start; not a line going on to what is to be done: "Constat : ... → Enjeu : ...")
FICHE_FINDING = cue(r"\W*(?:constats?|éléments\s+de\s+diagnostic)(?:\s+[\w'’-]+){0,3}\s*:(?![^\n]*(?:→|\benjeux?\b|\bobjectifs?\b))")
# ... or such a label alone on its line, its value on the next, as a fiche flattened from a PDF's table renders it:
# "Public\nParents d'enfants de 0 à 18 ans\nPilote\nCentre social"
NO_FIELD_HEADING = cue(rf"{_NO_FIELD_WORDS}[^:.\n]{{0,25}}$", FLAGS)
# a sentence summing up the one before as topics ("Modes de garde, activités pour les ados, logement... Tous les
# sujets peuvent être abordés."): when it is general, so is the enumeration it sums up
SUMS_UP = cue(r"^\W*(?:tous|toutes)\s+(?:les|ces)\s+(?:sujets|questions|thèmes|thématiques|domaines)\b")
# a row of an agenda: a day, a month and a clock time open the line ("Mardi 14 mai, 18h30, salle des fêtes :
# « Faire garder son enfant »"): a meeting's topic, not a field of the convention
AGENDA_ROW = re.compile(rf"^\W*(?:(?:{WEEKDAYS})\s+)?\d{{1,2}}(?:er)?\s+(?:{MONTH_NAMES})\b"
                        r"[^.\n]{0,12}?\b\d{1,2}\s*h\s*(?:\d\d)?\b"
                        # ... or a clock time alone, in a day's programme: "10h15 – Ateliers : « Se loger quand on
                        # est jeune », « Handicap : grandir ensemble »", "14 h : table ronde sur la parentalité"
                        r"|^\W*\d{1,2}\s?h(?:\s?\d\d)?\s*(?:[–—:-]|à\s+\d)"
                        # ... or the next meeting announced under its label: "Prochaine rencontre : mars 2026, sur
                        # le thème de la parentalité", "Prochain atelier : mardi 3 juin à l'espace jeunes" (a network's
                        # or a consultation's page), or a workshop's topic dated after a dash, one a line: "Jeunesse et
                        # mobilité – 14 avril" (a calendar of the diagnostic's workshops)
                        r"|^\W*prochain(?:e|s|es)?\s+(?:ateliers?|rencontres?|rendez-vous|réunions?|séances?|journées?"
                        r"|soirées?|forums?|comités?|permanences?)\s*:"
                        rf"|^[^.:;!?\n]{{3,60}}?\s[–—-]\s*(?:(?:{WEEKDAYS})\s+)?\d{{1,2}}(?:er)?\s+(?:{MONTH_NAMES})"
                        r"(?:\s+\d{4})?\s*$", FLAGS)
# ... or of a council's agenda, told by its vote: "5. Subvention à l'association Solidarité Ukraine – Adopté à
# l'unanimité" (minutes' summary: each point is a decision, not a field of the convention)
VOTE_ROW = re.compile(r"\b(?:adopté|approuvé|voté|rejeté)e?s?\s+(?:à\s+l['’]\s*unanimité|à\s+la\s+majorité|par\s+\d+\s+voix)"
                      # (or by its bare verdict after a dash, and the agenda's last row: "5. Tarifs de la cantine –
                      # Adopté", "8. Habitat – OPAH – avenant n°2 – adopté (480 000 € sur trois ans)", "9. Questions
                      # diverses")
                      # (or after a colon, and an opinion the council gives on another body's plan: "5. Habitat –
                      # Programme local de l'habitat – Avis sur le projet : avis favorable.")
                      r"|[:–—-]\s*(?:adopté|approuvé|voté|rejeté)e?s?\s*(?:\(|\.?\s*$)|^\W*(?:\d+\W+)?questions\s+diverses\b"
                      r"|[:–—-]\s*avis\s+(?:favorable|défavorable|réservé)\b",
                      FLAGS)
# a label alone before the colon, its subject in the sentence before it: "Les élus ont fait de la jeunesse le fil
# rouge de cette première CTG. Objectifs :"
BARE_LABEL = cue(r"\W*(?:les\s+|ses\s+|leurs\s+|nos\s+)?(?:grands\s+|principaux\s+)?(?:objectifs?|priorités?|actions?"
                 r"|engagements?|ambitions?)(?:\s+(?:retenu|prioritaire|principa)\w*)?\s*:", FLAGS)
# the partners' plan in the first person, right under the sentence naming the convention: "Signature officielle de la
# CTG avec la Caf ce matin !\nPendant 4 ans, nous allons travailler ensemble pour les familles :" (a town's post)
WE_WILL = cue(r"\b(?:nous\s+allons|on\s+va|nous\s+(?:travaillerons|agirons|mettrons|développerons))\b[^:]*:\s*$", FLAGS)
# the heading of a page's next section, after its fields: "Les acteurs", "Documents utiles", "Contacts", "En savoir
# plus" (a run of unmarked fields, each heading over its paragraph, ends there)
NEXT_SECTION = cue(r"^\W*(?:les\s+|nos\s+|vos\s+|la\s+|le\s+|une\s+)?(?:acteurs|documents?(?:\s+(?:utiles|à\s+télécharger))?|contacts?"
                   r"|en\s+savoir\s+plus|pour\s+aller\s+plus\s+loin|calendrier|liens?\s+utiles|télécharge\w*"
                   r"|agenda|actualités?|à\s+venir|rendez-vous|infos?\s+pratiques"
                   # (and how the convention is run, the section after its priorities: "Nos priorités\n...\nLes
                   # instances\nComité de pilotage : une fois par an", "La gouvernance", "Les moyens")
                   r"|instances(?:\s+de\s+pilotage)?|gouvernance|pilotage|moyens|financements?"
                   r"|suivi(?:\s+et\s+(?:l['’]\s*)?évaluation)?|évaluation)\W*$", FLAGS)
# ... and so does a long document's next part: "Article 5 – Gouvernance" under the last axis's objectives
DOCUMENT_PART = cue(r"^\W*(?:article|partie|titre|annexe)\s+(?:\d{1,2}|[IVX]{1,4})\s*[–—:.-]")
# a relative clause between commas, the enumeration going on after it: ", qui représentent 60 % des allocataires, ",
# ", où le taux de couverture reste faible, "
INCISE = re.compile(r"(?<=,)\s+(?:qui|dont|où)\s[^,;:.!?«»\n]{1,100}(?=,\s+(?:et\s+)?[a-zà-ÿ'’]+\s)", FLAGS)
# an item whose subject is another scheme, named in its first words: "Renouvellement du projet éducatif territorial
# (PEDT) 2023-2026, axé sur ...", "Contrat de ville : ..." (not "Articuler la CTG et le PEDT")
OTHER_SCHEME_ITEM = re.compile(rf"^\W*(?:(?:\w+\s+){{0,2}}(?:du|de\s+la|des|le|la|les|l['’]|un|une)\s+)?(?:{SCHEME_NAMES})", FLAGS)
# a field said to stay out of the convention, after it is named: "Le président a insisté sur le logement, « qui
# conditionne tout », sans qu'il figure parmi les priorités de la convention"
# (or funded outside it, on a page of questions: "Et l'accès aux droits ?\nIl reste assuré par la Maison France
# services, financée par la commune hors convention.")
LEFT_OUT = cue(r"\bsans\s+qu['’]\s*(?:elle|il|ils|elles|ce|cela)s?\s+(?:ne\s+)?(?:figure|fasse\s+partie|soit\s+inscrit|entre)"
               r"|\bhors\s+(?:de\s+la\s+)?(?:convention|C\.?T\.?G)\b|\ben\s+dehors\s+de\s+la\s+(?:convention|C\.?T\.?G)\b"
               # (or absent from it: "la réflexion sur la jeunesse, absente de la convention actuelle", "des thématiques
               # absentes de la convention alors qu'elles ressortent des entretiens : ...")
               r"|\babsente?s?\s+de\s+(?:la|cette|notre)\s+(?:convention|C\.?T\.?G)\b"
               # (or left to the member communes' own conventions, an intercommunal convention's note: "Les crèches
               # restent financées par les conventions communales", "Les accords sur le périscolaire restent signés
               # commune par commune", "Le périscolaire relève des communes et fait l'objet de conventions distinctes")
               r"|\b(?:dans\s+le\s+cadre\s+des?|par\s+(?:les|des))\s+conventions?\s+communales\b"
               r"|\b(?:restent|resteront|demeurent)\b[^.]{0,30}?\bsignée?s?\s+commune\s+par\s+commune\b"
               r"|\b(?:fait|font)\s+l['’]\s*objet\s+de\s+conventions?\s+(?:distinctes?|séparées?|propres|communales)\b"
               # (or said by an official not to be in it, before what is done elsewhere: "« Ce n'est pas dans la
               # convention, mais nous y travaillons avec l'État »", an answer on housing at a signing)
               r"|\b(?:ce|cela|ça)\s+n['’]\s*(?:est|était|sera)\s+pas\s+(?:inscrit\w*\s+|prévu\w*\s+)?(?:dans|par)\s+"
               r"(?:la|cette|notre)\s+(?:convention|C\.?T\.?G)\b"
               # (or said to belong elsewhere in a relative clause after them, a convention's note on its diagnostic:
               # "Le diagnostic a aussi relevé des besoins de mobilité et de santé, qui relèvent d'autres dispositifs")
               r"|\bqui\s+relève(?:nt)?\s+d['’]\s*(?:une\s+)?autres?\s+(?:dispositifs?|démarches?|politiques?|schémas?"
               r"|plans?|contrats?|programmes?|cadres?|compétences?|partenaires?|acteurs?|financements?)\b"
               # (or said outright not to fall under it, as an official's aside at a signing: "« Cela ne relève pas
               # directement de la convention »", "le réseau parentalité est piloté par le Département, pas par la
               # CTG", "elle a cité les transports, « non pas comme un axe de la convention, mais ... »")
               r"|\bne\s+relève\w*\s+pas\s+(?:directement\s+|vraiment\s+|strictement\s+)?d[eu]\s+(?:la\s+|cette\s+"
               r"|notre\s+)?(?:convention|C\.?T\.?G)\b"
               r"|,\s*(?:et\s+|mais\s+)?(?:non|pas)\s+(?:dans|de|par)\s+(?:la|cette|notre)\s+(?:convention|C\.?T\.?G)\b"
               r"|\bnon\s+pas\s+comme\s+(?:une?\s+)?(?:thématiques?|axes?|priorités?|volets?|champs?|enjeux)\s+"
               r"(?:de\s+la|du)\s+(?:convention|C\.?T\.?G)\b"
               # (and said to stay in another body's hands: "L'aide aux aînés reste du ressort du CCAS")
               r"|\b(?:reste|restent|demeure|demeurent|relève|relèvent)\s+du\s+ressort\s+d(?:u|e|es)\b")
# a field the convention may take in later, by an amendment or in the next one, is not one of it yet: "La prochaine
# CTG pourrait aussi intégrer la mobilité", "La convention pourra être modifiée par avenant, notamment pour intégrer le
# logement des saisonniers", "le bilan prépare la future convention en intégrant davantage la santé"
LATER_ADDITION = cue(r"\bpourr(?:ait|aient|a|ont)\s+(?:aussi\s+|également\s+|ensuite\s+|à\s+terme\s+)?(?:intégrer|inclure"
                     r"|s['’]\s*élargir|s['’]\s*ouvrir|accueillir\s+un\s+(?:volet|axe))\b"
                     r"|\bpar\s+avenant\b[^.;!?]{0,60}?\bpour\s+(?:y\s+)?(?:intégrer|inclure|ajouter)\b"
                     r"|\b(?:future|prochaine)\s+(?:convention|C\.?T\.?G)\s+en\s+(?:y\s+)?(?:intégrant|incluant|ajoutant)\b")
# ... or in the next sentence, which leaves out the fields the one before named: "Et le logement, la santé ? Ces
# sujets sont importants, mais ils relèvent d'autres démarches."
# (one field too, on a page of questions: "Et la jeunesse ?\nElle relève d'une autre démarche, le projet jeunesse")
LEFT_OUT_AFTER = cue(r"^\W*(?:ils?|elles?|ces?\s+(?:sujets?|questions?|thèmes?|domaines?|champs?))\b[^.?!]{0,60}?"
                     r"(?:\bne\s+(?:figurent|figure|font|fait)\s+pas|\brelève(?:nt)?\s+d['’]\s*(?:une\s+)?autres?\b"
                     r"|\bne\s+(?:sont|est)\s+pas\s+(?:couvert|traité|retenu|inscrit)\w*)")
# the Caf's funding of the town's facilities, told as why it signs, names no field of the convention: "« La Caf finance
# une grande partie de nos crèches, de nos centres de loisirs »", "La Caf est notre premier partenaire financier pour
# les crèches", "les financements de la Caf aux crèches passent désormais par les CTG", "Sans convention, nous perdions
# une partie des financements de nos crèches" (not what it will fund: "La Caf financera un bus France services")
CAF_FUNDS_OURS = cue(r"\bcaf\s+(?:est\s+(?:notre|leur|son)\s+)?(?:premier\s+|principal\s+)?partenaire\s+financier"
                     r"|\bcaf\s+finance\s+(?:déjà\s+|aussi\s+)?(?:une\s+(?:grande\s+|large\s+|bonne\s+)?partie\s+"
                     r"d(?:e\s+|es\s+)|l['’]\s*essentiel\s+d(?:e\s+|es\s+))?(?:nos|leurs|ses)\s"
                     r"|\bfinancements?\s+(?:de\s+la\s+caf\s+)?(?:aux|de\s+(?:nos|leurs|ses))\s+(?:crèches|équipements"
                     r"|structures|centres|accueils)"
                     # (and what funding the facilities would lose without a convention: "Or sans CTG, les multi-accueils
                     # et l'accueil de loisirs risquent de perdre le bonus territoire", "Sans convention, les crèches
                     # craignent pour leurs financements", a page on a convention not yet signed)
                     r"|\bsans\s+(?:la\s+|cette\s+|une\s+|de\s+)?(?:C\.?T\.?G|convention)\b[^.!?]{0,160}?\b(?:financ\w*|bonus)")
# what critics say the convention lacks names no field of it: "L'opposition s'est abstenue, regrettant l'absence de volet
# logement", "Un élu regrette que « le logement des jeunes ne figure pas dans la convention »", "Le maire a plaidé pour
# « un volet logement plus ambitieux »", "Le logement, grand absent", "Mais aucun engagement sur les tarifs des accueils
# de loisirs" (not a need told as a lack, which the convention answers: "l'absence de lieu pour les 11-17 ans", nor a
# need an official deplores: "« Nos jeunes partent faute de logement », regrette la présidente"; nor what a field
# lacks: "regrettant l'absence de calendrier pour la mobilité")
CRITICISM = cue(r"\b(?:regrett|déplor|critiqu|dénon[cç])\w*\s+(?:«\s*)?(?:l['’]\s*absence\s+d(?:e\s+|['’]\s*)(?!calendrier|échéancier|délai)|le\s+manque\s+d['’]\s*"
                r"(?:engagement|ambition|volet|action|chiffr))"
                r"|\b(?:regrett|déplor)\w*\s+(?:«\s*)?que\b[^.!?]{0,150}?\b(?:ne|n['’])\s*(?:[\w'’]+\s+){0,2}?"
                r"(?:pas|plus|aucun\w*|jamais)\b"
                # (and what an official is challenged on at the signing: "Reste la question des logements indignes,
                # sur laquelle le maire a été interpellé", "la présidente, interpellée sur le logement des jeunes")
                r"|\b(?:sur\s+(?:laquelle|lequel|lesquel(?:le)?s)\b[^.;!?]{0,60}?\binterpell\w*|interpellée?s?\s+sur)\b"
                r"|\bgrand(?:e|s|es)?\s+absente?s?\b"  # (not "les ados sont les grands oubliés du territoire", a need)
                r"|\bplaid\w*\s+pour\s+(?:«\s*)?(?:un|une|des)\s+(?:volet|axe|action|engagement|fiche)s?\b"
                r"|\baucun\w*\s+(?:engagement|action|mesure|volet|chiffre|création|mention)s?\b")
# who keeps which facilities is no field of the convention: "Les communes restent compétentes pour leurs crèches et
# leurs accueils périscolaires", "la commune conserve la compétence des accueils de loisirs"
# (and other conventions kept for the members' own competences: "Les conventions des villes restent en vigueur pour
# leurs compétences propres (crèches, accueils de loisirs)")
# (and who wants to keep control of them: "Certaines communes souhaitent garder la main sur le périscolaire", a
# dispute over the convention's scope)
COMPETENCE = cue(r"\bgarder\s+la\s+main\s+sur\b|\b(?:reste|restent|restant|demeure|demeurent)\s+compétente?s?\b|\bconserve\w*\s+(?:la|leur|leurs|sa|ses)\s+"
                 r"compétences?\b|\bcompétences\s+propres\b|\b(?:ses|leurs|nos)\s+propres\s+compétences\b"
                 r"|\bcompétences\b[^.]{0,40}\bsont\s+(?:\w+\s+)?(?:communales|intercommunales|départementales)\b"
                 # ... or who runs them, to say why it signs: "Parce que c'est la Ville qui gère les crèches et les
                 # centres de loisirs" (an interview's answer on the convention's scale)
                 r"|\bc['’]\s*est\s+(?:la|le|l['’]|les|elle|lui|eux|nous)\s*\w*\s+qui\s+(?:gère|gèrent|exerce|exercent|porte|portent)\b", FLAGS)
# ... and a co-signatory named with the facilities it runs, to say why it signs: "La ville d'Autun, qui gère en propre
# le multi-accueil et l'accueil de loisirs, a également signé la convention", "Les communes de Luzy et de Cercy,
# gestionnaires d'accueils de loisirs, sont également signataires" (a long document's signatories, not its fields)
# (or that runs or carries them, who signs in other words or sits in the convention's bodies: "Les communes de
# Rieux et de Lavelanet, qui portent des services périscolaires, ont apposé leur signature", "Le SIVU, gestionnaire
# de la crèche, sera associé au comité de pilotage", "La ville, qui gère son propre centre social, a toutefois été
# associée aux groupes de travail")
SIGNATORY_MANAGER = cue(r"(?:(?:\bgestionnaires?\s+d|\b(?:qui|dont\s+les\s+communes)\s+(?:gère|gèrent|portent)\b)[^.;:]{0,160}?"
                        r"\b(?:(?:a|ont|est|sont)\s+(?:également\s+|aussi\s+|donc\s+)?(?:signé|cosigné|(?:co)?signataires?)"
                        r"|figurent?\s+parmi\s+les\s+signataires|(?:en\s+)?(?:sont|est)\s+(?:également\s+|aussi\s+|donc\s+)?"
                        r"(?:co)?signataires?|(?:a|ont)\s+(?:également\s+|aussi\s+)?apposé\s+leurs?\s+signatures?"
                        r"|(?:a|ont|sera|seront|est|sont)\s+(?:toutefois\s+|également\s+|aussi\s+|donc\s+)?(?:été\s+)?"
                        r"associée?s?\s+(?:au|aux|à\s+la|à\s+l['’])\s*(?:comités?|groupes?|instances?|gouvernance|pilotage"
                        r"|travaux|démarche|réflexion|ateliers?))\b)"
                        r"(?=[^.]*(?:\.(?:\s|$)|$))")  # (its sentence ends there: not one a layout glued to the axes)
# ... and who holds a field as a competence, or which other plan it falls under: "La jeunesse reste une compétence des
# communes", "les communes qui portent une compétence enfance", "la compétence enfance-jeunesse a été transférée à
# l'intercommunalité", "la Collectivité, compétente en matière de logement", "Le logement étudiant relève quant à lui du
# plan métropolitain", "relèveront désormais du programme de réussite éducative", "le Département pilote l'aide sociale
# à l'enfance" (not the Département as the "chef de file" bringing its expertise to two fields of the convention)
HELD_ELSEWHERE = cue(r"\b(?:reste|restent|demeure|demeurent)\s+(?:une\s+|la\s+)?compétences?\b"
                     r"|\b(?:portent|porte|exercent|exerce|détiennent|détient)\s+(?:une|la|les|des)\s+compétences?\b"
                     r"|\bcompétences?\s+(?:[\w'’-]+\s+){0,3}(?:a|ont)\s+été\s+transférée?s?\b|\bcompétente?s?\s+en\s+matière\b"
                     r"|\brelève(?:nt|ront|ra)?\s+(?:(?:quant\s+à\s+(?:lui|elle|eux|elles)|désormais|plutôt|aussi)\s+)?"
                     r"d(?:u|e\s+la|es|['’]\s*(?:un|une))\s+(?:autres?|plans?|programmes?|schémas?|contrats?|dispositifs?"
                     r"|projets?|politiques?)\b|\b(?:le|du)\s+département\s+pilote\b"
                     # (and a co-signatory's competences, told as why it joins: "le Département s'y engage au titre
                     # de la protection maternelle et infantile", "l'un au titre de la PMI, l'autre au titre des
                     # prestations", "cosignataire au titre de ses compétences en matière de PMI", "La Métropole exerce
                     # sur son territoire les compétences d'un département, notamment en matière de PMI")
                     r"|\b(?:l['’]\s*(?:un|une|autre)|s['’]\s*y\s+engage\w*|(?:co)?signataires?|intervien\w+)\s+"
                     r"(?:[\w'’]+\s+){0,2}?au\s+titre\s+d(?:e|u|es)\b(?!\s*(?:la|cette|notre)\s+(?:convention|C\.?T\.?G))"
                     r"|\bau\s+titre\s+de\s+(?:ses|leurs|nos|sa|son)\s+(?:propres\s+)?compétences\b"
                     r"|\b(?:exercent|exerce)\s+(?:[\w'’]+\s+){1,4}?(?:les|des|ses|leurs)\s+compétences\b")
# services that keep their usual funding are no field the convention chose: "Les crèches et accueils de loisirs
# existants continueront d'être financés par la Caf", "La petite enfance reste financée dans le droit commun" (a page
# whose convention bears on one or two other fields)
# (and services that keep running: "Pour vous, rien ne change : la crèche et l'accueil de loisirs continuent de
# fonctionner", a magazine's question on what the convention changes)
FUNDED_AS_BEFORE = cue(r"\b(?:continu\w*\s+(?:d['’]\s*|à\s+)être|rest\w*|demeur\w*)\s+(?:(?:toujours|bien|ainsi|donc|aussi|également|normalement|intégralement)\s+)?financ(?:é|ée|és|ées)\b"
                       r"|\bcontinu(?:e|ent|era|eront)\s+(?:de|à)\s+fonctionner\b|\brien\s+ne\s+change\b")
# what was said or is asked at a consultation is no field yet: "Autour des tables, les échanges ont beaucoup porté sur les
# places en crèche", "Plusieurs ont cité le manque de solutions pour les ados", "« On a beaucoup entendu parler de garde
# d'enfants »", "Les premiers échanges ont fait émerger des inquiétudes : ...", "la Ville veut savoir ce que vivent les
# 11-25 ans", "on veut entendre les parents, les jeunes", "Tes réponses nous aideront" (not what they led to: "les
# ateliers ont fait émerger trois priorités", CONSULTATION_OUTCOME)
HEARD = cue(r"\b(?:échanges|débats|discussions|questions)\s+ont\s+(?:\w+\s+)?(?:porté|tourné)\s+(?:sur|autour)"
            r"|\bont\s+(?:beaucoup\s+|surtout\s+|notamment\s+|aussi\s+|également\s+)?cité\b|\bentendu\s+parler\b"
            r"|\b(?:veu[tx]|voulons|voulez|souhait\w+)\s+(?:d['’]\s*abord\s+)?(?:savoir|entendre|connaître)\b"
            # (and the readers' needs a survey is to learn: "Objectif : mieux connaître vos besoins en matière de garde")
            r"|\b(?:connaître|recueillir|identifier|cerner)\s+vos\s+(?:besoins|attentes|avis|souhaits)\b"
            r"|\btes\s+réponses\b|\bfait\s+émerger\s+(?:des|de\s+fortes|les)\s+(?:inquiétudes|attentes|craintes|besoins)\b"
            # (and what the people a concertation invites are to share: "Parents, jeunes et associations sont invités à
            # partager leurs attentes sur la garde des enfants et les loisirs des ados")
            r"|\b(?:sont|seront|êtes|serez)\s+(?:tous\s+)?invité(?:e|s|es)?\s+à\s+(?:y\s+)?(?:partager|exprimer|donner"
            r"|dire|faire\s+part\s+de)\s+(?:leurs|leur|vos|votre)\s+(?:attentes|avis|besoins|idées|souhaits|remarques)\b")
# an event's programme is no field of the convention, however the event serves it: "Au programme : les chiffres clés
# du diagnostic, puis des tables rondes sur les modes de garde" after "la communauté de communes invite les habitants à
# une réunion publique", "Au programme : un atelier sur la participation des habitants" after "Les coordinateurs se sont
# retrouvés pour une journée d'échanges" (not a signing's "Au programme : crèches, jeunesse et accès aux droits", nor
# "Au programme pour 2024-2028 :"), EVENT_PROGRAMME on the sentence, EVENT_NAMED on the one before
EVENT_PROGRAMME = cue(r"^\W*au\s+programme\b(?!\s+(?:pour|des\s+\d|de\s+la\s+(?:feuille|convention|ctg)))")
EVENT_NAMED = cue(r"\b(?:journées?|matinées?|soirées?|réunions?|rencontres?|forums?|séminaires?|webinaires?|conférences?"
                  # (or a body gathering the people: "la Caf a réuni à Rodez les coordinateurs des CTG")
                  r"|colloques?)\b|\bse\s+sont\s+(?:retrouvé|réuni|rassemblé)\w*|\b(?:a|ont|avait|avaient)\s+(?:réuni|rassemblé)\b"
                  r"|\binvit\w*\s+(?:les\s+|tous\s+les\s+)?"
                  r"(?:habitants|familles|parents|élus|partenaires)\b")
# a signing told (an event's sentence before its programme; a rubric's story, `ThemesComponent.rubric_zones`)
SIGNING = cue(r"\b(?:sign|paraph|renouvel|officialis)\w*")
# a job offer's labelled lines give the post, not fields: "Offre d'emploi – Chargé(e) de coopération CTG (H/F)", "Cadre
# d'emplois : attachés territoriaux", "Employeur : ...", "Lieu : Saint-Girons", "Date limite de candidature : ..."
JOB_POSTING_LABEL = cue(r"^\W*(?:offres?\s+d['’]\s*emploi|cadres?\s+d['’]\s*emplois?|employeur|lieu(?:\s+de\s+travail)?"
                        r"|date\s+limite|grade|rémunération|type\s+de\s+contrat|temps\s+de\s+travail|poste\s+à\s+pourvoir"
                        r"|charg[ée]+(?:\(e\))?\s+de\s+(?:coopération|mission))\b")
# a page's navigation names rubrics, not fields: "Retour à la rubrique Enfance et familles", "Contactez la mission
# cohésion sociale.", "Vos démarches" (a site's menu entry) (a box of key figures is read as fields by the writers:
# "En chiffres : 540 places d'accueil du jeune enfant, 9 accueils de loisirs")
NAVIGATION = cue(r"^\W*retour\s+(?:à|vers)\s+(?:la\s+rubrique|l['’]\s*accueil|la\s+liste|la\s+page)\b"
                 r"|^\W*contactez(?:-nous)?\b|^\W*vos\s+démarches\W*$")
# the object every convention's template gives itself, item by item, names no field of this one: "La présente convention
# vise à :\n- identifier les besoins prioritaires du territoire ;\n- définir les champs d'intervention à privilégier ;\n-
# pérenniser et optimiser l'offre des services ;\n- développer des actions nouvelles.", "a pour objet : - de définir un
# projet social de territoire partagé ; - de fixer les modalités de pilotage, de suivi et d'évaluation"
TEMPLATE_OBJECT = cue(r"^\W*(?:d['’]\s*|de\s+)?(?:identifier\s+les\s+besoins\s+prioritaires|définir\s+les\s+champs\s+d['’]\s*"
                      r"intervention|pérenniser\s+et\s+optimiser\s+l['’]\s*offre|développer\s+des\s+actions\s+nouvelles"
                      r"|définir\s+(?:un|le)\s+projet\s+(?:social\s+|stratégique\s+)?(?:de|du|global\s+du)\s+territoire"
                      r"|préciser\s+les\s+axes\s+de\s+travail|fixer\s+les\s+modalités\s+de\s+(?:pilotage|suivi|mise\s+en\s+œuvre))")
# ... and neither does a party's duty in the convention's article on its engagements ("La Caf s'engage à :\n- mettre à
# disposition ses données statistiques ;\n- participer aux instances de pilotage.", "La Communauté s'engage à :\n-
# désigner un référent technique chargé de la coordination ;\n- mettre en œuvre le plan d'actions figurant en annexe")
# (not a duty that names a field too: "mettre en œuvre les fiches actions ... en matière d'accueil du jeune enfant")
PARTY_DUTY = cue(r"^\W*(?:d['’]\s*|de\s+)?(?:participer|désigner|nommer|transmettre|partager|mettre\s+à\s+disposition|fournir"
                 r"|communiquer|mobiliser|assurer|mettre\s+en\s+œuvre|accompagner\s+financièrement)\b[^.;\n]{0,50}?"
                 r"\b(?:instances?|comités?|pilotage|gouvernance|référents?|données|statistiques|éléments\s+d['’]\s*évaluation"
                 r"|bilans?|(?:ses|leurs)\s+financements|financements\s+de\s+droit\s+commun|conseill\w+\s+territoria\w+"
                 r"|expertise|secrétariat|plan\s+d['’]\s*actions?\s+(?:figurant|annexé|joint|en\s+annexe)"
                 r"|actions\s+dont\s+(?:il|elle|ils|elles)\s+(?:est|sont)\s+pilotes?)\b")
SHORT_LABEL_MAX_WORDS = 5  # a list's own short label under the paragraph naming the convention ("En bref :")
# a consultation's own topics are no fields of the convention: what a survey asks, what workshops, a forum or a round
# table discuss, told with the instrument as the subject in the sentence's first words ("Les questions portent sur
# :", "Au programme, quatre ateliers :", "Ateliers prévus en mars : accueil du jeune enfant, jeunesse, parentalité.")
# or by a pronoun after the sentence naming it ("Un questionnaire est en ligne jusqu'au 30 juin. Il porte sur :")
# (and the reader's answers, which a survey page asks for: "Vos réponses nous aideront à connaître vos besoins en matière
# de garde, de loisirs et d'accès au numérique.")
CONSULTATION = (r"\b(?:questionnaires?|enquêtes?|sondages?|questions|tables?[\s-]+rondes?|forums?|réunions?\s+publiques?"
                r"|consultations?|concertations?|vos\s+réponses"
                # (or what the reader is invited to say there: "Vous pourrez y dire ce qui manque aux familles : ...")
                r"|vous\s+(?:pourrez|pouvez|êtes\s+invités?\s+à)\s+(?:y\s+)?(?:dire|exprimer|donner|partager|faire\s+part))\b")
# an impersonal "il" continues no sentence: "(Le bilan fait ressortir un besoin ...) Il est donc proposé d'ajouter à la
# convention un champ « inclusion numérique »" (a council's proposal, not the assessment's findings)
# "celle-ci" set against the first or former convention the sentence before told is the new one, unless told in the
# past too: "La première convention a permis de créer des crèches. Celle-ci doit nous permettre d'aller vers les
# parents" (not "Celle-ci était centrée sur l'enfance")
THIS_ONE = cue(r"^\W*(?:«\s*)?celle-ci\b(?![^.;:!?]{0,80}?\b\w{2,}(?:ait|aient)\b)")
IMPERSONAL = cue(r"^\W*il\s+(?:est|sera)\s+(?:donc\s+|ainsi\s+|dès\s+lors\s+)?(?:proposé|demandé|décidé|convenu)\b")
# how and where the reader answers a consultation names no field, whatever venue it names: "Vous pouvez aussi répondre
# sur papier, à l'accueil de la mairie ou au centre socioculturel.", "Répondez en ligne avant le 31 mai."
ANSWERING = cue(r"^\W*(?:vous\s+pouvez\s+(?:aussi\s+|également\s+)?(?:y\s+)?répondre|répondez|remplissez)\b")
CONSULTATION_SUBJECT = cue(rf"^\W*(?:[\w'’]+\W+){{0,4}}?{CONSULTATION}")
# ... and workshops, only as the introduction of their list ("Au programme, quatre ateliers :"): workshops are also
# actions ("Un programme d'ateliers et de groupes de parole sera proposé", "Cafés des parents, ateliers : ...")
# (counted or determined, among the sentence's first words: "Trois ateliers ont été proposés : accueil du jeune enfant,
# ...", not "Cafés des parents, ateliers, médiation familiale : la Ville veut ...")
# (or held, in the past, on their subjects in prose: "Trois ateliers ont suivi sur la petite enfance, la jeunesse et
# ...", not the ones the convention plans: "Des ateliers sur la parentalité seront proposés")
WORKSHOPS_INTRO = cue(r"^\W*(?:(?:[\w'’]+\W+){0,3}?(?:des|les|ces|deux|trois|quatre|cinq|six|plusieurs|\d+)\s+"
                      r"(?:premiers\s+|derniers\s+)?)?ateliers?\b(?:[^:\n]*:|[^.:\n]{0,40}?\b(?:ont|avaient|se\s+sont)\s+"
                      r"[^.:\n]{0,40}?\b(?:sur|autour\s+d)"
                      # (a diagnostic's thematic workshops, held or to come: "Des ateliers thématiques sont prévus sur la
                      # petite enfance, les jeunes et la vie associative"), or their subjects in brackets ("Des ateliers
                      # thématiques sont programmés en mai (petite enfance, jeunesse, logement)")
                      r"|\s+thématiques\b[^.:\n]{0,40}?(?:\b(?:sur|autour\s+d)|\())"
                      # (and the participants' work in workshops, their titles after the colon: "Les participants ont
                      # ensuite travaillé en ateliers : « grandir ici », « être parent aujourd'hui »")
                      r"|^[^:\n]{0,60}?\b(?:travaill|réfléchi|échang|planch)\w*\s+(?:ensuite\s+)?en\s+(?:groupes?|ateliers?)\b[^:\n]*:")
CONSULTATION_NAMED = cue(CONSULTATION)
# ... and where or how to take part in it, whose venues name no field: "On peut aussi le retourner à la ludothèque ou
# au centre social", "Des réunions avec les habitants seront organisées à la maison des jeunes", "Passer au stand de la
# fête de la jeunesse" (a town's call for answers before writing its CTG)
TAKING_PART = cue(r"\b(?:le|la|les)\s+(?:remplir|déposer|renvoyer|retourner)\b"
                  r"|\b(?:rencontres?|réunions?|ateliers?)\s+(?:avec|ouverts?\s+aux)\s+(?:les\s+)?habitants\b[^.]{0,40}?"
                  r"\b(?:prévu|organis)\w*\s+(?:dans|à|au|en)\b|\bpasser\s+au\s+stand\b")
# ... and on a page that tells a consultation, the topics it lists as discussed, without naming the convention: "Les
# thèmes abordés : garde des jeunes enfants, loisirs des ados, ..." under the dates of the public meetings, "Garde des
# enfants, transport, logement : toutes les questions de la vie quotidienne y sont abordées" (in the questionnaire)
# (and the grievances participants voiced, summed up as a long list: "Transport des ados, isolement des jeunes mamans,
# manque de médecins : la liste est longue.")
TOPICS_DISCUSSED = cue(r"^\W*(?:les\s+)?(?:thèmes|sujets|thématiques|questions)\s+(?:abordé|évoqué|discuté|traité)\w*\s*:"
                       r"|:\s*la\s+liste\s+(?:est|serait|était)\s+longue\b"
                       r"|\by\s+(?:sont|seront|ont\s+été)\s+(?:abordé|évoqué|discuté|traité)\w*"
                       # (or passed through: "Modes de garde, transports, loisirs des ados : toutes les questions du
                       # quotidien y passent", a newsletter's paragraph on the questionnaire)
                       r"|\by\s+pass(?:ent|eront|aient)\b")
# a page asking its readers, their wishes' topics after a colon: "Votre avis nous intéresse : horaires de la crèche,
# activités pour les ados, transports", "La Ville veut mieux connaître tes envies : loisirs, job d'été, logement..." (a
# consultation's call, even in the frame of a signed convention; its topics are no fields of it)
ASKED_TOPICS = cue(r"\b(?:votre|ton|vos|tes)\s+avis\s+(?:nous\s+|m['’]\s*)?(?:intéresse|compte|importe)\w*\b[^:\n]{0,40}:"
                   r"|\b(?:mieux\s+)?(?:connaître|recueillir|entendre)\s+(?:tes|vos)\s+(?:envies|attentes|besoins|avis|souhaits"
                   r"|idées)\b[^:\n]{0,40}:")
# ... and the topics a page lists before the consultation that asks about them: "Modes de garde, loisirs des ados, aide
# aux démarches : le sondage, en ligne, prend cinq minutes" (the topics are the survey's, not a convention's)
TOPICS_BEFORE_CONSULTATION = cue(rf",[^:\n]*:\s*(?:les?|la|l['’]|un|une|ce|cette|notre|votre)\s*{CONSULTATION}")
# ... but what a consultation led to is the convention's: "Une enquête auprès de 600 familles a permis de dégager quatre
# priorités :", "Issue de la concertation, la feuille de route comprend :", "Après les ateliers, les élus ..."
CONSULTATION_OUTCOME = cue(
    rf"\b(?:issue?s?\s+d\w*|fruits?\s+d\w*|à\s+l['’]\s*issue\s+d\w*|à\s+partir\s+d\w*|suite\s+(?:à|aux?)|grâce\s+(?:à|aux?)"
    rf"|après|au\s+terme\s+d\w*)\s+(?:[\w'’]+\s+){{0,3}}?{CONSULTATION}"
    r"|\b(?:permis|permet|permettra|permettront|permettent)\s+de\s+(?:dégager|définir|identifier|retenir|fixer|choisir"
    r"|faire\s+(?:émerger|ressortir))|\b(?:conduit|abouti|débouché)\w*\s+(?:à|sur)\b"
    # (told in the past too: "Les ateliers de diagnostic ont fait émerger plusieurs enjeux :", not what was heard,
    # HEARD: "ont fait émerger des inquiétudes")
    r"|\b(?:ont|a|avaient|avait)\s+fait\s+(?:émerger|ressortir)\s+(?:[\w'’]+\s+){0,2}?"
    r"(?:enjeux|priorités|axes|orientations|objectifs|champs|thématiques)\b"
    # (or, impersonally, what came out of it, "en" standing for the consultation told before: "Plus de 400 familles
    # ont répondu au questionnaire. Il en ressort quatre grandes priorités :", not findings, "Il en ressort des
    # inquiétudes :")
    r"|\b(?:il\s+)?en\s+(?:ressort|ressortent|émerge|émergent|découle|découlent|est\s+(?:ressorti|sorti|né))\s+"
    r"(?:[\w'’]+\s+){0,3}?(?:enjeux|priorités|axes|orientations|objectifs|champs|thématiques)\b")
# ... and so are a diagnostic's findings, introduced as such ("Les constats convergent : manque de solutions de garde,
# ...", "Le cabinet a présenté les grandes tendances : ..."), unless the introduction names what is chosen ("À partir de
# ces constats, les partenaires retiennent les orientations suivantes :") or the line goes on to what is to be done
# ("Constat : ... → Enjeu : aller vers les 12-18 ans")
# (a study's results too: "le cabinet chargé de l'étude présentera les premiers résultats : évolution de la population,
# offre d'accueil ..." at a diagnostic's public meeting; not the convention's: "Deux ans après sa signature, les premiers
# résultats sont présentés : ouverture de la micro-crèche, ...")
# (or the figures an official recalls: "Le directeur de la Caf a rappelé les chiffres : 38 000 allocataires, une
# couverture en modes d'accueil parmi les plus faibles, ...")
FINDINGS = cue(r"^[^:\n]*?\b(?:constats?|(?:grandes\s+)?tendances|enseignements|(?:les|quelques)\s+chiffres"
               r"|(?:étude|diagnostic|cabinet|bureau\s+d['’]\s*études|enquête)\b[^:\n]*?\brésultats)\b(?P<rest>[^:→\n]*):"
               r"(?![^\n]*(?:→|\benjeux?\b|\baxes?\b|\bobjectifs?\b|\bpriorit))")
# ... and what a diagnostic brings out, a council report's findings over its bullets: "Le diagnostic réalisé en 2024 met
# en évidence :" then "• 12 communes et 18 000 habitants ;", "• des quartiers prioritaires concentrant la précarité" (not
# the needs it found, which the convention takes up, "Le diagnostic a fait ressortir les besoins suivants : ...", nor its
# findings under a heading of the convention's stakes, "Les enjeux partagés" above "Le diagnostic a fait ressortir :")
DIAGNOSTIC_BRINGS_OUT = cue(rf"^[^:\n]*?\b{_DIAGNOSIS}\b[^:\n]*?\b{_BRINGS_OUT}\b"
                            r"(?![^:\n]*\b(?:axes?|enjeux|priorit\w+|orientations?|objectifs?|besoins?|attentes)\b)[^:\n]*:")
# a facility's own offer, its subjects after a colon, is no field list: "Le Point information jeunesse accompagne les
# 15-25 ans : emploi, logement, santé, mobilité." (a town's CTG page describing each service under its field)
FACILITY_OFFER = cue(r"^\W*(?:(?:le|la|l['’]|les|notre|nos|son|sa|ses|un|une)\s*)(?:point\s+information\s+jeunesse|\bPIJ\b|\bBIJ\b"
                     r"|bureau\s+information\s+jeunesse|relais\s+(?:petite\s+enfance|assistant\w*\s+maternel\w*)|\bRPE\b|\bRAM\b"
                     r"|\bLAEP\b|lieu\s+d['’]\s*accueil\s+enfants?[\s-]+parents?|centres?\s+socia\w+|espaces?\s+de\s+vie\s+sociale"
                     r"|\bEVS\b|(?:espace\s+|maison\s+)?France\s+services|\bMSAP\b|accueils?\s+de\s+loisirs|\bALSH\b|multi-accueil"
                     r"|crèches?|\bMJC\b|médiathèques?|espaces?\s+jeunes|maisons?\s+des\s+familles)\b[^:\n]{0,40}?"
                     r"\b(?:accompagne|informe|propose|accueille|renseigne|oriente|conseille|aide|répond)\w*\b[^:\n]*$")
# a line a PDF's layout broke mid-sentence before a capitalised word: long, its last word in lower case, no stop
# ("... l'ensemble des champs d'intervention de la branche" above "Famille : petite enfance, ..."), the next line
# opening on no new sentence's subject (text.normalise joins such lines only before a lower-case word)
WRAPPED_LINE_MIN_CHARS = 60
WRAPPED_ABOVE = re.compile(r"[a-zà-ÿ]\s*$")
NEW_SUBJECT = re.compile(r"(?:Le|La|Les|L['’]|Un|Une|Des|Ce|Cette|Ces|Il|Elle|Ils|Elles|Nous|On|Vous|En|Pour|Dans|Depuis)\b")
# an evaluation's recommendations for the next convention are proposals, not its fields yet: "Préconisations pour la CTG
# 2023-2027" above "1. Élargir le champ de la convention à l'accès aux droits ;" (an evaluation report's section)
RECOMMENDATIONS = cue(r"^\W*(?:[\dIVX]+(?:\.\d+)*\s*[.)–-]?\s*)?(?:(?:nos|les|des|principales|quelques)\s+)?"
                      r"(?:préconisations|recommandations)\b")
# a key figure's line in a box of figures: a number first ("13 communes", "près de 17 000 habitants", "3 multi-accueils,
# 1 RPE"), not a numbered item ("1. Qu'est-ce que c'est ?", "Axe 1. ...")
KEY_FIGURE = re.compile(r"^\W*(?i:(?:près\s+de|plus\s+de|environ|moins\s+de)\s+)?\d+(?:[\s.,]\d+)*\s*(?:%|[a-zà-ÿ])")
# -- a long document's own structure (ThemesComponent.section_zones) ------------------------------------------------
# a numbered heading of a long document, its rank told by its mark: "Chapitre 2 – ...", "TITRE III – ...", "Article 4 –
# ...", "4. LE DIAGNOSTIC", "IV. Gouvernance", "5.2 Les enjeux ...", "6.1.2 ..." (the text after the mark is its title)
# a table of contents' heading (component.section_zones)
CONTENTS_HEADING = re.compile(r"^\W*(?:sommaire|table\s+des\s+matières)\W*$", FLAGS)
SECTION_MARK = re.compile(
    r"^\W{0,3}(?:(?P<part>titre|partie|chapitre|volet)\s+(?:\d{1,2}|[IVX]{1,4})|(?P<article>article)\s+\d{1,2}"
    r"|(?P<sub>\d{1,2}(?:\.\d{1,2}){1,2})\.?|(?P<top>\d{1,2}|[IVX]{1,4})\s*[.)]|(?P<dash>\d{1,2}|[IVX]{1,4})(?=\s+[–—-]))"
    r"\s*[–—:.-]?\s+(?P<title>\S[^\n]*)$", re.I)
# a section heading naming what the convention retains or does: its orientations, axes, priorities, fields, objectives,
# action plan, among its first words ("Article 2 – Les champs d'intervention retenus", "5. LES ORIENTATIONS 2025-2029",
# "Titre III – Plan d'actions", "Chapitre 5 – Des enjeux aux priorités"; not a council's item "6. Tourisme – Convention
# d'objectifs avec l'office de tourisme")
FIELDS_SECTION = cue(r"^\W*(?:(?!convention)[\w'’]+\W+){0,3}?(?:orientations?(?!\s+budg)|axes?|priorit\w+|champs?|domaines?|objectifs?"
                     r"|thématiques?|plans?\s+d['’]\s*actions?|programmes?\s+d['’]\s*actions?|fiches?[\s-]+actions?"
                     r"|ambitions?)\b|\bretenu\w*\b")
# ... and one on anything else a convention holds: the territory as it is, the past convention, the parties, their
# duties, the meetings, the follow-up, the duration, the money, the closing clauses ("Chapitre 2 – Diagnostic partagé et
# enjeux", "3. Le bilan de la CTG 2020-2024", "Article 4 – Engagements de la Caf", "6. Pilotage, suivi et évaluation",
# "5.4 Articulation avec les autres démarches du territoire")
OTHER_SECTION = cue(r"\b(?:diagnostics?|état\s+des\s+lieux|constats?|enjeux|bilans?|historique|signataires"
                    r"|parties|gouvernance|pilotage|suivi|évaluation|durée|engagements?|financ\w+|instances?|articulation"
                    r"|modalités|résiliation|litiges?|communication|annexes?|données|portrait|chiffres\s+clés|indicateurs"
                    r"|présentation\s+du\s+territoire|territoire\s+et\s+(?:ses|sa)\s+\w+|comités?|cadrage"
                    r"|résiliation|contentieux|contexte|préambule|introduction|méthodologie)\b"
                    # (the territory alone as a title: "2. Le territoire", a portrait)
                    r"|^\W*(?:le\s+)?territoire\W*$")
