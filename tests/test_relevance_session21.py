"""Relevance, session 21: the convention's own text as its signed PDF is published, an excerpt too short for the
genre component to call it a convention (examples written for these tests)."""

from __future__ import annotations

from ctgminer.classify.relevance.component import score_relevance

# class: articles of the convention and its dated closing formula, signatures below (GUIDE: it reports its signing)
SIGNED_EXCERPT = ("Convention territoriale globale – Communauté de communes du Pays de Nay 2024-2028\n"
                  "Article 4 – Les champs d'intervention retenus\n"
                  "La présente convention retient l'accueil du jeune enfant, la jeunesse et le soutien aux parents.\n"
                  "Article 5 – Pilotage\n"
                  "Un comité de pilotage se réunit chaque année.\n"
                  "Fait à Nay, le 3 avril 2024, en deux exemplaires.\n"
                  "Le Président de la Communauté de communes\tLa Directrice de la Caf des Pyrénées-Atlantiques")
# ... and a model convention offered to towns, its formula left blank: no signing
TEMPLATE = ("Modèle de convention territoriale globale proposé aux communes par la Caf du Lot\n"
            "Article 1 – Objet\n"
            "La présente convention définit les champs d'intervention retenus par les signataires.\n"
            "Article 2 – Durée\n"
            "Elle est conclue pour une durée de quatre à cinq ans.\n"
            "Fait à …………, le …………\n"
            "Le Maire\tLe Directeur de la Caf")


def test_a_signed_convention_excerpt_is_an_announcement():
    result = score_relevance(SIGNED_EXCERPT)
    assert result.label == "announcement"
    assert result.reason == "signed convention text"


def test_a_template_with_its_formula_blank_is_not():
    assert score_relevance(TEMPLATE).label == "related"
