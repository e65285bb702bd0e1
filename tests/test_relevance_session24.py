"""Relevance, session 24: the CTG's own text cut before its signatures, a council's vote told by the press, a signing
refused, and a CTG named only in passing on a page about another scheme (examples written for these tests)."""

from __future__ import annotations

import pytest

from ctgminer.classify.relevance.component import named_in_passing, score_relevance
from ctgminer.text.cues import ctg_mentions

# class: the CTG's own text, titled as such, cut before its closing formula (GUIDE: the concluded convention itself)
CONVENTION_TEXT = (
    "CONVENTION TERRITORIALE GLOBALE DE SERVICES AUX FAMILLES\n2023 – 2027\n"
    "Entre :\nLa Caisse d'allocations familiales du Cantal, représentée par sa directrice, ci-après dénommée « la Caf »,\n"
    "Et :\nLa Communauté de communes du Pays de Salers, représentée par son président, dûment habilité par "
    "délibération du conseil communautaire du 14 mars 2023,\nIl est convenu ce qui suit :\n"
    "Article 1 – Objet\nLa présente convention définit le projet social de territoire et les modalités "
    "d'accompagnement de chacune des parties.\n"
    "Article 2 – Les champs d'intervention\nLes parties interviennent sur la petite enfance, la jeunesse, le soutien "
    "à la parentalité et l'accès aux droits.\n"
    "Article 3 – Durée\nLa présente convention est conclue du 1er janvier 2023 au 31 décembre 2027.\n"
    "Article 4 – Engagements de la Caf\nLa Caf mobilise ses financements de droit commun dans le respect de")
# ... and another of the Caf's conventions, which names the CTG as its frame in its title: not the CTG's text
FUNDING_TEXT = (
    "CONVENTION D'OBJECTIFS ET DE FINANCEMENT\nBonus territoire – Convention territoriale globale\n"
    "Entre :\nLa Commune de Riom-ès-Montagnes, ci-après désignée « le gestionnaire »,\n"
    "Et :\nLa Caisse d'allocations familiales du Cantal, ci-après désignée « la Caf »,\n"
    "Article 1 – Objet\nLa présente convention fixe le montant du bonus territoire versé à l'accueil de loisirs.\n"
    "Article 2 – Durée\nLa présente convention est conclue du 1er janvier 2024 au 31 décembre 2027.\n"
    "Article 3 – Versement\nLe bonus est versé chaque année sur justificatifs de l'activité de")


def test_the_ctgs_own_text_cut_before_its_signatures_is_an_announcement():
    result = score_relevance(CONVENTION_TEXT)
    assert (result.label, result.reason) == ("announcement", "convention text")


def test_another_conventions_text_citing_the_ctg_is_not_read_as_the_ctgs():
    assert score_relevance(FUNDING_TEXT).reason != "convention text"


def test_a_model_convention_with_blanks_is_not_the_ctgs_text():
    template = CONVENTION_TEXT.replace("CONVENTION TERRITORIALE", "Modèle de convention territoriale", 1)
    template = template.replace("La Communauté de communes du Pays de Salers", "La commune de [nom de la commune]")
    assert score_relevance(template).label != "announcement"


# class: a council's vote told by the local press, its body named between "les élus" and the vote
PRESS_VOTE = ("La Montagne\nSalers. Réunis jeudi soir, les élus de la communauté de communes du Pays de Salers ont "
              "autorisé le président à signer la convention territoriale globale 2023-2027 avec la Caf. Participation "
              "intercommunale à l'accueil de loisirs : 35 000 € par an.")
# class: a council's report whose one object is the CTG, its decision below the list of the convention's fields
REPORT = ("DÉPARTEMENT DU CANTAL\nCOMMISSION PERMANENTE DU 3 MARS 2025\nRapport n° 4-07\n"
          "Objet : Convention territoriale globale départementale 2025-2029 avec la Caf du Cantal\n"
          "Résumé : Le Département et la Caf partagent depuis 2019 un schéma départemental des services aux familles. "
          "Il est proposé de conclure une convention territoriale globale à l'échelle du département.\n"
          "Les axes retenus sont :\nAxe 1. Accueil du jeune enfant : maillage des modes d'accueil\n"
          "Axe 2. Soutien aux familles vulnérables\nAxe 3. Insertion des allocataires du RSA\n"
          "Axe 4. Logement des familles\nIncidence financière : aucune dépense nouvelle.\n"
          "Il vous est proposé d'approuver la convention et d'autoriser le Président à la signer.\n"
          "DÉCISION : Adopté à l'unanimité.")
