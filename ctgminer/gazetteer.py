"""Offline gazetteer of communes, EPCI and départements (INSEE Code officiel géographique, Licence Ouverte)."""

from __future__ import annotations

import bisect
import csv
import gzip
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources

from ctgminer.text.normalise import fold

ARTICLE_WORDS = {"le", "la", "les", "l", "aux", "las", "los"}
# the apostrophe of a Breton "c'h" ("Tourc'h"), which some official names leave out ("Tourch")
_BRETON_CH = re.compile(r"(?<=[cC])['’](?=h)")
# first parts of hyphenated names that are never a commune's short form
_NOT_SHORT = {"saint", "sainte", "saints", "saintes", "notre", "grand", "grande", "petit", "petite", "vieux", "vieille",
              "haute", "hautes", "basse", "basses", "nouvelle", "neuve"}
_CAMEL = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])")
_LONE_LETTER = re.compile(r"\b([b-ce-km-xz]) (?=\w)")
_NOT_ALNUM_LINE = re.compile(r"[^a-z0-9\n]+")
# the same rules as _key_of_folded(), over many folded names joined by line breaks
_SAINT = re.compile(r"\b(?:st|ste)\b")
_SAINT_WORDS = {"st": "saint", "ste": "sainte"}
_LEADING_ARTICLES = re.compile(r"^ *(?:(?:le|la|les|l|aux|las|los) +)+(?=[^ \n])", re.M)


def split_camel(text: str) -> str:
    """'#LaSeyneSurMer' -> 'La Seyne Sur Mer'."""
    return _CAMEL.sub(" ", text.lstrip("#"))


