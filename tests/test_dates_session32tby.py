"""Dates component on a blank French pipeline: session 32 (tby). Classes seen across at least three written sets.
Every example is written for the test.

1. A council's session dated on a header line of its deliberation or minutes ("CONSEIL MUNICIPAL DU 6 MARS 2024",
   "Séance du jeudi 12 décembre 2024") is not the page's publication: the written sets leave such a page undated
   (seen in 68 sets, among them read_cu, read_cv and read_cw); the session day still dates the speakers' "le 17
   février dernier"."""

from __future__ import annotations

from conftest import date_fields_of


def _fields(nlp, text: str) -> dict:
    return date_fields_of(nlp, text)[0]


def test_municipal_council_header_is_no_publication(dates_nlp):
    text = ("VILLE DE BEAUCAIRE\nCONSEIL MUNICIPAL DU 6 MARS 2024\nDélibération n° 2024-12\n"
            "Objet : Convention territoriale globale 2024-2027 avec la Caisse d'allocations familiales du Gard\n"
            "Le Conseil municipal, après en avoir délibéré, approuve la convention et autorise le Maire à la signer.\n")
    fields = _fields(dates_nlp, text)
    assert fields["publication_date"] is None
    assert (fields["period_start"], fields["period_end"]) == (2024, 2027)


def test_session_with_weekday_after_the_body_is_no_publication(dates_nlp):
    text = ("Communauté de communes du Val d'Orge\nBureau communautaire – Séance du jeudi 12 décembre 2024\n"
            "Délibération n° B-2024-88 : convention territoriale globale avec la Caf de l'Essonne\n"
            "Le Bureau approuve la convention territoriale globale pour 2025-2029.\n")
    assert _fields(dates_nlp, text)["publication_date"] is None


def test_session_day_still_anchors_a_day_without_year(dates_nlp):
    # the minutes' "le 17 février dernier" counts from the session: 2024
    text = ("COMMUNE DE SAINT-GILLES\nCONSEIL MUNICIPAL DU 6 MARS 2024\nCompte rendu sommaire\n"
            "Point 4 – Le Maire rappelle que la convention territoriale globale avec la Caf du Gard a été signée le "
            "17 février dernier, pour la période 2024-2027.\n")
    fields = _fields(dates_nlp, text)
    assert fields["signature_date"] == "2024-02-17"
    assert fields["publication_date"] is None


def test_guard_published_line_stays_publication(dates_nlp):
    # guard: a cued publication under the session line is the page's date
    text = ("Conseil communautaire du 14 mai 2024\nPublié le 21 mai 2024\n"
            "Le conseil communautaire a approuvé la convention territoriale globale 2024-2028 avec la Caf du Cher.\n")
    assert _fields(dates_nlp, text)["publication_date"] == "2024-05-21"


def test_guard_press_dateline_stays_publication(dates_nlp):
    # guard: a news page's date alone under its headline is its publication
    text = ("Le conseil municipal adopte la convention avec la Caf\n12 mars 2024\n"
            "Réunis lundi soir, les élus ont adopté la convention territoriale globale 2024-2027 avec la Caf.\n")
    assert _fields(dates_nlp, text)["publication_date"] == "2024-03-12"


# 2. A social centre's or a family space's own project or approval, told with its years, is no period of the CTG
#    its page mentions (read_bh, read_bn and read_cw); the territory's project that a CTG may be called keeps them.

def test_social_centre_project_years_are_no_ctg_period(dates_nlp):
    text = ("Centre social Les Tilleuls\nNos projets\nLe centre social participe aux ateliers de la convention "
            "territoriale globale de l'agglomération. Notre projet social 2025-2028, agréé par la Caf, reprend "
            "plusieurs objectifs de la CTG : rompre l'isolement des aînés et accompagner les parents.\n")
    fields = _fields(dates_nlp, text)
    assert (fields["period_start"], fields["period_end"]) == (None, None)


def test_family_space_approval_years_are_no_ctg_period(dates_nlp):
    text = ("Espace de vie sociale du Val d'Huisne\nQui sommes-nous ?\nL'espace de vie sociale est agréé par la Caf de "
            "l'Orne pour la période 2024-2027. Son projet s'inscrit dans la convention territoriale globale de la "
            "communauté de communes.\n")
    fields = _fields(dates_nlp, text)
    assert (fields["period_start"], fields["period_end"]) == (None, None)


def test_federation_projects_leave_the_ctg_end_alone(dates_nlp):
    # the CTG's end year stays, without the first year of the centres' next projects
    text = ("Fédération des centres sociaux de la Somme\nVie du réseau\nLa nouvelle convention territoriale globale de "
            "la communauté de communes et de la Caf de la Somme, valable jusqu'à fin 2029, fait de la vie sociale un "
            "de ses axes.\nLa fédération accompagnera les centres dans la rédaction de leurs projets "
            "sociaux 2026-2029.\n")
    fields = _fields(dates_nlp, text)
    assert (fields["period_start"], fields["period_end"]) == (None, 2029)


def test_guard_territory_social_project_keeps_its_years(dates_nlp):
    # guard: "projet social de territoire" names the CTG's own programme
    text = ("Communauté de communes du Pays de Vire\nLe projet social de territoire 2024-2028\nAnnexé à la convention "
            "territoriale globale signée avec la Caf du Calvados, le projet social de territoire fixe les priorités "
            "de la communauté de communes.\n")
    fields = _fields(dates_nlp, text)
    assert (fields["period_start"], fields["period_end"]) == (2024, 2028)
