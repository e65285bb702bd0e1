"""Session 24 (tbwx), theme phrases and document themes on press, TV and radio pages with officials' quotes (read_bw)
and on council deliberations and Caf newsletters (read_bx): classes of pages the finder misread, each with an inline
example written for these tests, on a blank French pipeline."""

from __future__ import annotations

from conftest import found_labels, phrase_labels, theme_phrases_of

from ctgminer.text.normalise import unwrap_lines


# -- an item linked to another scheme is still the convention's --------------------------------------------------------
def test_axes_of_a_deliberation_one_of_them_linked_to_the_pedt(finder):
    # a council's "Considérant que ..." giving the axes inline, one of them "en lien avec le PEDT": the PEDT is what
    # the item is linked to, not the subject of the sentence
    text = ("COMMUNE DE SAINT-AMARIN\nExtrait du registre des délibérations\nObjet : Convention Territoriale Globale "
            "2025-2029 avec la Caf du Haut-Rhin\nConsidérant que les ateliers de 2024 ont permis de retenir les axes "
            "suivants : 1) développer l'accueil du jeune enfant, 2) organiser les loisirs des enfants en lien avec "
            "le PEDT, 3) accompagner les parents d'adolescents, 4) rapprocher les services publics des habitants ;\n"
            "DÉCIDE d'approuver la convention.")
    phrases = theme_phrases_of(finder, text)
    assert any(p.startswith("développer l'accueil du jeune enfant") for p in phrases)
    assert any("PEDT" in p for p in phrases)
    assert any(p.startswith("accompagner les parents") for p in phrases)


def test_the_other_schemes_own_list_stays_out(finder):
    # guard: a sentence about the other scheme itself lists the scheme's fields, not the convention's
    text = ("La Caf et la ville ont signé leur convention territoriale globale.\nLe PEDT 2024-2027 porte sur "
            "l'accompagnement à la scolarité, les activités sportives et la réussite éducative.")
    phrases = theme_phrases_of(finder, text)
    assert not any("sportives" in p for p in phrases)


# -- a reporter's "sur le papier" over the convention's own list -------------------------------------------------------
def test_on_paper_over_the_conventions_quoted_objectives(finder):
    # a radio page: "Sur le papier, une liste d'objectifs : « ... », « ... »" is the convention's content, told with
    # the reporter's doubt, not an explainer of CTGs in general
    text = ("Tarbes : la ville et la Caf signent pour cinq ans\nLa ville de Tarbes et la Caf des Hautes-Pyrénées ont "
            "signé mardi une convention territoriale globale. Sur le papier, une liste d'objectifs communs : « ouvrir "
            "une crèche à horaires décalés », « donner un lieu aux collégiens le mercredi », « aider les familles à "
            "faire valoir leurs droits ».")
    doc = finder(unwrap_lines(text))
    phrases = [span.text for span in doc.spans["theme_phrases"]]
    assert "ouvrir une crèche à horaires décalés" in phrases
    assert "aider les familles à faire valoir leurs droits" in phrases


def test_on_paper_the_field_of_any_ctg_stays_general(finder):
    # guard: the breadth of CTGs in general, then the territory's choice
    text = ("La commune a signé sa CTG avec la Caf de l'Orne.\nSur le papier, le champ est immense : crèches, "
            "logement, handicap, insertion. Chez nous, la convention porte sur la jeunesse.")
    doc = finder(unwrap_lines(text))
    assert not {"logement", "handicap", "insertion"} & found_labels(doc)


# -- an official's examples, quoted one by one after "il cite" ---------------------------------------------------------
def test_quoted_examples_an_official_cites_are_the_fields(finder):
    text = ("Vierzon : la ville et la Caf du Cher signent leur convention territoriale globale\nLa ville et la Caf ont "
            "signé jeudi leur CTG pour 2024-2028. Le maire cite en vrac « les crèches qui ferment trop tôt pour les "
            "infirmières de l'hôpital », « les collégiens qui tournent en rond le samedi », « les pères qui ne savent "
            "pas à qui parler de leurs difficultés » et « les aînés seuls dans les cités ».")
    phrases = theme_phrases_of(finder, text)
    assert "les crèches qui ferment trop tôt pour les infirmières de l'hôpital" in phrases
    assert "les collégiens qui tournent en rond le samedi" in phrases
    assert len(phrases) == 4


def test_one_quoted_remark_after_cite_is_no_enumeration(finder):
    # guard: a single quotation is a remark, not a list of fields
    text = ("La ville et la Caf ont signé leur CTG. Le maire cite « les crèches, qui restent la priorité ».")
    doc = finder(unwrap_lines(text))
    assert not any(span._.value.source == "prose" and span.text.startswith("les crèches, qui")
                   for span in doc.spans["theme_phrases"])


