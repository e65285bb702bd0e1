"""Genre component: conventions, deliberations and articles (texts written for these tests)."""

from __future__ import annotations

import pytest
import spacy

import ctgminer.extract.components  # noqa: F401  (registers the factories)

# A signed convention as the PDFs of Caf and communes lay it out; the party list runs over a page break (\f).
CONVENTION = """CONVENTION TERRITORIALE GLOBALE 2024-2027

ENTRE :

La Caisse d'allocations familiales du Tarn, représentée par Madame Claire Dupont, sa directrice,
ci-après dénommée « la Caf »,
d'une part,

ET :

La Commune de Gaillac, représentée par Monsieur Jean Martin, son maire, dûment habilité par
délibération du conseil municipal du 12 mars 2024,
\f
La Communauté d'agglomération Gaillac-Graulhet, représentée par son président, M. Paul Roux,
Le Département du Tarn, représenté par Monsieur Luc Petit, en sa qualité de président du conseil départemental,
d'autre part,

Il est convenu ce qui suit :

Préambule
La convention territoriale globale est une démarche partenariale.

Article 1 - Objet
La présente convention définit le projet social du territoire.

Article 6 - Durée de la convention
La présente convention est conclue pour une durée de quatre ans à compter du 1er janvier 2024.

Fait en quatre exemplaires à Gaillac, le 3 juillet 2024
"""

DELIBERATION = """EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du 14 mai 2024
Nombre de conseillers en exercice : 29
Délibération n° 2024-041 : Convention territoriale globale avec la Caf de l'Aude
Le conseil municipal, après en avoir délibéré, à l'unanimité,
APPROUVE la convention territoriale globale 2024-2028 ;
AUTORISE le Maire à signer la convention et tout document s'y rapportant.
"""

ARTICLE = """Petite enfance : la Ville et la Caf signent leur convention

Lundi, la maire et la directrice de la Caf ont signé la convention territoriale globale pour 2024-2027,
entre autres pour développer l'accueil du jeune enfant.
"""


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("fr")
    nlp.add_pipe("ctg_genre")
    return nlp


def test_convention_genre_and_parties(nlp):
    genre = nlp(CONVENTION)._.genre
    assert genre.document_type == "convention"
    by_type = {p.type: p for p in genre.parties}
    assert by_type["caf"].code == "81"
    assert (by_type["caf"].representative, by_type["caf"].role) == ("Claire Dupont", "directrice")
    assert (by_type["commune"].name, by_type["commune"].code) == ("Gaillac", "81099")
    assert by_type["commune"].representative == "Jean Martin"
    assert by_type["epci"].code and "Gaillac" in by_type["epci"].name  # linked to the SIREN of the EPCI
    assert by_type["epci"].representative == "Paul Roux" and by_type["epci"].role == "président"
    assert (by_type["departement"].code, by_type["departement"].representative) == ("81", "Luc Petit")
    assert len(genre.parties) == 4  # the municipal council's deliberation is not a party


def test_convention_offsets_point_into_the_text(nlp):
    doc = nlp(CONVENTION)
    for span in doc.spans["convention_parties"]:
        party = span._.value
        assert CONVENTION[party.start:party.end] == party.mention


def test_convention_dates_and_term(nlp):
    genre = nlp(CONVENTION)._.genre
    assert genre.signature.iso == "2024-07-03"
    assert CONVENTION[genre.signature.start:genre.signature.end].startswith("Fait en quatre exemplaires")
    assert (genre.period_start, genre.period_end, genre.duration_years) == (2024, 2027, 4)


def test_explicit_range_and_last_signature(nlp):
    text = CONVENTION.replace(
        "conclue pour une durée de quatre ans à compter du 1er janvier 2024",
        "applicable du 1er janvier 2023 au 31 décembre 2026").replace(
        "Fait en quatre exemplaires à Gaillac, le 3 juillet 2024",
        "Fait à Gaillac, le 03/07/2024\nFait à Albi, le 10/07/2024")
    genre = nlp(text)._.genre
    assert (genre.period_start, genre.period_end, genre.duration_years) == (2023, 2026, 4)
    assert genre.signature.iso == "2024-07-10"


