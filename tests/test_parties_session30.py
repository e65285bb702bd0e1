"""Parties: classes of partner errors seen in pages of three written sets at least (session 30), one example each,
written for these tests (never taken from the gold texts nor the written sets)."""

from __future__ import annotations

from conftest import partner_names


def _has(names: dict[str, str], word: str, kind: str | None = None) -> bool:
    return any(word in n and (kind is None or t == kind) for n, t in names.items())


# -- the N member towns a convention binds, counted in the sentence after the signing -----------------------------

FAYENCE_STYLE = ("Le Mag du Pays de Fayence – hiver 2023\n"
                 "Familles : une convention pour quatre ans\n"
                 "Le 12 octobre, la Communauté de communes du Pays de Fayence et la Caf du Var ont signé une "
                 "Convention territoriale globale. Elle lie les neuf communes du canton – Bagnols-en-Forêt, Callian, "
                 "Fayence, Mons, Montauroux, Saint-Paul-en-Forêt, Seillans, Tanneron et Tourrettes – pour la période "
                 "2023-2026.\n"
                 "Au programme : petite enfance, jeunesse et accès aux droits.\n")


def test_towns_bound_by_count_in_the_next_sentence_sign(parties_nlp):
    # "Elle lie les neuf communes ... – A, B, ... –": the convention binds the counted members, the page lists nine
    names = partner_names(parties_nlp, FAYENCE_STYLE)
    assert _has(names, "Pays de Fayence", "epci"), names
    for town in ("Bagnols-en-Forêt", "Callian", "Mons", "Seillans", "Tanneron", "Tourrettes"):
        assert names.get(town) == "commune", (town, names)


BASSE_TERRE_STYLE = ("Guadeloupe : la Communauté d'agglomération du Nord Basse-Terre signe sa CTG\n"
                     "Publié le 02/05/2024\n"
                     "La Communauté d'agglomération du Nord Basse-Terre et la Caf de la Guadeloupe ont signé ce jeudi "
                     "leur convention territoriale globale. Le texte engage aussi les six communes du territoire "
                     "jusqu'en 2028. Les maires de Deshaies, Pointe-Noire, Petit-Bourg, Sainte-Rose, Lamentin et "
                     "Goyave avaient fait le déplacement.\n")


def test_towns_counted_then_listed_by_their_mayors_sign(parties_nlp):
    # "engage aussi les six communes du territoire", then the one list of six towns in the next sentence
    names = partner_names(parties_nlp, BASSE_TERRE_STYLE)
    for town in ("Deshaies", "Pointe-Noire", "Petit-Bourg", "Sainte-Rose", "Lamentin", "Goyave"):
        assert names.get(town) == "commune", (town, names)


def test_towns_an_area_count_covers_do_not_sign(parties_nlp):
    # guard: the count after a verb of area ("concerne") binds no town; the list stays the EPCI's area
    text = ("La Communauté de communes du Pays de Fayence et la Caf du Var ont signé une Convention territoriale "
            "globale. Elle concerne les neuf communes du canton : Bagnols-en-Forêt, Callian, Fayence, Mons, "
            "Montauroux, Saint-Paul-en-Forêt, Seillans, Tanneron et Tourrettes.\n")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Pays de Fayence", "epci"), names
    assert "Tanneron" not in names and "Callian" not in names, names


def test_a_count_that_matches_no_list_declares_nothing(parties_nlp):
    # guard: "lie les neuf communes" but the page names two towns only, as the venue and an example: no list of nine
    text = ("La Communauté de communes du Pays de Fayence et la Caf du Var ont signé une Convention territoriale "
            "globale à Montauroux. Elle lie les neuf communes du canton pour quatre ans. À Callian, une crèche "
            "ouvrira en 2025.\n")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Pays de Fayence", "epci"), names
    assert "Callian" not in names, names


# -- a convention's preamble binding the EPCI's member towns in one counted line -------------------------------------

PREAMBLE = ("CONVENTION TERRITORIALE GLOBALE 2025-2029\n"
            "Entre\n"
            "La Caisse d'allocations familiales de la Martinique, représentée par sa directrice,\n"
            "La Communauté d'agglomération du Pays Nord Martinique, représentée par son président,\n"
            "Et les quatre communes membres : Le Lorrain, Basse-Pointe, Macouba, Grand'Rivière,\n"
            "Il est convenu ce qui suit.\n"
            "Article 1 – Objet\n"
            "La présente convention définit le projet social du territoire pour la petite enfance et la jeunesse.\n")


