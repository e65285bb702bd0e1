"""Folding text for comparison (case, accents, punctuation), and repairing text read through the wrong encoding."""

from __future__ import annotations

import re
import unicodedata

from ctgminer.text.cues import CTG_LONG, SYMBOL_RANGES

# UTF-8 read as a one-byte Western or Central European encoding: "MĂ©tropole", "signÃ©", "lâ€™accÃ¨s" (French never
# writes Ã or Ă before such a character); a cheap test so that clean text never goes through the repair
MOJIBAKE = re.compile(r"[ÃĂÂ][\u0080-\u00bf\u0102-\u0103\u015e-\u0163\u02c7-\u02dd\u2013-\u203a\u20ac\u2122]|â€")


def repair_text(text: str) -> str:
    """Undo mojibake with ftfy: a page mirrored through the wrong encoding reads "Valenciennes MĂ©tropole" for
    "Valenciennes Métropole". Only such a page is touched (ftfy's full fix: its encoding repair needs the curly
    quotes of the page straightened to find the encoding back); any other text is returned as it is."""
    if not MOJIBAKE.search(text):
        return text
    import ftfy  # only for the rare page that needs it

    return ftfy.fix_text(text)


# a line that ends its sentence or clause, or a list's introduction
_LINE_END = re.compile(r"[.!?:;…»\"”)|]\s*$")
_SPACED_PUNCTUATION = ":;!?»"  # a French typesetter's spaced marks, never a line's first character on its own
_HYPHENATED = re.compile(r"(?<=[^\W\d_])-$")
_FIRST_WORD = re.compile(r"[^\W\d_]+")
# a place's compound name that a PDF's layout broke at one of its own hyphens ("la Caf des Deux-" above "Sèvres",
# "Glières-Val-" above "de-Borne"): a capitalised word, not in capitals throughout, whose next part opens on a capital
# or is itself hyphenated; joined with its hyphen kept ("Deux-Sèvres"), where a common word's is dropped ("com-munes")
_NAME_HYPHENATED = re.compile(r"(?<![\w'’-])(?-i:[A-ZÀ-Þ])[^\W\d_]*(?:-[^\W\d_]+)*-$")
_NAME_PART = re.compile(r"(?-i:[A-ZÀ-Þ])[^\W\d_]*(?![\w'’-])|[^\W\d_]+-(?-i:[A-ZÀ-Þ])")
WRAP_WIDTH_SHARE = 0.6  # a wrapped line fills at least this share of the page's line width (its 90th percentile)
FULL_LINE_SHARE = 0.85  # ... and fills the page's width when it reaches this share of it
_DIGITS_GO_ON = re.compile(r"\d+[ \u00a0\u202f]+(?:\d|[a-zà-ÿ%€])")  # "725 habitants", not "2. Les" nor "1️⃣ Offrir"
# a sentence's line ending on a capitalised word (not a heading's acronym) above the rest of the name, itself followed by
# punctuation or lower case, not a new heading or item ("Axe 3", "Article 2", "Fiche action")
_NAME_END = re.compile(r"[a-zà-ÿ,:]\s+(?-i:[A-ZÀ-Þ])[a-zà-ÿ]+$")
_NAME_GOES_ON = re.compile(r"(?!(?:Axe|Article|Orientation|Fiche|Objectif|Action|Enjeu|Annexe|Titre|Chapitre|Partie"
                           r"|Priorité|Thème|Champ|Vu|Considérant|Après|Décide)\b)(?-i:[A-ZÀ-Þ])[a-zà-ÿ-]+(?:[,;.)]|\s+[a-zà-ÿ]|$)")
WRAPPED_PAGE_SHARE = 0.2  # ... and a hard-wrapped page has such a line for at least this share of its lines
WRAPPED_PAGE_MIN_LINES = 6
# on any page, a line runs on over the next when it ends on a word no sentence nor heading ends on (an article, a
# preposition, a conjunction, an auxiliary: "... a signé le" above "23 mai 2023 une convention", "entre la Caf de
# l'Orne, la" above "Communauté de communes ...") ...
_WRAP_WORD = re.compile(r"(?:(?<![\w'’])(?:et|ou|de|du|des|la|le|les|à|au|aux|en|par|avec|pour|sur|dans|entre|que|qui"
                        r"|dont|un|une|ses|sa|son|leur|leurs|ce|cette|ces|(?-i:a|ont|est|sont))|(?<![\w'’])[dlDL]['’]"
                        r"|(?<![\w'’])qu['’])[ \t\u00a0]*$", re.IGNORECASE)