# class: a council that refuses to sign (GUIDE: no event, related)
REFUSED = (
    "La Dépêche\nCauses du Lot : les élus refusent de signer la convention territoriale globale\n"
    "Publié le 2 juillet 2022\nLundi soir, au conseil communautaire de Causses et Vallée, les élus ont refusé "
    "d'autoriser le président à signer la convention territoriale globale (CTG) proposée par la Caf du Lot, par 28 "
    "voix contre 19.\nLes élus jugent le bonus territoire trop incertain après cinq ans. « Nous ne signerons pas un "
    "texte qui nous engage sans garantie », a déclaré le maire de Gramat.\nLa Caf rappelle que sans CTG signée avant "
    "la fin de l'année, les anciens financements du contrat enfance jeunesse ne pourront plus être versés.\n"
    "Le dossier reviendra devant le conseil en septembre.")


def test_a_council_vote_told_by_the_press_is_an_announcement(analyse_text):
    assert analyse_text(PRESS_VOTE).relevance == "announcement"


def test_a_report_on_the_ctg_adopted_below_its_fields_is_an_announcement(analyse_text):
    assert analyse_text(REPORT).relevance == "announcement"


def test_minutes_with_several_objects_do_not_vote_on_the_ctg_far_from_it():
    # guard: two deliberations in one page, the vote below belongs to the second one's object
    minutes = REPORT.replace("DÉCISION : Adopté à l'unanimité.", "DÉCISION : Adopté à l'unanimité.\nObjet : Tarifs "
                             "des transports scolaires 2025\nIl vous est proposé d'approuver les tarifs.")
    from ctgminer.classify.relevance.component import relevance_features
    from ctgminer.classify.relevance.patterns import OBJECT_LINE
    assert len(list(OBJECT_LINE.finditer(minutes, minutes.lower()))) == 2
    assert relevance_features(REPORT)["adoption"] == 1.0
    assert relevance_features(minutes)["adoption"] == 0.0


def test_a_refused_signing_is_related(analyse_text):
    assert analyse_text(REFUSED).relevance == "related"


def test_a_council_that_authorises_the_signing_stays_an_announcement(analyse_text):
    # guard: the same page with the vote passed
    passed = REFUSED.replace("les élus refusent de signer", "les élus autorisent la signature de").replace(
        "les élus ont refusé d'autoriser le président à signer", "les élus ont autorisé le président à signer")
    assert analyse_text(passed).relevance == "announcement"


# class: a page about another scheme (contrat de ville, PEDT, the Caf's RSA convention) that names the CTG once, as
# its frame or as something else (GUIDE: unrelated)
CONTRAT_DE_VILLE = (
    "Grand Montauban – Actualités\n« Quartiers 2030 » : le nouveau contrat de ville est signé\nPublié le 4 avril 2024\n"
    "Le contrat de ville du Grand Montauban a été signé le 2 avril 2024 par le préfet de Tarn-et-Garonne, le "
    "président de l'agglomération, le maire de Montauban, le Département, la Région, la Caf de Tarn-et-Garonne et les "
    "bailleurs sociaux. Conclu pour 2024-2030, il concerne les quatre quartiers prioritaires de la ville, où vivent "
    "12 000 habitants.\nSes trois piliers : la réussite éducative, l'emploi et le cadre de vie.\n"
    "La Caf y soutient les centres sociaux des quartiers. Sa directrice a souligné que ces engagements viendront "
    "s'articuler avec les conventions territoriales globales déjà signées avec les intercommunalités.\n"
    "Prochaine étape : l'appel à projets 2024, ouvert jusqu'au 15 mai.")
RSA_CONVENTION = (
    "Caf de la Corrèze – Actualités\nRSA : la Caf et le Département renouvellent leur convention de gestion\n"
    "Publié le 20/01/2025\nLa Caf de la Corrèze et le Département ont signé le 16 janvier 2025 une nouvelle "
    "convention de gestion du revenu de solidarité active pour 2025-2027. Elle précise qui instruit les demandes et "
    "qui contrôle les droits.\nAu 30 septembre 2024, 5 400 foyers percevaient le RSA dans le département.\n"
    "Le texte intègre la loi pour le plein emploi et l'inscription des allocataires auprès de France Travail.\n"
    "Les deux organismes organiseront aussi des rencontres entre leurs travailleurs sociaux pour éviter les ruptures "
    "de droits dans les territoires les plus ruraux du département.\n"
    "Cette convention est distincte des conventions territoriales globales signées avec les communautés de communes.")


@pytest.mark.parametrize("text", [CONTRAT_DE_VILLE, RSA_CONVENTION])
def test_a_ctg_named_only_in_passing_on_another_schemes_page_is_unrelated(analyse_text, text):
    assert named_in_passing(text, ctg_mentions(text))
    assert analyse_text(text).relevance == "unrelated"


