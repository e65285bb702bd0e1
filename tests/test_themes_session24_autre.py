"""Session 24, the "autre" label (health, mobility, seniors, governance...): the maternal and child health service
(PMI) named as one of the convention's fields is health, but named as the body a field works with it is no field.
Inline examples written for these tests."""

from __future__ import annotations

from ctgminer.classify.theme_model import field_words, lexicon_counts
from ctgminer.extract.components.themes.lexicon import labels_named, taxonomy


def test_maternal_and_child_health_named_as_a_field_is_health():
    # a Département's convention lists "la protection maternelle et infantile" beside childcare as one of its areas
    assert set(labels_named("la protection maternelle et infantile et l'accueil du jeune enfant")) == {
        "petite_enfance", "autre"}
    assert "autre" in labels_named("Volet 2 - Protection maternelle et infantile et modes d'accueil des tout-petits")
    assert "autre" in labels_named("renforcer la protection maternelle et infantile dans les cantons ruraux")


def test_the_pmi_as_the_body_a_field_works_with_is_no_field():
    # "avec les services de PMI" says who works on parenting or childcare, not that health is a priority
    for text in ("le soutien aux parents de jeunes enfants avec les services de PMI",
                 "mieux accompagner les assistants maternels en lien avec la PMI",
                 "le soutien à la parentalité dès la grossesse, avec les centres de PMI du Département",
                 "le soutien aux jeunes parents, en lien avec les services départementaux de PMI",
                 "L'accueil des tout-petits, en lien avec les missions de protection maternelle et infantile"):
        assert "maternelle" not in field_words(text), text
        assert "autre" not in labels_named(text), text
    assert set(labels_named("l'accueil du jeune enfant avec la protection maternelle et infantile")) == {
        "petite_enfance"}


def test_guards_health_still_named_and_childcare_alone_no_health():
    assert "autre" in labels_named("la santé des enfants et des adolescents")
    assert "autre" not in labels_named("l'accueil du jeune enfant et le relais petite enfance")
    # the PMI alone, no field before it, is still read as health (the acronym's expansion names the field)
    assert "protection maternelle et infantile" in field_words("Développer les consultations de PMI")
    assert lexicon_counts("Développer les consultations de PMI")[list(taxonomy()["labels"]).index("autre")] > 0


def test_helping_families_in_another_field_is_no_social_support():
    # "l'accompagnement des familles dans leurs démarches" is help with access to rights, "... dans leur fonction
    # parentale" parenting: the complement names the field, not vulnerable families
    for text in ("l'accompagnement des familles dans leurs démarches administratives",
                 "renforcer l'accompagnement des familles pour l'accès aux droits",
                 "l'accompagnement des familles dans leur rôle de parents"):
        assert "accompagnement_social" not in labels_named(text), text
    assert "acces_aux_droits" in labels_named("renforcer l'accompagnement des familles pour l'accès aux droits")
    assert "parentalite" in labels_named("l'accompagnement des familles dans leur rôle de parents")


def test_guards_social_support_of_vulnerable_families_still_named():
    assert "accompagnement_social" in labels_named("l'accompagnement des familles monoparentales")
    assert "accompagnement_social" in labels_named("l'accompagnement des familles")
    assert "accompagnement_social" in labels_named("l'accompagnement des familles dans les situations de précarité")
    assert "accompagnement_social" in labels_named("l'accompagnement des familles fragilisées par une séparation")
