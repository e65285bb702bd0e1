"""Session 22 (lead): classes found by running the analyser over announcements written for these tests in the style
of real pages (a FAQ, council minutes run on one line, a social post with emoji ticks, a press article's prose
enumeration), each with its inline example, on blank French pipelines."""

from __future__ import annotations

from conftest import date_fields_of, found_labels, phrase_labels, theme_phrases_of

from ctgminer.text.normalise import unwrap_lines


# -- a town's questions and answers: the question names the signing, its answer gives the date ----------------------
def test_an_answer_dates_the_signing_its_question_asks_for(dates_nlp):
    for question, answer in (("Qui a signé ?", "La Ville de Dole et la Caf du Jura, le 14 mars 2024, pour cinq ans."),
                             ("Quand a-t-elle été signée ?", "Le 14 mars 2024, en mairie, pour la période 2024-2028."),
                             ("3. Qui l'a signée ?", "Le maire et la présidente de la Caf du Jura, le 14 mars 2024.")):
        text = (f"Questions - réponses\nLa convention territoriale globale, qu'est-ce qui change à Dole ?\n{question}\n"
                f"{answer}\nSur quoi porte-t-elle ?\nSur l'accueil des tout-petits et l'accompagnement des parents.\n")
        assert date_fields_of(dates_nlp, text)[0]["signature_date"] == "2024-03-14", question


