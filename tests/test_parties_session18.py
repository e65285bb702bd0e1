"""Parties: classes of pages read in session 18 (the lowest written sets), one example each, written for these tests
(never taken from the gold texts nor the written sets)."""

from __future__ import annotations

from conftest import partner_names

from ctgminer.text.normalise import unwrap_lines


def test_syndicat_named_by_acronym_and_lower_case_purpose(parties_nlp):
    # a SIVU or a SIVOS named by its acronym, a purpose in lower case, then its territory, said to sign too
    text = ("Communauté de communes du Val d'Azergues\n"
            "Le 12 avril 2024, la Communauté de communes du Val d'Azergues et la Caf du Rhône ont signé leur "
            "convention territoriale globale pour 2024-2028. Le SIVU scolaire des Trois Vallons, qui gère la cantine "
            "de trois écoles, est également signataire. Le SIVOS du Haut-Bugey, gestionnaire de la garderie, a "
            "également signé la convention.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("SIVU scolaire des Trois Vallons") == "other", names
    assert names.get("SIVOS du Haut-Bugey") == "other", names


def test_council_authorises_the_mayor_or_his_representative(parties_nlp):
    # a town council's deliberation heading the page with the town's name: "autorise Monsieur le Maire ou son
    # représentant à la signer" tells the town signs, beside the EPCI named in the object line
    text = ("VILLE DE MONTBARD\n"
            "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\n"
            "Séance du 4 mars 2025\n"
            "Objet : Convention territoriale globale avec la Caf de la Côte-d'Or et la Communauté de communes du "
            "Montbardois\n"
            "Le Conseil municipal, après en avoir délibéré, approuve la convention territoriale globale 2025-2029 et "
            "décide d'autoriser Monsieur le Maire ou son représentant à la signer.\n"
            "Fait et délibéré à Montbard, les jour, mois et an susdits.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("Montbard") == "commune", names


def test_epci_council_approves_in_a_numbered_agenda_item(parties_nlp):
    # an EPCI's council minutes heading the page with its name: the item's head names the CTG, its last sentence
    # approves "la convention" after the axes; an agenda grants "autorisation de signature donnée au Président"
    minutes = ("Communauté de communes du Pays de Bitche\n"
               "Compte rendu du conseil communautaire du 12 mars 2025\n"
               "Présents : 31 – Pouvoirs : 2 – Secrétaire de séance : M. Paul G.\n"
               "1. Approbation du procès-verbal de la séance du 4 février 2025. Adopté à l'unanimité.\n"
               "2. Budget annexe des déchets : ouverture de crédits de 60 000 € pour le renouvellement des bacs de "
               "collecte du secteur nord. Adopté (30 pour, 3 abstentions).\n"
               "3. Voirie : attribution du marché de réfection des voies communautaires pour 2025 à l'entreprise la "
               "mieux-disante, pour un montant de 412 000 € HT. Adopté à l'unanimité.\n"
               "4. Convention territoriale globale 2025-2029 avec la Caf de la Moselle\n"
               "Le Président présente le projet issu du diagnostic partagé. Trois axes sont retenus :\n"
               "Axe 1 – Développer l'accueil du jeune enfant\n"
               "Axe 2 – Soutenir les parents\n"
               "Axe 3 – Accompagner les jeunes\n"
               "Les communes pourront y adhérer par avenant.\n"
               "Le conseil, après en avoir délibéré, approuve la convention. Adopté à l'unanimité.\n"
               "5. Questions diverses.")
    names = partner_names(parties_nlp, unwrap_lines(minutes))
    assert names.get("Communauté de communes du Pays de Bitche") == "epci", names
    agenda = ("Communauté de communes du Pays de Bitche\n"
              "Conseil communautaire du jeudi 12 mars 2025 – 19h00\n"
              "Ordre du jour\n"
              "Salle polyvalente de Rohrbach-lès-Bitche\n"
              "1. Approbation du procès-verbal de la séance du 4 février 2025\n"
              "2. Débat d'orientation budgétaire 2025\n"
              "3. Fixation des taux de fiscalité directe locale\n"
              "4. Attribution du marché de collecte des déchets ménagers (montant estimé : 2 300 000 € HT)\n"
              "5. Subvention à l'office de tourisme intercommunal : 90 000 €\n"
              "6. Convention territoriale globale avec la Caf de la Moselle pour 2025-2029 – autorisation de signature "
              "donnée au Président\n"
              "7. Modification du tableau des effectifs\n"
              "8. Questions diverses")
    names = partner_names(parties_nlp, unwrap_lines(agenda))
    assert names.get("Communauté de communes du Pays de Bitche") == "epci", names


def test_officials_of_listed_towns_beside_partner_associations(parties_nlp):
    # a steering committee: the officials of the member towns, the Caf's services and "les partenaires associatifs"
    # (associations, no body associated to the convention) review the CTG; only the EPCI signed it
    text = ("Communauté de communes Haut-Jura Saint-Claude\n"
            "Le comité de pilotage de la convention territoriale globale de la Communauté de communes Haut-Jura "
            "Saint-Claude s'est réuni le 3 octobre à Saint-Claude, deux ans après sa signature. Élus de Saint-Lupicin, Lajoux "
            "et Longchaumois, services de la Caf du Jura et partenaires associatifs ont fait le point sur les actions.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    for town in ("Lajoux", "Longchaumois"):
        assert town not in names, names
    assert names.get("Communauté de communes Haut-Jura Saint-Claude") == "epci", names


def test_towns_listed_as_the_area_of_an_epci(parties_nlp):
    # the member towns named as the territory a CTG will cover ("couvrant les cinq communes de l'agglomération : A,
    # B ..."), or whose partners meet ("les acteurs jeunesse des cinq communes (A, B ...)"): the EPCI signs alone
    cover = ("Communiqué – Arles\n"
             "La Communauté d'agglomération Arles Crau Camargue Montagnette et la Caf des Bouches-du-Rhône ont signé "
             "le 4 mars 2025 une lettre d'intention, première étape vers une convention territoriale globale couvrant "
             "les six communes de l'agglomération : Arles, Tarascon, Saint-Martin-de-Crau, Boulbon, "
             "Saint-Pierre-de-Mézoargues et Les Saintes-Maries-de-la-Mer.\n"
             "Un diagnostic partagé sera mené en 2025.")
    names = partner_names(parties_nlp, unwrap_lines(cover))
    for town in ("Tarascon", "Boulbon", "Saint-Martin-de-Crau"):
        assert town not in names, names
    assert list(names.values()) == ["epci"], names
    meet = ("ACCM INFO – L'actu de l'agglo\n"
            "La Communauté d'agglomération Arles Crau Camargue Montagnette a réuni ce lundi les acteurs enfance et "
            "jeunesse des six communes (Arles, Tarascon, Saint-Martin-de-Crau, Boulbon, Saint-Pierre-de-Mézoargues, "
            "Les Saintes-Maries-de-la-Mer) pour lancer le diagnostic qui précédera la signature d'une convention "
            "territoriale globale avec la Caf des Bouches-du-Rhône.")
    names = partner_names(parties_nlp, unwrap_lines(meet))
    for town in ("Tarascon", "Boulbon", "Saint-Martin-de-Crau"):
        assert town not in names, names


def test_ville_centre_is_no_town_telling_itself(parties_nlp):
    # "la ville-centre" of an EPCI's press story is the EPCI's main town named by its rank, not a town's own page
    # telling "la ville" signs; the town in the kicker above is where the news is filed
    text = ("Montbard\n"
            "Montbardois : une deuxième convention avec la Caf, plus tournée vers les jeunes\n"
            "Publié le 9 février 2026\n"
            "La Communauté de communes du Montbardois et la Caf de la Côte-d'Or ont signé, jeudi 5 février, une "
            "nouvelle convention territoriale globale pour 2026-2030.\n"
            "La nouvelle CTG met l'accent sur la jeunesse, avec un point information jeunesse, et sur les familles "
            "monoparentales, qui représentent près d'une famille sur quatre dans la ville-centre.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert "Montbard" not in names, names
    assert names.get("Communauté de communes du Montbardois") == "epci", names


def test_towns_counted_and_listed_as_signatories_stay(parties_nlp):
    # the same count-and-list form, where the towns or their mayors sign: they are parties
    text = ("Communauté de communes du Val de Morteau\n"
            "La convention territoriale globale du Val de Morteau a été signée le 3 mai 2024 par le président de la "
            "Communauté de communes, la Caf du Doubs et les maires des quatre communes membres : Morteau, "
            "Villers-le-Lac, Les Fins et Grand'Combe-Châteleu.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    for town in ("Morteau", "Villers-le-Lac", "Les Fins"):
        assert names.get(town) == "commune", names


def test_caf_overview_of_signed_and_open_ctgs(parties_nlp):
    # a Caf's page on its CTGs: a line of the territories that signed and a line, or a table, of those still in
    # preparation; no signing is told, no territory is this page's party
    lines = ("Caf de l'Ain > Partenaires > Collectivités\n"
             "La convention territoriale globale (CTG) est le cadre du partenariat entre la Caf et les collectivités.\n"
             "Territoires signataires : CC de la Dombes ; CC Dombes Saône Vallée ; CC du Pays de Gex\n"
             "En cours d'élaboration : CC Bugey Sud, CC de la Plaine de l'Ain.\n"
             "Contactez le conseiller territorial de votre secteur.")
    assert partner_names(parties_nlp, unwrap_lines(lines)) == {}
    table = ("Caf de l'Ain\n"
             "Les conventions territoriales globales dans l'Ain\n"
             "Territoire | Période | Statut\n"
             "Communauté de communes de la Dombes | 2022-2026 | En cours\n"
             "Communauté de communes Bugey Sud | 2021-2025 | Renouvellement en préparation\n"
             "Communauté de communes du Pays de Gex | 2023-2027 | En cours\n")
    assert partner_names(parties_nlp, unwrap_lines(table)) == {}


def test_bodies_preparing_a_future_ctg_or_meeting_at_its_launch(parties_nlp):
    # the MSA preparing a future CTG with the EPCI and the Caf, or gathered at its launch meeting, is no signatory
    prepares = ("Pays de Salers\n"
                "La Communauté de communes du Pays de Salers prépare, avec la Caf du Cantal et la MSA Auvergne, sa "
                "future convention territoriale globale. Un forum ouvert à tous se tiendra le 12 juin.")
    names = partner_names(parties_nlp, unwrap_lines(prepares))
    assert "msa" not in names.values(), names
    launch = ("Pays de Salers\n"
              "Le 9 novembre 2024, une réunion de lancement a réuni à Salers les élus des 25 communes, la Caf du Cantal "
              "et la MSA Auvergne pour engager l'élaboration de la convention territoriale globale de la Communauté de "
              "communes du Pays de Salers.")
    names = partner_names(parties_nlp, unwrap_lines(launch))
    assert "msa" not in names.values(), names


def test_plural_demonym_is_no_epci(parties_nlp):
    # "les Saint-Quentinois" are the people of Saint-Quentin, not the Communauté d'agglomération du Saint-Quentinois:
    # a town's page telling its own CTG names no EPCI
    text = ("Le 3 mars 2023, la Ville et la Caf de l'Aisne ont signé une convention territoriale globale. Dès la "
            "rentrée, les Saint-Quentinois pourront inscrire leurs enfants en ligne.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert "epci" not in names.values(), names


def test_town_council_joins_its_epci_ctg(parties_nlp):
    # a town's council minutes heading the page with the town: its council approves joining the EPCI's CTG and
    # authorises the mayor to sign; other towns of the EPCI are named for their roads or facilities
    text = ("Commune de Montauban-de-Bretagne\n"
            "Compte rendu de la séance du conseil municipal du lundi 20 novembre 2023\n"
            "L'an deux mille vingt-trois, le vingt novembre à vingt heures, le conseil municipal, légalement convoqué, "
            "s'est réuni en mairie sous la présidence de M. le Maire.\n"
            "Nombre de conseillers en exercice : 23 – présents : 19 – votants : 22\n"
            "2023-11-03 – Tarifs communaux 2024 : le conseil fixe les tarifs de la salle des fêtes et du cimetière "
            "pour l'année 2024 (voir annexe). Vote : unanimité.\n"
            "2023-11-04 – Travaux de voirie : le chantier, mené avec la commune d'Irodouër, est confié à l'entreprise "
            "retenue. Vote : unanimité.\n"
            "2023-11-05 – Adhésion à la Convention territoriale globale de Saint-Méen Montauban\n"
            "Monsieur le Maire expose que la Communauté de communes Saint-Méen Montauban et la Caf d'Ille-et-Vilaine "
            "ont élaboré une Convention territoriale globale pour 2023-2026, que les communes portant des équipements "
            "financés par la Caf doivent signer.\n"
            "Après en avoir délibéré, le conseil municipal approuve la convention et autorise le Maire à la signer.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("Montauban-de-Bretagne") == "commune", names
    assert "Irodouër" not in names, names


def test_epci_told_by_its_elected_members(parties_nlp):
    # an EPCI's site, its name only in the masthead above a list of news: "les élus communautaires et la Caf ont
    # signé la CTG" tells the EPCI signed
    text = ("Communauté de communes Sarrebourg Moselle Sud\n"
            "Accueil | Nos compétences | Vie pratique | Actualités | Contact\n"
            "Actualités\n"
            "Collecte des déchets : nouveaux horaires de la déchèterie de Sarrebourg\n"
            "À partir du 1er avril, la déchèterie sera ouverte le lundi après-midi. Les horaires d'été s'appliquent "
            "jusqu'au 31 octobre.\n"
            "25 mars 2025\n"
            "Piscine intercommunale : fermeture technique du 14 au 27 avril pour la vidange annuelle des bassins.\n"
            "22 mars 2025\n"
            "Enfance : signature de la Convention territoriale globale\n"
            "Les élus communautaires et la Caf de la Moselle ont signé le 20 mars la Convention territoriale globale "
            "2025-2029. Lire la suite\n"
            "21 mars 2025\n")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("Communauté de communes Sarrebourg Moselle Sud") == "epci", names


def test_territory_added_to_a_caf_tally(parties_nlp):
    # a Caf's account of its coverage: the territory added to the count ("ainsi que X", "ainsi qu'avec la Ville de
    # Y") is counted, not a signatory told by the page
    covered = ("Services aux familles : où en est la Gironde ?\n"
               "Le comité départemental des services aux familles s'est réuni le 13 février. La Caf de la Gironde y a "
               "présenté l'état des conventions territoriales globales : 26 intercommunalités sur 28 sont désormais "
               "couvertes, ainsi que Bordeaux Métropole.\n"
               "Les dernières CTG doivent être signées avant la fin de l'année.")
    assert partner_names(parties_nlp, unwrap_lines(covered)) == {}
    signed = ("Où en sont les conventions territoriales globales dans l'Oise ?\n"
              "Caf de l'Oise | Dossier | Mars 2024\n"
              "Fin 2023, la Caf de l'Oise avait signé des conventions territoriales globales avec 12 des 19 "
              "intercommunalités du département, ainsi qu'avec la Ville de Beauvais.\n"
              "Sept démarches sont engagées, à des stades différents.")
    assert partner_names(parties_nlp, unwrap_lines(signed)) == {}


def test_town_named_in_a_contrast(parties_nlp):
    # "les besoins des familles ne sont pas ceux de X": a town set against the signing territory
    text = ("Entretien\n"
            "« Dans le Pays de Lunel, les besoins des familles ne sont pas ceux de Montpellier »\n"
            "La directrice de la Caf de l'Hérault revient sur la convention territoriale globale signée le 12 avril "
            "2022 avec la Communauté de communes du Pays de Lunel.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert "Montpellier" not in names, names


def test_officials_of_the_communes_at_a_launch(parties_nlp):
    # "Élus des communes de A, B et C" at the diagnostic's launch meeting: who came, not who signs
    text = ("Lancement du diagnostic de territoire dans le Sud-Ouest\n"
            "La Communauté de communes du Sud Vendée Littoral et la Caf de la Vendée ont lancé, le 9 octobre à Luçon, "
            "la phase de diagnostic qui doit aboutir à une convention territoriale globale. Élus des communes de "
            "Chaillé-les-Marais, Sainte-Hermine, Mareuil-sur-Lay-Dissais et L'Aiguillon-la-Presqu'île, associations "
            "et services de l'État ont participé à cette première réunion.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    for town in ("Sainte-Hermine", "Mareuil-sur-Lay-Dissais", "Chaillé-les-Marais"):
        assert town not in names, names


def test_job_ads_place_of_work(parties_nlp):
    # a Caf's job ad: "Lieu : X, avec déplacements" is where the adviser works, no party
    text = ("Caf de la Sarthe recrute\n"
            "Conseiller territorial / Conseillère territoriale (H/F) – CDI\n"
            "Lieu : La Flèche, avec déplacements sur le département\n"
            "Au sein de la direction de l'action sociale, vous êtes l'interlocuteur des collectivités d'un secteur.\n"
            "Missions\n"
            "- Négocier, rédiger et suivre les conventions territoriales globales (CTG) de votre secteur\n"
            "- Conduire ou accompagner les diagnostics partagés\n")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert "La Flèche" not in names, names


def test_bodies_of_the_diagnostic_told_after_the_signing(parties_nlp):
    # "a signé avec la commune une CTG, à l'issue d'un diagnostic mené avec les services municipaux, le CCAS et les
    # associations": the CCAS took part in the diagnostic, the town signs
    text = ("Actualités – 14/06/2023\n"
            "La Caf de l'Indre a signé le 12 juin avec la commune d'Issoudun une convention territoriale globale, à "
            "l'issue d'un diagnostic partagé mené pendant près d'un an avec les services municipaux, le CCAS et les "
            "associations de la ville.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert "CCAS" not in names, names
    assert names.get("Issoudun") == "commune", names


def test_commune_written_with_its_hamlet(parties_nlp):
    # a town written with a second name joined by a hyphen, a form no official name has ("Moûtiers-Tarentaise" for
    # Moûtiers), said to sign: its official head; the same form merely named is no party
    text = ("La Communauté de communes Cœur de Tarentaise et la Caf de la Savoie ont signé mardi leur convention "
            "territoriale globale. Les maires de Moûtiers-Tarentaise et de Salins-Fontaine ont également signé.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("Moûtiers") == "commune", names
    named = ("La Communauté de communes Cœur de Tarentaise et la Caf de la Savoie ont signé mardi leur convention "
             "territoriale globale. Un relais petite enfance ouvrira en 2025 près de la gare de Moûtiers-Tarentaise.")
    names = partner_names(parties_nlp, unwrap_lines(named))
    assert "Moûtiers" not in names, names
