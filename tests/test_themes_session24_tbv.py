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
