"""Relevance: announcements, related pages and traps (examples written for these tests), and real negatives."""

from __future__ import annotations

import json
import tarfile

import pytest
import spacy
from conftest import NEGATIVES, require_shared

from ctgminer.classify.relevance.component import (
    FEATURE_NAMES,
    Relevance,
    prose_share,
    relevance_features,
    score_relevance,
)
from ctgminer.classify.relevance.model import load_model, resource_dir
from ctgminer.collect.read import InputError, read_bytes_document
from ctgminer.text.cues import ctg_mentions, mentions_ctg, url_names_ctg
from ctgminer.text.language import detect_language

ANNOUNCEMENTS = [
    "Mardi 4 mars 2025, le maire de Figeac et la directrice de la Caf du Lot ont signé la convention territoriale "
    "globale 2025-2029. Cette CTG fixe quatre axes pour les familles du Grand-Figeac.",
    "La communauté de communes du Pays de Lunel renouvelle sa convention territoriale globale avec la Caf de "
    "l'Hérault. La signature a eu lieu hier à la médiathèque, en présence des maires du territoire.",
    "La Ville et la Caf vont signer une nouvelle Convention Territoriale Globale (CTG) pour les cinq prochaines "
    "années. La signature aura lieu le 12 juin en mairie.",
    # a territory's process whose signing is announced with its date
    "La communauté de communes du Perche et la Caf de l'Orne préparent leur Convention territoriale globale : le "
    "diagnostic partagé a été lancé en janvier, la signature est prévue en juillet 2024.",
    # an announcement closed by the explainer box Caf and town sites add under their news
    "Jeudi 6 juin 2024, la commune de Lectoure et la Caf du Gers ont signé leur convention territoriale globale en "
    "mairie, pour 2024-2028. Cette CTG succède au contrat enfance jeunesse. Le maire a salué une CTG construite "
    "avec les familles, et la directrice de la Caf a rappelé que la CTG financera le multi-accueil.\n\nQu'est-ce "
    "qu'une CTG ?\nUne convention territoriale globale est une démarche de la Caf qui peut couvrir la petite "
    "enfance, la jeunesse et le logement.",
]
# adoption by a council vote counts as an announcement
ADOPTION = (
    "Séance du conseil communautaire du 18 septembre 2024.\n"
    "Point 7 : Convention territoriale globale avec la Caf de la Dordogne.\n"
    "Le conseil communautaire, après en avoir délibéré, approuve à l'unanimité la convention territoriale globale "
    "2024-2028 conclue avec la Caisse d'allocations familiales de la Dordogne et autorise le président à la signer."
)
RELATED = [
    # an interview about the roll-out of CTGs that says communes "ont signé leur CTG" (a report, not one signing)
    "Interview. La directrice de la Caf du Var revient sur le déploiement des conventions territoriales globales : "
    "« Toutes les communes de plus de 10 000 habitants ont signé leur CTG. Les plus petites suivront. » Propos "
    "recueillis par la rédaction.",
    # a job offer that recalls the signing
    "La communauté d'agglomération recrute un chef de projet CTG (H/F). Depuis la signature de la convention "
    "territoriale globale avec la Caf de l'Isère en 2022, l'agglomération coordonne le plan d'actions. Date limite "
    "de candidature : 1er octobre. Envoyer CV et lettre de motivation.",
    # explainer
    "Qu'est-ce qu'une convention territoriale globale ? La CTG est une démarche partenariale entre la Caf et une "
    "collectivité. Elle s'appuie sur un diagnostic partagé et dure en général quatre ou cinq ans.",
    # job offer
    "Offre d'emploi : chargé de coopération CTG (h/f). La commune recrute un agent pour piloter sa convention "
    "territoriale globale. Date limite de candidature : 15 mars. Envoyer CV et lettre de motivation au maire.",
    # a territory's process, no signature yet
    "Lancement de l'élaboration de la convention territoriale globale : la communauté de communes lance une "
    "enquête auprès des habitants. Répondez au questionnaire avant le 30 avril.",
    # an interview about the roll-out of CTGs
    "Trois questions à la directrice de la Caf de la Sarthe. Comment se déploient les conventions territoriales "
    "globales dans le département ? Elles couvrent aujourd'hui presque tout le territoire, et chaque CTG "
    "permet de partir des besoins des familles. Quelles difficultés rencontrez-vous ? Le diagnostic demande du "
    "temps aux petites communes. Propos recueillis par notre correspondante.",
]
UNRELATED = [
    # CTG = Collectivité territoriale de Guyane
    "La CTG a voté un budget de 30 millions d'euros pour les routes. La Collectivité territoriale de Guyane "
    "soutient aussi le sport et la culture dans les communes de l'intérieur.",
    # contrat enfance jeunesse only
    "Le conseil municipal a approuvé le renouvellement du contrat enfance jeunesse avec la Caf pour financer "
    "l'accueil de loisirs et la crèche municipale.",
    # a convention with a single centre social
    "La Ville et la Caf ont signé une convention d'objectifs pour le centre social Saint-Jean, qui accueille les "
    "familles du quartier depuis 1985.",
    # schéma départemental news
    "Le schéma départemental des services aux familles a été adopté par le préfet, le Département et la Caf "
    "pour la période 2024-2029.",
]
# a page that is only a list of links or headlines, one of which names a CTG (issue 12, defect 9)
LINK_LIST = "\n".join([
    "Accueil", "Mairie", "Actualités", "Signature de la convention territoriale globale avec la Caf",
    "Menus de la cantine", "Travaux rue de la Gare", "Agenda", "Inscriptions scolaires 2025",
    "Conseil municipal : comptes rendus", "Contact", "Mentions légales", "Plan du site",
])


