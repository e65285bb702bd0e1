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


# -- session 9: classes of the written pages read_p to read_t (examples written for these tests) --------------------

def test_epci_distinctive_key_keeps_its_first_letters():
    """An EPCI whose distinctive part starts with "d" or "de l": its key is never cut into the words ("Dracénie" is
    no "d" + "racénie", "de Lacq" no "de l" + "acq")."""
    from ctgminer.gazetteer import epci_keys
    assert "dracenie provence verdon agglomeration" in epci_keys(
        "Communauté d'agglomération Dracénie Provence Verdon Agglomération")
    assert "lacq orthez" in epci_keys("Communauté de communes de Lacq-Orthez")
    assert "lyon" in epci_keys("Métropole de Lyon")


def test_state_acronym_is_a_whole_word():
    from ctgminer.extract.components.parties import patterns as P
    assert P.ETAT_SERVICE.search("DURANCE LUBÉRON VERDON AGGLOMÉRATION") is None
    assert P.ETAT_SERVICE.search("DRACÉNIE PROVENCE VERDON AGGLOMÉRATION") is None
    assert P.ETAT_SERVICE.search("avec la DRAC Occitanie")["name"] == "DRAC"


def test_acronym_with_the_article_letter():
    gaz = get_gazetteer()
    assert gaz.epci_by_acronym("CCDS", "60").name == "Communauté de communes des Sablons"
    assert gaz.epci_by_acronym("CCPG", "15").name == "Communauté de communes du Pays Gentiane"  # plain initials first


# an EPCI's own council: its minutes or deliberation approve the CTG ("autorise le Président à la signer", "Le conseil
# approuve"), its name only in the heading, in capitals; the actions' towns are no parties
EPCI_DELIBERATION = ("DURANCE LUBÉRON VERDON AGGLOMÉRATION\n"
                     "Conseil communautaire – séance du 12 mai 2023\n"
                     "Objet : convention territoriale globale avec la Caisse d'allocations familiales des "
                     "Alpes-de-Haute-Provence\n"
                     "Vu le code général des collectivités territoriales ;\n"
                     "Le conseil, après en avoir délibéré, approuve la convention territoriale globale 2023-2027 et "
                     "autorise le Président à la signer.\n"
                     "Fiche action 2 : ouvrir un accueil de loisirs intercommunal à Manosque et Oraison\n")
EPCI_MINUTES = ("Communauté de communes Cœur Côte Fleurie\n"
                "Conseil communautaire du 6 juillet 2023 – relevé de décisions\n"
                "• Installation d'un conseiller communautaire.\n"
                "• Convention territoriale globale 2023-2027 avec la Caf du Calvados. Le conseil approuve le texte "
                "issu du diagnostic partagé.\n"
                "• Plan d'actions : fiche 3, deux lieux d'accueil enfants-parents (Trouville-sur-Mer et "
                "Villers-sur-Mer).\n")


@pytest.mark.parametrize("text,epci,absent", [
    (EPCI_DELIBERATION, "Communauté d'agglomération Durance-Lubéron-Verdon Agglomération", ("Manosque", "Oraison")),
    (EPCI_MINUTES, "Communauté de communes Cœur Côte Fleurie", ("Trouville-sur-Mer", "Villers-sur-Mer")),
])
def test_epci_council_approving_the_ctg(nlp, comp, text, epci, absent):
    heading = text.split("\n", 1)[0]
    assert features_of(comp, text, heading)["told_epci"] == 1.0
    assert check(nlp, text, epci, absent)[epci] == "epci"


# the page's own town, its name in the heading of its council's minutes with the session's date or its town hall,
# or told as "dont la nôtre" in its bulletin: a party, not a venue nor a label
OWN_MINUTES = ("Conseil municipal du 14 avril 2023 – Lodève\n"
               "Point 5 : le conseil approuve la convention territoriale globale 2023-2026 entre la Caf de l'Hérault, "
               "la communauté de communes Lodévois et Larzac et ses communes membres, et autorise le maire à la "
               "signer.\n")
OWN_TOWN_HALL = ("COMPTE RENDU DU CONSEIL MUNICIPAL\n"
                 "Séance du 3 avril 2023 – Hôtel de ville de Lure\n"
                 "Point 4 – Convention territoriale globale avec la Caf de la Haute-Saône (2023-2027). Le conseil "
                 "approuve la convention et autorise le maire à la signer.\n")
OWN_BULLETIN = ("Riom-ès-Montagnes – Bulletin municipal – Automne 2022\n"
                "Le mot du maire\n"
                "Le 12 septembre, la Communauté de communes du Pays Gentiane, les communes du territoire, dont la "
                "nôtre, et la Caf du Cantal ont signé ensemble la convention territoriale globale.\n")


