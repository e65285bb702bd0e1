"""Parties: classes of unseen pages read in session 17 (written sets read_ba to read_bd), one example each, written
for these tests (never taken from the gold texts nor the written sets)."""

from __future__ import annotations

from conftest import partner_names

from ctgminer.extract.components.parties import features as F
from ctgminer.text.normalise import unwrap_lines


def test_signature_block_cells_of_communes(parties_nlp):
    # a convention's last page: the Caf, the EPCI, the MSA and the towns sign in a block laid out in two columns,
    # each town's cell "Pour la commune de X," with the mayor on the line below; the Caf's cell stands far above
    text = ("Convention territoriale globale – Pays de Lumbres – 2024-2028                        Page 22\n"
            "ARTICLE 12 – SIGNATURES\n"
            "La présente convention est établie en autant d'exemplaires originaux que de parties.\n"
            "Fait à Lumbres, le 3 juin 2024\n"
            "Pour la Caisse d'allocations familiales du Pas-de-Calais,\n"
            "La Présidente du Conseil d'administration                La Directrice\n"
            "Pour la Communauté de communes du Pays de Lumbres,\n"
            "Le Président\n"
            "Pour la Mutualité sociale agricole Nord-Pas de Calais,\n"
            "Le Directeur général\n"
            "Pour la commune d'Esquerdes,                               Pour la commune de Wavrans-sur-l'Aa,\n"
            "Le Maire                                                   Le Maire\n"
            "Pour la commune d'Elnes,                                   Pour la commune de Setques,\n"
            "Le Maire                                                   Le Maire\n")
    names = partner_names(parties_nlp, unwrap_lines(text))  # (as the analyser reads it)
    for town in ("Esquerdes", "Wavrans-sur-l'Aa", "Elnes", "Setques"):
        assert names.get(town) == "commune", (town, names)
    assert "msa" in names.values()


