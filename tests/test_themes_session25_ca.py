"""Session 25 (tca), document themes on a crawler's mix of pages (read_ca: press with officials' quotes, magazines,
Caf pages) and on small and overseas territories' pages (read_bz): fields told in prose and quotes that the finder
missed. Inline examples written for these tests, on a blank French pipeline."""

from __future__ import annotations

from conftest import found_labels

from ctgminer.extract.components.themes.component import ThemesComponent, affirmed
from ctgminer.text.normalise import unwrap_lines


def _labels(finder, text: str) -> set[str]:
    return found_labels(finder(unwrap_lines(text)))


# -- "numérique" told as help, access or distance, or as a helper's or a desk's kind, names digital inclusion ----------
def test_digital_help_in_prose_names_digital_inclusion():
    finder = ThemesComponent()
    for text in ("la Caf financera deux médiatrices numériques pour les communes rurales",
                 "l'ouverture de permanences numériques dans trois mairies",
                 "un accompagnement au numérique pour les allocataires",
                 "les habitants les plus éloignés du numérique",
                 "prévenir le décrochage numérique des personnes âgées",
                 "un bus numérique passera dans les villages"):
        assert "inclusion_numerique" in finder._lexicon_labels(text, prose=True), text


def test_digital_words_of_other_things_stay_weak_in_prose():
    # guard: a guide's digital version, the Caf's platform or the town's digital transition name no field
    finder = ThemesComponent()
    for text in ("la version numérique du guide des familles est en ligne",
                 "la plateforme numérique de la Caf recense les places",
                 "la transition numérique de la mairie se poursuit"):
        assert "inclusion_numerique" not in finder._lexicon_labels(text, prose=True), text


def test_a_quoted_commitment_with_digital_mediators(finder):
    # an overseas agglomeration's signing, the Caf director's quote naming the commitments
    text = ("Guadeloupe\nLa Riviera du Levant et la Caf signent leur convention territoriale globale\n"
            "La convention territoriale globale a été signée jeudi au siège de la communauté d'agglomération.\n"
            "Le directeur de la Caf a présenté les engagements : « Nous financerons 40 places de crèche et un "
            "réseau de médiateurs numériques dans les bourgs. »")
    labels = _labels(finder, text)
    assert {"petite_enfance", "inclusion_numerique"} <= labels


def test_the_convention_plans_digital_desks(finder):
    text = ("Le Pays de Mauriac et la Caf du Cantal ont signé la convention territoriale globale jusqu'en 2027.\n"
            "La convention prévoit aussi l'ouverture d'un espace de vie sociale à Riom-ès-Montagnes et des "
            "permanences numériques dans les mairies des petites communes.")
    assert {"animation_vie_sociale", "inclusion_numerique"} <= _labels(finder, text)


# -- a negation in a clause of time tells when a need arises, not what the convention leaves out ----------------------
def test_negation_in_a_clause_of_time_blanks_only_that_clause():
    sentence = ("« Nous voulons que chaque famille trouve une crèche pour son enfant, un accueil de loisirs pour "
                "les mercredis et une écoute quand les choses ne vont pas bien », a dit la maire.")
    kept = affirmed(sentence)
    assert "accueil de loisirs" in kept and "crèche" in kept
    assert "ne vont pas" not in kept
    # lorsque, and the clause ends at its comma: what follows is affirmed again
    sentence = "un relais pour les parents lorsqu'ils ne peuvent pas garder leur enfant, et un accueil de loisirs"
    kept = affirmed(sentence)
    assert "ne peuvent pas" not in kept and "accueil de loisirs" in kept


def test_quoted_wishes_with_a_clause_of_time_name_their_fields(finder):
    text = ("Saint-Flour : la ville signe sa convention avec la Caf\n"
            "La maire et la directrice de la Caf du Cantal ont signé mardi la convention territoriale globale, "
            "qui court jusqu'en 2028.\n"
            "« Ce qu'on souhaite, c'est qu'un couple qui s'installe ici trouve une place en crèche, un centre de "
            "loisirs pour les vacances et un relais quand ça ne va plus », a résumé la maire.")
    assert {"petite_enfance", "enfance"} <= _labels(finder, text)


def test_guards_a_main_clause_negation_still_blanks_its_field():
    assert "logement" not in affirmed("Le logement ne fait pas partie de la convention, mais la jeunesse en est le cœur.")
    kept = affirmed("La mobilité, quand elle a été évoquée, n'a pas été retenue dans la convention.")
    assert "mobilité" not in kept


# -- "À quoi ça sert ?" opens a newsletter's questions on a convention still being written: what any CTG does ---------
def test_what_is_it_for_question_explains_ctgs_in_general(finder):
    text = ("Le Mag de la Vallée · n°12 · automne 2024\nDossier\nNotre convention territoriale globale se prépare\n"
            "Depuis le printemps, la Communauté de communes du Val d'Aron et la Caf de la Nièvre écrivent ensemble "
            "une Convention territoriale globale.\nÀ quoi ça sert ?\nLa CTG prend la suite des contrats enfance "
            "jeunesse. Elle permet de regarder tous les besoins des familles – modes de garde, loisirs, soutien aux "
            "parents, logement, accès aux droits – et de choisir ensemble les priorités.\nEt après ?\n"
            "Les élus fixeront les orientations en fin d'année.")
    labels = _labels(finder, text)
    assert not labels & {"logement", "acces_aux_droits", "parentalite"}, labels


