"""Session 22, document themes on press and town news (read_bq) and Caf round-ups and convention documents (read_br):
classes of pages the finder misread, each with an inline example written for these tests, on a blank French
pipeline."""

from __future__ import annotations

from conftest import found_labels, phrase_labels

from ctgminer.text.normalise import unwrap_lines


def test_what_the_people_a_concertation_invites_are_to_share_names_no_field(finder):
    # a concertation before the convention: the topics people are invited to speak about are no fields yet
    text = ("Grand Sud Caraïbe : la future CTG se prépare avec les habitants\nL'agglomération et la Caf de la "
            "Guadeloupe ouvrent la concertation préalable à leur future convention territoriale globale.\nEn avril, "
            "familles, jeunes et associations seront invités à partager leurs attentes sur la garde des tout-petits, "
            "les loisirs des adolescents et le logement.\nLa convention sera signée en fin d'année.")
    assert not found_labels(finder(unwrap_lines(text)))


def test_an_events_programme_after_the_sentence_telling_the_event_names_no_field(finder):
    # a public meeting of the diagnostic, then its programme
    text = ("Communauté de communes du Val d'Amour\nAgenda\nRéunion publique sur la future CTG\nPour préparer sa "
            "convention territoriale globale avec la Caf du Jura, la communauté de communes présente son diagnostic "
            "et invite les habitants à une réunion publique le 4 février à Mont-sous-Vaudrey.\nAu programme : les "
            "chiffres du territoire, puis des échanges sur les modes de garde, les loisirs des jeunes et le soutien "
            "aux parents.")
    assert not found_labels(finder(unwrap_lines(text)))


def test_a_signings_programme_still_names_the_conventions_fields(finder):
    text = ("Val d'Amour : la CTG est signée\nLa communauté de communes et la Caf du Jura ont signé mardi leur "
            "convention territoriale globale pour 2025-2029.\nAu programme : les modes de garde, les loisirs des jeunes "
            "et le soutien aux parents.")
    assert {"petite_enfance", "jeunesse", "parentalite"} <= found_labels(finder(unwrap_lines(text)))


def test_a_surveys_question_heading_and_its_topics_name_no_field(finder):
    # a survey page: "Sur quoi porte le questionnaire ?" over bulleted topics, then where to answer
    text = ("Pays de Saint-Omer\nEnquête auprès des familles\nLa communauté d'agglomération et la Caf du Pas-de-Calais "
            "préparent leur prochaine convention territoriale globale.\nSur quoi porte le questionnaire ?\n▪ Vos "
            "besoins en matière de garde d'enfants\n▪ Le soutien à la parentalité dont vous aimeriez disposer\n▪ Vos "
            "difficultés d'accès aux services publics\nVous avez jusqu'au 30 avril pour répondre, en ligne ou sur "
            "papier dans les mairies et les crèches.")
    assert not found_labels(finder(unwrap_lines(text)))


def test_an_information_line_naming_an_office_names_no_field(finder):
    text = ("Cœur de Savoie prépare sa CTG\nLa communauté de communes et la Caf de la Savoie préparent leur convention "
            "territoriale globale : un diagnostic sera conduit cet automne.\nInformations : service cohésion sociale "
            "de la communauté de communes")
    assert "animation_vie_sociale" not in found_labels(finder(unwrap_lines(text)))


