"""Session 20, document themes: classes of CTG pages whose fields the finder missed (false negatives) or read from
passages that are not this convention's fields (false positives), each with an inline example written for these
tests, on a blank French pipeline."""

from __future__ import annotations

from conftest import found_labels, phrase_labels

from ctgminer.text.normalise import unwrap_lines


def phrases(doc) -> list[str]:
    return [span.text for span in doc.spans["theme_phrases"]]


# -- a territory's page of questions on its own convention: "Sur quoi agit-elle ?" after "Pourquoi une CTG ?" -------
def test_what_the_convention_acts_on_after_why_a_ctg(finder):
    text = ("Communauté de communes du Val d'Orge\nLa CTG du Val d'Orge\nPourquoi une CTG ?\nParce que nos neuf villages "
            "vieillissent et que les jeunes partent.\nSur quoi agit-elle ?\nSur la garde des tout-petits, sur le soutien "
            "aux parents et sur l'accès aux droits.\nPour combien de temps ?\nDe 2025 à 2029.\n")
    assert {"petite_enfance", "parentalite", "acces_aux_droits"} <= phrase_labels(finder(unwrap_lines(text)))


# -- a magazine's question with the objectives put first: "Ces objectifs, quels sont-ils ?" ---------------------------
def test_list_under_the_objectives_put_first_in_a_question(finder):
    text = ("Le magazine de la Communauté de communes\nLa CTG est signée\nLa convention territoriale globale a été signée "
            "le 2 décembre pour 2022-2026. « C'est l'occasion de nous fixer des objectifs », dit le président.\nCes "
            "objectifs, quels sont-ils ?\n→ Soutenir l'accueil du jeune enfant dans les bourgs\n→ Aller vers les "
            "jeunes avec un animateur itinérant\n→ Faciliter les démarches grâce à France services\n")
    assert {"petite_enfance", "acces_aux_droits"} <= phrase_labels(finder(unwrap_lines(text)))


# -- a social post: its list under a pointing pictograph, in the page's own words --------------------------------
def test_post_list_under_what_we_will_do_with_a_pointing_hand(finder):
    text = ("Mairie de Saint-Brès\n🎉 C'est signé ! La commune et la Caf de l'Hérault ont signé hier notre Convention "
            "territoriale globale 2025-2028.\nCe qu'on va faire ensemble 👇\n→ de nouvelles places en crèche\n→ un "
            "lieu d'accueil enfants-parents\n→ un espace jeunes ouvert le samedi\n#CTG #familles\n")
    labels = phrase_labels(finder(unwrap_lines(text)))
    assert {"petite_enfance", "parentalite", "jeunesse"} <= labels


def test_post_list_under_what_it_means_for_our_families(finder):
    text = ("Communauté de communes des Hautes Vallées\n📢 Hier, la Communauté de communes et la Caf de l'Aude ont signé "
            "notre première Convention territoriale globale 🎉\nPour nos habitants, ça veut dire quoi ? 👇\n🔸 un relais "
            "petite enfance itinérant\n🔸 un accueil de loisirs ouvert l'été\n🔸 une aide aux démarches en ligne\n")
    labels = phrase_labels(finder(unwrap_lines(text)))
    assert {"petite_enfance", "enfance", "inclusion_numerique"} <= labels


# -- the convention's own orientations after a sentence on the forum its diagnostic came from ------------------------
def test_orientations_after_the_forum_the_convention_follows(finder):
    text = ("Communauté de communes du Haut-Lignon – Actualités\nLa CTG est signée\nLa Convention territoriale globale a "
            "été signée le 3 mars avec la Caf de la Haute-Loire pour 2025-2029. Elle fait suite au diagnostic présenté "
            "lors du forum des familles de janvier.\nSes orientations :\n- Petite enfance : ouvrir une micro-crèche au "
            "bourg ;\n- Jeunesse : créer un point information jeunesse ;\n- Logement : lutter contre la non-décence.\n")
    assert {"petite_enfance", "jeunesse", "logement"} <= found_labels(finder(unwrap_lines(text)))


