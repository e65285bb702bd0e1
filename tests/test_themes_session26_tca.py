"""Session 26 (tca), the ways themes are said (read_cd): a job offer's context sentence giving the convention's fields
after a colon, a rubric title between a sentence counting the priorities and its lines, a renewal's new fields
"identified during the review" over check-mark bullets, a mid-term review's numbered titles under a paragraph that
counts them, and a field only proposed for study; each class with an inline example written for these tests, on a
blank French pipeline."""

from __future__ import annotations

from conftest import found_labels, phrase_labels, theme_phrases_of

from ctgminer.text.normalise import unwrap_lines

# -- a job offer's context: the convention's fields after "sont :" ------------------------------------------------------
JOB_OFFER = ("OFFRE D'EMPLOI\nCoordinateur(trice) de la Convention Territoriale Globale (H/F)\nCommunauté de communes du "
             "Pays de Lure – Haute-Saône\nDate limite de candidature : 30/03/2026\nLe contexte\nLa Communauté de communes "
             "et la Caf de la Haute-Saône ont signé en 2025 une Convention Territoriale Globale pour cinq ans.\nLes "
             "priorités fixées par la convention sont : l'accueil des tout-petits dans les villages, les loisirs des "
             "ados, le soutien aux parents d'adolescents et la lutte contre l'isolement des familles.\nVos missions\n"
             "Vous animerez les comités de pilotage et suivrez les indicateurs du plan d'actions.\nProfil recherché : "
             "expérience en développement local.\n")


def test_a_job_offer_keeps_the_fields_the_convention_fixes_after_a_colon(labeller):
    doc = labeller(unwrap_lines(JOB_OFFER))
    assert {"petite_enfance", "jeunesse", "parentalite", "animation_vie_sociale"} <= set(doc._.themes.themes)


def test_a_job_offer_s_missions_in_prose_still_give_no_theme(labeller):
    # guard: the post's own work, in prose, is not the convention's fields
    text = ("OFFRE D'EMPLOI\nChargé(e) de mission CTG (H/F)\nDate limite de candidature : 30/03/2026\nPoste à temps "
            "complet.\nVous coordonnerez les acteurs de la petite enfance et de la jeunesse et vous suivrez le logement "
            "des saisonniers.\n")
    assert not doc_themes(labeller, text) & {"petite_enfance", "jeunesse", "logement"}


def doc_themes(labeller, text: str) -> set[str]:
    return set(labeller(unwrap_lines(text))._.themes.themes)


# -- a rubric title between the sentence counting the priorities and its lines ----------------------------------------
COUNTED_UNDER_TITLE = ("La maire et le directeur de la Caf ont signé la convention territoriale globale de Montluçon "
                       "jusqu'en 2028.\nLa concertation menée avec les familles a fait ressortir trois priorités, que la "
                       "convention traduit en engagements.\nNos promesses\nQue chaque bébé trouve une place d'accueil "
                       "près de la maison\nDonner aux ados des lieux à eux le soir et le week-end\nRompre l'isolement des "
                       "familles nouvellement arrivées dans les quartiers\nConcrètement, une crèche de 30 places ouvrira "
                       "en 2027 et un local jeunes verra le jour à la rentrée, dans l'ancienne école du quartier.\n")


def test_a_rubric_title_under_a_counting_sentence_is_no_item_and_the_last_line_counts(finder):
    phrases = theme_phrases_of(finder, COUNTED_UNDER_TITLE)
    assert "Nos promesses" not in phrases
    assert "Rompre l'isolement des familles nouvellement arrivées dans les quartiers" in phrases


def test_a_first_line_naming_a_field_under_a_counting_sentence_stays_an_item(finder):
    # guard: the first line is an item when it names a field, however short
    text = ("La convention territoriale globale de Moulins a été signée hier.\nLes élus ont retenu trois priorités.\n"
            "Petite enfance\nJeunesse\nAccès aux droits\nLa Caf versera 900 000 euros par an aux équipements du "
            "territoire, dont les crèches.\n")
    assert {"Petite enfance", "Jeunesse", "Accès aux droits"} <= set(theme_phrases_of(finder, text))