# a council vote adopting the CTG, without the deliberation's formal heading
ADOPTION_REPORTED = ("Le conseil communautaire, réuni le 4 avril 2024, a adopté la convention territoriale globale "
                     "proposée par la Caf de l'Orne et autorisé le président à la signer.")


@pytest.mark.parametrize("text", ANNOUNCEMENTS + [ADOPTION, ADOPTION_REPORTED])
def test_announcements(text):
    result = score_relevance(text)
    assert result.label == "announcement" and result.score >= load_model().threshold


def test_an_explainer_box_weighs_less_than_an_explainer_page():
    box = ANNOUNCEMENTS[-1]
    page = ("Qu'est-ce qu'une convention territoriale globale ? Une CTG est une démarche de la Caf. Les CTG sont "
            "signées pour quatre ou cinq ans. À quoi sert une CTG ? Elle permet de coordonner les services.")
    # the share of the CTG's sentences that explain CTGs in general: a third for the box, all of the guide
    assert relevance_features(box)["explainer"] < 0.5 < relevance_features(page)["explainer"] == 1.0


def test_adoption_is_an_event():
    features = relevance_features(ADOPTION)
    assert features["adoption"] == 1.0 and features["event_near_ctg"] >= 1.0
    # a press report of the vote, after the budget: the elected members adopt the CTG
    press = ("Le budget 2025 a été voté lundi soir à Lorient. Les élus ont également approuvé la convention "
             "territoriale globale avec la Caf du Morbihan pour 2025-2029.")
    assert relevance_features(press)["adoption"] == 1.0


@pytest.mark.parametrize("text", RELATED)
def test_related(text):
    result = score_relevance(text)
    assert result.label == "related" and result.score < load_model().threshold


def test_interview_and_job_offer_cues():
    assert relevance_features(RELATED[5])["interview"] == relevance_features(RELATED[0])["interview"] == 1.0
    assert relevance_features(RELATED[3])["job_offer"] == relevance_features(RELATED[1])["job_offer"] == 1.0
    assert relevance_features(ANNOUNCEMENTS[0])["interview"] == 0.0


@pytest.mark.parametrize("text", UNRELATED + [LINK_LIST])
def test_unrelated(text):
    assert score_relevance(text).label == "unrelated"


def test_link_list_has_no_prose():
    assert prose_share(LINK_LIST) < 0.2
    assert prose_share(ANNOUNCEMENTS[0]) > 0.9
    assert score_relevance(LINK_LIST).reason.startswith("no prose")