def test_a_ctg_signing_told_below_another_schemes_head_is_kept(analyse_text):
    # guard: the page tells the CTG's own signing further down, however briefly
    text = CONTRAT_DE_VILLE.replace(
        "Sa directrice a souligné que ces engagements viendront s'articuler avec les conventions territoriales "
        "globales déjà signées avec les intercommunalités.",
        "Le même jour, l'agglomération et la Caf ont signé leur convention territoriale globale 2024-2028.")
    assert not named_in_passing(text, ctg_mentions(text))
    assert analyse_text(text).relevance != "unrelated"


def test_a_cej_page_naming_the_ctg_below_is_not_in_passing():
    # guard: the CEJ's end is the CTG's own story (the CTG replaces it), not another scheme's page
    text = ("Commune de Vic-sur-Cère\nLa fin du contrat enfance jeunesse\nLe contrat enfance jeunesse signé avec la Caf "
            "du Cantal a pris fin le 31 décembre 2022. Les financements de nos accueils de loisirs, de la crèche et "
            "du relais petite enfance continuent, versés autrement, sous la forme d'un bonus pour chaque structure "
            "de la commune et des communes voisines qui accueillent les enfants du territoire, sans démarche "
            "nouvelle pour les familles.\nLes montants restent ceux des années précédentes, et les tarifs des "
            "structures ne changent pas en 2023 pour les familles de la commune et des environs.\n"
            "Ils passent désormais par la convention territoriale globale, que la communauté de communes prépare "
            "avec la Caf.")
    assert not named_in_passing(text, ctg_mentions(text))


# class: a mid-term review of a signed CTG, its signing recalled as background (GUIDE: related)
REVIEW = (
    'Communauté de communes du Pays de Murat – Actualités\n'
    'CTG : un bilan à mi-parcours encourageant\n'
    'Publié le 14 novembre 2024\n'
    "Le comité de pilotage de la convention territoriale globale s'est réuni le 12 novembre à Murat, en présence des élus, des maires et de la conseillère territoriale de la Caf du Cantal.\n"
    "Signée en décembre 2022 avec la Caf pour la période 2023-2027, la CTG repose sur trois axes : l'accueil du jeune enfant, les loisirs des enfants et des adolescents, et l'accès aux services.\n"
    "À mi-parcours, la micro-crèche d'Allanche a ouvert (12 places) et un accueil jeunes fonctionne à Murat. Le lieu d'accueil enfants-parents a pris du retard faute de local.\n"
    "Prochaine étape : l'évaluation finale en 2027.")
# class: an explainer's questions and its reader's case ("Qui signe ?", "Votre commune vient d'en signer une")
EXPLAINER = (
    'Le Cantal Agricole\n'
    "Mais au fait, c'est quoi une « CTG » ?\n"
    "Votre commune vient d'en signer une, ou va le faire. Derrière ce sigle se cache un outil central dans le financement des crèches et des centres de loisirs.\n"
    'Qui signe ?\n'
    'La Caf et une collectivité : le plus souvent une intercommunalité, parfois une commune seule. La MSA peut se joindre au texte.\n'
    'Que contient-elle ?\n'
    'Un diagnostic du territoire, puis des priorités sur quatre ou cinq ans : petite enfance, jeunesse, parentalité, accès aux droits.\n'
    "Et l'argent ?\n"
    "Les anciens financements du contrat enfance jeunesse sont versés sous forme de bonus territoire aux structures des collectivités qui ont signé une CTG. Dans le Cantal, la Caf verse environ 9 millions d'euros par an à ce titre.")
# class: the CTG's own text that never writes its name: its last articles and signature page
UNNAMED_TEXT = (
    "Article 3 – Les champs d'intervention\n"
    "Les partenaires retiennent les champs d'intervention issus du diagnostic partagé présenté au comité de pilotage du 3 mars 2022 : l'accueil du jeune enfant, la jeunesse et l'animation de la vie sociale.\n"
    'Article 4 – Durée\n'
    'La présente convention est conclue pour une durée de cinq ans, du 1er janvier 2022 au 31 décembre 2026.\n'
    'Article 5 – Pilotage\n'
    "Le comité de pilotage se réunit chaque année pour suivre le plan d'actions.\n"
    'Fait à Murat, le 4 juillet 2022, en trois exemplaires originaux.\n'
    "Pour la Caisse d'allocations familiales du Cantal, la Directrice\n"
    'Pour la Communauté de communes du Pays de Murat, le Président')
