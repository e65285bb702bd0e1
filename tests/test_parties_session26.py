"""Parties: classes of pages read in session 26 (the written sets read_cb, read_cc and read_cd, blind until then, and
the partner errors pooled over every read set), one example each, written for these tests (never taken from the gold
texts nor the written sets)."""

from __future__ import annotations

from conftest import partner_names


def _has(names: dict[str, str], word: str, kind: str | None = None) -> bool:
    return any(word in n and (kind is None or t == kind) for n, t in names.items())


# -- a town's name in a street's ----------------------------------------------------------------------------------

MINUTES = ("Compte rendu du conseil municipal du jeudi 14 mars 2024\n"
           "Le conseil municipal de la Ville de Sète s'est réuni le 14 mars 2024 sous la présidence de M. le Maire.\n"
           "1. Finances – Budget primitif 2024. Adopté à la majorité.\n"
           "2. Famille – Convention territoriale globale avec la Caf de l'Hérault\n"
           "Le conseil approuve la convention territoriale globale conclue entre la Ville et la Caisse d'allocations "
           "familiales de l'Hérault pour 2024-2027 et autorise le Maire à la signer. Adopté à l'unanimité.\n"
           "3. Urbanisme – Cession d'une parcelle {street} Frontignan. Adopté à l'unanimité.\n")


def test_town_in_a_street_name_is_no_second_town_of_the_minutes(parties_nlp):
    # "avenue de Frontignan" is an address in Sète: the minutes' own town, told as "la Ville", is the one party
    names = partner_names(parties_nlp, MINUTES.format(street="avenue de"))
    assert names.get("Sète") == "commune", names
    assert not _has(names, "Frontignan"), names


def test_signing_town_also_named_in_its_own_street_stays(parties_nlp):
    # guard: the street cue silences that mention only; the town said to sign elsewhere stays a party
    text = ("La commune de Frontignan et la Caf de l'Hérault ont signé le 4 mars 2024 leur convention territoriale "
            "globale pour 2024-2027. La cérémonie s'est tenue à la médiathèque, 12 rue de Frontignan.")
    names = partner_names(parties_nlp, text)
    assert names.get("Frontignan") == "commune", names


# -- a usual name the page declares in brackets (a brand the gazetteer does not hold) -------------------------------

def test_brand_declared_in_brackets_is_the_epci_wherever_written(parties_nlp):
    text = ("Martinique\n"
            "Le Centre et la Caf main dans la main pour les familles\n"
            "C'est à l'hôtel communautaire que la Communauté d'agglomération du Centre de la Martinique (Cap Centre) "
            "et la Caisse d'allocations familiales de la Martinique ont signé jeudi leur convention territoriale "
            "globale pour 2024-2028.\n"
            "Le diagnostic conduit en 2023 dans les quatre communes de Cap Centre a mis en avant l'accueil des "
            "tout-petits et l'accès aux droits.")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Centre de la Martinique", "epci"), names
    assert len(names) == 1, names


# -- other territories' conventions --------------------------------------------------------------------------------

def test_neighbour_opening_its_sentence_as_an_apposition(parties_nlp):
    text = ("Sedan : la communauté de communes prépare sa convention avec la Caf\n"
            "Élus et habitants se sont réunis mardi pour le diagnostic de la future convention territoriale globale "
            "de la Communauté de communes du Pays Sedanais, dont la signature est prévue en 2026.\n"
            "Voisine, la communauté de communes Vallées et Plateau d'Ardenne a signé sa CTG l'an dernier.")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Sedanais", "epci"), names
    assert not _has(names, "Plateau d'Ardenne"), names


def test_caf_signed_another_ctg_in_another_year(parties_nlp):
    text = ("Caf de la Gironde – Actualités\n"
            "Le 3 avril 2024, la Caf de la Gironde et la Communauté de communes du Bazadais ont signé leur convention "
            "territoriale globale pour 2024-2028, qui porte sur la petite enfance et la jeunesse.\n"
            "La Caf a également signé en 2021 une CTG avec la Communauté de communes du Sud Gironde.")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Bazadais", "epci"), names
    assert not _has(names, "Sud Gironde"), names


