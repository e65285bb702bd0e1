"""Parties: classes of unseen pages read in session 15 (written sets read_as to read_av), one example each, written
for these tests (never taken from the gold texts nor the written sets)."""

from __future__ import annotations

from conftest import partner_names


def test_mayors_present_who_sign_too_in_a_relative_clause(parties_nlp):
    # "en présence des maires de A, B et C, qui l'ont également paraphée": attending and signing, the relative
    # clause closing the list tells it of every town listed
    text = ("La convention territoriale globale entre la Caf de la Nièvre et la communauté de communes Morvan "
            "Sommets et Grands Lacs a été signée lundi à la salle des fêtes, en présence des maires de "
            "Château-Chinon (Ville), Montsauche-les-Settons, Ouroux-en-Morvan et Lormes, qui l'ont également "
            "paraphée. Elle court jusqu'en 2027.")
    names = partner_names(parties_nlp, text)
    for town in ("Montsauche-les-Settons", "Ouroux-en-Morvan", "Lormes"):
        assert names.get(town) == "commune"


def test_mayors_present_who_sign_too_after_a_venue(parties_nlp):
    # the list follows the room where the signing takes place ("à la salle X, en présence des maires de A, B et C,
    # qui signent également la convention"): the first town is no venue when the clause says they sign
    text = ("La convention territoriale globale qui nous lie à la Caf de la Haute-Saône sera renouvelée le 4 avril à "
            "la salle polyvalente, en présence des maires de Melisey, Servance-Miellin et Fresse, qui signent "
            "également la convention.")
    names = partner_names(parties_nlp, text)
    for town in ("Melisey", "Servance-Miellin", "Fresse"):
        assert names.get(town) == "commune"


def test_other_ctgs_to_be_renewed_in_a_year(parties_nlp):
    # a closing note on other territories' conventions: "les CTG de X et de Y seront renouvelées en 2027"
    text = ("La communauté d'agglomération de Saint-Quentin et la Caf de l'Aisne ont signé jeudi leur convention "
            "territoriale globale pour 2024-2028. À noter : les CTG de la communauté d'agglomération du Soissonnais "
            "et de la communauté de communes du Pays de la Serre seront renouvelées en 2025.")
    names = partner_names(parties_nlp, text)
    assert list(names.values()) == ["epci"]


def test_other_ctg_reaching_its_term(parties_nlp):
    # "la CTG de X, signée en 2019, arrive à échéance l'an prochain": another territory's convention
    text = ("La ville de Vierzon et la Caf du Cher ont signé lundi une convention territoriale globale pour "
            "2023-2027. Par ailleurs, la CTG de la commune de Bourges, signée en 2019, arrive à échéance l'an "
            "prochain.")
    names = partner_names(parties_nlp, text)
    assert names == {"Vierzon": "commune"}


def test_towns_preparing_their_ctg_too(parties_nlp):
    # "A, B et C préparent aussi leur CTG": other towns' conventions in preparation
    text = ("La Ville d'Aubervilliers et la Caf de la Seine-Saint-Denis ont signé mardi une convention territoriale "
            "globale pour 2024-2027. Dans le département, Bobigny, Bondy et Pantin préparent aussi leur CTG.")
    names = partner_names(parties_nlp, text)
    assert names == {"Aubervilliers": "commune"}


def test_other_epcis_that_signed_their_ctg_in_an_earlier_year(parties_nlp):
    # "Les autres intercommunalités du secteur, X et Y, ont signé leur CTG en 2021"
    text = ("La communauté de communes du Pays de Salers a signé mardi sa convention territoriale globale avec la Caf "
            "du Cantal, pour 2024-2027. Les autres intercommunalités du secteur, Sumène Artense et Hautes Terres "
            "Communauté, ont signé leur CTG en 2021.")
    names = partner_names(parties_nlp, text)
    assert list(names.values()) == ["epci"]


def test_caf_that_already_signed_ctgs_with_others(parties_nlp):
    # "La Caf a déjà signé des CTG avec X et Y": the Caf's earlier conventions, not this one's parties
    text = ("La communauté de communes du Haut-Béarn et la Caf du Béarn et de la Soule ont signé vendredi une "
            "convention territoriale globale pour 2024-2027. La Caf a déjà signé des CTG avec la Communauté "
            "d'agglomération Pau Béarn Pyrénées et la Communauté de communes de Lacq-Orthez.")
    names = partner_names(parties_nlp, text)
    assert list(names.values()) == ["epci"]


