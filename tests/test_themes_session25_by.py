"""Session 25 (tby), document themes on convention documents and long official documents as a PDF extractor returns
them (read_by): a preamble's general scope broken before a capitalised name, a diagnostic's findings over bullets,
an evaluation's weak points, the services that keep running as before; each class with an inline example written
for these tests, on a blank French pipeline."""

from __future__ import annotations

from conftest import found_labels, phrase_labels

from ctgminer.text.normalise import unwrap_lines

# -- a general scope sentence a PDF's layout broke before a capitalised name -------------------------------------------
PREAMBLE = ("CONVENTION TERRITORIALE GLOBALE 2025-2029\nentre la Caf du Morbihan et la Communauté de communes du Pays "
            "de Josselin\nPréambule\nLa démarche de convention territoriale globale est un cadre de partenariat entre "
            "la Caf et une collectivité.\nElles peuvent couvrir tous les domaines d'action qui relèvent de la branche\n"
            "Famille : accueil du jeune enfant, jeunesse, logement, handicap, accompagnement social des familles.\n"
            "Article 2 – Les champs retenus\nLes signataires conviennent d'agir en priorité sur les champs suivants :\n"
            "• la parentalité ;\n• l'animation de la vie sociale.\n")


def test_a_general_scope_sentence_broken_before_a_capitalised_name_stays_general(finder):
    doc = finder(unwrap_lines(PREAMBLE))
    labels = found_labels(doc)
    assert {"parentalite", "animation_vie_sociale"} <= labels  # the convention's own list
    assert not {"logement", "handicap", "accompagnement_social"} & labels  # the branch's whole scope


def test_a_new_sentence_on_the_line_after_a_long_unpunctuated_line_is_not_carried(finder):
    # guard: the sentence on the next line opens on its own subject ("La"), so it does not go on with a general one
    text = ("Convention territoriale globale de la Communauté de communes du Pays de Josselin\nLes Caf peuvent couvrir "
            "de nombreux domaines au titre de la politique de la branche famille sur les territoires ruraux du pays\n"
            "La présente convention retient la petite enfance et la parentalité.\n")
    assert {"petite_enfance", "parentalite"} <= found_labels(finder(unwrap_lines(text)))


def test_a_short_heading_above_a_capitalised_line_carries_nothing(finder):
    # guard: a short heading without a stop is no wrapped line
    text = ("La Caf et la commune de Ploërmel ont signé leur convention territoriale globale.\nSes champs d'action\n"
            "Jeunesse et parentalité sont les deux axes retenus par les élus.\n")
    assert {"jeunesse", "parentalite"} <= found_labels(finder(unwrap_lines(text)))


# -- what a diagnostic brings out, over bullets -----------------------------------------------------------------------
def test_a_diagnostics_findings_over_bullets_name_no_field(finder):
    text = ("Objet : Convention territoriale globale 2025-2028 – Approbation\nLa précédente étape a été le diagnostic "
            "du territoire.\nLe diagnostic réalisé en 2024 met en évidence :\n• 12 communes et 18 000 habitants ;\n"
            "• un quart des familles sous le seuil de pauvreté ;\n• des quartiers prioritaires de la politique de la "
            "ville concentrant les difficultés de logement.\nLes orientations de la convention sont les suivantes :\n"
            "1. Développer l'accueil du jeune enfant\n2. Soutenir la fonction parentale\n")
    doc = finder(unwrap_lines(text))
    assert {"petite_enfance", "parentalite"} <= phrase_labels(doc)
    assert not {"autre", "logement", "accompagnement_social"} & found_labels(doc)


def test_a_diagnostic_that_brings_out_priorities_still_introduces_them(finder):
    # guard: the diagnostic's outcome named as the convention's priorities is no finding
    text = ("La Caf et la commune de Vannes ont signé une convention territoriale globale.\nLe diagnostic a fait "
            "ressortir trois priorités :\n• l'accueil du jeune enfant ;\n• la jeunesse ;\n• l'accès aux droits.\n")
    assert {"petite_enfance", "jeunesse", "acces_aux_droits"} <= phrase_labels(finder(unwrap_lines(text)))


def test_the_needs_a_diagnostic_brings_out_are_still_taken_up(finder):
    # guard: the needs it found ("les besoins suivants"), and its findings under the convention's stakes, stay fields
    text = ("Considérant le diagnostic conduit avec les 14 communes, qui a fait ressortir les besoins suivants : "
            "manque de places pour les tout-petits, peu de lieux pour les adolescents ;\nDÉCIDE d'approuver la "
            "convention territoriale globale 2025-2029, qui reprend ces enjeux.\n")
    assert {"petite_enfance", "jeunesse"} <= found_labels(finder(unwrap_lines(text)))
    text = ("La Caf et la communauté de communes ont signé leur convention territoriale globale.\nLes enjeux "
            "retenus\nLe diagnostic a fait ressortir :\n• un manque de places pour les tout-petits ;\n• des familles "
            "monoparentales isolées.\n")
    assert {"petite_enfance", "accompagnement_social"} <= found_labels(finder(unwrap_lines(text)))