def _key_of_folded(folded: str) -> str:
    """The rest of name_key() on a folded name."""
    # a lone letter other than an article joins the next word: "M'tsamboro" -> "mtsamboro"
    words = _LONE_LETTER.sub(r"\1", folded).split()
    words = ["saint" if w == "st" else "sainte" if w == "ste" else w for w in words]
    while words and words[0] in ARTICLE_WORDS and len(words) > 1:
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Key that matches across spellings: hashtags, hyphens, St/Ste, case, leading article.

    Cached: the same capitalised words (names, headings) recur across and within pages."""
    return _key_of_folded(fold(split_camel(name)))


def name_keys(names: list[str]) -> list[str]:
    """name_key() of many names at once: one accent/case fold over the joined names (the gazetteer's 38,000
    names load in a fraction of the time of one fold per name). Names hold no line break."""
    joined = _CAMEL.sub(" ", "\n".join(n.lstrip("#") for n in names))
    joined = unicodedata.normalize("NFKD", joined)
    # strip_accents() without its per-character loop: delete the combining marks the text holds
    marks = {ord(c): None for c in set(joined) if unicodedata.combining(c)}
    joined = joined.translate(marks).lower().replace("œ", "oe").replace("æ", "ae")
    joined = _LONE_LETTER.sub(r"\1", _NOT_ALNUM_LINE.sub(" ", joined))
    joined = _LEADING_ARTICLES.sub("", _SAINT.sub(lambda m: _SAINT_WORDS[m.group()], joined))
    return [line.strip() for line in joined.split("\n")]


@dataclass(frozen=True)
class Place:
    code: str
    name: str
    kind: str  # commune|epci|departement|region
    departement: str = ""
    population: int = 0
    epci: str = ""


class Gazetteer:
    """Lookups by name key, with homonyms resolved from a preferred département."""

    def __init__(self) -> None:
        base = resources.files("ctgminer.resources").joinpath("gazetteer")
        self.departements: dict[str, Place] = {}
        self.dep_articles: dict[str, str] = {}  # INSEE article code of each département name
        self.dep_by_key: dict[str, Place] = {}
        self.regions: dict[str, Place] = {}
        with base.joinpath("regions.tsv").open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                self.regions[row["code"]] = Place(row["code"], row["name"], "region")
        self.region_of_departement: dict[str, str] = {}  # département code -> région code
        with base.joinpath("departements.tsv").open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                place = Place(row["code"], row["name"], "departement", row["code"])
                self.departements[row["code"]] = place
                self.region_of_departement[row["code"]] = row["region_code"]
                self.dep_articles[row["code"]] = row["article"]
                self.dep_by_key[name_key(row["name"])] = place
        self.communes: dict[str, list[Place]] = {}
        self.commune_by_code: dict[str, Place] = {}
        with gzip.open(base.joinpath("communes.tsv.gz").open("rb"), "rt", encoding="utf-8") as fh:
            reader = csv.reader(fh, delimiter="\t")
            col = {name: i for i, name in enumerate(next(reader))}
            rows = list(reader)
        code, name, kind, dep, pop, epci = (col[k] for k in ("code", "name", "kind", "departement", "population",
                                                              "epci"))
        for row, key in zip(rows, name_keys([row[name] for row in rows]), strict=True):
            current = row[kind] == "COM"
            people = int(row[pop] or 0)
            place = Place(row[code], row[name], "commune", row[dep], people if current else min(people, 1),
                          row[epci])  # former communes rank after current ones
            self.communes.setdefault(key, []).append(place)
            if current:
                self.commune_by_code[row[code]] = place
        self.epcis: list[Place] = []
        self.epci_by_key: dict[str, Place] = {}
        self.epci_homonyms: dict[str, list[Place]] = {}  # a key several EPCI share: all of them, the first one above
        self.keys_of_epci: dict[str, list[str]] = {}  # SIREN -> the keys of its name, computed once
        self.territorial: set[str] = set()  # SIREN of the établissements publics territoriaux (Grand Paris)
        with base.joinpath("epci.tsv").open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                place = Place(row["siren"], row["name"], "epci", row["departement"])
                if row["kind"] == "EPT":
                    self.territorial.add(place.code)
                self.epcis.append(place)
                self.keys_of_epci[place.code] = keys = epci_keys(row["name"], brands=True)
                for key in keys:
                    first = self.epci_by_key.setdefault(key, place)
                    if first is not place:  # homonyms ("Communauté de communes des Deux Vallées" in 60 and 91)
                        self.epci_homonyms.setdefault(key, [first]).append(place)
        self.add_town_variants()
        self.add_departement_shortenings()
        self.alias_acronyms: dict[str, list[Place]] = {}  # usage acronyms and one-word brands (epci_aliases.tsv)
        self.add_aliases(base.joinpath("epci_aliases.tsv"))
        self.max_words = max(k.count(" ") + 1 for k in self.communes)

    def add_town_variants(self) -> None:
        """Keys of the other spellings of an agglomeration named after its town (`town_variant_keys`), each kept
        only when one EPCI alone yields it and it names no commune, département nor other EPCI's key."""
        claims: dict[str, list[Place]] = {}
        for place in self.epcis:
            for key in town_variant_keys(place.name):
                claims.setdefault(key, []).append(place)
        for key, places in claims.items():
            if len(places) == 1 and key not in self.epci_by_key and key not in self.communes \
                    and key not in self.dep_by_key:
                self.keys_of_epci[places[0].code].append(key)
                self.epci_by_key[key] = places[0]

    def add_departement_shortenings(self) -> None:
        """The distinctive part of an EPCI's name without its own département's name at its end, as pages and the
        EPCI's own headings write it ("Bastides et Vallons" for the Communauté de communes Bastides et Vallons du
        Gers, "l'Espace Sud" for the Communauté d'agglomération de l'Espace Sud de la Martinique): two words at
        least, kept only when one EPCI alone yields it and it names no commune, département nor other EPCI's key."""
        claims: dict[str, list[Place]] = {}
        for place in self.epcis:
            dep = self.departements.get(place.departement)
            if dep is None:
                continue
            tail = re.compile(rf"^(?P<rest>.+?) (?:de la|de l|des|du|de|d) {re.escape(name_key(dep.name))}$")
            for key in self.keys_of_epci[place.code][1:2]:  # (the distinctive part of the official name)
                m = tail.match(key)
                # (never where the département's name completes a noun, "Cœur de Sarthe", "Monts de Vaucluse", nor
                # cuts a town's name, "Saint-Dié-des-Vosges", nor leaves bare points of the compass, "Grand Nord")
                words = m["rest"].split() if m else []
                if len(words) >= 2 and not key.startswith("communaute ") and words[-1] not in _COMPLETED_NOUNS \
                        and key not in self.communes and not set(words) <= _COMPASS_WORDS:
                    claims.setdefault(m["rest"], []).append(place)
        for key, places in claims.items():
            if len(places) == 1 and key not in self.epci_by_key and key not in self.communes \
                    and key not in self.dep_by_key:
                self.keys_of_epci[places[0].code].append(key)
                self.epci_by_key[key] = places[0]

    def add_aliases(self, path) -> None:
        """The usage names, brands and acronyms EPCI sign with but their official name does not hold ("Cap Nord"
        for the Communauté d'agglomération du Pays Nord Martinique, "la CASUD" for the Communauté d'agglomération du
        Sud), from epci_aliases.tsv: each row names its EPCI by the official name of epci.tsv, and a row whose name
        or SIREN does not resolve fails the load. A name of two words or more becomes one more key of the EPCI (read
        by `epci` and the text's matching, as its official keys); an acronym or a one-word brand joins its initials
        (`epcis_by_initials`, `written_acronyms`), linked only beside the Caf of its département as they are."""
        by_name = {p.name: p for p in self.epcis}
        with path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                place = by_name.get(row["name"])
                if place is None or place.code != row["siren"]:
                    raise ValueError(f"epci_aliases.tsv: {row['alias']!r} names {row['name']!r} ({row['siren']}), "
                                     "which epci.tsv does not hold (scripts/build_epci_aliases.py resolves the SIREN)")
                alias = row["alias"].strip()
                if len(name_key(alias).split()) >= 2:
                    key = name_key(alias)
                    if key in self.epci_by_key and self.epci_by_key[key] is not place:
                        raise ValueError(f"epci_aliases.tsv: {alias!r} is already another EPCI's name")
                    self.keys_of_epci[place.code].append(key)
                    self.epci_by_key[key] = place
                else:
                    self.alias_acronyms.setdefault(fold(alias).replace(" ", "").upper(), []).append(place)

    @cached_property
    def name_index(self) -> dict[str, tuple[str, tuple[Place, ...]]]:
        """Every official name key (communes, EPCI, départements), built once on first use."""
        return _index_of(self)

    @cached_property
    def name_prefixes(self) -> frozenset[str]:
        """Every leading run of words of a name key, to stop extending a run early."""
        out: set[str] = set()
        for key in self.name_index:
            while key not in out:  # a shorter prefix already present means all of its own are too
                out.add(key)
                cut = key.rfind(" ")
                if cut < 0:
                    break
                key = key[:cut]
        return frozenset(out)

    @cached_property
    def epci_by_code(self) -> dict[str, Place]:
        """EPCI by SIREN (a commune's `epci` field), built once on first use."""
        return {e.code: e for e in self.epcis}

    @cached_property
    def communes_of_epci(self) -> dict[str, list[Place]]:
        """The member communes of each EPCI, by SIREN, built once on first use."""
        out: dict[str, list[Place]] = {}
        for place in self.commune_by_code.values():
            if place.epci:
                out.setdefault(place.epci, []).append(place)
        return out

    @cached_property
    def written_acronyms(self) -> frozenset[str]:
        """Every acronym an EPCI's official name writes out ("TCO", "CINOR"), built once on first use."""
        return frozenset(a for e in self.epcis for a in written_acronyms(e.name)) | frozenset(self.alias_acronyms)

    @cached_property
    def epcis_by_initials(self) -> dict[str, list[Place]]:
        """EPCI by the initials of their name ('CAPA'), built once on first use."""
        out: dict[str, list[Place]] = {}
        for e in self.epcis:
            for acronym in acronyms_of(e.name):
                out.setdefault(acronym, []).append(e)
        for acronym, places in self.alias_acronyms.items():  # (the usage acronyms of epci_aliases.tsv)
            out.setdefault(acronym, []).extend(p for p in places if p not in out.get(acronym, []))
        return out

    @cached_property
    def alias_only_acronyms(self) -> frozenset[str]:
        """The usage acronyms of epci_aliases.tsv that no official name spells nor writes out ("CASUD", "MACS"):
        read as an EPCI only where they link to one (beside the Caf of its département)."""
        official = {a for e in self.epcis for a in acronyms_of(e.name)}
        return frozenset(a for a in self.alias_acronyms if a not in official)

    @cached_property
    def epcis_by_article_initials(self) -> dict[str, list[Place]]:
        """EPCI by initials that keep the article's letter ("CCDS" for the Communauté de communes des Savanes), as
        some EPCI write their acronym; read only where the plain initials name no EPCI."""
        out: dict[str, list[Place]] = {}
        for e in self.epcis:
            acronym = initials(e.name, _ARTICLE_INITIALS_SKIP)
            if len(acronym) >= 3:
                out.setdefault(acronym, []).append(e)
        return out

    @cached_property
    def short_communes(self) -> dict[str, Place]:
        """A hyphenated commune by its first part, where pages shorten it ("Sébazac" for Sébazac-Concourès,
        "Brive" for Brive-la-Gaillarde): only a distinctive part (five letters or more, no article or saint,
        no name of its own) shared by no other current commune."""
        hyphenated = [p for p in self.commune_by_code.values() if "-" in p.name]
        heads: dict[str, list[Place]] = {}
        for place, key in zip(hyphenated, name_keys([p.name.split("-", 1)[0] for p in hyphenated]), strict=True):
            if len(key) >= 5 and " " not in key and key not in _NOT_SHORT:
                heads.setdefault(key, []).append(place)
        return {k: v[0] for k, v in heads.items()
                if len(v) == 1 and k not in self.communes and k not in self.dep_by_key and k not in self.epci_by_key}

    @cached_property
    def local_short_communes(self) -> dict[tuple[str, str], Place]:
        """A hyphenated commune by its first part, where no other hyphenated commune of France opens on that part but
        a commune of another département bears it as its whole name ("Saumane" for Saumane-de-Vaucluse beside the Caf de Vaucluse,
        the Saumane of the Gard and of the Alpes-de-Haute-Provence being other towns): (département, key) -> commune,
        read only when the text's name has no commune of its own in the Caf's département."""
        hyphenated = [p for p in self.commune_by_code.values() if "-" in p.name]
        heads: dict[str, list[Place]] = {}
        for place, key in zip(hyphenated, name_keys([p.name.split("-", 1)[0] for p in hyphenated]), strict=True):
            if len(key) >= 5 and " " not in key and key not in _NOT_SHORT:
                heads.setdefault(key, []).append(place)
        # (the one hyphenated commune of that head in all France: "Varennes" beside a Caf of the Seine-et-Marne may be
        # any of the Varennes-X, Varennes-Jarcy of the next département as well as Varennes-sur-Seine)
        return {(v[0].departement, k): v[0] for k, v in heads.items() if len(v) == 1 and k in self.communes and not any(
            c.departement == v[0].departement for c in self.communes[k])}

    @cached_property
    def heads_in_departement(self) -> dict[tuple[str, str], list[Place]]:
        """The current communes of a département by their whole name's key or their hyphenated name's first part
        ("chalons" -> Châlons-en-Champagne in the Marne): (département, key) -> communes."""
        places = list(self.commune_by_code.values())
        heads = name_keys([p.name.split("-", 1)[0] if "-" in p.name else p.name for p in places])
        out: dict[tuple[str, str], list[Place]] = {}
        for place, key in zip(places, heads, strict=True):
            out.setdefault((place.departement, key), []).append(place)
        return out

    def commune(self, name: str, departement: str | None = None) -> Place | None:
        """The commune called `name` (or by its short form), preferring `departement`; None when unknown."""
        key = name_key(name)
        candidates = self.communes.get(key)
        if not candidates and ("'h" in name or "’h" in name):
            # the Breton "c'h" that some official names write "ch" ("Tourc'h" is Tourch)
            candidates = self.communes.get(name_key(_BRETON_CH.sub("", name)))
        if not candidates:
            short = self.short_communes.get(key)
            # a short form links only inside the known département ("Sébazac" beside the Caf de l'Aveyron)
            return short if short and short.departement == departement else None
        if departement:
            local = [c for c in candidates if c.departement == departement]
            if local:
                return max(local, key=lambda c: c.population)
            if len(candidates) > 1:
                return None  # homonyms elsewhere: do not force a code
        return max(candidates, key=lambda c: c.population)

    def region(self, departement: str | None) -> Place | None:
        """The région of a département code ('2A' -> Corse, '974' -> La Réunion); None when unknown."""
        return self.regions.get(self.region_of_departement.get(departement or "", ""))

    def departement(self, name: str) -> Place | None:
        key = name_key(name)
        if key in self.dep_by_key:
            return self.dep_by_key[key]
        return self.departements.get(name.strip().upper().zfill(2) if name.strip().isdigit() else name.strip())

    @cached_property
    def epci_by_content_key(self) -> dict[str, list[Place]]:
        """EPCI by the content words of their names' keys (`content_key`), built once on first use."""
        out: dict[str, dict[str, Place]] = {}
        for place in self.epcis:
            for key in self.keys_of_epci[place.code]:
                if len(content := content_key(key).split()) >= 2:
                    out.setdefault(" ".join(content), {})[place.code] = place
        return {k: list(v.values()) for k, v in out.items()}

    def epci(self, name: str, departement: str | None = None) -> Place | None:
        """The EPCI named `name` (full or distinctive part), preferring `departement`."""
        keys = epci_keys(name)  # (the official names' brand forms are keys already: a name needs none of its own)
        hits = [p for k in keys if k in self.epci_by_key for p in self.epci_homonyms.get(k, (self.epci_by_key[k],))]
        if not hits and departement:
            # a name written with other little words than the official one ("Communauté d'agglomération de l'Espace
            # Sud Martinique" for "... de l'Espace Sud de la Martinique"): the one EPCI of the département whose name
            # has the same content words, two at least
            found = {p.code: p for k in keys if len(k.split()) > 1 for p in self.epci_by_content_key.get(content_key(k), [])
                     if p.departement == departement}
            hits = list(found.values()) if len(found) == 1 else []
        if not hits:
            return None
        if departement:
            local = [h for h in hits if h.departement == departement]
            if local:
                return local[0]
        return hits[0]

    @cached_property
    def epci_keys_sorted(self) -> list[str]:
        """The EPCI name keys in order, for prefix look-ups (built once on first use)."""
        return sorted(self.epci_by_key)

    def epci_by_prefix(self, prefix: str) -> Place | None:
        """The one EPCI whose name key starts with `prefix` (a name cut by an excerpt's end: "Pays d'Evian -
        Vallée d'Abo"), else None (no EPCI, or several). An établissement public territorial beside an EPCI of its
        own taxation is left out ("Grand Paris Sud" begins the Communauté d'agglomération Grand Paris Sud Seine Essonne
        Sénart, and the EPT Grand Paris Sud Est Avenir, which pages write whole or as GPSEA)."""
        keys = self.epci_keys_sorted
        i = bisect.bisect_left(keys, prefix)
        found: dict[str, Place] = {}
        while i < len(keys) and keys[i].startswith(prefix):
            place = self.epci_by_key[keys[i]]
            found[place.code] = place
            i += 1
        if len(found) > 1:
            found = {code: place for code, place in found.items() if code not in self.territorial}
        return next(iter(found.values())) if len(found) == 1 else None

    def epci_by_acronym(self, acronym: str, departement: str | None = None) -> Place | None:
        """EPCI whose initials spell the acronym ('CAPA' -> Communauté d'Agglomération du Pays Ajaccien)."""
        for index in (self.epcis_by_initials, self.epcis_by_article_initials):
            hits = index.get(acronym.upper(), [])
            if departement:
                hits = [e for e in hits if e.departement == departement]
            if hits:
                return hits[0] if len(hits) == 1 else None
        return None


