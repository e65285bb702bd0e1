"""Session 19, theme precision: passages the finder took for this convention's fields when they are not (a council's
rubric, who came to a meeting, ...). Inline examples written for these tests, on a blank French pipeline."""

from __future__ import annotations

import pytest


def sentence_labels(doc) -> set[str]:
    """The labels the theme sentences and mentions of a doc name."""
    return {lab for group in ("theme_sentences", "theme_mentions") for span in doc.spans[group]
            for lab in span._.value.lexical}


@pytest.mark.parametrize("text", [
    # a council's minutes: each point under the department in charge ("Cohésion sociale", "Environnement")
    ("Conseil communautaire du 4 avril 2024\nPoint n°9 – Cohésion sociale : renouvellement de la convention territoriale "
     "globale avec la Caf de la Vienne.\nPoint n°10 – Environnement – Tarifs des déchetteries 2024.\n"),
    # a deliberation's title, its rubric after its number (below the page's headlines)
    ("Communauté de communes du Val d'Arnon\nRegistre des délibérations\nSéance du 12 mars 2024\nPrésents : 24\n"
     "Délibération n° 2024-051 : Enfance Jeunesse – Approbation de la Convention territoriale globale 2024-2028\n"
     "Le conseil approuve la convention et autorise le président à la signer.\n"),
    # an agenda's numbered item, its rubric before the convention's bare name
    ("Commune de Lignières\nConseil municipal\nSéance du 5 juin 2024\nOrdre du jour\n1. Finances – Budget supplémentaire\n2. Cohésion sociale – Convention territoriale globale avec la "
     "Caf de l'Indre\n"),
])
def test_a_council_rubric_names_no_field(finder, text):
    assert sentence_labels(finder(text)) == set()


def test_a_field_before_a_colon_over_the_convention_is_kept(finder):
    # (a labelled line whose label is a field and whose sentence tells what the convention does)
    doc = finder("La commune a signé sa CTG avec la Caf le 3 mai.\nJeunesse : la CTG prévoit un point information "
                 "jeunesse au bourg.\n")
    assert "jeunesse" in sentence_labels(doc)


@pytest.mark.parametrize("text", [
    ("Élus, professionnels de la petite enfance, animateurs jeunesse et parents se sont retrouvés jeudi à la mairie "
     "pour le premier atelier du diagnostic de la future convention territoriale globale.\n"),
    ("La salle était pleine pour la signature de la convention territoriale globale. Dans le public, des directrices "
     "de crèche, des animateurs et quelques parents.\n"),
    ("Dans le cadre de l'élaboration de la CTG, les professionnels de l'enfance, de la jeunesse et les élus sont "
     "invités à un atelier le 12 mai.\n"),
])
def test_who_came_to_a_meeting_names_no_field(finder, text):
    assert sentence_labels(finder(text)) == set()


def test_the_professionals_of_a_field_as_the_object_of_an_action_keep_it(finder):
    doc = finder("La convention territoriale globale a été signée mardi. Elle prévoit de former les professionnels de "
                 "la petite enfance à l'accueil des enfants en situation de handicap.\n")
    assert "petite_enfance" in sentence_labels(doc)


_SIGNED_CTG = ("La communauté de communes et la Caf ont signé mardi leur convention territoriale globale. Elle porte sur la "
               "petite enfance et la parentalité.")


@pytest.mark.parametrize("text", [
    _SIGNED_CTG + " L'opposition s'est abstenue, regrettant l'absence de volet consacré au logement.",
    _SIGNED_CTG + " Un conseiller regrette que « le logement des jeunes, pourtant urgent, ne figure pas dans le texte ».",
    _SIGNED_CTG + " Le maire de Vouillé a plaidé pour « un volet logement plus ambitieux à l'avenant ».",
    _SIGNED_CTG + "\nLe logement, grand absent\nLes associations de locataires attendaient mieux.",
    _SIGNED_CTG + " Mais aucun engagement sur les tarifs des accueils de loisirs, dénonce l'opposition.",
])
def test_what_critics_say_the_convention_lacks_names_no_field(labeller, text):
    assert labeller(text)._.themes.themes == ["parentalite", "petite_enfance"]


def test_a_need_an_official_deplores_is_a_field(finder):
    # (the lack the convention answers, said by an official: not a criticism of the convention)
    doc = finder("La convention territoriale globale a été signée jeudi. « Nos jeunes partent faute de logement », "
                 "regrette la présidente, qui veut y remédier avec la convention.")
    assert "logement" in sentence_labels(doc)


@pytest.mark.parametrize("text", [
    _SIGNED_CTG + " « La Caf finance une grande partie de nos accueils de loisirs et de nos centres sociaux », rappelle "
    "le maire.",
    _SIGNED_CTG + " « La Caf est notre premier partenaire financier pour les accueils de loisirs », dit l'adjointe.",
    _SIGNED_CTG + " Sans convention, la ville perdait les financements de ses centres sociaux et de ses accueils de "
    "loisirs.",
])
def test_the_caf_funding_the_town_facilities_is_why_it_signs_not_a_field(labeller, text):
    assert labeller(text)._.themes.themes == ["parentalite", "petite_enfance"]


