"""Session 26 (lead): classes found by running the analyser over pages written for these tests in the style of real
ones, each with its inline example, on blank French pipelines."""

from __future__ import annotations

import pytest
from conftest import partner_names, theme_phrases_of

# -- the fields set before a colon and a "ce" that takes them up (a radio brief's opening) ---------------------------
BRIEF = ("{fields} : ce sont les trois chantiers que la communauté de communes du Val de Drôme a retenus dans sa "
         "convention territoriale globale, signée mardi avec la Caf de la Drôme. Le document court jusqu'en 2029.")


@pytest.mark.parametrize("dash", [" :", " –", " —"])
def test_fields_taken_up_by_ce_sont_are_read_whole(finder, dash):
    text = BRIEF.replace(" :", dash, 1).format(fields="Mobilité des jeunes, accès aux droits et logement")
    assert theme_phrases_of(finder, text) == ["Mobilité des jeunes", "accès aux droits", "logement"]


def test_fields_then_en_sont_still_read(finder):
    # (the form without a colon, read before)
    text = ("Jeunesse, parentalité et accès aux droits en sont les trois priorités, a rappelé la présidente de la "
            "communauté de communes lors de la signature de la convention territoriale globale avec la Caf.")
    assert theme_phrases_of(finder, text) == ["Jeunesse", "parentalité", "accès aux droits"]


# -- the former convention's review leading to the new one, whose orientations the sentence gives (a deliberation) ---
RENEWAL = """Objet : renouvellement de la convention territoriale globale
{lead} conduit à proposer une nouvelle convention pour la période 2026-2030 avec la Caf de l'Eure, dont les orientations retenues sont : 1) renforcer l'offre d'accueil du jeune enfant ; 2) développer les loisirs éducatifs des 3-11 ans ; 3) accompagner les parents ; 4) favoriser l'accès de tous aux services et aux droits.
Le Conseil municipal, après en avoir délibéré, à l'unanimité, autorise Monsieur le Maire à signer la convention.
"""


@pytest.mark.parametrize("lead", ["Le bilan réalisé avec les partenaires", "Le bilan de la première convention"])
def test_a_review_leading_to_the_new_convention_keeps_its_orientations(finder, lead):
    found = theme_phrases_of(finder, RENEWAL.format(lead=lead))
    assert len(found) == 4
    assert any("accompagner les parents" in phrase for phrase in found)


def test_a_reviews_findings_stay_out(finder):
    # (the review's findings, told by a review that leads to no convention in the sentence, are not the new fields)
    text = ("Objet : convention territoriale globale\nLe bilan de la précédente convention, présenté au comité de "
            "pilotage, fait apparaître : 1) un manque de places en crèche ; 2) une offre de loisirs insuffisante pour "
            "les adolescents ; 3) des parents isolés.\nLa nouvelle convention 2026-2030 retient deux axes : l'accueil "
            "du jeune enfant et le soutien aux parents.\n")
    assert theme_phrases_of(finder, text) == ["l'accueil du jeune enfant", "le soutien aux parents"]


# -- the rank the partners gave the fields they chose, between the verb and the fields -------------------------------
CHOICE = ("Thouars. La communauté de communes du Thouarsais et la Caf des Deux-Sèvres ont renouvelé leur convention "
          "territoriale globale, jeudi 6 novembre. Les élus ont {verb} la petite enfance, l'accompagnement des familles "
          "monoparentales et la mobilité des jeunes.")


@pytest.mark.parametrize("verb", ["identifié comme prioritaires", "retenu comme priorités", "choisi comme essentielles"])
def test_the_rank_of_chosen_fields_is_no_part_of_the_first(finder, verb):
    assert theme_phrases_of(finder, CHOICE.format(verb=verb)) == [
        "la petite enfance", "l'accompagnement des familles monoparentales", "la mobilité des jeunes"]


def test_a_plain_choice_is_read_as_before(finder):
    assert theme_phrases_of(finder, CHOICE.format(verb="retenu"))[0] == "la petite enfance"


