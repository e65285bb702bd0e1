"""Session 21, document themes: classes of CTG pages the finder misread on read_bk (amendments, département-wide
conventions, officials' quotes, explainers answered by the territory's own convention), each with an inline example
written for these tests, on a blank French pipeline."""

from __future__ import annotations

from conftest import found_labels, phrase_labels

from ctgminer.text.normalise import unwrap_lines


def test_an_amendments_page_names_the_amended_conventions_fields_told_in_the_imperfect(finder):
    # a council's report on prolonging the convention "dans les mêmes termes": what it covered is what it goes on covering
    text = ("Communauté de communes du Haut-Jura – Conseil du 9 décembre 2024\nPoint n°12 : Avenant de prolongation de "
            "la Convention territoriale globale\nLa convention signée en 2020 avec la Caf du Jura arrive à échéance le "
            "31 décembre 2024. Elle portait sur trois champs : l'accueil du jeune enfant, les loisirs des adolescents "
            "et le soutien aux parents.\nLa Caf propose de la prolonger d'un an dans les mêmes termes.\nVote : "
            "unanimité.")
    assert {"petite_enfance", "jeunesse", "parentalite"} <= phrase_labels(finder(unwrap_lines(text)))


def test_on_an_amendments_page_the_future_conventions_fields_are_another_conventions(finder):
    text = ("Communauté de communes du Haut-Jura\nAvenant de prolongation de la CTG\nLa convention est prolongée d'un "
            "an, jusqu'au 31 décembre 2025, sans changement.\nLa future CTG 2026-2030 devrait intégrer le logement "
            "des jeunes travailleurs.\nLe président signera l'avenant en janvier.")
    assert "logement" not in found_labels(finder(unwrap_lines(text)))


def test_a_renewal_page_keeps_the_former_conventions_fields_told_in_the_imperfect_out(finder):
    # no amendment in the headlines: "Elle portait sur ..." is the first convention, history
    text = ("Haut-Jura : une deuxième CTG signée\nLa communauté de communes et la Caf du Jura ont signé lundi leur "
            "nouvelle convention territoriale globale.\nUne première convention avait été signée en 2018. Elle "
            "portait sur l'accueil du jeune enfant et le soutien aux parents.\nLa nouvelle convention porte sur "
            "l'accès aux droits et le logement.")
    labels = found_labels(finder(unwrap_lines(text)))
    assert {"acces_aux_droits", "logement"} <= labels and not {"petite_enfance", "parentalite"} & labels


def test_a_convention_signed_on_a_dated_day_covering_fields_is_this_one_not_ctgs_in_general(finder):
    # "ont signé le 3 mai 2021 une CTG couvrant ..." (an amendment's deliberation recalls the convention it amends)
    text = ("Bureau communautaire du 4 avril 2024\nObjet : avenant n°1 à la CTG – intégration d'une commune\nExposé des "
            "motifs :\nLa communauté de communes et la Caf de l'Ain ont signé le 3 mai 2021 une Convention "
            "territoriale globale couvrant la petite enfance, l'enfance, la jeunesse et le soutien à la parentalité.\nLe Bureau "
            "approuve l'avenant.")
    assert {"petite_enfance", "enfance", "parentalite"} <= phrase_labels(finder(unwrap_lines(text)))


def test_the_conventions_the_territories_below_signed_are_not_the_departements(finder):
    # a département-wide convention's news: the intercommunal CTGs stay the frame for other fields
    text = ("La Lozère signe sa convention territoriale globale départementale\nLe Département et la Caf de la Lozère "
            "ont signé jeudi la convention départementale, qui porte sur l'insertion des allocataires du RSA et la "
            "prévention des expulsions.\nLa directrice a rappelé que les CTG signées avec les communautés de communes "
            "« restent le cadre des actions pour la petite enfance, les adolescents et les centres sociaux ».")
    labels = found_labels(finder(unwrap_lines(text)))
    assert "insertion" in labels and not {"petite_enfance", "jeunesse", "animation_vie_sociale"} & labels


def test_who_came_to_the_signing_is_no_enumeration_of_fields(finder):
    text = ("Saint-Claude\nLa CTG est signée\nLa salle était pleine mardi soir : élus des 20 communes, responsables de "
            "crèches, de centres sociaux et d'associations sportives. La convention territoriale globale signée avec la "
            "Caf du Jura porte sur l'accès aux droits et le logement.")
    labels = phrase_labels(finder(unwrap_lines(text)))
    assert {"acces_aux_droits", "logement"} <= labels and not {"petite_enfance", "animation_vie_sociale"} & labels


