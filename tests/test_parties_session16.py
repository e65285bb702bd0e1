"""Parties: classes of unseen pages read in session 16 (written sets read_aw to read_az), one example each, written
for these tests (never taken from the gold texts nor the written sets)."""

from __future__ import annotations

from conftest import partner_names

from ctgminer.text.normalise import unwrap_lines


def test_hard_wrapped_line_ending_on_an_article(parties_nlp):
    # minutes extracted from a PDF wrap every line: the EPCI's name starts the line after "la", and the signing
    # sentence goes on across the break
    text = ("Commune de Mortagne-au-Perche – Conseil municipal du 4 mars 2024\n"
            "N°2024-021 – Convention Territoriale Globale : renouvellement\n"
            "M. le Maire rappelle que la Convention Territoriale Globale signée en 2019 entre la Caf de l'Orne, la\n"
            "Communauté de communes des Collines du Perche Normand et la commune arrive à échéance le 31\n"
            "décembre 2024. Le conseil approuve la nouvelle convention et autorise le Maire à la signer.")
    names = partner_names(parties_nlp, unwrap_lines(text))  # (as the analyser reads it)
    assert names.get("Communauté de communes des Collines du Perche Normand") == "epci"
    assert names.get("Mortagne-au-Perche") == "commune"


def test_hard_wrapped_list_of_member_towns(parties_nlp):
    # the last town of the list stands on the next line, after "et"
    text = ("Délibération n°2023-45 – Convention territoriale globale avec la Caf de la Vendée\n"
            "Considérant que la Convention Territoriale Globale est signée par la Caf de la Vendée, la Communauté\n"
            "de communes Vie et Boulogne et ses communes membres : Le Poiré-sur-Vie, Aizenay, Palluau et\n"
            "Beaufou ;\n"
            "Le Conseil communautaire approuve la convention.")
    names = partner_names(parties_nlp, unwrap_lines(text))  # (as the analyser reads it)
    for town in ("Le Poiré-sur-Vie", "Aizenay", "Palluau", "Beaufou"):
        assert names.get(town) == "commune", (town, names)


def test_hard_wrapped_line_going_on_in_lower_case(parties_nlp):
    # "La Ville de X\nen est également signataire": the declaration stands on the next line
    text = ("CAF DU LOIRET – RAPPORT D'ACTIVITÉ 2024\n"
            "Renouvellement de la CTG de l'Agglomération Montargoise et Rives du Loing\n"
            "L'Agglomération Montargoise et Rives du Loing a renouvelé sa convention le 3 octobre 2024. La Ville d'Amilly\n"
            "en est également signataire.\n"
            "Les priorités retenues portent sur la petite enfance et la jeunesse.")
    names = partner_names(parties_nlp, unwrap_lines(text))  # (as the analyser reads it)
    assert names.get("Amilly") == "commune"


def test_minutes_clauses_ending_on_commas_stay_apart(parties_nlp):
    # "Vu ...,\nConsidérant ...," in minutes: a comma ending the line ends the clause; a body the diagnostic was made
    # with in the next clause does not join the signing clause before it
    text = ("COMMUNAUTÉ DE COMMUNES DU PAYS DE CHÂTEAU-GONTIER\n"
            "Considérant que le versement des bonus territoire par la Caf est conditionné à la signature d'une CTG,\n"
            "Considérant le diagnostic élaboré avec les communes et la MSA Mayenne-Orne-Sarthe, qui retient trois axes,\n"
            "Le Conseil communautaire approuve la Convention territoriale globale avec la Caf de la Mayenne.")
    names = partner_names(parties_nlp, unwrap_lines(text))  # (as the analyser reads it)
    assert "msa" not in names.values()


def test_agenda_item_after_its_number_is_no_town(parties_nlp):
    # "5°) Fête de la musique" in minutes: a common noun's phrase after the item's number, not the commune Le Fête
    text = ("Commune de Bernay – Conseil municipal du 2 juin 2023\n"
            "4°) Convention Territoriale Globale : le conseil autorise le Maire à signer la CTG avec la Caf de l'Eure.\n"
            "5°) Fête de la musique : convention avec le comité des fêtes\n")
    names = partner_names(parties_nlp, text)
    assert "Le Fête" not in names