def test_a_social_media_post_ends_its_sentences_on_pictographs():
    # a town's post: each sentence ends on an emoji, the items start with one
    post = ("Ville de Saint-Leu\n📣 C'est officiel !\nLe maire et la directrice de la Caf ont signé ce lundi 3 mars la "
            "convention territoriale globale 2025-2029 🤝\nAu programme pour les cinq prochaines années :\n"
            "👶 Plus de places en crèche pour les familles du bourg\n🎒 Des accueils de loisirs ouverts tout l'été\n"
            "💻 Des ateliers pour se former aux démarches en ligne\nMerci aux habitants venus aux ateliers du "
            "diagnostic 🙏\n#SaintLeu #Familles\nJ'aime · Commenter · Partager")
    assert prose_share(post) >= 0.2
    assert score_relevance(post).label == "announcement"


def test_a_form_of_fiches_actions_is_prose_not_a_link_list():
    # an annex of the convention: labelled fields without sentence punctuation hold content, not links
    annex = ("ANNEXE 2 – FICHES ACTIONS\nConvention territoriale globale – Communauté de communes du Val / Caf\n"
             "Fiche action n° 1\nIntitulé : Faciliter l'accès des familles aux places d'accueil du jeune enfant\n"
             "Public visé : familles du territoire avec des enfants de moins de trois ans\n"
             "Pilote : Service petite enfance de la communauté de communes\nFiche action n° 2\n"
             "Intitulé : Ouvrir un accueil jeunes itinérant dans les villages du plateau\n"
             "Actions : permanences dans les salles communales, sorties pendant les vacances d'été\n")
    assert prose_share(annex) > 0.5
    assert score_relevance(annex).label != "unrelated"
    # ... nor is a plan's table, one row per line
    table = ("Convention territoriale globale de la communauté d'agglomération – Annexe : plan d'actions\n"
             "Thématique | Fiche action | Pilote | Échéance\n"
             "Petite enfance | 1.1 Créer trente places d'accueil collectif au bourg | Agglo | 2025\n"
             "Jeunesse | 2.1 Ouvrir un point information jeunesse en centre-ville | Ville | 2024\n"
             "Parentalité | 3.1 Ouvrir un lieu d'accueil enfants-parents itinérant | Agglo | 2026\n"
             "Logement | 4.1 Repérer les logements non décents avec les partenaires | Caf | 2026\n")
    assert score_relevance(table).label != "unrelated"
    # ... nor the same table as a spreadsheet's or a PDF's text gives it, its cells between tabs
    assert score_relevance(table.replace(" | ", "\t")).label != "unrelated"
    # ... nor an annex listing the plan's axes and fiches actions, each named by its number and without a full stop
    plan = ("ANNEXE 3 – PLAN D'ACTIONS DE LA CONVENTION TERRITORIALE GLOBALE 2025-2029\n"
            "Communauté de communes du Haut-Jura – Caf du Jura\n"
            "Axe 1 : Petite enfance – Adapter l'offre d'accueil aux horaires des familles\n"
            "Fiche action 1.1 – Ouvrir une micro-crèche aux horaires élargis à Morez\n"
            "Fiche action 1.2 – Animer le réseau des assistantes maternelles avec le RPE\n"
            "Axe 2 : Jeunesse – Donner aux 11-17 ans des lieux et des projets à eux\n"
            "Fiche action 2.1 – Créer un local jeunes dans chaque bassin de vie\n"
            "Axe 3 : Accès aux droits – Aller vers les familles éloignées des services\n"
            "Fiche action 3.1 – Tenir des permanences France services itinérantes\n")
    assert prose_share(plan) > 0.5
    assert score_relevance(plan).label != "unrelated"
    # ... nor the plan's table as a PDF flattens it, one cell per line, its objectives opening on infinitives
    cells = ("Projet social de territoire annexé à la convention territoriale globale 2025-2029\nOrientation\n"
             "Objectifs opérationnels\nPilote\n1. Petite enfance\nOuvrir une micro-crèche de douze places à Villers ; "
             "animer le relais petite enfance\nCommunauté de communes\n2. Jeunesse\nCréer un point information jeunesse "
             "itinérant dans les villages du plateau\nVille\n3. Parentalité\nDévelopper les actions passerelles entre "
             "la crèche et l'école maternelle\nCentre social\nPage 2/6\n")
    assert score_relevance(cells).label != "unrelated"



