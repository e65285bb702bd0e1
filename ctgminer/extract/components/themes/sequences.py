"""Theme phrases the other readings of the finder missed (session 19, missed fields), one reading per section:
fields given one per sentence ordered by words of order ("D'abord la petite enfance, parce que nous manquons de
places. Ensuite les ados. Enfin, l'accès aux droits."), enumerations whose items have one form, fields a partner
adds to the convention, and unmarked objectives under a heading that only a bulleted list had."""

from __future__ import annotations

from itertools import takewhile
from typing import TYPE_CHECKING

from ctgminer.extract.components.themes.patterns import (
    INFINITIVE_START,
    LABEL_LINE,
    LIST_ONLY_INTRO,
    NAMES_CONVENTION,
    NAMES_CTG,
    PAGE_FURNITURE,
    cue,
)

if TYPE_CHECKING:
    from ctgminer.extract.components.themes.component import Phrase, ThemesComponent
    from ctgminer.text.sentences import Sentences

# the word that opens the run, and those that go on with it
# (or the rank of the axis a sentence gives, as a pronoun, and its verb: "La première, c'est l'accueil des tout-petits.
# La deuxième est d'offrir aux jeunes ...", "Le premier chantier, c'est ...", "Le dernier, enfin, concerne ...")
_RANKED = (r"(?:\s+(?:chantier|axe|priorité|sujet|objectif|orientation|volet|enjeu|ambition|urgence))?\s*,?\s*"
           r"(?:enfin\s*,\s*)?(?:c['’]\s*est|ce\s+sont|est\s+consacrée?\s+(?:à|aux?)|est(?:\s+d(?:e|['’]))?|concerne"
           r"|porte\s+sur|vise(?:\s+à)?|touche\s+(?:à|aux?))")
_FIRST = rf"d['’]\s*abord|premièrement|en\s+premier\s+lieu|un\s*,|l[ae]\s+premi(?:er|ère){_RANKED}"
_NEXT = (r"ensuite|puis|enfin|deuxièmement|troisièmement|quatrièmement|cinquièmement"
         r"|en\s+(?:second|deuxième|dernier)\s+lieu|(?:deux|trois|quatre|cinq)\s*,"
         r"|(?:deuxième|troisième|quatrième|dernière?)\s+(?:chose|sujet|chantier|point|priorité|urgence)\s*[,:]"
         rf"|l[ae]\s+(?:deuxième|seconde?|troisième|quatrième|cinquième|dernière?){_RANKED}")
# (after the speaker's own lead: "Il faut d'abord des solutions de garde", "Nous allons d'abord travailler sur ...")
_LEAD = r"(?:il\s+faut|nous\s+(?:voulons|allons|devons|souhaitons)|on\s+(?:veut|va|doit))"
SEQUENCE_START = cue(rf"\W*(?:et\s+)?(?:{_LEAD}\s+)?(?:(?P<first>{_FIRST})|(?P<next>{_NEXT}))(?![\w'’-])\s*[,:]?\s*")
# (matched at the sentence's start, or after its colon: "Elle résume les priorités : « Premièrement, que ...")
# ... or the first word of order after the first field, after the sentence's colon: "Le directeur a cité trois
# urgences : « Les modes de garde, d'abord, parce que nous manquons de places."
SEQUENCE_FIRST_AFTER = cue(r"(?:^|:)[\s«\"“]*(?P<item>[^,:;.!?«»]{3,80}?),\s*d['’]\s*abord\b")
# the speaker's lead after the word of order, not part of the item: "Enfin, nous voulons que personne ..."
ITEM_LEAD = cue(rf"\W*(?:{_LEAD}|je\s+pense\s+à|il\s+y\s+a|c['’]\s*est)\s+")
# where the item ends: its explanation after a colon, a semicolon, a reason, a closing quote or a bracket
ITEM_END = cue(r"\s(?::|–)\s|;|»|,\s*(?:parce\s+qu|car\b|puisqu)|\s\(|…")
SEQUENCE_ITEM_MAX_WORDS = 25
# ... and, when the item runs on longer, its first complement after a comma: "D'abord l'accueil des tout-petits, avec
# un objectif de 40 places d'ici 2029, notamment sur la montagne où les assistantes maternelles partent ..."
ITEM_COMPLEMENT = cue(r",\s*(?:avec|notamment|en\s+particulier|dont|où|qui|afin|pour|dans|sur|grâce)\b")
SEQUENCE_GAP = 2  # sentences between two items of the run (an explanation of the item before)



