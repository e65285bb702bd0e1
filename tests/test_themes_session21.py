"""Session 21, document themes: classes of CTG pages the finder misread on read_bl / read_bm (council minutes,
convention articles, town news and magazines), each with an inline example written for these tests, on a blank
French pipeline."""

from __future__ import annotations

from conftest import found_labels, phrase_labels, theme_phrases_of

from ctgminer.text.normalise import unwrap_lines


def test_an_inline_teaser_of_another_towns_ctg_names_no_field_of_this_one(finder):
    # a local paper's story, closed by a teaser line on the same subject ("Sur la même thématique : ...")
    text = ("Haute-Saône / Lure\nLa Caf et le Pays de Lure signent leur CTG\nPar notre correspondant – 12 mars 2024\n"
            "Mardi, à la mairie, le président et la directrice de la Caf de la Haute-Saône ont signé la convention "
            "territoriale globale. « Nous avons choisi deux sujets : les 11-17 ans et le soutien aux parents », a dit le "
            "président.\nSur la même thématique : Vesoul a renouvelé sa CTG en janvier, avec un volet logement et un "
            "volet handicap.")
    labels = found_labels(finder(unwrap_lines(text)))
    assert "jeunesse" in labels and not {"logement", "handicap"} & labels


def test_an_office_to_ask_for_more_names_no_field(finder):
    # a news brief's last line points to an office ("Pour en savoir plus : pôle cohésion sociale, ...")
    text = ("Communauté de communes du Val de Morteau\nActualités\nLe Val de Morteau prépare sa Convention territoriale "
            "globale avec la Caf du Doubs : un diagnostic sera mené cet hiver avec les élus et les habitants.\n"
            "Pour en savoir plus : pôle cohésion sociale, maison de la communauté de communes à Morteau.")
    assert "animation_vie_sociale" not in found_labels(finder(unwrap_lines(text)))


def test_a_magazines_list_of_the_issues_other_articles_ends_the_story(finder):
    # "Lire aussi dans ce numéro" alone on its line, the issue's other headlines below
    text = ("Le Mag de Lure Agglo – n°12\nDossier\nLa convention territoriale globale signée\nLe 4 mars, l'agglomération "
            "et la Caf de la Haute-Saône ont signé leur convention territoriale globale pour cinq ans, après un an de "
            "diagnostic partagé avec les communes.\nElle porte sur la petite enfance, la jeunesse et la parentalité.\n"
            "Lire aussi dans ce numéro\nMobilité : le réseau de bus change ses horaires\nAgenda culturel de mars")
    labels = found_labels(finder(unwrap_lines(text)))
    assert "jeunesse" in labels and "autre" not in labels


def test_this_one_set_against_the_first_convention_is_the_new_one(finder):
    # an official's words: the first convention's work in the past, then "Celle-ci doit ..." with its fields
    text = ("Isère – Voiron\nLe Pays voironnais renouvelle sa CTG\nPublié le 3 juin 2025\nLe Pays voironnais et la Caf "
            "de l'Isère ont renouvelé jeudi leur convention territoriale globale jusqu'en 2029.\n« La première "
            "convention nous a permis d'ouvrir deux crèches. Celle-ci doit nous permettre d'avancer sur les loisirs des "
            "adolescents et l'accès aux droits », a dit le président.")
    labels = found_labels(finder(unwrap_lines(text)))
    assert {"jeunesse", "acces_aux_droits"} <= labels


def test_services_that_keep_their_usual_funding_are_no_field_of_a_narrow_convention(finder):
    text = ("Caf de la Meuse › Actualités\nBar-le-Duc Sud Meuse signe sa CTG\n14/10/2025\nLa communauté de communes et "
            "la Caf de la Meuse ont signé la convention territoriale globale pour 2025-2029. Elle ne retient qu'un champ "
            "prioritaire : la parentalité.\nLes crèches et les accueils de loisirs existants continueront d'être "
            "financés comme aujourd'hui.")
    labels = found_labels(finder(unwrap_lines(text)))
    assert "parentalite" in labels and not {"petite_enfance", "enfance"} & labels


