"""Parties: session 29. The signing model's fit reads the text the pipeline reads and applies what the analyser
applies afterwards; classes of pages read on the written sets read_ch, read_ci and read_cj (blind until session 28),
one example each, written for these tests (never taken from the gold texts nor the written sets)."""

from __future__ import annotations

from conftest import partner_names

from ctgminer.extract.components.parties.fit import decisions, gold_candidates
from ctgminer.extract.components.parties.model import load_model
from ctgminer.extract.pipeline import prepare_doc, prepare_text


def _has(names: dict[str, str], word: str, kind: str | None = None) -> bool:
    return any(word in n and (kind is None or t == kind) for n, t in names.items())


# -- the fit reads the text the analysis reads ----------------------------------------------------------------------

WRAPPED = ("Moulins Communauté – Actualités\n"
           "Signature de la convention territoriale globale\n"
           "Le 12 mars, Moulins Communauté et la Caf de l'Allier ont signé la convention territoriale globale pour la\n"
           "période 2025-2029. La communauté d'agglomération s'engage sur la petite enfance et la jeunesse.\n")


def test_prepared_text_is_the_docs_text(parties_nlp):
    # one function for the text the components read (repaired, PDF-wrapped lines joined), shared by the
    # analyser's doc and the parties' fit
    text = prepare_text(WRAPPED)
    assert "pour la période 2025-2029" in text and "pour la\npériode" not in text
    assert prepare_doc(parties_nlp, WRAPPED).text == text


def test_fit_reads_the_prepared_text():
    _, _, _, docs = gold_candidates([{"text": WRAPPED, "partners": [{"name": "Moulins Communauté", "type": "epci"}]}])
    assert docs[0]["text"] == prepare_text(WRAPPED)


CONVENTION = ("CONVENTION TERRITORIALE GLOBALE 2025-2029\n"
              "ENTRE\n"
              "La Caisse d'allocations familiales de l'Allier, représentée par sa directrice, Mme Anne Perrin,\n"
              "ci-après dénommée « la Caf »,\n"
              "ET\n"
              "La Commune d'Yzeure, représentée par son maire, M. Louis Bard, dûment autorisé par délibération,\n"
              "ci-après dénommée « la Commune »,\n"
              "IL A ÉTÉ CONVENU CE QUI SUIT :\n"
              "Article 1 – Objet de la convention\n"
              "La présente convention a pour objet de définir le projet social du territoire. Elle vise à renforcer\n"
              "l'offre d'accueil du jeune enfant et l'accès aux droits des familles de la commune.\n"
              "Article 2 – Durée\n"
              "La présente convention est conclue pour une durée de cinq ans, du 1er janvier 2025 au 31 décembre "
              "2029.\n"
              "Article 3 – Engagements des parties\n"
              "Les signataires s'engagent à mettre en œuvre le plan d'actions annexé.\n"
              "Fait à Yzeure, le 4 février 2025, en deux exemplaires.\n")


def test_fit_decision_takes_a_conventions_own_parties():
    # the analyser puts a convention's own parties in the record (apply_genre): the fit's decision does as well
    _, _, _, docs = gold_candidates([{"text": CONVENTION, "partners": [{"name": "Yzeure", "type": "commune"}]}])
    doc = docs[0]
    assert doc["genre"], doc["genre"]
    from ctgminer.extract.components.parties.component import PartiesComponent

    comp = PartiesComponent(None)
    comp.threshold = load_model().threshold
    _, pred = decisions(comp, doc, [0.0] * len(doc["rows"]))
    assert pred == doc["genre"]
    assert any("Yzeure" in p["name"] for p in pred), pred


# -- a list governed by a neighbour's or an origin's cue through its repeated preposition ------------------------------

NEIGHBOURS = ("Allier : Moulins Communauté signe sa convention avec la Caf\n"
              "Mardi, Moulins Communauté et la Caf de l'Allier ont signé la convention territoriale globale "
              "2025-2029 à l'hôtel de communauté. La convention porte sur la petite enfance, la jeunesse et "
              "l'accès aux droits.\n"
              "Les villes voisines de Vichy et de Montluçon ont signé leur CTG avec la Caf l'an dernier.\n")

COORDINATORS = ("Les chargés de coopération CTG de l'Allier réunis à Moulins\n"
                "Jeudi, Moulins Communauté et la Caf de l'Allier ont signé leur convention territoriale globale "
                "puis accueilli la rencontre des coordinateurs du département. Une vingtaine de professionnels, "
                "venus de Vichy Communauté, de Montluçon Communauté ou encore de la communauté de communes du "
                "Pays de Tronçais, ont échangé sur leurs pratiques.\n")


def test_second_neighbour_of_a_list_is_no_party(parties_nlp):
    # "voisins de Vichy et de Montluçon": the cue reads the first name only; "et de" carries it to the second
    names = partner_names(parties_nlp, NEIGHBOURS)
    assert _has(names, "Moulins", "epci"), names
    assert not _has(names, "Vichy") and not _has(names, "Montluçon"), names


