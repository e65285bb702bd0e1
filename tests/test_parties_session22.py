"""Parties: classes of pages read in session 22 (the new written sets read_bp, read_bq and read_br, and three pages the
lead wrote to probe `ctgminer analyse`), one example each, written for these tests (never taken from the gold texts,
the written sets nor the lead's probes)."""

from __future__ import annotations

from conftest import partner_names

from ctgminer.text.normalise import unwrap_lines


def test_signature_block_cells_in_columns(parties_nlp):
    # a convention's signature block laid out in columns: each "Pour la Ville de X" cell signs, its name never runs on
    # into the next cell, the last cell's role joined to it by the unwrapping ("... de Z le Maire")
    text = ("La présente convention est conclue pour la période 2024-2028.\n"
            "Fait à Lons-le-Saunier, le 3 avril 2024\n"
            "Pour la Caf du Jura,            Pour la Communauté de communes\n"
            "la Directrice                   le Président\n"
            "Pour la Ville de Champagnole     Pour la Ville de Nozeroy        Pour la Ville de Foncine-le-Haut\n"
            "le Maire                        le Maire                        le Maire")
    names = partner_names(parties_nlp, unwrap_lines(text))
    for town in ("Champagnole", "Nozeroy", "Foncine-le-Haut"):
        assert names.get(town) == "commune", names


