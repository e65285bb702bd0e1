"""Parties: classes of pages read in session 27 (the written sets read_ce, read_cf and read_cg, blind until then), one
example each, written for these tests (never taken from the gold texts nor the written sets)."""

from __future__ import annotations

from conftest import partner_names


def _has(names: dict[str, str], word: str, kind: str | None = None) -> bool:
    return any(word in n and (kind is None or t == kind) for n, t in names.items())


# -- a signature block's mayors under a cell for the member towns -------------------------------------------------

SIGNATURE_PAGE = ("Article 11 – Signatures\n"
                  "La présente convention est établie en neuf exemplaires originaux.\n"
                  "Fait à Murat, le 14 octobre 2024\n"
                  "Pour la Caisse d'allocations familiales du Cantal\n"
                  "La Présidente du conseil d'administration La Directrice\n"
                  "Pour la Communauté de communes Hautes Terres Communauté\n"
                  "Le Président\n"
                  "Pour les communes membres :\n"
                  "Le Maire d'Allanche\n"
                  "La Maire de Riom-ès-Montagnes\n"
                  "Le Maire de Marcenat\n"
                  "Le Maire de Condat\n"
                  "Convention territoriale globale 2024-2028 – page 22\n")


def test_mayors_listed_under_the_member_towns_cell_sign(parties_nlp):
    # the mayors' title lines under "Pour les communes membres :", the Caf's cell above and "Fait à" over the block:
    # each town signs (before, the "Pour ..." cells broke the block of titles and the mayors read as officials only)
    names = partner_names(parties_nlp, SIGNATURE_PAGE)
    for town in ("Allanche", "Riom-ès-Montagnes", "Marcenat", "Condat"):
        assert names.get(town) == "commune", (town, names)
    assert _has(names, "Hautes Terres", "epci"), names


def test_mayor_in_a_story_is_still_no_signatory(parties_nlp):
    # guard: a mayor named in running prose, no "Fait à" block around, stays an official's home town
    text = ("La Caf du Cantal et la Communauté de communes Hautes Terres Communauté ont signé le 14 octobre 2024 leur "
            "convention territoriale globale. Pour les familles, le Maire de Condat a salué un travail collectif.")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Hautes Terres", "epci"), names
    assert "Condat" not in names, names


# -- a Caf's overview table of its territories' conventions, each row its own period -------------------------------

OVERVIEW = ("Caf de la Corrèze – Partenaires\n"
            "Les conventions territoriales globales en Corrèze\n"
            "Chaque intercommunalité du département dispose aujourd'hui d'une convention territoriale globale.\n"
            "Territoire | Période | Référent Caf\n"
            "Tulle Agglo | 2022-2026 | Mme Lacombe\n"
            "Communauté de communes Ventadour - Égletons - Monédières | 2023-2027 | M. Peyrat\n"
            "Communauté de communes Vézère-Monédières-Millesources | 2021-2025 | Mme Lacombe\n"
            "Haute-Corrèze Communauté | 2023-2027 | M. Brun\n"
            "Pour en savoir plus, contactez votre conseiller territorial.\n")


def test_overview_rows_of_several_periods_name_no_party(parties_nlp):
    # one row per territory with its own period: separate conventions listed by the Caf, none signed on this page
    names = partner_names(parties_nlp, OVERVIEW)
    assert not any(t == "epci" for t in names.values()), names


def test_signatories_table_of_one_period_stays(parties_nlp):
    # guard: rows giving one period only are no overview of separate conventions; the signing sentence's EPCI stays
    text = ("La Communauté de communes Haute-Corrèze Communauté et la Caf de la Corrèze ont signé le 3 avril 2023 "
            "leur convention territoriale globale.\n"
            "Signataire | Période\n"
            "Haute-Corrèze Communauté | 2023-2027\n")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Haute-Corrèze", "epci"), names


# -- the former towns a commune nouvelle gathers, in a relative clause --------------------------------------------

NEW_TOWN = ("Annecy. La Ville et la Caf signent pour quatre ans\n"
            "Publié le 12 juin 2024\n"
            "Le maire d'Annecy et la directrice de la Caf de la Haute-Savoie ont signé lundi la convention territoriale "
            "globale de la commune nouvelle, qui regroupe depuis 2017 Annecy-le-Vieux, Cran-Gevrier, Meythet, Pringy "
            "et Seynod. Elle court jusqu'en 2027.\n")


def test_parts_of_a_commune_nouvelle_are_not_parties(parties_nlp):
    names = partner_names(parties_nlp, NEW_TOWN)
    assert names.get("Annecy") == "commune", names
    for part in ("Cran-Gevrier", "Meythet", "Pringy", "Seynod"):
        assert part not in names, (part, names)


