"""Session 28 (lead): the document decision's fit reads the doc the analyser reads (text repaired and unwrapped),
so a PDF page's wrapped list gives the fit the phrases the analysis finds."""

from __future__ import annotations

from ctgminer.classify.theme_labels.fit import found_on_records
from ctgminer.extract.pipeline import load_pipeline, prepare_doc
from ctgminer.text.normalise import repair_text, unwrap_lines

# a convention's page as a PDF reader gives it: its lines wrapped at the page's width, the fields' run cut after
# "jeunesse ;"
WRAPPED = """Convention territoriale globale de la Communauté de communes du Pays de Lapalisse 2025-2029
Le diagnostic partagé conduit avec les communes, les associations et les habitants a fait apparaître
des besoins nouveaux en matière d'accueil, de soutien aux familles et de services de proximité.
Les signataires ont retenu pour 2025-2029 les axes de travail suivants : petite enfance ; jeunesse ;
soutien à la parentalité ; accès aux droits, déclinés en fiches actions annexées à la convention.
Les signataires s'engagent à réunir le comité de pilotage au moins une fois par an pour suivre
la mise en oeuvre des actions et en mesurer les effets auprès des familles du territoire rural."""


def record(**extra) -> dict:
    return {"id": "w-1", "url": "written:fit/w-1", "text": WRAPPED, "relevance": "announcement",
            "themes": ["acces_aux_droits", "jeunesse", "parentalite", "petite_enfance"], **extra}


def test_prepare_doc_is_the_repaired_and_unwrapped_text():
    nlp = load_pipeline(("ctg_themes",))
    assert prepare_doc(nlp, WRAPPED).text == unwrap_lines(repair_text(WRAPPED))
    assert "jeunesse ; soutien" in prepare_doc(nlp, WRAPPED).text


def test_the_fit_finds_the_wrapped_run_whole():
    (page,) = found_on_records([record(set="read_zz", also_ok={"themes": ["enfance"]})])
    assert page["texts"][:3] == ["petite enfance", "jeunesse", "soutien à la parentalité"]
    assert page["texts"][3].startswith("accès aux droits")
    assert page["set"] == "read_zz" and page["neutral"] == {"enfance"}
    assert page["themes"] == {"acces_aux_droits", "jeunesse", "parentalite", "petite_enfance"}


def test_unrelated_records_are_left_out_and_a_set_is_optional():
    pages = found_on_records([record(relevance="unrelated"), record(id="w-2")])
    assert [p["id"] for p in pages] == ["w-2"] and pages[0]["set"] == ""
