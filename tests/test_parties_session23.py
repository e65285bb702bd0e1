"""Parties: classes of pages read in session 23 (the new written sets read_bs, read_bt and read_bu: convention
documents from PDFs, small communes' news typed without accents), one example each, written for these tests (never
taken from the gold texts)."""

from __future__ import annotations

from conftest import partner_names

from ctgminer.text.normalise import unwrap_lines


def test_common_noun_fete_is_no_commune(parties_nlp):
    # "la Fête des voisins", "Fête de la pomme" in an agenda: a feast, not the commune Le Fête (Côte-d'Or)
    text = ("Samedi 8 juin, lors de la Fête des voisins au parc Martin, le maire de Saint-Avold et le directeur de la "
            "Caf de la Moselle ont signé la convention territoriale globale 2024-2028.\n"
            "AGENDA\n"
            "12/10 : Fête de la pomme a la salle polyvalente")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert "Le Fête" not in names and names.get("Saint-Avold") == "commune", names


def test_unaccented_venue_after_a_day_or_a_date(parties_nlp):
    # pages typed without accents: "a signé mardi, a Ussel", "Le 3 mai a Meymac": where, not who
    text = ("Haute-Correze : la CTG signee avec la Caf\n"
            "La communauté de communes Haute-Corrèze Communauté a signé mardi, a Ussel, sa convention territoriale "
            "globale avec la Caf de la Corrèze.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert "Ussel" not in names, names
    assert any(t == "epci" for t in names.values()), names


def test_caf_read_across_a_line_break_counts_half(parties_nlp):
    # a newspaper's name below a title ending on "la Caf": "Nord Littoral" is no Caf du Nord when the story names the
    # Caf du Pas-de-Calais
    text = ("Le Calaisis signe sa convention avec la Caf\n"
            "Nord Littoral – 3 mars 2025\n"
            "Calais. Grand Calais Terres et Mers a signé jeudi sa convention territoriale globale avec la Caf du "
            "Pas-de-Calais pour 2025-2029.")
    doc = parties_nlp(unwrap_lines(text))
    assert doc._.caf is not None and doc._.caf.department_code == "62", doc._.caf


def test_towns_on_a_committee_label_line(parties_nlp):
    # a convention's annex on its governance: "Comité de pilotage : ... un maire par secteur (A, B, C)" lists who follows
    # the convention, the EPCI signing alone
    text = ("Convention territoriale globale 2023-2027 entre la Caf de la Haute-Savoie et la Communauté de communes "
            "du Pays Rochois, représentée par son Président.\n"
            "Gouvernance\n"
            "Comité de pilotage : le Président de la Communauté de communes ou son représentant ; le directeur de la "
            "Caf de la Haute-Savoie ; un maire par secteur (Amancy, Arenthon, Cornier).\n"
            "Comité technique : les services de la Communauté de communes et de la Ville de La Roche-sur-Foron, la "
            "conseillère territoriale de la Caf.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert not {"Amancy", "Arenthon", "Cornier", "La Roche-sur-Foron"} & set(names), names
    assert any(t == "epci" for t in names.values()), names


def test_ranked_ctg_after_earlier_ones(parties_nlp):
    # "C'est la cinquième CTG signée dans le département, après X et Y": X and Y signed earlier ones
    text = ("Lundi 4 mars, la Caf de l'Isère a signé une convention territoriale globale avec la Communauté de "
            "communes du Trièves pour 2024-2028. C'est la cinquième CTG signée en Isère depuis 2020, après notamment "
            "le Grésivaudan et Bièvre Isère Communauté.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert len([t for t in names.values() if t == "epci"]) == 1 and any("Trièves" in n for n in names), names


def test_partners_of_a_committee_beside_the_signatories(parties_nlp):
    # "Un comité de pilotage réunira les signataires, les communes et les partenaires (Département, MSA)"
    text = ("La Communauté de communes du Pays de Nay et la Caf Béarn et Soule ont signé le 2 mai 2024 la "
            "convention territoriale globale.\n"
            "Un comité de pilotage annuel réunira les signataires, les communes et les partenaires (Département, MSA, "
            "Éducation nationale).")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert set(names.values()) == {"epci"}, names


def test_short_form_of_a_hyphenated_commune_named_elsewhere(parties_nlp):
    # "Saumane" is a commune of the Gard and of the Alpes-de-Haute-Provence; beside the Caf de Vaucluse it is
    # Saumane-de-Vaucluse
    text = ("Les maires du Thor, de Fontaine-de-Vaucluse et de Saumane ont signé avec la directrice de la Caf de "
            "Vaucluse la convention territoriale globale 2024-2028.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("Saumane-de-Vaucluse") == "commune", names


def test_breton_ch_spelling(parties_nlp):
    # "Tourc'h" in the text, "Tourch" in the official list
    text = ("CONVENTION TERRITORIALE GLOBALE 2025-2029\n"
            "Les signataires\n"
            "La Caisse d'allocations familiales du Finistère, représentée par sa Directrice ;\n"
            "Quimperlé Communauté, représentée par son Président ;\n"
            "Les trois communes membres : Bannalec, Scaër, Tourc'h, représentées par leurs Maires.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert "Tourc'h" in names or "Tourch" in names, names


def test_article_capitalised_inside_a_list(parties_nlp):
    # "– Le Port, La Possession et Saint-Paul –": Le Port, whose name is a common word, written whole mid-sentence
    text = ("Le TCO et la Caf de La Réunion ont signé la convention territoriale globale. Trois communes – Le Port, La "
            "Possession et Saint-Paul – sont également signataires.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("Le Port") == "commune", names


def test_territory_left_out_by_hors(parties_nlp):
    # "la première commune du département hors Pays X à s'engager": the EPCI the sentence leaves out
    text = ("Le maire de Calvi et le directeur de la Caf de la Haute-Corse ont signé hier la convention territoriale "
            "globale 2024-2027. Calvi est la deuxième commune de Haute-Corse hors Communauté d'agglomération de Bastia "
            "a s'engager dans cette démarche.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("Calvi") == "commune" and "epci" not in names.values(), names


def test_article_no_commune_of_that_name_takes(parties_nlp):
    # "les Vans" is Les Vans; "les Sorgues" or "des Saintes" (no article in Sorgues nor Saintes) name a land, not the
    # town
    text = ("Petite enfance : la Caf et les Sorgues main dans la main\n"
            "La communauté de communes du Pays des Sorgues et des Monts de Vaucluse a signé jeudi avec la Caf de "
            "Vaucluse sa convention territoriale globale, qui concerne aussi les familles des Saintes.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert "Sorgues" not in names and "Saintes" not in names, names


def test_convention_parties_stop_at_the_preamble_formula(analyse_text):
    # a convention's "Entre ... et ..." block ends at "Il est préalablement exposé ce qui suit": the preamble's
    # territories and words are no parties
    text = ("VILLE DE SAINT-AVOLD\nCONVENTION TERRITORIALE GLOBALE 2023-2026\n"
            "Entre la Caisse d'Allocations Familiales de la Moselle, représentée par son Directeur, et la Ville de "
            "Saint-Avold, représentée par son Maire,\n"
            "Il est préalablement exposé ce qui suit :\n"
            "La Communauté d'agglomération Saint-Avold Synergie n'exerçant pas la compétence enfance, la Caf et la Ville "
            "ont fait le choix d'une convention communale.\n"
            "Il a été convenu ce qui suit :\n"
            "Article 1 – Objet\nLa présente convention définit les priorités partagées en faveur des familles.\n"
            "Article 2 – Durée\nLa présente convention est conclue pour la période 2023-2026.\n"
            "Fait à Saint-Avold, le 12 mai 2023, en deux exemplaires.\n"
            "Pour la Caf de la Moselle, le Directeur          Pour la Ville de Saint-Avold, le Maire")
    record = analyse_text(text)
    assert [p.name for p in record.partners] == ["Saint-Avold"], record.partners


def test_brand_of_an_agglomeration_named_after_its_town(parties_nlp):
    # "Châlons Agglo": the Communauté d'agglomération de Châlons-en-Champagne (Châlons-sur-Vesle, also of the Marne,
    # belongs to another EPCI)
    text = ("Châlons Agglo et la Caf de la Marne ont signé mardi leur convention territoriale globale pour "
            "2024-2028.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("Communauté d'agglomération de Châlons-en-Champagne") == "epci", names


def test_bodies_named_as_partners_in_brackets(parties_nlp):
    # a job offer for the CTG's coordinator: "le lien avec les partenaires (Département, MSA)" names no signatory
    text = ("Offre d'emploi – Communauté de communes du Pays de Mormal\n"
            "La Communauté de communes a signé en 2023 avec la Caf du Nord une convention territoriale globale.\n"
            "Missions : coordonner le plan d'actions ; assurer le lien avec les communes et les partenaires "
            "institutionnels (Département du Nord, MSA, Éducation nationale).")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert set(names.values()) == {"epci"}, names


def test_bulletin_town_whose_council_approves(parties_nlp):
    # a town's bulletin, its name in the masthead only: "Le conseil municipal a approuvé la CTG ..., signée aussi par la
    # communauté de communes et les autres communes"
    text = ("L'Écho d'Arreau - n°31 - printemps 2024\n"
            "VIE MUNICIPALE\n"
            "Le conseil municipal a approuvé la Convention territoriale globale 2024-2028 avec la Caf des "
            "Hautes-Pyrénées, signée aussi par la communauté de communes Aure Louron et les autres communes de la "
            "vallée.\n"
            "ETAT CIVIL\nNaissances : 4")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("Arreau") == "commune", names


def test_town_with_its_own_convention_until_now(parties_nlp):
    # "la Ville de X, qui disposait jusqu'ici de sa propre convention, est signataire": it joins the agglomeration's
    text = ("Le 4 mars 2024, Vannes Agglo et la Caf du Morbihan ont signé la convention territoriale globale. Pour la "
            "première fois, la Ville de Vannes, qui disposait jusqu'ici de sa propre convention, est signataire d'une "
            "convention commune à l'agglomération.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("Vannes") == "commune", names


def test_caf_named_in_capitals(parties_nlp):
    # a council's report heading in capitals: "AVEC LA CAISSE D'ALLOCATIONS FAMILIALES DE LA SAVOIE"
    text = ("OBJET : CONVENTION TERRITORIALE GLOBALE 2024-2028 AVEC LA CAISSE D'ALLOCATIONS FAMILIALES DE LA SAVOIE\n"
            "Le conseil communautaire approuve la convention et autorise le Président à la signer.")
    doc = parties_nlp(unwrap_lines(text))
    assert doc._.caf is not None and doc._.caf.department_code == "73", doc._.caf


def test_mayors_listed_after_the_room(parties_nlp):
    # "dans les salons de l'hôtel d'agglomération, les maires de A, B et C ont signé": the room is no venue of A
    text = ("Mardi 5 mars, dans les salons de l'hôtel d'agglomération, les maires de Vauréal, Osny et Menucourt ont "
            "signé avec le président de l'agglomération et la directrice de la Caf du Val-d'Oise la convention "
            "territoriale globale de Cergy-Pontoise.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert {"Vauréal", "Osny", "Menucourt"} <= set(names), names
