"""Relevance, session 25: a convention's signature page alone, and another scheme's own document that names the CTG in
its presentation, and a Caf convention for one action (examples written for these tests)."""

from __future__ import annotations

import pytest

from ctgminer.classify.relevance.component import (
    named_in_passing,
    score_relevance,
    signature_page,
    unnamed_convention,
)
from ctgminer.text.cues import ctg_mentions

# class: the CTG's signature page cut out of its PDF, under the convention's running header: the dated formula, then
# one block per party ("Pour la Caf ..., La Directrice"), no sentence at all (the start code read it as a list of
# links: unrelated)
SIGNATURE_PAGE = (
    "Convention territoriale globale 2025-2029 – Communauté de communes du Val de Saire          Page 21 sur 21\n"
    "Fait à Saint-Vaast-la-Hougue, le 12 mai 2025, en trois exemplaires originaux.\n"
    "Pour la Caisse d'allocations familiales de la Manche,\n"
    "Le Directeur,\n"
    "Thierry Lemonnier\n"
    "Pour la Communauté de communes du Val de Saire,\n"
    "La Présidente,\n"
    "Nadine Hébert\n"
    "Pour la Mutualité sociale agricole Côtes Normandes,\n"
    "Le Directeur général,\n"
    "Arnaud Guérin\n")
# ... its blocks laid out one per line, the official's title after a comma
SIGNATURE_LINES = (
    "CTG Ville de Mortagne-sur-Sèvre – 2024-2027\n"
    "Fait à Mortagne-sur-Sèvre, le 28 novembre 2024\n"
    "Pour la Ville de Mortagne-sur-Sèvre, le Maire\n"
    "Pour la Caf de la Vendée, la Directrice\n"
    "Pour le Département de la Vendée, le Président\n"
    "Signatures et cachets\n"
    "Annexe 1 : diagnostic partagé\n"
    "Annexe 2 : fiches actions\n")


def test_a_ctgs_signature_page_alone_is_an_announcement():
    result = score_relevance(SIGNATURE_PAGE)
    assert (result.label, result.reason) == ("announcement", "signature page")
    assert score_relevance(SIGNATURE_LINES).label == "announcement"


def test_a_signature_page_gives_the_caf_the_partner_and_the_date(analyse_text):
    record = analyse_text(SIGNATURE_PAGE)
    assert record.relevance == "announcement"
    assert record.caf.department_code == "50"
    assert record.signature_date == "2025-05-12"
    assert any(p.type == "epci" and "Val de Saire" in p.name for p in record.partners)


def test_the_blocks_need_the_dated_formula_and_the_cafs_block():
    assert signature_page(SIGNATURE_PAGE)
    undated = SIGNATURE_PAGE.replace("Fait à Saint-Vaast-la-Hougue, le 12 mai 2025", "Fait à Saint-Vaast-la-Hougue, le")
    assert not signature_page(undated)  # a model or a draft, its date left blank
    no_caf = SIGNATURE_PAGE.replace("Pour la Caisse d'allocations familiales de la Manche,\nLe Directeur,\n", "")
    assert not signature_page(no_caf)  # another body's agreement, the Caf not signing
    one_block = SIGNATURE_PAGE.split("Pour la Communauté")[0]
    assert not signature_page(one_block)  # the Caf's block alone: a letter or a certificate, not a convention


# guards: what must not change
def test_the_signature_page_of_another_convention_naming_the_ctg_as_its_frame_is_not_an_announcement():
    # a funding agreement's last page, titled as the Caf's other convention, the CTG only its frame
    other = SIGNATURE_PAGE.replace(
        "Convention territoriale globale 2025-2029 – Communauté de communes du Val de Saire",
        "Convention d'objectifs et de financement – Bonus territoire CTG – Multi-accueil Les Mouettes")
    assert score_relevance(other).reason != "signature page"


def test_a_signature_page_that_never_names_a_ctg_stays_unrelated():
    bare = SIGNATURE_PAGE.split("\n", 1)[1]
    assert score_relevance(bare).label == "unrelated"


def test_a_list_of_links_naming_the_ctg_stays_unrelated():
    links = ("Accueil\nActualités\nSignature de la convention territoriale globale avec la Caf\nAgenda\n"
             "Pour les familles\nPour les associations\nContact\nPlan du site\n")
    assert score_relevance(links).label == "unrelated"