def test_a_territory_project_with_the_caf_is_about_a_ctg():
    # a territory's document names the CTG's project by its other name only, with the Caf: not unrelated
    page = ("Projet social de territoire de la Communauté de communes du Bocage Bressuirais\nOrientations 2023-2027\n"
            "À partir du diagnostic partagé, la communauté de communes et la Caf des Deux-Sèvres retiennent trois "
            "orientations pour les familles du territoire.\nOrientation 1. Développer l'accueil des tout-petits\n"
            "Orientation 2. Soutenir les parents\n")
    assert score_relevance(page).label != "unrelated"
    # ... but a centre social's own "projet social" is no such project
    assert score_relevance("Le centre social du Pays Thouarsais renouvelle son projet social pour quatre ans. La Caf "
                           "a validé son agrément le 3 mars.").label == "unrelated"


def test_short_page_with_a_ctg_headline_is_not_taken_for_a_link_list():
    # a title line and one paragraph: too few lines to call it a list
    text = "Convention territoriale globale\n" + ANNOUNCEMENTS[1]
    assert score_relevance(text).label == "announcement"


def test_ctg_convention_vs_collectivite_de_guyane():
    collectivite = ("La Collectivité territoriale de Guyane (CTG) finance le transport scolaire. Le président de la "
                    "CTG a présenté le plan lors de l'assemblée plénière.")
    assert ctg_mentions(collectivite) == []
    convention = ("La Caf de la Guyane et la ville de Kourou ont signé la convention territoriale globale. La "
                  "Collectivité territoriale de Guyane (CTG) s'associe à la démarche. Cette convention court "
                  "jusqu'en 2027.")
    mentions = ctg_mentions(convention)
    # the long form counts; the acronym defined as the Collectivité does not
    assert [convention[s:e] for s, e in mentions] == ["convention territoriale globale"]
    defined = ("À Cayenne, la convention territoriale globale (CTG) a été signée avec la Caf. La CTG couvre "
               "la petite enfance et la jeunesse.")
    assert len(ctg_mentions(defined)) == 3
    assert mentions_ctg("La CTG de Guyane vote son budget.") is False
    assert score_relevance(collectivite).label == "unrelated"


def test_cej_only_is_not_a_ctg():
    text = "Le contrat enfance jeunesse (CEJ) signé avec la Caf finance la crèche et l'accueil de loisirs."
    assert not mentions_ctg(text) and score_relevance(text).label == "unrelated"


def test_a_ctg_named_only_in_the_page_address_makes_the_page_related():
    """An excerpt that lost its headline: the address still names the convention."""
    text = ("17 décembre 2025\nLa Caf de l'Allier et le Département ont signé mardi la convention. Elle accompagnera "
            "130 actions en direction de la parentalité, de la jeunesse et de la petite enfance.")
    url = "https://radio.example.fr/news/la-convention-territoriale-globale-signee-mardi-12039"
    assert score_relevance(text).label == "unrelated"
    result = score_relevance(text, url=url)
    assert result.label == "related" and "address" in result.reason
    # the acronym in a path counts on a page naming a Caf; never an address about Guyane, nor the host alone
    assert url_names_ctg("https://www.ville.fr/actualites/signature-ctg-2024", "la Caf et la ville")
    assert not url_names_ctg("https://www.ville.fr/actualites/signature-ctg-2024", "le bilan cardiaque du patient")
    assert not url_names_ctg("https://www.ctguyane.fr/ctg-seance-pleniere", "la Caf")
    assert not url_names_ctg("https://ctg.example.fr/actualites", "la Caf")
    assert not url_names_ctg(None, "la Caf")


def test_english_page_is_unrelated():
    text = ("The local council and the family allowance fund signed a global territorial agreement (CTG) for "
            "the next five years to improve services for families.")
    result = score_relevance(text)
    assert result.label == "unrelated" and result.language == "en"


@pytest.mark.parametrize(("text", "lang"), [
    ("La commune et la Caf ont signé hier une convention pour les familles du territoire.", "fr"),
    ("El ayuntamiento y la caja de asignaciones familiares firmaron ayer un convenio para las familias.", "es"),
    ("Il comune e la cassa per gli assegni familiari hanno firmato ieri una convenzione per le famiglie.", "it"),
    ("Die Gemeinde und die Familienkasse haben gestern eine Vereinbarung für die Familien unterzeichnet.", "de"),
    ("Signature CTG Caf Lot", None),  # too short to tell: kept (None), as before
])
def test_language(text, lang):
    assert detect_language(text) == lang