def test_numbered_section_headings_in_capitals_introduce_the_orientations_and_the_fiches(finder):
    # a convention's plan: numbered sections in capitals, orientations named as such, fiches numbered 1.1, 2.1
    text = ("CONVENTION TERRITORIALE GLOBALE 2024-2028\nCommunauté de communes du Pays de Lure\n1. LE TERRITOIRE EN "
            "CHIFFRES\nCommunes : 42\nHabitants : 31 000\n2. LES ORIENTATIONS\nOrientation 1 : Offrir à chaque famille "
            "une solution d'accueil pour ses tout-petits\nOrientation 2 : Accompagner les parents dans leur rôle\n"
            "3. LES FICHES ACTIONS\nOrientation 1\n1.1 Ouvrir une micro-crèche à Villersexel\n1.2 Étendre les horaires "
            "du relais petite enfance\n1.3 Former les assistantes maternelles aux horaires atypiques\nOrientation 2\n2.1 Créer un lieu d'accueil enfants-parents itinérant\n"
            "2.2 Accueillir les enfants en situation de handicap dans tous les accueils de loisirs de la communauté "
            "(pôle ressources)\n2.3 Organiser des groupes de parole pour les parents séparés\n4. GOUVERNANCE\n"
            "Un comité de pilotage se réunit chaque année.")
    doc = finder(unwrap_lines(text))
    found = [span.text for span in doc.spans["theme_phrases"]]
    # (each group's third fiche too, under no label of its own)
    assert "Organiser des groupes de parole pour les parents séparés" in found
    assert "Ouvrir une micro-crèche à Villersexel" in found and {"parentalite", "handicap"} <= phrase_labels(doc)


def test_the_stakes_a_diagnostic_brought_out_under_the_retained_stakes_are_fields(finder):
    # "Les enjeux retenus", then "Les ateliers ont fait émerger plusieurs enjeux :" over arrowed needs
    text = ("Communauté de communes du Haut-Chablais\nSignature de la CTG 2024-2028\nLa communauté de communes et la Caf "
            "de la Haute-Savoie ont signé la convention territoriale globale le 12 mars.\nLes enjeux retenus\nLes "
            "ateliers de l'hiver ont fait émerger plusieurs enjeux propres au territoire :\n→ des besoins de garde "
            "liés au travail en station ;\n→ peu d'activités pour les 12-17 ans hors saison ;\n→ des difficultés de "
            "logement pour les saisonniers.")
    doc = finder(unwrap_lines(text))
    assert len(doc.spans["theme_phrases"]) == 3 and {"jeunesse", "logement"} <= phrase_labels(doc)


def test_parents_of_teenagers_name_support_to_parents_not_youth(finder):
    text = ("Vosges : la CTG d'Épinal signée\nL'agglomération et la Caf des Vosges ont signé la convention territoriale "
            "globale. Elle prévoit l'ouverture d'une micro-crèche et un soutien aux parents d'adolescents.")
    labels = found_labels(finder(unwrap_lines(text)))
    assert "parentalite" in labels and "jeunesse" not in labels


def test_who_the_diagnostic_was_conducted_with_names_no_field(finder):
    text = ("Caf de la Meuse\nVerdun : une CTG pour 2024-2028\nLa Caf de la Meuse et la communauté d'agglomération du "
            "Grand Verdun ont signé leur convention territoriale globale le 4 avril.\nCette signature conclut un "
            "diagnostic partagé conduit en 2023 avec les communes, le Département, les centres sociaux et les "
            "associations.\nLa convention porte sur l'accueil du jeune enfant et l'accès aux droits.")
    labels = found_labels(finder(unwrap_lines(text)))
    assert {"petite_enfance", "acces_aux_droits"} <= labels and "animation_vie_sociale" not in labels


def test_ties_between_generations_name_social_life(finder):
    text = ("La CTG de Vitré Communauté\nVitré Communauté et la Caf d'Ille-et-Vilaine ont signé leur convention "
            "territoriale globale. Les partenaires se sont fixé pour ambition de :\n- soutenir les jeunes dans leurs "
            "projets ;\n- multiplier les lieux de rencontre entre les générations.")
    assert "animation_vie_sociale" in phrase_labels(finder(unwrap_lines(text)))


def test_the_cafs_rights_appointments_and_meetings_between_parents_name_their_fields(finder):
    # a Caf's scheme named in prose ("rendez-vous des droits"), a magazine's line on parents meeting
    text = ("Lens-Liévin renouvelle sa CTG\nL'agglomération et la Caf du Pas-de-Calais ont renouvelé leur convention "
            "territoriale globale pour 2025-2029.\nLa directrice de la Caf souhaite multiplier les rendez-vous des "
            "droits dans les mairies.\nDes rencontres entre parents seront proposées dans les villages.")
    assert {"acces_aux_droits", "parentalite"} <= found_labels(finder(unwrap_lines(text)))