def test_preamble_line_of_counted_member_towns(analyse_text):
    # "Et les quatre communes membres : A, B, C, D," after the EPCI's party line: each town is a party
    record = analyse_text(PREAMBLE)
    names = {p.name: p.type for p in record.partners}
    for town in ("Le Lorrain", "Basse-Pointe", "Macouba", "Grand'Rivière"):
        assert names.get(town) == "commune", (town, names)
    assert _has(names, "Pays Nord Martinique", "epci"), names


# -- a headline naming the member towns of the EPCI that signs -----------------------------------------------------

HEADLINE_TOWNS = ("Radio Océan – Société\n"
                  "Petite enfance : Mamoudzou et Dembéni s'engagent avec la CSSM\n"
                  "Publié le 3 avril 2024\n"
                  "La Communauté d'agglomération de Dembéni-Mamoudzou a signé mardi avec la Caisse de sécurité "
                  "sociale de Mayotte sa convention territoriale globale pour 2024-2028. Les priorités : des places "
                  "de crèche et l'accompagnement des parents.\n")


def test_headline_towns_of_the_signing_epci_are_no_parties(parties_nlp):
    names = partner_names(parties_nlp, HEADLINE_TOWNS)
    assert _has(names, "Dembeni", "epci") or _has(names, "Dembéni", "epci"), names
    assert "Mamoudzou" not in names and "Dembéni" not in names, names


def test_headline_town_said_to_sign_in_the_story_stays(parties_nlp):
    # guard: the headline's town signs in the story too ("la ville de Desvres a également signé"): kept
    text = ("Accueil > Actualités\n"
            "Desvres et ses voisins s'engagent avec la Caf du Pas-de-Calais\n"
            "Publié le 14/03/2024\n"
            "La Communauté de communes de Desvres-Samer a signé le 9 mars sa convention territoriale globale avec la "
            "Caf du Pas-de-Calais. La ville de Desvres, qui gère sa crèche en propre, a également signé la "
            "convention.\n")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Desvres-Samer", "epci"), names
    assert names.get("Desvres") == "commune", names


def test_headline_town_without_its_epci_stays(parties_nlp):
    # guard: a town heading its own signing (no EPCI kept) is the party
    text = ("Actualités\n"
            "Desvres signe avec la Caf du Pas-de-Calais\n"
            "Publié le 14/03/2024\n"
            "La Caf du Pas-de-Calais et la commune ont signé le 9 mars leur convention territoriale globale.\n")
    names = partner_names(parties_nlp, text)
    assert names.get("Desvres") == "commune", names


# -- the page's own town, on its masthead, among the EPCI's communes that sign -------------------------------------

def test_masthead_town_among_the_communes_that_sign(parties_nlp):
    # a commune's brief: "entre l'agglomération, ses communes et la Caf ... sera signée": the page's town is one of them
    text = ("Cusset | Actualités\n"
            "CTG : signature le 14 mai\n"
            "La convention territoriale globale entre Vichy Communauté, ses communes et la Caf de l'Allier sera "
            "signée le 14 mai à 18h, salle des fêtes. Le conseil municipal l'a votée le 2 avril. Elle couvrira la "
            "période 2024-2028.\n")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Vichy Communauté", "epci"), names
    assert names.get("Cusset") == "commune", names


def test_paper_kicker_town_is_not_the_page_own(parties_nlp):
    # guard: a paper's kicker names the EPCI's seat above "l'agglomération et ses 39 communes ont signé": no town's page
    text = ("VICHY /\n"
            "Vichy Communauté signe sa convention avec la Caf de l'Allier\n"
            "Publié le 30/09/2022\n"
            "Vichy Communauté, ses 39 communes et la Caf de l'Allier ont signé jeudi leur convention territoriale "
            "globale pour 2022-2026.\n")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Vichy Communauté", "epci"), names
    assert "Vichy" not in names, names


def test_bulletin_town_when_the_n_communes_signed(parties_nlp):
    text = ("BULLETIN MUNICIPAL DE LANNILIS – FÉVRIER 2024\n"
            "ENFANCE JEUNESSE\n"
            "La Communauté de communes du Pays des Abers, les 13 communes et la Caf du Finistère ont signé le 5 "
            "février la convention territoriale globale 2024-2028. Pour notre ville, elle concerne la crèche et "
            "l'espace jeunes.\n")
    names = partner_names(parties_nlp, text)
    assert names.get("Lannilis") == "commune", names


def test_masthead_town_of_another_epci_is_not_declared(parties_nlp):
    # guard: the masthead's town is no member of the EPCI that signs with its communes: nothing declared
    text = ("Vichy | Actualités\n"
            "La convention territoriale globale entre la Communauté de communes du Pays des Abers, ses communes et la "
            "Caf du Finistère a été signée le 5 février.\n")
    names = partner_names(parties_nlp, text)
    assert "Vichy" not in names, names


