"""Parties: classes of pages read in session 24 (the written sets read_bv, read_bw and read_bx, blind until then), one
example each, written for these tests (never taken from the gold texts nor the written sets)."""

from __future__ import annotations

from conftest import partner_names


def _has(names: dict[str, str], word: str, kind: str | None = None) -> bool:
    return any(word in n and (kind is None or t == kind) for n, t in names.items())


def test_other_epci_that_had_signed_in_the_pluperfect(parties_nlp):
    # a closing line on another territory's earlier CTG, told in the pluperfect: not this page's party
    text = ("La communauté de communes Val de Cher Controis signe sa CTG\n"
            "La communauté de communes Val de Cher Controis et la Caf de Loir-et-Cher ont signé lundi 3 juin 2024 "
            "leur convention territoriale globale pour la période 2024-2028.\n"
            "Le plan d'actions porte sur la petite enfance, la jeunesse et l'accès aux droits.\n"
            "Agglopolys avait signé sa CTG en mars 2022.")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Controis", "epci"), names
    assert not _has(names, "Agglopolys"), names


def test_others_already_signed_and_one_still_to_do_by_ellipsis(parties_nlp):
    # "A et B ont déjà signé, C doit le faire en septembre": the Caf's map of the other territories
    text = ("La communauté de communes Val de Cher Controis et la Caf de Loir-et-Cher ont signé jeudi leur convention "
            "territoriale globale pour 2024-2028.\n"
            "« Cette signature complète la carte », souligne la Caf : Agglopolys et la communauté de communes du "
            "Grand Chambord ont déjà signé, la communauté de communes du Romorantinais et du Monestois doit le faire "
            "en septembre.")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Controis", "epci"), names
    for other in ("Agglopolys", "Chambord", "Romorantinais"):
        assert not _has(names, other), names


def test_page_epci_joining_those_that_signed_already_stays(parties_nlp):
    # guard: "X rejoindra ainsi A et B, qui ont déjà signé" tells A's and B's signing, not X's: X is the page's EPCI
    text = ("La communauté de communes du Grand Chambord prépare sa future convention territoriale globale avec la "
            "Caf de Loir-et-Cher. Un questionnaire est adressé aux familles jusqu'au 15 mars.\n"
            "La signature est envisagée pour la fin de l'année. Le Grand Chambord rejoindra ainsi Agglopolys et "
            "Val de Cher Controis, qui ont déjà signé.")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Chambord", "epci"), names
    assert not _has(names, "Agglopolys") and not _has(names, "Controis"), names


def test_ctgs_of_other_territories_signed_earlier_by_name_and_ellipsis(parties_nlp):
    # "la CTG de X avait été signée en 2019, celle de Y en 2020": the page's own territory signs, X and Y signed before
    text = ("La communauté de communes Val de Cher Controis et la Caf de Loir-et-Cher ont signé ce mardi une "
            "convention territoriale globale pour cinq ans.\n"
            "Dans le département, la CTG d'Agglopolys avait été signée en 2019, celle du Grand Chambord en 2020.")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Controis", "epci"), names
    assert not _has(names, "Agglopolys") and not _has(names, "Chambord"), names


def test_tally_of_the_ctgs_signed_with_named_epci(parties_nlp):
    # "Le département compte désormais trois CTG signées, avec X et Y": a tally, the others named after "avec"
    text = ("La communauté de communes Val de Cher Controis et la Caf de Loir-et-Cher ont signé leur convention "
            "territoriale globale le 4 avril 2024.\n"
            "Le Loir-et-Cher compte désormais trois CTG signées, avec Agglopolys et la communauté de communes du "
            "Grand Chambord.")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Controis", "epci"), names
    assert not _has(names, "Agglopolys") and not _has(names, "Chambord"), names


def test_bulleted_overview_under_a_covered_departement(parties_nlp):
    # a Caf's overview of the département's CTGs under "est désormais couvert :", the page's own signing above it
    text = ("La Caf de Loir-et-Cher et la communauté de communes Val de Cher Controis ont signé le 4 avril 2024 leur "
            "convention territoriale globale.\n"
            "Avec cette signature, tout le Loir-et-Cher est désormais couvert :\n"
            "- CTG d'Agglopolys : signée en mai 2022 (2022-2026)\n"
            "- CTG de la communauté de communes du Grand Chambord : signée en janvier 2023 (2023-2027)\n"
            "- CTG de Val de Cher Controis : signée le 4 avril 2024 (2024-2028)")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Controis", "epci"), names
    assert not _has(names, "Agglopolys") and not _has(names, "Chambord"), names


def test_others_of_a_valley_due_to_renew(parties_nlp):
    # "Les autres intercommunalités de la vallée, dont X, doivent renouveler leur convention": not the page's party
    text = ("La communauté de communes Val de Cher Controis s'apprête à renouveler sa convention territoriale globale "
            "avec la Caf de Loir-et-Cher : la signature est prévue le 5 février.\n"
            "Les autres intercommunalités du département, dont Agglopolys, doivent renouveler leur convention d'ici "
            "l'été.")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Controis", "epci"), names
    assert not _has(names, "Agglopolys"), names


