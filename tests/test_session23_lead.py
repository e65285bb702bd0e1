"""Session 23 (lead): classes found by running the analyser over announcements written for these tests in the style
of real pages (a Caf's fact box, ...), each with its inline example, on blank French pipelines."""

from __future__ import annotations

from conftest import date_fields_of, found_labels, theme_phrases_of

from ctgminer.text.normalise import unwrap_lines


# -- a territory's fact box: the signing field named by the bare noun ------------------------------------------------
def test_a_fact_boxs_signature_label_dates_the_signing(dates_nlp):
    for label in ("Signature : ", "• Signature : ", "- Signature de la CTG : "):
        text = ("La convention territoriale globale de la Communauté d'agglomération du Grand Dax\n"
                f"Territoire : 20 communes\n{label}14 février 2023\nDurée : 2023-2027\n"
                "Thématiques : petite enfance, enfance, jeunesse, parentalité\n")
        assert date_fields_of(dates_nlp, text)[0]["signature_date"] == "2023-02-14", label


def test_a_signature_word_inside_a_line_is_no_field_label(dates_nlp):
    # (the noun inside a sentence's clause, before a colon, labels nothing: the meeting's date is not the signing's)
    text = ("La convention territoriale globale sera signée au printemps. Prochaine étape avant la signature : "
            "14 février 2023, réunion publique à la salle des fêtes.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] is None


# -- a press article's neighbour: another territory's convention named by a possessive pronoun ----------------------
def test_a_neighbours_convention_named_by_a_pronoun_gives_no_field(finder):
    text = ("Le 12 avril 2024, la Communauté d'agglomération du Bassin de Brive et la Caf de la Corrèze ont signé la "
            "convention territoriale globale.\nÀ côté, la communauté de communes Xaintrie Val'Dordogne a signé la sienne en 2022, "
            "centrée sur le logement et la mobilité.\nLes enjeux de notre convention :\nEnjeu n°1 : permettre à chaque "
            "famille de concilier vie familiale et vie professionnelle\nEnjeu n°2 : accompagner les jeunes vers "
            "l'autonomie\n")
    found = theme_phrases_of(finder, text)
    assert "le logement" not in found and "la mobilité" not in found
    assert "accompagner les jeunes vers l'autonomie" in found
    assert "logement" not in found_labels(finder(unwrap_lines(text)))


# -- a hasty page's list typed on one line, each dash glued to the item before it -----------------------------------
def test_dashes_glued_to_the_item_before_still_separate_items(analyse_text):
    text = ("Vie locale\nLa convention territoriale globale avec la Caf de la Haute-Vienne a été signée le 4 juillet "
            "2024 a Isle.\nLes axes retenus :- la petite enfance (RPE, multi accueil)- la jeunesse- le soutien a la "
            "parentalité- l'accès aux droits\nContact : mairie\n")
    phrases = [p.text for p in analyse_text(text).theme_phrases]
    assert phrases == ["la petite enfance (RPE, multi accueil)", "la jeunesse", "le soutien a la parentalité",
                       "l'accès aux droits"], phrases


def test_a_hyphenated_word_is_no_glued_dash(analyse_text):
    text = ("La convention territoriale globale avec la Caf de la Haute-Vienne a été signée le 4 juillet 2024.\nLes axes "
            "retenus : - la petite enfance - l'enfance-jeunesse - le soutien à la parentalité\n")
    phrases = [p.text for p in analyse_text(text).theme_phrases]
    assert "l'enfance-jeunesse" in phrases, phrases


# -- a press article's prose enumeration with a comment on one item between commas ---------------------------------
def test_a_comment_between_commas_is_no_item(finder):
    text = ("Le conseil communautaire a approuvé la convention territoriale globale avec la Caf. Elle vise à améliorer "
            "l'offre d'accueil des jeunes enfants, très insuffisante sur le territoire, à donner aux jeunes un accès aux "
            "loisirs et à faciliter les démarches des familles.\n")
    found = theme_phrases_of(finder, text)
    assert not any("insuffisante" in p for p in found), found
    assert "améliorer l'offre d'accueil des jeunes enfants" in found
    # (a quantity opening a piece is an item, no comment: a diagnostic's lacks the convention takes up)
    text = ("La CTG signée avec la Caf répond aux manques relevés : aucune crèche publique, très peu d'accueils de "
            "loisirs, pas de lieu pour les jeunes.\n")
    assert "très peu d'accueils de loisirs" in theme_phrases_of(finder, text)


def test_a_narrowing_piece_still_joins_its_item(finder):
    text = ("La CTG signée avec la Caf porte sur l'accompagnement des parents, surtout des mères seules, l'accès aux "
            "droits et la jeunesse.\n")
    found = theme_phrases_of(finder, text)
    assert "l'accompagnement des parents, surtout des mères seules" in found, found


# -- objectives in the infinitive, the public given something: the enumeration is one of fields -----------------------
def test_an_objective_giving_to_a_public_names_its_field(finder):
    text = ("Le conseil communautaire a approuvé la convention territoriale globale avec la Caf. Elle vise à améliorer "
            "l'offre d'accueil des jeunes enfants, à donner aux jeunes un accès aux loisirs et à faciliter les démarches "
            "des familles.\n")
    found = theme_phrases_of(finder, text)
    assert "donner aux jeunes un accès aux loisirs" in found, found


# -- other Caf news, the CTG named only in the related-articles box that closes the page -----------------------------
def test_a_ctg_named_only_under_a_closing_related_heading_is_unrelated(analyse_text):
    text = ("Allocations familiales : ce qui change au 1er avril\nLa revalorisation des prestations familiales intervient "
            "au 1er avril 2025 et le montant des allocations familiales augmente de 1,7 % pour toutes les familles.\n"
            "Lire aussi :\nSaint-Lô Agglo et la Caf signent leur convention territoriale globale\nPrime de naissance : "
            "les nouvelles règles\n")
    assert analyse_text(text).relevance == "unrelated"


def test_a_story_on_the_ctg_keeps_its_related_box(analyse_text):
    text = ("Saint-Lô Agglo et la Caf de la Manche ont signé le 4 avril 2025 leur convention territoriale globale pour "
            "2025-2029, autour de la petite enfance, de la jeunesse et de l'accès aux droits des familles du territoire.\n"
            "Lire aussi :\nCoutances Mer et Bocage a signé sa CTG\n")
    assert analyse_text(text).relevance == "announcement"


# -- the press telling a territory's turn after others ----------------------------------------------------------------
def test_a_territorys_turn_to_sign_is_an_announcement(analyse_text):
    text = ("Après Lorient Agglomération en 2022 et Auray Quiberon Terre Atlantique l'an dernier, c'est au tour de "
            "Quimperlé Communauté de signer sa convention territoriale globale avec la Caf du Finistère, ce jeudi 6 juin "
            "2024.\n")
    record = analyse_text(text)
    assert record.relevance == "announcement"
    assert [p.name for p in record.partners] == ["Communauté d'agglomération Quimperlé Communauté"]


# -- a Caf's table of the CTGs it signed: short rows are data, not a list of links ----------------------------------
def test_a_table_of_signed_ctgs_is_no_list_of_links(analyse_text):
    rows = "\n".join(f"| {name} | {date} | {period} |" for name, date, period in (
        ("Lorient Agglomération", "12/04/2022", "2022-2026"), ("Vannes Agglo", "30/06/2022", "2022-2026"),
        ("Ploërmel Communauté", "29/06/2023", "2023-2027"), ("Pontivy Communauté", "16/11/2023", "2023-2027")))
    text = ("Les conventions territoriales globales du Morbihan\n| Territoire | Date de signature | Période |\n"
            f"|---|---|---|\n{rows}\n")
    assert analyse_text(text).relevance != "unrelated"


def test_a_menu_of_links_naming_the_ctg_stays_unrelated(analyse_text):
    text = ("Accueil\nActualités\nLa convention territoriale globale\nPetite enfance\nJeunesse\nContact\nPlan du site\n"
            "Mentions légales\n")
    assert analyse_text(text).relevance == "unrelated"


# -- partners: the press's attendance lists, earlier signatories, a PETR, a facility named like a town --------------
def _partners(analyse_text, text: str) -> list[str]:
    return [p.name for p in analyse_text(text).partners]


def test_those_said_present_at_the_sentences_start_do_not_sign(analyse_text):
    text = ("Les Sables-d'Olonne Agglomération et la Caf de la Vendée ont signé mercredi la convention territoriale "
            "globale. Étaient présents Yannick Moreau, président de l'agglomération, les maires de Talmont-Saint-Hilaire "
            "et de Sainte-Foy, ainsi que la MSA Loire-Atlantique – Vendée, également signataire.\n")
    names = _partners(analyse_text, text)
    assert "Talmont-Saint-Hilaire" not in names and "Sainte-Foy" not in names, names
    assert any(n.startswith("MSA") for n in names), names


def test_a_mayor_in_a_presence_clause_attends(analyse_text):
    text = ("Quimperlé Communauté a signé sa convention territoriale globale avec la Caf du Finistère, ce jeudi 6 juin "
            "2024, en présence du maire de Pont-l'Abbé.\n")
    assert _partners(analyse_text, text) == ["Communauté d'agglomération Quimperlé Communauté"]


def test_territories_that_opened_the_way_earlier_do_not_sign_this_one(analyse_text):
    text = ("Le président de Privas Centre Ardèche et la directrice de la Caf de l'Ardèche ont signé jeudi la convention "
            "territoriale globale 2024-2029. Annonay Rhône Agglo et la communauté de communes du Rhône aux Gorges de "
            "l'Ardèche avaient ouvert la voie en 2021.\n")
    names = _partners(analyse_text, text)
    assert not any("Annonay" in n for n in names), names


def test_a_petr_signs_as_other(analyse_text):
    for head in ("Le PETR du Pays de Langres", "Le Pôle d'équilibre territorial et rural du Pays de Langres"):
        record = analyse_text(f"{head} et la Caf de la Haute-Marne ont signé le 1er décembre 2023 une convention "
                              "territoriale globale.\n")
        assert [(p.name, p.type) for p in record.partners] == [(head[3:], "other")], head


def test_a_facility_named_like_a_town_is_no_town(analyse_text):
    text = ("Le centre social l'Escale, acteur de la CTG\nDepuis la signature de la convention territoriale globale "
            "entre la commune de Villefontaine et la Caf de l'Isère en février 2023, le centre social participe aux "
            "groupes de travail.\n")
    assert _partners(analyse_text, text) == ["Villefontaine"]


def test_an_official_present_at_the_signing_attends_for_her_body(analyse_text):
    text = ("L'Agglo du Pays de Dreux et la Caf d'Eure-et-Loir ont signé jeudi 20 juin 2024 la convention territoriale "
            "globale 2024-2028. Marie Lemaire, vice-présidente du conseil départemental d'Eure-et-Loir, présente à la "
            "signature, a salué l'engagement de l'agglomération.\n")
    assert _partners(analyse_text, text) == ["Communauté d'agglomération Agglo du Pays de Dreux"]


def test_the_town_an_epci_is_named_after_spoken_of_in_a_quote_does_not_sign(analyse_text):
    text = ("Saint-Malo Agglomération et la Caf d'Ille-et-Vilaine ont signé le 12 mars 2024 la convention territoriale "
            "globale. « Pour Saint-Malo, c'est un outil précieux », a réagi le maire, président de l'agglomération.\n")
    assert _partners(analyse_text, text) == ["Saint-Malo Agglomération"]


# -- a convention's article: its axes numbered as sub-sections, each over its paragraph ---------------------------
def test_numbered_titles_each_over_its_paragraph_are_the_axes(finder):
    for marks in (("3.1", "3.2", "3.3"), ("1.", "2.", "3.")):
        text = ("CONVENTION TERRITORIALE GLOBALE 2024-2028\nArticle 3 – Les axes de travail retenus\n"
                f"{marks[0]} Accueil du jeune enfant\nMaintenir un maillage équilibré de l'offre d'accueil.\n"
                f"{marks[1]} Temps libre des enfants et des adolescents\nStructurer l'offre d'accueils de loisirs.\n"
                f"{marks[2]} Vie sociale et accès aux services\nAccompagner la création d'un espace de vie sociale.\n")
        found = theme_phrases_of(finder, text)
        assert found[:3] == ["Accueil du jeune enfant", "Temps libre des enfants et des adolescents",
                             "Vie sociale et accès aux services"], (marks, found)


def test_a_reports_numbered_sections_are_no_axes(finder):
    text = ("Projet social de territoire – les axes retenus\n1. Le diagnostic\nLe territoire compte 12 000 habitants.\n"
            "2. Le territoire\nIl réunit vingt communes rurales.\n3. Gouvernance et suivi\nUn comité se réunit chaque année.\n")
    found = theme_phrases_of(finder, text)
    assert not any(p in found for p in ("Le diagnostic", "Le territoire", "Gouvernance et suivi")), found