# -- one signatory a line, unbulleted, under a heading for the signatories (a convention's cover or last page) --------
COVER = """Convention territoriale globale 2025-2029
{heading}
La Caisse d'allocations familiales de la Lozère
Le Département de la Lozère
La Communauté de communes Cœur de Lozère
Les orientations retenues sont la petite enfance et la jeunesse.
"""


@pytest.mark.parametrize("heading", ["Les signataires", "Signataires de la convention :", "Ont signé :",
                                     "LES PARTIES SIGNATAIRES"])
def test_unbulleted_lines_under_a_signatories_heading_sign(parties_nlp, heading):
    found = partner_names(parties_nlp, COVER.format(heading=heading))
    assert found.get("Communauté de communes Cœur de Lozère") == "epci"
    assert found.get("Lozère") == "departement"


@pytest.mark.parametrize("heading", ["Les partenaires du projet", "Les signataires peuvent être sollicités par :",
                                     "Les signataires se sont réunis le 3 février à Mende."])
def test_lines_under_another_heading_do_not_sign(parties_nlp, heading):
    # (partners named under another heading, a possibility, or a sentence ending above the names)
    text = COVER.format(heading=heading) + "La convention a été signée par la Caf et la commune de Mende.\n"
    assert "Communauté de communes Cœur de Lozère" not in partner_names(parties_nlp, text)


# -- the rank an official gives the first field of a run after "c'est", an incise before it --------------------------
@pytest.mark.parametrize("lead", ["La CTG, pour nous, c'est d'abord", "La CTG, pour nous, c'est avant tout",
                                  "Cette convention, à nos yeux, c'est surtout", "Notre priorité, c'est d'abord"])
def test_the_rank_before_the_first_field_is_no_part_of_it(finder, lead):
    text = ("Lunel. La commune et la Caf de l'Hérault ont signé lundi leur convention territoriale globale pour "
            f"2026-2030.\n« {lead} la crèche, le centre de loisirs et le local jeunes », résume l'adjointe.")
    assert theme_phrases_of(finder, text) == ["la crèche", "le centre de loisirs", "le local jeunes"]


# -- a table of contents over a convention's articles (its entries are no sections) -----------------------------------
CONTENTS = """CONVENTION TERRITORIALE GLOBALE 2024 - 2028
Entre la Caf du Gard et Alès Agglomération
SOMMAIRE
1. Le contexte
2. Le diagnostic partagé
3. Les enjeux et axes de travail
4. Le pilotage
ARTICLE 1 – LES ENJEUX PARTAGÉS
À l'issue du diagnostic, les partenaires ont retenu trois enjeux :
Enjeu 1 : Adapter l'offre d'accueil du jeune enfant aux besoins des familles
Enjeu 2 : Accompagner les parents dans leur rôle éducatif
Enjeu 3 : Favoriser l'accès aux droits et lutter contre le non-recours
ARTICLE 2 – DURÉE
La présente convention est conclue pour une durée de cinq ans.
"""


def test_a_table_of_contents_opens_no_section(finder):
    assert len(theme_phrases_of(finder, CONTENTS)) == 3


def test_a_sections_entry_repeated_after_the_contents_is_a_section(finder):
    # (the contents, then the same numbered sections with their text: the diagnostic's section still names no field)
    text = """Diagnostic et projet de convention territoriale globale
Sommaire
1. Le contexte .......... 2
2. Le diagnostic partagé .......... 3
3. Les axes retenus .......... 5
1. Le contexte
La communauté de communes et la Caf ont engagé la démarche en 2024.
2. Le diagnostic partagé
Les ateliers ont pointé le logement indigne et le chômage des jeunes.
3. Les axes retenus pour la convention 2025-2029
- l'accueil du jeune enfant
- le soutien aux parents
"""
    assert theme_phrases_of(finder, text) == ["l'accueil du jeune enfant", "le soutien aux parents"]


# -- a numbered heading in lower case over a bulleted list, after another section's paragraph ------------------------
SECTIONS = """Convention territoriale globale de la communauté de communes
1. Le contexte
La communauté de communes et la Caf ont engagé la démarche en 2024.
2. {title}
- l'accueil du jeune enfant
- le soutien aux parents
3. La gouvernance
Un comité de pilotage se réunit chaque année.
"""