# (not above a new sentence's capitalised subject: a page cut mid-sentence, "... en lien avec le" above "Le territoire
# compte 150 000 habitants.")
_NEW_SENTENCE = re.compile(r"(?:Le|La|Les|L['’]|Un|Une|Des|Ce|Cette|Ces|Il|Elle|Ils|Elles|Nous|On)\b")
# ... or when it is long, unpunctuated at its end (no comma: "Vu le code ...," above "vu la délibération ..."), and the
# next one goes on in lower case ("... en faveur de la petite enfance et de" / "l'enfance-jeunesse et de la
# parentalité"), but not a list's item opening on a letter as its bullet ("o Favoriser l'accès", "b) Soutenir")
# (nor on an enclosed number, a word character to the regex: "② Permettre à chaque enfant de partir en vacances")
WRAPPED_LINE_MIN_CHARS = 60
_GOES_ON = re.compile(rf"(?!o\s|[a-h][).]\s|[{SYMBOL_RANGES}])[^\W\d_A-ZÀ-Þ]")
_SYMBOL = re.compile(rf"[{SYMBOL_RANGES}]")
# A page that never ends a sentence is typed without punctuation (a quick post, a brief dictated in one go: "les elus
# ont retenu plusieurs chantiers la petite enfance ..." then "pour la commune rien ne change ..."): its long lines are
# its paragraphs, not a layout's wraps, and only its hyphenated words and lines ending on a function word are joined.
_SENTENCE_STOP = re.compile(r"[.!?…](?:\s|$)")


class _Layout:
    """A page's lines and the tests of whether one runs on over the next (see `unwrap_lines`)."""

    def __init__(self, text: str) -> None:
        self.lines = text.split("\n")
        self.filled = [len(ln.rstrip()) for ln in self.lines if ln.strip()]
        self.width = sorted(self.filled)[int(0.9 * (len(self.filled) - 1))] if self.filled else 0
        self.punctuated = bool(_SENTENCE_STOP.search(text))

    def continues(self, i: int) -> bool:
        """The next line goes on in lower case."""
        b = self.lines[i + 1].lstrip()
        return bool(self.lines[i].strip() and b and b[0].islower() and b[0].isalpha())

    def wraps(self, i: int) -> bool:
        """A line of nearly the page's width that a hard-wrapped layout broke mid-sentence."""
        a, b = self.lines[i].rstrip(), self.lines[i + 1].lstrip()
        if not self.punctuated or len(a) < WRAP_WIDTH_SHARE * self.width or not a.strip() or not b:
            return False
        if b[0] in _SPACED_PUNCTUATION:  # French spacing put its colon on the next line: "est précurseur" / ": après"
            return not _LINE_END.search(a)
        # a line filled to the page's width and ending on a comma goes on even before a capital: a field's name, "les
        # thématiques suivantes : Petite enfance, Parentalité, Logement," above "Animation de la vie sociale et ..."
        full = len(a) >= FULL_LINE_SHARE * self.width
        if full and (a.endswith(",") and _NAME_GOES_ON.match(b) and not _NEW_SENTENCE.match(b)
                     # ... or on a semicolon inside the enumeration it runs ("en six thèmes : petite enfance ; enfance et
                     # jeunesse ;" above "parentalité ; accès aux droits ; logement.")
                     or a.endswith(";") and (":" in a or ";" in a[:-1]) and self.continues(i)
                     # ... or inside a capitalised name it breaks ("les axes suivants : Petite" above "Enfance, Enfance
                     # Jeunesse, Parentalité", "Nadège" above "Théophile, adjointe au maire")
                     or _NAME_END.search(a) and _NAME_GOES_ON.match(b)
                     # ... or unpunctuated above a bracket or a number's next digits ("par le Schéma départemental des
                     # services aux familles" above "(SDSF) en matière d'accès aux droits", "pour un total de 6" above
                     # "725 habitants"), not above a numbered item ("2. Les actions")
                     or not _LINE_END.search(a) and (b[0] == "(" or _DIGITS_GO_ON.match(b))):
            return True
        return not _LINE_END.search(a) and self.continues(i)

    def name_break(self, i: int) -> bool:
        """A compound name broken at its own hyphen ("Deux-" above "Sèvres")."""
        token = _NAME_HYPHENATED.search(self.lines[i].rstrip("\r"))
        return bool(token and not token.group().isupper() and _NAME_PART.match(self.lines[i + 1].lstrip()))

    def run_on(self, i: int) -> bool:
        """A line wrapped wherever it stands (see WRAPPED_LINE_MIN_CHARS, _WRAP_WORD)."""
        a, b = self.lines[i].rstrip(), self.lines[i + 1].lstrip()
        return bool(a.strip() and b) and (
            _HYPHENATED.search(a) and self.continues(i) or self.name_break(i)
            or bool(_WRAP_WORD.search(a[-14:])) and (b[0].isalnum() and not _SYMBOL.match(b) or b[0] in "«\"")
            and not _NEW_SENTENCE.match(b)
            or self.punctuated and len(a) >= WRAPPED_LINE_MIN_CHARS and not _LINE_END.search(a) and not a.endswith(",")
            and bool(_GOES_ON.match(b))
            # a bracket left open goes on in lower case: "(LAEP, groupes de parole, ateliers\nparents-enfants)"
            or a.count("(") > a.count(")") and self.continues(i))

    def joins(self, text: str) -> list[int]:
        """The lines that run on over the next: on a page mostly wrapped, every wrapped line; elsewhere only those
        that run on wherever they stand."""
        # the convention's name is never broken: "sa Convention" above "Territoriale Globale pour 2022-2026"
        named = {text.count("\n", 0, m.start() + k) for m in CTG_LONG.finditer(text)
                 for k, c in enumerate(m.group()) if c == "\n"}
        wrapped = [self.wraps(i) for i in range(len(self.lines) - 1)]  # each line's tests run once
        running = [self.run_on(i) or i in named for i in range(len(self.lines) - 1)]
        if len(self.filled) < WRAPPED_PAGE_MIN_LINES or sum(wrapped) < WRAPPED_PAGE_SHARE * len(self.filled):
            # a page that is not wrapped throughout still has its lines that run on: words its layout hyphenated at a
            # line's end ("champs d'intervention (petite enfance, en-\nfance-jeunesse, parentalité)"), and the lines
            # of a PDF's paragraph among its tables and lists
            return [i for i, r in enumerate(running) if r]
        return [i for i, (w, r) in enumerate(zip(wrapped, running, strict=True)) if w or r]

    def joined(self, text: str, joins: list[int]) -> str:
        """`text` with the given lines joined to the next, every offset kept."""
        out = list(text)
        pos, starts = 0, []
        for ln in self.lines:
            starts.append(pos)
            pos += len(ln) + 1
        for i in joins:
            newline = starts[i] + len(self.lines[i])
            if (self.name_break(i) and self.lines[i + 1][:1].strip()
                    and (word := re.compile(r"[^\s,.;:()]+").match(text, newline + 1))):
                # "Deux-\nSèvres" -> "Deux-Sèvres" then the newline moved after the name's part
                out[newline:word.end()] = list(text[newline + 1:word.end()] + " ")
            elif _HYPHENATED.search(self.lines[i]) and (word := _FIRST_WORD.match(text, newline + 1)):
                # "com-\nmunes" -> "communes" then the two characters moved after the word
                out[newline - 1:word.end()] = list(text[newline + 1:word.end()] + "  ")
            else:
                out[newline] = " "
        return "".join(out)