# -- a renewal's new fields, found in the review of the first convention ----------------------------------------------
RENEWAL = ("Caf du Morbihan\nLa Communauté de communes de Questembert renouvelle sa CTG\nAprès une première convention "
           "2020-2024 centrée sur la petite enfance, la communauté de communes a renouvelé sa CTG avec la Caf le 3 mars "
           "pour 2025-2029.\nElle s'élargit à des champs repérés lors du bilan :\n✓ le logement des jeunes travailleurs\n"
           "✓ l'accompagnement des familles monoparentales\n✓ l'inclusion numérique des seniors\n")


def test_fields_identified_during_the_review_are_the_renewed_convention_s(finder):
    doc = finder(unwrap_lines(RENEWAL))
    phrases = [span.text for span in doc.spans["theme_phrases"]]
    assert "le logement des jeunes travailleurs" in phrases
    assert {"logement", "accompagnement_social", "inclusion_numerique"} <= phrase_labels(doc)


def test_the_review_s_own_list_stays_out(finder):
    # guard: the review's findings, introduced by the review itself, are no list of this convention's fields
    text = ("La Communauté de communes de Questembert a renouvelé sa CTG avec la Caf le 3 mars.\nLe bilan de la "
            "précédente convention relevait :\n✓ le manque de logements pour les jeunes travailleurs\n✓ l'isolement des "
            "familles monoparentales\n")
    phrases = theme_phrases_of(finder, text)
    assert "le manque de logements pour les jeunes travailleurs" not in phrases


# -- a mid-term review's numbered titles under the paragraph that counts them ------------------------------------------
MID_TERM = ("Communauté de communes du Val de Sarre\nConvention territoriale globale : le point à mi-parcours\nLa communauté "
            "de communes et la Caf de la Moselle ont centré leur convention 2023-2027 sur trois domaines. Deux ans "
            "après, le comité de pilotage a dressé un premier bilan, que nous résumons ici.\n1. Accueillir les "
            "tout-petits\nObjectif de départ : 30 places de plus.\nCe qui a été fait : une micro-crèche de 10 places a "
            "ouvert à Sarrebourg.\n2. Des vacances pour tous les enfants\nObjectif de départ : ouvrir l'accueil de "
            "loisirs tout l'été.\nCe qui a été fait : six semaines d'ouverture en 2024.\n3. Donner une place aux ados\n"
            "Objectif de départ : un local jeunes.\nCe qui a été fait : il a ouvert en mars.\n")


def test_numbered_titles_counted_by_the_paragraph_about_the_convention_are_its_fields(finder):
    phrases = theme_phrases_of(finder, MID_TERM)
    assert {"Accueillir les tout-petits", "Des vacances pour tous les enfants", "Donner une place aux ados"} <= set(phrases)


def test_numbered_titles_not_matching_the_count_are_not_taken_by_it(finder):
    # guard: the count (two domains) does not match the three titles, so the review's sentence still rules
    text = MID_TERM.replace("sur trois domaines", "sur deux domaines")
    assert "Accueillir les tout-petits" not in theme_phrases_of(finder, text)


# -- a field only proposed for study -----------------------------------------------------------------------------------
def test_a_field_proposed_for_study_is_no_field_of_the_convention(finder):
    text = ("La Caf du Cher et la Ville de Vierzon ont signé leur convention territoriale globale, centrée sur la "
            "petite enfance et la jeunesse.\nLe comité de suivi a suggéré d'étudier l'ajout d'un volet logement lors de "
            "la prochaine révision.\n")
    labels = found_labels(finder(unwrap_lines(text)))
    assert {"petite_enfance", "jeunesse"} <= labels
    assert "logement" not in labels


def test_a_field_the_partners_decided_to_study_with_no_proposal_still_counts(finder):
    # guard: a planned study of a field the convention acts on is still one of its fields
    text = ("La Caf du Cher et la Ville de Vierzon ont signé leur convention territoriale globale.\nLa convention "
            "prévoit une étude sur le logement des jeunes et porte aussi sur la parentalité.\n")
    assert "logement" in found_labels(finder(unwrap_lines(text)))