def test_a_councils_other_decisions_in_its_minutes_name_no_field(finder):
    text = ("COMMUNAUTÉ DE COMMUNES DU PAYS DE SAINT-OMER\nCompte rendu sommaire du conseil du 5 mars 2024\n"
            "1. Approbation du procès-verbal – Adopté à l'unanimité\n2. Enfance – Convention territoriale globale "
            "2024-2028 avec la Caf du Pas-de-Calais\nLe conseil approuve la CTG, qui porte sur la petite enfance et la "
            "jeunesse. – Adopté à l'unanimité\n3. Transports – Tarifs du bus scolaire – Adopté (2 contre)\n"
            "4. Culture – Subvention au festival de musique – Adopté à l'unanimité")
    labels = found_labels(finder(unwrap_lines(text)))
    assert "jeunesse" in labels and "autre" not in labels


def test_a_conventions_article_on_its_steering_is_no_field(finder):
    text = ("CONVENTION TERRITORIALE GLOBALE 2024-2028\nArticle 2 – Les champs retenus\nLes signataires retiennent les "
            "champs suivants :\n- la petite enfance ;\n- la jeunesse.\nLes fiches actions de chaque champ sont jointes en "
            "annexe 2 de la présente convention.\nArticle 3 – Durée\nLa présente convention est conclue pour cinq ans, du "
            "1er janvier 2024 au 31 décembre 2028.\nArticle 4 – Pilotage\nUn comité de pilotage, composé des signataires, "
            "se réunit au moins une fois par an. Un comité technique en suit la mise en œuvre.")
    phrases = theme_phrases_of(finder, text)
    assert "la jeunesse" in phrases and not any(p.startswith("Article") for p in phrases)


def test_rows_of_a_calendar_of_meetings_name_only_the_fields_they_follow(finder):
    text = ("Convention territoriale globale du Grand Dole 2023-2027\nArticle 8 – Calendrier prévisionnel des instances\n"
            "Comité de pilotage n°1 – mars 2023 – installation et validation du plan d'actions\nComité technique – "
            "juin 2023 – suivi des fiches 1 à 4 (petite enfance, jeunesse)\nComité de pilotage n°2 – mars 2024 – "
            "bilan et coordination des partenaires\nComité de pilotage n°3 – mars 2025 – évaluation à mi-parcours")
    labels = phrase_labels(finder(unwrap_lines(text)))
    assert "jeunesse" in labels and "autre" not in labels


def test_the_former_contracts_fields_told_in_prose_are_no_field_of_the_convention(finder):
    text = ("Centre-Bretagne\nPontivy Communauté signe sa CTG\nLe 3 avril 2023\nPontivy Communauté et la Caf du Morbihan "
            "ont signé vendredi une convention territoriale globale pour les 25 communes.\nJusque-là, seules six "
            "communes bénéficiaient d'un contrat enfance jeunesse, centré sur les crèches et les accueils de loisirs.\n"
            "La convention porte sur l'accès aux droits et la jeunesse.")
    labels = phrase_labels(finder(unwrap_lines(text)))
    assert {"acces_aux_droits", "jeunesse"} <= labels and not {"petite_enfance", "enfance"} & labels


def test_the_house_of_public_services_where_the_partners_signed_is_no_field(finder):
    text = ("Ville de Saint-Affrique\nActualités\nLa CTG signée\nLe maire et le directeur de la Caf de l'Aveyron ont "
            "signé à la Maison des services publics de Saint-Affrique la convention territoriale globale 2024-2028. "
            "Elle porte sur la petite enfance et le soutien aux parents.")
    labels = found_labels(finder(unwrap_lines(text)))
    assert "petite_enfance" in labels and "acces_aux_droits" not in labels


def test_a_counted_place_where_a_field_happens_is_no_field(finder):
    # "dans les deux centres sociaux": where the digital adviser sits, not the social centres as a field
    text = ("Ville de Montbard\nActualités\nLa CTG adoptée\nLe conseil municipal a adopté la convention territoriale "
            "globale avec la Caf de la Côte-d'Or. Elle porte sur la petite enfance et la jeunesse. Elle intègre aussi la "
            "lutte contre la fracture numérique : un conseiller numérique sera présent dans les trois centres sociaux.")
    labels = found_labels(finder(unwrap_lines(text)))
    assert "inclusion_numerique" in labels and "animation_vie_sociale" not in labels