# ... and a Caf's funding agreement for one facility, however it cites a diagnostic or a comité de pilotage
FUNDING_AGREEMENT = (
    "CONVENTION D'OBJECTIFS ET DE FINANCEMENT\n"
    'Prestation de service « Relais petite enfance »\n'
    "Entre : la Commune de Murat, ci-après désignée « le gestionnaire », et la Caisse d'allocations familiales du Cantal, ci-après désignée « la Caf ».\n"
    'Article 1 – Objet\n'
    'La présente convention encadre le versement de la prestation de service pour le relais petite enfance, suivi par un comité de pilotage annuel au vu du diagnostic partagé des besoins.\n'
    'Article 2 – Durée\n'
    'La présente convention est conclue du 1er janvier 2024 au 31 décembre 2027.\n'
    'Fait à Aurillac, le 22 mars 2024, en deux exemplaires.\n'
    '')

def test_a_mid_term_review_of_a_signed_ctg_is_related(analyse_text):
    assert analyse_text(REVIEW).relevance == "related"


def test_an_announcement_that_plans_a_mid_term_review_stays_one(analyse_text):
    # guard: the review named as what comes next, in a page that tells the signing
    news = ("Saint-Flour Communauté – Actualités\nSaint-Flour Communauté et la Caf du Cantal ont signé lundi leur "
            "convention territoriale globale 2024-2028, en présence des maires des 53 communes.\nElle porte sur la "
            "petite enfance, la jeunesse et l'accès aux droits. Une évaluation à mi-parcours est prévue en 2026.")
    assert analyse_text(news).relevance == "announcement"


def test_an_explainers_questions_tell_no_signing():
    from ctgminer.classify.relevance.component import relevance_features

    assert relevance_features(EXPLAINER)["event_near_ctg"] == 0.0
    # guard: an interview's question presupposes the signing it asks about
    asked = ("La lettre de la communauté – janvier 2025\nTrois questions au président\nPourquoi avoir signé une "
             "convention territoriale globale avec la Caf ?\nParce que nos 20 communes ont besoin d'un cadre commun.")
    assert relevance_features(asked)["event_near_ctg"] > 0


def test_the_ctgs_own_text_without_its_name_is_an_announcement(analyse_text):
    assert analyse_text(UNNAMED_TEXT).relevance == "announcement"


def test_a_funding_agreement_stays_unrelated(analyse_text):
    assert analyse_text(FUNDING_AGREEMENT).relevance == "unrelated"


# class: a facility's own page (a relais, a LAEP) that names the signed CTG as its frame (GUIDE: related at most)
FACILITY = ("Relais Petite Enfance du Pays de Mauriac\nAccueil › Enfance › Petite enfance\n"
            "Le Relais Petite Enfance est un service gratuit de la Communauté de communes du Pays de Mauriac. Il "
            "informe les parents sur les modes d'accueil et accompagne les assistants maternels.\n"
            "Permanences : lundi 14h-17h à Mauriac, jeudi 9h-12h à Pleaux.\n"
            "Le relais est financé par la communauté de communes et par la Caf du Cantal. Il fait partie des actions "
            "inscrites dans la convention territoriale globale signée entre les deux partenaires.")


def test_a_facility_page_framed_by_the_signed_ctg_is_no_announcement(analyse_text):
    assert analyse_text(FACILITY).relevance != "announcement"


# class: a deliberation on another of the Caf's conventions that cites the CTG only in its visas (GUIDE: unrelated)
VISAS = ("Mairie de Riom-ès-Montagnes\nConseil municipal – Séance du 4 avril 2024\nDélibération n° 2024-031\n"
         "Objet : Convention d'objectifs et de financement avec la Caf du Cantal – Accueil de loisirs\n"
         "Vu le code général des collectivités territoriales ;\n"
         "Vu la convention territoriale globale signée le 12 mars 2023 entre la communauté de communes et la Caf du "
         "Cantal ;\nConsidérant que la commune gère l'accueil de loisirs des Galopins ;\n"
         "Le conseil municipal, après en avoir délibéré, DÉCIDE :\n- d'approuver la convention d'objectifs et de "
         "financement pour la période 2024-2027 ;\n- d'autoriser le maire à la signer.\nVote : unanimité.")


def test_a_deliberation_citing_the_ctg_in_its_visas_only_is_unrelated(analyse_text):
    assert analyse_text(VISAS).relevance == "unrelated"


def test_a_deliberation_on_the_ctg_itself_stays_an_announcement(analyse_text):
    # guard: the object is the CTG, the visas cite the former one
    own = VISAS.replace("Convention d'objectifs et de financement avec la Caf du Cantal – Accueil de loisirs",
                        "Convention territoriale globale 2024-2028 avec la Caf du Cantal").replace(
        "d'approuver la convention d'objectifs et de financement pour la période 2024-2027",
        "d'approuver la convention territoriale globale 2024-2028")
    assert analyse_text(own).relevance == "announcement"
