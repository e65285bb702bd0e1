"""Themes, session 27 (tca): convention documents and town pages as a PDF-to-text tool or a CMS gives them.
Classes: fields a convention gives to ANOTHER convention (the rest left to the intercommunal one, a bracketed list
"qui font l'objet de conventions distinctes", the existence of another convention for some fields); a renewal's
sentence opening on the former convention before the new one's fields; a town's question "Sur quoi la Ville
s'engage-t-elle ?" over its commitments. Each class with examples written for these tests."""

from __future__ import annotations

import pytest
from conftest import found_labels, phrase_labels, theme_phrases_of


# -- fields given to another convention -----------------------------------------------------------------------------
# class: an article of a convention (or a deliberation) that narrows it to some fields and names the others as dealt
# with elsewhere; the start code read the others as this convention's
@pytest.mark.parametrize("text, kept, gone", [
    # the rest, bracketed, "étant traités" in the intercommunal convention, before the colon of the kept fields
    ("Article 3 – Les champs retenus\nAu vu du diagnostic, la commune et la Caf de l'Indre limitent la présente "
     "convention à deux champs, les autres domaines (petite enfance, logement) étant traités dans la convention de "
     "Châteauroux Métropole :\n– la jeunesse, avec l'ouverture d'un point information jeunesse ;\n– le soutien à la "
     "parentalité, avec un café des parents au centre social.",
     {"jeunesse", "parentalite"}, {"petite_enfance", "logement"}),
    # ... "relevant" of another body
    ("Les partenaires retiennent pour cette convention l'accès aux droits et l'inclusion numérique, les autres champs "
     "(enfance, jeunesse) relevant du syndicat intercommunal.",
     {"acces_aux_droits", "inclusion_numerique"}, {"enfance", "jeunesse"}),
])
def test_the_rest_dealt_with_elsewhere_is_no_field(labeller, text, kept, gone):
    labels = found_labels(labeller(text))
    assert kept <= labels and not (gone & labels)


@pytest.mark.parametrize("text, kept, gone", [
    # a bracketed list sent to distinct conventions by a relative clause (a metropolis's article on its own fields)
    ("Article 3 – Les champs d'intervention\n3.1 La mobilité des familles\nLa Métropole développe le transport à la "
     "demande pour les familles monoparentales.\n3.2 La coordination\nLa Métropole réunit les coordinateurs des "
     "communes pour accorder leurs plans d'actions (crèches, accueils de loisirs, jeunesse), qui font l'objet de "
     "conventions distinctes signées par chaque commune.",
     {"autre"}, {"petite_enfance", "enfance", "jeunesse"}),
    # the other convention named with its fields, then this one's single field
    ("Article 2 – Champ de la convention\nCompte tenu de l'existence d'une convention signée à l'échelle de la "
     "communauté de communes pour la petite enfance et le logement, les parties conviennent de consacrer la présente "
     "convention à l'animation de la vie sociale et au centre social de la commune.",
     {"animation_vie_sociale"}, {"petite_enfance", "logement"}),
])
def test_fields_of_another_convention_are_no_fields(labeller, text, kept, gone):
    labels = found_labels(labeller(text))
    assert kept <= labels and not (gone & labels)


@pytest.mark.parametrize("text, labels", [
    # guards: this convention's own fields named beside "autres" or "distinct" words stay
    ("La convention porte sur la petite enfance, la jeunesse et les autres actions du projet social.",
     {"petite_enfance", "jeunesse"}),
    ("La CTG fait l'objet de fiches actions distinctes pour la petite enfance et le logement.",
     {"petite_enfance", "logement"}),
    ("La nouvelle CTG, une convention signée pour quatre ans, porte sur la parentalité et l'accès aux droits.",
     {"parentalite", "acces_aux_droits"}),
])
def test_own_fields_beside_such_words_stay(labeller, text, labels):
    assert labels <= found_labels(labeller(text))


# -- a renewal's sentence opening on the former convention --------------------------------------------------------
# class: a press release on a renewal whose sentence fronts the former convention ("Dans le prolongement de la
# précédente convention, qui avait ..., la nouvelle CTG met l'accent sur ..."); the start code read the whole sentence
# as the past and found none of the new convention's fields
RENEWAL = ("Communiqué – Lorient, le 3 juillet 2024\nLorient Agglomération et la Caf du Morbihan ont signé ce mercredi "
           "leur deuxième Convention territoriale globale pour 2024-2028.\n{sentence}\n")