def test_towns_signing_with_their_epci_still_sign(parties_nlp):
    # guard: towns an EPCI "regroupe" said to sign in their own sentence stay parties
    text = ("La Caf de l'Ain, la Communauté de communes de la Dombes et les communes de Châtillon-sur-Chalaronne, "
            "Villars-les-Dombes et Chalamont ont signé le 2 mai 2024 leur convention territoriale globale.")
    names = partner_names(parties_nlp, text)
    for town in ("Châtillon-sur-Chalaronne", "Villars-les-Dombes", "Chalamont"):
        assert names.get(town) == "commune", (town, names)


# -- towns then named as an EPCI's members, in apposition, in a sentence that signs nothing -----------------------

APPOSITION = ("RADIO PEYI | Société\n"
              "L'Espace Sud signe sa convention territoriale globale avec la Caf\n"
              "12/03/2024 - 06:30\n"
              "Rivière-Salée, Ducos et Saint-Esprit : les trois communes de l'Espace Sud ont désormais un cadre commun "
              "avec la Caisse d'allocations familiales de la Martinique. La Communauté d'agglomération de l'Espace Sud "
              "Martinique a signé hier la convention territoriale globale.\n")


def test_towns_in_apposition_to_an_epci_count_are_its_members(parties_nlp):
    names = partner_names(parties_nlp, APPOSITION)
    assert _has(names, "Espace Sud", "epci"), names
    for town in ("Rivière-Salée", "Ducos", "Saint-Esprit"):
        assert town not in names, (town, names)


def test_towns_in_apposition_stay_when_their_mayors_sign(parties_nlp):
    # guard: the same apposition, then "les trois maires" sign: the towns are parties
    text = APPOSITION.replace("a signé hier la convention territoriale globale.",
                              "a signé hier la convention territoriale globale, avec les trois maires.")
    names = partner_names(parties_nlp, text)
    for town in ("Rivière-Salée", "Ducos", "Saint-Esprit"):
        assert names.get(town) == "commune", (town, names)


# -- a territory the text says does not sign, named elsewhere in passing ------------------------------------------

def test_territory_said_not_to_sign_is_no_party_on_a_passing_mention(parties_nlp):
    # "l'Ouest rhodanien" reads as the EPCI's distinctive part; the text says the EPCI does not sign
    text = ("Tarare signe sa première convention territoriale globale\n"
            "Lundi, le maire de Tarare et le directeur de la Caf du Rhône ont signé la convention territoriale "
            "globale (CTG) de la commune, une première dans l'Ouest rhodanien.\n"
            "La Communauté d'agglomération de l'Ouest Rhodanien, qui n'est pas signataire, a fait savoir qu'elle "
            "souhaitait engager une démarche similaire.\n")
    names = partner_names(parties_nlp, text)
    assert names.get("Tarare") == "commune", names
    assert not _has(names, "Ouest Rhodanien"), names


def test_territory_said_not_to_sign_but_stated_a_party_elsewhere_stays(parties_nlp):
    # guard: a signature block's cell outranks a sentence saying another convention is not signed by it
    text = ("Article 9 – Signatures\n"
            "Fait à Tarare, le 2 février 2024\n"
            "Pour la Caisse d'allocations familiales du Rhône, le Directeur\n"
            "Pour la Ville de Tarare, le Maire\n"
            "Pour la Communauté d'agglomération de l'Ouest Rhodanien, le Président\n")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Ouest Rhodanien", "epci"), names
    assert names.get("Tarare") == "commune", names


# -- a territory whose CTG the sentence opens on as signed already, before the next ones ---------------------------

def test_territory_signed_already_in_an_earlier_year_is_another_ctg(parties_nlp):
    text = ("Caf de la Guadeloupe – Actualités\n"
            "Le 3 juin 2024, la Caf de la Guadeloupe et la Communauté d'agglomération Grand Sud Caraïbe ont signé "
            "leur convention territoriale globale pour 2024-2028, à Basse-Terre.\n"
            "Déjà signée avec la Communauté d'agglomération du Nord Grande Terre en 2022, la CTG sera étendue à la "
            "Riviéra du Levant d'ici la fin de l'année.\n")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Grand Sud Caraïbe", "epci"), names
    assert not _has(names, "Nord Grande Terre"), names


# -- a signature block's cell signed by delegation -----------------------------------------------------------------