def test_origin_list_is_no_party(parties_nlp):
    # "venus de X, de Y ou encore de la CC Z": where the coordinators come from, the whole list
    names = partner_names(parties_nlp, COORDINATORS)
    assert _has(names, "Moulins", "epci"), names
    for word in ("Vichy", "Montluçon", "Tronçais"):
        assert not _has(names, word), (word, names)


SIGNED_WITH_NEIGHBOUR = ("La Caf de l'Allier a signé mardi la convention territoriale globale avec la communauté de "
                         "communes Commentry Montmarault Néris Communauté, voisine de Montluçon Communauté, et avec "
                         "la communauté de communes du Pays de Tronçais, pour la période 2025-2029.\n")


def test_list_without_the_repeated_preposition_keeps_its_party(parties_nlp):
    # guard: "voisine de X, et avec la CC Y": Y has its own preposition ("avec"), a signatory, not a neighbour
    names = partner_names(parties_nlp, SIGNED_WITH_NEIGHBOUR)
    assert _has(names, "Tronçais", "epci"), names


# -- a link to another story, led by "Consulter aussi" ------------------------------------------------------------------

SEE_ALSO = ("Moulins Communauté et la Caf de l'Allier signent leur convention territoriale globale\n"
            "Mardi, le président de Moulins Communauté et la directrice de la Caf de l'Allier ont signé la convention "
            "territoriale globale 2025-2029. Elle porte sur la petite enfance, la jeunesse et l'accès aux droits.\n"
            "Consulter aussi : la CTG de Vichy Communauté, signée le 12 mai 2024\n")


def test_consulter_aussi_link_is_no_party(parties_nlp):
    # "Consulter aussi :" leads a link to another story as "Voir aussi" does (text.cues.RELATED_LEAD)
    names = partner_names(parties_nlp, SEE_ALSO)
    assert _has(names, "Moulins", "epci"), names
    assert not _has(names, "Vichy"), names


# -- a line of names run on with commas under a heading for the signatories --------------------------------------------

TOWNS_UNDER_HEADING = ("Conflent Canigó – Communauté de communes\n"
                       "Accueil » Actualités » Familles\n"
                       "Quinze signatures pour la convention territoriale globale\n"
                       "Le 5 juin, à Prades, le président de la communauté de communes Conflent Canigó, la directrice "
                       "de la Caf des Pyrénées-Orientales et les maires de plusieurs communes du territoire ont signé "
                       "la convention territoriale globale 2024-2028.\n"
                       "Les communes signataires\n"
                       "Prades, Vernet-les-Bains, Olette, Vinça, Ille-sur-Têt, Marquixanes et Eus.\n"
                       "La convention fixe quatre priorités : la petite enfance, la jeunesse, le soutien aux parents et "
                       "l'accès aux droits.\n")


def test_towns_run_on_under_a_signatories_heading_sign(parties_nlp):
    # "Les communes signataires" then the towns on one line, commas between: each town signs (before, the heading
    # was read for the parties, collectivities or partners only, and the line's towns dropped beside their EPCI)
    names = partner_names(parties_nlp, TOWNS_UNDER_HEADING)
    for town in ("Vernet-les-Bains", "Olette", "Vinça", "Ille-sur-Têt", "Marquixanes", "Eus"):
        assert names.get(town) == "commune", (town, names)
    assert _has(names, "Conflent", "epci"), names


TOWNS_IN_PROSE_UNDER_HEADING = ("Les communes signataires\n"
                                "Le territoire compte des communes très différentes, comme Prades, Olette ou Eus, "
                                "où les besoins de garde ne sont pas les mêmes.\n"
                                "La communauté de communes Conflent Canigó et la Caf des Pyrénées-Orientales ont "
                                "signé la convention territoriale globale le 5 juin.\n")


def test_towns_in_a_sentence_under_the_heading_are_not_declared(parties_nlp):
    # guard: under the heading, a sentence naming towns as examples is no list of signatories
    names = partner_names(parties_nlp, TOWNS_IN_PROSE_UNDER_HEADING)
    assert not _has(names, "Olette") and not _has(names, "Eus"), names


# -- a territory closing the page with its own, earlier signing ------------------------------------------------------

EARLIER_SIGNING = ("Cap Excellence et la Caf de la Guadeloupe signent leur convention territoriale globale\n"
                   "Jeudi 14 mars, la communauté d'agglomération Cap Excellence et la Caf de la Guadeloupe ont signé la "
                   "convention territoriale globale 2024-2028. Elle porte sur la petite enfance, la jeunesse et "
                   "l'accès aux droits.\n"
                   "Une enveloppe de 2 millions d'euros est prévue pour les nouveaux projets.\n"
                   "Sur la Basse-Terre, Grand Sud Caraïbe a signé sa CTG en 2022 ; Nord Basse-Terre devrait suivre.\n")

OWN_SIGNING_IN_A_YEAR = ("Grand Sud Caraïbe : la convention territoriale globale est signée\n"
                         "La communauté d'agglomération Grand Sud Caraïbe a signé sa CTG en 2022 avec la Caf de la "
                         "Guadeloupe. Elle porte sur la petite enfance et la jeunesse.\n")