def test_component_on_a_blank_pipeline_writes_doc_relevance():
    nlp = spacy.blank("fr")
    nlp.add_pipe("ctg_relevance")
    doc = nlp(ANNOUNCEMENTS[0])
    assert isinstance(doc._.relevance, Relevance)
    assert doc._.relevance.label == "announcement" and doc._.relevance.language == "fr"
    assert set(doc._.relevance.features) == set(FEATURE_NAMES)
    meta = nlp.get_pipe_meta("ctg_relevance")
    assert "doc._.relevance" in meta.assigns
    assert nlp.get_pipe_config("ctg_relevance")["min_prose_share"] == 0.2


def test_component_reads_the_other_components_evidence():
    """The relevance component reads what dates and parties found on the doc (their spans and attributes)."""
    text = ("La Caf du Cantal et la communauté de communes du Pays de Salers ont signé le 11 février 2025 la "
            "convention territoriale globale 2025-2028. Le document fixe les axes de travail pour les familles.")
    alone = spacy.blank("fr")
    alone.add_pipe("ctg_relevance")
    full = spacy.blank("fr")
    for name in ("ctg_dates", "ctg_parties", "ctg_relevance"):
        full.add_pipe(name)
    doc = full(text)
    assert doc._.signature is not None and len(doc.spans["partners"]) >= 1
    features = doc._.relevance.features
    assert features["signature_found"] == 1.0 and features["partners_found"] > 0 and features["period_found"] == 1.0
    assert doc._.relevance.score > alone(text)._.relevance.score


def test_weights_are_data_with_a_card():
    weights = json.loads((resource_dir() / "weights.json").read_text(encoding="utf-8"))
    assert weights["features"] == FEATURE_NAMES and len(weights["coef"]) == len(FEATURE_NAMES)
    card = (resource_dir() / "CARD.md").read_text(encoding="utf-8")
    assert weights["version"] in card and "cross-validation" in card.lower()


def test_refit_is_reproducible(tmp_path, monkeypatch):
    """Fit twice on a small gold file written here: same weights, weights and card written."""
    import ctgminer.classify.relevance.model as model

    monkeypatch.setattr(model, "extracted_evidence", lambda texts: [{} for _ in texts])
    rows = [{"id": f"a{i}", "url": f"https://site{i}.fr/a", "text": t, "relevance": "announcement"}
            for i, t in enumerate(ANNOUNCEMENTS * 3 + [ADOPTION] * 2)]
    rows += [{"id": f"r{i}", "url": f"https://other{i}.fr/r", "text": t, "relevance": "related"}
             for i, t in enumerate(RELATED * 3)]
    rows += [{"id": "u0", "url": "https://x.fr/u", "text": UNRELATED[1], "relevance": "unrelated"}]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    first, card = model.fit_relevance([(gold, "all")], None, tmp_path / "out", folds=3, seeds=2, cs=(1.0,))
    second, _ = model.fit_relevance([(gold, "all")], None, None, folds=3, seeds=2, cs=(1.0,))
    assert first.coef == second.coef and first.threshold == second.threshold
    assert card["fitted_rows"] == {"announcement": 3 * len(ANNOUNCEMENTS) + 2, "related": 3 * len(RELATED)}
    assert card["written_rows"]["announcement"] >= 1 and card["written_rows"]["related"] >= 1
    assert model.load_model(str(tmp_path / "out" / "weights.json")).features == FEATURE_NAMES
    assert (tmp_path / "out" / "CARD.md").exists()


def test_unrelated_record_has_no_ctg_fields(analyse_text):
    record = analyse_text(UNRELATED[2])
    assert record.relevance == "unrelated"
    assert record.partners == [] and record.themes == [] and record.signature_date is None


def test_real_negative_pages_are_never_announcements():
    path = require_shared(NEGATIVES)
    counted = 0
    with tarfile.open(path) as tar:
        for member in tar.getmembers():
            if not member.isfile():
                continue
            counted += 1
            try:
                doc = read_bytes_document(tar.extractfile(member).read(), member.name)
            except InputError:
                continue  # empty, binary or non-French: reported, never an announcement
            assert score_relevance(doc.text).label != "announcement", member.name
    assert counted == 176