@pytest.mark.parametrize("text", [
    ("Vu la délibération du 3 mars 2019 approuvant la première convention territoriale globale 2019-2022, laquelle "
     "portait sur le logement et l'animation de la vie sociale,\nConsidérant que la nouvelle convention retient la petite "
     "enfance et la parentalité ;"),
    ("Considérant que la CTG en vigueur, qui portait sur le logement et les centres sociaux, arrive à échéance ;\n"
     "Considérant que la nouvelle convention retient la petite enfance et la parentalité ;"),
    ("La nouvelle convention territoriale globale porte sur la petite enfance et la parentalité. Rappel : le contrat "
     "enfance jeunesse signé en 2014 finançait surtout les centres sociaux."),
    ("Nous avions signé une première CTG en 2018, centrée sur le logement et les centres sociaux. La nouvelle "
     "convention territoriale globale porte sur la petite enfance et la parentalité."),
])
def test_the_former_convention_told_in_the_past_names_no_field(labeller, text):
    assert labeller(text)._.themes.themes == ["parentalite", "petite_enfance"]


@pytest.mark.parametrize("text", [
    _SIGNED_CTG + " Le bureau d'études a dressé un portrait du territoire : une population qui vieillit, des jeunes qui "
    "partent faute de logement.",
    _SIGNED_CTG + " Entre-temps, les besoins ont évolué : davantage de familles monoparentales et de jeunes sans emploi.",
    _SIGNED_CTG + " Le bourg cumule les fragilités : un chômage élevé, des logements vétustes, des jeunes sans "
    "formation.",
])
def test_the_territory_portrait_names_no_field(labeller, text):
    assert labeller(text)._.themes.themes == ["parentalite", "petite_enfance"]


@pytest.mark.parametrize("text", [
    _SIGNED_CTG + " La jeunesse reste une compétence des communes.",
    _SIGNED_CTG + " Le logement des jeunes relève quant à lui du plan départemental de l'habitat.",
    _SIGNED_CTG + " La compétence jeunesse a été transférée à l'intercommunalité.",
    _SIGNED_CTG + " Les communes qui exercent une compétence jeunesse pourront la signer par avenant.",
])
def test_who_holds_a_field_or_which_plan_it_falls_under_is_no_field(labeller, text):
    assert labeller(text)._.themes.themes == ["parentalite", "petite_enfance"]


@pytest.mark.parametrize("text", [
    ("La commune prépare sa future convention territoriale globale avec la Caf. Au forum de samedi, plusieurs habitants "
     "ont cité le manque de places en crèche et de logements pour les jeunes."),
    ("La commune prépare sa future convention territoriale globale avec la Caf. Autour des tables, les échanges ont "
     "beaucoup porté sur la garde des enfants le soir et le logement des jeunes."),
    ("La commune prépare sa future convention territoriale globale avec la Caf. Avant de fixer ses priorités, elle veut "
     "savoir ce que vivent les parents de jeunes enfants et les adolescents."),
])
def test_what_a_consultation_heard_or_asks_is_no_field_yet(labeller, text):
    assert labeller(text)._.themes.themes == []



def test_a_job_offer_labelled_lines_are_no_fields(finder):
    doc = finder("Offre d'emploi\nChargé(e) de coopération CTG (H/F) – Communauté de communes du Val d'Arly\nLieu : "
                 "Ugine (73)\nCadre d'emplois : attachés territoriaux – catégorie A\nDate limite de candidature : 10 "
                 "février 2025\n")
    assert [span.text for span in doc.spans["theme_phrases"]] == []


@pytest.mark.parametrize("text", [
    _SIGNED_CTG + " La Caf consacre chaque année 3 millions d'euros aux équipements du territoire (centres sociaux, "
    "accueils de loisirs).",
    _SIGNED_CTG + " Elle remplace le contrat enfance jeunesse 2016-2019, qui finançait surtout les accueils de loisirs.",
    _SIGNED_CTG + " Le contrat enfance jeunesse signé en 2015 portait essentiellement sur les accueils de loisirs.",
])
def test_yearly_spending_and_the_former_contract_name_no_field(labeller, text):
    assert labeller(text)._.themes.themes == ["parentalite", "petite_enfance"]


@pytest.mark.parametrize("line", ["Retour à la rubrique Enfance et jeunesse", "Contactez le service logement.",
                                  "Vos démarches"])
def test_a_page_navigation_names_no_field(labeller, line):
    assert labeller(_SIGNED_CTG + "\n" + line + "\n")._.themes.themes == ["parentalite", "petite_enfance"]


def test_the_template_object_of_every_convention_names_no_field(finder):
    doc = finder("CONVENTION TERRITORIALE GLOBALE 2025-2028\nArticle 1 – Objet\nLa présente convention vise à :\n- "
                 "identifier les besoins prioritaires du territoire ;\n- définir les champs d'intervention à privilégier ;"
                 "\n- pérenniser et optimiser l'offre des services existants ;\n- développer des actions nouvelles.\n")
    assert [span.text for span in doc.spans["theme_phrases"]] == []