# -- an evaluation's weak points --------------------------------------------------------------------------------------
def test_an_evaluations_weak_points_are_a_zone_of_findings(finder):
    text = ("BILAN DE LA CONVENTION TERRITORIALE GLOBALE 2020-2024\n1. Rappel des objectifs de la CTG 2020-2024\n"
            "a. soutenir la parentalité ;\nb. développer l'offre pour les adolescents.\n3. Points de vigilance\n"
            "- gouvernance peu lisible entre l'intercommunalité et ses 5 communes ;\n- coordination insuffisante des "
            "accueils de loisirs ;\nPage 3\n4. Recommandations pour la future CTG\nR1. Recruter un coordinateur\n")
    zones = finder.get_pipe("ctg_themes").diagnostic_zones(text)
    start, end = text.index("3. Points de vigilance"), text.index("4. Recommandations")
    assert (start, end) in zones  # over the running page line, to the next section
    assert not any(s <= text.index("a. soutenir") < e for s, e in zones)


def test_guard_a_section_of_strengths_and_weaknesses_does_not_swallow_the_axes_section(finder):
    text = ("Forces et faiblesses\n- un réseau associatif actif ;\n- peu de places pour les tout-petits.\n"
            "Article 3 – Les axes de la convention\nAxe 1 – Développer l'accueil des enfants de 3 à 11 ans\nAxe 2 – "
            "Soutenir la parentalité\n")
    assert {"enfance", "parentalite"} <= phrase_labels(finder(unwrap_lines(text)))


# -- the services that keep running as before ----------------------------------------------------------------------
def test_services_that_keep_running_as_before_are_no_fields(finder):
    text = ("Le maire et la directrice de la Caf ont signé la convention territoriale globale de Muzillac.\nPour les "
            "familles, rien ne change au quotidien : la crèche, le relais petite enfance et l'accueil de loisirs "
            "continuent de fonctionner.\nLa convention porte sur la jeunesse et l'accès aux droits.\n")
    labels = found_labels(finder(unwrap_lines(text)))
    assert {"jeunesse", "acces_aux_droits"} <= labels
    assert not {"petite_enfance", "enfance"} & labels


def test_guard_a_convention_that_keeps_a_field_going_still_names_it(finder):
    text = ("La convention territoriale globale de Muzillac porte sur la petite enfance, pour que la crèche continue "
            "d'accueillir les enfants du territoire, et sur la jeunesse.\n")
    assert {"petite_enfance", "jeunesse"} <= found_labels(finder(unwrap_lines(text)))


# -- an item built with its public by age --------------------------------------------------------------------------------
def test_an_item_built_with_its_public_by_age_names_that_field(finder):
    text = ("Les élus de Questembert Communauté ont retenu quatre priorités pour la convention territoriale globale :\n"
            "✓ Des places d'accueil pour les moins de 3 ans à Malansac\n✓ Un lieu d'accueil construit avec les 11-17 "
            "ans\n✓ Un café des parents animé par le centre social\n")
    doc = finder(unwrap_lines(text))
    phrases = [span.text for span in doc.spans["theme_phrases"]]
    assert any("11-17 ans" in p for p in phrases), phrases


def test_guard_an_item_prepared_with_partners_only_names_no_field(finder):
    # guard: who the item was prepared with, no public by age, still names no field
    text = ("Les élus de Questembert Communauté ont retenu trois priorités pour la convention territoriale globale :\n"
            "✓ Des places d'accueil pour les moins de 3 ans à Malansac\n✓ Un projet construit avec les associations "
            "locales\n✓ Un café des parents animé par le centre social\n")
    doc = finder(unwrap_lines(text))
    phrases = [span.text for span in doc.spans["theme_phrases"]]
    assert not any("associations locales" in p for p in phrases), phrases


# -- an amendment's new diagnostic, widened to other fields ----------------------------------------------------------
AMENDMENT = ("Objet : Avenant n°1 à la convention territoriale globale 2020-2024 – Prolongation\nLa commune a signé en "
             "2020 avec la Caf une convention territoriale globale portant sur la petite enfance et la jeunesse.\n"
             "Le temps de mener un nouveau diagnostic, élargi au logement et à l'insertion, la convention est "
             "prolongée d'un an.\n")


