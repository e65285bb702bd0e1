"""Dates component on a blank French pipeline: session 21 (the error classes read in the new written sets read_bk,
read_bl and read_bm, checked across the older read sets). Every example is written for the test."""

from __future__ import annotations

from conftest import date_fields_of

# -- the period --------------------------------------------------------------------------------------------------------


def test_first_year_told_by_since_and_an_end_told_apart_make_the_period(dates_nlp):
    # a territory's page on its CTG: bound since a date, the end told in the same or the next sentence
    text = ("Le Pays de Cruseilles\nVivre ici > Familles\nDepuis le 1er janvier 2023, la communauté de communes et la Caf "
            "de la Haute-Savoie sont liées par une Convention territoriale globale (CTG). Elle nous engage, jusqu'en 2027, "
            "à soutenir les familles.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"], fields["duration_years"]) == (2023, 2027, 5)
    text = ("Le Pays de Cruseilles\nNotre territoire est engagé depuis 2023 dans une Convention territoriale globale avec "
            "la Caf. Elle court jusqu'en 2027.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"]) == (2023, 2027)


def test_neighbours_convention_in_a_closing_link_tells_no_period(dates_nlp):
    # a link to another territory's story closes the page, under a lead other than "Lire aussi"
    story = ("Le Pays de Nay signe sa CTG\nLe 4 mars 2024, le président de la communauté de communes et la directrice de "
             "la Caf ont signé une convention qui couvre les 29 communes, pour la période 2024-2028.\n")
    for link in ("Pour aller plus loin : la CTG de Lescar (2021-2025)", "Sur la même thématique : la CTG de Lescar "
                 "(2021-2025)", "Dans la même rubrique : la CTG de Lescar (2021-2025)"):
        fields = date_fields_of(dates_nlp, story + link + "\n")[0]
        assert (fields["period_start"], fields["period_end"]) == (2024, 2028), link


def test_convention_taking_over_from_the_cej_that_ended_keeps_its_period(dates_nlp):
    # the ending told is the replaced contract's, not the period's
    text = ("Accueil > Actualités\nLa communauté et la Caf ont signé jeudi la Convention territoriale globale (CTG) du "
            "territoire. Elle couvre les 17 communes de la communauté pour la période 2024-2028 et prend la suite des "
            "contrats enfance jeunesse qui arrivaient à échéance.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"]) == (2024, 2028)


def test_next_conventions_range_gives_way_to_the_extended_one(dates_nlp):
    # an amendment's page: the current convention prolonged; the next one named with its range in passing
    text = ("Conseil communautaire du 10 décembre 2024 – Point n°12\nLa convention territoriale globale signée le 3 mai "
            "2021 pour la période 2021-2024 arrive à échéance. La Caf propose de la prolonger d'une année, jusqu'au 31 "
            "décembre 2025, par voie d'avenant. La future CTG 2026-2030 devrait intégrer le logement.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"]) == (2021, 2025)


def test_season_ending_the_amended_year_is_not_the_conventions_range(dates_nlp):
    # a decision list: the amendment tells the new end alone; a ski season on another item ends the same year
    text = ("Conseil communautaire du 5 décembre 2023 – Relevé de décisions\nDEL-2023-80 – Avenant à la Convention "
            "territoriale globale\nVu la convention territoriale globale signée avec la Caf le 2 juillet 2019 pour la "
            "période 2019-2023, le conseil approuve l'avenant n°1 portant la durée de la CTG jusqu'au 31 décembre 2024.\n"
            "DEL-2023-81 – Patinoire : tarifs de la saison 2023-2024. Adoptée.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"]) == (2019, 2024)


# -- the duration ------------------------------------------------------------------------------------------------------


def test_length_of_new_funds_gives_way_to_the_explicit_period(dates_nlp):
    # an amendment's page: a sum over two years, its sentence naming no convention, against the CTG 2022-2026
    text = ("Un avenant pour la CTG\nLa Caf et la commune ont signé mardi un avenant à leur convention territoriale globale "
            "2022-2026. La commune mobilisera 150 000 € supplémentaires sur deux ans pour ces nouvelles actions.\n")
    assert date_fields_of(dates_nlp, text)[0]["duration_years"] == 5


def test_length_of_the_first_convention_named_before_it_is_not_this_ones(dates_nlp):
    text = ("Une nouvelle convention avec la Caf pour 2023-2027\nLa communauté urbaine et la Caf ont signé lundi la "
            "convention. Elle succède à la première CTG, conclue en 2019 pour quatre ans.\n")
    assert date_fields_of(dates_nlp, text)[0]["duration_years"] == 5
    # (a length named before the first convention is this one's)
    text = ("La Ville et la Caf main dans la main jusqu'en 2024\nLe 17 décembre 2020, le maire et le directeur de la Caf ont "
            "signé la convention territoriale globale. Ce contrat de quatre ans succède à une première CTG expérimentale "
            "signée en 2017.\n")
    assert date_fields_of(dates_nlp, text)[0]["duration_years"] == 4
    # (and a first convention named before the verb that signs the new one for its length is no owner of it)
    text = ("La communauté et la Caf renouvellent leur pacte\nAprès une première convention 2019-2022, la Caf et la "
            "communauté urbaine ont renouvelé, hier mardi, leur Convention territoriale globale pour quatre ans.\nLa "
            "nouvelle CTG couvre les 40 communes de l'agglomération jusqu'à fin 2027.\n")
    assert date_fields_of(dates_nlp, text)[0]["duration_years"] == 4


# -- the publication ---------------------------------------------------------------------------------------------------


def test_dateline_with_its_time_then_an_update_is_the_publication(dates_nlp):
    text = ("Pays de Ploërmel\nLa communauté et la Caf signent leur convention\nLe 3 avril 2023 à 18h10 – Mis à jour le 4 "
            "avril 2023\nLa communauté et la Caf du Morbihan ont signé lundi une Convention territoriale globale.\n")
    assert date_fields_of(dates_nlp, text)[0]["publication_date"] == "2023-04-03"
