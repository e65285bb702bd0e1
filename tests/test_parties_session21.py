"""Parties: classes of pages read in session 21 (the new written sets read_bk, read_bl and read_bm), one example each,
written for these tests (never taken from the gold texts nor the written sets)."""

from __future__ import annotations

from conftest import partner_names

from ctgminer.text.normalise import unwrap_lines


def test_related_link_lines_in_more_wordings(parties_nlp):
    # links to other stories closing the page, inline ("Pour aller plus loin :", "Retrouvez aussi :", "Sur la même
    # thématique :") or as a box under a heading ("Lire aussi dans ce numéro", "Ces contenus peuvent aussi vous
    # intéresser"): their territories are other stories' parties
    text = ("La Communauté de communes du Pays de Lumbres et la Caf du Pas-de-Calais ont signé le 4 mars 2024 leur "
            "convention territoriale globale pour la période 2024-2028, qui porte sur la petite enfance et la "
            "jeunesse.\n"
            "Pour aller plus loin : la CTG de la Communauté de communes du Haut Pays du Montreuillois (2022-2026)\n"
            "Retrouvez aussi : la CTG de la Communauté d'agglomération du Boulonnais signée en mai\n"
            "Ces contenus peuvent aussi vous intéresser\n"
            "La Communauté de communes de la Région d'Audruicq renouvelle sa CTG\n"
            "Lire aussi dans ce numéro\n"
            "Arques et Longuenesse : où en sont les CTG voisines ?")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("Communauté de communes du Pays de Lumbres") == "epci", names
    assert len(names) == 1, names