def alternate_runs(marks: set[int], step: int = 2) -> list[list[int]]:
    """The runs of marked lines each over its own paragraph (line k, k + 2, k + 4, ...), first line first: a page's
    headings or questions alternating with the paragraphs they head (with `step` 1, the runs of consecutive lines)."""
    runs: list[list[int]] = []
    for k in sorted(marks):
        if k - step in marks:
            continue  # not the first of its run
        run = [k]
        while run[-1] + step in marks:
            run.append(run[-1] + step)
        runs.append(run)
    return runs

def sequence_phrases(finder: ThemesComponent, text: str, sents: Sentences, excluded) -> list[Phrase]:
    """The items of runs of sentences opened by words of order ("D'abord", "Ensuite", "Enfin"; "Premièrement";
    "Un,", "Deux,"), in the convention's story (after the text first names it): a run starts at its first word
    ("d'abord"), goes on while the next opens a sentence at most SEQUENCE_GAP sentences later, and counts when two
    items at least name some field (so that a ceremony's order of events gives nothing)."""
    named = NAMES_CTG.search(text) or NAMES_CONVENTION.search(text)
    story_start = named.start() if named else len(text)
    out: list[Phrase] = []
    run: list[Phrase] = []
    last = -10

    def flush() -> None:
        if len(run) >= 2 and sum(finder.names_some_field(finder.strip_titles(p.text)) or bool(finder._lexicon_labels(p.text))
                                 for p in run) >= 2:
            out.extend(run)
        run.clear()

    for k, (s, e, sentence, general, other) in enumerate(finder.sentences_in_context(text, sents)):
        e = s + len(sentence.rstrip())  # (the item that ends the paragraph ends before its line break)
        if general or other or s < story_start or any(zs <= s < ze for zs, ze in excluded) \
                or PAGE_FURNITURE.match(sentence):
            if run and k - last > SEQUENCE_GAP:
                flush()
            continue
        m = SEQUENCE_START.match(sentence) or (":" in sentence and SEQUENCE_START.match(sentence, sentence.rfind(":") + 1))
        start = None
        if m and m.group("first"):
            flush()
            start = s + m.end()
        elif m and run and k - last <= SEQUENCE_GAP + 1:
            start = s + m.end()
        elif not m and (after := SEQUENCE_FIRST_AFTER.search(sentence)):
            flush()
            item = finder._clean(text, s + after.start("item"), s + after.end("item"), "prose")
            run.append(item)
            last = k
            continue
        elif run and k - last > SEQUENCE_GAP:
            flush()
        if start is None:
            continue
        if lead := ITEM_LEAD.match(text, start, e):
            start = lead.end()
        end = ITEM_END.search(text, start, e)
        item = finder._clean(text, start, end.start() if end else e, "prose")
        if len(item.text.split()) > SEQUENCE_ITEM_MAX_WORDS and (cut := ITEM_COMPLEMENT.search(text, start, item.end)):
            item = finder._clean(text, start, cut.start(), "prose")
        if 0 < len(item.text.split()) <= SEQUENCE_ITEM_MAX_WORDS:
            run.append(item)
            last = k
        elif run:
            flush()
    flush()
    return out


# -- one field per sentence, each sentence opened by its public or field --------------------------------------------
# an official presenting the convention's parts one sentence each: "« Pour les tout-petits, nous ouvrons une crèche.
# Pour les ados, un local au-dessus de la mairie. Pour les parents, des soirées d'échange. »", or a reporter's "Côté
# jeunesse, ... Côté logement, ..." (the lead names the field, the rest of the sentence what it gets)
FIELD_LEAD = cue(r"\W*(?:et\s+(?:enfin\s+|bien\s+sûr\s+)?)?(?:pour|côté|du\s+côté\s+d(?:e|es|u)|en\s+matière\s+d(?:e|['’])"
                 r"|s['’]\s*agissant\s+d(?:e|es|u)|concernant|quant\s+(?:à|aux?))\s+(?P<item>[^,:;.!?«»]{3,60}?)\s*,\s*\S")