def test_metropole_joined_to_the_count_of_covered_intercommunalites(parties_nlp):
    text = ("Gironde : toutes les intercommunalités ont leur CTG\n"
            "Avec la signature, mardi 9 avril 2024, de la convention territoriale globale de la Communauté de communes "
            "du Bazadais, les 27 intercommunalités du département et Bordeaux Métropole disposent toutes d'une CTG.")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Bazadais", "epci"), names
    assert not _has(names, "Bordeaux"), names


def test_signing_epci_beside_the_count_stays(parties_nlp):
    # guard: two named EPCI listed after a count sign ("2 intercommunalités, la CC A et la CC B, sont dotées d'une CTG")
    text = ("Deux intercommunalités, la Communauté de communes du Bazadais et la Communauté de communes du Réolais "
            "en Sud Gironde, ont signé le 9 avril 2024 avec la Caf de la Gironde leur convention territoriale globale. "
            "Les 2 intercommunalités, le Bazadais et le Réolais, sont désormais dotées d'une CTG.")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Bazadais", "epci") and _has(names, "Réolais", "epci"), names


def test_people_coming_from_an_agglomeration(parties_nlp):
    text = ("Avec ses 20 communes, la Communauté de communes du Réolais en Sud Gironde accueille chaque année de "
            "jeunes ménages venus de l'agglomération de Bordeaux. La communauté et la Caf de la Gironde ont signé le "
            "9 avril 2024 une convention territoriale globale.")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Réolais", "epci"), names
    assert not _has(names, "Bordeaux"), names


def test_body_signing_another_scheme_with_the_caf(parties_nlp):
    text = ("Le magazine de la Communauté de communes du Bazadais – Mars 2024\n"
            "Signée en février avec la Caf de la Gironde, la convention territoriale globale de la communauté fixe "
            "pour 2024-2028 le cadre de l'action en direction des familles.\n"
            "À noter : le Département de la Gironde et la Caf ont par ailleurs signé un schéma départemental des "
            "services aux familles.")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Bazadais", "epci"), names
    assert "departement" not in names.values(), names


def test_body_named_as_signing_the_ctg_itself_stays(parties_nlp):
    # guard: the Département signing the CTG itself is a party
    text = ("La Communauté de communes du Bazadais, le Département de la Gironde et la Caf de la Gironde ont signé le "
            "9 avril 2024 une convention territoriale globale pour 2024-2028.")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Bazadais", "epci") and "departement" in names.values(), names


# -- an EPCI's bare words inside another's name --------------------------------------------------------------------

def test_area_words_inside_a_signing_epci_name(parties_nlp):
    text = ("Caf de la Gironde\n"
            "Deux nouvelles conventions territoriales globales signées dans le Sud Gironde\n"
            "Le 9 avril 2024, la Caf de la Gironde a signé deux conventions territoriales globales, l'une avec la "
            "Communauté de communes du Réolais en Sud Gironde, l'autre avec la Communauté de communes du Bazadais.")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Réolais", "epci") and _has(names, "Bazadais", "epci"), names
    assert "Communauté de communes du Sud Gironde" not in names, names


def test_epci_named_with_its_kind_beside_a_longer_name_stays(parties_nlp):
    # guard: written with its kind, the shorter EPCI is a party of its own
    text = ("Le 9 avril 2024, la Caf de la Gironde a signé deux conventions territoriales globales, l'une avec la "
            "Communauté de communes du Réolais en Sud Gironde, l'autre avec la Communauté de communes du Sud Gironde.")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Réolais", "epci"), names
    assert "Communauté de communes du Sud Gironde" in names, names


# -- a town's magazine in the masthead -----------------------------------------------------------------------------

def test_town_magazine_masthead_names_the_town_told_as_la_ville(parties_nlp):
    text = ("Montauban Magazine | Juin 2023\n"
            "FAMILLES\n"
            "Trois questions sur la convention signée avec la Caf\n"
            "Le 12 mai, la Ville et la Caf de Tarn-et-Garonne ont signé une convention territoriale globale. "
            "L'adjoint à la famille répond à nos questions.\n"
            "Qu'est-ce que ça change ?\n"
            "« Nous allons ouvrir une crèche de 30 places et étendre les horaires des accueils de loisirs. »")
    names = partner_names(parties_nlp, text)
    assert names.get("Montauban") == "commune", names


# -- other items of a council's agenda ----------------------------------------------------------------------------

