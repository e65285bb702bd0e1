"""Session 20b, document themes: classes of CTG pages the finder missed on read_bn / read_bo, each with an inline
example written for these tests, on a blank French pipeline."""

from __future__ import annotations

from conftest import found_labels, phrase_labels

from ctgminer.text.normalise import unwrap_lines


def test_a_question_heading_in_inverted_form_heads_the_list_below(finder):
    # a magazine's question with the noun first ("Ces objectifs, quels sont-ils ?") over an arrowed list
    text = ("Bulletin de Lamoura\nLa CTG signée\nLa commune a signé sa CTG avec la Caf du Jura le 3 mai 2024.\n"
            "Ces objectifs, quels sont-ils ?\n→ Ouvrir une micro-crèche au bourg\n→ Proposer des activités aux "
            "adolescents le samedi\n→ Créer un point d'accès numérique en mairie\n→ Soutenir les parents isolés\n"
            "Contact : mairie")
    assert {"petite_enfance", "jeunesse", "inclusion_numerique", "parentalite"} <= phrase_labels(finder(unwrap_lines(text)))


def test_which_subjects_will_be_taken_up_is_this_conventions_question_not_an_explainers(finder):
    # on a page of questions opened by "C'est quoi une CTG ?", "Quels sujets seront abordés ?" asks about this one
    text = ("Commune de Lamoura\nLa CTG en questions\nC'est quoi une CTG ?\nC'est un accord entre la Caf de l'Ain et la "
            "commune pour plusieurs années.\nOù en est-on ?\nLe diagnostic est en cours, un questionnaire est en ligne "
            "jusqu'au 30 avril.\nQuels "
            "sujets seront abordés ?\nLes ateliers portent sur la garde des tout-petits, les activités des adolescents, "
            "l'aide aux parents et l'accès au numérique.\nEt après ?\nLa signature est prévue en juin.")
    assert {"petite_enfance", "jeunesse", "parentalite", "inclusion_numerique"} <= phrase_labels(finder(unwrap_lines(text)))


def test_a_councils_recital_of_the_conventions_object_is_this_one_whatever_general_words_follow(finder):
    # "Considérant que la convention a pour objet de ... en matière de X, de Y et de Z, en complément des CTG signées
    # par les Caf ..." (a departmental CTG's deliberation; "les Caf" alone would make the sentence general)
    text = ("DÉPARTEMENT DU JURA\nCommission permanente du 4 avril 2025\nObjet : convention territoriale globale "
            "départementale 2025-2028\nLA COMMISSION PERMANENTE,\nVu le code général des collectivités territoriales,\n"
            "Considérant que la convention a pour objet d'organiser, sur le territoire départemental, l'action des "
            "partenaires en matière d'accueil du jeune enfant, de loisirs des adolescents, d'aide aux parents et "
            "d'accès aux droits, en appui des conventions signées par les Caf avec les communes,\nDÉCIDE :\nArticle "
            "1 : d'approuver la convention.")
    assert {"petite_enfance", "jeunesse", "parentalite", "acces_aux_droits"} <= phrase_labels(finder(unwrap_lines(text)))


def test_fields_told_in_spoken_style_one_repeated_verb_each(finder):
    # an official quoted by a local paper: "on parle des ados, on parle des parents, on parle de l'accès aux droits",
    # after a past clause ("on avait un CEJ depuis 2010") that does not make them the past
    text = ("JURA > MOREZ\nLa communauté de communes signe sa CTG\nPublié le 12/03/2024\nLes maires étaient réunis lundi "
            "pour signer la convention territoriale globale avec la Caf du Jura.\n« On avait un CEJ depuis 2010, là "
            "c'est plus large, on parle des tout-petits, on parle aussi des adolescents, on parle de l'accès aux "
            "droits, parce que la Caf est loin », a dit le président.\nLa Caf versera 300 000 euros par an.")
    assert {"petite_enfance", "jeunesse", "acces_aux_droits"} <= phrase_labels(finder(unwrap_lines(text)))


def test_a_repeated_verb_outside_any_quote_or_story_of_the_convention_names_no_field(finder):
    text = ("Forum des associations\nSamedi au gymnase, on parle des clubs de sport, on parle des sorties des "
            "enfants, on parle des parents bénévoles.\nEntrée libre.")
    assert phrase_labels(finder(unwrap_lines(text))) == set()