_EPCI_PREFIX = re.compile(
    r"^(?:communaute (?:de communes|d agglomeration|urbaine)|metropole|etablissement public territorial|syndicat \w+|sivom"
    r"|cc|ca|cu)"
    # (a whole word only: "de l" is no article of "de Lacq-Orthez", nor "d" of "Dracénie Provence Verdon")
    r"(?: (?:de la|de l|des|du|de|d)(?= |$))?\s*"
)


# an official EPCI name's parenthesised part: its acronym or a gloss ("Communauté d'agglomération Porte de l'Isère
# (CAPI)"), which pages leave out of the name
_PAREN = re.compile(r"\s*\([^)]*\)\s*")


# the nouns a département's name completes in an EPCI's name ("Cœur de Sarthe", "Monts de Vaucluse", "Gorges de
# l'Ardèche"), which no page cuts off
_COMPLETED_NOUNS = frozenset({"coeur", "mont", "monts", "gorges", "vallee", "vallees", "porte", "portes", "pays", "val",
                              "plaine", "plaines", "plateau", "plateaux", "rives", "rive", "terres", "terre"})
_COMPASS_WORDS = frozenset({"grand", "grande", "nord", "sud", "est", "ouest", "centre", "haut", "haute", "bas", "basse"})


# the little words of a name's key, which pages write or drop at will ("Espace Sud Martinique", "Espace Sud de la
# Martinique")
_LITTLE_WORDS = frozenset({"de", "la", "le", "les", "l", "du", "des", "d", "et", "en"})


