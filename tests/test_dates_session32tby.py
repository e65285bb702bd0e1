"""Dates component on a blank French pipeline: session 32 (tby). Classes seen across at least three written sets.
Every example is written for the test.

1. A council's session dated on a header line of its deliberation or minutes ("CONSEIL MUNICIPAL DU 6 MARS 2024")
   stays the page's publication, as the real gold reads it (the written sets leave such a page undated in 68 sets;
   a rule following them was measured in session 32 and reverted: dev2's dev part 0.938 -> 0.903, as in session 27);
   the session day dates the speakers' "le 17 février dernier", and a cued "Publié le" or a news page's dateline
   still wins.
2. A social centre's or a family space's own project or approval, told with its years, is no CTG period.
3. A round-up of signings in one year, a written day a line, takes its first listed signing."""

from __future__ import annotations

from conftest import date_fields_of


def _fields(nlp, text: str) -> dict:
    return date_fields_of(nlp, text)[0]


def test_session_day_still_anchors_a_day_without_year(dates_nlp):
    # the minutes' "le 17 février dernier" counts from the session: 2024
    text = ("COMMUNE DE SAINT-GILLES\nCONSEIL MUNICIPAL DU 6 MARS 2024\nCompte rendu sommaire\n"
            "Point 4 – Le Maire rappelle que la convention territoriale globale avec la Caf du Gard a été signée le "
            "17 février dernier, pour la période 2024-2027.\n")
    fields = _fields(dates_nlp, text)
    assert fields["signature_date"] == "2024-02-17"
    assert fields["publication_date"] == "2024-03-06"


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


# 3. A round-up of the territories that signed in one year, a day a line, none of which the model retains: the first
#    listed signing (read_aj, read_ak, read_ap, read_bh, read_bu and read_cv tell the class; the gold reads the first
#    day or accepts it).

def test_roundup_report_table_takes_the_first_row(dates_nlp):
    # an activity report's table, its rows "territory – day – period" under a counted intro
    text = ("Caf de la Nièvre – Rapport d'activité 2024 (extrait)\nChapitre 2 – Les territoires\nLes premières "
            "conventions territoriales globales nivernaises, signées en 2020, arrivaient à échéance. Trois d'entre "
            "elles ont été renouvelées en 2024 :\nTerritoire – Date de signature – Période\n"
            "Communauté de communes Loire et Allier – 5 février 2024 – 2024-2028\n"
            "Communauté de communes Haut Nivernais-Val d'Yonne – 18 avril 2024 – 2024-2028\n"
            "Communauté de communes Bazois Loire Morvan – 9 octobre 2024 – 2024-2027\n"
            "Ces nouvelles conventions ajoutent toutes un volet parentalité.\n")
    assert _fields(dates_nlp, text)["signature_date"] == "2024-02-05"


def test_guard_roundup_list_read_by_the_model_stays(dates_nlp):
    # guard: a list the model already reads keeps its first signing
    text = ("Caf de la Côte-d'Or – Info partenaires – Lettre n° 7 – mai 2024\nRenouvellements de CTG\nLes premières "
            "conventions territoriales globales du département arrivent à leur terme. Trois territoires viennent de "
            "signer leur convention de deuxième génération pour 2024-2028 :\n"
            "- la Communauté de communes du Pays d'Arnay, le 12 mars ;\n"
            "- la Communauté de communes de Saulieu, le 21 mars ;\n"
            "- la Communauté de communes du Montbardois, le 4 avril.\n"
            "Les autres renouvellements suivront d'ici la fin de l'année.\n")
    assert _fields(dates_nlp, text)["signature_date"] == "2024-03-12"


def test_roundup_table_takes_the_first_row(dates_nlp):
    text = ("Caf du Loiret – Espace partenaires\nLes conventions territoriales globales signées cette année\n"
            "Territoire | Signature | Période | Priorités retenues par les élus\n"
            "Communauté de communes des Loges | 14/02/2023 | 2023-2027 | Petite enfance ; accueil des adolescents\n"
            "Communauté de communes du Pithiverais | 06/06/2023 | 2023-2027 | Parentalité ; accès aux droits\n"
            "Communauté de communes Berry Loire Puisaye | 19/10/2023 | 2023-2026 | Jeunesse ; vie sociale\n")
    assert _fields(dates_nlp, text)["signature_date"] == "2023-02-14"


def test_guard_calendar_of_steps_is_no_roundup(dates_nlp):
    # guard: a calendar of a convention's preparation, the signing not told as done, leaves the signature open
    text = ("Convention territoriale globale : le calendrier\n"
            "- 12 mars 2025 : lancement du diagnostic\n"
            "- 4 juin 2025 : ateliers avec les habitants\n"
            "- 15 octobre 2025 : comité de pilotage\n"
            "La signature de la convention avec la Caf interviendra ensuite.\n")
    assert _fields(dates_nlp, text)["signature_date"] is None


def test_guard_rows_of_several_years_are_no_roundup(dates_nlp):
    # guard: the conventions in force listed by their starting days over several years name no one signing
    text = ("Caf de l'Allier – Les CTG du département\nLe point sur les conventions territoriales globales en cours, "
            "signées avec la Caf :\n"
            "- Moulins Communauté, depuis le 8 décembre 2020 ;\n"
            "- Vichy Communauté, depuis le 3 février 2022 ;\n"
            "- Montluçon Communauté, depuis le 27 juin 2023.\n")
    assert _fields(dates_nlp, text)["signature_date"] is None


def test_guard_update_weekday_and_today_are_no_roundup(dates_nlp):
    # guard: a news page's update, its "samedi" and its "ce jour" are no list of signings
    text = ("Saint-Maximin\nLa halte-garderie rénovée, la convention avec la Caf signée dans la foulée\n"
            "Publié le 09/02/2025 à 18h10 – Mis à jour le 10/02/2025\n"
            "Le maire a inauguré samedi matin la halte-garderie des Tilleuls, 24 places dans un bâtiment rénové.\n"
            "Les familles ont pu visiter les salles et le jardin.\n"
            "Ce jour-là, élus et représentants de la Caf du Var se sont retrouvés pour la signature de la convention "
            "territoriale globale de la commune, qui couvrira les années 2025 à 2028.\n")
    assert _fields(dates_nlp, text)["signature_date"] != "2025-02-10"


def test_guard_deliberation_days_on_lines_apart_are_no_roundup(dates_nlp):
    # guard: a deliberation's session, a visa and the old convention's end, days of one year on separate lines, are
    # no list of signings
    text = ("Communauté de communes de la Vallée de Munster\nProcès-verbal du Conseil communautaire – Séance du 10 "
            "décembre 2024\nPoint 5 – Convention territoriale globale 2025-2029 avec la Caf du Haut-Rhin\n"
            "La première convention, conclue pour 2020-2024, a pour axes la petite enfance et la jeunesse. Elle prend "
            "fin au 31 décembre 2024.\nLe conseil communautaire,\nVu l'avis favorable émis par la commission "
            "Solidarités et services à la population lors de sa réunion du 18 novembre 2024, après la présentation du "
            "diagnostic partagé ;\nAutorise le président à signer la convention territoriale globale 2025-2029.\n")
    assert _fields(dates_nlp, text)["signature_date"] is None
