"""Themes: taxonomy, classifier and phrase extraction (inline examples written for these tests)."""

from __future__ import annotations

import json

import pytest
from conftest import parse_annotated

from ctgminer.classify.themes import labels, load_model, load_phrases, taxonomy


def test_taxonomy_has_the_twelve_labels_with_missions():
    tax = taxonomy()
    assert len(tax["labels"]) == 12 and tax["version"]
    for spec in tax["labels"].values():
        assert spec["definition"] and spec["synonyms"] and spec["examples"]
        assert spec["mission"] in tax["missions"]


def test_phrase_set_is_large_and_covers_every_label():
    rows = load_phrases()
    assert len(rows) >= 600
    counts = {label: sum(label in r["labels"] for r in rows) for label in labels()}
    assert min(counts.values()) >= 40, counts


@pytest.mark.parametrize("phrase,expected", [
    ("Développer les places en multi-accueil", {"petite_enfance"}),
    ("Ouvrir un ALSH le mercredi", {"enfance"}),
    ("Soutenir les initiatives des 16-25 ans", {"jeunesse"}),
    ("Étendre le LAEP aux communes rurales", {"parentalite"}),
    ("Accompagner le projet du centre social", {"animation_vie_sociale"}),
    ("Lutter contre le non-recours aux prestations", {"acces_aux_droits"}),
    ("Former les familles aux outils numériques", {"inclusion_numerique"}),
    ("Repérer les logements non décents", {"logement"}),
    ("Inclure les enfants en situation de handicap dans les crèches", {"handicap", "petite_enfance"}),
    ("Accompagner les allocataires du RSA vers l'emploi", {"insertion"}),
    ("Soutenir les mères isolées en situation de précarité", {"accompagnement_social"}),
    ("Développer le transport solidaire en milieu rural", {"autre"}),
    ("Petite enfance-enfance", {"petite_enfance", "enfance"}),
])
def test_classifier(phrase, expected):
    pred = load_model().predict([phrase])[0]
    assert expected <= set(pred["labels"]), pred
    assert len(pred["scores"]) == 3


def test_a_place_where_a_field_happens_is_no_field():
    """'dans les quartiers prioritaires' says where, not what: no 'autre' (politique de la ville) for a crèche."""
    pred = load_model().predict(["Ouvrir des places en crèche dans les quartiers prioritaires"])[0]
    assert set(pred["labels"]) == {"petite_enfance"}, pred


@pytest.mark.parametrize("phrase,expected", [
    # 'jeunes enfants' are under-threes, not young people
    ("Renforcer l'accueil des jeunes enfants dans les bourgs", {"petite_enfance"}),
    ("Le premier chantier porte sur la garde des jeunes enfants.", {"petite_enfance"}),
    # children and young people together name both fields
    ("Orientation 2 : accompagner les enfants et les jeunes dans leurs loisirs", {"enfance", "jeunesse"}),
    # disabled children in leisure centres: both the field and the public
    ("Rendre les centres de loisirs accessibles aux enfants en situation de handicap", {"enfance", "handicap"}),
])
def test_classifier_reads_the_public_a_field_word_names(phrase, expected):
    assert set(load_model().predict([phrase])[0]["labels"]) == expected


def test_a_term_of_two_labels_teaches_both():
    """'démarches en ligne' is listed under access to rights and digital inclusion: one training row with both."""
    rows = [r for r in load_phrases() if r["kind"] == "taxonomy" and r["text"] == "démarches en ligne"]
    assert len(rows) == 1 and set(rows[0]["labels"]) == {"acces_aux_droits", "inclusion_numerique"}
    pred = load_model().predict(["Développer l'aide aux démarches en ligne"])[0]
    assert {"acces_aux_droits", "inclusion_numerique"} <= set(pred["labels"]), pred


def test_model_card_gives_grouped_figures_on_real_phrases_per_label():
    from ctgminer.classify.themes import models_dir

    card = json.loads((models_dir() / "themes.card.json").read_text(encoding="utf-8"))
    cv = card["cross_validation"]
    assert cv["grouping"].startswith("by page") and set(card["compared"]) >= {"svm", "logreg"}
    assert cv["real"]["n"] >= 300 and cv["real"]["micro_f1"] > 0.9
    assert set(cv["real"]["per_label"]) == set(labels()) == set(cv["written"]["per_label"])
    assert 0 < cv["threshold"] < 1 and 0 < cv["doc_threshold"] < 1


def test_real_phrases_are_short_citations_grouped_by_page():
    rows = [r for r in load_phrases() if r["kind"] == "real"]
    assert len(rows) >= 300 and len({r["group"] for r in rows}) >= 40
    for r in rows:
        words = r["text"].split()
        assert len(words) <= 12 or (len(words) == 13 and words[-1] == "…"), r["text"]
        assert r["group"]


