"""Session 24 (tbv), document themes on convention documents as a PDF extractor returns them (read_bv): where the
document states its retained fields (a diagnostic's sub-section on the choices made, tables flattened cell by cell,
their rows running over a page break); each class with an inline example written for these tests, on a blank French
pipeline."""

from __future__ import annotations

from conftest import found_labels, phrase_labels, theme_phrases_of

from ctgminer.text.normalise import unwrap_lines


# -- a diagnostic section closing on a sub-section of the retained choices -------------------------------------------
def test_a_diagnostic_sections_own_sub_section_of_retained_priorities_states_fields(finder):
    text = ("CTG du Pays de Craon 2024-2028 – Diagnostic\n2. SYNTHÈSE DU DIAGNOSTIC\nLe diagnostic a réuni les élus et "
            "les professionnels au printemps 2023.\n2.1 Les données clés\nPopulation : 28 000 habitants\n2.2 Les "
            "constats\n• Peu de solutions de garde pour les horaires décalés.\n• Un habitat ancien et mal isolé dans "
            "les bourgs.\n2.3 Les priorités retenues\nLes partenaires ont retenu deux priorités, l'habitat relevant "
            "du programme local de l'habitat (PLH) :\nPriorité 1 – Développer l'accueil du jeune enfant en horaires "
            "atypiques\nPriorité 2 – Accompagner les parents d'adolescents\n")
    labels = found_labels(finder(unwrap_lines(text)))
    assert {"petite_enfance", "parentalite"} <= labels
    assert "logement" not in labels  # (the diagnostic's findings stay out)


def test_a_diagnostic_sub_section_that_retains_nothing_stays_in_the_diagnostic(finder):
    # guard: "2.3 Les besoins des familles" is one more finding of the diagnostic
    text = ("CTG du Pays de Craon 2024-2028\n2. SYNTHÈSE DU DIAGNOSTIC\n2.1 Les données clés\nPopulation : 28 000 "
            "habitants\n2.3 Les besoins des familles\n• Un habitat ancien et mal isolé dans les bourgs.\n• Des jeunes "
            "sans solution de transport.\n")
    assert not {"logement", "jeunesse"} & found_labels(finder(unwrap_lines(text)))


def test_other_schemes_in_brackets_do_not_make_the_conventions_axes_anothers(finder):
    text = ("Article 3 – Les axes\nLa convention porte sur trois axes, les questions de santé relevant d'autres "
            "démarches (contrat local de santé, schéma départemental) :\nAxe 1 – Soutenir la parentalité\nAxe 2 – "
            "Développer les accueils de loisirs\nAxe 3 – Lutter contre le non-recours aux droits\n")
    assert {"parentalite", "enfance", "acces_aux_droits"} <= phrase_labels(finder(unwrap_lines(text)))


def test_another_schemes_axes_stay_out_when_its_own_clause_introduces_them(finder):
    # guard: the colon's clause is the other scheme's own ("(the PLH)" does not name the convention outside brackets)
    text = ("Le programme local de l'habitat (PLH 2022-2027) garde ses axes :\nAxe 1 – Résorber l'habitat indigne\n"
            "Axe 2 – Loger les jeunes travailleurs\n")
    assert not phrase_labels(finder(unwrap_lines(text)))


# -- a table flattened cell by cell ------------------------------------------------------------------------------------
FIELDS_TABLE = ("Article 2 – Les domaines d'intervention\nLe tableau ci-dessous présente les domaines retenus.\n"
                "Domaine d'intervention\nConstats\nObjectifs partagés\nPetite enfance\n2 micro-crèches, 45 assistants "
                "maternels\nCréer des places en horaires atypiques\nJeunesse\nAucun local jeunes, 1 centre social\n"
                "Ouvrir un espace jeunes intercommunal\nCTG Pays de Mormal 2023-2027      6\nAccès aux droits\n"
                "1 France services, permanences rares\nDévelopper les permanences dans les mairies\n"
                "Article 3 – Durée\nLa convention est conclue pour cinq ans.\nArticle 4 – Pilotage\n")


def test_a_flattened_table_of_fields_with_findings_and_objectives_columns(finder):
    found = theme_phrases_of(finder, FIELDS_TABLE)
    assert {"Petite enfance", "Jeunesse", "Accès aux droits"} <= set(found)  # (across the page's running footer)
    labels = phrase_labels(finder(unwrap_lines(FIELDS_TABLE)))
    assert "animation_vie_sociale" not in labels  # the findings' "1 centre social" is no field
    assert not any(p.startswith("Article") for p in found)


