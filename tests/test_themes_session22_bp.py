"""Session 22, document themes on long convention documents as a PDF extractor returns them (read_bp): conventions
with their diagnostic, activity reports where the CTG is one section, minutes; each class with an inline example
written for these tests, on a blank French pipeline."""

from __future__ import annotations

from conftest import found_labels

from ctgminer.text.normalise import unwrap_lines


def test_a_field_left_out_behind_an_incise_is_negated_from_its_subject(finder):
    # "Le X, pourtant ..., n'y figure pas": the negation's subject stands before the incise
    text = ("Rapport d'activité 2024 – Pôle familles\nLa nouvelle convention territoriale globale, signée en mars avec "
            "la Caf de l'Orne, porte sur la petite enfance et le soutien aux parents. En revanche, l'habitat, pourtant "
            "cité par de nombreux maires, n'y figure pas.")
    labels = found_labels(finder(unwrap_lines(text)))
    assert {"petite_enfance", "parentalite"} <= labels and "logement" not in labels


def test_where_a_field_left_out_goes_instead_names_no_field_of_the_convention(finder):
    text = ("Signature de la CTG du Pays de Mortagne\nLa convention territoriale globale signée lundi porte sur "
            "l'accueil du jeune enfant et l'accès aux droits. La précarité énergétique n'a pas été retenue dans la "
            "convention : elle fait l'objet d'un programme d'amélioration de l'habitat porté par le syndicat mixte.")
    labels = found_labels(finder(unwrap_lines(text)))
    assert {"petite_enfance", "acces_aux_droits"} <= labels and "logement" not in labels


def test_a_cosignatory_named_with_the_facilities_it_runs_names_no_field(finder):
    text = ("Signature de la CTG du Pays de Mortagne\nLa convention territoriale globale signée lundi porte sur "
            "l'accès aux droits et le soutien aux parents. La commune de Bellême, qui gère la halte-garderie et le "
            "centre de loisirs du bourg, a également signé la convention.")
    labels = found_labels(finder(unwrap_lines(text)))
    assert {"acces_aux_droits", "parentalite"} <= labels and not {"petite_enfance", "enfance"} & labels


def test_the_benefits_a_caf_pays_every_year_name_no_field(finder):
    text = ("Signature de la CTG du Pays de Mortagne\nLa convention territoriale globale signée lundi porte sur "
            "la petite enfance et la jeunesse. Le directeur de la Caf a rappelé son poids sur le territoire : 41 "
            "millions d'euros de prestations versées chaque année, dont une grande part au titre du RSA et des aides au "
            "logement.")
    labels = found_labels(finder(unwrap_lines(text)))
    assert {"petite_enfance", "jeunesse"} <= labels and not {"insertion", "logement"} & labels


def test_a_conventions_diagnostic_article_names_needs_not_fields(finder):
    # a convention's PDF: the diagnostic's findings by field come before the orientations it retains
    text = ("CONVENTION TERRITORIALE GLOBALE 2024-2028\nCommunauté de communes du Val d'Ouche\nArticle 2 – Les éléments "
            "de diagnostic\nLe territoire compte 31 communes et 12 400 habitants.\nLes seniors isolés et les "
            "travailleurs saisonniers expriment un fort besoin de transport et de logement.\nCTG Val d'Ouche "
            "2024-2028 – page 4\nArticle 3 – Les orientations retenues\nLes signataires retiennent deux orientations :\n"
            "– développer l'offre d'accueil du jeune enfant ;\n– soutenir les parents dans leur rôle.\n")
    labels = found_labels(finder(unwrap_lines(text)))
    assert {"petite_enfance", "parentalite"} <= labels and not {"logement", "autre", "animation_vie_sociale"} & labels


def test_a_numbered_portrait_of_the_territory_runs_over_its_sub_sections_and_running_lines(finder):
    text = ("CTG du Pays de Bray 2023-2027\n2. PRÉSENTATION DU TERRITOIRE\n2.1 Données démographiques\nLe territoire "
            "compte 18 communes ; 9 % des logements sont vacants.\nCTG Pays de Bray 2023-2027      3/12\n2.2 Les "
            "services existants\nLogement – un foyer de jeunes travailleurs à Gournay.\n3. LES AXES DE LA CONVENTION\n"
            "Axe 1 – Renforcer l'accès aux droits des familles\nAxe 2 – Développer les loisirs des enfants\n")
    labels = found_labels(finder(unwrap_lines(text)))
    assert {"acces_aux_droits", "enfance"} <= labels and "logement" not in labels


