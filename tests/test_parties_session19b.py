"""Parties: classes of pages read in session 19 (the new written sets read_be..read_bh), one example each, written for
these tests (never taken from the gold texts nor the written sets)."""

from __future__ import annotations

from conftest import partner_names

from ctgminer.text.normalise import unwrap_lines


def test_town_ranked_in_a_metropole_is_no_party(parties_nlp):
    # a town's release closing on its profile: the Métropole it ranks in is where the town lies, not a signatory
    text = ("Communiqué de presse\n"
            "La Ville de Vénissieux et la Caf du Rhône ont signé le 4 mars 2024 leur convention territoriale globale "
            "pour 2024-2028.\n"
            "Vénissieux en bref : 4e ville de la Métropole de Lyon, 67 000 habitants.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("Vénissieux") == "commune", names
    assert "Métropole de Lyon" not in names, names


def test_town_told_as_a_commune_of_its_metropole_is_no_party(parties_nlp):
    # "X, commune de <EPCI>": the town's membership in apposition, not the EPCI signing
    text = ("Projet social de territoire de Mérignac\n"
            "Convention territoriale globale Ville de Mérignac / Caf de la Gironde, signée le 2 février 2024.\n"
            "Mérignac, commune de Bordeaux Métropole, compte 72 000 habitants.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("Mérignac") == "commune", names
    assert "Bordeaux Métropole" not in names, names


def test_towns_in_brackets_after_the_territory_are_its_area(parties_nlp):
    # an EPCI signing its CTG, then its towns in brackets after "du territoire": the area the CTG covers
    text = ("La Communauté d'agglomération du Grand Dax et la Caf des Landes ont signé le 9 mai 2024 la troisième "
            "convention territoriale globale du territoire (Dax, Saint-Paul-lès-Dax, Narrosse et Tercis-les-Bains).\n"
            "Elle porte sur la petite enfance, la jeunesse et l'accès aux droits.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("Communauté d'agglomération du Grand Dax") == "epci", names
    assert not {"Dax", "Saint-Paul-lès-Dax", "Narrosse", "Tercis-les-Bains"} & set(names), names


def test_towns_listed_after_les_villes_with_their_own_process(parties_nlp):
    # towns listed after "les villes de", said to lead their own process: other conventions than the page's
    text = ("Caf du Var – Actualités\n"
            "Le maire de Toulon et la directrice de la Caf du Var ont signé le 2 juin 2023 la convention territoriale "
            "globale de la Ville de Toulon pour 2023-2027.\n"
            "La Caf rappelle que les villes de Hyères et Fréjus sont engagées dans leur propre démarche.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("Toulon") == "commune", names
    assert not {"Hyères", "Fréjus"} & set(names), names


def test_epci_council_session_heading_names_its_seat_only(parties_nlp):
    # an EPCI council's agenda headed by the session and its town, naming no EPCI: the town's EPCI signs
    text = ("Conseil communautaire du mardi 12 mars 2024 – Mirande\n"
            "ORDRE DU JOUR\n"
            "1. Approbation du procès-verbal – adopté\n"
            "2. Enfance – Convention territoriale globale 2024-2028 avec la Caf du Gers – autorisation de signature – "
            "adoptée à l'unanimité\n"
            "3. Questions diverses")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert "Mirande" not in names, names
    assert any(t == "epci" for t in names.values()), names


def test_venue_at_the_epci_seat_written_without_accents(parties_nlp):
    # a page typed without accents: "au siege de la CC a X" is where the EPCI signed, not a town signing
    text = ("Actualites\n"
            "Le 14 octobre dernier, la Communaute de communes du Clunisois a signe sa CTG avec la Caf de "
            "Saone-et-Loire au siege de la CC a Cluny. La convention court jusqu'en 2027.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert "Cluny" not in names, names