PLAN_TABLE = ("Tableau récapitulatif du plan d'actions\nAxe\nN° fiche\nIntitulé de l'action\nPilote\nBudget\n"
              "Axe 1 – Accueil du jeune enfant\n1.1\nOuvrir une micro-crèche à Bais\nCommune de Bais\n45 000 €\n1.2\n"
              "Recruter des assistants maternels\nRelais petite enfance\n–\nAxe 2 – Loisirs des enfants\n2.1\n"
              "Organiser des « mercredis nature »\nCentre social du Val\n6 000 €/an\nAxe 3 – Accès aux droits\n3.1\n"
              "Former les secrétaires de mairie\nCaf / France services\n–\nPage 24\n")


def test_a_plan_table_whose_axis_cells_span_their_actions_rows(finder):
    found = theme_phrases_of(finder, PLAN_TABLE)
    assert len([p for p in found if "Accueil du jeune enfant" in p or "Loisirs des enfants" in p
                or "Accès aux droits" in p]) == 3
    labels = phrase_labels(finder(unwrap_lines(PLAN_TABLE)))
    assert {"petite_enfance", "enfance", "acces_aux_droits"} <= labels
    assert "animation_vie_sociale" not in labels  # the pilot "Centre social du Val" is no field


def test_a_table_of_partners_without_a_field_column_gives_no_items(finder):
    # guard: a header without a field column ("Structure\nCommune\nGestionnaire") is no table of fields
    text = ("Annexe 2 – Les équipements\nStructure\nCommune\nGestionnaire\nMulti-accueil Les Lutins\nBais\nCommune\n"
            "Accueil de loisirs\nEvron\nFamilles rurales\n")
    assert not [p for p in theme_phrases_of(finder, text) if p in ("Multi-accueil Les Lutins", "Accueil de loisirs")]


# -- an article's axes told in prose after the sentence announcing them --------------------------------------------------
ARTICLE_AXES = ("CONVENTION TERRITORIALE GLOBALE 2024-2028\nArticle 2 – Les axes de travail\nLe diagnostic mené en 2023 "
                "avec les communes a conduit les partenaires à retenir les axes suivants. Il s'agit de développer l'accueil "
                "du jeune enfant en horaires décalés, de soutenir les parents d'adolescents et de lutter contre le "
                "non-recours aux droits.\nUn axe transversal portera sur la mobilité des familles.\n")


def test_objectives_after_il_s_agit_de_under_the_sentence_announcing_the_axes(finder):
    found = theme_phrases_of(finder, ARTICLE_AXES)
    assert "soutenir les parents d'adolescents" in found
    assert {"petite_enfance", "parentalite", "acces_aux_droits"} <= phrase_labels(finder(unwrap_lines(ARTICLE_AXES)))


def test_a_transversal_axis_is_one_item(finder):
    assert "la mobilité des familles" in theme_phrases_of(finder, ARTICLE_AXES)


def test_il_s_agit_de_in_an_officials_gloss_opens_no_enumeration(finder):
    # guard: no sentence before announces axes; the gloss on the method lists none
    text = ("Convention territoriale globale : la Caf et l'agglomération signent.\n« Il s'agit de croiser les besoins "
            "des familles avec l'offre des crèches, des accueils de loisirs et des centres sociaux, mais à l'échelle "
            "de chaque quartier », explique la directrice.")
    assert not [p for p in theme_phrases_of(finder, text) if p.startswith(("croiser", "mais"))]


# -- a convention's governance and articulation articles ---------------------------------------------------------------
GOVERNANCE = ("Article 7 – Gouvernance\nLe comité de pilotage de la convention territoriale globale se réunit une fois "
              "par an.\nComposition :\n• le maire de Pontarlier ;\n• l'adjointe déléguée à la petite enfance, à la "
              "jeunesse et aux affaires scolaires ;\n• le directeur de la Caf du Doubs.\nLe comité technique réunit la "
              "coordinatrice CTG et les chefs de service.\nComposition : la coordinatrice CTG, les responsables des "
              "services petite enfance et jeunesse, le directeur du centre social des Longs Traits.\n")


def test_a_committees_members_named_by_their_office_name_no_field(finder):
    doc = finder(unwrap_lines(GOVERNANCE))
    assert not found_labels(doc)


def test_a_portfolio_of_several_fields_is_an_officials_title(finder):
    text = ("La convention territoriale globale a été signée par la vice-présidente en charge de l'enfance, de la "
            "jeunesse et des solidarités.")
    assert not found_labels(finder(unwrap_lines(text)))


def test_a_colon_list_of_fields_after_a_label_that_is_no_members_label_is_kept(finder):
    # guard: "Priorités :" is no committee's composition
    text = ("Convention territoriale globale 2024-2028\nPriorités : la petite enfance, la jeunesse et l'accès aux droits.")
    assert {"petite_enfance", "jeunesse", "acces_aux_droits"} <= found_labels(finder(unwrap_lines(text)))


