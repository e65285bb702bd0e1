"""Parties: classes of unseen pages read in session 14 (written sets read_ao to read_ar), one example each, written
for these tests (never taken from the gold texts nor the written sets)."""

from __future__ import annotations

from conftest import partner_names


def test_capitalised_article_before_a_common_noun_is_no_town(parties_nlp):
    # a quote opening on "Les maisons de ..." reads as the commune "Maisons" with its article: a lowercase word
    # that official names never keep lowercase is no town's name
    text = ("Le maire de Rodez et la directrice de la Caf de l'Aveyron ont signé hier la convention territoriale "
            "globale. « Les maisons des familles et les centres sociaux seront au cœur de cette convention », "
            "a dit la directrice de la Caf.")
    names = partner_names(parties_nlp, text)
    assert names == {"Rodez": "commune"}


def test_communes_of_a_departement_are_no_list(parties_nlp):
    # "l'une des N communes de la Loire-Atlantique": the département the communes lie in, not a town listed
    text = ("La Ville de Rezé et la Caf de Loire-Atlantique ont signé mardi leur convention territoriale globale. "
            "Rezé devient ainsi l'une des 60 communes de la Loire-Atlantique à disposer d'une CTG.")
    names = partner_names(parties_nlp, text)
    assert names == {"Rezé": "commune"}


def test_generic_departement_opening_a_sentence_said_to_sign_too(parties_nlp):
    # "Le Département et la MSA ... ont également apposé leur signature": a sentence opening on the Département,
    # both said to have signed too
    text = ("La convention territoriale globale a été signée hier entre la Caf de l'Ariège et la Communauté de "
            "communes du Pays de Tarascon. Le Département et la MSA, associés à la démarche, ont également apposé "
            "leur signature. Elle court jusqu'en 2028.")
    names = partner_names(parties_nlp, text)
    assert names.get("Ariège") == "departement"
    assert names.get("MSA") == "msa"


def test_common_noun_metropole_takes_no_name_from_the_next_line(parties_nlp):
    # a headline ending on "la métropole", the next line a newspaper's masthead: no EPCI named after the paper
    text = ("Toulon : une convention pour les familles de la métropole\n"
            "Var-Presse | Publié le 04/03/2025\n"
            "La Métropole Toulon Provence Méditerranée et la Caf du Var ont signé mardi une convention territoriale "
            "globale qui couvre les douze communes de la métropole jusqu'en 2029.")
    names = partner_names(parties_nlp, text)
    assert "Métropole Var-Presse" not in names
    assert list(names.values()) == ["epci"]


def test_sole_territory_heading_council_minutes(parties_nlp):
    # an EPCI's council minutes: the EPCI heads the page on its second line, the CTG item names only the Caf
    text = ("Compte rendu sommaire du conseil communautaire du 12 mars 2025\n"
            "Montpellier Méditerranée Métropole\n"
            "Présents : 58 – Représentés : 7 – Absents : 9\n"
            "Point n°7 – Voirie : programme 2025. Adopté à l'unanimité.\n"
            "Point n°8 – Cohésion sociale : renouvellement de la convention territoriale globale avec la Caf de "
            "l'Hérault pour 2025-2029. Adopté à l'unanimité.\n"
            "Point n°9 – Finances : budget annexe. Adopté à la majorité.\n")
    names = partner_names(parties_nlp, text)
    assert list(names.values()) == ["epci"]


def test_town_after_a_venue_and_a_comma_is_a_place(parties_nlp):
    # an agenda line: "Signature ... – Maison de l'Agglo, Saint-Lô": where, not who
    text = ("Agenda de l'agglomération\n"
            "Mercredi 4 juin\n"
            "11h00 – Signature de la convention territoriale globale avec la Caf de la Manche par la Communauté "
            "d'agglomération du Cotentin – Salle du conseil, Cherbourg-en-Cotentin\n"
            "Jeudi 5 juin\n14h00 – Commission voirie\n")
    names = partner_names(parties_nlp, text)
    assert "Cherbourg-en-Cotentin" not in names


def test_town_in_brackets_after_a_facility_is_its_place(parties_nlp):
    # "1 espace de vie sociale (Carlux)": where the facility stands, not a signatory
    text = ("La Communauté de communes Sarlat-Périgord Noir et la Caf de la Dordogne ont signé la CTG le 8 "
            "novembre.\nLe territoire compte 4 crèches, 1 centre social (Sarlat), 1 espace de vie sociale "
            "(Salignac-Eyvigues)\n")
    names = partner_names(parties_nlp, text)
    assert list(names) == ["Communauté de communes Sarlat-Périgord Noir"]


def test_body_beside_the_caf_after_a_is_no_venue(parties_nlp):
    # "liée à la Caf de X et à la MSA Y par une CTG": the MSA is a party, "à la" is no venue here
    text = ("Depuis le 1er mars 2024, la Communauté de communes du Pays de Tulle est liée à la Caf de la Corrèze et "
            "à la MSA du Limousin par une convention territoriale globale, signée le 12 mars à Tulle.")
    names = partner_names(parties_nlp, text)
    assert names.get("MSA du Limousin") == "msa"