def content_key(key: str) -> str:
    """A name key without its little words: 'espace sud de la martinique' -> 'espace sud martinique'."""
    return " ".join(w for w in key.split() if w not in _LITTLE_WORDS)


def epci_keys(name: str, brands: bool = False) -> list[str]:
    """Keys for an EPCI name: the whole name and its distinctive part, with and without a parenthesised part;
    with `brands`, also the brand forms of an official name (`brand_keys`)."""
    keys: list[str] = []
    for form in dict.fromkeys((name, _PAREN.sub(" ", name).strip())):
        full = name_key(form)
        keys.append(full)
        short = _EPCI_PREFIX.sub("", fold(form)).strip()
        short = re.sub(r"^(?:l|la|le|les) ", "", short)
        if short and short != full:
            keys.append(short)
        if short.startswith("communaute ") and len(short.split()) >= 3:
            # the kind written twice, the official name holding the brand ("Communauté d'agglomération Communauté
            # Paris-Saclay"): pages write the brand's distinctive words alone ("l'agglomération Paris-Saclay")
            keys.append(short.removeprefix("communaute "))
    # a usage name the official name writes in parentheses ("Communauté d'agglomération de la Presqu'île de Guérande
    # Atlantique (Cap Atlantique)"), as pages name the EPCI: a name of two words or more, not an acronym
    keys.extend(name_key(inner) for inner in re.findall(r"\(([^)]*)\)", name)
                if re.search(r"[a-zà-ÿ]", inner) and len(name_key(inner).split()) >= 2)
    quoted = re.findall(r"«\s*([^»]+?)\s*»", name)
    keys.extend(name_key(q) for q in quoted)
    if brands:
        keys.extend(brand_keys(name))
    return list(dict.fromkeys(keys))