# (or told as "la Ville" beside the Caf, a related link's town aside)
TOWN_BESIDE_CAF = ("Saint-Priest : une convention pour les familles\n"
                   "Le Progrès – Métropole de Lyon – 12/03/2025\n"
                   "À Saint-Priest, la Ville et la Caf du Rhône ont fait leurs choix. La convention territoriale "
                   "globale signée jeudi porte d'abord sur la petite enfance.\n"
                   "Sur le même sujet : Bron prépare sa CTG\n")


@pytest.mark.parametrize("text,town,mention", [(OWN_MINUTES, "Lodève", "Lodève"), (OWN_TOWN_HALL, "Lure", "ville de Lure"),
                                               (OWN_BULLETIN, "Riom-ès-Montagnes", "Riom-ès-Montagnes"),
                                               (TOWN_BESIDE_CAF, "Saint-Priest", "Saint-Priest")])
def test_own_town_heading_its_minutes_or_bulletin(nlp, comp, text, town, mention):
    assert features_of(comp, text, mention)["told_town"] == 1.0
    assert check(nlp, text, town, "Bron")[town] == "commune"


# bodies said not to sign, attending, or taking part in a review; an explainer's "parfois"; a mayor who is also the
# EPCI's president; the story's Caf only
NOT_PARTY_CASES = [
    ("La ville de Quimper et la Caf du Finistère ont signé leur convention territoriale globale. Quimper Bretagne "
     "Occidentale, qui porte sa propre politique jeunesse, n'en est pas signataire.", "Quimper",
     "Communauté d'agglomération Quimper Bretagne Occidentale"),
    ("Le Département de la Meuse, l'État et la Caf de la Meuse ont signé une convention territoriale globale "
     "départementale. Les présidents de la Communauté d'agglomération du Grand Verdun "
     "et de la Communauté de communes du Pays d'Étain assistaient à la cérémonie.", "Meuse",
     ("Communauté d'agglomération du Grand Verdun", "Communauté de communes du Pays d'Étain")),
    ("La Communauté de communes du Pays de Mauriac et la Caf du Cantal ont signé la convention territoriale globale. "
     "Le bilan réalisé avec la Caf, les communes, la MSA d'Auvergne et les associations a permis d'élargir la "
     "convention.", "Communauté de communes du Pays de Mauriac", "MSA d'Auvergne"),
    ("Qui la signe ? La Caf et la collectivité, parfois rejointes par la MSA, le Département ou l'État.", None,
     ("MSA", "État")),
    ("Le maire de Parthenay, également président de la communauté de communes, et le directeur de la Caf des "
     "Deux-Sèvres ont signé la convention territoriale globale de Parthenay-Gâtine.",
     "Communauté de communes de Parthenay-Gâtine", "Parthenay"),
    ("La Caisse d'allocations familiales de la Gironde a désormais signé des conventions territoriales globales "
     "partout. Les 28 intercommunalités du département sont couvertes, dont la Communauté d'agglomération du "
     "Libournais et Jalle-Eau-Bourde.", None, ("Communauté d'agglomération du Libournais",
                                               "Communauté de communes Jalle-Eau-Bourde")),
]


def test_attending_mayors_whose_towns_also_sign(nlp):
    text = ("La Communauté de communes du Pays de Mauriac et la Caf du Cantal ont signé la convention territoriale "
            "globale. Les maires d'Ally et d'Arches étaient présents, leurs communes étant également signataires.")
    check(nlp, text, "Ally")


def test_caf_of_a_related_story_is_not_the_pages(nlp):
    text = ("La commune de Lure et la Caisse d'allocations familiales ont signé la convention territoriale globale "
            "le 2 mai.\nSur le même sujet\nMontbéliard : la Caf du Doubs déménage\n")
    doc = nlp(text)
    assert doc._.caf is not None and doc._.caf.department_code == "70", doc._.caf