def test_span_of_member_towns_with_contracted_article(parties_nlp):
    # "les quatorze communes, du Lamentin à Sainte-Luce, sont co-signataires": the span's ends, not listed signatories
    text = ("Le 2 mai 2024, la Caf de la Martinique et la Communauté d'agglomération de l'Espace Sud de la Martinique "
            "ont signé leur convention territoriale globale. Les douze communes du territoire, du Vauclin aux "
            "Anses-d'Arlet, sont co-signataires de la convention.")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Espace Sud", "epci"), names
    assert not _has(names, "Vauclin") and not _has(names, "Anses"), names


def test_tally_list_after_ainsi_que(parties_nlp):
    # "19 des 21 intercommunalités sont couvertes, ainsi que la ville de A et B": counted, not the page's parties
    text = ("Trois nouvelles CTG ont été signées en juin avec la Caf du Finistère : Douarnenez Communauté, "
            "Haut-Léon Communauté et Pleyben-Châteaulin-Porzay.\n"
            "Avec ces signatures, 19 des 21 intercommunalités sont désormais couvertes par une CTG, ainsi que la ville "
            "de Quimper et Quimper Bretagne Occidentale.")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Douarnenez", "epci") and _has(names, "Haut-Léon", "epci"), names
    assert not _has(names, "Quimper"), names


def test_page_signing_told_with_its_own_earlier_ctg_stays(parties_nlp):
    # guard: the page's own town told with its earlier CTG in the pluperfect, named again as it signs the new one
    text = ("La ville de Vendôme, qui avait signé sa première CTG en 2019, a renouvelé ce lundi sa convention "
            "territoriale globale avec la Caf de Loir-et-Cher pour 2024-2027.\n"
            "Pour Vendôme, les priorités sont la petite enfance et la jeunesse.")
    names = partner_names(parties_nlp, text)
    assert names.get("Vendôme") == "commune", names


def test_gazetteer_reads_no_epci_name_across_a_comma_it_does_not_hold():
    # "Le Sud, territoire rural de ..." is no "Communauté de communes du Sud Territoire": past a comma, only an EPCI
    # whose official name holds one ("Granville, Terre et Mer") reads on
    from ctgminer.gazetteer import get_gazetteer, match_places

    gaz = get_gazetteer()
    text = "Pour le Sud, territoire rural de 20 000 habitants, la convention prévoit deux crèches."
    assert not any(m.kind == "epci" for m in match_places(gaz, text))
    text = "La communauté de communes Granville, Terre et Mer a signé sa CTG."
    assert any(m.kind == "epci" and "Granville" in text[m.start:m.end] and "Mer" in text[m.start:m.end]
               for m in match_places(gaz, text))


def test_epci_named_on_the_headline_as_the_audience_of_a_town_signing(parties_nlp):
    # a Caf's news page: the town signs "pour les familles de la Haute-Saintonge", the EPCI's bare name as the audience
    # on the headline is not the page's EPCI heading its own report
    text = ("caf.fr > Ma Caf > Caf de la Charente-Maritime > Actualités\n"
            "Jonzac s'engage avec la Caf pour les familles de la Haute-Saintonge\n"
            "12/03/2024\n"
            "La commune de Jonzac et la Caf de la Charente-Maritime ont signé le lundi 11 mars 2024 une convention "
            "territoriale globale pour la période 2024-2028. La cérémonie s'est tenue à l'hôtel de ville.")
    names = partner_names(parties_nlp, text)
    assert names.get("Jonzac") == "commune", names
    assert not _has(names, "Saintonge"), names


def test_signature_block_by_the_signatories_titles(parties_nlp):
    # a convention's last page: under "Fait à", each signatory's title on its own line, the EPCI named after its
    # president's title, the Caf's director on the next line; no "Pour la ..." cell, no signing word
    text = ("Article 12 – Durée\n"
            "La présente convention est conclue pour la période du 1er janvier 2023 au 31 décembre 2027.\n"
            "Fait à Rodez, le 6 février 2023\n"
            "En 3 exemplaires originaux\n"
            "Le Président de la Communauté d'agglomération Rodez Agglomération\n"
            "Le Directeur de la Caf de l'Aveyron\n"
            "Page 14/14")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Rodez", "epci"), names


def test_title_line_without_a_signing_place_names_no_party(parties_nlp):
    # guard: a president's title in a staff list, no "Fait à" above it, is no signature block
    text = ("Comité de pilotage du 6 février 2023 – liste des participants\n"
            "Le Président de la Communauté d'agglomération Rodez Agglomération\n"
            "Le Directeur de la Caf de l'Aveyron\n"
            "Ordre du jour : bilan des accueils de loisirs, projet de ludothèque.")
    names = partner_names(parties_nlp, text)
    assert not _has(names, "Rodez"), names