def test_an_amendments_new_diagnostic_widened_to_other_fields_names_none_of_this_one(finder):
    labels = found_labels(finder(unwrap_lines(AMENDMENT)))
    assert {"petite_enfance", "jeunesse"} <= labels
    assert not {"logement", "insertion"} & labels


def test_guard_a_conventions_own_widening_is_still_its_field(finder):
    # guard: not an amendment page, the convention itself widened to a field
    text = ("La commune et la Caf ont signé leur convention territoriale globale, élargie au logement et à "
            "l'insertion après un nouveau diagnostic.\n")
    assert {"logement", "insertion"} <= found_labels(finder(unwrap_lines(text)))


# -- an official document's outline numbered in Roman figures --------------------------------------------------------
def test_sub_sections_under_a_roman_numbered_section_are_its_items(finder):
    text = ("CONVENTION TERRITORIALE GLOBALE DÉPARTEMENTALE DU CANTAL 2025 – 2029\nII. Objet\nLa convention couvre "
            "l'ensemble du territoire départemental.\nIII. Les orientations partagées\nIII.1 Accès aux droits et aux "
            "services\nIII.1.1 Lutter contre le non-recours\nIII.2 Accompagnement des familles vulnérables\nIII.2.1 "
            "Prévenir les ruptures lors des séparations\nIII.3 Logement\nLutter contre la précarité énergétique\n"
            "CTG départementale Cantal 2025-2029 | 4\nVI. Durée\nLa convention est conclue pour cinq ans.\n")
    doc = finder(unwrap_lines(text))
    phrases = [span.text for span in doc.spans["theme_phrases"]]
    assert any(p.endswith("Lutter contre le non-recours") for p in phrases), phrases
    assert any(p.endswith("Prévenir les ruptures lors des séparations") for p in phrases), phrases
    assert {"acces_aux_droits", "accompagnement_social", "logement"} <= phrase_labels(doc)


def test_guard_roman_ordinals_in_prose_are_no_numbers(finder):
    from ctgminer.extract.components.themes import patterns as P

    assert not P.BULLET.match("XIe arrondissement : la convention territoriale globale porte sur la jeunesse")
    assert not P.BULLET.match("VIe Plan de cohésion sociale")
    assert P.BULLET.match("IV.2 Soutenir la fonction parentale")


# -- the fields named first, its priorities after them ----------------------------------------------------------------
def test_fields_named_before_en_sont_les_priorites_are_its_items(finder):
    text = ("Saint-Laurent-du-Maroni – Actualités\nLa Ville et la Caf de la Guyane signent leur convention territoriale "
            "globale\nLe maire et la directrice de la Caf ont signé mardi la convention territoriale globale de "
            "Saint-Laurent-du-Maroni. Parentalité, jeunesse et inclusion numérique en sont les trois priorités, avec "
            "l'ouverture d'un espace jeunes.\n")
    doc = finder(unwrap_lines(text))
    phrases = [span.text for span in doc.spans["theme_phrases"]]
    assert {"Parentalité", "jeunesse", "inclusion numérique"} <= set(phrases), phrases


def test_guard_other_schemes_priorities_named_first_stay_out(finder):
    # guard: another scheme's priorities (the local health contract's) named before "en restent les priorités"
    text = ("La Ville et la Caf ont signé leur convention territoriale globale, qui porte sur la parentalité.\nDe son "
            "côté, le contrat local de santé est renouvelé : nutrition, sport et santé mentale en restent les "
            "priorités.\nNutrition, sport et santé mentale sont aussi les trois priorités du contrat local de santé.\n")
    doc = finder(unwrap_lines(text))
    phrases = [span.text for span in doc.spans["theme_phrases"]]
    assert not any("santé mentale" in p or "sport" in p for p in phrases), phrases


# -- the people far from digital tools, in prose -----------------------------------------------------------------------
def test_people_far_from_digital_tools_name_digital_inclusion_in_prose(finder):
    text = ("La commune de Lamballe et la Caf ont signé leur convention territoriale globale. Elle prévoit "
            "d'accompagner les habitants éloignés du numérique dans les mairies.\n")
    assert "inclusion_numerique" in found_labels(finder(unwrap_lines(text)))


def test_guard_digital_as_a_weak_adjective_in_prose_names_nothing(finder):
    # guard: "numérique" alone stays weak in prose (a digital signing, an online newsletter)
    text = ("La commune de Lamballe et la Caf ont signé leur convention territoriale globale, dont la version "
            "numérique est consultable en mairie. Elle porte sur la jeunesse.\n")
    labels = found_labels(finder(unwrap_lines(text)))
    assert "jeunesse" in labels and "inclusion_numerique" not in labels