def test_territories_that_signed_before_then_ce_sont(parties_nlp):
    # "Après X et Y en 2022, ce sont deux intercommunalités qui ont signé": those it follows signed before
    text = ("La Caf de la Meuse poursuit le déploiement des conventions territoriales globales. Après la communauté "
            "d'agglomération du Grand Verdun et celle de Bar-le-Duc en 2022, ce sont deux intercommunalités rurales "
            "qui ont signé leur CTG le 12 mars : la Communauté de communes de l'Aire à l'Argonne et la Communauté "
            "de communes du Sammiellois.")
    names = partner_names(parties_nlp, text)
    assert "Bar-le-Duc" not in names
    assert len(names) == 2 and set(names.values()) == {"epci"}


def test_towns_a_signed_ctg_covers_are_no_signatories(parties_nlp):
    # "ont signé la CTG couvrant les communes de A, B et C": the EPCI's area, its towns not said to sign
    text = ("Le 3 avril, au siège de la communauté d'agglomération du Grand Montauban, le président de "
            "l'agglomération et la directrice de la Caf de Tarn-et-Garonne ont signé la convention territoriale "
            "globale couvrant les communes de Montbeton, Lacourt-Saint-Pierre et Albefeuille-Lagarde.")
    names = partner_names(parties_nlp, text)
    assert list(names.values()) == ["epci"]


def test_towns_in_brackets_after_an_epci_are_its_members(parties_nlp):
    # "la Communauté de communes X (A, B, C...) s'engage aux côtés de la Caf": the brackets say where X lies
    text = ("Deux conventions territoriales globales ont été signées le 14 mai avec la Caf de la Savoie. La "
            "Communauté de communes Cœur de Savoie et la Communauté de communes du Lac d'Aiguebelette (Novalaise, "
            "Lépin-le-Lac, Nances...) s'engagent aux côtés de la Caf pour 2024-2028.")
    names = partner_names(parties_nlp, text)
    assert set(names.values()) == {"epci"}


def test_bodies_of_a_committee_following_the_ctg(parties_nlp):
    # "Elle sera suivie par un comité réunissant élus, Caf et partenaires (Département, Éducation nationale)": who
    # follows the convention, not who signs it
    text = ("La communauté de communes du Grésivaudan et la Caf de l'Isère ont signé vendredi leur convention "
            "territoriale globale pour 2024-2027. Elle sera suivie par un comité réunissant élus, Caf et "
            "partenaires (Éducation nationale, Département de l'Isère, associations), deux fois par an.")
    names = partner_names(parties_nlp, text)
    assert list(names.values()) == ["epci"]


def test_towns_in_a_list_of_districts_are_districts(parties_nlp):
    # "les habitants des quartiers de A, de B et de Saint-Jean": districts of the town, one bearing a far commune's
    # name
    text = ("Le maire de Bastia et la directrice de la Caf de la Haute-Corse ont signé mercredi la convention "
            "territoriale globale. Elle a été préparée avec les services municipaux, les associations et les "
            "habitants des quartiers des Arbres, de Lupino et de Saint-Jean.")
    names = partner_names(parties_nlp, text)
    assert names == {"Bastia": "commune"}


def test_unaccented_venue_after_signature(parties_nlp):
    # pages typed without accents: "present a la signature a X" is where, not who
    text = ("La CTG a ete signee le 5 juillet entre la Caf de la Meuse et la communaute de communes du Pays de "
            "Stenay et du Val Dunois. Mr le Maire etait present a la signature a Dun-sur-Meuse avec les autres "
            "maires de la communaute de communes.")
    names = partner_names(parties_nlp, text)
    assert "Dun-sur-Meuse" not in names


def test_contact_sentence_after_a_question(parties_nlp):
    # "Vous êtes élu ? Contactez le conseiller de votre secteur : A, B ou C": where to meet, on an explainer
    text = ("Dans le Gers, la Caf et la communauté de communes de la Lomagne gersoise ont signé en mars leur "
            "convention territoriale globale. Vous êtes élu et souhaitez en savoir plus ? Contactez le conseiller "
            "territorial de votre secteur : Auch, Condom ou Mirande.")
    names = partner_names(parties_nlp, text)
    assert set(names.values()) == {"epci"}