FIELD_LEAD_MIN_SENTENCES = 3


def field_lead_phrases(finder: ThemesComponent, text: str, sents: Sentences, excluded) -> list[Phrase]:
    """Runs of FIELD_LEAD_MIN_SENTENCES consecutive sentences at least, each opened by a public or a field ("Pour les
    parents, ..."), in the convention's story (after the text first names it), when two leads at least name a field in
    the taxonomy's words that are not common in prose (not a ceremony's "Pour la première fois, ..."): each sentence
    one phrase."""
    named = NAMES_CTG.search(text) or NAMES_CONVENTION.search(text)
    story_start = named.start() if named else len(text)
    out: list[Phrase] = []
    run: list[tuple[Phrase, str]] = []

    def flush() -> None:
        if len(run) >= FIELD_LEAD_MIN_SENTENCES and sum(bool(finder._lexicon_labels(lead, prose=True))
                                                        for _p, lead in run) >= 2:
            out.extend(p for p, _lead in run)
        run.clear()

    for s, _e, sentence, general, other in finder.sentences_in_context(text, sents):
        # (the first may follow the sentence's colon: "... comporte quatre volets : « Pour la petite enfance, ...")
        m = FIELD_LEAD.match(sentence) or (":" in sentence and FIELD_LEAD.match(sentence, sentence.rfind(":") + 1))
        if not m or general or other or s + m.start() < story_start or any(zs <= s < ze for zs, ze in excluded) \
                or not finder._lexicon_labels(m.group("item")):
            flush()
            continue
        run.append((finder._clean(text, s + m.start(), s + len(sentence.rstrip()), "prose"), m.group("item")))
    flush()
    return out


# -- enumerations of items of one form ---------------------------------------------------------------------------
# an item's form: an objective in the infinitive ("proposer des loisirs aux enfants"), or a noun phrase or clause
# opened by an article or a possessive ("la garde des petits", "nos jeunes", "les habitants aient accès à ...")
_NOUN_START = cue(r"(?:le|la|les|l['’]|un|une|des|du|nos|notre|leurs?|ses|son|sa|chaque)\b")
_DEFINITE_START = cue(r"(?:le|la|les|l['’]|nos|notre|leurs?|ses|son|sa|chaque)\b")
PARALLEL_MIN_ITEMS = 3


def item_form(text: str) -> str | None:
    """'infinitive', 'noun' or None (another start)."""
    if INFINITIVE_START.match(text + " "):
        return "infinitive"
    return "noun" if _NOUN_START.match(text) else None


def parallel_enumeration(short: list[Phrase], parts: list[Phrase], hits: list[Phrase]) -> bool:
    """An enumeration of PARALLEL_MIN_ITEMS items at least, all short and all of one form, of which two name fields
    and as many name none, keeps those too (the other items are fields told in other words): "Elle porte sur la
    petite enfance, la jeunesse et la vie des hameaux", "s'engagent à ouvrir une crèche, à soutenir les parents et à
    proposer des sorties aux collégiens"."""
    if len(parts) < PARALLEL_MIN_ITEMS or len(short) != len(parts) or len(hits) < 2 or 2 * len(hits) < len(parts):
        return False
    forms = {item_form(p.text) for p in parts}
    # (a noun phrase in other words is a field when it is definite: "la vie des hameaux", not the second half of a
    # pair split at its 'et': "le logement des jeunes ménages et des saisonniers")
    return len(forms) == 1 and None not in forms and (forms == {"infinitive"} or all(
        _DEFINITE_START.match(p.text) for p in parts if p not in hits))