def test_a_fronted_former_convention_leaves_the_new_one_its_fields(labeller):
    text = RENEWAL.format(sentence=(
        "Dans le prolongement de la précédente convention, qui avait notamment permis d'ouvrir deux crèches, la "
        "nouvelle CTG met l'accent sur l'accompagnement des jeunes vers l'autonomie, le soutien aux parents "
        "d'adolescents et l'accès aux droits des familles."))
    phrases = theme_phrases_of(labeller, text)
    assert "l'accompagnement des jeunes vers l'autonomie" in phrases
    labels = phrase_labels(labeller(text))
    assert {"jeunesse", "parentalite", "acces_aux_droits"} <= labels
    assert "petite_enfance" not in labels  # (the former one's crèches)


def test_a_former_convention_in_contrast_stays_the_past(labeller):
    # guard: a contrast keeps the former convention's fields out ("Alors que la précédente ... portait sur ...")
    text = RENEWAL.format(sentence=(
        "Alors que la précédente convention portait sur la petite enfance et le logement, la nouvelle CTG met "
        "l'accent sur la jeunesse."))
    labels = phrase_labels(labeller(text))
    assert "logement" not in labels


# -- a town's question on its commitments ---------------------------------------------------------------------------
# class: a town's page of questions and answers after its signing, its commitments listed under "Sur quoi la Ville
# s'engage-t-elle ?"; the start code took the question for none of the convention's and dropped the list
QUESTIONS = ("Ville de Saint-Priest – Actualités\nLa Ville et la Caf du Rhône ont signé le 4 mars 2024 la Convention "
             "territoriale globale pour 2024-2027. Questions-réponses.\nC'est quoi, une CTG ?\nUn contrat entre la Ville "
             "et la Caf, qui fixe des objectifs communs pour les familles.\n{question}\n- Ouvrir une micro-crèche dans le "
             "quartier Bel Air\n- Créer un lieu d'accueil enfants-parents\n- Étendre les horaires de la France services\n"
             "Combien ça coûte ?\nLa Caf verse chaque année 3 millions d'euros à la Ville.\n")


@pytest.mark.parametrize("question", [
    "Sur quoi la Ville s'engage-t-elle ?",
    "À quoi s'engagent la Ville et la Caf ?",
    "Sur quoi nous engageons-nous ?",
])
def test_a_question_on_the_signatory_s_commitments_heads_its_list(labeller, question):
    phrases = theme_phrases_of(labeller, QUESTIONS.format(question=question))
    assert "Créer un lieu d'accueil enfants-parents" in phrases


def test_a_question_on_what_any_signatory_commits_to_in_a_ctg_is_no_content_question():
    # guard: an explainer's question on what any signatory of a CTG commits to asks about no convention's content
    from ctgminer.extract.components.themes import patterns as P

    assert P.CONTENT_QUESTION.search("Sur quoi la Ville s'engage-t-elle ?")
    assert not P.CONTENT_QUESTION.search("Sur quoi la commune s'engage-t-elle dans une CTG ?")


# -- field headings in capitals in a convention's article ---------------------------------------------------------
# class: a convention's PDF setting out its fields as headings in capitals, each over a paragraph and bullets of
# varying length (or bullets alone); the start code read a heading only when one paragraph line stood under it
CAPITALS = ("CTG du Pays de Bray 2023-2026 – 4\nARTICLE 3 – LES CHAMPS D'INTERVENTION\nLes signataires retiennent trois "
            "champs d'intervention prioritaires.\nLA JEUNESSE\nLe territoire compte un seul local jeunes, ouvert deux "
            "soirs par semaine. Les partenaires s'engagent à :\no recruter un second animateur ;\no ouvrir le local le "
            "samedi.\nLE SOUTIEN À LA PARENTALITÉ\nLe réseau des parents est actif à Gournay. Les partenaires "
            "s'engagent à :\no créer un lieu d'accueil enfants-parents.\nL'ACCÈS AUX DROITS\no Mailler le territoire de "
            "points d'accueil ;\no Former les agents d'accueil des mairies.\nCTG du Pays de Bray 2023-2026 – 5\n"
            "ARTICLE 4 – ENGAGEMENTS DES PARTIES\nLa Caf verse le bonus territoire.\n")


def test_capital_field_headings_of_an_article_are_its_fields(labeller):
    phrases = theme_phrases_of(labeller, CAPITALS)
    assert {"LA JEUNESSE", "LE SOUTIEN À LA PARENTALITÉ", "L'ACCÈS AUX DROITS"} <= set(phrases)
    assert "acces_aux_droits" in phrase_labels(labeller(CAPITALS))


