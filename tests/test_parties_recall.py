"""Parties: the classes of pages behind the out-of-fold errors of the signing model (issue #9), one example each,
written for these tests (never taken from the gold texts)."""

from __future__ import annotations

import pytest
import spacy

from ctgminer.extract.components.parties.component import PartiesComponent
from ctgminer.text.sentences import Sentences


@pytest.fixture(scope="module")
def nlp():
    import ctgminer.extract.components  # noqa: F401  (registers the factories)

    pipeline = spacy.blank("fr")
    pipeline.add_pipe("ctg_parties")
    return pipeline


@pytest.fixture(scope="module")
def comp():
    return PartiesComponent(None)


def names(nlp, text: str) -> set[str]:
    doc = nlp(text)
    return {span._.value.name for span in doc.spans["partners"]}


def features_of(comp: PartiesComponent, text: str, mention: str) -> dict[str, float]:
    """The features of the first candidate whose text is `mention`."""
    caf_dep, _ = comp.find_caf(text)
    cands, _ = comp.scored_candidates(text, Sentences(text), caf_dep)
    found = [c for c in cands if text[c.start:c.end] == mention]
    assert found, [text[c.start:c.end] for c in cands]
    return found[0].extra["features"]


AUDIENCE = "La Caf du Lot reçoit les habitants de Figeac, Capdenac et Cajarc. La ville de Figeac a signé la CTG."
# a dateline with its date ("Rodez, le 12 mars 2024 – ..."), as press agencies and Caf releases open
DATED_LINE = ("Rodez, le 12 mars 2024 – La Communauté de communes de Millau Grands Causses et la Caf de l'Aveyron "
              "ont signé la convention territoriale globale.")
DATELINE = ("Creissels. La Communauté de communes de Millau Grands Causses et la Caf de l'Aveyron ont signé la "
            "convention territoriale globale jeudi.")


@pytest.mark.parametrize("text,mention", [
    # a body named in a list beside the Caf: after it...
    ("Elle associe aussi la Caf de la Haute-Loire, la MSA Auvergne et la communauté de communes du Haut-Allier.",
     "MSA Auvergne"),
    # ... or before it, the Caf's name in parentheses
    ("La CTG a été signée par la DRAC et la Caisse d'allocations familiales (Caf) de la Haute-Loire.", "DRAC"),
])
def test_caf_list_feature(comp, text, mention):
    f = features_of(comp, text, mention)
    assert f["caf_list"] == 1.0
    assert f["caf_list_sign"] == 1.0


@pytest.mark.parametrize("verb", ["signée", "officialisée"])  # the signing in other words, as pages write it
def test_msa_and_state_service_beside_the_caf_sign(nlp, verb):
    text = (f"La convention territoriale globale du Haut-Allier a été {verb} jeudi par la communauté de communes du "
            "Haut-Allier, la Caf de la Haute-Loire, la MSA Auvergne et la DDETS.")
    found = names(nlp, text)
    assert {"MSA Auvergne", "DDETS"} <= found, found


@pytest.mark.parametrize("text,absent,signer", [
    # the public a CTG meeting invites is not a signatory (Lunac, Bor-et-Bar and Pradinas lie in the Aveyron)
    ("Le Sivom du Ségala et la Caf de l'Aveyron ont signé la convention territoriale globale en 2024. Samedi, la "
     "CTG a invité la population de Lunac, Bor-et-Bar et Pradinas à une réunion publique.",
     {"Lunac", "Bor-et-Bar", "Pradinas"}, "Ségala"),
    # a press dateline names the town the news comes from; the signing EPCI is named in the sentence
    (DATELINE, {"Creissels"}, "Millau"),
    (DATED_LINE, {"Rodez"}, "Millau"),
    # "l'Hotel de Ville de X" (no circumflex): a venue, like "l'hôtel de ville de X"
    ("La CTG a été signée à l'Hotel de Ville de Creissels par la Communauté de communes de Millau Grands Causses "
     "et la Caf de l'Aveyron.", {"Creissels"}, "Millau"),
])
def test_no_partner_beside_the_signer(nlp, text, absent, signer):
    found = names(nlp, text)
    assert not found & absent and any(signer in n for n in found), found