def test_town_named_in_another_item_of_the_decisions(parties_nlp):
    text = ("Communauté de communes Piège Lauragais Malepère\n"
            "Conseil communautaire du 27 juin 2023 – Relevé de décisions\n"
            "• Redevance des ordures ménagères : tarifs 2023 maintenus. Approuvé.\n"
            "• Convention territoriale globale 2023-2027 avec la Caf de l'Aude : le conseil approuve le texte et "
            "autorise le Président à la signer. Approuvé.\n"
            "• Piscine intercommunale : attribution du marché de maîtrise d'œuvre. Approuvé.\n"
            "• Motion de soutien à la maternité de Castelnaudary. Adoptée.")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Piège Lauragais Malepère", "epci"), names
    assert "Castelnaudary" not in names, names


def test_town_in_the_ctg_item_of_the_decisions_stays(parties_nlp):
    # guard: a town the CTG's own item names as signing is a party
    text = ("Communauté de communes Piège Lauragais Malepère\n"
            "Conseil communautaire du 27 juin 2023 – Relevé de décisions\n"
            "• Redevance des ordures ménagères : tarifs 2023 maintenus. Approuvé.\n"
            "• Convention territoriale globale 2023-2027 avec la Caf de l'Aude, signée aussi par la commune de Bram, "
            "qui gère son accueil de loisirs : le conseil approuve le texte. Approuvé.\n"
            "• Piscine intercommunale : attribution du marché de maîtrise d'œuvre. Approuvé.\n"
            "• Tarifs des accueils de loisirs pour l'été 2023. Approuvé.")
    names = partner_names(parties_nlp, text)
    assert names.get("Bram") == "commune", names


# -- a headline's place before the intercommunality acting -------------------------------------------------------

def test_headline_town_label_before_the_communaute_acting(parties_nlp):
    text = ("L'Indépendant – Aude\n"
            "Carcassonne : la communauté de communes renouvelle son engagement avec la Caf\n"
            "Publié le 12/10/2023\n"
            "Le 3 octobre, la Communauté de communes Piège Lauragais Malepère et la Caf de l'Aude ont signé leur "
            "deuxième convention territoriale globale, pour 2023-2027.")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Piège Lauragais Malepère", "epci"), names
    assert "Carcassonne" not in names, names


def test_headline_town_label_before_la_ville_stays(parties_nlp):
    # guard: "X : la Ville et la Caf signent" tells the town itself
    text = ("Carcassonne : la Ville et la Caf signent une convention territoriale globale\n"
            "Publié le 12/10/2023\n"
            "Le 3 octobre, la Ville et la Caf de l'Aude ont signé leur convention territoriale globale pour "
            "2023-2027.")
    names = partner_names(parties_nlp, text)
    assert names.get("Carcassonne") == "commune", names


def test_numbered_list_of_signatories_under_an_intro_stays(parties_nlp):
    # guard: a numbered list of the EPCI that signed, the CTG named in the intro above and in a closing remark, is no
    # agenda: every listed EPCI signs
    text = ("Séance de signatures en série, lundi 20 décembre 2021, à Périgueux. Quatre communautés de communes ont "
            "signé leur convention territoriale globale avec la Caf de la Dordogne :\n"
            "1. Communauté de communes Isle Double Landais\n"
            "2. Communauté de communes Dronne et Belle\n"
            "3. Communauté de communes du Périgord Nontronnais\n"
            "4. Communauté de communes du Pays de Saint-Aulaye\n"
            "Les conventions courent jusqu'à fin 2025. « La CTG, c'est un projet », résume un président.")
    names = partner_names(parties_nlp, text)
    assert sum(t == "epci" for t in names.values()) == 4, names


# -- the page's one EPCI, named as the place, told signing by its kind ---------------------------------------------

def test_epci_named_as_the_place_then_signing_by_its_kind(parties_nlp):
    text = ("Savoie / Haute Maurienne\n"
            "Enfance, jeunesse : la Haute Maurienne signe sa CTG\n"
            "Le Dauphiné – publié le 04/10/2019\n"
            "Une convention territoriale globale, à quoi ça sert ? C'est un contrat que la Caf passe avec une "
            "collectivité pour plusieurs années, sur la petite enfance, la jeunesse ou le logement.\n"
            "En Haute Maurienne Vanoise, c'est désormais chose faite. Le président de la communauté de communes et "
            "le directeur de la Caf de la Savoie ont paraphé le document jeudi, à Val-Cenis, en présence de "
            "plusieurs maires.")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Haute Maurienne Vanoise", "epci"), names