def test_newspaper_name_before_the_dateline_town(parties_nlp):
    # "<Newspaper> – <Town>, le <date>": the town the reporter writes from, not a party
    text = ("Le Courrier – Lannion, le 3 février 2025\n"
            "La communauté de communes Leff Armor Communauté et la Caf des Côtes-d'Armor ont signé hier leur "
            "convention territoriale globale pour 2025-2029.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert any("Leff Armor" in n and t == "epci" for n, t in names.items()), names
    assert "Lannion" not in names, names


def test_member_towns_aux_cotes_of_the_signing_pair(parties_nlp):
    # "engage les deux partenaires ..., aux côtés des N communes membres : A, B et C": the towns sign beside them
    text = ("La Communauté de communes du Pays Fléchois et la Caf de la Sarthe ont signé le 5 avril 2024 leur "
            "convention territoriale globale. Le document engage les deux partenaires jusqu'en 2028, aux côtés des "
            "trois communes membres : La Flèche, Bousse et Crosmières.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    for town in ("La Flèche", "Bousse", "Crosmières"):
        assert names.get(town) == "commune", names


def test_signatories_dont_names_some_of_them(parties_nlp):
    # "Les N communes en sont également signataires, dont A, B et C": the named ones sign
    text = ("La Communauté d'agglomération Hérault Méditerranée et la Caf de l'Hérault ont signé le 4 mars 2024 une "
            "nouvelle convention territoriale globale. Les 20 communes de l'agglomération en sont également "
            "signataires, dont Agde, Pézenas et Florensac.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    for town in ("Agde", "Pézenas", "Florensac"):
        assert names.get(town) == "commune", names


def test_members_in_a_relative_clause_after_the_epci(parties_nlp):
    # "la Communauté X (acronym), qui regroupe A, B et C, a signé": the EPCI's area, not co-signers
    text = ("La Communauté de communes de la Vallée de l'Hérault (CCVH), qui regroupe Gignac, Aniane et Montarnaud, a "
            "signé jeudi avec la Caf de l'Hérault sa première convention territoriale globale.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("Communauté de communes Vallée de l'Hérault") == "epci", names
    assert not {"Gignac", "Aniane", "Montarnaud"} & set(names), names


def test_members_said_to_sign_in_a_sentence_of_their_own_stay(parties_nlp):
    # the same clause, then "Les trois communes ont également paraphé le document": they sign
    text = ("La Communauté de communes de la Vallée de l'Hérault (CCVH), qui regroupe les communes de Gignac, Aniane et "
            "Montarnaud, a signé jeudi avec la Caf de l'Hérault sa première convention territoriale globale. Les trois "
            "communes ont également paraphé le document.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    for town in ("Gignac", "Aniane", "Montarnaud"):
        assert names.get(town) == "commune", names


def test_town_of_priority_districts_is_a_place(parties_nlp):
    # "les familles des quartiers prioritaires de X": where the families live, not a party
    text = ("Communauté de communes de la Vallée de Kaysersberg\n"
            "Signée le 6 mai 2024 à Kaysersberg, la CTG 2024-2028 porte sur la petite enfance et la parentalité, "
            "avec une attention aux familles des quartiers prioritaires de Colmar.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert "Colmar" not in names, names


def test_room_of_the_town_hall_is_a_venue(parties_nlp):
    # "dans la salle du conseil de la mairie de X, la communauté de communes et la Caf ont signé": the venue
    text = ("Mardi, dans la salle du conseil de la mairie de Mauriac, la communauté de communes du Pays de Mauriac et "
            "la Caf du Cantal ont signé la convention territoriale globale pour 2024-2028.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("Communauté de communes du Pays de Mauriac") == "epci", names
    assert "Mauriac" not in names, names


def test_epci_named_after_its_town_takes_its_longer_official_name(parties_nlp):
    # "la Communauté d'agglomération de Saintes": the town's own EPCI, whose official name goes on past the town's
    text = ("Saintes : l'Agglo et la Caf renouvellent leur CTG\n"
            "Jeudi, la Communauté d'agglomération de Saintes et la Caf de la Charente-Maritime ont signé une nouvelle "
            "convention territoriale globale pour 2025-2029.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("Communauté d'agglomération de Saintes - Grandes Rives - L'Agglo") == "epci", names
    assert "Saintes" not in names, names


def test_town_among_an_action_sheets_partners(parties_nlp):
    # "Pilote : CC X – Partenaires : Caf, PMI, commune de Y" in an annex of action sheets: no signatory
    text = ("Convention territoriale globale 2024-2027 – Communauté de communes Vexin Centre\n"
            "Annexe : fiches actions\n"
            "FICHE ACTION N°1\n"
            "Intitulé : Créer une micro-crèche à Vigny\n"
            "Pilote : CCVC – Partenaires : Caf du Val-d'Oise, PMI, commune de Vigny\n"
            "Calendrier : 2024-2025")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert "Vigny" not in names, names


def test_prefecture_named_before_the_convention_s_name(parties_nlp):
    # "a signé avec ... et la préfecture de la Nièvre la Convention territoriale globale": the State's préfecture
    # signs, its département's name not run on into the convention's
    text = ("Le 3 juin 2024, la Caf de la Nièvre a signé avec la Communauté de communes Bazois Loire Morvan et la "
            "préfecture de la Nièvre la Convention territoriale globale du territoire pour 2024-2028.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("Préfecture de la Nièvre") == "etat", names


def test_convention_party_named_before_its_kind_stays_beside_the_genre_parties(analyse_text):
    # a convention's parties block whose EPCI line opens on its name ("Grand Chambéry, représentée par son
    # Président"), which the genre's heads do not read: the component's EPCI stays beside the État
    text = ("Convention Territoriale Globale – Grand Chambéry – 2023/2027\n"
            "Entre les soussignés :\n"
            "L'État, représenté par Monsieur le Préfet de la Savoie,\n"
            "La Caisse d'Allocations Familiales de la Savoie, représentée par son Président et son Directeur,\n"
            "Grand Chambéry, représentée par son Président, Monsieur Paul Durand,\n"
            "Préambule\n"
            "Grand Chambéry (38 communes) porte la compétence enfance jeunesse sur son territoire.\n"
            "Article 1 – Objet\n"
            "La présente convention a pour objet de définir le projet social de territoire.\n"
            "Article 2 – Durée\n"
            "La convention est conclue pour la période 2023-2027.\n"
            "Fait à Chambéry, le 12 juin 2023\n"
            "Le Préfet de la Savoie       Le Président de la Caf       Le Président de Grand Chambéry")
    record = analyse_text(text)
    names = {p.name: p.type for p in record.partners}
    assert names.get("État") == "etat", names
    assert names.get("Communauté d'agglomération du Grand Chambéry") == "epci", names


def test_own_town_whose_titled_mayor_signs(parties_nlp):
    # a town's site ("Ville de X" heading it) telling that "Monsieur le Maire" signed with the EPCI and the Caf
    text = ("Ville de Lannemezan\n"
            "Actualités\n"
            "La CTG du Plateau de Lannemezan est signée\n"
            "Hier, Monsieur le Maire et le Président de la Communauté de communes du Plateau de Lannemezan ont signé "
            "avec la Caf des Hautes-Pyrénées la convention territoriale globale 2024-2028.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("Lannemezan") == "commune", names


def test_own_town_told_in_the_minutes_item_naming_the_ctg(parties_nlp):
    # a town's minutes ("Commune de X" heading them) whose item "3/ Convention territoriale globale ..." approves the
    # commune's joining: the town signs, its name only in the heading
    text = ("Commune de Vic-Fezensac\n"
            "Compte rendu sommaire du conseil municipal du 4 mars 2024\n"
            "1/ Vote du budget : adopté à l'unanimité.\n"
            "2/ Convention territoriale globale Caf du Gers – CC Artagnan de Fezensac : le Maire rappelle que la CTG "
            "couvre les communes du territoire. Le conseil approuve l'adhésion de la commune à la convention "
            "2024-2027, qui prévoit un point jeunes à Eauze. Vote : 15 pour.\n"
            "3/ Travaux : devis retenu.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("Vic-Fezensac") == "commune", names


def test_third_signatory_in_apposition(parties_nlp):
    # "en présence du président de la MSA X, troisième signataire": present and signing
    text = ("Lundi, la présidente de la communauté de communes du Pays d'Astrée et le directeur de la Caf de la Loire "
            "ont signé la convention territoriale globale, en présence du président de la MSA Ardèche Drôme Loire, "
            "troisième signataire.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("MSA Ardèche Drôme Loire") == "msa", names


def test_body_of_the_contrat_de_ville_signed_the_same_day(parties_nlp):
    # "a signé le matin le contrat de ville avec la préfecture du Nord, et l'après-midi sa CTG avec la Caf": the
    # préfecture signs the other agreement
    text = ("Mercredi, la Communauté d'agglomération de la Porte du Hainaut a signé le matin le contrat de ville avec "
            "la préfecture du Nord, et l'après-midi sa convention territoriale globale avec la Caf du Nord.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert "Préfecture du Nord" not in names, names


def test_body_listed_with_the_caf_after_entre_beside_a_committee(parties_nlp):
    # a sentence on the steering committee, then "la convention, conclue entre la Caf, la MSA X et la communauté de
    # communes": the MSA is a party
    text = ("Considérant le diagnostic partagé présenté en comité de pilotage le 19 janvier 2023 ;\n"
            "Considérant que la convention territoriale globale, conclue entre la Caf de l'Indre, la MSA Berry-Touraine "
            "et la Communauté de communes Châtillonnais en Berry pour une durée de cinq ans, décline ces enjeux ;")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("MSA Berry-Touraine") == "msa", names


def test_epci_whose_centre_the_town_is(parties_nlp):
    # "La Ville de X, ville-centre de l'agglomération Y, s'est engagée avec la Caf": the town's area, not a party
    text = ("La Ville de Cergy (66 000 habitants), ville-centre de l'agglomération de Cergy-Pontoise, s'est engagée "
            "avec la Caf du Val-d'Oise dans une convention territoriale globale pour 2024-2028.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("Cergy") == "commune", names
    assert not any(t == "epci" for t in names.values()), names


def test_epci_whose_towns_are_already_engaged_in_their_own_ctg(parties_nlp):
    # "X rejoint ainsi les 20 communes de la Métropole Y déjà engagées dans une CTG": other conventions
    text = ("La Ville de Vénissieux et la Caf du Rhône ont signé le 3 mai 2023 leur convention territoriale globale "
            "pour 2023-2027. Vénissieux rejoint ainsi les 20 communes de la Métropole de Lyon déjà engagées dans une "
            "CTG.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("Vénissieux") == "commune", names
    assert not any(t == "epci" for t in names.values()), names


def test_towns_to_sign_local_conventions_later_as_examples(parties_nlp):
    # "des conventions signées par les communes qui le souhaitent, à commencer par A, B et C en 2025": examples of
    # later local conventions, not this one's parties
    text = ("La Communauté d'agglomération Pays Basque et la Caf des Pyrénées-Atlantiques ont signé le 2 décembre "
            "2024 une convention territoriale globale pour 2024-2028. La CTG est construite en deux niveaux : un socle "
            "commun, signé par l'Agglomération, et des conventions de territoire signées par les communes qui le "
            "souhaitent, à commencer par Hendaye, Urrugne et Ciboure en 2025.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert not {"Hendaye", "Urrugne", "Ciboure"} & set(names), names


def test_town_named_le_x_after_a_contracted_article(parties_nlp):
    # "les communes du Port, de La Possession et de Saint-Paul ont signé": "du Port" is Le Port, whose bare word is
    # a common noun elsewhere
    text = ("Le 4 octobre 2021, la Caf de La Réunion, le Territoire de la Côte Ouest (TCO) et les communes du Port, de "
            "La Possession et de Saint-Paul ont signé leur convention territoriale globale pour 2021-2025.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("Le Port") == "commune", names
    assert names.get("La Possession") == "commune", names


def test_town_said_to_follow_later(parties_nlp):
    # "X a signé sa CTG ; Y doit suivre à la rentrée": Y's convention is another, to come
    text = ("C'est fait : Tourcoing a signé ce mercredi sa convention territoriale globale avec la Caf du Nord. "
            "Wattrelos l'avait précédée au printemps ; Croix doit suivre à la rentrée.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("Tourcoing") == "commune", names
    assert "Croix" not in names, names