@pytest.mark.parametrize("title", ["Les axes retenus pour la convention 2025-2029", "Nos priorités", "Les orientations"])
def test_a_numbered_heading_introduces_the_bullets_under_it(finder, title):
    assert theme_phrases_of(finder, SECTIONS.format(title=title)) == ["l'accueil du jeune enfant", "le soutien aux parents"]


def test_numbered_fields_stay_items(finder):
    # (numbered lines naming fields are the list itself: "1. Petite enfance\n2. Jeunesse")
    text = ("Convention territoriale globale 2025-2029 : les axes retenus\n1. Petite enfance\n2. Jeunesse\n"
            "3. Parentalité\n")
    assert theme_phrases_of(finder, text) == ["Petite enfance", "Jeunesse", "Parentalité"]


# -- the CTG's own annex without prose, titled as such (a PDF's fiches actions): related, not a list of links --------
ANNEX = """{title}
FICHE ACTION N°1
Thématique : Petite enfance
Intitulé de l'action : Créer une micro-crèche au Vert-Bois
Pilote : Ville de Saint-Dizier
Calendrier : 2026
FICHE ACTION N°2
Thématique : Jeunesse
Intitulé de l'action : Ouvrir un Point information jeunesse
Pilote : Ville
"""


@pytest.mark.parametrize("title", ["Convention territoriale globale 2025-2029 – Ville de Saint-Dizier – Annexe 2 : "
                                   "fiches actions", "Plan d'actions de la convention territoriale globale de Saint-Dizier",
                                   "Annexe 2 – Fiches actions de la CTG 2025-2029"])
def test_the_ctgs_own_annex_without_prose_is_related(title):
    from ctgminer.classify.relevance.component import score_relevance

    assert score_relevance(ANNEX.format(title=title)).label in {"related", "announcement"}


def test_a_list_of_links_under_a_ctg_heading_is_still_no_prose():
    # (a news index: the CTG named in a link among others, not the document's title)
    from ctgminer.classify.relevance.component import score_relevance

    links = "\n".join(["Actualités", "Le marché de Noël revient", "Convention territoriale globale : la Ville signe",
                       "Travaux rue Jean-Jaurès", "Fermeture de la piscine", "Inscriptions scolaires 2026",
                       "Collecte des encombrants"])
    assert score_relevance(links).label == "unrelated"


def test_a_list_of_links_headed_by_a_ctg_headline_is_still_no_prose():
    from ctgminer.classify.relevance.component import score_relevance

    links = "\n".join(["Signature de la convention territoriale globale avec la Caf", "Menus de la cantine",
                       "Travaux rue de la Gare", "Agenda", "Inscriptions scolaires", "Comptes rendus du conseil"])
    assert score_relevance(links).label == "unrelated"


# -- the CTG's own preamble, its parties told with their representatives (a convention's first page) -----------------
PREAMBLE = """{title}
ENTRE
La Communauté d'agglomération du Pays Basque, représentée par son Président,
La Caisse d'allocations familiales des Pyrénées-Atlantiques, représentée par son Directeur,
L'État, représenté par le Préfet des Pyrénées-Atlantiques,
Il est convenu ce qui suit.
Les partenaires retiennent quatre axes : la petite enfance, la jeunesse, la parentalité et l'accès aux droits.
"""


def test_the_ctgs_preamble_with_its_representatives_is_its_text():
    from ctgminer.classify.relevance.component import score_relevance

    assert score_relevance(PREAMBLE.format(title="CONVENTION TERRITORIALE GLOBALE 2025-2029")).label == "announcement"


def test_another_conventions_preamble_is_not_the_ctgs():
    # (a Caf's funding agreement whose frame is the CTG: another convention)
    from ctgminer.classify.relevance.component import score_relevance

    text = PREAMBLE.format(title="CONVENTION D'OBJECTIFS ET DE FINANCEMENT – Bonus territoire CTG")
    assert score_relevance(text).label != "announcement"