@pytest.mark.parametrize("text,mention,feature,value", [
    # the Caf must stand beside the body in the list
    ("La MSA Auvergne a ouvert une agence, et la Caf de la Haute-Loire a signé une convention.", "MSA Auvergne",
     "caf_list", 0.0),
    # "les habitants de" before a list of names; not when the names come after other words
    (AUDIENCE, "Capdenac", "audience_of", 1.0),
    (AUDIENCE, "ville de Figeac", "audience_of", 0.0),
    # a town alone at a line's start before a full stop is a dateline; one opening a sentence is not
    (DATELINE, "Creissels", "dateline", 1.0),
    (DATED_LINE, "Rodez", "dateline", 1.0),
    ("Le maire de Rodez, le 12 mars 2024, a signé la CTG avec la Caf de l'Aveyron.", "Rodez", "dateline", 0.0),
    ("La Caf de l'Aveyron et la commune ont signé. Creissels compte 2 700 habitants.", "Creissels", "dateline", 0.0),
])
def test_feature_value(comp, text, mention, feature, value):
    assert features_of(comp, text, mention)[feature] == value


def test_named_as_in_a_convention_preamble(comp):
    text = ("Entre la Caisse d'allocations familiales de la Corrèze, d'une part,\nEt la Commune de Brive-la-"
            "Gaillarde, ci-après dénommée « la Commune de Brive-la-Gaillarde », d'autre part.")
    assert features_of(comp, text, "Commune de Brive-la-Gaillarde")["named_as"] == 0.0
    caf_dep, _ = comp.find_caf(text)
    cands, _ = comp.scored_candidates(text, Sentences(text), caf_dep)
    quoted = [c for c in cands if c.start > text.index("«")]
    assert quoted and all(c.extra["features"]["named_as"] == 1.0 for c in quoted)


@pytest.mark.parametrize("text,absent", [
    # a territory named after a commune: "le pays de X", a river's valley, a canton
    ("La Communauté d'agglomération du Pays de Meaux et la Caf de Seine-et-Marne ont signé la CTG. « Un "
     "engagement de la Caf avec le pays de Meaux », a dit le président.", "Meaux"),
    ("La Communauté de communes Loir Lucé Bercé et la Caf de la Sarthe ont signé la convention territoriale "
     "globale pour les familles de la vallée du Loir et du canton de Château-du-Loir.", "Château-du-Loir"),
    # a facility's location
    ("La convention territoriale globale signée par la Communauté d'agglomération du Pays Ajaccien et la Caf de "
     "Corse-du-Sud prévoit l'extension de la crèche d'Afa.", "Afa"),
])
def test_places_named_after_a_commune_are_no_partner(nlp, text, absent):
    found = names(nlp, text)
    assert absent not in found and found, found


def test_short_form_of_the_texts_commune_is_no_far_homonym(comp):
    # "La Seyne" for La Seyne-sur-Mer (Var, 83126), not Seyne (Alpes-de-Haute-Provence)
    text = ("A La Seyne, des milliers de familles perçoivent une prestation de la Caf du Var. La Caf du Var et la "
            "commune de La Seyne-sur-Mer ont signé la convention territoriale globale.")
    caf_dep, _ = comp.find_caf(text)
    cands, _ = comp.scored_candidates(text, Sentences(text), caf_dep)
    far = [c for c in cands if c.type == "commune" and c.place is not None and c.place.departement != "83"]
    assert far and all(c.extra["features"]["local_namesake"] == 1.0 and comp.vetoed(c) for c in far)


PREAMBLE = """CONVENTION TERRITORIALE GLOBALE 2024-2028

ENTRE :
- La Caisse d'allocations familiales de la Corrèze, représentée par son Directeur, M. Marc Lenoir ;
Ci-après dénommée « la Caf » ;
ET
- La Commune de Malemort, représentée par son Maire, M. Luc Sabatier, dûment autorisé à signer la présente \
convention par délibération du Conseil municipal ;
Ci-après dénommée « la Commune de Malemort » ;
- Le SIVOM de la Vallée de la Loyre, représenté par son Président, M. Jean Bordas, dûment autorisé ;
Ci-après dénommé « le SIVOM » ;
- La Commune de , représentée par son Maire, M. Paul Vergne (name lost by the PDF reader) ;
Ci-après dénommée « la Commune d'Ussac » ;
- Le SIVOM D’Objat, représenté par sa Présidente ;
Ci-après dénommé « le SIVOM d’Objat » ;
""" + "\n".join(f"Article {n}. Les parties conviennent de coordonner leurs actions en faveur des familles du "
                f"territoire, de la petite enfance à la jeunesse, de l'accès aux droits au logement." for n in range(1, 30))