# the form EPCI give themselves on their own sites and in the press: the distinctive part, then the kind as a word
# ("Communauté d'agglomération du Pays de Saint-Gilles-Croix-de-Vie" signs "Pays de Saint-Gilles-Croix-de-Vie
# Agglomération", "Communauté de communes du Pays de Saint-Flour" "Saint-Flour Communauté")
_BRAND_SUFFIXES = (
    (re.compile(r"^communaute d agglomeration (?:(?P<art>de la|de l|des|du|de|d) )?(?P<rest>.+)$"), ("agglomeration", "agglo")),
    (re.compile(r"^communaute de communes (?:(?P<art>de la|de l|des|du|de|d) )?(?P<rest>.+)$"), ("communaute",)),
    (re.compile(r"^communaute urbaine (?:(?P<art>de la|de l|des|du|de|d) )?(?P<rest>.+)$"), ("communaute urbaine",)),
    (re.compile(r"^metropole (?:(?P<art>de la|de l|des|du|de|d) )?(?P<rest>.+)$"), ("metropole",)),
)


def brand_keys(name: str) -> list[str]:
    """Keys of an EPCI's official name written as its brand: 'Pays de Saint-Gilles-Croix-de-Vie Agglomération' for
    the Communauté d'agglomération du Pays de Saint-Gilles-Croix-de-Vie (never for a name already in that form)."""
    full = name_key(_PAREN.sub(" ", name))
    for pattern, suffixes in _BRAND_SUFFIXES:
        m = pattern.match(full)
        if m:
            rest = re.sub(r"^(?:l|la|le|les) ", "", m["rest"])
            keys = [f"{rest} {suffix}" for suffix in suffixes if not rest.endswith(suffix)]
            if not m["art"] and full.startswith("communaute d agglomeration ") and len(rest.split()) >= 2:
                # (the kind's last word before a name without article: "l'Agglomération Montargoise et Rives du
                # Loing" for the Communauté d'agglomération Montargoise et Rives du Loing)
                keys.append(f"agglomeration {rest}")
            if m["art"] and full.startswith("communaute "):
                # (the press's "la Communauté" and the article of the official name, the kind's words left out: "la
                # Communauté de l'Auxerrois" for the Communauté d'agglomération de l'Auxerrois, "la Communauté du
                # Grésivaudan")
                keys.append(f"communaute {m['art']} {m['rest']}")
            return keys
    return []