# -- a field added to the convention --------------------------------------------------------------------------------
# a field a partner adds to the convention, or a part it comprises, told in one clause whose object is the field:
# "Le Centre Corse y ajoute un volet consacré au logement des jeunes travailleurs", "S'y ajoute, à la demande de la
# Caf, un travail sur l'accompagnement des parents séparés", "la MSA a obtenu que la convention comporte un volet
# sur le bien vieillir", "L'Agglo a obtenu d'y inscrire la mobilité en milieu rural", "auxquelles s'ajoute cette
# fois le soutien aux aidants"
_ADDED_PART = (r"(?:un\s+(?:\w+ième\s+)?(?:volet|axe|champ|chantier)|une\s+(?:action|priorité|thématique)|un\s+travail"
               r"|une\s+(?:nouvelle\s+)?fiche[\s-]+action(?:\s+(?:supplémentaire|complémentaire|nouvelle|spécifique))?)"
               r"(?:\s*,\s*(?:qui\s+nous\s+est\s+propre|spécifique)\s*)?"
               r"(?:\s+(?:(?:spécifiquement\s+)?(?:consacrée?|dédiée?|relati(?:f|ve))\s+(?:à(?=\s)|aux?)|sur|en\s+faveur\s+(?:de(?=\s)|du|des|d['’])"
               r"|de(?=\s)|du|des|d['’]))?\s*[,:]?\s*")
ADDED_FIELD = cue(
    # (an amendment's means between commas: "d'ajouter à la convention, par voie d'avenant, un champ ...")
    rf"\b(?:y\s+)?ajout\w*\s+(?:à\s+la\s+(?:convention|C\.?T\.?G)\s*(?:,\s*[^,.;:«»]{{0,40}},\s*)?)?{_ADDED_PART}"
    rf"|\b(?:comport|compren|comprend|intègr)\w*\s+(?:désormais\s+|aussi\s+|également\s+|en\s+outre\s+)?{_ADDED_PART}"
    r"|\bs['’]\s*y\s+ajout\w*\s*(?:,[^,.;:]{0,50},\s*)?"
    r"|\b(?:auxquel(?:le)?s|auquel)\s+s['’]\s*ajout\w*\s+(?:cette\s+fois\s+|désormais\s+|aussi\s+)?"
    r"|\bd['’]\s*y\s+inscrire\s+")
# ... and the part itself, which the field's phrase keeps when the field's noun follows it bare: "y ajoute un volet
# mobilité" gives "un volet mobilité", not "mobilité" alone (the field after a preposition or a participle is enough:
# "un volet consacré à la mobilité des apprentis" gives "la mobilité des apprentis"; and a part named in quotes, whose
# words alone are the field: "une fiche action « Inclusion numérique »")
ADDED_PART_START = cue(r"\bune?\s+(?:\w+ième\s+|nouvelle\s+)?(?:volet|axe|champ|chantier|action|priorité|thématique|travail"
                       r"|fiche)\b")
# where the added field ends: its reason or its means after a comma, a colon's explanation, a quote
ADDED_END = cue(r"[.;!?…«»(]|\s[:–]\s|,\s*(?:en\s+lien|avec|pour|parce|car|afin|qui|dont|à\s+la\s+demande|compte\s+tenu"
                r"|suite|notamment|jugée?s?|très|non)\b|\n")
ADDED_MAX_ITEMS = 3
# ... or one more field told in a sentence of its own after the enumeration, by a word that goes on with it ("Sans
# oublier le numérique : beaucoup de familles n'ont pas d'ordinateur.", "Il y a aussi la question du logement des
# jeunes apprentis, qui revient souvent.", "Un volet porte aussi sur la mobilité des jeunes."): kept when it names a
# field in the taxonomy's words (not "Il y a aussi des bénévoles")
CONTINUED_FIELD = cue(r"^\W*(?:et\s+)?(?:sans\s+oublier|il\s+y\s+a\s+(?:aussi|également|enfin|encore)"
                      r"|(?:une?|le|la|l['’])\s*(?:autre\s+|dernier\s+|dernière\s+)?(?:volet|axe|chantier|priorité|champ)"
                      r"\s+(?:porte(?:ra)?|est)\s+(?:aussi|également|en\s+outre|enfin)\s+(?:consacrée?\s+)?(?:sur|à|aux?))\s+")