def test_families_in_difficulty_with_one_field_are_no_precarity(finder):
    text = ("Caf du Cher\nDeux avenants aux CTG pour le numérique\nLa Caf a signé deux avenants aux conventions "
            "territoriales globales du Pays Fort et du Sancerrois. Ils prévoient :\n✓ Repérer les familles en "
            "difficulté avec les démarches en ligne\n✓ Proposer des ateliers numériques dans les médiathèques")
    labels = phrase_labels(finder(unwrap_lines(text)))
    assert "inclusion_numerique" in labels and "accompagnement_social" not in labels


def test_a_renewal_adding_axes_to_the_former_conventions_fields_keeps_them(finder):
    # a Caf's round-up: the renewed convention adds two axes to the former one's fields, given in brackets
    text = ("Caf de l'Hérault – Espace partenaires\nCTG : une signature et un renouvellement\nLe Pays de Lunel a renouvelé "
            "sa convention territoriale globale pour 2025-2029. Elle y ajoute un axe « parentalité » aux champs de la "
            "précédente convention (petite enfance, enfance et jeunesse).")
    assert {"parentalite", "enfance", "jeunesse"} <= found_labels(finder(unwrap_lines(text)))


def test_a_statistic_setting_the_scene_does_not_void_the_conventions_fields(finder):
    # "Dans un bassin où le taux de ... %," then the convention and its two axes
    text = ("Caf de l'Aude\nQuatre CTG signées en 2025\nLimouxin : les familles au premier plan\nDans une vallée où le "
            "taux de chômage dépasse 15 %, la nouvelle convention, signée le 3 mars, fait de l'accès aux droits et du "
            "soutien aux parents ses deux axes principaux.")
    assert {"acces_aux_droits", "parentalite"} <= found_labels(finder(unwrap_lines(text)))


def test_the_priority_neighbourhoods_are_where_fields_happen_not_a_field(finder):
    # a press story: the convention's fields, then the neighbourhoods it gives priority to
    text = ("Verdun : la CTG signée\nLa ville et la Caf de la Meuse ont signé la convention territoriale globale. Elle "
            "porte sur la petite enfance et la jeunesse, avec une attention particulière aux quartiers prioritaires "
            "de la ville.")
    labels = found_labels(finder(unwrap_lines(text)))
    assert {"petite_enfance", "jeunesse"} <= labels and "autre" not in labels


def test_a_single_desk_for_childcare_names_early_childhood_not_access_to_rights(finder):
    text = ("Pays de Fontainebleau : la CTG signée\nL'agglomération et la Caf de Seine-et-Marne ont signé leur "
            "convention territoriale globale. Elle prévoit un guichet unique d'inscription en crèche pour toutes les "
            "communes et un guichet unique petite enfance à Avon.")
    labels = found_labels(finder(unwrap_lines(text)))
    assert "petite_enfance" in labels and "acces_aux_droits" not in labels


def test_a_count_of_the_conventions_a_round_up_announces_is_no_general_review(finder):
    # a Caf's activity report: four renewals, then what they all and three of them cover
    text = ("Caf du Gers – Rapport d'activité 2024\nL'année des renouvellements\nQuatre conventions territoriales "
            "globales ont été renouvelées en 2024 : Astarac, Lomagne, Val de Gers et Grand Auch.\nCes nouvelles "
            "conventions élargissent les champs couverts : outre la petite enfance, toutes comportent désormais un volet "
            "parentalité, et trois d'entre elles un volet animation de la vie sociale.")
    assert {"petite_enfance", "parentalite", "animation_vie_sociale"} <= found_labels(finder(unwrap_lines(text)))