def test_a_convention_preamble_defines_its_parties(nlp, comp):
    # a long formal convention: the parties stand in its preamble, far from the CTG's name; the Caf's seat
    # ("Caisse d'allocations familiales de la Corrèze") is no party
    caf_dep, _ = comp.find_caf(PREAMBLE)
    cands, _ = comp.scored_candidates(PREAMBLE, Sentences(PREAMBLE), caf_dep)
    preamble = {c.name for c in cands if comp.preamble_party(c)}
    assert {"Malemort", "Ussac"} <= preamble and any("SIVOM" in n for n in preamble), preamble
    found = names(nlp, PREAMBLE)
    assert {"Malemort", "Ussac"} <= found and any("SIVOM" in n for n in found), found
    # a syndicat written "SIVOM D’Objat" (capital D) is one party, typed other, never the commune Objat
    assert "Objat" not in found and any("Objat" in n for n in found), found


def test_an_official_represented_in_a_sentence_is_no_preamble(comp):
    text = "La commune de Malemort, représentée par son maire, a présenté la convention territoriale globale."
    cands, _ = comp.scored_candidates(text, Sentences(text), comp.find_caf(text)[0])
    assert cands and not any(comp.preamble_party(c) for c in cands)


def test_postal_address_is_no_partner(comp):
    text = ("La Caf de la Gironde, dont le siège est situé rue du Docteur Gabriel Péry, 33078 Bordeaux Cedex, et la "
            "commune du Barp ont signé la convention territoriale globale. Courrier : Mérignac Cedex.")
    cands, _ = comp.scored_candidates(text, Sentences(text), comp.find_caf(text)[0])
    seats = [c for c in cands if c.name in {"Bordeaux", "Mérignac"}]
    assert seats and all(c.extra["features"]["address"] == 1.0 and comp.vetoed(c) for c in seats)


def test_list_of_an_associating_sentence(comp):
    text = ("La Caf de l'Aude a signé la convention territoriale globale avec la ville de Limoux. Elle associe "
            "aussi la préfecture de l'Aude, le Département et la MSA Grand Sud.")
    cands, _ = comp.scored_candidates(text, Sentences(text), comp.find_caf(text)[0])
    msa = [c for c in cands if c.type == "msa"]
    assert msa and msa[0].extra["features"]["list_assoc"] == 1.0


def test_epci_named_by_an_acronym_its_official_name_holds_in_parentheses(nlp):
    # the official name carries its acronym, "Communauté d'agglomération Porte de l'Isère (CAPI)"; pages write
    # the acronym alone, or the name without it: one partner, linked
    from ctgminer.gazetteer import acronyms_of, get_gazetteer

    gaz = get_gazetteer()
    assert gaz.epci_by_acronym("CAPI", "38").code == "243800604"
    assert gaz.epci("Communauté d'agglomération Porte de l'Isère", "38").code == "243800604"
    assert "CCVBA" in acronyms_of("Communauté de communes Vallée des Baux-Alpilles (CC VBA)")
    assert "CAV" in acronyms_of("Communauté d'agglomération Vitré Communauté")
    text = ("Signature de la CTG : la CAPI et la Caf de l'Isère s'engagent pour les familles. La Communauté "
            "d'agglomération Porte de l'Isère compte 22 communes.")
    doc = nlp(text)
    values = [span._.value for span in doc.spans["partners"]]
    assert [v.insee_code for v in values] == ["243800604"], values


@pytest.mark.parametrize("verb", ["signée", "paraphée"])
def test_party_of_another_convention(nlp, verb):
    text = ("La communauté de communes du Val d'Essonne et la Caf de l'Essonne ont signé la convention territoriale "
            f"globale, la deuxième du département (après celle {verb} avec la communauté d'agglomération Étampois "
            "Sud Essonne).")
    found = names(nlp, text)
    assert not [n for n in found if "tampois" in n] and any("Val d'Essonne" in n for n in found), found