# an agglomeration whose official name is its town and the kind ("Communauté d'agglomération Lunel Agglo",
# "... Cholet Agglomération"): pages write it the other way round or by its former and territory names ("l'Agglo de
# Cholet", "l'Agglomération du Choletais", "le Pays de Lunel", "Lunel Agglomération")
_TOWN_BRAND = re.compile(r"^communaute d agglomeration (?P<town>.+?) (?:agglomeration|agglo)$")


def town_variant_keys(name: str) -> list[str]:
    """Keys of the other spellings of an agglomeration named '<town> Agglo' or '<town> Agglomération' (none for
    other names); the gazetteer keeps those one EPCI alone yields (`Gazetteer.add_town_variants`)."""
    m = _TOWN_BRAND.match(name_key(_PAREN.sub(" ", name)))
    if not m:
        return []
    town = m["town"]
    of = f"d {town}" if town[0] in "aeiouyh" else f"de {town}"
    keys = [f"{town} agglomeration", f"{town} agglo", f"agglomeration {of}", f"agglo {of}", f"pays {of}"]
    # the territory's adjective ("Agglomération du Choletais"): town + -ais / -ois
    keys += [f"agglomeration du {town}{end}" for end in ("ais", "ois")]
    return keys


def written_acronyms(name: str) -> set[str]:
    """Acronyms an EPCI's official name writes out, whatever their first letter: in parentheses ("(TCO)",
    "(CC VBA)") or as a word of the name ("Communauté d'agglomération CIVIS (...)")."""
    out: set[str] = set()
    for inner in re.findall(r"\(([^)]*)\)", name):
        packed = inner.replace(" ", "")
        if re.fullmatch(r"[A-Z][A-Z0-9]{1,7}", packed):
            out.add(packed)
    out.update(re.findall(r"\b[A-Z]{3,7}\b", _PAREN.sub(" ", name)))
    return out


def acronyms_of(name: str) -> set[str]:
    """The acronyms pages write for an EPCI: the initials of its name, without a parenthesised part nor a
    trailing 'Communauté' ("Vitré Communauté"), the acronyms its official name writes out, and its counted
    initials (`counted_initials`)."""
    bare = _PAREN.sub(" ", name).strip()
    out = {initials(name), initials(bare), initials(re.sub(r"\s+Communauté$", "", bare))} | written_acronyms(name)
    return {a for a in out if len(a) >= 2} | counted_initials(bare)


