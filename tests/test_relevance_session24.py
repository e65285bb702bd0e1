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
