"""The Caf's département, session 24: a number after "Caf" that is an amount or a share is no département code
(examples written for these tests)."""

from __future__ import annotations

import pytest

# class: a plan's table flattened one cell per line, the Caf as an action's bearer above its cost
PLAN = ("Plan d'actions de la convention territoriale globale 2022-2026 – Communauté de communes du Pays de Salers\n"
        "Action\nPorteur\nCoût\nCréer une micro-crèche à Salers\nCommune / Caf\n45 000 €\n"
        "Former les animateurs à l'accueil du handicap\nCaf\n12 000 €")


@pytest.mark.parametrize("text", [PLAN, "Le coût est partagé entre la commune et la Caf 80 % et 20 %.",
                                  "La participation de la Caf 60 000 euros par an couvre la moitié du poste."])
def test_an_amount_after_the_caf_is_no_departement_code(analyser, text):
    doc = analyser.nlp(text)
    assert doc._.caf is None or doc._.caf.department_code not in {"45", "12", "80", "60"}


@pytest.mark.parametrize("text, code", [
    ("La Caf 33 et la commune de Bègles ont signé la convention territoriale globale 2024-2028.", "33"),
    ("Signature de la CTG entre la Caf 2A et la communauté d'agglomération du Pays ajaccien.", "2A"),
    ("La Caf 974 et la Ville du Port ont renouvelé leur convention territoriale globale.", "974"),
])
def test_a_caf_numbered_by_its_departement_stays_read(analyser, text, code):
    # guard: "Caf 33" is the Caf de la Gironde
    assert analyser.nlp(text)._.caf.department_code == code