def test_an_inline_list_separated_by_slashes_whose_brackets_hold_commas(finder):
    # a web brief: "Au programme : a / b (x, y, z) / c / d", each slashed item one phrase, the bracket kept whole
    text = ("COMMUNAUTÉ DE COMMUNES DU PAYS DE SALERS\nCTG : C'EST SIGNÉ\nLa convention territoriale globale avec la Caf "
            "du Cantal a été signée le 2 février 2021 pour 2021-2025.\nAu programme : accueil du jeune enfant / loisirs "
            "des enfants (mercredis, vacances, séjours) / soutien aux parents / accès au numérique (ateliers, tablettes)"
            "\nPublié le 05/02/2021")
    doc = finder(unwrap_lines(text))
    found = {span.text for span in doc.spans["theme_phrases"]}
    assert {"loisirs des enfants (mercredis, vacances, séjours)", "accès au numérique (ateliers, tablettes)"} <= found


def test_section_headings_on_how_the_convention_is_run_or_paid_name_no_field(finder):
    # a territory's page on its CTG: the axes, then "Une gouvernance partagée" and "Les financements" over paragraphs
    text = ("Communauté de communes du Val de Morteau\nLa convention territoriale globale 2024-2028\nLe 4 mars 2024, la "
            "communauté de communes et la Caf du Doubs ont signé la convention territoriale globale pour cinq ans.\n"
            "Les axes du projet\nAXE 1 – Petite enfance : ouvrir une micro-crèche à Grand'Combe.\nAXE 2 – Jeunesse : "
            "créer un espace jeunes à Morteau et accompagner les projets des 16-25 ans dans chaque village.\nUne gouvernance partagée\nUn comité de pilotage réunit les élus, la Caf et la MSA "
            "une fois par an pour suivre les actions.\nLes financements\nLa Caf a versé en 2023 près de 900 000 euros "
            "aux structures du territoire.\nContact : pôle familles")
    doc = finder(unwrap_lines(text))
    found = {span.text for span in doc.spans["theme_phrases"]}
    assert not {"Une gouvernance partagée", "Les financements"} & found


def test_a_tables_other_columns_in_a_bracket_closing_a_list_item_are_no_part_of_the_field(finder):
    # a deliberation's objectives, each with its indicator and partners in a bracket, as a table flattens them
    text = ("Communauté de communes du Pays de Gex\nDélibération n°2024-031 – Convention territoriale globale\nLe projet "
            "de convention retient les objectifs suivants :\n- OS1. Ouvrir des places d'accueil du jeune enfant "
            "(indicateur : places créées ; partenaires : communes, PMI)\n- OS2. Aller vers les adolescents des "
            "villages (indicateurs : jeunes touchés ; partenaires : centre social)\n- OS3. Soutenir les parents "
            "(pilote : service familles)\nLe conseil approuve la convention.")
    doc = finder(unwrap_lines(text))
    found = {span.text for span in doc.spans["theme_phrases"]}
    assert {"OS1. Ouvrir des places d'accueil du jeune enfant", "OS2. Aller vers les adolescents des villages",
            "OS3. Soutenir les parents"} <= found


def test_the_former_contracts_name_names_no_field_of_the_convention_carrying_on_its_services(finder):
    # "Elle prend la suite du contrat enfance jeunesse et garantit le maintien des financements ..." (a town's
    # newsletter): the crèches are this convention's, "jeunesse" in the old contract's name is not
    text = ("La Lettre de Bitche – n°40\nFamilles : la Ville signe sa convention avec la Caf\nLe 3 mai 2023, le maire et "
            "la Caf de la Moselle ont signé la convention territoriale globale de Bitche pour 2023-2026. Elle prend la "
            "suite du contrat enfance jeunesse et garantit le maintien des financements de la Caf pour les crèches "
            "municipales.\nCollecte des encombrants le 12 mai.")
    labels = found_labels(finder(unwrap_lines(text)))
    assert "petite_enfance" in labels and "jeunesse" not in labels


def test_run_in_headings_ending_with_a_full_stop_each_over_its_paragraph(finder):
    # a magazine's bold run-in heads flattened to lines, under the paragraph naming the convention
    text = ("Le Mag du Pays de Lure – Été 2023\nDOSSIER\nLe 5 juin 2023, la communauté de communes a signé avec la Caf "
            "de la Haute-Saône sa Convention territoriale globale, qui fixe nos engagements jusqu'en 2027.\nPetite "
            "enfance.\nUne micro-crèche ouvrira à Magny-Vernois et le relais sera renforcé.\nJeunesse.\nUn animateur ira "
            "à la rencontre des 12-17 ans dans les villages.\nMobilité.\nUn transport à la demande sera testé pour les "
            "familles sans voiture.\n« Nous avançons ensemble », dit le président.")
    doc = finder(unwrap_lines(text))
    found = {span.text for span in doc.spans["theme_phrases"]}
    assert {"Petite enfance", "Jeunesse", "Mobilité"} <= found