# -- an official named by the department he heads ----------------------------------------------------------------------
def test_a_head_named_by_the_department_of_social_cohesion_names_no_field(finder):
    text = ("RECUEIL DES ACTES ADMINISTRATIFS\nDélibération CC/2024/051 – Approbation de la convention territoriale "
            "globale 2024-2028 avec la Caf de la Martinique\nArticle 2 : de retenir les thématiques suivantes : petite "
            "enfance ; parentalité ; logement ;\nArrêté AP/2024/102 – Délégation de signature à la directrice générale "
            "adjointe Cohésion sociale\n")
    labels = found_labels(finder(unwrap_lines(text)))
    assert {"petite_enfance", "parentalite", "logement"} <= labels
    assert "animation_vie_sociale" not in labels


def test_a_convention_that_acts_on_social_cohesion_still_names_the_field(finder):
    # guard: the field itself, not a department's name
    text = ("La Ville et la Caf ont signé leur convention territoriale globale.\nElle porte sur la petite enfance, la "
            "parentalité et la cohésion sociale dans les quartiers.\n")
    assert "animation_vie_sociale" in found_labels(finder(unwrap_lines(text)))


# -- questions to the reader under a short heading of their section ---------------------------------------------------
READER_QUESTIONS = ("Le 4 mars, la Communauté de communes du Pays de Lunel et la Caf de l'Hérault ont signé une "
                    "convention territoriale globale pour 2025-2029.\nCe qui change pour vous\nVous attendez un bébé ?\n"
                    "Un relais petite enfance itinérant passera chaque semaine dans les villages du nord.\nVos enfants "
                    "s'ennuient le mercredi ?\nLes accueils de loisirs ouvriront tous les mercredis dès septembre.\nVous "
                    "avez du mal avec vos papiers ?\nUne conseillère numérique tiendra des permanences à la mairie.\n")


def test_reader_questions_under_a_short_section_heading_are_the_fields(finder):
    phrases = theme_phrases_of(finder, READER_QUESTIONS)
    assert "Vous attendez un bébé" in phrases
    assert "Vos enfants s'ennuient le mercredi" in phrases


def test_reader_questions_under_a_heading_with_no_convention_paragraph_above_are_not(finder):
    # guard: the paragraph above the heading is about another subject (a festival), not the convention
    text = READER_QUESTIONS.replace("ont signé une convention territoriale globale pour 2025-2029",
                                    "organisent leur fête de printemps sur la place du marché le samedi 12 avril")
    assert "Vous attendez un bébé" not in theme_phrases_of(finder, text)


# -- the convention's story one brief of a column of briefs -----------------------------------------------------------
BRIEFS = ("VIVRE À ISTRES – N°87 – Mai 2024\nEN BREF\nVoirie : les travaux de l'avenue Jean-Jaurès dureront jusqu'en "
          "juillet.\nFamilles – La Ville a signé le 14 avril avec la Caf des Bouches-du-Rhône une convention territoriale "
          "globale tournée vers la petite enfance : une crèche de 40 places et un relais petite enfance.\nSport : le "
          "gymnase du Prépaou rouvre ses portes aux clubs le 3 juin.\nSeniors : le repas de printemps aura lieu le 25 "
          "mai à la salle polyvalente.\n")


def test_the_other_briefs_of_a_column_name_no_field_of_the_convention(labeller):
    themes = doc_themes(labeller, BRIEFS)
    assert "petite_enfance" in themes
    assert "autre" not in themes


def test_labelled_field_lines_under_the_convention_s_paragraph_still_count(finder):
    # guard: no brief on another subject before the convention's line, so the labelled lines after it are its fields
    text = ("La Ville a signé le 14 avril avec la Caf des Bouches-du-Rhône une convention territoriale globale pour "
            "quatre ans.\nPetite enfance : une crèche de 40 places ouvrira en 2025 près de la gare.\nSeniors : un "
            "accompagnement des aidants sera proposé dans les quartiers nord.\n")
    assert {"petite_enfance", "autre"} <= found_labels(finder(unwrap_lines(text)))


# -- a flattened table of the plan: each row one item ------------------------------------------------------------------
TABLE = ("La Communauté de communes du Thouarsais et la Caf des Deux-Sèvres ont signé leur CTG le 12 mars.\nLe plan "
         "d'actions est présenté par axe :\nAxe | Objectif | Pilote\n1 – Petite enfance | Ouvrir une micro-crèche à "
         "Thouars | Communauté de communes\n2 – Jeunesse | Créer un point information jeunesse itinérant | Centre social\n"
         "3 – Logement | Repérer les logements non décents | Caf\n")


