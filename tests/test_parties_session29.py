"""Parties: session 29. The signing model's fit reads the text the pipeline reads and applies what the analyser
applies afterwards; classes of pages read on the written sets read_ch, read_ci and read_cj (blind until session 28),
one example each, written for these tests (never taken from the gold texts nor the written sets)."""

from __future__ import annotations

from ctgminer.extract.components.parties.fit import decisions, gold_candidates
from ctgminer.extract.components.parties.model import load_model
from ctgminer.extract.pipeline import prepare_doc, prepare_text

# -- the fit reads the text the analysis reads ----------------------------------------------------------------------

WRAPPED = ("Moulins Communauté – Actualités\n"
           "Signature de la convention territoriale globale\n"
           "Le 12 mars, Moulins Communauté et la Caf de l'Allier ont signé la convention territoriale globale pour la\n"
           "période 2025-2029. La communauté d'agglomération s'engage sur la petite enfance et la jeunesse.\n")


def test_prepared_text_is_the_docs_text(parties_nlp):
    # one function for the text the components read (repaired, PDF-wrapped lines joined), shared by the
    # analyser's doc and the parties' fit
    text = prepare_text(WRAPPED)
    assert "pour la période 2025-2029" in text and "pour la\npériode" not in text
    assert prepare_doc(parties_nlp, WRAPPED).text == text


def test_fit_reads_the_prepared_text():
    _, _, _, docs = gold_candidates([{"text": WRAPPED, "partners": [{"name": "Moulins Communauté", "type": "epci"}]}])
    assert docs[0]["text"] == prepare_text(WRAPPED)


CONVENTION = ("CONVENTION TERRITORIALE GLOBALE 2025-2029\n"
              "ENTRE\n"
              "La Caisse d'allocations familiales de l'Allier, représentée par sa directrice, Mme Anne Perrin,\n"
              "ci-après dénommée « la Caf »,\n"
              "ET\n"
              "La Commune d'Yzeure, représentée par son maire, M. Louis Bard, dûment autorisé par délibération,\n"
              "ci-après dénommée « la Commune »,\n"
              "IL A ÉTÉ CONVENU CE QUI SUIT :\n"
              "Article 1 – Objet de la convention\n"
              "La présente convention a pour objet de définir le projet social du territoire. Elle vise à renforcer\n"
              "l'offre d'accueil du jeune enfant et l'accès aux droits des familles de la commune.\n"
              "Article 2 – Durée\n"
              "La présente convention est conclue pour une durée de cinq ans, du 1er janvier 2025 au 31 décembre "
              "2029.\n"
              "Article 3 – Engagements des parties\n"
              "Les signataires s'engagent à mettre en œuvre le plan d'actions annexé.\n"
              "Fait à Yzeure, le 4 février 2025, en deux exemplaires.\n")


def test_fit_decision_takes_a_conventions_own_parties():
    # the analyser puts a convention's own parties in the record (apply_genre): the fit's decision does as well
    _, _, _, docs = gold_candidates([{"text": CONVENTION, "partners": [{"name": "Yzeure", "type": "commune"}]}])
    doc = docs[0]
    assert doc["genre"], doc["genre"]
    from ctgminer.extract.components.parties.component import PartiesComponent

    comp = PartiesComponent(None)
    comp.threshold = load_model().threshold
    _, pred = decisions(comp, doc, [0.0] * len(doc["rows"]))
    assert pred == doc["genre"]
    assert any("Yzeure" in p["name"] for p in pred), pred
