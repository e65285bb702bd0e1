"""Session 26 (tby), document themes on regional and local press and town pages (read_cb): fields told in lists whose
introduction names who drafted the convention, in officials' quotes and in reporters' paraphrase; each class with an
inline example written for these tests, on a blank French pipeline."""

from __future__ import annotations

from conftest import found_labels, phrase_labels, theme_phrases_of

from ctgminer.text.cues import OTHER_SCHEME
from ctgminer.text.fastcue import FastCue

# -- a centre social named as a co-author of the convention, in the sentence that introduces its list ----------------
DRAFTED_WITH = ("Ville de Frontignan\nActualités › Solidarités\nLa Ville et la Caf de l'Hérault ont signé mardi la "
                "convention territoriale globale 2025-2028.\nPréparée pendant un an avec les écoles, le centre social et "
                "les clubs sportifs, elle fixe les priorités de la commune pour quatre ans :\n"
                "→ les 0-3 ans : ouvrir dix places de plus à la crèche Les Moussaillons\n"
                "→ les 6-11 ans : un accueil de loisirs ouvert tout l'été\n"
                "→ les familles : des ateliers de soutien à la parentalité\n")


def test_a_case_kept_part_of_a_fast_cue_is_read_with_its_case():
    # the shared cue names a centre social by its own name, capitalised ("le centre social Jean-Moulin"); its fast
    # twin on lower-cased text must not take any word after "centre social" for that name
    cue = FastCue(OTHER_SCHEME)
    assert cue.search("Le centre social Jean-Moulin a présenté son projet.")
    assert not cue.search("avec les écoles, le centre social et les clubs sportifs, elle fixe")
    assert [m.span() for m in cue.finditer("le centre social et le centre social Arc-en-ciel")] == [
        m.span() for m in OTHER_SCHEME.finditer("le centre social et le centre social Arc-en-ciel")]


def test_a_list_introduced_by_a_sentence_naming_the_centre_social_as_co_author_is_read(finder):
    labels = phrase_labels(finder(DRAFTED_WITH))
    assert {"petite_enfance", "enfance", "parentalite"} <= labels


def test_a_list_under_a_named_centre_social_s_own_project_stays_out(finder):
    # guard: a centre social named by its own name whose own project the list gives is another scheme
    text = ("La Ville et la Caf ont signé la convention territoriale globale 2025-2028.\n"
            "Le centre social Les Salins renouvelle aussi son projet social, qui porte sur :\n"
            "- le logement des jeunes ;\n- l'insertion professionnelle ;\n- la mobilité.\n")
    assert not {"logement", "insertion"} & found_labels(finder(text))
    assert not theme_phrases_of(finder, text)


# -- the public a part of the convention is about, or activities given to it, told in an interview or a quote --------
def test_a_part_of_the_convention_about_a_weak_public_names_its_field(finder):
    text = ("La Caf de la Sarthe et la communauté de communes du Val de Sarthe ont signé mardi leur convention "
            "territoriale globale.\n« Nous avons voulu un volet sur les jeunes, avec un accueil ados dans chaque "
            "bourg, et un axe consacré aux parents », explique la vice-présidente.\n")
    assert {"jeunesse", "parentalite"} <= found_labels(finder(text))


def test_activities_given_to_the_young_in_a_quote_name_youth(finder):
    text = ("La commune de Lamballe et la Caf des Côtes-d'Armor ont signé la convention territoriale globale lundi.\n"
            "La directrice de la Caf a rappelé l'enjeu : proposer « des activités aux jeunes, le soir et le week-end ».\n")
    assert "jeunesse" in found_labels(finder(text))


def test_meetings_open_to_parents_name_no_field(finder):
    # guard: who may come to the meetings is no public the convention acts on
    text = ("La convention territoriale globale sera signée en juin.\nLes réunions publiques du diagnostic sont "
            "ouvertes aux parents, aux jeunes et aux élus.\n")
    assert not {"jeunesse", "parentalite"} & found_labels(finder(text))


def test_a_public_in_a_relative_clause_after_a_verb_in_the_present_names_its_field(finder):
    text = ("Le Département et la Caf de la Creuse signent une convention territoriale globale pour 2025-2029.\n"
            "Elle prévoit de créer deux micro-crèches et de financer les clubs qui accompagnent les jeunes du plateau.\n")
    assert "jeunesse" in found_labels(finder(text))