def test_epcis_of_an_overview_of_coverage_are_examples(parties_nlp):
    # "les neuf intercommunalités du département sont couvertes par une CTG, de la CA X à la CC Y": an overview
    text = ("La Convention territoriale globale, c'est quoi ?\n"
            "La CTG est une démarche de partenariat entre la Caf et une collectivité.\n"
            "Depuis 2023, les huit intercommunalités du département sont couvertes par une CTG, de la Communauté "
            "d'agglomération du Grand Cahors à la Communauté de communes du Grand Figeac.")
    names = partner_names(parties_nlp, text)
    assert names == {}
    # (an EPCI under a name the gazetteer does not hold, its former one, is an example too)
    names = partner_names(parties_nlp, text.replace("du Grand Cahors", "du Pays de Cahors et du Quercy Blanc"))
    assert names == {}


def test_epci_name_stops_before_the_next_epci_head(parties_nlp):
    # "de la Communauté d'agglomération X à la Communauté de communes Y": two names, not one running over "à la"
    text = ("La Caf de l'Ardèche a signé hier deux conventions territoriales globales, de la Communauté "
            "d'agglomération du Bassin de Privas à la Communauté de communes du Pays de Vernoux.")
    doc = parties_nlp(text)
    mentions = [span.text for span in doc.spans["partners"]]
    assert mentions and not any(" à la Communauté" in m for m in mentions)


def test_whole_list_of_towns_in_brackets_stays(parties_nlp):
    # a whole list in a CTG's title ("la CTG de la CC X (A, B, C et D) et de la Caf") may name its signatory towns:
    # only an open list ("A, B...") reads as examples of the area
    text = ("Convention territoriale globale de la Communauté de communes du Lac d'Aiguebelette (Novalaise, "
            "Lépin-le-Lac et Nances) et de la Caf de la Savoie, signée le 14 mai 2024 – période 2024-2028")
    names = partner_names(parties_nlp, text)
    assert names.get("Novalaise") == "commune"


def test_towns_in_a_list_of_facilities_are_places(parties_nlp):
    # "des permanences sur les marchés de A et de B": the first place no commune the gazetteer reads, the next one is
    # a place all the same
    text = ("La communauté de communes du Pays de Mirepoix prépare sa convention territoriale globale avec la Caf "
            "de l'Ariège. Un questionnaire est en ligne ; des permanences sont prévues sur les marchés de la "
            "bastide et de Lavelanet.")
    names = partner_names(parties_nlp, text)
    assert "Lavelanet" not in names


def test_bodies_grouped_in_a_facility_are_no_signatories(parties_nlp):
    # "un accueil unique, regroupant la Caf, le CCAS et France Travail, ouvrira en 2026": who works there
    text = ("La Ville de Tourcoing et la Caf du Nord ont signé le 12 décembre leur convention territoriale globale "
            "pour 2025-2029. Un guichet unique, regroupant la Caf, le CCAS et la Maison de l'emploi, ouvrira en "
            "2026 au centre-ville.")
    names = partner_names(parties_nlp, text)
    assert names == {"Tourcoing": "commune"}


def test_sectors_of_the_cafs_advisers_are_no_parties(parties_nlp):
    # "Contactez le conseiller territorial de votre secteur (A, B ou C)": the Caf's sectors, on an explainer
    text = ("Comment s'engager dans une convention territoriale globale ?\n"
            "Les communes et intercommunalités de l'Yonne peuvent signer une CTG avec la Caf.\n"
            "Qui contacter ? Le conseiller territorial de la Caf référent de votre secteur (Auxerre, Sens, "
            "Avallon ou Tonnerre).")
    names = partner_names(parties_nlp, text)
    assert names == {}


def test_elected_officials_of_towns_at_a_steering_committee(parties_nlp):
    # "Élus de A, B et C, services de la Caf ... ont fait le point": who attends a committee, the towns of the EPCI
    text = ("Le comité de pilotage de la convention territoriale globale de la Communauté de communes du "
            "Pays de Lunel s'est réuni le 4 mars. Élus de Marsillargues, Lansargues et Saint-Just, services de la "
            "Caf et associations ont fait le point sur les actions engagées.")
    names = partner_names(parties_nlp, text)
    assert set(names.values()) <= {"epci"}


def test_town_hall_before_which_signatories_pose_is_a_venue(parties_nlp):
    # a photo's caption: "les signataires devant la mairie de X"
    text = ("Mardi, la communauté de communes du Pays de Lumbres et la Caf du Pas-de-Calais ont signé leur "
            "convention territoriale globale.\nPhoto : les signataires devant la mairie d'Elnes.")
    names = partner_names(parties_nlp, text)
    assert "Elnes" not in names