def test_signature_cell_signed_by_delegation(parties_nlp):
    text = ("Article 9 – Signatures\n"
            "Fait à Alès, le 4 décembre 2023\n"
            "Pour la Caisse d'allocations familiales du Gard, la Directrice\n"
            "Pour Alès Agglomération, le Président\n"
            "Pour le Département du Gard, pour le Président et par délégation, la Directrice générale adjointe\n")
    names = partner_names(parties_nlp, text)
    assert names.get("Gard") == "departement", names
    assert _has(names, "Alès", "epci"), names


# -- a cover page whose bodies stand above the title ----------------------------------------------------------------

def test_cover_bodies_above_the_title_are_parties(parties_nlp):
    text = ("Communauté de communes du Pays de Fayence\n"
            "Caisse d'allocations familiales du Var\n"
            "Mutualité sociale agricole Provence-Azur\n"
            "CONVENTION TERRITORIALE GLOBALE\n"
            "2024 – 2028\n"
            "SOMMAIRE\n"
            "I. Le diagnostic\n"
            "II. Les axes de travail\n")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Pays de Fayence", "epci"), names
    assert any(t == "msa" for t in names.values()), names


def test_dated_header_above_a_ctg_title_is_no_cover(parties_nlp):
    # guard: a news header (a date on its lines) above the title is no cover page: its bodies are not stated parties
    text = ("Caf du Var – Actualité du 12 mars 2024\n"
            "Communauté de communes du Pays de Fayence\n"
            "Mutualité sociale agricole Provence-Azur\n"
            "La convention territoriale globale en préparation\n"
            "Le diagnostic partagé sera présenté en juin aux élus du territoire.\n")
    names = partner_names(parties_nlp, text)
    assert not any(t == "msa" for t in names.values()), names


# -- a town told as "la ville" in a related link under the "Lire aussi" heading ----------------------------------

def test_la_ville_of_a_related_link_tells_no_own_town(parties_nlp):
    # the dateline's town is no party: "la ville signe" is another story's headline, listed under "Lire aussi :"
    text = ("Fénétrange\n"
            "La communauté de communes s'engage avec la Caf\n"
            "8 juin 2023\n"
            "Les élus du Saulnois ont signé mardi, au siège de la communauté de communes à Château-Salins, la "
            "convention territoriale globale qui les lie pour cinq ans à la Caisse d'allocations familiales de la "
            "Moselle.\n"
            "Lire aussi :\n"
            "- Sarrebourg : la ville signe à son tour sa CTG avec la Caf\n"
            "- Dieuze : une nouvelle crèche de 20 places\n")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Saulnois", "epci"), names
    assert "Fénétrange" not in names, names


def test_la_ville_in_the_story_still_tells_its_town(parties_nlp):
    # guard: the same dateline, "la Ville" signing in the story itself
    text = ("Sarrebourg\n"
            "La Ville et la Caf main dans la main\n"
            "8 juin 2023\n"
            "La Ville et la Caisse d'allocations familiales de la Moselle ont signé mardi la convention territoriale "
            "globale qui les lie jusqu'en 2027.\n"
            "Lire aussi :\n"
            "- Dieuze : une nouvelle crèche de 20 places\n")
    names = partner_names(parties_nlp, text)
    assert names.get("Sarrebourg") == "commune", names


# -- a dateline of two places joined by a slash ---------------------------------------------------------------------

def test_dateline_of_two_places_is_a_kicker(parties_nlp):
    # "Aigoual" is no commune's name: the line is still a dateline of places, not a town heading the page
    text = ("Le Vigan / Aigoual\n"
            "Un forum pour préparer la convention territoriale globale\n"
            "Jeudi 11 avril 2024\n"
            "Soixante personnes ont participé samedi au forum organisé par la communauté de communes Causses Aigoual "
            "Cévennes dans le cadre de l'élaboration de sa convention territoriale globale avec la Caf du Gard. La "
            "synthèse sera présentée au conseil communautaire de juin.\n")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Causses Aigoual", "epci"), names
    assert "Le Vigan" not in names, names


# -- an EPCI told as "la Communauté" and the article of its official name ------------------------------------------

def test_communaute_with_the_official_article_is_the_epci(parties_nlp):
    # "la Communauté du Thouarsais": the kind's words left out, the official article kept (a one-word distinctive
    # part, which the gazetteer does not read alone)
    text = ("Thouars – 14/02/2025\n"
            "La Caf des Deux-Sèvres et la Communauté du Thouarsais ont signé lundi une convention territoriale globale "
            "pour 2025-2029. Elle porte sur la petite enfance et la jeunesse.")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Thouarsais", "epci"), names
    assert "Thouars" not in names, names


# -- a town named as a distance's reference point ------------------------------------------------------------------

