"""Session 23 (lead): classes found by running the analyser over announcements written for these tests in the style
of real pages (a Caf's fact box, ...), each with its inline example, on blank French pipelines."""

from __future__ import annotations

from conftest import date_fields_of


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
