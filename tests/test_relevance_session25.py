"""Relevance, session 25: a convention's signature page alone (examples written for these tests)."""

from __future__ import annotations

from ctgminer.classify.relevance.component import score_relevance, signature_page

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