# -- children's leisure told by its times, Wednesdays and holidays ----------------------------------------------------
def test_leisure_on_wednesdays_and_holidays_names_childhood_in_prose(finder):
    text = ("Vitré Communauté et la Caf d'Ille-et-Vilaine ont signé la convention territoriale globale ce lundi.\n"
            "Les priorités sont claires : des places de crèche et des loisirs le mercredi et pendant les vacances.\n")
    assert "enfance" in found_labels(finder(text))


def test_leisure_outside_the_holidays_is_not_named_childhood_by_its_times(finder):
    # guard: "hors vacances" leisure of the young is no child's free time
    text = ("La convention territoriale globale a été signée ce lundi.\nElle prévoit pour les adolescents des "
            "sorties de loisirs en dehors des vacances.\n")
    assert "enfance" not in found_labels(finder(text))


# -- a run of bare fields where the weak publics stand beside strong ones ------------------------------------------------
def test_weak_publics_in_a_run_of_bare_fields_name_their_fields(finder):
    text = ("Ville d'Épinal\n12 mars 2025 ·\nLa Ville et la Caf des Vosges ont signé ce mercredi la convention "
            "territoriale globale 2025-2029. Crèches, accueils de loisirs, jeunes, parents : on avance ensemble !\n")
    assert {"petite_enfance", "enfance", "jeunesse", "parentalite"} <= found_labels(finder(text))


def test_a_consultation_s_addressees_in_a_run_name_no_field(finder):
    # guard: none of the addressees is a field word strong in prose
    text = ("La communauté de communes prépare sa convention territoriale globale avec la Caf.\nParents, "
            "grands-parents, jeunes : répondez au questionnaire avant le 30 avril !\n")
    assert not {"jeunesse", "parentalite"} & found_labels(finder(text))


# -- access of all to services (taxonomy) ---------------------------------------------------------------------------------
def test_access_of_all_to_services_names_access_to_rights(finder):
    text = ("La CTG 2024-2028 a été approuvée par le conseil.\nLes enjeux retenus :\n- l'accueil des tout-petits ;\n"
            "- la parentalité et l'accès de tous aux services ;\n- les loisirs des enfants.\n")
    assert "acces_aux_droits" in phrase_labels(finder(text))


# -- an official's wishes for a public, in the subjunctive -----------------------------------------------------------------
def test_a_wish_for_the_young_and_the_parents_names_their_fields(finder):
    text = ("La Ville de Saint-Junien et la Caf de la Haute-Vienne ont signé la convention territoriale globale.\n"
            "Le maire l'a résumée en une phrase : « Il faut que nos jeunes aient un lieu à eux, et pour que les parents "
            "se sentent épaulés. »\n")
    assert {"jeunesse", "parentalite"} <= found_labels(finder(text))


def test_a_wish_for_working_parents_is_no_parenting(finder):
    # guard: working parents need a childcare place, not parenting support
    text = ("La commune et la Caf ont signé leur convention territoriale globale jeudi.\n« Nous voulons que les "
            "parents qui travaillent tôt trouvent une place en crèche », a dit la maire.\n")
    labels = found_labels(finder(text))
    assert "parentalite" not in labels and "petite_enfance" in labels


def test_what_a_diagnostic_found_about_the_young_is_no_wish(finder):
    # guard: a finding told with "que", after "et", names no field by the weak word
    text = ("La communauté de communes prépare sa convention territoriale globale.\nLes élus savent qu'il manque "
            "des places d'accueil et que nos jeunes partent vers la ville.\n")
    assert "jeunesse" not in found_labels(finder(text))


# -- a job offer: the convention's own enumeration, named as "la convention" right after the CTG ----------------------
def test_a_job_offer_keeps_the_fields_of_the_convention_named_in_the_sentence_before(labeller):
    text = ("OFFRE D'EMPLOI\nCoordinateur(trice) CTG (H/F)\nDate limite de candidature : 30/06/2025\nLe territoire\n"
            "La communauté de communes du Pays de Mormal est engagée avec la Caf du Nord dans une Convention "
            "territoriale globale 2023-2027. Les enjeux retenus par la convention sont : l'accueil du jeune enfant, "
            "l'engagement des jeunes, l'accompagnement des parents et l'accès aux droits.\nVos missions\n• Animer "
            "les instances de la CTG\n• Suivre le plan d'actions\nProfil recherché\nPermis B. Candidatures à "
            "adresser au Président.\n")
    doc = labeller(text)
    assert {"petite_enfance", "jeunesse", "parentalite", "acces_aux_droits"} <= set(doc._.themes.themes)