def unwrap_lines(text: str) -> str:
    """Join the lines a PDF or a magazine layout wrapped mid-sentence, keeping every offset: "la Communauté de
    com-\nmunes du Pays" -> "la Communauté de communes   du Pays"... with the two characters of "-\n" moved after
    the joined word, and "des besoins\ndes familles" -> "des besoins des familles". Only a page whose lines are
    mostly wrapped is touched (a line of nearly the page's width, ending mid-sentence, the next one starting in
    lower case), so that a web page's short lowercase list items stay on their lines; elsewhere only the words
    hyphenated at a line's end are joined."""
    layout = _Layout(text)
    if not layout.filled:
        return text
    joins = layout.joins(text)
    return layout.joined(text, joins) if joins else text


def strip_accents(text: str) -> str:
    """'Élan' -> 'Elan' (combining marks removed, case kept)."""
    text = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in text if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Lowercase, no accents, no punctuation: 'L’Étrat' -> 'l etrat'."""
    text = strip_accents(text).lower()
    text = text.replace("œ", "oe").replace("æ", "ae")
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


CITATION_WORDS = 12  # a citation of third-party text: at most 12 words...
CITATION_CHARS = 80  # ...and at most 80 characters (a short phrase, never a sentence)


def citation(text: str, max_words: int = CITATION_WORDS, max_chars: int = CITATION_CHARS) -> tuple[str, bool]:
    """A short citation of `text` (whitespace folded) and whether it was cut (then it ends with '…')."""
    words = " ".join(text.split()).split(" ")
    cut = words[:max_words]
    while len(cut) > 1 and len(" ".join(cut)) > max_chars:
        cut = cut[:-1]
    short = " ".join(cut)[:max_chars]
    return (short, False) if len(cut) == len(words) and short == " ".join(words) else (short + "…", True)


# A page whose paragraphs an extractor flattened (its HTML broke them with <br> or <div>s that a main-text reader
# joined): the whole text, or a run of paragraphs, on one line, "17 octobre 2024 - 312 vues. 16 octobre 2024, 11h00,
# à la salle des fêtes. Depuis des années, le Département et la Caf ..." The components read a page's lines (a
# dateline or a "Publié le" alone on its line, a heading, a list's introduction), so such a line is cut back at its
# sentences' ends, every offset kept (the space after the stop becomes the line break). A web page's paragraph is
# rarely longer than FLAT_LINE_MIN_CHARS (one of 1,300 characters, cut at its short sentences, lost a theme on a
# normal page); a text that is one line throughout is cut from FLAT_PAGE_MIN_CHARS.
FLAT_LINE_MIN_CHARS = 2500
FLAT_PAGE_MIN_CHARS = 300
FLAT_PIECE_MAX_CHARS = 80
ITEM_MAX_CHARS = 400  # a flattened list's items follow one another within this many characters
# a sentence's end: a stop, then one space, then a capital, a figure or an opening quote or bracket; not after an
# abbreviation that stands before a name or a number ("M. Dupont", "Mme. Roux", "J. Martin", "n. 3", "cf. Annexe")
_SENTENCE_CUT = re.compile(
    r"(?<![\s(\[«\"“][^\W\d_])(?<!^[^\W\d_])"  # not after an initial ("J. Martin")
    r"(?<!\bM)(?<!\bMM)(?<!\bMme)(?<!\bMmes)(?<!\bMlle)(?<!\bDr)(?<!\bPr)(?<!\bSt)(?<!\bSte)(?<!\bcf)(?<!\bCf)"
    r"(?<!\bart)(?<!\bArt)(?<!\bav)(?<!\bbd)(?<!\bvol)(?<!\bno)(?<!\bp)(?<!\bn)(?<!\bréf)(?<!\bRéf)"
    r"(?:[.!?…]|[.!?…][»\"”)])( )(?=[\"«“(\[]?\s?[A-ZÀ-Þ0-9])")
# a list's item flattened after the one before it, whatever their lengths: "... les partenaires s'engagent : - La
# Commune de Lanvallay, représentée par son maire ; - La Communauté de communes ..."
_ITEM_CUT = re.compile(r"(?<=[.!?…;:,])( )(?=[-–•▪➢→✓◦*][ \u00a0]+[^\W_])")


def _closed_items(line: str) -> list[int]:
    """The places before the bullets of a flattened list whose every item ends on a stop ("... : - La Commune de X,
    représentée par son maire ; - La Communauté ..."), not an inline list the page wrote on its line, whose items
    the themes read inline: "autour de 7 enjeux : – la petite enfance – l'enfance – la jeunesse" (nor one
    half-punctuated: "4 axes : – consolider les services, – soutenir la vie locale – favoriser l'autonomie")."""
    cuts: list[int] = []
    for bullet in {line[m.start(1) + 1] for m in _ITEM_CUT.finditer(line)}:
        marks = [m.start() for m in re.finditer(rf" {re.escape(bullet)}[ \u00a0]+[^\W_]", line)]
        runs: list[list[int]] = []
        for at in marks:  # a list's items follow one another closely, no sentence between them
            if runs and at - runs[-1][-1] <= ITEM_MAX_CHARS and not _SENTENCE_CUT.search(line, runs[-1][-1], at):
                runs[-1].append(at)
            else:
                runs.append([at])
        for run in runs:
            if all(line[at - 1] in ".!?…;:," for at in run[1:]) and line[run[0] - 1] in ".!?…;:,":
                cuts += run
    return cuts


def reline_flattened(text: str) -> str:
    """Put back at its sentences' ends the line breaks a flattened page lost (see FLAT_LINE_MIN_CHARS), keeping every
    offset; any other text is returned as it is."""
    one_line = "\n" not in text.strip()
    if len(text) < (FLAT_PAGE_MIN_CHARS if one_line else FLAT_LINE_MIN_CHARS):
        return text
    out, pos = None, 0
    for line in text.split("\n"):
        if len(line) >= (FLAT_PAGE_MIN_CHARS if one_line else FLAT_LINE_MIN_CHARS):
            stops = [m.start(1) for m in _SENTENCE_CUT.finditer(line)]
            bounds = [0, *stops, len(line)]
            cuts = _closed_items(line)
            # only a short piece gets its line back (a header's stamp, a dateline, a heading): a paragraph's sentences
            # stay together, as the page wrote them; a question is left in its paragraph (alone on its line, "Qu'est-ce
            # que la CTG ?" would head the whole flattened page as a generic explainer, its own story included)
            cuts += [at for k, at in enumerate(stops, start=1)
                     if min(at - bounds[k - 1], bounds[k + 1] - at) <= FLAT_PIECE_MAX_CHARS
                     and line[at - 1] not in "?!"]
            for at in cuts:
                out = out if out is not None else list(text)
                out[pos + at] = "\n"
        pos += len(line) + 1
    return "".join(out) if out is not None else text