def test_a_survey_topics_stay_no_fields(finder):
    # (the consultation is the subject of the sentence before: its topics are no fields of the convention)
    text = ("Ville de Lunac\nDonnez votre avis\nLa Ville prépare sa Convention territoriale globale avec la Caf. Un "
            "questionnaire est ouvert jusqu'au 30 avril.\nIl porte sur :\n- la garde des jeunes enfants\n- les loisirs "
            "des adolescents\n- le logement\n")
    assert not phrases(finder(unwrap_lines(text)))


# -- the convention's choices in the present before the colon: "le projet retient :" ---------------------------------
def test_list_under_what_the_project_retains(finder):
    text = ("Le magazine de l'Agglo\nUne convention pour les familles\nLa Convention territoriale globale de l'Agglo sera "
            "signée le 2 juillet avec la Caf de l'Eure pour 2025-2029.\nCe que prévoit la convention\nAu vu du "
            "diagnostic, le projet retient :\n— l'accès des familles à un mode d'accueil pour leur jeune enfant\n— le "
            "soutien aux parents d'adolescents\n— l'accompagnement des familles monoparentales\n")
    labels = phrase_labels(finder(unwrap_lines(text)))
    assert {"petite_enfance", "parentalite", "accompagnement_social"} <= labels


# -- fields told one per sentence by words of order, the first with a long explanation ---------------------------
def test_ordered_fields_whose_first_runs_on(finder):
    text = ("La Dépêche du Lot\nFigeac : la CTG est signée\nLa convention territoriale globale a été signée jeudi pour "
            "2025-2029. Trois chantiers ont été retenus. D'abord la petite enfance, avec vingt places nouvelles d'ici "
            "2028, notamment dans les villages du causse où les assistantes maternelles partent à la retraite sans "
            "être remplacées. Ensuite la jeunesse : un espace jeunes ouvrira. Enfin, l'accès aux droits, avec une "
            "France services itinérante.\n")
    found = phrases(finder(unwrap_lines(text)))
    assert "la petite enfance" in found and "la jeunesse" in found


# -- what the territory already had, in an official's words on the signing day -------------------------------------
def test_what_the_territory_already_had_names_no_field(finder):
    text = ("Le Courrier de l'Ouest\nLa CTG signée à Segré\nLa convention territoriale globale a été signée mardi pour "
            "2025-2029.\n« Nous avions déjà des crèches, des accueils de loisirs et un centre social. Mais chaque commune "
            "travaillait seule », rappelle le président.\nLa convention porte sur la jeunesse et le logement.\n")
    labels = found_labels(finder(unwrap_lines(text)))
    assert {"jeunesse", "logement"} <= labels
    assert not labels & {"petite_enfance", "enfance", "animation_vie_sociale"}


# -- a signatory's part justified by its missions is no general sentence on the Caf's missions ----------------------
def test_fiches_a_ccas_signs_for_after_its_missions(finder):
    text = ("CCAS DE LA VILLE DE BERNAY\nCONSEIL D'ADMINISTRATION\nExposé :\nLa Caf de l'Eure et l'Intercom finalisent "
            "leur Convention Territoriale Globale 2025-2029. Compte tenu de ses missions, le CCAS est invité à la signer "
            "au titre des fiches actions dont il assure le pilotage :\n Fiche 4 – Soutenir l'épicerie solidaire et les "
            "familles en situation de précarité ;\n Fiche 7 – Accompagner les familles dans leurs démarches en ligne.\n"
            "Après en avoir délibéré, le Conseil approuve.\n")
    assert {"accompagnement_social", "inclusion_numerique"} <= phrase_labels(finder(unwrap_lines(text)))


# -- where the reader may answer a consultation names no field, whatever venue it names ------------------------------
def test_where_to_answer_the_survey_names_no_field(finder):
    text = ("Ville de Montlouis\nDonnez votre avis !\nLa Ville et la Caf préparent la future Convention territoriale "
            "globale. Le questionnaire en ligne prend dix minutes.\nVous pouvez aussi répondre sur papier, à la "
            "médiathèque ou au centre socioculturel.\n")
    assert "animation_vie_sociale" not in found_labels(finder(unwrap_lines(text)))


