"""Parties: classes of partner errors seen in pages of three read sets at least (session 33), one example each,
written for these tests (never taken from the gold texts nor the written sets)."""

from __future__ import annotations

from conftest import partner_names

from ctgminer.extract.components.parties import patterns as P


def _has(names: dict[str, str], word: str, kind: str | None = None) -> bool:
    return any(word.lower() in n.lower() and (kind is None or t == kind) for n, t in names.items())


# -- a magazine's address to its reader ("Vous l'avez peut-être lu ...") is no possibility about the signing --------

READER_READ = ("LE JOURNAL DE LA COMMUNAUTÉ – Printemps 2025\n"
               "FAMILLES\n"
               "Vous l'avez peut-être lu dans la presse : en janvier, la Communauté de communes du Pays de "
               "Lumbres a signé avec la Caf du Pas-de-Calais sa convention territoriale globale pour 2025-2029.\n"
               "Les élus ont retenu trois priorités : la petite enfance, la jeunesse et l'accès aux droits.\n")

READER_HEARD = ("Lettre d'information du relais petite enfance – n° 9\n"
                "Vous en avez peut-être entendu parler : la Communauté de communes du Pays de Lumbres a signé sa "
                "convention territoriale globale avec la Caf du Pas-de-Calais. Le relais y a toute sa place.\n")

# a possibility stays one ("peuvent signer", "peut-être rejoindra")
MAY_SIGN = ("Qu'est-ce qu'une CTG ?\n"
            "La convention territoriale globale est signée par la Caf et la collectivité. D'autres partenaires "
            "peuvent la signer aussi : le Département du Pas-de-Calais, la MSA Nord-Pas de Calais.\n")


def test_reader_address_then_the_signing_epci(parties_nlp):
    for text in (READER_READ, READER_HEARD):
        names = partner_names(parties_nlp, text)
        assert _has(names, "Pays de Lumbres", "epci"), names


def test_reader_address_is_not_modal_but_a_possibility_is():
    assert not P.MODAL.search("Vous l'avez peut-être lu dans la presse : la commune a signé")
    assert not P.MODAL.search("Vous en avez peut-être entendu parler : la CTG est signée")
    assert P.MODAL.search("La MSA sera peut-être signataire")
    assert P.MODAL.search("D'autres partenaires peuvent la signer")


def test_a_possible_signatory_is_still_no_party(parties_nlp):
    names = partner_names(parties_nlp, MAY_SIGN)
    assert not _has(names, "MSA"), names
    assert not any(t == "departement" for t in names.values()), names


# -- a story that calls the CTG "la convention" only: its signing territory is near that convention -------------

CONVENTION_ONLY = ("Lot-et-Garonne › Villeneuve-sur-Lot\n"
                   "L'agglo et la Caf signent une convention jusqu'en 2029\n"
                   "Le 12 mars 2025 à 06h40\n"
                   "Dix-neuf communes, 50 000 habitants et un seul document. La Communauté d'agglomération du Grand "
                   "Villeneuvois a officialisé mardi son partenariat avec la Caisse d'allocations familiales de "
                   "Lot-et-Garonne, pour cinq ans.\n"
                   "« Les crèches, les accueils de loisirs, les espaces de vie sociale : tout est dans la même "
                   "convention », explique la directrice de la Caf.\n")

# a formal convention's clauses: the court of its litigation clause is no party
COURT_CLAUSE = ("Article 9 – Litiges\n"
                "Tout litige relatif à l'exécution de la présente convention relève du tribunal administratif de "
                "Bordeaux, après épuisement des voies amiables.\n"
                "Article 10 – Durée\n"
                "La présente convention est conclue entre la Caf de Lot-et-Garonne et la Communauté d'agglomération "
                "du Grand Villeneuvois pour la période du 1er janvier 2025 au 31 décembre 2029.\n"
                "Fait à Villeneuve-sur-Lot, le 12 mars 2025\n")