def test_committee_gathering_the_signatories_and_other_bodies(parties_nlp):
    # "un comité de pilotage, réunissant les signataires, X et Y": X and Y follow the convention beside its signatories
    text = ("La Communauté de communes du Val d'Amour et la Caf du Jura ont signé le 4 juin 2024 leur convention "
            "territoriale globale.\n"
            "Un comité de pilotage, réunissant les signataires, la MSA de Franche-Comté et le Conseil départemental "
            "du Jura, se réunit au moins une fois par an.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert not {"msa", "departement"} & set(names.values()), names


def test_epci_heading_its_own_report(parties_nlp):
    # an EPCI's activity report, its name on the page's first lines only, the CTG "signée avec la Caf" in the passive
    # in a section far below
    other = ("Le service des sports a accueilli 1 200 scolaires à la piscine intercommunale, et la médiathèque a prêté "
             "48 000 documents. Les travaux de voirie ont porté sur 14 kilomètres de routes communautaires. ") * 7
    text = ("Rapport d'activité 2023\n"
            "Communauté de communes du Pays de Lunel\n"
            "Le mot du Président\n"
            "L'année a vu l'ouverture d'un nouveau multi-accueil à Marsillargues et le renouvellement de nos "
            "partenariats.\n"
            "Sports et culture\n" + other + "\n"
            "Enfance et familles\n"
            "Signée le 12 octobre 2023 avec la Caf de l'Hérault, la convention territoriale globale couvre la période "
            "2023-2027 et compte 18 actions.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert any("Lunel" in n and t == "epci" for n, t in names.items()), names


def test_territory_of_an_earlier_scheme_named_ancien_territoire(parties_nlp):
    # "l'ancien territoire de X, celui de Y": the areas of the contracts the CTG replaces, not parties
    text = ("Rapport d'activité 2022\n"
            "Communauté d'agglomération du Grand Cahors\n"
            "Signée le 4 juillet 2022 avec la Caf du Lot, la convention territoriale globale remplace les contrats "
            "enfance jeunesse qui couvraient l'ancien territoire du Grand Cahors, celui de la Vallée du Lot et du "
            "Vignoble et le Causse.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert not any("Vignoble" in n for n in names), names


def test_facilities_with_longer_names(parties_nlp):
    # "le pôle petite enfance de X", "la nouvelle déchetterie de Y": facilities named after a town, not the town
    text = ("Le 5 mai 2024, la Communauté de communes du Sud-Est du Pays Manceau et la Caf de la Sarthe ont signé leur "
            "convention territoriale globale, qui prévoit la construction du pôle petite enfance de Changé.\n"
            "L'année a aussi été marquée par l'ouverture de la nouvelle déchetterie de Parigné-l'Évêque et par la "
            "signature de la convention territoriale globale avec la Caf.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert "Changé" not in names and "Parigné-l'Évêque" not in names, names


def test_leisure_outing_place(parties_nlp):
    # "une sortie au zoo de X": a facility named after a town, in an association's newsletter on the CTG
    text = ("La Lettre du centre social « Le Trait d'union » – n°9\n"
            "La Communauté de communes du Pays de Château-Gontier a signé avec la Caf de la Mayenne sa convention "
            "territoriale globale, qui soutiendra nos ateliers parents-enfants.\n"
            "À noter : sortie familles au zoo de La Flèche le 18 mai, inscriptions avant le 5 mai.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert "La Flèche" not in names, names


def test_body_named_after_an_epci(parties_nlp):
    # "la convention avec l'office de tourisme X": a body bearing an EPCI's name, not that EPCI
    text = ("Communauté de communes du Pays de Lumbres\n"
            "Compte rendu du conseil communautaire du 8 décembre 2022\n"
            "3. Tourisme : convention avec l'office de tourisme Pays de Saint-Omer. Adopté.\n"
            "4. Convention territoriale globale 2023-2027 avec la Caf du Pas-de-Calais : le conseil communautaire "
            "approuve la convention et autorise le Président à la signer.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert not any("Saint-Omer" in n for n in names), names
    assert any("Lumbres" in n and t == "epci" for n, t in names.items()), names


def test_hashtag_and_our_mayor_on_the_towns_own_post(parties_nlp):
    # a town's post: "notre maire a signé" tells the town heading it; a hashtag's name loses its sign
    text = ("Ville de Quimperlé\n"
            "C'est fait ! Ce matin, notre maire a signé avec la Caf du Finistère et Quimperlé Communauté la nouvelle "
            "Convention territoriale globale.\n"
            "#Quimperlé #Familles #CTG")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("Quimperlé") == "commune", names
    assert not any(n.startswith("#") for n in names), names


def test_page_naming_only_other_territories_ctgs(parties_nlp):
    # a Caf's page on a meeting, where every territory named prepares the renewal of its own CTG: no party
    text = ("Caf de la Corrèze\n"
            "Journée départementale des conventions territoriales globales\n"
            "Le 14 octobre, la Caf a réuni à Tulle 90 élus et professionnels. Les premières conventions arrivent à "
            "échéance : Tulle Agglo et la Communauté de communes Ventadour Égletons Monédières préparent leur "
            "renouvellement, qui devrait aboutir en 2025.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert not {"epci", "commune"} & set(names.values()), names


def test_towns_said_also_signatories_beside_an_official(parties_nlp):
    # ", communes également signataires" after a list of mayors tells the towns, not the sub-prefect before them
    text = ("Le 4 octobre 2023, à Montmorillon, le président de la Communauté de communes Vienne et Gartempe et la "
            "directrice de la Caf de la Vienne ont signé la convention territoriale globale, en présence du "
            "sous-préfet et des maires de Montmorillon, Lussac-les-Châteaux et L'Isle-Jourdain, communes également "
            "signataires.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    for town in ("Montmorillon", "Lussac-les-Châteaux", "L'Isle-Jourdain"):
        assert names.get(town) == "commune", names
    assert "etat" not in names.values(), names


def test_town_said_to_sign_too_after_a_relative_clause(parties_nlp):
    # "La ville de X, qui gère ..., a également signé la convention", far below the signing's sentence
    other = ("Le document retient cinq chantiers, de la petite enfance à l'accès aux droits, et mobilise une centaine "
             "d'acteurs du territoire, associations comprises, autour d'un plan d'actions partagé. ") * 8
    text = ("Mâconnais Beaujolais Agglomération et la Caf de Saône-et-Loire ont signé jeudi leur convention "
            "territoriale globale pour 2024-2028.\n" + other + "\n"
            "La ville de Mâcon, qui gère en propre le multi-accueil de la Clé-des-Champs et l'accueil de loisirs des "
            "Saugeraies, a également signé la convention.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("Mâcon") == "commune", names


def test_monument_as_venue(parties_nlp):
    # "à l'abbaye de X", "au château de Y": where the signing took place
    text = ("Le 3 juin 2024, à l'abbaye de Fontevraud-l'Abbaye, la Caf de Maine-et-Loire a réuni les élus de la "
            "Communauté d'agglomération Saumur Val de Loire pour la signature de leur convention territoriale "
            "globale.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert "Fontevraud-l'Abbaye" not in names, names


def test_body_named_by_its_staff(parties_nlp):
    # "avec les travailleurs sociaux de la Caf et du Département": who works with the families, not a signatory
    text = ("La communauté de communes du Perche et la Caf d'Eure-et-Loir ont signé leur convention territoriale "
            "globale jeudi.\n"
            "« Nous voulons mieux accompagner les familles fragiles, avec les travailleurs sociaux de la Caf et du "
            "Département », explique la vice-présidente.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert "departement" not in names.values(), names


def test_rows_counted_by_the_signing_sentence(parties_nlp):
    # "les représentants de sept communautés de communes pour la signature" above a table of seven rows: all sign
    text = ("Caf de l'Orne\n"
            "Actualités > Partenaires\n"
            "Le 2 avril 2024, la Caf de l'Orne a accueilli dans ses locaux d'Alençon les représentants de sept "
            "communautés de communes pour la signature de leur convention territoriale globale. Toutes couvrent la "
            "période 2024-2028 et reposent sur un diagnostic partagé conduit en 2023 avec les communes, les "
            "associations et les familles.\n"
            "Le tableau ci-dessous présente les priorités retenues par chaque territoire.\n"
            "Territoire | Communes | Priorités\n"
            "Pays de Mortagne-au-Perche | 33 | Petite enfance ; Jeunesse\n"
            "Vallées d'Auge et du Merlerault | 31 | Jeunesse ; Parentalité\n"
            "Andaine-Passais | 16 | Parentalité ; Accès aux droits\n"
            "Domfront Tinchebray Interco | 35 | Accès aux droits ; Logement\n"
            "Pays de l'Aigle | 33 | Petite enfance ; Handicap\n"
            "Cœur du Perche | 16 | Enfance ; Inclusion numérique\n"
            "Collines du Perche Normand | 23 | Jeunesse ; Parentalité")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert sum(1 for t in names.values() if t == "epci") == 7, names


def test_territories_to_engage_their_renewal_later(parties_nlp):
    # "X et Y engageront en 2026 le renouvellement de leurs conventions": other CTGs, a round-up's next step
    text = ("La Communauté de communes du Pays de Bitche et la Caf de la Moselle ont signé le 9 décembre leur "
            "première convention territoriale globale.\n"
            "Prochaine étape\n"
            "Metz Métropole et la Communauté d'agglomération Sarreguemines Confluences engageront en 2026 le "
            "renouvellement de leurs conventions.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert not any("Metz" in n or "Sarreguemines" in n for n in names), names


def test_part_of_the_epcis_name_naming_another_departments_epci(parties_nlp):
    # "Le Mag' des Grands Lacs", the magazine of an EPCI whose name ends on those words: not the Landes' EPCI
    text = ("Le Mag' des Grands Lacs – n°4 – automne 2023\n"
            "La Communauté de communes Morvan Sommets et Grands Lacs prépare avec la Caf de la Nièvre sa convention "
            "territoriale globale.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert list(names) == ["Communauté de communes Morvan Sommets et Grands Lacs"], names


def test_bodies_listed_on_a_conventions_cover(parties_nlp):
    # a convention's cover lists its parties one per line under its title, the Caf's line among them
    text = ("Convention territoriale globale\n"
            "2024-2028\n"
            "Caisse d'allocations familiales de l'Ain\n"
            "Communauté de communes de la Dombes\n"
            "Communes de Villars-les-Dombes, Châtillon-sur-Chalaronne et Chalamont\n"
            "Sommaire\n"
            "Préambule ........ 2\n"
            "Le territoire compte 36 communes. Villars-les-Dombes et Chalamont accueillent chacune un multi-accueil.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    for town in ("Villars-les-Dombes", "Châtillon-sur-Chalaronne", "Chalamont"):
        assert names.get(town) == "commune", names


def test_towns_after_a_count_of_the_epcis_communes(parties_nlp):
    # "X regroupe N communes ... autour de A, B et de la ville de C": the EPCI's area, whatever EPCI the gazetteer
    # links the towns to
    text = ("La Communauté de communes du Pays de Gex et la Caf de l'Ain ont signé le 6 mai 2024 leur convention "
            "territoriale globale.\n"
            "Le Pays de Gex regroupe 27 communes et 100 000 habitants autour de deux bourgs-centres, Divonne-les-Bains "
            "et Ferney-Voltaire, et de la ville de Bellegarde-sur-Valserine.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert not {"Divonne-les-Bains", "Ferney-Voltaire", "Valserhône", "Bellegarde-sur-Valserine"} & set(names), names


def test_other_territories_that_engaged_a_diagnostic(parties_nlp):
    # "D'autres territoires (X, Y) ont engagé un diagnostic en vue d'une CTG": others, not this page's parties
    text = ("La Communauté de communes du Pays de Château-Gontier et la Caf de la Mayenne ont signé le 2 juin leur "
            "première convention territoriale globale.\n"
            "D'autres territoires de la Mayenne (Laval Agglomération, la Communauté de communes du Pays de Craon) ont "
            "engagé un diagnostic en vue d'une CTG en 2025.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert not any("Laval" in n or "Craon" in n for n in names), names


def test_caf_quoted_on_its_earlier_signings(parties_nlp):
    # "on a déjà signé avec X" in the Caf director's words: an earlier convention, not this one's party
    text = ("Le maire de Saint-Amand-Montrond et la présidente de la Caf du Cher ont signé mardi la convention "
            "territoriale globale de la commune.\n"
            "« Le Cher généralise la démarche : on a déjà signé avec Vierzon et plusieurs communautés de communes », "
            "rappelle le directeur de la Caf.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert "Vierzon" not in names, names


def test_town_placing_the_territory(parties_nlp):
    # "au sud de X": where the territory lies
    text = ("La Communauté de communes de la Costa Verde a signé jeudi avec la Caf de la Haute-Corse sa convention "
            "territoriale globale.\n"
            "Territoire rural au sud de Bastia, la Costa Verde manque de places d'accueil pour les jeunes enfants.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert "Bastia" not in names, names


def test_childminders_house_as_a_facility(parties_nlp):
    # "le regroupement d'assistantes maternelles (MAM) de X": a facility, not a town signing
    text = ("Annexe – Plan d'actions de la convention territoriale globale 2024-2028\n"
            "Communauté de communes Conflent Canigó – Caf des Pyrénées-Orientales\n"
            "Fiche action n°1 – Petite enfance\n"
            "Objectifs : soutenir le regroupement d'assistantes maternelles (MAM) de Bourg-Madame, qui accueille des "
            "enfants du Conflent.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert "Bourg-Madame" not in names, names


def test_towns_under_diagnostic(parties_nlp):
    # "X, Y et Z sont en cours de diagnostic": other territories' CTGs in preparation
    text = ("Entretien avec le directeur de la Caf du Val-d'Oise\n"
            "Les agglomérations de Cergy-Pontoise et Roissy Pays de France ont signé l'an dernier leur convention "
            "territoriale globale ; Sarcelles, Argenteuil et Garges-lès-Gonesse sont en cours de diagnostic.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert not {"Sarcelles", "Argenteuil", "Garges-lès-Gonesse"} & set(names), names


def test_funder_of_a_facility(parties_nlp):
    # "N euros par le Département": a facility's funder, in a sentence that signs nothing
    text = ("La Ville de Bondy et la Caf de la Seine-Saint-Denis ont signé mercredi leur convention territoriale "
            "globale, le jour de l'inauguration d'une crèche de 40 berceaux.\n"
            "L'équipement a coûté 2,9 millions d'euros, dont 900 000 euros apportés par la Caf et 600 000 euros par le "
            "Département.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert "departement" not in names.values(), names


def test_epci_heading_its_social_projects_action_sheet(parties_nlp):
    # an action sheet headed "EPCI – Projet social de territoire", the Caf among its partners: the EPCI signs
    text = ("Communauté de communes du Pays de Honfleur-Beuzeville – Projet social de territoire\n"
            "Fiche action n°2\n"
            "Axe 1 : Accueillir les jeunes enfants\n"
            "Intitulé : Créer une micro-crèche à horaires élargis\n"
            "Constat issu du diagnostic : peu de solutions de garde pour les parents aux horaires décalés.\n"
            "Partenaires : Caf du Calvados, PMI, communes")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert any("Honfleur" in n and t == "epci" for n, t in names.items()), names



def test_territories_presenting_at_a_network_day(parties_nlp):
    # a Caf's page on a meeting of the CTG coordinators: the territories presenting their work sign nothing there
    text = ("Caf de la Vienne – Actualités\n"
            "Retour sur la journée des coordinateurs CTG du 14 mars 2025\n"
            "Soixante coordinatrices et coordinateurs de conventions territoriales globales se sont retrouvés à "
            "Poitiers.\n"
            "Au programme : des ateliers sur l'évaluation et la présentation des démarches menées par Grand "
            "Châtellerault et la Communauté de communes du Civraisien en Poitou.\n"
            "Les supports de la journée sont disponibles dans votre espace partenaires.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert not {"epci", "commune"} & set(names.values()), names


def test_supporters_of_a_service(parties_nlp):
    # "bénéficie d'un financement de la Caf et de la MSA": who funds the service, not a signatory
    text = ("Relais petite enfance « Les Lutins » – Embrun\n"
            "Le relais fait partie des actions de la convention territoriale globale signée avec la Caf des "
            "Hautes-Alpes et bénéficie à ce titre d'un financement de la Caf et de la MSA Alpes-Vaucluse.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert "msa" not in names.values(), names