# -- fiches actions counted by their own heading, after the diagnostic's stakes ----------------------------------------
def test_counted_fiches_after_the_diagnostics_stakes_are_a_list(finder):
    # a project page: the diagnostic's "Enjeu n : ..." lines (no fields of the convention) then a heading counting
    # the fiches actions over "Fiche action n°k – « ... » : ..." lines
    text = ("Notre convention territoriale globale\nLa communauté de communes a signé sa CTG avec la Caf du Lot en "
            "juin 2024.\nCe que le diagnostic a montré\nEnjeu 1 : des familles isolées dans les hameaux.\nEnjeu 2 : "
            "des logements vétustes.\nNos 3 fiches actions prioritaires\nFiche action n°1 – « Grandir ici » : une "
            "micro-crèche à Gramat.\nFiche action n°2 – « Ados en mouvement » : un espace jeunes itinérant.\nFiche "
            "action n°3 – « Parents en réseau » : des cafés des parents dans les écoles.")
    doc = finder(unwrap_lines(text))
    phrases = [span.text for span in doc.spans["theme_phrases"]]
    assert any("micro-crèche" in p for p in phrases)
    assert any("cafés des parents" in p for p in phrases)
    assert not any("logements vétustes" in p for p in phrases)


# -- the Caf's own priorities for the year, in its newsletter ----------------------------------------------------------
def test_the_cafs_own_yearly_priorities_are_no_fields_of_the_convention(finder):
    text = ("LA LETTRE DE LA CAF DE L'AUDE\nLe Carcassonnais signe sa CTG\nL'agglomération et la Caf ont signé leur "
            "convention territoriale globale, centrée sur la jeunesse et la parentalité.\nNos priorités\nPour 2025, la "
            "Caf de l'Aude fixe trois priorités à son action : le logement des jeunes travailleurs, la prévention des "
            "expulsions et le handicap des enfants.")
    doc = finder(unwrap_lines(text))
    labels = found_labels(doc)
    assert {"jeunesse", "parentalite"} <= labels
    assert not {"logement", "handicap"} & labels


def test_priorities_the_caf_fixes_with_the_territory_stay(finder):
    # guard: the Caf and the territory together, for the convention's period
    text = ("La Caf et la commune ont fixé trois priorités pour 2024-2028 : la petite enfance, la jeunesse et "
            "le logement des familles.")
    doc = finder(unwrap_lines(text))
    assert {"petite_enfance", "jeunesse", "logement"} <= phrase_labels(doc)


# -- "Ses objectifs" under another scheme's paragraph ------------------------------------------------------------------
def test_possessive_heading_under_another_schemes_paragraph(finder):
    # a town's PEDT page: "Ses objectifs" are the PEDT's, told in the paragraph above; the CTG is only in preparation
    text = ("Éducation > Projet éducatif de territoire\nLe nouveau projet éducatif de territoire a été signé avec la "
            "Préfecture et la Caf. Il couvre les années 2025 à 2028.\nSes objectifs\n1. Favoriser l'accès des enfants "
            "au sport\n2. Associer les parents à la vie de l'école\n3. Développer l'accueil du mercredi\nEt la CTG ?\n"
            "Une convention territoriale globale est en préparation.")
    doc = finder(unwrap_lines(text))
    assert not any(p.startswith("Associer les parents") for p in (s.text for s in doc.spans["theme_phrases"]))


def test_possessive_heading_under_the_conventions_paragraph_stays(finder):
    # guard: the same heading under the paragraph naming the convention
    text = ("La commune et la Caf de la Sarthe ont signé leur convention territoriale globale. Elle court jusqu'en "
            "2028.\nSes objectifs\n1. Développer l'accueil du jeune enfant\n2. Soutenir les parents\n3. Accompagner "
            "les jeunes")
    doc = finder(unwrap_lines(text))
    assert {"petite_enfance", "parentalite", "jeunesse"} <= phrase_labels(doc)


# -- fields run into their paragraph on the same line -------------------------------------------------------------------
def test_field_labels_run_into_their_paragraphs(finder):
    text = ("MAG DE L'AGGLO — PRINTEMPS 2025\nFamilles : la CTG est signée\nL'agglomération et la Caf de l'Indre ont signé "
            "leur convention territoriale globale en février.\nCe que la CTG va changer pour vous\nPetite enfance. Une "
            "crèche de 30 places ouvrira à Déols.\nJeunesse. Le point information jeunesse sera ouvert le samedi.\n"
            "Numérique. Des ateliers pour les parents seront proposés dans les médiathèques.")
    doc = finder(unwrap_lines(text))
    phrases = [span.text for span in doc.spans["theme_phrases"]]
    assert any(p.startswith("Numérique. Des ateliers") for p in phrases)
    assert {"petite_enfance", "jeunesse", "inclusion_numerique"} <= phrase_labels(doc)