# ... not what could be added: "Un avenant pourrait y ajouter un volet sur la mobilité"
MAY_ADD = cue(r"\b(?:pourr|devr)(?:a|ait|aient|ont)\s+(?:[\w'’]+\s+){0,2}$")


def added_field_phrases(finder: ThemesComponent, text: str, sents: Sentences, excluded) -> list[Phrase]:
    """The fields a sentence about the convention adds to it or says it comprises as a part ("y ajoute un volet
    consacré au logement des jeunes"), each item of the clause's object one phrase (at most ADDED_MAX_ITEMS short
    ones); not in general sentences, other schemes' nor those that only say what could be added."""
    out: list[Phrase] = []
    for s, e, sentence, general, other in finder.sentences_in_context(text, sents):
        if general or other or any(zs <= s < ze for zs, ze in excluded) or finder.example_or_may(sentence):
            continue
        continued = CONTINUED_FIELD.match(sentence)
        for m in ([continued] if continued else []) + list(ADDED_FIELD.finditer(sentence)):
            if MAY_ADD.search(sentence, max(0, m.start() - 40), m.start()):
                continue
            if m is continued:
                stop = ADDED_END.search(text, s + m.end(), e)
                parts = finder._split(text, s + m.end(), stop.start() if stop else e)
                out += [p for p in parts[:1] if len(p.text.split()) <= finder.max_item_words
                        and finder._lexicon_labels(p.text)]  # its first item: "Sans oublier le soutien, à ..."
                continue
            start = s + m.end()
            # the added part named in quotes is one field: "ajoute une fiche action « Inclusion numérique », afin ..."
            if text.startswith("«", start) and (closing := text.find("»", start, e)) > 0:
                parts = [finder._clean(text, start + 1, closing, "prose")]
                out += [p for p in parts if 0 < len(p.text.split()) <= finder.max_item_words]
                continue
            stop = ADDED_END.search(text, start, e)
            parts = finder._split(text, start, stop.start() if stop else e)
            if 0 < len(parts) <= ADDED_MAX_ITEMS and all(len(p.text.split()) <= finder.max_item_words for p in parts):
                if len(parts) == 1 and (part := ADDED_PART_START.search(text, s + m.start(), start)) \
                        and not text[part.end():start].strip():
                    parts = [finder._clean(text, part.start(), parts[0].end, "prose")]
                out += parts
    return out


# -- unmarked lines under a heading that says what the convention plans -----------------------------------------------
PLANNED_LABEL_MAX_WORDS = 6


def planned_list(finder: ThemesComponent, line: str, items: list[str], excluded, pos: int, amended: bool = False) -> int:
    """How many of the unmarked lines under a heading or a colon line that only a bulleted list could have
    (patterns.LIST_ONLY_INTRO: "Ce que la convention prévoit", "Les engagements", "Ce qui est prévu :") are its
    items: the leading lines each an objective in the infinitive, a field and its objective, or a field's short
    label (not the next section's heading, "Le mot du maire", nor a page's paragraphs under their sub-headings,
    "Petite enfance\nLe multi-accueil accompagne les familles."), when two of them at least, and two thirds, name
    fields or are objectives; 0 under a general heading."""
    if len(items) < 2 or not LIST_ONLY_INTRO.search(line) or any(s <= pos < e for s, e in excluded) \
            or finder.is_general(line) or finder._other_schemes_list(line, amended=amended):
        return 0
    lead = list(takewhile(lambda t: bool(INFINITIVE_START.match(t) or LABEL_LINE.match(t)
                                         or len(t.split()) <= PLANNED_LABEL_MAX_WORDS and finder._lexicon_labels(t)), items))
    good = sum(bool(finder._lexicon_labels(t)) or bool(INFINITIVE_START.match(t)) for t in lead)
    return len(lead) if len(lead) >= 2 and good >= 2 and 3 * good >= 2 * len(lead) else 0