def test_a_service_kept_outside_the_convention_is_no_field_of_it(finder):
    # a magazine's questions: "Et le numérique ?" answered by a service funded "hors convention"
    text = ("Le Mag du Grandvaux\nCTG : la feuille de route\nSignée en mars avec la Caf du Jura, la convention territoriale "
            "globale court jusqu'en 2028.\nQuelles priorités ?\nDeux chantiers : l'accueil des tout-petits et le "
            "soutien aux parents.\nEt l'accès aux droits ?\nIl reste assuré par l'espace France services de Morez, "
            "financé par l'État hors convention.")
    labels = found_labels(finder(unwrap_lines(text)))
    assert {"petite_enfance", "parentalite"} <= labels and "acces_aux_droits" not in labels


def test_a_surveys_aim_to_learn_the_readers_needs_names_no_field(finder):
    text = ("Donnez votre avis !\nCommunauté de communes de la Petite Montagne – 3 mars 2023\nPour préparer sa future "
            "convention territoriale globale avec la Caf du Jura, la communauté de communes lance une enquête.\n"
            "Objectif : mieux connaître vos besoins en matière de garde d'enfants, de loisirs et de vie sociale.\n"
            "Le questionnaire est en ligne jusqu'au 30 avril.")
    assert phrase_labels(finder(unwrap_lines(text))) == set()


def test_an_explainer_question_answered_by_the_territorys_own_convention_opens_no_generic_section(finder):
    # a territory's CTG page: "Qu'est-ce que la CTG ?" answered by its own contract with the Caf, then its axes
    text = ("Communauté de communes du Pays des Lacs\nNos services › Familles › La CTG\nQu'est-ce que la CTG ?\nUn contrat "
            "de partenariat entre la Communauté de communes et la Caf du Jura, pour quatre ans.\nNos engagements\nAvec "
            "la CTG, nous nous attachons à :\n→ ouvrir des places en crèche à Clairvaux\n→ proposer des activités aux "
            "adolescents pendant les vacances\n→ soutenir les parents par des ateliers\nContact : service familles")
    assert {"petite_enfance", "jeunesse", "parentalite"} <= phrase_labels(finder(unwrap_lines(text)))


def test_one_quotation_holding_an_officials_objectives_in_the_infinitive_gives_each_item(finder):
    text = ("Dole\nLa Ville signe sa CTG avec la Caf\nLa Ville de Dole et la Caf du Jura ont signé mardi leur convention "
            "territoriale globale 2024-2028. Pour l'adjointe aux familles, le cap est clair : « ouvrir des places en "
            "crèche, occuper les mercredis des enfants, donner aux adolescents un lieu à eux, et ne laisser aucun "
            "parent seul face aux difficultés ».")
    doc = finder(unwrap_lines(text))
    found = {span.text for span in doc.spans["theme_phrases"]}
    assert {"ouvrir des places en crèche", "donner aux adolescents un lieu à eux"} <= found


def test_one_quoted_remark_with_commas_is_not_split_into_items(finder):
    # a director's words after a colon, no objectives: "« on a signé avec Dole, il y a des quartiers prioritaires ... »"
    text = ("Lons-le-Saunier\nLa Ville signe sa CTG\nLa Ville et la Caf du Jura ont signé mardi la convention territoriale "
            "globale.\nCôté Caf, le directeur rappelle que le Jura a été l'un des premiers à s'engager : « on a déjà "
            "signé avec Dole, avec plusieurs communautés de communes, il y a des quartiers prioritaires, il y a un vrai "
            "sujet sur la parentalité ».")
    doc = finder(unwrap_lines(text))
    found = {span.text for span in doc.spans["theme_phrases"]}
    assert "il y a des quartiers prioritaires" not in found


def test_a_flattened_table_with_an_objectives_column_after_the_field_column_gives_the_ranked_fields(finder):
    # an annex's table flattened to one cell a line: "Orientation / Objectifs opérationnels / Pilote", rows ranked
    text = ("Projet social de territoire – annexe à la convention territoriale globale\nTableau 2 – Orientations\n"
            "Orientation\nObjectifs opérationnels\nPilote\n1. Petite enfance\nOuvrir une micro-crèche à Foncine\n"
            "Communauté de communes\n2. Jeunesse\nCréer un accueil ados itinérant\nService jeunesse\n3. Accès au "
            "numérique\nFormer les agents d'accueil des mairies\nFrance services\nPage 3/8")
    doc = finder(unwrap_lines(text))
    found = {span.text for span in doc.spans["theme_phrases"]}
    assert {"Petite enfance", "Jeunesse", "Accès au numérique"} <= {text.split(". ", 1)[-1] for text in found}
    assert "acces_aux_droits" not in found_labels(doc)  # the pilot's column: "France services" is no field