def test_capital_headings_need_an_announcing_line_above(labeller):
    # guard: a report's headings in capitals over its findings, under no line announcing fields
    text = ("Rapport d'activité 2023 du centre social\nNos chiffres clés de l'année écoulée\nLA JEUNESSE\nLe local a "
            "accueilli 80 jeunes.\nL'ACCÈS AUX DROITS\nLa permanence a reçu 400 personnes.\n")
    phrases = theme_phrases_of(labeller, text)
    assert "LA JEUNESSE" not in phrases and "L'ACCÈS AUX DROITS" not in phrases


# -- a convention limited to one field ------------------------------------------------------------------------------
# class: a small commune's convention whose article limits it to a single field, the field one dash item under the
# colon; the start code took no list of one item
@pytest.mark.parametrize("intro", [
    "Les parties conviennent de limiter la présente convention à un champ unique :",
    "Compte tenu de la taille de la commune, la CTG porte sur une seule priorité :",
])
def test_a_single_field_announced_is_a_list_of_one(labeller, intro):
    text = ("Convention territoriale globale – Commune de Lodève 2022-2025\nArticle 3 – Le champ d'intervention retenu\n"
            f"{intro}\n– la jeunesse : ouverture d'un local jeunes et d'un point information jeunesse.\n"
            "Article 4 – Engagements de la commune\nLa commune met un local à disposition.\n")
    assert any(p.startswith("la jeunesse") for p in theme_phrases_of(labeller, text))


def test_one_dash_line_under_a_plain_colon_stays_no_list(labeller):
    # guard: one dash line under an introduction that announces no single field
    text = ("Convention territoriale globale – Commune de Lodève 2022-2025\nArticle 5 – Contacts\nPour toute "
            "question :\n– le service jeunesse de la mairie, au 04 67 00 00 00.\n")
    assert not any(p.startswith("le service jeunesse") for p in theme_phrases_of(labeller, text))


# -- the rest of ranked priorities, the verb first ------------------------------------------------------------------
# class: a press article telling the first priority apart (often in an official's quote), then the others after an
# inverted verb ("Viennent ensuite ..."); the start code took no introduction there and read no phrase
RANKED = ("La présidente de Lamballe Terre et Mer et le directeur de la Caf des Côtes-d'Armor ont signé lundi la "
          "Convention territoriale globale.\nQuatre priorités pour 2024-2028. « La première, c'est la jeunesse : nos "
          "ados partent », explique l'élue. {verb} l'accueil des tout-petits, le soutien aux parents et l'accès aux "
          "droits des familles.\n")


@pytest.mark.parametrize("verb", ["Viennent ensuite", "Puis viennent enfin", "Arrivent ensuite"])
def test_priorities_after_an_inverted_verb_are_items(labeller, verb):
    phrases = theme_phrases_of(labeller, RANKED.format(verb=verb))
    assert "le soutien aux parents" in phrases and "l'accueil des tout-petits" in phrases


def test_an_inverted_verb_over_speakers_names_no_field(labeller):
    # guard: the speeches that followed the signing are no fields
    text = ("La présidente et le directeur de la Caf ont signé lundi la Convention territoriale globale. Viennent "
            "ensuite les discours du maire et du sous-préfet.\n")
    assert theme_phrases_of(labeller, text) == []


# -- a consultant's finding at a diagnostic's restitution -----------------------------------------------------------
# class: a press article on the restitution of a future convention's diagnostic, quoting the consultant's figures on
# the territory's families; the start code read the quote as an official's words on the convention's fields
RESTITUTION = ("Le diagnostic préalable à la future Convention territoriale globale entre Lodévois et Larzac et la Caf "
               "de l'Hérault a été restitué jeudi aux élus. {quote}\nTrois enjeux ont été soumis aux ateliers :\n- l'accueil "
               "des moins de 3 ans ;\n- les loisirs des adolescents ;\n- l'accès aux droits.\n")


def test_a_consultant_s_figure_on_the_families_is_no_field(labeller):
    text = RESTITUTION.format(quote="« Une famille sur quatre vit sous le seuil de pauvreté », a relevé la consultante.")
    assert "accompagnement_social" not in found_labels(labeller(text))


def test_an_official_s_figure_on_the_families_stays(labeller):
    # guard: the same figure in the director's words on what the convention answers (the writers read it as a field)
    text = ("La Caf de l'Hérault et Lodévois et Larzac ont signé jeudi leur Convention territoriale globale. « Un enfant "
            "sur trois vit sous le seuil de pauvreté : la convention doit y répondre », a souligné la directrice.\n")
    assert "accompagnement_social" in found_labels(labeller(text))