# other territories' conventions: their own renewed, opened before, on the way, prepared, or of before
OTHER_CTG_CASES_9 = [
    ("La Caf de la Guadeloupe et la ville des Abymes ont signé la convention territoriale globale 2024-2028. Les "
     "communes de Sainte-Rose et de Deshaies, voisines, ont engagé des démarches similaires.", "Les Abymes",
     ("Sainte-Rose", "Deshaies")),
    ("La Caf de la Dordogne et la Communauté de communes du Périgord Nontronnais ont signé la convention territoriale "
     "globale. Le Grand Périgueux avait ouvert la voie en 2020 ; la communauté d'agglomération Bergeracoise a "
     "renouvelé la sienne cette année.", "Communauté de communes du Périgord Nontronnais",
     ("Communauté d'agglomération Le Grand Périgueux", "Communauté d'agglomération Bergeracoise")),
    ("La Caf du Gard a signé la convention territoriale globale de la Communauté de communes de Cèze Cévennes. Les "
     "conventions du Pays d'Uzès et du Pont du Gard sont en cours d'élaboration.",
     "Communauté de communes de Cèze Cévennes", ("Communauté de communes Pays d'Uzès",
                                                  "Communauté de communes du Pont du Gard")),
    ("La Communauté de communes du Diois a signé sa convention territoriale globale avec la Caf de la Drôme. La "
     "Communauté de communes du Royans-Vercors devrait signer la sienne au printemps.",
     "Communauté de communes du Diois", "Communauté de communes du Royans-Vercors"),
    ("La Caf de la Haute-Corse et la Communauté de communes de Marana-Golo ont signé la convention territoriale "
     "globale. La Communauté d'agglomération de Bastia travaille sur une démarche commune avec les communes.",
     "Communauté de communes de Marana-Golo", "Communauté d'agglomération de Bastia"),
    ("Le Département de la Meuse, l'État et la Caf ont signé une convention territoriale globale départementale. "
     "Jusqu'ici, les conventions étaient conclues avec les intercommunalités : la Communauté d'agglomération du "
     "Grand Verdun en 2021 et la Communauté de communes du Pays d'Étain en 2022.", "Meuse",
     ("Communauté d'agglomération du Grand Verdun", "Communauté de communes du Pays d'Étain")),
]


# a page of several signings: each territory heads its section, its signing on the heading's line
SECTIONS_SIGNED = ("Trois conventions territoriales globales signées en Corrèze\n"
                   "La Caf de la Corrèze a signé trois conventions cet automne.\n"
                   "Communauté de communes Vézère-Monédières-Millesources – signée le 3 octobre\n"
                   "Priorités : accueil du jeune enfant, jeunesse.\n"
                   "Communauté de communes Xaintrie Val'Dordogne – signée le 10 octobre\n"
                   "Priorités : parentalité, accès aux droits.\n")


# names read further or otherwise: an EPCI's name that goes on past a shorter official name, an EPCI's short name
# that is a far commune's, a syndicat by its purpose and acronym, an acronym keeping the article's letter, a linked
# commune written in capitals
NAME_CASES = [
    ("Le président de Grand Paris Sud et les directrices des Caf de l'Essonne et de Seine-et-Marne ont signé la "
     "convention territoriale globale.", "Communauté d'agglomération Grand Paris Sud Seine Essonne Sénart",
     "Métropole du Grand Paris"),
    ("Crest – le Val de Drôme renouvelle sa CTG\nLa Communauté de communes du Val de Drôme en Biovallée et la Caf de "
     "la Drôme ont renouvelé leur convention territoriale globale.",
     "Communauté de communes du Val de Drôme en Biovallée", "Val de Drôme"),
    ("Le syndicat intercommunal enfance jeunesse (SIVU) que nous partageons avec Brûlon et Chevillé a signé, avec "
     "ces communes et la Caf de la Sarthe, une convention territoriale globale.",
     "syndicat intercommunal enfance jeunesse (SIVU)", ()),
    ("Communauté de communes des Sablons\nLe président de la CCDS et la directrice de la Caf de l'Oise ont signé la "
     "convention territoriale globale 2024-2028.", "Communauté de communes des Sablons", "CCDS"),
    ("AURILLAC\nLa Ville d'Aurillac et la Caf du Cantal ont signé la convention territoriale globale.", "Aurillac",
     "AURILLAC"),
    ("La communauté de communes du Clermontais et la Caf de l'Hérault ont signé jeudi, à l'hôtel de communauté de "
     "Clermont-l'Hérault, leur convention territoriale globale.", "Communauté de communes du Clermontais",
     "Clermont-l'Hérault"),
]


def test_explainer_sometimes_and_seat_of_an_epci(comp):
    assert features_of(comp, NOT_PARTY_CASES[3][0], "MSA")["sent_modal"] == 1.0  # "parfois rejointes par"
    assert features_of(comp, NAME_CASES[-1][0], "Clermont-l'Hérault")["venue"] == 1.0  # "à l'hôtel de communauté de"


@pytest.mark.parametrize("text,party,absent,loose", [
    *[(*case, False) for case in NOT_PARTY_CASES],
    *[(*case, True) for case in OTHER_CTG_CASES_9],
    *[(*case, False) for case in NAME_CASES],
])
def test_page_classes_session_9(nlp, text, party, absent, loose):
    check(nlp, text, party, absent, loose)


