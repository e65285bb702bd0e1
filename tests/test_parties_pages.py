"""Parties: classes of unseen pages where the signatories were missed or wrong (written pages read in session 8), one
example each, written for these tests (never taken from the gold texts nor the written sets)."""

from __future__ import annotations

import pytest
import test_parties_recall as recall

from ctgminer.gazetteer import brand_keys, get_gazetteer

# the blank French pipeline with the parties component, the component alone, and the features of a mention
nlp, comp, features_of = recall.nlp, recall.comp, recall.features_of


def partners(nlp, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {span._.value.name: span._.value.type for span in doc.spans["partners"]}


def check(nlp, text: str, party: str | None, absent: str | tuple[str, ...] = (), loose: bool = False) -> dict:
    """The partners of `text` hold `party` and none of `absent` (`loose`: as parts of the names)."""
    found = partners(nlp, text)

    def has(name: str) -> bool:
        return any(name in n for n in found) if loose else name in found

    assert party is None or has(party), (party, found)
    for name in (absent,) if isinstance(absent, str) else absent:
        assert not has(name), (name, found)
    return found


# an EPCI written as its brand on its own site: the distinctive part, then the kind as a word
BRAND = ("Pays de Saint-Gilles-Croix-de-Vie Agglomération\n"
         "Actualités\n"
         "Le conseil communautaire a approuvé la convention territoriale globale qui liera l'Agglomération et la Caf "
         "de la Vendée de 2024 à 2028.\n")


def test_brand_form_of_an_epci_name():
    gaz = get_gazetteer()
    assert "pays de saint gilles croix de vie agglomeration" in brand_keys(
        "Communauté d'agglomération du Pays de Saint-Gilles-Croix-de-Vie")
    assert brand_keys("Saint-Flour Communauté") == []  # already in that form
    assert gaz.epci("Pays de Saint-Gilles-Croix-de-Vie Agglomération", "85").code == "200023778"


# links to other stories, as sites word them; a release's dateline after its label
SEE_ALSO = ("La communauté de communes du Pays de Fayence et la Caf du Var ont signé leur convention territoriale "
            "globale le 4 mars.\n"
            "À découvrir aussi : la CTG de la Communauté de communes Lacs et Gorges du Verdon, signée en 2023\n")
SEE_MORE = ("La Caf de La Réunion et la commune de Saint-Paul ont signé la convention territoriale globale 2023-2027.\n"
            "En savoir plus sur les CTG signées dans le Sud : Communauté d'agglomération du Sud, une convention pour "
            "2022-2026\n")
RELEASE = ("Caf de la Guyane – Actualités\n"
           "Communiqué de presse – Kourou, le 3 février 2025\n"
           "La Caisse d'allocations familiales de la Guyane et la ville de Maripasoula ont signé leur première "
           "convention territoriale globale.\n")


STORY_CASES = [
    (SEE_ALSO, "Communauté de communes du Pays de Fayence", "Communauté de communes Lacs et Gorges du Verdon"),
    (SEE_MORE, "Saint-Paul", "Communauté d'agglomération du Sud"),
    (RELEASE, "Maripasoula", "Kourou"),
]


# a council's minutes on its own town: "la Ville restant signataire", a homonym of a far département in the street
MINUTES_OWN_TOWN = ("COMMUNE DE MAURIAC\n"
                    "Compte rendu du Conseil municipal du 4 avril 2019\n"
                    "3. Convention territoriale globale avec la Caf du Cantal et la communauté de communes du Pays de "
                    "Salers. La CTG est conclue à l'échelle intercommunale, la Ville restant signataire pour ses "
                    "propres équipements.\n"
                    "4. Travaux de voirie rue des Lacs.\n")


# a convention's signature block: "Pour la Ville de X, le Maire" beside the Caf's
SIGNATURE_BLOCK = ("ANNEXE – PLAN D'ACTIONS\n"
                   "Fiche 1 – Petite enfance. Pilote : Ville de Bondy\n"
                   "Fiche 2 – Parentalité. Pilote : Caf\n"
                   "Fait à Bondy, le 5 mai 2023.\n"
                   "Pour la Ville de Bondy, le Maire\n"
                   "Pour la Caisse d'allocations familiales de la Seine-Saint-Denis, le Directeur\n")


def test_pilot_line_is_no_signature_block(comp):
    assert features_of(comp, SIGNATURE_BLOCK, "Ville de Bondy")["sign_block"] == 0.0  # the first: the pilot line


@pytest.mark.parametrize("text,name,kind", [
    (BRAND, "Communauté d'agglomération du Pays de Saint-Gilles-Croix-de-Vie", "epci"),
    (MINUTES_OWN_TOWN, "Mauriac", "commune"),
    (SIGNATURE_BLOCK, "Bondy", "commune"),
])
def test_page_party_found(nlp, text, name, kind):
    found = {n.lower(): k for n, k in partners(nlp, text).items()}
    assert found.get(name.lower()) == kind, found


# a contact line; a steering committee's members; what a CTG "sometimes" includes on an explainer
CONTACT = ("La communauté de communes du Pays de Fayence et ses communes sont liées à la Caf du Var par une "
           "convention territoriale globale.\n"
           "Votre contact : coordinatrice CTG, permanences à Seillans, Tourrettes, Fayence\n")
COMMITTEE = ("La communauté d'agglomération Grand Chambéry et la Caf de la Savoie ont signé la convention territoriale "
             "globale en 2022. Un comité de pilotage réunissant les élus, la Caf, le Département et la MSA se tient "
             "chaque année.\n")
EXPLAINER = ("Qui signe la convention territoriale globale ? La Caf et la commune ou l'intercommunalité, parfois "
             "aussi le Département, la MSA ou d'autres partenaires.\n")


NOT_SIGNATORY_CASES = [
    (CONTACT, "Communauté de communes du Pays de Fayence", ("Seillans", "Tourrettes")),
    (COMMITTEE, "Communauté d'agglomération du Grand Chambéry", ("Savoie", "MSA")),
    (EXPLAINER, None, ("MSA",)),
]


# other conventions than the page's: plural "conventions signées avec", "dont la convention est en cours",
# "poursuit ses travaux de diagnostic"
OTHER_CTGS = ("La communauté de communes du Haut-Béarn et la Caf des Pyrénées-Atlantiques ont signé mardi la "
              "convention territoriale globale 2023-2027. Les conventions signées par la Caf avec la Communauté "
              "d'agglomération Pau Béarn Pyrénées (2022) et avec la Communauté de communes de Lacq-Orthez (2021) "
              "complètent ce maillage.")
RENEWAL = ("La Caf de la Haute-Garonne et la Communauté de communes Cœur de Garonne signent la convention "
           "territoriale globale. Le département est couvert, à l'exception de Toulouse Métropole, dont la "
           "convention est en cours de renouvellement.")
NOT_YET = ("La Caf des Ardennes a signé le 24 janvier la convention territoriale globale avec Ardenne Métropole. "
           "Seule la Communauté de communes Vallées et Plateau d'Ardenne poursuit encore ses travaux de diagnostic.")
DEPARTEMENTAL = ("Le Département de la Creuse, la Caf de la Creuse et la MSA du Limousin ont signé une convention "
                 "territoriale globale départementale. Les conventions territoriales globales signées avec les "
                 "communautés de communes, comme Creuse Sud Ouest, continueront de s'appliquer.")


OTHER_CTG_CASES = [
    (OTHER_CTGS, "Communauté de communes du Haut Béarn", "Pau Béarn Pyrénées"),
    (RENEWAL, "Cœur de Garonne", "Toulouse Métropole"),
    (NOT_YET, "Ardenne Métropole", "Vallées et Plateau"),
    (DEPARTEMENTAL, "Creuse", "Creuse Sud Ouest"),
]


def test_other_conventions_alone_stay(nlp):
    # with no other party kept, the territory is the page's own
    text = "La Caf du Gard a signé la convention territoriale globale avec la commune de Bagnols-sur-Cèze, dont la " \
           "convention précédente avait pris fin en 2022."
    assert "Bagnols-sur-Cèze" in partners(nlp, text)


# the venue's "à" typed without its accent; the audience "des familles de X, de Y comme de Z"
VENUE_CASES = [
    ("Le 12 octobre, Mme le Maire a signé a Luzy avec les maires de la Communauté de communes Bazois Loire Morvan "
     "et la CAF de la Nièvre la convention territoriale globale.", "Communauté de communes Bazois Loire Morvan",
     "Luzy"),
    ("La Communauté de communes de Petite-Terre et la CSSM ont signé la convention territoriale globale. « Les "
     "familles de Petite-Terre, de Dzaoudzi comme de Pamandzi doivent avoir accès aux mêmes services », a déclaré "
     "le président.", "Communauté de communes de Petite-Terre", "Pamandzi"),
]


# the page's own town, told as "la Ville" where the CTG is, named only in a credit line; a council's minutes
TOWN_MAGAZINE = ("Limoux Mag – n°12 – Hiver 2023\n"
                 "DOSSIER FAMILLES\n"
                 "Signée en décembre avec la Caf de l'Aude, la convention territoriale globale engage la Ville pour "
                 "cinq ans. Le centre de loisirs de Bellegarde sera rénové.\n"
                 "Photo : service communication – Ville de Limoux\n")
COUNCIL_MINUTES = ("COMPTE RENDU DU CONSEIL MUNICIPAL DU 28 JUIN 2023\n"
                   "4. Le conseil approuve la convention territoriale globale conclue entre la Caf du Finistère, la "
                   "Communauté d'agglomération du Pays de Landerneau-Daoulas et ses communes, dont Loperhet. Il "
                   "autorise le maire à la signer.\n")


@pytest.mark.parametrize("text,town", [(TOWN_MAGAZINE, "Limoux"), (COUNCIL_MINUTES, "Loperhet")])
def test_told_town_is_stated(nlp, comp, text, town):
    assert features_of(comp, text, town)["told_town"] == 1.0
    assert check(nlp, text, town, "Bellegarde")[town] == "commune"


def test_official_of_a_town_attending(nlp):
    text = ("Le président de la Communauté de communes Pays d'Apt-Luberon et la directrice de la Caf de Vaucluse "
            "ont signé la convention territoriale globale. Le sous-préfet d'Apt assistait à la signature.")
    assert "Apt" not in partners(nlp, text)


def test_msa_written_out_matches_its_acronym():
    from ctgminer.evaluation.evaluate import same_name
    assert same_name("Mutualité sociale agricole du Limousin", "MSA du Limousin")
    assert not same_name("Mutualité sociale agricole du Limousin", "MSA Midi-Pyrénées Sud")


def test_epci_acronym_matches_its_name():
    from ctgminer.evaluation.evaluate import _same_partner
    full = {"name": "Communauté d'agglomération du Pays Ajaccien", "type": "epci"}
    assert _same_partner(full, {"name": "CAPA", "type": "epci"})
    assert not _same_partner({"name": "Communauté d'agglomération du Pays Basque", "type": "epci"},
                             {"name": "CAPA", "type": "epci"})
    assert not _same_partner({"name": "CAPA", "type": "commune"}, full)  # between EPCI only


# an EPCI name the gazetteer's matching reads with "&" for "et" keeps its link; a town of it heading the page goes
AMPERSAND = ("Accueil > Côtes-d'Armor > Lamballe-Armor\n"
             "Lamballe Terre & Mer et la Caisse d'allocations familiales des Côtes-d'Armor ont signé mardi leur "
             "convention territoriale globale.\n")


def test_ampersand_epci_keeps_its_link(nlp):
    found = partners(nlp, AMPERSAND)
    assert found == {"Communauté d'agglomération Lamballe Terre et Mer": "epci"}, found


# an EPCI's area ("à l'échelle du Pays basque") and EPCI given as examples are not parties
EPCI_AREA_CASES = [
    ("La commune d'Hendaye et la Caf des Pyrénées-Atlantiques ont signé la convention territoriale globale. Le "
     "directeur de la Caf a salué une démarche exemplaire à l'échelle du Pays basque.", "Hendaye",
     "Communauté d'agglomération du Pays Basque"),
    ("La ville de Saint-Gaudens et la Caf de la Haute-Garonne ont signé leur convention territoriale globale. "
     "D'autres territoires préparent la leur, comme le Muretain Agglo.", "Saint-Gaudens",
     "Communauté d'agglomération Le Muretain Agglo"),
]


# a breadcrumb with ">" ("Pas-de-Calais > Arras et environs"), a signing "à la maison intercommunale de X", a
# committee told in the sentence before
BREADCRUMB = ("Pas-de-Calais > Béthune et environs\n"
              "La Communauté d'agglomération de Béthune-Bruay, Artois-Lys Romane et la Caf du Pas-de-Calais ont signé "
              "jeudi leur convention territoriale globale à la maison intercommunale de Beuvry.\n")
COMMITTEE_BEFORE = ("La Communauté d'agglomération Ventoux-Comtat-Venaissin et la Caf de Vaucluse ont signé la "
                    "convention territoriale globale. Son premier comité de pilotage s'est réuni le 27 janvier. Les "
                    "services de la Caf, de la MSA et du Département y ont validé la méthode.\n")


@pytest.mark.parametrize("text,absent", [(BREADCRUMB, ("Béthune", "Beuvry")), (COMMITTEE_BEFORE, ("MSA", "Vaucluse"))])
def test_breadcrumb_venue_and_committee(nlp, text, absent):
    found = check(nlp, text, None, absent)
    assert any(kind == "epci" for kind in found.values()), found


# a territory of another agreement named in the sentence after the CTG ("vient compléter le contrat de ville, signé
# avec ..."), or an agenda item's other convention
AGREEMENT_CASES = [
    ("Le maire de Garges-lès-Gonesse et la directrice de la Caf du Val-d'Oise ont signé la convention territoriale "
     "globale 2024-2027. La CTG vient compléter le contrat de ville, signé avec l'État et l'agglomération Roissy Pays "
     "de France.", "Garges-lès-Gonesse", "Communauté d'agglomération Roissy Pays de France"),
    ("Le conseil communautaire de la Communauté de communes Bastides de Lomagne approuve la convention territoriale "
     "globale avec la Caf du Gers.\n6. Convention de mise à disposition d'un agent avec la commune de Mauvezin – "
     "adoptée.", "Communauté de communes Bastides de Lomagne", "Mauvezin"),
]


# every class above: the party kept, the others not (the territories of other conventions by parts of their names)
@pytest.mark.parametrize("text,party,absent,loose", [
    *[(*case, False) for case in STORY_CASES],
    *[(*case, False) for case in NOT_SIGNATORY_CASES],
    *[(*case, True) for case in OTHER_CTG_CASES],
    *[(*case, False) for case in VENUE_CASES],
    *[(*case, False) for case in EPCI_AREA_CASES],
    *[(*case, False) for case in AGREEMENT_CASES],
])
def test_page_classes(nlp, text, party, absent, loose):
    check(nlp, text, party, absent, loose)