def test_masthead_town_when_the_ctg_covers_the_communes(parties_nlp):
    # guard: the communes as the CTG's area ("couvrant l'agglomération et ses communes"), no signing sentence for them
    text = ("Cusset | Actualités\n"
            "Vichy Communauté et la Caf de l'Allier ont signé le 14 mai la convention territoriale globale, qui "
            "couvre l'agglomération et ses communes. Elle court jusqu'en 2028.\n")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Vichy Communauté", "epci"), names
    assert "Cusset" not in names, names


# -- other territories whose CTG is still in the making, beside the page's signings -----------------------------------

def test_territories_still_to_cover_are_no_parties(parties_nlp):
    text = ("Caf du Finistère – Bilan 2024\n"
            "En 2024, la Caf a signé une convention territoriale globale avec la Communauté de communes du Pays "
            "des Abers, le 12 mars. Deux territoires restent à couvrir : le Pays de Landivisiau et la Presqu'île de "
            "Crozon-Aulne maritime, dont les diagnostics sont engagés.\n")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Pays des Abers", "epci"), names
    assert not _has(names, "Landivisiau") and not _has(names, "Crozon"), names


def test_territory_whose_ctg_is_in_the_making_is_no_party(parties_nlp):
    text = ("La Caf de la Guyane a signé le 3 juin la convention territoriale globale de la Communauté de communes "
            "des Savanes. Avec la CTG de la Communauté d'agglomération du Centre Littoral en cours d'élaboration, "
            "tout le territoire sera bientôt couvert.\n")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Savanes", "epci"), names
    assert not _has(names, "Centre Littoral"), names


def test_territories_finishing_their_diagnostic_are_no_parties(parties_nlp):
    text = ("Le 29 novembre, la Caf du Cher a signé sa convention territoriale globale avec la Communauté de "
            "communes Sauldre et Sologne. Bourges Plus et Terres du Haut Berry finalisent leur diagnostic.\n")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Sauldre et Sologne", "epci"), names
    assert not _has(names, "Bourges") and not _has(names, "Haut Berry"), names


def test_a_signing_territory_in_the_making_sentence_stays(parties_nlp):
    # guard: the page's own EPCI, then another sentence on the diagnostic it led before signing: kept
    text = ("La Communauté de communes Sauldre et Sologne et la Caf du Cher ont signé le 29 novembre leur convention "
            "territoriale globale. Le diagnostic, conduit en 2023, a mis en avant la jeunesse.\n")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Sauldre et Sologne", "epci"), names


# -- a member town written shorter or longer than its official name, in a list of its EPCI's towns ---------------------

def test_member_town_written_without_its_locator_in_a_signing_list(parties_nlp):
    # "Éragny" for Éragny-sur-Oise (two Éragny-X in France: only the EPCI's member list tells which)
    text = ("Le 4 mars, dans les salons de l'hôtel d'agglomération, les maires de Cergy, Éragny, Osny et Vauréal ont "
            "signé avec le président de la Communauté d'agglomération de Cergy-Pontoise et la directrice de la Caf "
            "du Val-d'Oise la convention territoriale globale 2024-2028.\n")
    names = partner_names(parties_nlp, text)
    assert names.get("Éragny-sur-Oise") == "commune", names
    assert names.get("Osny") == "commune", names


def test_member_town_written_with_a_locator_in_a_signing_list(parties_nlp):
    # "Esvres-sur-Indre" for Esvres, among the member towns said to sign
    text = ("La Caf d'Indre-et-Loire a signé le 2 février une convention territoriale globale avec la Communauté de "
            "communes Touraine Vallée de l'Indre et les communes qui gèrent leurs services : Montbazon, Monts, "
            "Esvres-sur-Indre et Sorigny.\n")
    names = partner_names(parties_nlp, text)
    assert names.get("Esvres") == "commune", names
    assert names.get("Sorigny") == "commune", names


def test_unknown_capitalised_item_beside_members_is_no_town(parties_nlp):
    # guard: a capitalised word after a member town that opens no member's name is left alone
    text = ("Les maires de Cergy et Osny ont signé avec la Communauté d'agglomération de Cergy-Pontoise et la Caf du "
            "Val-d'Oise la convention territoriale globale, et Madame la directrice a salué le travail.\n")
    names = partner_names(parties_nlp, text)
    assert not any(n.startswith("Madame") for n in names), names