def test_convention_only_story_keeps_its_epci(parties_nlp):
    names = partner_names(parties_nlp, CONVENTION_ONLY)
    assert _has(names, "Grand Villeneuvois", "epci"), names


def test_the_court_of_a_litigation_clause_is_no_party(parties_nlp):
    names = partner_names(parties_nlp, COURT_CLAUSE)
    assert not _has(names, "Bordeaux"), names
    assert _has(names, "Grand Villeneuvois", "epci"), names


# another agreement named "convention d'objectifs et de financement" stands for no CTG
OTHER_CONVENTION = ("Communauté d'agglomération du Grand Villeneuvois\n"
                    "Le relais petite enfance fête ses 15 ans\n"
                    "Samedi, le relais petite enfance de la Communauté d'agglomération du Grand Villeneuvois a "
                    "soufflé ses bougies avec les assistantes maternelles du territoire. Le service est soutenu par "
                    "la Caf de Lot-et-Garonne dans le cadre d'une convention d'objectifs et de financement.\n")


def test_another_convention_makes_no_party(parties_nlp):
    names = partner_names(parties_nlp, OTHER_CONVENTION)
    assert not _has(names, "Grand Villeneuvois"), names


# -- a party the text states is no venue, no official's home town and no mere attendant on that ground alone ---------

TOWN_QUESTIONS = ("LE MAG DE LA VILLE | Printemps 2025\nFAMILLES\nLa CTG en 4 questions\n"
                  "C'est quoi, une CTG ?\nUne convention territoriale globale : un contrat de plusieurs années entre "
                  "la Caf des Pyrénées-Atlantiques et une collectivité, qui fixe des priorités pour les familles.\n"
                  "Pourquoi maintenant ?\nLe contrat enfance jeunesse qui liait la ville à la Caf a pris fin.\n"
                  "Qui la signera ?\nLe maire d'Orthez et la Caf.\n"
                  "Quand ?\nLa signature est prévue en juin, après un passage en conseil municipal. Le "
                  "diagnostic avait été présenté en mars à Sauveterre-de-Béarn, devant les élus du secteur.\n")

EPCI_DOSSIER = ("LE MAG DE L'INTERCO – n° 21 – Automne 2024\n"
                "Dossier : grandir et vivre en famille en Vallée d'Ossau\n"
                "C'est le fruit de deux ans de travail : la nouvelle convention territoriale globale, signée le 12 "
                "septembre à Arudy avec la Caf des Pyrénées-Atlantiques, court jusqu'à fin 2028.\n"
                "Trente communes concernées, une dizaine d'ateliers avec les habitants.\n")


def test_town_told_as_signing_is_no_mayors_home_town(parties_nlp):
    names = partner_names(parties_nlp, TOWN_QUESTIONS)
    assert _has(names, "Orthez", "commune"), names


def test_epci_heading_its_magazine_dossier_is_no_venue(parties_nlp):
    names = partner_names(parties_nlp, EPCI_DOSSIER)
    assert _has(names, "Ossau", "epci"), names


ATTENDING_AND_SIGNING = ("Le 3 juin, la Communauté de communes du Pays de Nay et la Caf des Pyrénées-Atlantiques ont "
                         "signé la convention territoriale globale 2024-2028.\n"
                         "La MSA Sud Aquitaine, présente lors de la signature, a également apposé sa signature.\n")

# attending only stays attending
ATTENDING_ONLY = ("Le 3 juin, la Communauté de communes du Pays de Nay et la Caf des Pyrénées-Atlantiques ont signé "
                  "la convention territoriale globale 2024-2028. La MSA Sud Aquitaine assistait à la cérémonie.\n")


def test_a_body_present_that_signs_too_is_a_party(parties_nlp):
    names = partner_names(parties_nlp, ATTENDING_AND_SIGNING)
    assert _has(names, "MSA", "msa"), names
    assert not _has(partner_names(parties_nlp, ATTENDING_ONLY), "MSA"), names