def test_towns_listed_after_et_d_apostrophe(parties_nlp):
    # "les communes de A et d'B": the list's second town after "et d'", listed as the first is
    text = ("Convention Territoriale Globale – Agglomération Montargoise et Rives du Loing\n"
            "Article 2 – Les champs d'intervention partagés\n"
            "La Caf du Loiret et l'Agglomération Montargoise et Rives du Loing ont signé la convention pour 2021-2025.\n"
            "Avec elles, les communes de Pannes et d'Amilly conviennent d'intervenir sur les champs suivants : petite "
            "enfance, jeunesse.")
    names = partner_names(parties_nlp, text)
    assert names.get("Pannes") == "commune"
    assert names.get("Amilly") == "commune"


def test_etablissement_public_territorial_from_the_gazetteer(parties_nlp):
    # an EPT of the Grand Paris (GUIDE: epci), its name in capitals heading its council's deliberation
    text = ("ÉTABLISSEMENT PUBLIC TERRITORIAL PLAINE COMMUNE\nCONSEIL DE TERRITOIRE DU 14 MARS 2024\n"
            "OBJET : Approbation de la Convention territoriale globale entre l'EPT et la Caisse d'allocations familiales "
            "de la Seine-Saint-Denis pour 2024-2028\n"
            "Article 1 : approuve la Convention territoriale globale ci-annexée.\n"
            "Article 2 : autorise le Président à la signer.")
    names = partner_names(parties_nlp, text)
    assert names == {"Établissement public territorial Plaine Commune": "epci"}


def test_ept_brand_run_on_by_grand_paris(parties_nlp):
    # "Paris Terres d'Envol Grand Paris", a site's brand: the EPT, not the Métropole du Grand Paris
    text = ("Paris Terres d'Envol Grand Paris – Actualités\n"
            "Paris Terres d'Envol signe sa Convention territoriale globale\n"
            "Le territoire et la Caf de la Seine-Saint-Denis ont signé le 12 mai une Convention territoriale globale "
            "pour 2025-2029.")
    names = partner_names(parties_nlp, text)
    assert names == {"Établissement public territorial Paris Terres d'Envol": "epci"}


def test_agglomeration_cut_to_the_start_of_its_name_beside_an_ept(parties_nlp):
    # "Grand Paris Sud" begins the CA Grand Paris Sud Seine Essonne Sénart and the EPT Grand Paris Sud Est Avenir:
    # the EPCI of its own taxation
    text = ("Grand Paris Sud : deux Caf pour une seule convention\n"
            "La convention territoriale globale a été signée vendredi au siège de l'agglomération Grand Paris Sud, par "
            "son président et les directeurs de la Caf de l'Essonne et de la Caf de Seine-et-Marne.")
    names = partner_names(parties_nlp, text)
    assert names == {"Communauté d'agglomération Grand Paris Sud Seine Essonne Sénart": "epci"}


def test_town_named_as_a_common_word_with_its_article_in_a_list(parties_nlp):
    # "Le Passage" among a list of member towns written with their capitalised articles: a town, not "passage"
    text = ("La Communauté d'agglomération d'Agen et la Caf de Lot-et-Garonne ont signé mardi une Convention "
            "territoriale globale qui engage aussi les communes membres : Agen, Le Passage, Boé et Bon-Encontre.")
    names = partner_names(parties_nlp, text)
    assert names.get("Le Passage") == "commune"


def test_bodies_said_not_to_sign_with_ne(parties_nlp):
    # "avec le Département et la Région, qui ne sont pas signataires": written "ne sont pas", not "n'en sont pas"
    text = ("Le TCO et la Caf de La Réunion ont signé vendredi une Convention territoriale globale. Elle coordonnera "
            "les financements existants, notamment avec le Département et la Région, qui ne sont pas signataires.")
    names = partner_names(parties_nlp, text)
    assert "departement" not in names.values() and "region" not in names.values()


def test_other_epci_engaged_in_its_own_process(parties_nlp):
    # "la CINOR a engagé sa propre démarche : sa CTG devrait être signée à l'automne": another territory's CTG
    text = ("La Communauté d'agglomération du Sud et la Caf de La Réunion ont signé lundi une Convention territoriale "
            "globale pour 2025-2029. Dans le même temps, la CIREST a engagé sa propre démarche : sa CTG devrait être "
            "signée à l'automne.")
    names = partner_names(parties_nlp, text)
    assert list(names.values()) == ["epci"], names