def test_other_scheme_term_is_not_the_conventions(nlp):
    # a paragraph about another contract's term, placed before the convention's own article on its term
    text = CONVENTION.replace(
        "Article 1 - Objet",
        "Le contrat de ville du territoire, signé en 2023, a une durée de sept ans.\n\nArticle 1 - Objet")
    genre = nlp(text)._.genre
    assert (genre.period_start, genre.period_end, genre.duration_years) == (2024, 2027, 4)
    # ... or in the same paragraph as the convention's own term, in a sentence of its own
    text = CONVENTION.replace(
        "La présente convention est conclue pour une durée de quatre ans à compter du 1er janvier 2024.",
        "La présente convention prend effet le 1er janvier 2024.\nLe contrat de ville, signé en 2023, a une durée "
        "de sept ans.")
    genre = nlp(text)._.genre
    assert genre.duration_years != 7


def test_deliberation_adoption(nlp):
    genre = nlp(DELIBERATION)._.genre
    assert genre.document_type == "deliberation"
    assert genre.adopted
    assert genre.adoption.iso == "2024-05-14"
    assert genre.parties == []


# the decision's items in the infinitive, as most deliberations write them
DECISION_ITEMS = """COMMUNAUTÉ DE COMMUNES DU PAYS DE LUNEL
Extrait du registre des délibérations du conseil communautaire
Séance du 27 septembre 2022
Délibération n° 2022-118 : Action sociale – Convention territoriale globale
Après en avoir délibéré, à l'unanimité,
DÉCIDE
- d'approuver la Convention territoriale globale 2022-2025 à conclure avec la Caf de l'Hérault ;
- d'autoriser le Président à la signer ainsi que tout document s'y rapportant.
"""


def test_deliberation_items_in_the_infinitive_adopt(nlp, analyse_text):
    genre = nlp(DECISION_ITEMS)._.genre
    assert (genre.document_type, genre.adopted, genre.adoption.iso) == ("deliberation", True, "2022-09-27")
    assert analyse_text(DECISION_ITEMS).relevance == "announcement"


def test_article_is_not_a_convention(nlp):
    genre = nlp(ARTICLE)._.genre
    assert genre.document_type == "article"
    assert genre.parties == [] and genre.signature is None


def test_record_from_a_convention(analyse_text):
    record = analyse_text(CONVENTION)
    assert (record.document_type, record.relevance) == ("convention", "announcement")
    assert (record.signature_date, record.period_start, record.period_end, record.duration_years) == (
        "2024-07-03", 2024, 2027, 4)
    assert record.caf.department_code == "81"
    assert {(p.type, p.insee_code) for p in record.partners} == {
        ("commune", "81099"), ("epci", "200066124"), ("departement", "81")}
    assert {(s.name, s.institution) for s in record.signatories} >= {("Jean Martin", "Gaillac")}
    ev = record.evidence["signature_date"]
    assert CONVENTION[ev["start"]:ev["end"]] == ev["text"]


def test_record_from_a_deliberation(analyse_text):
    record = analyse_text(DELIBERATION)
    assert (record.document_type, record.relevance, record.adoption_date) == (
        "deliberation", "announcement", "2024-05-14")


# Two traps of real convention PDFs: several communes in one party, and a name the PDF lost but the alias gives.
LIST_CONVENTION = """Avenant à la convention territoriale globale
Entre :
  - Les communes de Lacaune, Murat-sur-Vèbre et Viane, représentées par leurs maires respectifs
  dûment autorisés par délibérations ;
  Ci-après dénommées « les communes des Monts de Lacaune »
  - La Commune de , représentée par son Maire, M. Hervé Blanc ; Ci-après dénommée « la Commune de Brassac » ;
Et :
  La Caisse d'allocations familiales du Tarn, représentée par Mme Claire Dupont, Directrice
Ci-après désignée « la Caf ».
Préambule
Le présent avenant est conclu pour la durée de la convention en cours 2022-2025.
"""


def test_commune_list_and_alias(nlp):
    genre = nlp(LIST_CONVENTION)._.genre
    assert genre.document_type == "convention"
    communes = {(p.name, p.code) for p in genre.parties if p.type == "commune"}
    assert communes == {("Lacaune", "81124"), ("Murat-sur-Vèbre", "81192"), ("Viane", "81314"),
                        ("Brassac", "81037")}
    brassac = next(p for p in genre.parties if p.name == "Brassac")
    assert brassac.representative == "Hervé Blanc"
    for p in genre.parties:
        assert LIST_CONVENTION[p.start:p.end] == p.mention