def test_guard_a_question_on_this_conventions_content_keeps_its_fields(finder):
    text = ("La Communauté de communes du Val d'Aron et la Caf de la Nièvre ont signé leur Convention territoriale "
            "globale le 4 juin 2024.\nQue prévoit notre convention ?\nElle porte sur l'accueil du jeune enfant, le "
            "soutien aux parents et l'accès aux droits.")
    assert {"petite_enfance", "acces_aux_droits"} <= _labels(finder, text)


# -- the Caf's bonus territoire, with the facilities it pays for, names no field of the convention ---------------------
def test_bonus_territoire_for_facilities_names_no_field(finder):
    text = ("Caf de la Sarthe\nLes conventions territoriales globales en Sarthe\nLa Convention territoriale globale "
            "(CTG) est le cadre du partenariat entre la Caf et les collectivités.\nCe que la Caf apporte\n"
            "• un appui méthodologique pour le diagnostic ;\n• les bonus territoire pour les crèches et les accueils "
            "de loisirs des communes signataires ;\n• un cofinancement du poste de coordination.")
    labels = _labels(finder, text)
    assert not labels & {"petite_enfance", "enfance"}, labels


def test_guard_fields_after_the_bonus_clause_stay(finder):
    text = ("La Ville de Sablé et la Caf ont signé leur convention territoriale globale pour 2024-2028. Grâce aux "
            "bonus territoire, la convention développera l'accueil du jeune enfant et les accueils de loisirs.")
    assert {"petite_enfance", "enfance"} <= _labels(finder, text)


# -- the signatories named first, then the facilities they keep: why they sign, not the convention's fields -----------
def test_signatories_keeping_their_facilities_name_no_field(finder):
    text = ("Les Saintes\nLa convention territoriale globale est signée\nLa convention est signée par la Caf, la "
            "communauté de communes et les communes de Terre-de-Haut et de Terre-de-Bas, qui gardent chacune la "
            "gestion de leur accueil de loisirs.\nElle retient trois priorités : l'accueil du jeune enfant, les "
            "jeunes et l'accès aux droits.")
    labels = _labels(finder, text)
    assert "enfance" not in labels, labels
    assert "petite_enfance" in labels


def test_mayors_whose_communes_run_facilities_are_cosignatories(finder):
    text = ("La communauté de communes et la Caf ont signé mardi la convention territoriale globale. Autour de la "
            "table : les maires de Loix et d'Ars, dont les communes gèrent en direct une crèche ou un accueil de "
            "loisirs et sont donc cosignataires.")
    labels = _labels(finder, text)
    assert not labels & {"petite_enfance", "enfance"}, labels


def test_guard_a_signatory_sentence_naming_the_conventions_fields_keeps_them(finder):
    text = ("La convention territoriale globale, signée par la Caf et la commune de Marie-Galante, porte sur la "
            "petite enfance, les loisirs des enfants et l'accès aux droits.")
    assert {"petite_enfance", "enfance", "acces_aux_droits"} <= _labels(finder, text)


# -- a rural contract is another scheme: its fields are not the convention's -------------------------------------------
def test_a_rural_contracts_fields_are_another_schemes(finder):
    text = ("La Communauté de communes du Pays de Bray et la Caf de l'Oise ont signé leur convention territoriale "
            "globale. Elle porte sur l'accueil du jeune enfant et le soutien aux parents.\nLe contrat de ruralité "
            "du Pays de Bray finance par ailleurs les pistes cyclables et la rénovation des logements communaux.")
    labels = _labels(finder, text)
    assert "logement" not in labels and "autre" not in labels, labels
    assert {"petite_enfance", "parentalite"} <= labels


# -- "La convention retient ..." over its fields, as "prévoit" -------------------------------------------------------
def test_the_convention_retains_its_fields_in_prose(finder):
    from conftest import theme_phrases_of

    text = ("La Communauté de communes d'Oléron et la Caf ont signé la convention territoriale globale. La convention "
            "retient l'accueil des tout-petits, les loisirs des enfants pendant l'été et l'accès aux droits des "
            "travailleurs saisonniers.")
    phrases = theme_phrases_of(finder, text)
    assert phrases[0] == "l'accueil des tout-petits", phrases
    assert "l'accès aux droits des travailleurs saisonniers" in phrases


# -- the young as the complement of a field, or the public an official dwelt on, name youth in prose -----------------
def test_the_young_as_a_fields_complement_name_youth():
    finder = ThemesComponent()
    for text in ("Nous avons inscrit la mobilité et la santé des jeunes dans la convention",
                 "l'accès des jeunes à un premier emploi",
                 "un travail avec la mission locale sur l'insertion des jeunes",
                 "Le directeur de la Caf a surtout insisté sur les jeunes du plateau",
                 "La maire a aussi évoqué les jeunes des hameaux, sans transport le soir"):
        assert "jeunesse" in finder._lexicon_labels(text, prose=True), text


def test_guards_other_youngs_and_departures_stay_weak():
    finder = ThemesComponent()
    for text in ("le départ des jeunes vers la métropole", "l'installation de jeunes ménages",
                 "la santé des jeunes enfants", "les jeunes de la commune sont nombreux"):
        assert "jeunesse" not in finder._lexicon_labels(text, prose=True), text