def test_town_in_capitals_heading_its_minutes(parties_nlp):
    # "VILLE DE CAHORS" heading a council's minutes: a town in capitals, no EPCI acronym
    text = ("VILLE DE CAHORS\nCompte rendu sommaire du Conseil municipal du 12 mars 2024\n"
            "4. Convention territoriale globale 2024-2028 avec la Caisse d'allocations familiales du Lot – Le Conseil "
            "approuve la CTG et autorise le Maire à la signer. – Adopté à l'unanimité\n"
            "5. Tarifs de la piscine – Adopté à l'unanimité")
    names = partner_names(parties_nlp, text)
    assert names == {"Cahors": "commune"}


def test_town_after_a_qualified_basin(parties_nlp):
    # "le bassin industriel de X": an area named after a town, an adjective between the noun and "de"
    text = ("La Communauté de communes du Bassin de Pompey et la Caf de Meurthe-et-Moselle ont signé lundi la CTG "
            "2024-2028. Pour la directrice de la Caf, le territoire est contrasté entre le bassin industriel de "
            "Frouard et les villages du plateau.")
    names = partner_names(parties_nlp, text)
    assert "Frouard" not in names


def test_caf_ending_a_headline_above_a_date_line(parties_nlp):
    # "... avec la Caf\n12 juin 2024 · Reportage": the next line's day is no département number
    doc = parties_nlp("Figeac\nUn forum pour préparer la nouvelle convention avec la Caf\n12 juin 2024 · Reportage\n"
                      "Le forum des familles organisé samedi par le Grand Figeac a recueilli l'avis des habitants avant le "
                      "renouvellement de la convention territoriale globale, signée avec la Caf du Lot.")
    assert doc._.caf.department_code == "46"


def test_town_after_a_hall_where_the_signing_took_place(parties_nlp):
    # "à la Halle des sports de X, la CA Y et la Caf ont signé": the venue's town, not a party
    text = ("Le 3 mars 2025, à la Halle des sports de Moûtiers, la Communauté de communes Cœur de Tarentaise et la Caf "
            "de la Savoie ont signé la Convention territoriale globale 2025-2029.")
    names = partner_names(parties_nlp, text)
    assert "Moûtiers" not in names


def test_agglomeration_told_by_its_kind_on_a_page_naming_its_town_only(parties_nlp):
    # a magazine naming its town only ("AGGLO MAG – Saintes"), the signing told by the EPCI's kind: the town's EPCI
    text = ("AGGLO MAG – Saintes – n°41\nFAMILLES\nCTG : ce qui change\n"
            "Le 4 mars 2025, l'Agglomération et la Caf de la Charente-Maritime ont renouvelé leur Convention "
            "territoriale globale jusqu'en 2029.")
    names = partner_names(parties_nlp, text)
    assert names == {"Communauté d'agglomération de Saintes - Grandes Rives - L'Agglo": "epci"}


def test_towns_given_as_examples_in_an_open_list_in_brackets(parties_nlp):
    # "Un territoire rural (A, B, C...)": examples of the territory, not signatories
    text = ("Haute-Corrèze Communauté – Projet social de territoire 2024-2028\n"
            "Le projet social de territoire est le cœur de la Convention Territoriale Globale signée le 5 février 2024 "
            "par la Communauté de communes Haute-Corrèze Communauté et la Caf de la Corrèze.\n"
            "Un territoire rural et vieillissant, loin des villes moyennes (Tulle, Aurillac, Brive-la-Gaillarde...), où "
            "les familles sont dispersées.")
    names = partner_names(parties_nlp, text)
    assert list(names.values()) == ["epci"], names


def test_town_heading_a_press_page_that_signs_another_scheme(parties_nlp):
    # the town heading a press page ("ÉPINAL" above a headline quoting « ... »), "la Ville" signing only its contrat
    # de ville with the State: no party of the agglomeration's CTG; a quote's closing guillemet is no breadcrumb
    text = ("ÉPINAL\nLa CTG signée, l'agglomération veut « mieux accueillir » les familles\n"
            "Vendredi, la Caf des Vosges et la Communauté d'agglomération d'Épinal ont signé une Convention territoriale "
            "globale pour 2022-2025.\n"
            "Dans le même temps, la Ville a signé avec l'État son contrat de ville pour le quartier de la Justice.")
    names = partner_names(parties_nlp, text)
    assert names == {"Communauté d'agglomération d'Épinal": "epci"}