def test_epci_naming_an_advisers_sector_is_no_party(parties_nlp):
    # "le chargé de coopération de votre secteur (X Métropole, A, B)": an EPCI naming a sector too
    text = ("Comment s'engager dans une convention territoriale globale ?\n"
            "Les communes et intercommunalités peuvent signer une CTG avec la Caf de la Côte-d'Or.\n"
            "Où m'informer ? Contactez le chargé de coopération territoriale de votre secteur (Dijon Métropole, "
            "Châtillon-sur-Seine, Semur-en-Auxois).")
    names = partner_names(parties_nlp, text)
    assert names == {}


def test_mayors_of_the_n_communes_listed_elsewhere_sign_too(parties_nlp):
    # "les trois communes (A, B, C)" in one paragraph, "Le texte a également été signé par les maires des trois
    # communes" in another: the towns listed are those that signed
    text = ("La communauté de communes du Pays de Gex et la Caf de l'Ain ont signé mercredi leur convention "
            "territoriale globale pour 2025-2029. Elle prévoit un accueil périscolaire harmonisé dans les trois "
            "communes (Divonne-les-Bains, Gex, Cessy). Un relais petite enfance itinérant complétera l'offre. Le "
            "texte a également été signé par les maires des trois communes.")
    names = partner_names(parties_nlp, text)
    for town in ("Divonne-les-Bains", "Gex", "Cessy"):
        assert names.get(town) == "commune"


def test_signatories_around_a_hosting_mayor(parties_nlp):
    # a photo's caption: "Les signataires réunis autour du maire de X", the host of an EPCI's signing
    text = ("Mardi, la communauté de communes du Haut-Allier, la Caf de la Haute-Loire et la MSA Auvergne ont signé "
            "la convention territoriale globale du territoire, pour 2024-2027.\n"
            "Légende : les signataires réunis autour du maire de Langeac.")
    names = partner_names(parties_nlp, text)
    assert "Langeac" not in names


def test_rows_of_an_overview_with_mixed_states(parties_nlp):
    # a Caf's table of its CTGs, some signed, some in preparation: an overview, no signing told
    text = ("Les conventions territoriales globales dans le Tarn\n"
            "Où en est-on ?\n"
            "Territoire | Statut | Période\n"
            "Communauté d'agglomération de l'Albigeois | Signée | 2022-2026\n"
            "Communauté d'agglomération Castres Mazamet | Signée | 2023-2027\n"
            "Communauté de communes du Carmausin-Ségala | En cours de diagnostic | –\n"
            "Vous êtes élu ? Contactez la Caf du Tarn.")
    names = partner_names(parties_nlp, text)
    assert names == {}


def test_related_links_box_above_the_story(parties_nlp):
    # a box of related headlines between the headline and the story ("À lire aussi\nTown : headline"): other
    # stories, their towns and EPCI no party of this one
    text = ("Accueil » Cantal » Aurillac\n"
            "Châtaigneraie cantalienne : la convention territoriale globale signée\n"
            "Publié le 05/03/2024 à 10h12\n"
            "À lire aussi\n"
            "Saint-Flour : la piscine rouvre ses portes\n"
            "Mauriac : Pays de Mauriac lance le diagnostic de sa CTG\n"
            "La Communauté de communes de la Châtaigneraie Cantalienne, la Caf du Cantal et la MSA Auvergne ont "
            "signé lundi la convention territoriale globale qui les liera jusqu'en 2028, au terme d'un an de "
            "diagnostic partagé avec les familles du territoire.")
    names = partner_names(parties_nlp, text)
    assert set(names) == {"Communauté de communes de la Châtaigneraie Cantalienne", "MSA Auvergne"}


def test_towns_that_started_the_same_process(parties_nlp):
    # "Les communes de A et de B ont engagé la même démarche": other towns' conventions to come
    text = ("La Ville de Saint-Paul et la Caf de La Réunion ont signé hier leur convention territoriale globale. "
            "Les communes de Saint-Leu et des Avirons ont engagé la même démarche ; leurs conventions devraient "
            "être signées l'an prochain.")
    names = partner_names(parties_nlp, text)
    assert names == {"Saint-Paul": "commune"}


def test_span_of_epcis_covered_is_no_party(parties_nlp):
    # "Toutes les intercommunalités, de X à Y, sont couvertes": the ends of an overview's span, EPCI too
    text = ("La Caf de l'Aveyron a présenté mardi le bilan des conventions territoriales globales. Toutes les "
            "intercommunalités du département, de Millau Grands Causses à Decazeville Communauté, sont désormais "
            "couvertes.")
    names = partner_names(parties_nlp, text)
    assert names == {}
