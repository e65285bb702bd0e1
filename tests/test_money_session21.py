"""Money component, session 21: classes of figure errors recurring over pages (read_bk, read_bl and read_bm first,
the older read sets too), each with an inline example written for these tests, on a blank French pipeline
(ctg_dates and ctg_money)."""

from __future__ import annotations

import pytest
import test_money_classes as classes

blank_pipeline = classes.blank_pipeline  # a fixture: a blank French pipeline with ctg_dates and ctg_money

FIGURES = {
    # a share of children bounded by age, out of a small base, is a proportion, not a count of one child (pages:
    # diagnostics, key figures); the count beside it still stands
    "proportion with an age bound": "Le diagnostic en bref : 1 enfant de moins de 6 ans sur 4 n'a pas de solution "
                                    "de garde ; la ville compte <fig v='5200' k='enfants'>5 200 enfants</fig>.",
    # schoolchildren are the town's children and teenagers are young people (pages: town news, activity reports,
    # reviews); pupils counted by a school or a transport service are other counts
    "schoolchildren and teenagers": "La rentrée concerne <fig v='8400' k='enfants'>8 400 écoliers</fig> ; le pass "
                                    "loisirs a touché <fig v='950' k='beneficiaires'>950 adolescents</fig> et "
                                    "<fig v='42' k='beneficiaires'>42 collégiens</fig> suivent l'aide aux devoirs. "
                                    "Le car scolaire transporte <fig v='610' k='other'>610 élèves</fig>.",
    # a count coordinated with one before it, its noun left unsaid, takes that count's kind (pages: local news,
    # explainers): a territory across two départements, a seaside town's summer population
    "coordinated elided counts": "Le territoire réunit <fig v='11' k='communes'>11 communes</fig> dans l'Ain, "
                                 "<fig v='7' k='communes'>7</fig> en Saône-et-Loire. La station compte "
                                 "<fig v='4800' k='habitants'>4 800 habitants</fig> à l'année et plus de "
                                 "<fig v='40000' k='habitants'>40 000</fig> l'été.",
    # an approximate count of places is a target after "la création d'" or "l'ouverture d'" as after "créer"
    # (pages: plans, officials' quotes); a lost or existing capacity stays an order of magnitude
    "approximate target named": "La convention prévoit la création d'<fig v='60' k='places'>une soixantaine de "
                                "places</fig> ; la ville a perdu une trentaine de places en deux ans, et le plan d'une quinzaine "
                                "d'actions suivra.",
    # a target in brackets after its counted noun (pages: fiches actions, indicator lists): the noun's kind
    "target in brackets": "Indicateurs : nombre de places créées (objectif : <fig v='15' k='places'>15</fig>), "
                          "taux d'occupation. Petite enfance : plus de places en crèche (objectif : "
                          "+<fig v='30' k='places'>30</fig> d'ici 2027) ; taux de couverture (objectif : <fig v='60' k='percent'>60 %</fig>).",
    # childcare "solutions" counted in digits are places (pages: Caf news on national targets); in words, options
    "childcare solutions": "La Cog prévoit <fig v='150000' k='places'>150 000 solutions d'accueil</fig> puis "
                           "<fig v='35000' k='places'>35 000 nouvelles solutions</fig> ; deux solutions sont à l'étude.",
    # the two agents who staff a service are its content, not a count (pages: France services notices, Caf news); a
    # training plan's agents are staff counted
    "agents": "Deux agents vous accueillent du lundi au vendredi. La Caf formera <fig v='60' k='other'>60 agents</fig> "
              "en 2025.",
    # a count with a scale word (pages: key figures, départements' schemes); a sum in millions stays an amount
    "scaled counts": "Chiffres clés : <fig v='1250000' k='habitants'>1,25 million d'habitants</fig>, "
                     "<fig v='280000' k='allocataires'>280 000 foyers allocataires</fig> et 2 millions d'euros.",
    # a town's whole people named by its demonym after a determiner is its population (pages: signing reports,
    # officials' quotes); a count of them with no determiner may be a share
    "demonyms": "La convention est au service des <fig v='95000' k='habitants'>95 000 Nancéiens</fig>. Plus de "
                "40 000 Rennais sont concernés par les aides.",
}


@pytest.mark.parametrize("name", list(FIGURES))
def test_figure_classes(blank_pipeline, name):
    classes.check_figures(blank_pipeline, FIGURES[name])