def test_representatives_meeting_as_a_steering_committee(parties_nlp):
    # "représentants de la MSA se sont retrouvés ... pour le comité de pilotage": who follows it, not who signs
    text = ("La Communauté de communes du Val d'Ille prépare sa convention territoriale globale. Élus, agents de la "
            "Caf d'Ille-et-Vilaine et représentants de la MSA se sont retrouvés jeudi pour le premier comité de "
            "pilotage de la future convention.")
    names = partner_names(parties_nlp, text)
    assert "MSA" not in names


def test_epci_head_ending_a_line_takes_no_name_from_the_next(parties_nlp):
    # a headline ending on "la Communauté de communes", the next line opening on a date: no EPCI "Le"
    text = ("Cluny signe l'avenant à la CTG de la Communauté de communes\n"
            "Le 14 mai 2024, le maire a signé avec la Caf de Saône-et-Loire l'avenant par lequel la Ville rejoint la "
            "convention territoriale globale du Clunisois.\n")
    names = partner_names(parties_nlp, text)
    assert not any(name.endswith(" Le") for name in names), names


def test_town_after_a_qualified_facility_is_its_place(parties_nlp):
    # "l'école maternelle du Mas": a facility's place, not a signatory
    text = ("Conseil municipal de Tarnos\n"
            "05 – Travaux de l'école maternelle du Mas : demande de subvention.\n"
            "06 – Convention territoriale globale : le conseil autorise le maire à signer la convention avec la Caf "
            "des Landes. Adopté à l'unanimité.\n")
    names = partner_names(parties_nlp, text)
    assert "Le Mas" not in names


def test_numbered_rows_under_a_signing_intro_are_all_parties(parties_nlp):
    # a numbered list of EPCI under "ont signé ... avec la Caf :": each row a signatory, the later ones too
    text = ("Jeudi 14 octobre, à Pamiers, les quatre communautés de communes de la vallée ont signé chacune leur "
            "convention territoriale globale avec la Caf de l'Ariège :\n"
            "1. Communauté de communes de la Haute Ariège\n"
            "2. Communauté de communes du Pays de Tarascon\n"
            "3. Communauté de communes des Portes d'Ariège Pyrénées\n"
            "4. Communauté de communes du Pays de Mirepoix\n"
            "Le diagnostic a mis en évidence une offre d'accueil du jeune enfant qui ne suit pas les horaires "
            "des saisonniers, des jeunes qui quittent la vallée pour leurs études et un isolement croissant des "
            "familles dans les hameaux. Les fiches actions communes aux quatre conventions ont été présentées "
            "par les présidents.\n")
    names = partner_names(parties_nlp, text)
    assert len([t for t in names.values() if t == "epci"]) == 4, names


def test_body_associated_without_signing_is_no_party(parties_nlp):
    # "Le syndicat X, qui a coordonné ..., a été associé à la démarche sans être signataire"
    text = ("La Communauté de communes du Pays de Mirepoix et la Caf de l'Ariège ont signé la convention "
            "territoriale globale le 3 mai. Le syndicat mixte du Pays des Pyrénées Cathares, qui a coordonné le "
            "diagnostic à l'échelle du pays, a été associé à la démarche sans être signataire.")
    names = partner_names(parties_nlp, text)
    assert list(names.values()) == ["epci"], names


def test_town_of_a_departemental_ctg_photo_is_a_place(parties_nlp):
    # a départemental CTG signed by "Le Département, la Caf et la MSA": the one town named is where, not who
    text = ("SOLIDARITÉS\n"
            "Le Département, la Caf du Lot et la MSA Midi-Pyrénées Nord ont signé le 3 mars une convention "
            "territoriale globale à l'échelle du département.\n"
            "La convention court jusqu'en 2027.\n"
            "Photo : la signature à l'Hôtel du Département, à Cahors.\n")
    names = partner_names(parties_nlp, text)
    assert "Cahors" not in names
    assert names.get("Lot") == "departement"


def test_territory_whose_ctg_is_being_renewed_is_another_convention(parties_nlp):
    # beside the page's signings, "Celle de X est en cours de renouvellement": another convention's territory
    text = ("Le 12 juin, la Caf de l'Aude a signé deux conventions territoriales globales : avec la Communauté de "
            "communes du Limouxin le matin, avec la Communauté de communes de la Piège au Razès l'après-midi.\n"
            "Le département compte désormais 9 territoires couverts. Celle de Carcassonne Agglo est en cours de "
            "renouvellement.")
    names = partner_names(parties_nlp, text)
    assert not any("Carcassonne" in name for name in names), names