def test_attendance_line_of_minutes(parties_nlp):
    # a steering committee's minutes: the towns and the MSA on the "Présents :" line came to the meeting
    text = ("Convention territoriale globale – Communauté de communes du Pays de Mormal\n"
            "RELEVÉ DE DÉCISIONS DU COMITÉ DE PILOTAGE DU 14 MARS 2025\n"
            "Présents : Vice-président de la communauté de communes ; conseillère territoriale de la Caf du Nord ; "
            "représentants des communes de Landrecies, Bavay et Englefontaine ; MSA Nord-Pas de Calais.\n"
            "Excusés : Conseil départemental du Nord.\n"
            "1. Bilan 2024 de la CTG : 14 actions sur 20 sont engagées.\n"
            "2. Questions diverses.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    for town in ("Landrecies", "Bavay", "Englefontaine"):
        assert town not in names, names
    assert "msa" not in names.values()


def test_towns_of_an_action_sheet(parties_nlp):
    # an action sheet of a CTG's plan: the towns in its title and on its partners' line are where the action
    # happens and who works on it; the convention's parties head the annex
    text = ("ANNEXE 2 – PLAN D'ACTIONS\n"
            "Convention territoriale globale 2025-2029\n"
            "Communauté de communes du Pays de Fayence – Caf du Var\n"
            "FICHE ACTION N° 3\n"
            "Intitulé : Ouvrir un accueil de loisirs sur le secteur ouest (Callian / Montauroux)\n"
            "Champ : Enfance\n"
            "Objectifs opérationnels :\n"
            "- créer 40 places le mercredi ;\n"
            "Partenaires : Caf, PMI, communes de Callian et Montauroux\n"
            "Budget prévisionnel : 120 000 €/an\n")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert "Callian" not in names and "Montauroux" not in names, names
    assert names.get("Communauté de communes du Pays de Fayence") == "epci"


def test_town_after_the_signing_date_is_the_venue(parties_nlp):
    # "La signature a eu lieu le 20 mai 2024 a Saint-Agrève" (typed without the accent): the place of the signing,
    # after its date
    text = ("Projet social de territoire – Val'Eyrieux\n"
            "Convention territoriale globale 2024-2028\n"
            "Caf de l'Ardèche – Communauté de communes Val'Eyrieux\n"
            "Édito\n"
            "Notre territoire rural, avec ses 29 communes, a besoin de services de proximité. La signature a eu lieu le "
            "20 mai 2024 a Saint-Agrève en présence du président de la communauté de communes.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert "Saint-Agrève" not in names, names


def test_open_list_of_towns_said_to_have_cosigned(parties_nlp):
    # a magazine's last line: an open list of the member towns, then "les N maires ont co-signé le document"
    text = ("Le mag de l'agglo – n°12 – avril 2024\n"
            "Une convention pour les familles\n"
            "Signée le 14 mars avec la Caf de la Vendée, la convention territoriale globale engage l'agglomération "
            "Pays de Saint-Gilles-Croix-de-Vie Agglomération jusqu'en 2027.\n"
            "Accueillir les tout-petits\n"
            "Avec 600 naissances par an, le territoire veut créer 45 places en multi-accueil et soutenir les 380 "
            "assistantes maternelles grâce aux relais petite enfance.\n"
            "Soutenir les parents\n"
            "Cafés des parents, conférences et ateliers seront coordonnés à l'échelle de l'agglomération.\n"
            "Faire place aux jeunes\n"
            "Un conseil intercommunal des jeunes sera créé et les espaces jeunes des communes travailleront en réseau.\n"
            "Se loger\n"
            "Un travail commun portera sur le logement des saisonniers et des jeunes actifs.\n"
            "Saint-Hilaire-de-Riez, Brem-sur-Mer, Givrand, Coëx... les quatorze maires ont co-signé le document.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    for town in ("Saint-Hilaire-de-Riez", "Brem-sur-Mer", "Givrand", "Coëx"):
        assert names.get(town) == "commune", (town, names)


def test_town_named_among_signing_communes_with_dont(parties_nlp):
    # "Les 12 communes du territoire, dont X, sont également signataires": X is stated to sign
    text = ("Clisson – Actualités\n"
            "La Communauté d'agglomération Clisson Sèvre et Maine Agglo et la Caf de Loire-Atlantique ont signé le "
            "12 octobre la convention territoriale globale 2023-2027. Les 16 communes du territoire, dont Gétigné, "
            "sont également signataires.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("Gétigné") == "commune", names


def test_area_a_town_ranks_in_is_no_party(parties_nlp):
    # "l'une des villes les plus jeunes de la Métropole de Lyon": the area the town lies in
    text = ("Ville de Vénissieux – Actualités\n"
            "La Maire de Vénissieux et le directeur de la Caf du Rhône ont signé la convention territoriale globale "
            "de la commune pour 2024-2028. Avec 67 000 habitants, Vénissieux est l'une des villes les plus jeunes de "
            "la Métropole de Lyon.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("Vénissieux") == "commune"
    assert "Métropole de Lyon" not in names, names


def test_arrondissement_is_an_area():
    # "tout le territoire rural de l'arrondissement de X": an area, not the town X (cue `territory_of`)
    assert F.cues()["territory_of"].search("couvrent désormais tout le territoire rural de l'arrondissement de ")


def test_cover_page_parties_after_entre_in_capitals(parties_nlp):
    # a convention's cover page in capitals: "ENTRE" on its own line, then the parties one per line joined by "ET"
    text = ("CONVENTION TERRITORIALE GLOBALE\n"
            "DU TERRITOIRE DE LA COMMUNAUTÉ DE COMMUNES DU THOUARSAIS\n"
            "2024 – 2028\n"
            "ENTRE\n"
            "La Caisse d'allocations familiales des Deux-Sèvres\n"
            "ET\n"
            "La Communauté de communes du Thouarsais\n"
            "ET\n"
            "L'État, représenté par le Préfet des Deux-Sèvres\n"
            "PRÉAMBULE\n"
            "La présente convention prolonge le contrat enfance jeunesse 2019-2022 et le contrat de ruralité signé "
            "avec l'État. Elle vise à garantir aux familles des 24 communes une offre de services cohérente.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("État") == "etat", names


def test_prefecture_is_a_venue(parties_nlp):
    # "à la préfecture de X": where a départemental convention is signed, not a town signing it
    text = ("La Caf de la Marne se dote d'une convention territoriale globale départementale\n"
            "Le 12 mars 2025, à la préfecture de Châlons-en-Champagne, la Caf de la Marne, le Conseil départemental "
            "de la Marne, l'État et la MSA Marne Ardennes Meuse ont signé une convention territoriale globale à "
            "l'échelle du département pour 2025-2029.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert "Châlons-en-Champagne" not in names, names


def test_territories_that_will_sign_later(parties_nlp):
    # "lorsque X et Y auront signé à leur tour": other territories, not yet signed, beside the page's signatories
    text = ("Séance de signatures en série, lundi 13 janvier, à la Caf de la Charente. Trois communautés de communes "
            "ont signé leur convention territoriale globale avec la Caf :\n"
            "1. Communauté de communes de la Haute-Saintonge\n"
            "2. Communauté de communes Charente Limousine\n"
            "3. Communauté de communes Val de Charente\n"
            "Pour la directrice de la Caf, le département sera entièrement couvert à l'automne, lorsque le Grand "
            "Angoulême et Grand Cognac auront signé à leur tour.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert not any("Angoul" in n or "Cognac" in n for n in names), names
    assert any("Charente Limousine" in n for n in names), names


def test_towns_of_former_childhood_contracts(parties_nlp):
    # "les contrats enfance jeunesse des communes de A, B et C ont pris fin": the earlier scheme's towns
    text = ("COMMUNAUTÉ D'AGGLOMÉRATION DU PAYS DE LAON\n"
            "Extrait du registre des délibérations du Bureau communautaire – Séance du 8 février 2024\n"
            "Objet : Convention territoriale globale (CTG) avec la Caisse d'allocations familiales de l'Aisne\n"
            "Considérant que les contrats enfance jeunesse des communes de Chambry, Crépy et Athies-sous-Laon ont "
            "pris fin au 31 décembre 2023,\n"
            "Considérant que la convention territoriale globale constitue désormais le cadre de la contractualisation "
            "avec la Caf de l'Aisne,\n"
            "DÉCIDE d'approuver la convention territoriale globale 2024-2028 et d'autoriser le Président à la signer.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    for town in ("Chambry", "Crépy", "Athies-sous-Laon"):
        assert town not in names, (town, names)


def test_the_n_communes_listed_aside_take_part(parties_nlp):
    # "Les quatre communes de l'île - A, B, C et D - en font partie": the territory's towns joined to the CTG
    text = ("Île d'Yeu Infos – hiver 2024\n"
            "Grandir sur l'île\n"
            "Quand on est parent sur une île, tout est un peu plus compliqué : une seule crèche, peu d'assistantes "
            "maternelles.\n"
            "C'est pour cela que la Communauté de communes de l'Île de Noirmoutier s'est engagée avec la Caf de la "
            "Vendée dans une convention territoriale globale, signée le 12 janvier dernier pour quatre ans. Les quatre "
            "communes de l'île - Barbâtre, La Guérinière, L'Épine et Noirmoutier-en-l'Île - en font partie.\n"
            "L'île compte environ 9 000 habitants à l'année.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    for town in ("Barbâtre", "La Guérinière", "L'Épine", "Noirmoutier-en-l'Île"):
        assert names.get(town) == "commune", (town, names)


def test_member_towns_counted_as_signing_too(parties_nlp):
    # the EPCI signs; the next sentence says its N communes signed too ("Les quatre communes ont également paraphé
    # le document"), and the page names the N member towns (the first one only as a label and a mayor's town)
    text = ("Sinnamary / Savanes\n"
            "Les Savanes ont leur convention territoriale globale\n"
            "La Communauté de communes des Savanes, qui regroupe Sinnamary, Kourou, Iracoubo et Saint-Élie, a signé "
            "jeudi sa convention territoriale globale avec la Caf de la Guyane. Les quatre communes ont également "
            "paraphé le document, valable jusqu'en 2028.\n"
            "Pour le maire de Sinnamary, « il faut des crèches et des accueils de loisirs ». À Iracoubo, les élus ont "
            "insisté sur l'isolement des familles.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    for town in ("Sinnamary", "Kourou", "Iracoubo", "Saint-Élie"):
        assert names.get(town) == "commune", (town, names)


def test_prefecture_building_is_no_state_party(parties_nlp):
    # "dans les salons de la préfecture des Landes": the building where they sign, not the State among the parties
    text = ("Une convention à quatre signatures pour les familles du Marsan\n"
            "Mardi, dans les salons de la préfecture des Landes, la communauté de communes du Pays Tarusate a signé sa "
            "convention territoriale globale avec la Caf des Landes, la MSA Sud Aquitaine et le Département des "
            "Landes. Elle s'étend de 2025 à 2028.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert "etat" not in names.values(), names
    assert "msa" in names.values()


def test_mayors_of_the_n_communes_also_signatories(parties_nlp):
    # "en présence des maires des trois communes, également signataires": the N member towns the page names sign
    text = ("Communauté de communes de Marie-Galante\n"
            "Grand-Bourg, le 4 mars 2025 – C'est une étape pour les familles de Grand-Bourg, Capesterre-de-Marie-Galante "
            "et Saint-Louis. Ce mardi, le président de la Communauté de communes de Marie-Galante et la directrice de "
            "la Caf de la Guadeloupe ont signé la convention territoriale globale du territoire, en présence des maires "
            "des trois communes, également signataires.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    for town in ("Grand-Bourg", "Capesterre-de-Marie-Galante", "Saint-Louis"):
        assert names.get(town) == "commune", (town, names)


def test_town_heading_the_page_told_as_la_ville(parties_nlp):
    # a local paper's page headed by its town in capitals: "la Ville et la Caf ont signé" tells of that town, though
    # the page names another town further down (and no EPCI)
    text = ("LOUDÉAC\n"
            "Une convention avec la Caf pour les familles\n"
            "Le Courrier indépendant – jeudi 12 septembre 2024\n"
            "La Ville et la Caf des Côtes-d'Armor ont signé, le 5 septembre, une convention territoriale globale. Elle "
            "financera les multi-accueils, l'accueil de loisirs et le centre social.\n"
            "La convention court jusqu'en 2028. La signature a été suivie d'une balade jusqu'au lac de Guerlédan, à "
            "Mûr-de-Bretagne.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("Loudéac") == "commune", names


def test_generic_departement_outside_any_signing_sentence(parties_nlp):
    # "le Département" in a sentence that neither signs, associates, names the CTG nor the Caf: a role recalled
    text = ("Pays de Granville : la communauté de communes signe sa convention territoriale globale\n"
            "La Communauté de communes Granville Terre et Mer a signé lundi sa convention territoriale globale avec "
            "la Caf de la Manche, pour 2024-2028.\n"
            "Le président de la Caf a salué une convention complète, signée après un diagnostic partagé.\n"
            "Conseillère départementale, Marie Lenoir a rappelé le rôle du Département, « chef de file de la "
            "protection de l'enfance », et promis que la PMI participerait aux instances de la convention.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert "departement" not in names.values(), names


def test_territory_engaging_a_similar_demarche_on_its_side(parties_nlp):
    # "X engage, de son côté, une démarche similaire": another territory's own process, beside the page's party
    text = ("Rivesaltes signe sa convention territoriale globale\n"
            "La Ville de Rivesaltes et la Caf des Pyrénées-Orientales ont signé mardi une convention territoriale "
            "globale pour 2024-2028.\n"
            "La priorité va à l'accueil des jeunes enfants et au soutien aux parents.\n"
            "La signature intervient alors que la Communauté urbaine Perpignan Méditerranée Métropole engage, de son "
            "côté, une démarche similaire pour les autres communes.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("Rivesaltes") == "commune", names
    assert "epci" not in names.values(), names


def test_bodies_a_convention_was_elaborated_with(parties_nlp):
    # "Elle a été élaborée avec les communes, le Département et les associations": who took part in preparing it
    text = ("Communauté de communes du Pays d'Orthe et Arrigans – Convention territoriale globale 2024-2028\n"
            "Entre la Caf des Landes et la Communauté de communes du Pays d'Orthe et Arrigans, il est convenu ce qui "
            "suit.\n"
            "Le diagnostic a montré un besoin de places d'accueil et d'offres pour les adolescents.\n"
            "La présente convention s'appuie sur ces enseignements. Elle a été élaborée au premier semestre 2024 avec "
            "les communes, les centres sociaux, le Département des Landes et les associations du territoire.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert "departement" not in names.values(), names