PHRASE_EXAMPLES = [
    # a dashed list introduced by 'axes'
    ("La Caf et la commune ont signé la convention territoriale globale. Elle s'articule autour de trois axes :\n"
     "- <t l='petite_enfance'>Développer l'accueil du jeune enfant</t> ;\n"
     "- <t l='parentalite'>Soutenir les parents dans leur rôle</t> ;\n"
     "- <t l='logement'>Lutter contre l'habitat indigne</t>."),
    # a list in running prose
    ("La nouvelle CTG signée avec la Caf porte sur <t l='petite_enfance'>la petite enfance</t>, "
     "<t l='jeunesse'>la jeunesse</t>, <t l='parentalite'>la parentalité</t> et <t l='acces_aux_droits'>l'accès "
     "aux droits</t>."),
    # lone dashes on their own lines, as some pages render lists
    ("Les enjeux retenus par les signataires de la CTG sont :\n-\n<t l='inclusion_numerique'>Réduire la fracture "
     "numérique</t>,\n-\n<t l='animation_vie_sociale'>Créer un espace de vie sociale</t>"),
]


@pytest.mark.parametrize("source", PHRASE_EXAMPLES)
def test_theme_phrases(analyse_text, source):
    text, tags = parse_annotated(source)
    record = analyse_text(text)
    got = {(p.start, p.end): p for p in record.theme_phrases}
    for tag in tags:
        assert (tag["start"], tag["end"]) in got, (tag, record.theme_phrases)
        assert tag["l"] in got[(tag["start"], tag["end"])].labels
        assert tag["l"] in record.themes
    assert record.missions


@pytest.mark.parametrize("family", ["svm", "logreg"])
def test_plain_weights_give_the_fitted_pipelines_probabilities(family):
    """The analysis applies the exported arrays with numpy alone: on phrases it never saw, they must give what
    the scikit-learn pipeline gives (here a small pipeline fitted on part of the packaged phrases)."""
    import numpy as np
    from sklearn.preprocessing import MultiLabelBinarizer

    from ctgminer.classify.themes import build_pipeline, export

    rows = load_phrases()
    train_rows, test_rows = rows[::3], rows[1::7]
    y = MultiLabelBinarizer(classes=labels()).fit_transform([r["labels"] for r in train_rows])
    pipe = build_pipeline(family).fit([r["text"] for r in train_rows], y)
    plain = export(pipe, labels(), 0.5, "test", 0.5)
    texts = [r["text"] for r in test_rows] + ["", "RPE, LAEP et ALSH : crèche-halte-garderie !", "   \n  "]
    assert np.allclose(plain.predict_proba(texts), pipe.predict_proba(texts), atol=1e-5)


def test_plain_weights_round_trip_through_the_npz(tmp_path):
    import numpy as np

    from ctgminer.classify.theme_model import ThemeModel

    model = load_model()
    model.save(tmp_path / "themes.npz")
    again = ThemeModel.load(tmp_path / "themes.npz")
    phrases = ["Accompagner les parents d'adolescents", "Ouvrir un espace France services"]
    assert again.labels == model.labels and again.version == model.version
    assert np.allclose(again.predict_proba(phrases), model.predict_proba(phrases))


def test_weights_in_a_user_cache_from_an_earlier_release_are_refitted(tmp_path, monkeypatch):
    # an installed package trains on first use and keeps the weights in a user cache, which outlives an upgrade: weights
    # trained on other data are not used (the repository's own models/ are always trained on its data)
    import dataclasses

    from ctgminer.classify import theme_model

    model = load_model()
    assert theme_model.fits_packaged_data(model)
    taxonomy_version, _data, rest = model.version.split("-", 2)
    stale = dataclasses.replace(model, version=f"{taxonomy_version}-0123456789-{rest}")  # another data hash
    assert not theme_model.fits_packaged_data(stale)
    # the cache is where an installed package looks: a stale file there is refitted (training stubbed here)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(theme_model, "models_dir", theme_model.user_cache)
    theme_model.user_cache().mkdir(parents=True)
    stale.save(theme_model.model_path())
    from ctgminer.classify import themes

    trained = []
    monkeypatch.setattr(themes, "train", lambda: (trained.append(1) or model, {}))
    monkeypatch.setattr(themes, "save", lambda *a: None)
    theme_model.load_model.cache_clear()
    try:
        assert theme_model.load_model().version == model.version and trained == [1]
    finally:
        theme_model.load_model.cache_clear()