# the State or another body without INSEE code, enumerated beside a kept party in a sentence naming the Caf: it signs
# with it (the model alone scores the State low); not in a sentence without the Caf
LIST_MATE_CASES = [
    ("La convention territoriale globale signée le 3 juin couvre tout le département. Elle réunit la Caf du Cantal, "
     "le Département du Cantal, la MSA d'Auvergne et l'État, représenté par le préfet.", "État"),
    ("La convention territoriale globale départementale a été signée mardi à l'hôtel du Département par le président "
     "du conseil départemental, le préfet, le président de la MSA Alpes-Vosges et la directrice de la Caf des Vosges.",
     "État"),
    ("La convention territoriale globale de la communauté de communes Quercy Bouriane a été signée avec la Caf du "
     "Lot. Elle associe également la préfecture du Lot, le Département et la MSA Midi-Pyrénées Nord.",
     "Préfecture du Lot"),
]


@pytest.mark.parametrize("text,body", LIST_MATE_CASES)
def test_list_mate_of_a_kept_body(nlp, text, body):
    check(nlp, text, body)


# a page about another convention (the RSA's), its only CTG words in a closing link: no party of a CTG
def test_ctg_named_only_in_a_related_link(nlp, comp):
    text = ("Caf du Tarn – Actualités partenaires\n"
            "Le Département du Tarn, la Caf, la MSA Midi-Pyrénées Nord et France Travail ont signé le 2 octobre une "
            "convention relative à l'accompagnement des allocataires du RSA.\n"
            "Voir aussi : nos conventions territoriales globales dans le Tarn\n")
    assert features_of(comp, text, "MSA Midi-Pyrénées Nord")["ctg_near"] == 0.0
    assert partners(nlp, text) == {}


# a page of several signings, each section headed by the territory and a subtitle, its first line telling that the
# territory committed itself
SECTIONS_SUBTITLED = ("Deux nouvelles conventions territoriales globales dans le Nord\n"
                      "La Caf du Nord a signé deux conventions ce mois-ci. Retour sur ces signatures.\n"
                      "Pévèle Carembault : priorité à la petite enfance\n"
                      "Le 4 mars, à Templeuve, la Communauté de communes Pévèle-Carembault a paraphé la convention.\n"
                      "Pays de Mormal : les jeunes d'abord\n"
                      "Le 12 mars, c'est au Quesnoy que la Communauté de communes du Pays de Mormal s'est engagée.\n")


@pytest.mark.parametrize("text,heading,parties", [
    (SECTIONS_SIGNED, "Communauté de communes Xaintrie Val'Dordogne",
     ("Communauté de communes Vézère-Monédières-Millesources", "Communauté de communes Xaintrie Val'Dordogne")),
    (SECTIONS_SUBTITLED, "Pays de Mormal", ("Communauté de communes du Pays de Mormal",)),
])
def test_section_heading_tells_its_signing(nlp, comp, text, heading, parties):
    assert features_of(comp, text, heading)["section_party"] == 1.0
    found = partners(nlp, text)
    assert all(party in found for party in parties), found


def test_list_mate_joins_only_a_kept_party(comp):
    """The mechanism itself, whatever the model's scores: the State (scored 0.3) joins the kept MSA of its
    enumeration, and stays out when the MSA is not kept either."""
    from ctgminer.text.sentences import Sentences
    text = LIST_MATE_CASES[0][0]
    caf_dep, _ = comp.find_caf(text)
    cands, prefer = comp.scored_candidates(text, Sentences(text), caf_dep)
    for msa_score in (0.9, 0.3):
        for c in cands:
            c.extra["score"] = msa_score if c.type == "msa" else 0.3 if c.type == "etat" else 0.0
        _, kept = comp.decide(cands, caf_dep, prefer)
        assert ("État" in {c.name for c in kept}) == (msa_score >= comp.threshold), kept


@pytest.mark.parametrize("text,party", [
    ("Le président de la Communauté de communes du Pays de Mauriac et le maire d'Ally étaient présents pour signer la "
     "convention territoriale globale avec la Caf du Cantal.", "Communauté de communes du Pays de Mauriac"),
    ("La commune d'Ally, qui ne signe pas seule, a rejoint la convention territoriale globale de la Communauté de "
     "communes du Pays de Mauriac et de la Caf du Cantal.", "Ally"),
])
def test_present_to_sign_or_not_alone_still_signs(nlp, comp, text, party):
    mention = "Communauté de communes du Pays de Mauriac" if party.startswith("Communauté") else "commune d'Ally"
    f = features_of(comp, text, mention)
    assert not f.get("attending") and not f.get("not_signatory"), f
    check(nlp, text, party)


def test_generic_departement_forms():
    from ctgminer.extract.components.parties.component import PartiesComponent
    text = ("Caf/Département ; Département / Caf ; le CD 12 ; avec le Conseil départemental ; xDépartement / ; "
            "la Département ; et le Département")
    found = [text[s:e] for s, e in PartiesComponent.generic_departements(text)]
    assert found == ["/Département", "Département /", "CD 12", "le Conseil départemental", "et le Département"], found