def test_town_a_distance_is_told_from_is_no_party(parties_nlp):
    text = ("Dinan Agglomération et la Caf main dans la main jusqu'en 2028\n"
            "Publié le 3 juillet 2024\n"
            "Dinan Agglomération et la Caf des Côtes-d'Armor ont signé mardi la convention territoriale globale. La "
            "directrice de la Caf a détaillé les chantiers : le soutien aux parents, « trop souvent isolés dans les "
            "communes éloignées de Plancoët », et l'accès aux droits.\n")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Dinan", "epci"), names
    assert "Plancoët" not in names, names


# -- the EPCI a town's own convention leaves other fields to -------------------------------------------------------

def test_epci_of_the_intercommunal_convention_is_another_ctg(parties_nlp):
    text = ("Ville de Vierzon – Convention territoriale globale\n"
            "Article 2 – Les domaines retenus\n"
            "La Ville et la Caf du Cher retiennent deux domaines, les autres champs (petite enfance, logement) étant "
            "traités à l'échelle de Vierzon Sologne Berry dans la convention intercommunale : l'enfance et la "
            "jeunesse, le soutien à la parentalité.\n"
            "Article 8 – Signatures\n"
            "Fait à Vierzon, le 3 mars 2023\n"
            "Pour la Caisse d'allocations familiales du Cher, le Directeur\n"
            "Pour la Ville de Vierzon, le Maire\n")
    names = partner_names(parties_nlp, text)
    assert names.get("Vierzon") == "commune", names
    assert not _has(names, "Sologne"), names


def test_dateline_town_declared_a_signatory_stays(parties_nlp):
    # guard for the dateline "X / Y": a town the text then declares a signatory ("Les quatre communes ont également
    # paraphé") is kept, its dateline mention included
    text = ("Régina / Est guyanais\n"
            "Une convention territoriale globale pour l'Est guyanais\n"
            "4 mars 2024 – Guyane Actu\n"
            "La Communauté de communes de l'Est Guyanais (CCEG), qui regroupe Régina, Saint-Georges, Ouanary et Camopi, "
            "a signé vendredi 1er mars sa convention territoriale globale avec la Caf de la Guyane. Les quatre communes "
            "ont également paraphé le document, qui court jusqu'en 2028.\n")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Est Guyanais", "epci"), names
    for town in ("Régina", "Saint-Georges", "Ouanary", "Camopi"):
        assert names.get(town) == "commune", (town, names)


# -- the towns of a span's "en passant par A et B" -----------------------------------------------------------------

def test_every_town_after_en_passant_par_is_the_span(parties_nlp):
    text = ("La Communauté d'agglomération du Pays Nord Martinique et la Caf de la Martinique ont signé, mardi 1er "
            "octobre, une convention territoriale globale qui couvre les dix-huit communes de l'agglomération, de "
            "Grand'Rivière au Lamentin en passant par Trinité et Le Lorrain.")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Pays Nord Martinique", "epci"), names
    assert "Le Lorrain" not in names and "Trinité" not in names, names


# -- a town council's agenda item approving the CTG and its signing -----------------------------------------------

def test_town_council_agenda_item_approving_the_ctg_names_the_town(parties_nlp):
    text = ("Ville de Vierzon\n"
            "Compte rendu sommaire du conseil municipal du 7 juin 2023\n"
            "Le conseil municipal s'est réuni sous la présidence du maire. 31 conseillers présents ou représentés.\n"
            "1. Approbation du procès-verbal de la séance du 5 avril 2023 – adopté à l'unanimité\n"
            "2. Compte administratif 2022 – adopté\n"
            "3. Convention territoriale globale 2023-2026 entre la Caf du Cher, la Communauté de communes "
            "Vierzon-Sologne-Berry et les communes membres – approbation et autorisation de signature – adopté à "
            "l'unanimité\n"
            "4. Tarifs de la piscine municipale – adopté\n")
    names = partner_names(parties_nlp, text)
    assert names.get("Vierzon") == "commune", names
    assert _has(names, "Vierzon-Sologne-Berry", "epci"), names


def test_epci_minutes_approving_the_ctg_name_no_town(parties_nlp):
    # guard: the same agenda item in an EPCI council's minutes (no "conseil municipal") tells no town of its own
    text = ("Communauté de communes Vierzon-Sologne-Berry\n"
            "Compte rendu du conseil communautaire du 7 juin 2023, salle des fêtes de Mehun-sur-Yèvre\n"
            "3. Convention territoriale globale 2023-2026 avec la Caf du Cher – approbation et autorisation de "
            "signature – adopté à l'unanimité\n")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Vierzon-Sologne-Berry", "epci"), names
    assert "Mehun-sur-Yèvre" not in names, names