# -- the members' own agreements beside the convention --------------------------------------------------------------
def test_members_own_agreements_name_no_field_of_this_one(finder):
    text = ("Agglo du Pays de Dreux – Actualités\nPetite enfance : l'Agglo signe sa CTG\nL'Agglo a signé le 4 mars sa "
            "Convention territoriale globale avec la Caf pour 2025-2028. Elle porte sur la petite enfance, sa compétence."
            "\nLes communes gardent la possibilité de conclure avec la Caf leurs propres engagements pour les accueils "
            "périscolaires qu'elles gèrent.\n")
    labels = found_labels(finder(unwrap_lines(text)))
    assert "petite_enfance" in labels and "enfance" not in labels


# -- an amendment adding a field named in quotes ----------------------------------------------------------------------
def test_amendment_adds_a_fiche_action_named_in_quotes(finder):
    text = ("Communauté de communes du Pays de Lure\nCompte rendu du conseil communautaire\nPoint 9 – Avenant n°1 à la "
            "Convention territoriale globale\nLa convention signée en 2022 couvre la petite enfance et la parentalité. "
            "Le comité de pilotage propose un avenant qui :\n- ajoute une fiche action « Logement des apprentis », en "
            "lien avec le foyer de jeunes travailleurs ;\n- prolonge la convention d'une année.\n")
    assert "logement" in phrase_labels(finder(unwrap_lines(text)))


def test_amendment_adds_a_further_fiche_action_devoted_to_a_field(finder):
    text = ("Ville de Lons\nAvenant à la CTG\nLa convention porte sur la petite enfance et la jeunesse. L'avenant signé "
            "le 3 mai intègre une fiche action supplémentaire consacrée à l'inclusion numérique.\n")
    assert "l'inclusion numérique" in phrases(finder(unwrap_lines(text)))


def test_proposal_after_the_assessment_adds_a_field(finder):
    # (the impersonal "Il est proposé" continues no findings of the assessment before it)
    text = ("Agglomération de Vesoul\nConseil communautaire du 4 avril 2024\nAvenant n°2 à la Convention territoriale "
            "globale\nLa CTG signée en 2022 couvre la petite enfance et la jeunesse. Le bilan à mi-parcours fait "
            "ressortir un besoin d'accompagnement des habitants éloignés du numérique. Il est donc proposé d'ajouter à "
            "la convention, par voie d'avenant, un champ « inclusion numérique » qui prévoit deux conseillers "
            "numériques.\n")
    assert "inclusion_numerique" in phrase_labels(finder(unwrap_lines(text)))


# -- the figures an official recalls are the territory's portrait, no fields --------------------------------------
def test_figures_recalled_after_a_colon_are_no_fields(finder):
    text = ("France-Antilles\nLa CTG du Nord Grande-Terre est signée\nLa convention territoriale globale a été signée "
            "mardi pour 2025-2029. La directrice de la Caf a rappelé les chiffres : 21 000 allocataires, un taux de "
            "couverture en modes d'accueil de 30 %, et un non-recours aux droits élevé dans les sections.\n")
    assert not phrases(finder(unwrap_lines(text)))


# -- a newsletter's table of contents lists its articles, no fields ------------------------------------------------
def test_table_of_contents_lines_are_no_fields(finder):
    text = ("Caf de l'Ain\nLA LETTRE DES PARTENAIRES\nSOMMAIRE\nÉdito .......................... 1\nTerritoires : la CTG "
            "du Bugey est signée ....... 2\nPetite enfance : le bonus mixité ............ 3\nVie sociale : deux centres "
            "sociaux agréés ........ 4\nÉDITO\nNos partenaires se sont mobilisés pour les familles cette année.\n")
    assert not phrases(finder(unwrap_lines(text)))


# -- the Département's child protection is no childhood leisure field -------------------------------------------
def test_child_protection_names_no_childhood_field(finder):
    text = ("L'Indépendant\nLa CTG signée à Limoux\nLa convention territoriale globale a été signée jeudi pour "
            "2025-2028 par la Caf, le Département et la communauté de communes. « La CTG permet d'articuler nos "
            "politiques de protection de l'enfance et d'aide sociale à l'enfance avec celles de la Caf », a expliqué "
            "la vice-présidente du Département. Elle porte sur la petite enfance et la parentalité.\n")
    labels = found_labels(finder(unwrap_lines(text)))
    assert {"petite_enfance", "parentalite"} <= labels and "enfance" not in labels