@pytest.mark.parametrize("text,expected", [
    ("La communauté de communes Cazals-Salviac a signé la convention territoriale globale avec la Caf du Lot. La "
     "MSA Midi-Pyrénées Nord et l'État sont également signataires.", {"MSA Midi-Pyrénées Nord", "État"}),
    ("Convention territoriale globale du Limouxin\nLes signataires : la Caf de l'Aude, la communauté de communes "
     "du Limouxin et la DDETS de l'Aude.", {"DDETS"}),
])
def test_signatories_stated_outright(nlp, text, expected):
    found = names(nlp, text)
    assert expected <= found, found


def test_possible_signatories_are_not_stated_ones(nlp):
    text = ("La ville de Limoux a signé la convention territoriale globale avec la Caf de l'Aude. D'autres acteurs "
            "peuvent être signataires : l'État, la MSA ou la CPAM.")
    found = names(nlp, text)
    assert not found & {"État", "MSA", "CPAM"} and "Limoux" in found, found


def test_dateline_of_the_only_territory_is_the_party(nlp):
    # "la ville" names no town: the dateline is the text's only territory, so it is the signing commune
    text = "Aurillac. La ville et la Caf du Cantal ont signé lundi la convention territoriale globale pour 2025-2029."
    assert "Aurillac" in names(nlp, text)


@pytest.mark.parametrize("text,code,kind", [
    # a communauté d'agglomération named after its main town: the EPCI (Brive-la-Gaillarde's), not the commune
    ("L'agglomération de Brive et la Caf de la Corrèze ont signé la convention territoriale globale.",
     "200043172", "epci"),
    # a syndicat with its purpose in capitals before its territory: a syndicat (other), not the EPCI it names
    ("Le SIVU Enfance Jeunesse du Pays de Lumbres et la Caf du Pas-de-Calais ont signé la convention "
     "territoriale globale.", None, "other"),
])
def test_bodies_named_after_a_territory(nlp, text, code, kind):
    doc = nlp(text)
    values = [span._.value for span in doc.spans["partners"]]
    assert [(v.insee_code, v.type) for v in values] == [(code, kind)], values


def test_bulleted_list_of_signatories(nlp):
    text = ("Convention territoriale globale du Ségala\n\nOnt signé la convention :\n- la Caf de l'Aveyron\n"
            "- la commune de Lunac\n- la commune de Pradinas\n- la MSA Midi-Pyrénées Nord\n\nElle court jusqu'en 2028.")
    found = names(nlp, text)
    assert {"Lunac", "Pradinas", "MSA Midi-Pyrénées Nord"} <= found, found


def test_bulleted_list_of_possible_signatories_is_not_stated(comp):
    text = ("La ville de Limoux a signé la convention territoriale globale avec la Caf de l'Aude.\n"
            "D'autres partenaires peuvent la signer :\n- la MSA Grand Sud\n- la CPAM de l'Aude")
    f = features_of(comp, text, "MSA Grand Sud")
    assert f["declared"] == 0.0


@pytest.mark.parametrize("text,code", [
    # an acronym of another first letter than C, written out by the official name ("... Côte Ouest (TCO)")
    ("Le TCO et la Caf de La Réunion ont signé la convention territoriale globale jeudi.", "249740101"),
    # an EPCI whose name is an acronym ("Communauté d'agglomération CIVIS (...)")
    ("La CIVIS et la Caf de La Réunion ont signé la convention territoriale globale.", "249740077"),
])
def test_epci_by_a_written_out_acronym(nlp, text, code):
    doc = nlp(text)
    assert [span._.value.insee_code for span in doc.spans["partners"]] == [code]


def test_capitalised_words_are_no_epci_acronym(nlp):
    # capitals that no EPCI name writes out are no candidates ("RPE", "LAEP")
    doc = nlp("La ville de Cahors et la Caf du Lot ont signé la CTG : un RPE et un LAEP ouvriront en 2025.")
    assert [span._.value.type for span in doc.spans["partners"]] == ["commune"]


SELF_PAGE = ("Bien vivre ensemble\nLa convention territoriale globale (CTG) traduit la volonté de la commune de porter "
             "un projet social de territoire. Elle se concrétise par la signature d'un accord entre la commune et la "
             "Caf de l'Aveyron pour 2024-2027.")