def counted_initials(name: str) -> set[str]:
    """The brands an EPCI coins from its distinctive words when they all begin with one letter, written as their
    count and that letter after its kind: "CA3B" and "AGGLO3B" for a "Communauté d'agglomération du Bassin de Brune
    et Bresse", "CC2V" for a "Communauté de communes des Vals et Vallons" (upper case, as `epci_by_acronym` reads)."""
    kind = _EPCI_PREFIX.match(fold(name))
    if kind is None or not kind.group().strip():
        return set()
    letters = initials(name[len(kind.group()):] if len(fold(name)) == len(name) else _strip_kind(name))
    if len(letters) < 2 or len(set(letters)) != 1:
        return set()
    counted = f"{len(letters)}{letters[0]}"
    if fold(name).startswith("communaute de communes"):
        return {f"CC{counted}"}
    return {f"CA{counted}", f"AGGLO{counted}"}


def _strip_kind(name: str) -> str:
    """`name` without its kind's words ("Communauté d'agglomération du Bassin de X" -> "Bassin de X")."""
    words = name.split()
    for n in range(len(words), 0, -1):
        head = fold(" ".join(words[:n]))
        m = _EPCI_PREFIX.match(head)
        if m and m.end() >= len(head.strip()):
            return " ".join(words[n:])
    return name


_INITIALS_SKIP = frozenset({"de", "du", "des", "la", "le", "les", "l", "d", "et", "en"})
_ARTICLE_INITIALS_SKIP = _INITIALS_SKIP - {"du", "des"}


def initials(name: str, skip: frozenset[str] = _INITIALS_SKIP) -> str:
    words = re.findall(r"[A-Za-zÀ-ÿœŒ]+", name)  # "Cœur" is one word
    return "".join(w[0] for w in words if w.lower() not in skip).upper()


def spells_acronym(acro: str, name: str) -> bool:
    """`acro` spells `name` by the first letters of each of its words, one to three of each, all its words in
    order but articles and prepositions: "CACEM" spells "Communauté d'agglomération du Centre de la Martinique"
    (C, A, CE, M), as pages coin acronyms a plain initials reading misses."""
    words = [w.upper() for w in re.findall(r"[A-Za-zÀ-ÿœŒ]+", _PAREN.sub(" ", name)) if w.lower() not in _INITIALS_SKIP]
    acro = acro.upper()

    def walk(i: int, j: int) -> bool:
        if j == len(words):
            return i == len(acro)
        return any(acro.startswith(words[j][:n], i) and walk(i + n, j + 1)
                   for n in range(1, min(3, len(words[j])) + 1))

    return 2 <= len(acro) <= 12 and len(words) <= 12 and walk(0, 0)


# -- matching official names in running text (folded n-gram keys over a dict) -----------------------------
# A name is a run of words joined by spaces, hyphens or apostrophes; it never crosses a line break, a comma
# or a sentence end ("Convention Territoriale Globale\n\nLa Communauté ..." gives two runs).
# (with the ligatures œ/Œ, outside Latin-1: "Cœur de Savoie", "Œuvre")
_WORD = re.compile(r"#?[0-9A-Za-zÀ-ÖØ-öø-ÿœŒ]+")
_JOIN = re.compile(r"[ \t\u00a0'’\-–&/]*")  # ("Lamballe Terre & Mer", "Dembeni / Mamoudzou")
_COMMA_JOIN = re.compile(r", ")
# lowercase words that may open an official EPCI name in running text ("communauté de communes du ...")
_LOWER_OPENERS = {"communaute", "metropole", "syndicat", "sivom", "sivu"}


@dataclass(frozen=True)
class PlaceMatch:
    """A run of text whose key is an official name (or its distinctive part) in the gazetteer."""

    start: int
    end: int
    kind: str  # commune|epci|departement
    key: str
    places: tuple[Place, ...]


def _index_of(gaz: Gazetteer) -> dict[str, tuple[str, tuple[Place, ...]]]:
    """Key -> (kind, places); EPCI beat départements beat communes on the same key."""
    index: dict[str, tuple[str, tuple[Place, ...]]] = {}
    for key, places in gaz.communes.items():
        current = tuple(p for p in places if p.code in gaz.commune_by_code) or tuple(places)
        index[key] = ("commune", current)
    for key, place in gaz.short_communes.items():
        index[key] = ("commune", (place,))
    for key, place in gaz.dep_by_key.items():
        index[key] = ("departement", (place,))
    for place in gaz.epcis:
        for n, key in enumerate(gaz.keys_of_epci[place.code]):
            # the distinctive part alone ("bassin de brive") only when it has two words and is no commune
            if n and (len(key.split()) < 2 or key in gaz.communes or key in gaz.dep_by_key):
                continue
            kind, others = index.get(key, ("epci", ()))
            index[key] = ("epci", (*others, place) if kind == "epci" else (place,))
    return index