# class: another scheme's own document (a PEDT, a contrat de ville), titled by it on its first line, whose presentation
# of the territory names the CTG within the page's head as the status of its intercommunality ("signataire d'une
# CTG"): about the PEDT, not a CTG (GUIDE: unrelated); the start code read the apposition as a signing
PEDT_DOCUMENT = (
    "PROJET ÉDUCATIF DE TERRITOIRE\nCommune de Plouvien\n2024 – 2027\n"
    "1. Présentation de la commune\n"
    "Plouvien compte 3 800 habitants et deux écoles (310 élèves). La commune appartient à la Communauté de "
    "communes du Pays des Abers, signataire d'une convention territoriale globale avec la Caf du Finistère.\n"
    "2. Les objectifs éducatifs\nObjectif 1 : Garantir la continuité éducative entre l'école et les temps de loisirs\n"
    "Objectif 2 : Ouvrir les enfants aux pratiques sportives et culturelles\n"
    "3. Le comité de pilotage\nIl réunit le maire, l'adjointe à l'enfance, les directeurs d'école et la "
    "conseillère de la Caf.\n"
    "Le PEDT est conclu pour trois ans. Il est signé par le maire, le préfet, la directrice académique et la Caf.\n")


def test_another_schemes_document_naming_the_ctg_in_its_presentation_is_unrelated(analyse_text):
    assert named_in_passing(PEDT_DOCUMENT, ctg_mentions(PEDT_DOCUMENT))
    assert analyse_text(PEDT_DOCUMENT).relevance == "unrelated"


# guards: the same title above a page that tells the CTG's signing, and a news page whose first line is not another
# scheme's title
def test_another_schemes_document_telling_the_ctgs_signing_is_kept():
    told = PEDT_DOCUMENT.replace(
        "signataire d'une convention territoriale globale avec la Caf du Finistère",
        "qui a signé le 4 avril 2024 sa convention territoriale globale avec la Caf du Finistère")
    assert not named_in_passing(told, ctg_mentions(told))


def test_a_news_page_naming_the_ctg_in_its_head_is_not_in_passing():
    news = ("Ville de Plouvien\nLa commune signe sa convention territoriale globale\n"
            "Le projet éducatif de territoire et les actions de la CTG seront suivis par un même comité. La commune a "
            "signé jeudi la convention territoriale globale avec la Caf du Finistère pour 2024-2027.\n")
    assert not named_in_passing(news, ctg_mentions(news))


def test_a_signatory_of_the_ctg_told_as_news_stays_an_announcement(analyse_text):
    news = ("Pays des Abers\nLa communauté de communes, signataire de la convention territoriale globale avec la Caf "
            "du Finistère depuis ce mardi 14 mai 2024, engage 1,2 million d'euros pour la petite enfance et la "
            "jeunesse sur 2024-2028. Le président et la directrice de la Caf ont signé la convention au siège de "
            "la communauté.\n")
    assert analyse_text(news).relevance == "announcement"


# class: another of the Caf's conventions with a territorial body, signed for a period, whose purpose is one action
# told by an infinitive: not the CTG announced without its name (GUIDE: unrelated)
ONE_ACTION = ("Le Département et la Caf unissent leurs guichets\n"
              "Le conseil départemental de la Corrèze et la Caf de la Corrèze ont signé mardi une convention de "
              "partenariat pour organiser un accueil social commun dans les douze maisons du Département. Les agents "
              "des deux institutions seront formés ensemble dès la rentrée.\n"
              "La convention, d'une durée de trois ans, ne change rien aux compétences de chacun.")


def test_a_caf_convention_for_one_action_is_not_a_ctg_unnamed(analyse_text):
    assert unnamed_convention(ONE_ACTION, {"duration_years": 3}) == []
    assert analyse_text(ONE_ACTION).relevance == "unrelated"


@pytest.mark.parametrize("purpose", ["pour quatre ans", "pour la période 2025-2029",
                                     "pour la petite enfance, la jeunesse et l'accès aux droits"])
def test_a_ctg_unnamed_told_by_its_period_or_fields_still_stands_in(purpose):
    text = ("La Communauté d'agglomération du Grand Dole et la Caisse d'allocations familiales du Jura ont signé le "
            f"14 mars 2025 une convention de partenariat {purpose}. Elle court jusqu'en 2029.")
    assert unnamed_convention(text, {"period_end": 2029})


