"""Relevance, session 14: council pages that adopt a CTG, CTGs being prepared, generic explainers, questions, and
pages naming a CTG only in a link (examples written for these tests)."""

from __future__ import annotations

import pytest

from ctgminer.classify.relevance.component import all_in_pointers, relevance_features
from ctgminer.extract.components.base import ctg_mentions_in

# class: a council's minutes or agenda whose item approves the CTG or authorises its signature, without the
# council named again in the item (GUIDE: adopted -> announcement)
MINUTES = ("COMPTE RENDU DU CONSEIL MUNICIPAL DU 9 MAI 2023\n"
           "Présents : 14 – Excusés : 1\n"
           "1. Vote du budget annexe de l'assainissement – adopté à l'unanimité.\n"
           "2. Convention territoriale globale avec la Caf de l'Ardèche\n"
           "Le maire présente la convention qui prend la suite du contrat enfance jeunesse pour 2023-2027. "
           "Elle porte sur l'accueil des jeunes enfants et les loisirs des 3-11 ans. "
           "Le conseil autorise le maire à la signer (14 voix pour).\n"
           "3. Tarifs de la cantine scolaire – adopté.")
AGENDA = ("Communauté de communes des Monts du Forez – Conseil communautaire du 21 novembre 2024\n"
          "Ordre du jour\n"
          "1. Approbation du procès-verbal de la séance précédente\n"
          "2. Décision modificative n°2 au budget principal\n"
          "3. Convention territoriale globale 2025-2029 avec la Caf de la Loire – approbation et autorisation de "
          "signature\n"
          "La convention fixe pour cinq ans les priorités partagées avec la Caf : petite enfance, jeunesse et "
          "soutien aux parents.\n"
          "4. Questions diverses")
DELIBERATION = ("DÉPARTEMENT DE L'ALLIER\n"
                "Commission permanente du 14 octobre 2024\n"
                "Objet : Convention territoriale globale départementale avec la Caf de l'Allier\n"
                "Vu le code général des collectivités territoriales ;\n"
                "Vu le code de l'action sociale et des familles ;\n"
                "Considérant que le Département et la Caf souhaitent coordonner leurs politiques en faveur des "
                "familles pour 2025-2029 ;\n"
                "Après en avoir délibéré, la commission permanente approuve la convention territoriale globale "
                "départementale et autorise le Président à la signer.")

# class: a page about a CTG being prepared (renewal to come, consultation, evaluation): related
RENEWAL_SURVEY = ("Communauté de communes du Pays de Mormal – Parents, à vous la parole !\n"
                  "La communauté de communes et la Caf du Nord préparent le renouvellement de leur convention "
                  "territoriale globale, qui arrive à échéance fin 2025. Pour fixer les priorités des prochaines "
                  "années, un questionnaire en ligne est ouvert jusqu'au 30 mai : modes de garde, loisirs des "
                  "enfants, démarches en ligne, déplacements.\n"
                  "Les résultats seront présentés lors d'une réunion publique en septembre.")
# class: a generic explainer (who signs a CTG in general, for how long) and a FAQ's questions: related
EXPLAINER = ("Caf de la Sarthe > Partenaires > La convention territoriale globale\n"
             "La convention territoriale globale est un accord de partenariat signé entre la Caf et une collectivité "
             "pour une durée de quatre à cinq ans. Elle remplace les contrats enfance jeunesse.\n"
             "Elle repose sur un diagnostic partagé et un plan d'actions adapté aux besoins des familles du "
             "territoire.")
FAQ = ("Questions fréquentes des élus sur la convention territoriale globale\n"
       "Caf du Loiret – Espace partenaires\n"
       "Notre commune a-t-elle signé une CTG avec la Caf ?\n"
       "Votre service enfance peut vous le dire : la plupart des intercommunalités du Loiret sont couvertes.\n"
       "Une commune isolée peut-elle signer une CTG ?\n"
       "Oui, si elle porte les équipements du territoire ; sinon elle s'associe à celle de son intercommunalité.")