def test_a_partys_duties_in_the_engagements_article_name_no_field(finder):
    text = ("CONVENTION TERRITORIALE GLOBALE 2023-2027\nArticle 2 – Les champs retenus\nLa présente convention porte "
            "sur les champs suivants :\n- la petite enfance ;\n- la jeunesse.\nArticle 4 – Les engagements des parties\n"
            "La Caf s'engage à :\n- transmettre ses données statistiques sur les familles ;\n- participer aux instances "
            "de gouvernance.\nLa Communauté de communes s'engage à :\n- désigner un référent chargé de la coordination ;\n"
            "- mettre en œuvre le plan d'actions figurant en annexe.\n")
    doc = finder(unwrap_lines(text))
    phrases = [span.text for span in doc.spans["theme_phrases"]]
    assert any("petite enfance" in p for p in phrases)
    assert not [p for p in phrases if "référent" in p or "instances" in p or "données" in p or "plan d'actions" in p]


def test_a_housing_programme_in_an_activity_reports_other_rubric_is_another_scheme(finder):
    text = ("Rapport d'activité 2023\nEnfance et familles\nLa convention territoriale globale signée en juin porte sur "
            "l'accueil du jeune enfant et l'accès aux droits.\nHabitat\nLe programme d'intérêt général a permis "
            "la rénovation de 40 logements. L'opération programmée d'amélioration de l'habitat a aidé 25 propriétaires.\n")
    doc = finder(unwrap_lines(text))
    labels = {lab for span in doc.spans["theme_sentences"] for lab in span._.value.lexical}
    assert "logement" not in labels


def test_lettered_axes_name_themselves(finder):
    # a diagnostic's synthesis: the enjeux it proposes, lettered, are the convention's fields to come
    text = ("Diagnostic de territoire – Synthèse\n4. Enjeux soumis au comité de pilotage\nEnjeu A – Renforcer "
            "l'offre d'accueil des tout-petits\nEnjeu B – Soutenir les parents isolés\nEnjeu C – Rapprocher les services "
            "des familles éloignées\n")
    doc = finder(unwrap_lines(text))
    phrases = [span.text for span in doc.spans["theme_phrases"]]
    assert sum(p.startswith(("Enjeu A", "Renforcer", "Enjeu B", "Soutenir")) for p in phrases) >= 2


def test_the_objectives_under_the_last_axis_end_at_the_next_article(finder):
    text = ("Article 3 – Les axes et leurs objectifs\nAxe 1 – Petite enfance\n1.1 Créer une micro-crèche à Vire\n"
            "1.2 Soutenir le relais petite enfance\nAxe 2 – Familles\nOuvrir un lieu d'accueil enfants-parents\n"
            "Former les secrétaires de mairie à l'accès aux droits\nArticle 4 – Gouvernance\nLe comité de pilotage se "
            "réunit une fois par an sous la présidence conjointe des deux signataires, qui en arrêtent l'ordre du jour "
            "et en diffusent le compte rendu.\n")
    doc = finder(unwrap_lines(text))
    phrases = [span.text for span in doc.spans["theme_phrases"]]
    assert "Ouvrir un lieu d'accueil enfants-parents" in phrases


def test_a_job_offers_plan_of_actions_is_the_conventions(finder):
    # in a job offer only the enumerations the convention introduces count; its plan of actions is the convention's
    text = ("Offre d'emploi – Chargé(e) de coopération CTG (H/F)\nDate limite de candidature : 10/03/2025\nContexte\n"
            "La Communauté de communes du Morvan a signé en 2024 une convention territoriale globale avec la Caf. Le "
            "plan d'actions porte sur l'accueil des tout-petits, les loisirs des enfants, l'information des jeunes "
            "et le soutien aux familles.\nMissions\n- Animer le comité de pilotage\n")
    doc = finder(unwrap_lines(text))
    phrases = [span._.value for span in doc.spans["theme_phrases"]]
    assert sum("convention" in p.cues for p in phrases) >= 3


def test_the_amended_conventions_fields_in_an_item_of_long_minutes_are_still_its_own(finder):
    # minutes with several items: the amendment is told by its item's title, not by the page's headlines
    text = ("Communauté de communes du Haut-Allier\nCompte rendu du conseil communautaire\nSéance du 12 mars 2024\n"
            "1. Finances – Vote du budget primitif\nLe budget est adopté à l'unanimité.\n2. Voirie – Programme 2024\n"
            "Le programme est adopté.\n3. Avenant n°1 à la Convention territoriale globale 2023-2026\nLa vice-présidente "
            "rappelle que la convention portait initialement sur deux champs : l'accueil du jeune enfant et la "
            "parentalité. L'avenant y ajoute l'accès aux droits.\nAdopté à l'unanimité.\n")
    labels = found_labels(finder(unwrap_lines(text)))
    assert {"petite_enfance", "parentalite", "acces_aux_droits"} <= labels