# -- an EPCI's long name written in prose, its geographic noun in lower case --------------------------------------

def test_epci_long_name_opening_on_a_lower_case_geographic_noun(parties_nlp):
    # (a press page on a territory preparing its CTG: the EPCI's name only in prose, then "cette communauté")
    text = ("Le Tarn Libre\n"
            "Le territoire des monts d'Alban et du Villefranchois (Tarn), qui compte 40 assistantes maternelles, "
            "manque de places d'accueil. Les élus de cette communauté de communes y réfléchissent.\n"
            "Depuis 2020, la Caf remplace les contrats enfance jeunesse par la convention territoriale globale (CTG).")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Monts d'Alban et du Villefranchois", "epci"), names
    assert "Alban" not in names, names


def test_short_lower_case_area_is_no_epci(parties_nlp):
    # guard: "les monts du Lyonnais" in lower case, one capitalised word, is a landscape, not the EPCI so named
    text = ("La Ville de Saint-Symphorien-sur-Coise et la Caf du Rhône ont signé le 5 mars 2024 leur convention "
            "territoriale globale. Les familles des monts du Lyonnais pourront en bénéficier.")
    names = partner_names(parties_nlp, text)
    assert not any("Monts du Lyonnais" in n for n in names), names


# -- a brand counting its EPCI's one initial ----------------------------------------------------------------------

def test_counted_initials_brand_links_its_epci(parties_nlp):
    # the Communauté d'agglomération du Bassin de Bourg-en-Bresse goes by "CA3B" (three words opening on B)
    text = ("Rapport d'activité 2023 – CA3B\n"
            "Cohésion sociale\n"
            "• 12 avril 2023 : signature de la convention territoriale globale 2023-2027 avec la Caf de l'Ain et les "
            "communes de l'Agglomération.\n"
            "• Juin 2023 : ouverture d'un multi-accueil de 30 places.")
    names = partner_names(parties_nlp, text)
    assert names.get("Communauté d'agglomération du Bassin de Bourg-en-Bresse") == "epci", names


def test_counted_brand_of_no_epci_of_the_departement_stays_out(parties_nlp):
    # guard: a counted form no EPCI of the Caf's département spells links nothing
    text = ("La commune de Bourg-en-Bresse et la Caf de l'Ain ont signé le 12 avril 2023 leur convention territoriale "
            "globale. Le dossier a été suivi par le service CC4Z.")
    names = partner_names(parties_nlp, text)
    assert names.get("Bourg-en-Bresse") == "commune", names
    assert not any("4Z" in n for n in names), names


def test_counted_initials_of_the_gazetteer():
    from ctgminer.gazetteer import counted_initials

    assert counted_initials("Communauté d'agglomération du Bassin de Bourg-en-Bresse") == {"CA3B", "AGGLO3B"}
    assert counted_initials("Communauté de communes Faucigny-Glières") == set()


# -- who sits in an advisory role, and the EPCI a town belongs to ---------------------------------------------------

def test_bodies_associated_only_in_an_advisory_role(parties_nlp):
    text = ("Projet social de territoire de Mérignac – synthèse adoptée par le conseil municipal du 4 avril 2024\n"
            "La Ville de Mérignac et la Caf de la Gironde ont signé le 12 avril 2024 leur convention territoriale "
            "globale.\n"
            "Gouvernance : un comité de pilotage réunissant la Ville, la Caf et, à titre consultatif, Bordeaux "
            "Métropole et le Département de la Gironde se réunit une fois par an.")
    names = partner_names(parties_nlp, text)
    assert names.get("Mérignac") == "commune", names
    assert not _has(names, "Bordeaux") and "departement" not in names.values(), names


def test_town_of_an_epci_in_apposition(parties_nlp):
    # "Mérignac, commune de Bordeaux Métropole": the EPCI it belongs to, read by the rule as no town "Bordeaux"
    text = ("Mérignac, commune de Bordeaux Métropole, compte 72 000 habitants. La Ville et la Caf de la Gironde ont "
            "signé le 12 avril 2024 leur convention territoriale globale pour 2024-2028.")
    names = partner_names(parties_nlp, text)
    assert names.get("Mérignac") == "commune", names
    assert "Bordeaux" not in names, names