def test_bodies_on_an_action_sheet_partners_line(parties_nlp):
    # an action sheet of a CTG's annex: "Partenaires associés : ..., MSA, Caf" names who works on the action
    text = ("ANNEXE 3 – FICHES ACTIONS\n"
            "Convention Territoriale Globale Communauté de communes du Pays de Mormal / Caf du Nord 2023-2027\n"
            "Fiche action n°1.2 : Créer un relais petite enfance itinérant\n"
            "Pilote : Communauté de communes du Pays de Mormal – service Petite enfance\n"
            "Partenaires associés : communes, Familles rurales, MSA Nord-Pas de Calais, Caf (conseillère territoriale)\n"
            "Calendrier : 2023 – 2025")
    names = partner_names(parties_nlp, text)
    assert "msa" not in names.values()


def test_signature_block_laid_out_in_columns(parties_nlp):
    # a convention's signature block flattened in two columns: "Pour le Département du X  Pour l'État, le Préfet"
    text = ("Article 8 – Durée\nLa présente convention territoriale globale prend effet au 1er janvier 2025.\n"
            "Fait à Nîmes, le 3 février 2025.\n"
            "Pour la Caf du Gard              Pour la Communauté d'agglomération Nîmes Métropole\n"
            "Le Directeur                     Le Président\n"
            "Pour le Département du Gard      Pour l'État, le Préfet du Gard\n")
    names = partner_names(parties_nlp, text)
    assert names.get("Gard") == "departement"
    assert names.get("État") == "etat"


def test_bodies_of_another_scheme_in_a_sentence_without_the_ctg(parties_nlp):
    # "Le schéma départemental des services aux familles, signé avec l'État et le Département, fixe ...": the
    # sentence names neither the CTG nor the Caf
    text = ("Caf du Cher – Rapport d'activité 2023\nFin 2023, 10 des 12 territoires du Cher sont couverts par une "
            "convention territoriale globale. Les deux territoires restants ont engagé leur diagnostic.\n"
            "Le schéma départemental des services aux familles 2020-2024, signé avec l'État et le Département, fixe "
            "quant à lui les priorités départementales.")
    names = partner_names(parties_nlp, text)
    assert "departement" not in names.values() and "etat" not in names.values(), names


def test_sole_town_as_the_place_of_another_event(parties_nlp):
    # an explainer whose only town is where a training day takes place: no signing territory
    text = ("Caf du Finistère | Rapport d'activité 2023\nLa Convention territoriale globale, comment ça marche ?\n"
            "La CTG est une démarche de projet entre la Caf et une collectivité. Dans le Finistère, les 21 "
            "intercommunalités sont engagées dans la démarche. En 2023, la Caf a organisé une journée des coordinateurs "
            "CTG à Quimperlé, qui a réuni 60 participants.")
    names = partner_names(parties_nlp, text)
    assert names == {}


def test_epci_signing_with_its_n_communes_named_elsewhere(parties_nlp):
    # "Cap Excellence, ses trois communes membres et la Caf ont signé": the three towns the page names (here in a
    # headline's label) are the EPCI's members the sentence counts
    text = ("Baie-Mahault, Les Abymes, Pointe-à-Pitre : la CTG est lancée\n"
            "Vendredi, dans l'hémicycle de la communauté d'agglomération, Cap Excellence, ses trois communes membres et "
            "la Caisse d'allocations familiales de la Guadeloupe ont signé une convention territoriale globale pour "
            "2022-2026.")
    names = partner_names(parties_nlp, text)
    for town in ("Baie-Mahault", "Les Abymes", "Pointe-à-Pitre"):
        assert names.get(town) == "commune", (town, names)


def test_adjective_commune_before_a_body(parties_nlp):
    # "la volonté commune du Département et de la Caf": the adjective, no town called "Le Département"
    text = ("Le conseil départemental du Morbihan approuve la convention territoriale globale. Considérant la volonté "
            "commune du Département et de la Caf de coordonner leurs interventions, le Président est autorisé à la "
            "signer.")
    names = partner_names(parties_nlp, text)
    assert "commune" not in names.values(), names


def test_region_word_inside_an_epci_name(parties_nlp):
    # "la Communauté de communes de la Région de Guebwiller": a word of the EPCI's name, no région
    text = ("La Communauté de communes de la Région de Guebwiller et la Caf du Haut-Rhin ont signé mardi la convention "
            "territoriale globale 2024-2028, avec la Région Lézardaise et la MSA d'Alsace.")
    names = partner_names(parties_nlp, text)
    assert "region" not in names.values(), names