# -- an official's emphasis in the negative, and an objective told in the negative -----------------------------------
def test_an_emphasis_in_the_negative_and_a_negative_objective_are_not_negations(finder):
    text = ("La communauté de communes et la Caf ont paraphé vendredi la convention territoriale globale 2024-2028.\n"
            "Le président n'a pas caché sa satisfaction : « Nos priorités, on les a construites avec les maires et les "
            "associations, c'est d'abord l'accueil des tout-petits, et puis ne pas laisser les familles seules devant "
            "les démarches en ligne. »\n")
    assert {"petite_enfance", "inclusion_numerique"} <= found_labels(finder(text))


def test_what_the_convention_does_not_cover_stays_negated(finder):
    # guard
    text = ("La CTG 2024-2028 a été signée mardi.\nElle ne couvre pas le logement, qui relève du programme de "
            "l'agglomération.\n")
    assert "logement" not in found_labels(finder(text))


# -- a magazine's own question on what the territory will act on ends the explainer's questions above it -------------
MAGAZINE_QA = ("LE MAG DE L'AGGLO – n°51 – été 2024\nDOSSIER\nConvention territoriale globale : 3 questions\nLe 4 juin, "
               "l'agglomération et la Caf de la Martinique ont signé une convention territoriale globale pour 2024-2028.\n"
               "Une CTG, c'est quoi ?\nUn contrat de cinq ans entre la Caf et les collectivités, qui remplace les contrats "
               "enfance jeunesse.\nSur quoi va-t-on agir ?\nSur l'accueil des tout-petits d'abord, avec 120 places de "
               "crèche en plus. Sur la parentalité ensuite, avec un lieu d'accueil enfants-parents. Sur le logement "
               "insalubre enfin.\nQu'est-ce que ça change pour moi ?\nDe nouveaux services près de chez vous.\n")


def test_the_page_s_own_question_on_what_it_will_act_on_ends_the_explainer(finder):
    assert {"petite_enfance", "parentalite", "logement"} <= found_labels(finder(MAGAZINE_QA))


def test_an_explainer_s_next_question_on_what_ctgs_may_cover_stays_in_it(finder):
    # guard: "Sur quoi porte-t-elle ?" under "Qu'est-ce qu'une CTG ?" asks about CTGs in general
    text = ("Une CTG, c'est quoi ?\nUn contrat entre la Caf et une collectivité.\nSur quoi peut-elle porter ?\nElle peut "
            "couvrir le logement, le handicap ou l'insertion.\n")
    assert not {"logement", "handicap", "insertion"} & found_labels(finder(text))


# -- a job offer's mission over the plan's actions, after a colon, an item with its own brackets ----------------------
def test_a_mission_over_the_plan_s_actions_after_a_colon_gives_the_fields(labeller):
    text = ("COMMUNE DE SAINT-PIERRE\nAVIS DE RECRUTEMENT\nCoordinateur(trice) de la Convention Territoriale Globale\n"
            "Dans le cadre de sa Convention Territoriale Globale avec la Caf, la commune recrute un(e) coordinateur(trice).\n"
            "Vos missions :\n* coordonner les actions du plan : petite enfance (micro-crèche), accueils de loisirs, "
            "jeunesse, soutien à la parentalité\n* organiser les comités de pilotage\nProfil : formation supérieure. "
            "Candidature à adresser au Maire.\n")
    assert {"petite_enfance", "enfance", "jeunesse", "parentalite"} <= set(labeller(text)._.themes.themes)


# -- a goal told in the negative inside "pour que" or a wish is no negation of its field --------------------------------
def test_a_goal_in_the_negative_after_pour_que_names_its_field(finder):
    text = ("L'agglomération et la Caf de la Guadeloupe ont signé mardi la convention territoriale globale.\nLe président "
            "a salué « un outil pour que nos jeunes ne soient plus obligés de partir pour trouver un lieu où se "
            "retrouver ».\n")
    assert "jeunesse" in found_labels(finder(text))


def test_a_negation_before_a_goal_clause_stays_a_negation(finder):
    # guard: the "pour que" comes after the negation, which still leaves the field out
    text = ("La CTG 2024-2028 a été signée mardi.\nLe logement ne fait pas partie de la convention, pour que celle-ci "
            "reste centrée sur ses priorités.\n")
    assert "logement" not in found_labels(finder(text))