def test_run_in_names_that_are_no_fields_stay_out(finder):
    # guard: people or places run into sentences are no field labels
    text = ("La ville a signé sa CTG.\nLes élus présents\nMarie Dupont. Elle préside la commission.\nJean Martin. Il "
            "représente la Caf.\nAnne Petit. Elle représente le Département.")
    phrases = theme_phrases_of(finder, text)
    assert not any(p.startswith(("Marie Dupont", "Jean Martin")) for p in phrases)


# -- one field per sentence, each opened by its public ----------------------------------------------------------------
def test_one_field_per_sentence_opened_by_its_public(finder):
    # a local paper: the deputy mayor presents the convention's parts in a quote, one sentence each
    text = ("Mimizan : la commune signe sa convention avec la Caf\nLa convention territoriale globale, signée lundi, "
            "compte trois volets, que le maire a présentés : « Pour les tout-petits, nous ouvrirons une micro-crèche "
            "au bourg. Pour les ados, un local sera aménagé près du collège. Pour les parents, nous lançons des "
            "soirées d'échange avec une psychologue. »")
    doc = finder(unwrap_lines(text))
    phrases = [span.text for span in doc.spans["theme_phrases"]]
    assert any(p.startswith("Pour les parents, nous lançons") for p in phrases)
    assert any(p.startswith("Pour les ados") for p in phrases)


def test_sentences_opened_by_other_leads_are_no_fields(finder):
    # guard: a ceremony told sentence by sentence, its leads naming no field
    text = ("La ville a signé sa convention territoriale globale avec la Caf. Pour la première fois, les élus des "
            "crèches étaient là. Pour le maire, c'est une étape. Pour rappel, la ville compte 8 000 habitants.")
    doc = finder(unwrap_lines(text))
    assert not any(span.text.startswith("Pour la première fois") for span in doc.spans["theme_phrases"])


# -- the CTG as one item of a council's minutes ---------------------------------------------------------------------
_MINUTES = ("Commune de Pont-Audemer\nCOMPTE RENDU DU CONSEIL MUNICIPAL DU 12 MARS 2025\nPrésents : 23 – Votants : 27\n"
            "1. Approbation du procès-verbal de la séance précédente\nLe procès-verbal est adopté à l'unanimité.\n"
            "2. Décisions du maire\nLe maire rend compte de la signature d'une convention avec la mission locale pour "
            "l'insertion professionnelle des jeunes et du bail du logement d'urgence.\n"
            "3. Familles – Convention territoriale globale 2025-2029 avec la Caf de l'Eure\nL'adjointe présente la "
            "convention, qui porte sur la petite enfance, la parentalité et l'accès aux droits.\nVote : unanimité.\n"
            "4. Travaux – Réfection du gymnase\nLe conseil approuve le plan de financement du gymnase et du city-stade "
            "pour les jeunes.\nVote : unanimité.")


def test_the_councils_other_items_name_no_field_of_the_convention(finder):
    doc = finder(unwrap_lines(_MINUTES))
    labels = found_labels(doc)
    assert {"petite_enfance", "parentalite", "acces_aux_droits"} <= labels
    assert not {"insertion", "logement"} & labels


def test_numbered_fields_each_over_their_paragraph_are_no_agenda(finder):
    # guard: a deliberation's numbered axes, no item naming the convention, are all read
    text = ("REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE\nObjet : convention territoriale globale avec la Caf\n"
            "Les axes retenus sont les suivants :\n1. Petite enfance\nOuvrir une crèche à Brionne.\n2. Jeunesse\n"
            "Créer un espace jeunes.\n3. Logement\nLutter contre l'habitat indigne.")
    doc = finder(unwrap_lines(text))
    assert {"petite_enfance", "jeunesse", "logement"} <= found_labels(doc)


# -- a prose enumeration whose items carry their examples in brackets ---------------------------------------------------
def test_items_with_bracketed_examples_stay_items(finder):
    # a council's minutes: each field followed by its facilities in brackets, the last one long only by them
    text = ("4. Convention territoriale globale 2025-2028 avec la Caf de la Corse-du-Sud\nLa vice-présidente présente la "
            "CTG. Elle porte sur la petite enfance (crèches d'Ajaccio et de Porticcio, relais petite enfance), la "
            "jeunesse (point information jeunesse, espace ados), le soutien à la parentalité et l'accès aux droits "
            "(permanences de la Caf à la maison France services de Sarrola-Carcopino et à la mairie).")
    phrases = theme_phrases_of(finder, text)
    assert "le soutien à la parentalité" in phrases
    assert any(p.startswith("l'accès aux droits (permanences") for p in phrases)
    assert any(p.startswith("la petite enfance (crèches") for p in phrases)