def test_a_why_question_does_not_date_the_signing_by_its_answer(dates_nlp):
    # (a question asking why: its answer dates another event, the end of the former contract)
    text = ("Trois questions à l'adjointe\nPourquoi la Ville a-t-elle signé une CTG ?\nLe contrat enfance jeunesse a pris "
            "fin le 31 décembre 2022.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] is None


# -- a press article's prose enumeration: some items are pairs, the last 'et' still separates two items --------------
def test_the_last_et_separates_two_items_when_only_some_items_are_pairs(finder):
    text = ("Le Progrès – 12/05/2024\nLa Ville et la Caf ont signé la convention territoriale globale. Elle porte sur "
            "l'accueil des tout-petits, les loisirs des enfants et des ados, l'accompagnement des parents et l'accès "
            "aux services publics.\n")
    found = theme_phrases_of(finder, text)
    assert "l'accompagnement des parents" in found and "l'accès aux services publics" in found
    assert "les loisirs des enfants et des ados" in found
    assert "parentalite" in phrase_labels(finder(unwrap_lines(text)))


def test_two_complements_of_one_item_stay_together(finder):
    # (after an item that is a pair, only a definite article opens a new item: "et des saisonniers" completes)
    text = ("La Caf et la communauté de communes ont signé la CTG. Elle porte sur la petite enfance et l'enfance, la "
            "jeunesse, l'accès au logement des jeunes actifs et des saisonniers.\n")
    found = theme_phrases_of(finder, text)
    assert "l'accès au logement des jeunes actifs et des saisonniers" in found


def test_every_item_a_pair_keeps_its_pairs(finder):
    text = "La CTG signée avec la Caf porte sur l'enfance et la jeunesse, le logement et le cadre de vie.\n"
    found = theme_phrases_of(finder, text)
    assert found == ["l'enfance et la jeunesse", "le logement et le cadre de vie"]


# -- council minutes run on one line: items numbered 1/, 2/ ... or 1), 2) ... -----------------------------------------
def test_items_numbered_inside_one_line_are_split_at_their_numbers(finder):
    text = ("Conseil communautaire du 27 septembre 2022 - Compte rendu sommaire\nPoint 12 - Convention territoriale "
            "globale avec la Caf\nLes thématiques retenues à l'issue du diagnostic partagé sont les suivantes : 1/ petite "
            "enfance 2/ enfance jeunesse 3/ parentalité 4/ accès aux droits et inclusion numérique 5/ logement.\n")
    found = theme_phrases_of(finder, text)
    assert found == ["petite enfance", "enfance jeunesse", "parentalité", "accès aux droits et inclusion numérique",
                     "logement"]
    text = ("Considérant que la convention territoriale globale fixe trois axes : 1) l'accueil des enfants de 0 à 11 "
            "ans, 2) la jeunesse et l'accompagnement des familles, 3) l'accès aux droits et l'inclusion numérique ;\n")
    found = theme_phrases_of(finder, text)
    assert found[0] == "l'accueil des enfants de 0 à 11 ans" and not any(p[0].isdigit() for p in found)


def test_numbers_out_of_order_are_no_items(finder):
    # (a ratio or a count is no numbering: the enumeration is read as before)
    text = "La CTG signée avec la Caf porte sur l'accueil des 0-3 ans, la jeunesse et le logement.\n"
    assert theme_phrases_of(finder, text) == ["l'accueil des 0-3 ans", "la jeunesse", "le logement"]


# -- a social post's list ticked with emoji: no variation selector left in the phrase ---------------------------------
def test_an_emoji_tick_leaves_no_variation_selector(finder):
    text = ("CTG : la ville et la Caf s'engagent pour les familles\nLa signature a eu lieu le 14 février 2025.\nCe qui "
            "va changer pour vous :\n✔️ plus de places en crèche\n✔️ un accueil de loisirs ouvert pendant les vacances\n"
            "✔️ un Point Conseil Budget pour les familles en difficulté\n")
    found = theme_phrases_of(finder, text)
    assert "plus de places en crèche" in found
    assert not any("\ufe0f" in p for p in found)


# -- a newsletter of rubrics, the CTG one rubric among others ---------------------------------------------------------
def test_a_newsletters_other_rubrics_name_no_field(finder):
    text = ("La Lettre de Val de Saire - n°12 - Printemps 2025\nVoirie\nLa réfection de la route de Réville et du parking "
            "de l'école s'achèvera en mai.\nFamilles\nLa communauté de communes et la Caf de la Manche ont signé le 3 "
            "mars leur convention territoriale globale pour 2025-2029. Elle met l'accent sur l'accueil du jeune enfant, "
            "le soutien aux parents et l'accès aux droits.\nCulture\nAu programme de la saison : théâtre, danse, "
            "jeunesse et musique dans les communes.\nSport\nLe handball et le football auront un nouveau gymnase.\n")
    doc = finder(unwrap_lines(text))
    assert {"petite_enfance", "parentalite", "acces_aux_droits"} <= phrase_labels(doc)
    assert "Culture" not in [s.text for s in doc.spans["theme_phrases"]]
    assert not found_labels(doc) & {"jeunesse", "autre", "handicap"}


def test_a_storys_own_field_headings_still_count(finder):
    # (the CTG's story opens the page, its fields under headings: no rubric before it)
    text = ("Ville de Carentan-les-Marais\nLa Ville et la Caf ont signé leur convention territoriale globale le 3 mars "
            "2025.\nPetite enfance\nUne micro-crèche de dix places ouvrira en 2026 près de la gare.\nJeunesse\nUn point "
            "information jeunesse accueillera les 15-25 ans deux jours par semaine.\n")
    assert {"petite_enfance", "jeunesse"} <= phrase_labels(finder(unwrap_lines(text)))


# -- a social post's items numbered with keycap emoji ------------------------------------------------------------------
def test_keycap_digits_number_a_posts_items(finder):
    text = ("Communauté de communes de la Station des Rousses\nCTG 2025-2029 : nos 4 engagements pour les familles\n"
            "1️⃣ Offrir une place d'accueil à chaque tout-petit\n2️⃣ Proposer des loisirs aux 3-11 ans\n3️⃣ Accompagner "
            "les ados vers l'autonomie\n4️⃣ Faciliter l'accès aux droits et au numérique\nLa convention a été signée le "
            "27 janvier 2025 avec la Caf du Jura.\n")
    found = theme_phrases_of(finder, text)
    assert "Offrir une place d'accueil à chaque tout-petit" in found
    assert "Faciliter l'accès aux droits et au numérique" in found


# -- a fact box's fields separated by spaced dashes --------------------------------------------------------------------
def test_a_fact_boxs_fields_separated_by_dashes(finder):
    text = ("Pays de Mormal - CTG 2024-2028\nThématiques : Petite enfance - Enfance - Jeunesse - Parentalité - Animation "
            "de la vie sociale\nSignature : 15 février 2024, au Quesnoy, avec la Caf du Nord.\n")
    assert theme_phrases_of(finder, text) == ["Petite enfance", "Enfance", "Jeunesse", "Parentalité",
                                              "Animation de la vie sociale"]
    # (a slash cuts before a dash: "Axe 1 - Petite enfance / Axe 2 - Jeunesse / ...")
    text = ("La CTG 2024-2028 est signée.\nAu programme : Axe 1 - Petite enfance / Axe 2 - Jeunesse / Axe 3 - "
            "Parentalité\n")
    assert len(theme_phrases_of(finder, text)) == 3


# -- a convention's plan from a PDF: a hyphenated word and a bracket wrapped over two lines ---------------------------
def test_a_bracket_left_open_goes_on_on_the_next_line():
    text = ("Objectif 2.1 : développer les actions d'accompagnement à la parentalité (LAEP, groupes de parole, ateliers\n"
            "parents-enfants)\nObjectif 2.2 : renforcer le CLAS\n")
    assert unwrap_lines(text).split("\n")[0].endswith("ateliers parents-enfants)")
    # (a closed bracket, or an item opening in capitals, stays on its line)
    for kept in ("Objectif 2.1 : les LAEP (trois sites)\nparents et enfants y sont accueillis\n",
                 "Objectif 2.1 : les lieux d'accueil (LAEP, ateliers\nObjectif 2.2 : le CLAS\n"):
        assert unwrap_lines(kept) == kept


def test_a_phrase_reads_its_joined_words_with_single_blanks(analyse_text):
    text = ("CTG Cœur de Savoie 2023-2027\nLa convention territoriale globale a été signée le 4 mai 2023 avec la Caf de "
            "la Savoie.\nAxe 2 - Accompagner les familles\nObjectif 2.1 : développer les actions d'accompa-\ngnement à la "
            "parentalité\nObjectif 2.2 : renforcer le contrat local d'accompagnement à la scolarité\n")
    phrases = [p.text for p in analyse_text(text).theme_phrases]
    assert any(p.startswith("développer les actions d'accompagnement à la parentalité") for p in phrases), phrases
    assert not any("  " in p for p in phrases)


# -- a job offer's missions: the plan's fields in brackets inside one mission --------------------------------------------
def test_a_bracket_holds_its_commas(finder):
    text = ("Offre d'emploi - Chargé(e) de coopération CTG\nMissions : animer la convention territoriale globale signée "
            "avec la Caf, suivre le plan d'actions (petite enfance, jeunesse, parentalité, accès aux droits), préparer "
            "les comités de pilotage.\n")
    found = theme_phrases_of(finder, text)
    assert "petite enfance" in found and "accès aux droits" in found
    assert not any("(" in p or ")" in p for p in found)
    text = ("La CTG signée avec la Caf porte sur l'accueil des enfants (crèches, haltes-garderies, assistantes "
            "maternelles), la jeunesse et le logement.\n")
    assert theme_phrases_of(finder, text)[0] == "l'accueil des enfants (crèches, haltes-garderies, assistantes maternelles)"


# -- a town's news item closed by a box of key figures, one figure a line ------------------------------------------------
def test_every_line_of_a_key_figures_box_is_left_out(finder):
    text = ("Ville de Mende\nLa Ville et la Caf de la Lozère ont signé la convention territoriale globale 2024-2028. Elle "
            "retient trois priorités : l'accueil du jeune enfant, les loisirs des 11-17 ans et le soutien aux parents.\n"
            "Les chiffres clés\n12 000 habitants\n3 crèches et 140 places\n1 accueil de loisirs\n2 centres sociaux\n")
    labels = found_labels(finder(unwrap_lines(text)))
    assert {"petite_enfance", "jeunesse", "parentalite"} <= labels
    assert not labels & {"enfance", "animation_vie_sociale"}