@pytest.mark.parametrize("url,expected", [
    # a commune's own site that calls itself "la commune": the site's name is the party
    ("https://www.mairie-lunac.fr/actualites/ctg", {("Lunac", "12135")}),
    ("https://lunac.fr/vivre/ctg", {("Lunac", "12135")}),
    # a newspaper's site names no party; a commune of another département neither (Lunac is in the Aveyron)
    ("https://www.ladepeche.fr/2024/03/01/ctg.html", set()),
    ("https://www.ville-cahors.fr/ctg", set()),
    (None, set()),
])
def test_the_site_names_its_own_commune(nlp, url, expected):
    doc = nlp.make_doc(SELF_PAGE)
    doc._.url = url
    doc = nlp(doc)
    assert {(s._.value.name, s._.value.insee_code) for s in doc.spans["partners"]} == expected


def test_the_site_is_no_party_beside_a_named_one(nlp):
    text = ("La commune de Lunac et la Caf de l'Aveyron ont signé la convention territoriale globale. La commune "
            "s'engage pour quatre ans.")
    doc = nlp.make_doc(text)
    doc._.url = "https://www.ville-rodez.fr/ctg"
    doc = nlp(doc)
    assert [s._.value.name for s in doc.spans["partners"]] == ["Lunac"]


def test_collectivite_with_its_own_status_is_other(nlp):
    text = ("La Collectivité de Saint-Barthélemy et la Caf de la Guadeloupe ont signé la convention territoriale "
            "globale jeudi.")
    doc = nlp(text)
    values = [(s._.value.name, s._.value.type) for s in doc.spans["partners"]]
    assert values == [("Collectivité de Saint-Barthélemy", "other")], values


def test_listed_beside_the_caf_after_entre_in_a_signing_sentence(nlp):
    # an official's speech: the signing sentence stands far from the CTG's name, at the end of a long text
    text = ("Discours du président pour la convention territoriale globale\n\n"
            + "Les familles attendent des réponses concrètes sur la garde des enfants et sur l'accès aux droits. " * 25
            + "\nCe document que nous allons signer est un levier pour travailler ensemble entre la Caf des "
              "Alpes-Maritimes, la MSA Provence Azur et la communauté d'agglomération du Pays de Grasse.")
    found = names(nlp, text)
    assert {"MSA Provence Azur"} <= found and any("Grasse" in n for n in found), found


def test_another_agreements_list_is_not_stated(comp):
    # "entre la Caf, X et Y" about another agreement (a partnership, the COG) states no CTG party
    text = ("La Caf du Lot a signé une convention de partenariat entre la Caf, la CPAM et la MSA pour l'accès aux "
            "droits. La convention territoriale globale de Cahors sera renouvelée en 2025.")
    cands, _ = comp.scored_candidates(text, Sentences(text), comp.find_caf(text)[0])
    cpam = [c for c in cands if c.name == "CPAM"]
    assert cpam and cpam[0].extra["features"]["sent_other_scheme"] == 1.0 and not comp.stated_party(cpam[0])


def test_related_articles_name_no_partner(nlp):
    # a related-articles block closing the page: its headlines are other stories
    text = ("La Communauté de communes du Grand Figeac et la Caf du Lot ont signé la convention territoriale "
            "globale.\n\nSur le même sujet\nLa commune de Cajarc inaugure sa crèche\nLa CTG de Cahors signée en mairie")
    found = names(nlp, text)
    assert not {"Cajarc", "Cahors"} & found and any("Figeac" in n for n in found), found


@pytest.mark.parametrize("text,mention,sole", [
    # an explainer whose only commune stands in a digression: no signing territory
    ("Qu'est-ce qu'une convention territoriale globale ? C'est une démarche de la Caf qui couvre la petite "
     "enfance et la jeunesse.\nPar ailleurs, le conseil municipal de Lectoure a voté son budget.", "Lectoure", 0.0),
    # the page's own commune, presented as such, stays the only territory of the CTG text
    ("La commune de Lectoure est située dans le Gers. Elle a signé une convention territoriale globale avec la Caf.",
     "commune de Lectoure", 1.0),
])
def test_sole_territory_is_where_the_news_is_told(comp, text, mention, sole):
    assert features_of(comp, text, mention).get("sole_territory", 0.0) == sole


def test_capital_word_of_a_name_is_no_acronym(nlp):
    # names in capitals, as signature blocks write them: "CLAP" is the last word of the commune, not an EPCI's acronym
    text = ("La communauté de communes de Cèze Cévennes et la Caf du Gard ont signé la convention territoriale "
            "globale, avec Paul Roux, maire de MÉJANNES LE CLAP.")
    found = names(nlp, text)
    assert "CLAP" not in found and any("Cèze" in n for n in found), found