def test_crawl_does_not_store_a_link_list(tmp_path):
    """Issue 12, defect 9: a page of links naming a CTG is not kept by a crawl; the article it links to is."""
    from httpserver import LocalServer, Reply

    from ctgminer.classify.relevance.component import relevance_judge
    from ctgminer.collect.collector import Collector
    from ctgminer.collect.fetch import Fetcher
    from ctgminer.collect.store import Store

    items = [("/ctg", "Signature de la convention territoriale globale avec la Caf")] + [
        (f"/n{i}", title) for i, title in enumerate(["Menus de la cantine", "Travaux rue de la Gare", "Agenda",
                                                      "Inscriptions scolaires", "Comptes rendus du conseil",
                                                      "Contact", "Plan du site"])]
    index = ("<html><head><meta charset='utf-8'><title>Actualités</title></head><body><ul>"
             + "".join(f"<li><a href='{href}'>{title}</a></li>" for href, title in items)
             + "</ul></body></html>").encode("utf-8")
    article = (f"<html><head><meta charset='utf-8'><title>CTG</title></head><body><article><p>{ANNOUNCEMENTS[0]}"
               f"</p><p>{ANNOUNCEMENTS[1]}</p></article></body></html>").encode()
    html = {"Content-Type": "text/html; charset=utf-8"}
    routes = {"/robots.txt": Reply(404, b""), "/": Reply(200, index, html), "/ctg": Reply(200, article, html)}
    routes.update({href: Reply(404, b"") for href, _ in items[1:]})
    with LocalServer(routes) as srv:
        store = Store(tmp_path / "s.sqlite")
        fetcher = Fetcher(delay=0, read_timeout=1, connect_timeout=1, max_retries=0, backoff=0.01)
        Collector(store, fetcher, judge=relevance_judge).crawl(srv.url("/"), max_pages=10)
        assert [r["url"] for r in store.rows()] == [srv.url("/ctg")]


def test_genre_evidence_is_read_when_the_genre_component_ran():
    text = ("Délibération n° 2024-57. Objet : convention territoriale globale avec la Caf de la Somme. Le conseil "
            "municipal, après en avoir délibéré, adopte la convention territoriale globale 2024-2027.")
    features = relevance_features(text, {"document_type": "deliberation", "adopted": True})
    assert features["deliberation_adopted"] == 1.0 and features["convention_document"] == 0.0
    assert relevance_features(text)["deliberation_adopted"] == 0.0


def test_language_read_once_by_the_reader_is_reused():
    """A document whose reader identified the language is not identified again (doc._.language)."""
    import spacy

    import ctgminer.extract.components  # noqa: F401  (registers the extensions' factories)

    nlp = spacy.blank("fr")
    nlp.add_pipe("ctg_relevance")
    doc = nlp.make_doc(ANNOUNCEMENTS[0])
    doc._.language = "es"  # what a reader would have said: the gate trusts it
    result = nlp.get_pipe("ctg_relevance")(doc)._.relevance
    assert (result.label, result.reason, result.language) == ("unrelated", "not French", "es")
    doc = nlp.make_doc(ANNOUNCEMENTS[0])  # not identified yet: the component does it, on the first characters
    assert nlp.get_pipe("ctg_relevance")(doc)._.relevance.label == "announcement"


def test_written_training_pages_are_labelled_and_name_a_ctg():
    """The written pages added to the relevance fit (rare classes) are well-formed: a label and a CTG named."""
    from ctgminer.classify.relevance.model import written_examples

    written = written_examples()
    assert len(written) >= 10 and {e.label for e in written} == {"announcement", "related"}
    assert all(mentions_ctg(e.text) for e in written) and len({e.group for e in written}) == len(written)


def test_recruiting_childcare_staff_in_a_convention_is_no_job_offer():
    # a convention's article: staff shortages and their recruitment are one of its fields, not a job advert
    text = ("La Caf de la Manche et la communauté de communes ont signé le 12 mai leur convention territoriale globale. "
            "Le diagnostic fait ressortir des difficultés de recrutement dans les métiers de la petite enfance. La "
            "convention prévoit de soutenir le recrutement des assistantes maternelles et l'ouverture d'une crèche.")
    assert relevance_features(text)["job_offer"] == 0.0
    # ... while a body recruiting someone is one
    offer = ("Recrutement : chargé(e) de coopération CTG (H/F)\nLa communauté de communes recrute un(e) chargé(e) de "
             "coopération pour piloter sa convention territoriale globale.")
    assert relevance_features(offer)["job_offer"] == 1.0