def test_a_table_flattened_to_one_cell_a_line_gives_its_objectives_not_its_partners(finder):
    # an annex's table as a PDF renders it: header cells, then rows of as many lines; a partner "Centre social" or
    # "Mission locale" names no field of the convention
    text = ("ANNEXE 2 – OBJECTIFS\nConvention territoriale globale – Communauté de communes du Saulnois – 2025-2029\n"
            "Objectif\nIndicateurs\nPartenaires\nCréer des places d'accueil du jeune enfant\nPlaces en EAJE\n"
            "Communes, PMI\nOuvrir un accueil de loisirs le mercredi\nFréquentation\nCentre social\nSoutenir les "
            "parents d'adolescents\nFamilles touchées\nMission locale, collèges\nLes cibles sont revues chaque année.")
    doc = finder(unwrap_lines(text))
    assert {"petite_enfance", "enfance", "parentalite"} <= phrase_labels(doc)
    assert not {"animation_vie_sociale", "insertion"} & found_labels(doc)


def test_the_fields_an_official_named_in_reported_speech(finder):
    # a local paper after the official's quote: "Il a cité la petite enfance, ..., et la santé, avec ..."
    text = ("Haute-Marne\nLangres : l'agglomération et la Caf signent une CTG\nLe Journal – 4 mai 2023\nLa communauté "
            "de communes du Grand Langres a signé mardi avec la Caf de la Haute-Marne une convention territoriale "
            "globale jusqu'en 2027.\n« Nous voulons des réponses près de chez vous », a déclaré le président. Il a cité "
            "les modes de garde, les activités des adolescents, l'aide aux parents et la mobilité, avec un transport "
            "à la demande.\nLa Caf verse 5 millions d'euros par an aux structures.")
    assert {"petite_enfance", "jeunesse", "parentalite"} <= phrase_labels(finder(unwrap_lines(text)))


def test_the_former_contract_carried_on_still_names_its_fields(finder):
    # the contract itself carried on, the continuity word governing its name: "assurer la continuité des CEJ"
    text = ("Le 4 octobre, l'agglomération et la Caf ont signé la convention territoriale globale. Cette convention "
            "permettra d'assurer la continuité des contrats enfance-jeunesse des communes.")
    assert {"enfance", "jeunesse"} <= found_labels(finder(unwrap_lines(text)))


def test_the_facilities_the_convention_keeps_paying_for_are_no_enumeration_of_its_fields(finder):
    # a president's word in a magazine: the facilities kept funded, the objectives listed below
    text = ("LE MAG DU PAYS DE BITCHE – Hiver 2022\nCTG : c'est signé\nLe 6 décembre 2022, la communauté de communes et la "
            "Caf de la Moselle ont signé la Convention Territoriale Globale 2023-2027.\nLe mot du Président\n« La CTG, "
            "c'est l'assurance que nos crèches, notre relais petite enfance, nos accueils de loisirs et notre LAEP "
            "continueront d'être soutenus. »\nNos objectifs :\n→ Aller vers les jeunes des villages\n→ Faciliter les "
            "démarches grâce à France services")
    doc = finder(unwrap_lines(text))
    found = {span.text for span in doc.spans["theme_phrases"]}
    assert "notre relais petite enfance" not in found and not any(t.startswith("l'assurance") for t in found)


def test_what_the_first_convention_achieved_told_by_a_demonstrative_and_a_count_is_its_history(finder):
    # a renewal: the first convention's fields, then "« Ces deux chantiers sont bien avancés : la crèche ... a ouvert"
    text = ("Lot\nFigeac : la convention avec la Caf renouvelée\nLa communauté de communes et la Caf du Lot ont renouvelé "
            "vendredi leur convention territoriale globale pour 2025-2029.\nLa première convention, signée en 2020, "
            "était centrée sur la petite enfance et les accueils de loisirs. « Ces deux chantiers sont bien avancés : "
            "la crèche de Capdenac a ouvert », se félicite le président.\n« Nous avons deux priorités : les ados et le "
            "logement des saisonniers », détaille-t-il.")
    assert "petite_enfance" not in found_labels(finder(unwrap_lines(text)))