# class: a council's minutes whose CTG item is an information without a vote, between items that are voted: the
# votes around it are not its own, and its "(sans vote)" is no vote (GUIDE: a territory's process is related)
INFORMATION_ITEM = (
    "COMMUNE DE SAINT-AMAND-MONTROND\nProcès-verbal du conseil municipal du 14 mars 2023\n"
    "Point n°6 – Convention de mise à disposition du gymnase au collège. La délibération est adoptée à l'unanimité.\n"
    "Point n°7 – Information : élaboration de la convention territoriale globale avec la communauté de communes "
    "Cœur de France\n(sans vote)\n"
    "M. l'Adjoint présente le calendrier proposé par la Caf du Cher : diagnostic partagé au printemps, groupes de "
    "travail à l'automne. Mme Roux demande si l'accueil de loisirs sera concerné. L'Adjoint répond que les champs "
    "retenus ne sont pas encore arrêtés.\nLe Conseil municipal prend acte de cette information.\n"
    "Point n°8 – Tarifs de la restauration scolaire. Le conseil approuve les tarifs 2023-2024 (25 voix pour, "
    "4 abstentions).\n")


def test_a_ctg_item_without_a_vote_in_council_minutes_is_related(analyse_text):
    assert analyse_text(INFORMATION_ITEM).relevance == "related"


# guards: the same minutes when the item is put to the vote, and a council that takes note of a signing told
def test_a_ctg_item_put_to_the_vote_stays_an_announcement(analyse_text):
    voted = (INFORMATION_ITEM.replace("Information : élaboration de la", "Approbation de la")
             .replace("\n(sans vote)\n", "\n")
             .replace("Le Conseil municipal prend acte de cette information.",
                      "Le conseil approuve la convention et autorise le maire à la signer (29 voix pour)."))
    assert analyse_text(voted).relevance == "announcement"


# class: a council's agenda or minutes whose CTG item lists the convention's axes, then closes on its vote, more than
# three sentences below the item's heading (the start code's window stopped before the vote: related)
VOTE_BELOW_AXES = (
    "Communauté de communes du Pays de Craon – Conseil communautaire\nSéance du 12 juin 2023\nOrdre du jour\n"
    "1. Approbation du procès-verbal de la séance du 15 mai 2023\n"
    "2. Enfance – Convention territoriale globale avec la Caf de la Mayenne\n"
    "Exposé : La communauté de communes a conduit en 2022 le diagnostic de son territoire avec la Caf. Il montre "
    "le manque de places d'accueil dans le nord du territoire. Le plan d'actions 2023-2027 porte sur :\n"
    "a) l'ouverture d'une micro-crèche à Cossé-le-Vivien ;\nb) un service jeunesse intercommunal ;\n"
    "c) l'accueil des familles à l'espace France services de Craon.\n"
    "Le conseil approuve (38 voix pour, 1 abstention) et autorise le Président à signer la convention.\n"
    "3. Questions diverses\n")


def test_a_council_item_voted_below_the_ctgs_axes_is_an_announcement(analyse_text):
    assert analyse_text(VOTE_BELOW_AXES).relevance == "announcement"


# guard: the vote belongs to the next item when a heading stands between
def test_a_vote_on_the_next_item_is_not_the_ctgs(analyse_text):
    other_vote = VOTE_BELOW_AXES.replace(
        "Le conseil approuve (38 voix pour, 1 abstention) et autorise le Président à signer la convention.\n"
        "3. Questions diverses\n",
        "Un point d'étape sera présenté au prochain conseil.\n3. Tarifs de la piscine intercommunale\n"
        "Le conseil approuve (38 voix pour, 1 abstention) les tarifs 2023-2024.\n")
    other_vote = other_vote.replace("Le plan d'actions 2023-2027 porte sur", "Les pistes de travail portent sur")
    assert analyse_text(other_vote).relevance == "related"


# guard: a council that adopts its report's conclusions, an engagement in a CTG whose diagnostic and plan are still
# to be built, far below the item's heading, votes on no convention (the real gold reads such a page as related)
def test_a_vote_on_an_engagement_in_the_process_is_not_a_vote_on_the_convention(analyse_text):
    engagement = VOTE_BELOW_AXES.replace(
        "Le conseil approuve (38 voix pour, 1 abstention) et autorise le Président à signer la convention.",
        "Le conseil, après en avoir délibéré, adopte à l'unanimité les conclusions du présent rapport.")
    engagement = engagement.replace("a conduit en 2022 le diagnostic de son territoire", "conduira en 2023 le "
                                    "diagnostic de son territoire").replace("Le plan d'actions 2023-2027 porte sur",
                                                                            "Les pistes de travail portent sur")
    assert analyse_text(engagement).relevance == "related"