def _tokens_key(tokens: list[str]) -> str:
    """name_key() on already folded word tokens (the same rules, without re-folding the text)."""
    words: list[str] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if len(t) == 1 and t in "bcefghijkmnopqrstuvwxz" and i + 1 < len(tokens):
            t, i = t + tokens[i + 1], i + 1  # "M'tsamboro" -> "mtsamboro"
        words.append("saint" if t == "st" else "sainte" if t == "ste" else t)
        i += 1
    while words and words[0] in ARTICLE_WORDS and len(words) > 1:
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=65536)
def _word_tokens(word: str) -> tuple[str, ...]:
    """Folded tokens of one word of running text ("SaintGenis" -> ("saint", "genis")), cached: words recur."""
    return tuple(fold(split_camel(word)).split())


# where a name may open: a capitalised word, or a lowercase word that opens an EPCI name (_LOWER_OPENERS); only
# there is the text read word by word, so running text in lowercase costs one regex scan
_LETTERS = "0-9A-Za-zÀ-ÖØ-öø-ÿœŒ"
_NAME_START = re.compile(rf"(?:#|(?<![{_LETTERS}#]))(?=[A-ZÀ-ÖØ-ÞŒ]|(?:communaut[ée]|m[ée]tropole|syndicat|sivom|sivu)"
                         rf"(?![{_LETTERS}]))")
# a geographic common noun opening an EPCI's distinctive name in lower case, as prose writes it ("le territoire des
# vallées de la Vire et de l'Orne"): read only for an EPCI whose whole name matches, with two capitalised words
_LOWER_GEO_START = re.compile(rf"(?<![{_LETTERS}#])(?=(?:vallées?|vallons?|pays|coteaux|portes?|terres?|rives?|monts?"
                              rf"|plateaux?|causses?|gorges|marais|plaines?|côtes?|bassins?|sources)(?![{_LETTERS}]))")


def match_places(gaz: Gazetteer, text: str, max_words: int = 12) -> list[PlaceMatch]:
    """Longest official names in `text`, left to right, each opening on a capitalised word."""
    index, prefixes = gaz.name_index, gaz.name_prefixes
    out: list[PlaceMatch] = []
    resume = 0  # a name found ends here: the next one opens after it
    starts = [(m.start(), False) for m in _NAME_START.finditer(text)]
    if any(w in text for w in ("vall", "pays", "terre", "porte", "coteaux", "mont", "rive", "plateau", "causse",
                               "gorges", "marais", "plaine", "côte", "bassin", "sources")):
        starts = sorted(starts + [(m.start(), True) for m in _LOWER_GEO_START.finditer(text)])
    for at, lower in starts:
        if at < resume:
            continue
        if at >= 2 and text[at - 1] in "-‐" and text[at - 2].isalpha():
            continue  # never from inside a compound word: "Jean-Yves" holds no "Yves", "Marie-Christine" no "Marie"
        tokens: list[str] = []
        hit = None
        prev_end = at
        comma = False  # the run went past a comma: only an EPCI's official name holds one ("Granville, Terre et Mer")
        words = _WORD.finditer(text, at)
        for n, word in enumerate(words):
            if n >= max_words:
                break
            if n and not _JOIN.fullmatch(text, prev_end, word.start()):
                if not _COMMA_JOIN.fullmatch(text, prev_end, word.start()):
                    break  # a line break, a comma or a sentence end closes the name
                comma = True
            elif n and "&" in text[prev_end:word.start()]:
                tokens.append("et")  # "Lamballe Terre & Mer" is "Lamballe Terre et Mer"
            prev_end = word.end()
            tokens += _word_tokens(word.group())
            key = _tokens_key(tokens)
            # (past a comma, only an EPCI whose official name holds one: "l'Espace Sud, territoire de 118 000
            # habitants" reads no "Sud Territoire")
            if key in index and (not comma or index[key][0] == "epci" and any("," in p.name for p in index[key][1])):
                hit = (word.end(), key)
            pending = len(tokens[-1]) == 1 if tokens else False  # a lone letter joins the next word
            if key not in prefixes and not pending and not all(t in ARTICLE_WORDS for t in tokens):
                break
        if hit is None:
            continue
        end, key = hit
        if lower and (index[key][0] != "epci" or len(re.findall(r"(?<!\w)[A-ZÀ-ÖØ-ÞŒ]", text[at:end])) < 2
                      or len(key.split()) < 4):
            continue  # (a lower-case opening: an EPCI's long name only, "vallées de la Vire et de l'Orne")
        following = _WORD.search(text, end)
        if following is not None and text[end:following.start()] in ("-", "‐"):
            continue  # the head of a longer compound: "Marie-Christine" is no "Marie"
        kind, places = index[key]
        out.append(PlaceMatch(at, end, kind, key, places))
        resume = end
    return out


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    return Gazetteer()