def test_the_states_poverty_convention_in_an_articulation_list_is_another_scheme(finder):
    text = ("Article 4 – Articulation avec les autres démarches\nLa convention territoriale globale veille à la "
            "cohérence de ses actions avec :\n– le contrat de ville, dont les piliers sont le cadre de vie et l'emploi ;\n"
            "– le projet éducatif de territoire de la commune ;\n– la convention d'appui à la lutte contre la pauvreté "
            "et d'accès à l'emploi signée avec l'État.\n")
    assert not {"insertion", "accompagnement_social"} & found_labels(finder(unwrap_lines(text)))


TWO_COLUMNS = ("Article 2 – Les champs d'intervention retenus\nChamp\nObjectif général\nPetite enfance\nOuvrir une "
               "micro-crèche dans chaque bourg-centre\nJeunesse\nCréer un espace jeunes itinérant\nLogement\nRepérer les "
               "logements non décents avec la Caf\nArticle 3 – Durée\nLa convention est conclue pour quatre ans.\n")


def test_a_two_column_table_of_a_named_field_column_and_its_objectives(finder):
    found = theme_phrases_of(finder, TWO_COLUMNS)
    assert {"Petite enfance", "Jeunesse", "Logement"} <= set(found)


def test_two_header_words_over_prose_are_no_table(finder):
    # guard: "Objectifs" over "Objectif général" is no named field column; the lines after are prose
    text = ("Objectifs\nObjectif général\nLa commune veut mieux connaître ses habitants.\nElle lance une enquête.\n")
    assert not theme_phrases_of(finder, text)


def test_where_the_orientations_apply_is_no_field(finder):
    text = ("Article 3 – Les orientations\nLes orientations ci-dessous ont été validées en comité de pilotage. Elles "
            "s'appliquent sur le territoire des 12 communes et sur les quartiers prioritaires.\nOrientation 1 – Soutenir "
            "les parents\nOrientation 2 – Développer les accueils de loisirs\n")
    found = theme_phrases_of(finder, text)
    assert not [p for p in found if "territoire" in p or "quartiers" in p]
    assert {"parentalite", "enfance"} <= phrase_labels(finder(unwrap_lines(text)))


# -- a page break inside a list ------------------------------------------------------------------------------------------
def test_a_running_footer_inside_a_bulleted_list_does_not_split_it(finder):
    text = ("Article 2 – Les axes retenus\nLes partenaires retiennent les axes suivants :\n• développer l'accueil du "
            "jeune enfant ;\n• soutenir les projets des jeunes ;\nPage 5 sur 12\n• accompagner les parents ;\n• lutter "
            "contre le non-recours aux droits.\n")
    assert {"accompagner les parents", "lutter contre le non-recours aux droits"} <= set(theme_phrases_of(finder, text))


def test_a_centred_page_number_is_no_dash_item(finder):
    text = ("Article 2 – Les axes retenus\nLes partenaires retiennent les axes suivants :\n1. Développer l'accueil du "
            "jeune enfant\n2. Soutenir les projets des jeunes\n– 5 –\n3. Accompagner les parents\n")
    found = theme_phrases_of(finder, text)
    assert "Accompagner les parents" in found and not [p for p in found if p.startswith("5")]


def test_prose_between_two_lists_still_splits_them(finder):
    # guard: a sentence between the lists is no page break; the second list has no introduction of fields
    text = ("Les axes retenus :\n• développer l'accueil du jeune enfant ;\n• soutenir les projets des jeunes.\nLe comité "
            "de pilotage se réunira chaque année en mairie pour le bilan.\n• salle des fêtes ;\n• gymnase.\n")
    assert "salle des fêtes" not in theme_phrases_of(finder, text)


# -- odd bullet characters -----------------------------------------------------------------------------------------------
def test_a_pdfs_private_use_bullets_mark_items_and_are_stripped(finder):
    # a Word-made PDF's Symbol bullet comes out as U+F0B7, its Wingdings square as U+F0A7
    for mark in ("\uf0b7", "\uf0a7"):
        text = (f"Article 2 – Les orientations retenues\nLes partenaires ont retenu quatre orientations :\n{mark} "
                f"Développer l'accueil du jeune enfant\n{mark} Soutenir les parents\n{mark}\tConsolider les centres "
                "sociaux\nArticle 3 – Durée\n")
        found = theme_phrases_of(finder, text)
        assert {"Développer l'accueil du jeune enfant", "Soutenir les parents", "Consolider les centres sociaux"} <= set(found)