def test_a_departemental_conventions_article_on_the_intercommunal_ones_names_their_fields_not_its_own(finder):
    text = ("CONVENTION TERRITORIALE GLOBALE DÉPARTEMENTALE 2025-2029\nArticle 2 – Articulation avec les CTG "
            "intercommunales\nLes 9 intercommunalités du département sont couvertes par une convention territoriale "
            "globale. Ces conventions traitent surtout des crèches, des accueils de loisirs et des centres sociaux.\n"
            "Article 3 – Les axes\nAxe 1 – Favoriser l'insertion des allocataires du RSA\nAxe 2 – Lutter contre le "
            "mal-logement\n")
    labels = found_labels(finder(unwrap_lines(text)))
    assert {"insertion", "logement"} <= labels and not {"petite_enfance", "enfance", "animation_vie_sociale"} & labels


def test_numbered_titles_with_a_long_dash_each_over_its_paragraph_are_one_list(finder):
    text = ("La convention territoriale globale 2025-2029 est signée\nLes quatre ambitions de la CTG\n1 – Offrir une "
            "solution d'accueil à chaque tout-petit\nDeux micro-crèches ouvriront d'ici 2027 dans les bourgs.\n2 – "
            "Soutenir les parents au quotidien\nUn café des parents sera lancé à la médiathèque.\n3 – Améliorer les "
            "conditions de logement des familles\nLes logements non décents seront mieux repérés.\n")
    doc = finder(unwrap_lines(text))
    phrases = [span.text for span in doc.spans["theme_phrases"]]
    assert "Améliorer les conditions de logement des familles" in phrases
    assert "Soutenir les parents au quotidien" in phrases


def test_times_of_exchange_for_parents_name_parenting(finder):
    text = ("Signature de la CTG du Pays de Salers\nLa convention territoriale globale signée mardi prévoit aussi de "
            "s'occuper davantage des adolescents et de proposer des temps d'échange aux parents.")
    assert "parentalite" in found_labels(finder(unwrap_lines(text)))



def test_a_fiche_actions_sub_numbered_label_heads_its_title_and_its_finding_is_a_need(finder):
    text = ("Convention territoriale globale 2023-2027 – Annexe 2 – Fiches actions\nAXE 1 – SOUTENIR LES FAMILLES\n"
            "FICHE ACTION N° 1.1\nIntitulé : Ouvrir un lieu d'accueil enfants-parents itinérant\nConstat : Aucun "
            "LAEP n'existe sur le territoire. Les habitants âgés vivent souvent isolés dans les hameaux.\n"
            "Pilote : Communauté de communes\nFICHE ACTION N° 1.2\nIntitulé : Tenir des permanences d'accès aux droits "
            "dans les mairies\nPilote : Caf\n")
    doc = finder(unwrap_lines(text))
    phrases = [span.text for span in doc.spans["theme_phrases"]]
    assert any("lieu d'accueil enfants-parents" in p for p in phrases)
    assert "animation_vie_sociale" not in found_labels(doc)


def test_a_field_absent_from_the_convention_is_none_of_its_fields(finder):
    text = ("Bilan à mi-parcours de la CTG du Val d'Ouche\nLe comité de pilotage de la convention territoriale globale "
            "a fait le point sur l'accueil du jeune enfant. Les élus veulent ouvrir dès 2025 la réflexion sur le "
            "logement des saisonniers, absent de la convention actuelle.")
    labels = found_labels(finder(unwrap_lines(text)))
    assert "petite_enfance" in labels and "logement" not in labels


def test_a_projet_educatif_de_territoire_in_a_list_of_other_schemes_is_another_scheme(finder):
    # "de territoire", not only "territorial": the other scheme the convention is articulated with
    text = ("La CTG du Pays de Caux signée\nLa convention territoriale globale signée lundi porte sur la petite enfance "
            "et la parentalité.\nElle s'articule avec d'autres démarches :\n• le projet éducatif de territoire de Bolbec, "
            "qui porte sur la culture et la citoyenneté ;\n• le contrat local de santé, centré sur l'accès aux soins.\n")
    doc = finder(unwrap_lines(text))
    phrases = [span.text for span in doc.spans["theme_phrases"]]
    assert not [p for p in phrases if "éducatif" in p]


def test_a_scheme_that_an_action_produces_is_the_conventions_work(finder):
    text = ("La CTG fait son bilan\nLe comité de pilotage de la convention territoriale globale s'est réuni mardi. "
            "Parmi les actions réalisées figurent l'ouverture d'une micro-crèche, l'élaboration d'un projet éducatif de "
            "territoire et une action vers la parentalité.")
    assert {"petite_enfance", "parentalite"} <= found_labels(finder(unwrap_lines(text)))