def test_territory_signed_its_own_in_an_earlier_year_is_no_party(parties_nlp):
    # "X a signé sa CTG en 2022" beside the page's own signatory kept without that mention: another convention
    names = partner_names(parties_nlp, EARLIER_SIGNING)
    assert _has(names, "Cap Excellence", "epci"), names
    assert not _has(names, "Grand Sud"), names


def test_page_of_a_territory_that_signed_its_own_keeps_it(parties_nlp):
    # guard: the page's only territory, told with the same words, is the page's signatory
    names = partner_names(parties_nlp, OWN_SIGNING_IN_A_YEAR)
    assert _has(names, "Grand Sud", "epci"), names


RENEWED_LAST_YEAR = ("Dole : la convention territoriale globale signée pour cinq ans\n"
                     "Mercredi, le président de la communauté d'agglomération du Grand Dole et la directrice de la Caf "
                     "du Jura ont signé la convention territoriale globale 2025-2029 à l'hôtel d'agglomération.\n"
                     "Elle couvre les 47 communes de l'agglomération et porte sur la petite enfance et la jeunesse.\n"
                     "Dans le département, les communautés de communes du Val d'Amour et de Bresse Haute Seille ont "
                     "renouvelé leur CTG l'an dernier.\n")


def test_territories_that_renewed_theirs_last_year_are_no_parties(parties_nlp):
    # "ont renouvelé leur CTG l'an dernier": the relative year as the bare one ("en 2022")
    names = partner_names(parties_nlp, RENEWED_LAST_YEAR)
    assert _has(names, "Grand Dole", "epci"), names
    assert not _has(names, "Val d'Amour") and not _has(names, "Bresse"), names


# -- the convention's acronym before an EPCI's kind word --------------------------------------------------------------

RUNNING_HEADER = ("CTG Agglomération du Grand Verdun 2024-2028\n"
                  "— 12 —\n"
                  "Article 9 – Signatures\n"
                  "La présente convention est établie en trois exemplaires originaux.\n"
                  "Fait à Verdun, le 3 avril 2024\n"
                  "Pour la Caisse d'allocations familiales de la Meuse, la Directrice\n"
                  "Pour la Communauté d'agglomération du Grand Verdun, le Président\n"
                  "CTG Agglomération du Grand Verdun 2024-2028\n")


def test_convention_acronym_before_agglomeration_is_no_epci(parties_nlp):
    # "CTG Agglomération ..." in a convention's running header: the CTG's name, never an EPCI "CTG Agglomération"
    names = partner_names(parties_nlp, RUNNING_HEADER)
    assert not any(n.startswith("CTG") for n in names), names
    assert _has(names, "Grand Verdun", "epci"), names


# -- a natural area named like a commune or an EPCI -------------------------------------------------------------------

NATURAL_AREAS = ("Castres : l'agglomération et la Caf signent la convention territoriale globale\n"
                 "Lundi, le président de la communauté d'agglomération de Castres-Mazamet et la directrice de la Caf "
                 "du Tarn ont signé la convention territoriale globale 2025-2029.\n"
                 "Le diagnostic a montré que les familles des secteurs ruraux de la Montagne Noire et des monts de "
                 "Lacaune manquent de places d'accueil pour les tout-petits.\n")


def test_natural_areas_are_no_parties(parties_nlp):
    # "les secteurs ruraux de la Montagne Noire", "les monts de Lacaune": areas, not the EPCI or the commune named
    # like them
    names = partner_names(parties_nlp, NATURAL_AREAS)
    assert _has(names, "Castres", "epci"), names
    assert not _has(names, "Montagne Noire") and not _has(names, "Lacaune"), names


SIGNED_AT_ITS_SCALE = ("La communauté de communes de la Montagne Noire et la Caf de l'Aude ont signé la convention "
                       "territoriale globale, qui couvre les communes de l'intercommunalité.\n")


def test_epci_named_in_full_keeps_its_signing(parties_nlp):
    # guard: the EPCI named with its kind in a signing sentence
    names = partner_names(parties_nlp, SIGNED_AT_ITS_SCALE)
    assert _has(names, "Montagne Noire", "epci"), names


AT_THE_EPCIS_SCALE = ("Conseil municipal de Revel – séance du 12 juin 2024\n"
                      "Convention territoriale globale 2024-2028 avec la Caf de la Haute-Garonne\n"
                      "La CTG est conclue à l'échelle de la Communauté de communes Lauragais Revel Sorèzois et signée "
                      "par l'intercommunalité, la Caf et chacune des communes membres. Le conseil autorise le maire à "
                      "la signer.\n")


def test_epci_written_with_its_kind_at_its_scale_signs(parties_nlp):
    # guard: "à l'échelle de la Communauté de communes X": the EPCI written with its kind is the EPCI, not an area
    names = partner_names(parties_nlp, AT_THE_EPCIS_SCALE)
    assert _has(names, "Lauragais Revel", "epci"), names