# class: a Caf's news about another convention that names the CTG only in a link below: unrelated
POINTER = ("Caf du Gard – Actualités\n"
           "Emploi : la Caf et la Mission locale signent une convention de partenariat\n"
           "La Caf du Gard et la Mission locale jeunes ont signé le 4 juin 2024 une convention pour accompagner "
           "les jeunes parents allocataires vers la formation et l'emploi.\n"
           "Lire aussi : Alès Agglomération et la Caf renouvellent leur convention territoriale globale")
# the same link under a page that also names the CTG in its prose is no pointer-only page
NEWS_WITH_LINK = ("Caf du Gard – Actualités\n"
                  "La Ville de Beaucaire et la Caf du Gard ont signé le 4 juin 2024 leur convention territoriale "
                  "globale pour 2024-2028.\n"
                  "Lire aussi : Alès Agglomération et la Caf renouvellent leur convention territoriale globale")
# class: the signing told as a ceremony ("la signature s'est déroulée", "ont apposé leur signature")
CEREMONY = ("Montagne noire : la Caf et la communauté de communes unies pour cinq ans\n"
            "Publié le 12/04/2024\n"
            "La cérémonie s'est tenue jeudi dans la salle du conseil communautaire, en présence des maires. La "
            "signature s'est déroulée sous les applaudissements : la convention territoriale globale engage la "
            "communauté de communes et la Caf du Tarn de 2024 à 2028.")
# class: an interview that opens on the news of the signing (the lede reports the event)
INTERVIEW_LEDE = ("Trois questions à l'adjointe à la petite enfance\n"
                  "Le Journal de Vitré – 9 octobre 2024\n"
                  "La Ville de Vitré a signé lundi sa convention territoriale globale avec la Caf d'Ille-et-Vilaine. "
                  "L'adjointe en explique les priorités.\n"
                  "Pourquoi une convention à l'échelle de la ville ?\n"
                  "« Parce que c'est la Ville qui gère les crèches et le centre de loisirs. »\n"
                  "Quelles priorités ?\n"
                  "« Les places d'accueil des tout-petits, puis les ados. »")
# class: a status of the département's CTGs (how many territories signed, which are in preparation): related
STATUS = ("Où en sont les conventions territoriales globales en Haute-Marne ?\n"
          "Caf de la Haute-Marne – Dossier – mai 2024\n"
          "Fin 2023, la Caf avait signé des conventions territoriales globales avec six des huit intercommunalités "
          "du département. Les deux dernières démarches sont engagées : diagnostic achevé pour l'une, comité de "
          "pilotage de lancement en juin pour l'autre.")




@pytest.mark.parametrize("text", [MINUTES, AGENDA, DELIBERATION, INTERVIEW_LEDE])
def test_council_adoptions_ceremonies_and_interviews_on_the_signing_are_announcements(relevance_nlp, text):
    relevance = relevance_nlp(text)._.relevance
    assert (relevance.label, relevance.reason) == ("announcement", "model")


@pytest.mark.parametrize("text", [RENEWAL_SURVEY, EXPLAINER, FAQ, STATUS])
def test_ctgs_in_preparation_explainers_and_status_pages_are_related(relevance_nlp, text):
    relevance = relevance_nlp(text)._.relevance
    assert (relevance.label, relevance.reason) == ("related", "model")


def test_a_ctg_named_only_in_a_link_leaves_the_page_unrelated(relevance_nlp):
    relevance = relevance_nlp(POINTER)._.relevance
    assert (relevance.label, relevance.reason) == ("unrelated", "no CTG mention")
    assert not all_in_pointers(NEWS_WITH_LINK, ctg_mentions_in(NEWS_WITH_LINK))
    assert relevance_nlp(NEWS_WITH_LINK)._.relevance.label == "announcement"


def test_a_ceremony_told_as_such_is_a_signing_event():
    # read from the text alone (the dates component's evidence made it an announcement before already)
    features = relevance_features(CEREMONY)
    assert features["event_near_ctg"] > 0 and features["event_with_caf"] > 0