def test_epci_named_by_its_one_word_after_an_article(parties_nlp):
    # "Le Grésivaudan signe sa CTG ... le président du Grésivaudan": the EPCI by the one word only its name holds
    text = ("Le Grésivaudan signe sa convention territoriale globale avec la Caf de l'Isère\n"
            "La CTG a été signée ce jeudi par le président du Grésivaudan et le directeur de la Caf de l'Isère.")
    names = partner_names(parties_nlp, text)
    assert names == {"Communauté de communes Le Grésivaudan": "epci"}


def test_towns_between_which_a_territory_lies_are_its_ends(parties_nlp):
    # "43 communes entre Grenoble et Chambéry": a landscape's ends in a sentence that signs nothing
    text = ("La Communauté de communes Le Grésivaudan et la Caf de l'Isère ont signé la CTG jeudi.\n"
            "Avec 43 communes entre Grenoble et Chambéry, le territoire présente de forts contrastes.")
    names = partner_names(parties_nlp, text)
    assert "Grenoble" not in names


def test_dated_bullets_under_a_signing_intro_are_all_parties(parties_nlp):
    # "• le 5 décembre avec la Communauté de communes X ;": each dated row of the list a signatory
    text = ("En décembre, la Caf du Tarn a signé trois conventions territoriales globales :\n"
            "• le 5 décembre avec la Communauté de communes du Lautrécois et du Pays d'Agout ;\n"
            "• le 12 décembre avec la Communauté de communes Sor et Agout ;\n"
            "• le 19 décembre avec la Communauté de communes du Cordais et du Causse.\n"
            "Toutes trois couvrent la période 2023-2027. Elles reposent sur des diagnostics réalisés au cours de "
            "l'année avec les élus et les partenaires locaux, dans les écoles, les crèches et les centres sociaux "
            "de chaque territoire.\n")
    names = partner_names(parties_nlp, text)
    assert len([t for t in names.values() if t == "epci"]) == 3, names


def test_towns_given_as_examples_of_a_count_are_no_parties(parties_nlp):
    # "N communes et intercommunalités ont déjà signé une CTG avec la Caf, dont X et Y": examples of earlier
    # signatories on a page about the Département's own convention
    text = ("Le Département et la Caf lancent le diagnostic de leur future convention territoriale globale.\n"
            "Le Conseil départemental de l'Essonne et la Caf de l'Essonne ont réuni le 3 avril une centaine "
            "d'acteurs pour lancer les travaux d'une convention territoriale globale départementale.\n"
            "Rappel : dans l'Essonne, 30 communes et intercommunalités ont déjà signé une CTG avec la Caf, dont "
            "Évry-Courcouronnes et Massy.")
    names = partner_names(parties_nlp, text)
    assert "Massy" not in names and "Évry-Courcouronnes" not in names, names


def test_town_naming_a_business_park_is_its_place(parties_nlp):
    # council minutes: "Vente d'un lot sur la zone d'activités des Échelles" names a park, not a signatory
    text = ("Compte rendu du conseil communautaire du 7 avril 2022\n"
            "1.1 Convention territoriale globale : le conseil autorise le président à signer la CTG avec la Caf de "
            "l'Indre. Adopté à l'unanimité.\n"
            "2.1 Vente d'un lot sur la zone d'activités des Échelles\n"
            "Le conseil approuve la vente. Adopté à l'unanimité.\n")
    names = partner_names(parties_nlp, text)
    assert "Les Échelles" not in names, names


def test_common_noun_opening_a_line_before_its_complement_is_no_town(parties_nlp):
    # a bulletin's briefs: "Fête de la musique : ..." opens on a word that is also a commune's name
    text = ("LECTOURE – Le journal municipal – Juillet 2024\n"
            "EN BREF\n"
            "Fête de la musique : merci aux bénévoles, plus de 400 personnes présentes !\n"
            "Caf : notre commune rejoint la CTG\n"
            "Par un avenant signé le 18 juin 2024, Lectoure a rejoint la convention territoriale globale de la "
            "Communauté de communes de la Lomagne Gersoise et de la Caf du Gers.\n")
    names = partner_names(parties_nlp, text)
    assert not any("Fête" in name for name in names), names


def test_mayor_signing_off_a_first_person_editorial(parties_nlp):
    # "j'ai signé avec la Caf une Convention territoriale globale" above the sign-off "Maire de X"
    text = ("Édito du maire\n"
            "Chères Ruthénoises, chers Ruthénois,\n"
            "L'été s'achève et notre ville se prépare à une rentrée chargée.\n"
            "Le 4 juillet dernier, j'ai signé avec la Caisse d'allocations familiales de l'Aveyron une Convention "
            "territoriale globale qui engage nos deux institutions jusqu'en 2027.\n"
            "Bonne rentrée à toutes et à tous.\n"
            "Christian Teyssèdre\n"
            "Maire de Rodez\n")
    names = partner_names(parties_nlp, text)
    assert names == {"Rodez": "commune"}, names