def test_each_row_of_a_flattened_plan_table_is_one_item(finder):
    phrases = theme_phrases_of(finder, TABLE)
    # (up to its pilot's column, whose "Centre social" names no field of the row)
    assert "1 – Petite enfance | Ouvrir une micro-crèche à Thouars" in phrases
    assert len(phrases) == 3  # not its cells nor its numbered line again


def test_a_table_of_key_figures_under_no_introduction_of_fields_gives_no_item(finder):
    # guard: the rows of a table of figures, under a line that announces no fields
    text = ("La Communauté de communes du Thouarsais et la Caf ont signé leur CTG le 12 mars.\nLe territoire en "
            "chiffres\nCommunes | 24\nHabitants | 36 000\nAllocataires | 8 200\n")
    assert theme_phrases_of(finder, text) == []


# -- coordination and governance name the other field (the taxonomy keeps "réseau", "réseaux" and "territoire" under
# autre: the session's refit without them lowered the real grouped CV, 0.951 / 0.956 -> 0.941 / 0.948) -------------
def test_coordination_and_governance_still_name_the_other_field(finder):
    # guard: the words of a transversal axis stay in the taxonomy's "autre"
    text = ("La Caf et la Ville de Dole ont signé leur convention territoriale globale. Ses axes :\n- la petite enfance\n"
            "- la coordination des acteurs et la gouvernance de la convention\n")
    assert "autre" in phrase_labels(finder(unwrap_lines(text)))


# -- headings naming fields under a short heading announcing them ------------------------------------------------------
def test_field_headings_under_a_short_announcing_heading_below_the_convention_paragraph(finder):
    text = ("Le conseil communautaire a approuvé le 2 mars la convention territoriale globale signée avec la Caf du "
            "Haut-Rhin pour 2023-2027.\nLes chantiers\nPetite enfance\nLe multi-accueil de Soultz gagnera dix places "
            "et ouvrira plus tôt le matin.\nJeunesse\nUn animateur ira à la rencontre des 12-17 ans dans les villages.\n")
    assert {"Petite enfance", "Jeunesse"} <= set(theme_phrases_of(finder, text))


def test_field_headings_under_a_short_heading_announcing_nothing_are_not_taken_as_a_section(finder):
    # guard: "Le mot du président" announces no fields; the headings are the magazine's, over other news
    text = ("Le conseil communautaire a approuvé le 2 mars la convention territoriale globale signée avec la Caf du "
            "Haut-Rhin pour 2023-2027.\nLe mot du président\nTravaux\nLa route de Guebwiller sera refaite en juin.\n"
            "Animations\nLe marché de Noël revient place de la mairie.\n")
    assert "Travaux" not in theme_phrases_of(finder, text)


# -- a Caf's table of its conventions: the fields' column is the item ---------------------------------------------------
def test_a_table_of_conventions_gives_the_fields_cell_not_the_territory_nor_the_period(finder):
    text = ("La Caf de l'Orne a signé trois conventions territoriales globales en 2024 :\nTerritoire | Période | "
            "Priorités retenues\nCommunauté de communes du Pays de Mortagne | 2024-2028 | Petite enfance ; Jeunesse\n"
            "Communauté de communes des Sources de l'Orne | 2024-2028 | Parentalité ; Accès aux droits\n")
    phrases = theme_phrases_of(finder, text)
    assert "Petite enfance ; Jeunesse" in phrases
    assert not any("Mortagne" in p for p in phrases)


def test_a_first_row_naming_the_territory_in_a_cell_is_no_header(finder):
    # guard: "du territoire" inside a row's objective does not make that row a header of who signed
    text = ("La CTG de la Communauté de communes a été signée le 4 mai. Ses axes :\nPetite enfance | Améliorer l'accueil "
            "dans l'est du territoire\nJeunesse | Créer un point information jeunesse\nParentalité | Ouvrir un lieu "
            "d'accueil enfants-parents\n")
    assert "Petite enfance | Améliorer l'accueil dans l'est du territoire" in theme_phrases_of(finder, text)
