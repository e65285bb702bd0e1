"""Parties: classes of pages read in session 25 (the written sets read_by, read_bz and read_ca, blind until then), one
example each, written for these tests (never taken from the gold texts nor the written sets)."""

from __future__ import annotations

from conftest import partner_names

from ctgminer.text.normalise import unwrap_lines


def _has(names: dict[str, str], word: str, kind: str | None = None) -> bool:
    return any(word in n and (kind is None or t == kind) for n, t in names.items())


def test_next_signings_announced_for_other_territories(parties_nlp):
    # a Caf's round-up closing on the next signings: other territories' conventions, still to come
    text = ("Caf de la Somme – Actualités\n"
            "Deux nouvelles conventions territoriales globales signées en mars\n"
            "La Caf de la Somme et la communauté de communes du Vimeu ont signé le 12 mars 2024 leur convention "
            "territoriale globale pour 2024-2028. Le 21 mars, c'était au tour de la communauté de communes du "
            "Territoire Nord Picardie.\n"
            "Prochaines signatures prévues en juin : la communauté de communes Nièvre et Somme et la communauté de "
            "communes du Val de Somme.")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Vimeu", "epci") and _has(names, "Nord Picardie", "epci"), names
    assert not _has(names, "Nièvre et Somme") and not _has(names, "Val de Somme"), names


def test_next_step_signing_of_another_epci(parties_nlp):
    # "Prochaine étape : la signature de la CTG de la CC X" on a page about another EPCI's signing
    text = ("La communauté de communes du Vimeu et la Caf de la Somme ont signé mardi 12 mars 2024 leur convention "
            "territoriale globale. Le plan d'actions porte sur la petite enfance et la jeunesse.\n"
            "Prochaine étape : la signature de la CTG de la communauté de communes du Val de Somme, prévue au "
            "printemps.")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Vimeu", "epci"), names
    assert not _has(names, "Val de Somme"), names


def test_heading_asking_about_the_neighbouring_territories(parties_nlp):
    # an aside under "Et dans les communes voisines ?": the neighbours' own CTGs, engaged or signed
    text = ("La communauté de communes du Pays de Lunel et la Caf de l'Hérault ont signé le 4 avril 2024 leur "
            "convention territoriale globale pour 2024-2028.\n"
            "Le plan d'actions retient la petite enfance, la jeunesse et l'accès aux droits.\n"
            "Et dans les territoires voisins ?\n"
            "La communauté de communes du Grand Pic Saint-Loup et celle des Cévennes Gangeoises et Suménoises ont "
            "elles aussi engagé ou signé leur CTG.")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Lunel", "epci"), names
    assert not _has(names, "Pic Saint-Loup") and not _has(names, "Gangeoises"), names


def test_steering_committee_gathering_the_signing_towns_and_another_body(parties_nlp):
    # "un comité de pilotage réunissant ..., les communes signataires et le Département": who follows, not who signs
    text = ("La communauté de communes du Pays de Lunel et la Caf de l'Hérault ont signé le 4 avril 2024 la "
            "convention territoriale globale.\n"
            "Un comité de pilotage réunissant la communauté de communes, la Caf, les communes signataires et le "
            "Département se réunira chaque année.")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Lunel", "epci"), names
    assert not any(t == "departement" for t in names.values()), names


def test_signature_block_of_mayors_under_the_place_and_date(parties_nlp):
    # a convention's end: "Fait à ..." then the officials' titles, one per line, the mayors' towns far below it
    text = ("CONVENTION TERRITORIALE GLOBALE 2024-2028\n"
            "Article 8 – Durée\n"
            "La présente convention est conclue pour cinq ans, du 1er janvier 2024 au 31 décembre 2028.\n"
            "Fait à Sallanches, le 5 mars 2024\n"
            "Le Président du conseil d'administration de la Caf de la Haute-Savoie\n"
            "La Directrice de la Caf de la Haute-Savoie\n"
            "Le Président de la Communauté de communes Pays du Mont-Blanc\n"
            "Le Maire de Sallanches\n"
            "La Maire de Passy\n"
            "Le Maire de Combloux\n"
            "Le Maire de Cordon\n"
            "Le Maire de Domancy\n"
            "La Maire de Demi-Quartier\n"
            "Le Maire de Megève\n")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Mont-Blanc", "epci"), names
    for town in ("Sallanches", "Passy", "Combloux", "Cordon", "Domancy", "Megève"):
        assert _has(names, town, "commune"), (town, names)


def test_neighbouring_agglomeration_in_a_diagnostic(parties_nlp):
    # "sa proximité avec Genève et l'agglomération d'X": the territory's surroundings in a convention's diagnostic
    text = ("Convention territoriale globale 2024-2028 entre la Caf de la Haute-Savoie et la Communauté de communes "
            "du Genevois.\n"
            "Le territoire compte 47 000 habitants. Sa proximité avec Genève et l'agglomération d'Annemasse entraîne "
            "de nombreux trajets domicile-travail.")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Genevois", "epci"), names
    assert not _has(names, "Annemasse"), names


def test_table_column_of_the_signatories(parties_nlp):
    # a table whose column says who signs: "oui" rows sign, "non" rows do not
    text = ("La Caf de la Guadeloupe et la Communauté d'agglomération du Nord Basse-Terre ont signé le 3 mars 2025 la "
            "convention territoriale globale du territoire.\n"
            "Commune | Délibération | Signataire de la CTG\n"
            "Deshaies | 12/02/2025 | oui\n"
            "Sainte-Rose | 14/02/2025 | oui\n"
            "Lamentin | en attente | non\n"
            "Pointe-Noire | 10/02/2025 | oui\n")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Nord Basse-Terre", "epci"), names
    for town in ("Deshaies", "Sainte-Rose", "Pointe-Noire"):
        assert _has(names, town, "commune"), (town, names)
    assert not _has(names, "Lamentin"), names


def test_table_of_states_without_a_signatory_column_stays_as_before(parties_nlp):
    # guard: a table with no column of signatories marks no row as signing
    text = ("La Caf de la Guadeloupe et la Communauté d'agglomération du Nord Basse-Terre ont signé le 3 mars 2025 la "
            "convention territoriale globale du territoire.\n"
            "Commune | Population | Crèches\n"
            "Deshaies | 4 000 | 1\n"
            "Lamentin | 16 000 | 2\n")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Nord Basse-Terre", "epci"), names
    assert not _has(names, "Lamentin") and not _has(names, "Deshaies"), names


def test_member_towns_written_without_their_locator(parties_nlp):
    # "les maires d'Ars, de Sainte-Marie ...": members of the named EPCI by the first words of their official names
    text = ("Île de Ré\n"
            "La communauté de communes de l'île de Ré et la Caf de la Charente-Maritime ont signé mardi la convention "
            "territoriale globale. Les maires d'Ars, de La Flotte et de Sainte-Marie, dont les communes gèrent un "
            "accueil de loisirs, sont cosignataires.")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Île de Ré", "epci"), names
    assert "Ars-en-Ré" in names and "Sainte-Marie-de-Ré" in names and "La Flotte" in names, names
    assert "Ars" not in names and "Sainte-Marie" not in names, names


def test_syndicat_named_after_its_acronym_and_no_running_words(parties_nlp):
    # "le Syndicat intercommunal à vocation unique (SIVU) des X": the territory after the acronym; "au SIVU de
    # continuer à ..." names no syndicat
    text = ("La convention territoriale globale a été signée le 14 septembre 2022 à Morez entre la Caf du Jura, la "
            "Communauté de communes Arcade et le Syndicat intercommunal à vocation unique (SIVU) des Rousses, seul "
            "syndicat du territoire à gérer un accueil de loisirs.\n"
            "La signature permet au SIVU de continuer à percevoir le bonus territoire.")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Arcade", "epci"), names
    assert _has(names, "SIVU) des Rousses", "other"), names
    assert not _has(names, "continuer") and not _has(names, "à gérer"), names


def test_another_convention_of_a_council_item(parties_nlp):
    # the council's minutes: the CTG item, then a snow-clearing agreement with the Département, named again in the
    # item's body
    text = ("COMMUNE DE LE BLEYMARD (Lozère)\n"
            "Compte rendu sommaire du conseil municipal du 3 mai 2023\n"
            "2. Convention territoriale globale avec la Caf de la Lozère\n"
            "Monsieur le Maire rappelle que la CTG 2023-2027 sera conclue entre la Caf de la Lozère, la Communauté de "
            "communes Mont Lozère et celles de ses communes membres qui gèrent un équipement, dont Le Bleymard. Le "
            "conseil approuve la convention.\n"
            "3. Convention de déneigement avec le Département\n"
            "Le conseil autorise le Maire à signer cette convention avec le Département pour l'hiver 2023-2024.")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Mont Lozère", "epci"), names
    assert not any(t == "departement" for t in names.values()), names


def test_compound_place_name_broken_at_its_hyphen_is_joined_whole():
    # a PDF's line broken at a place name's own hyphen: joined with the hyphen kept, offsets unchanged
    text = "signée par la Caf des Hautes-\nPyrénées et la commune de Saint-Pé-\nde-Bigorre ; la com-\nmunauté"
    out = unwrap_lines(text)
    assert len(out) == len(text)
    assert "Hautes-Pyrénées" in out and "Saint-Pé-de-Bigorre" in out and "communauté" in out, out
    # (a word in capitals throughout is left as it was)
    assert unwrap_lines("PROJET PAR-\nTAGÉ") == "PROJET PAR-\nTAGÉ"


def test_caf_of_a_departement_broken_at_its_hyphen_links_no_town(parties_nlp):
    text = ("Bilan de la convention territoriale globale 2019-2023\n"
            "La Communauté d'agglomération du Bocage Bressuirais et la Caf des Deux-\n"
            "Sèvres ont signé en décembre 2019 une première convention territoriale globale.")
    names = partner_names(parties_nlp, unwrap_lines(text))  # (as the analyser feeds the pipeline)
    assert _has(names, "Bocage Bressuirais", "epci"), names
    assert "Sèvres" not in names, names


def test_syndicat_named_after_its_purpose_stays(parties_nlp):
    # guard: "le syndicat de la petite enfance" is named after its purpose, no territory's name
    text = ("Jeudi 6 avril, une convention territoriale globale a été signée entre la Caf de l'Essonne, la "
            "communauté de communes du Val d'Essonne et le syndicat de la petite enfance.")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Val d'Essonne", "epci"), names
    assert _has(names, "syndicat de la petite enfance", "other"), names


def test_earlier_signing_a_sentence_opens_on(parties_nlp):
    # "Après X en 2022, deux nouvelles intercommunalités ont signé": X signed before, not on this page
    text = ("Deux nouvelles conventions territoriales globales en Corrèze\n"
            "Après Tulle Agglo en 2022, deux nouvelles intercommunalités du département ont signé leur convention "
            "territoriale globale avec la Caf de la Corrèze.\n"
            "Communauté de communes Vézère Monédières Millesources\n"
            "Signée le 14 mai 2024 à Treignac, la CTG porte jusqu'en 2028.\n"
            "Communauté de communes Ventadour Égletons Monédières\n"
            "Signée le 23 mai 2024 à Égletons, la CTG couvre la période 2024-2028.")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Millesources", "epci") and _has(names, "Ventadour", "epci"), names
    assert not _has(names, "Tulle"), names


def test_towns_in_brackets_after_others_own_conventions(parties_nlp):
    # a Caf's explainer: "d'autres ont laissé aux villes-centres leur propre convention (A, B)": examples
    text = ("La CTG dans le Morbihan\n"
            "Depuis 2022, les intercommunalités du Morbihan sont engagées dans une convention territoriale globale avec "
            "la Caf. Certaines ont choisi de signer avec l'ensemble de leurs communes, d'autres ont laissé aux "
            "villes-centres leur propre convention (Lorient, Vannes).")
    names = partner_names(parties_nlp, text)
    assert not _has(names, "Lorient") and not _has(names, "Vannes"), names


def test_former_communes_of_a_commune_nouvelle(parties_nlp):
    # a commune nouvelle's bulletin: its former communes and communes déléguées are parts of it, never signatories
    text = ("Terre-de-Bancalié – Le Petit Journal – Mars 2024\n"
            "La convention territoriale globale de la communauté de communes Centre Tarn a été signée le 5 février "
            "2024. Elle remplace le contrat enfance jeunesse que notre commune avait signé en 2017 pour les anciennes "
            "communes de Saint-Antonin-de-Lacalm, de Roumégoux et de Saint-Lieux-Lafenasse.\n"
            "La convention a été signée par la Caf du Tarn, la communauté de communes Centre Tarn et les communes de "
            "Réalmont et de Terre-de-Bancalié.\n"
            "La commune déléguée de Terre-Clapier accueillera une permanence du relais petite enfance, et la garderie "
            "de Lombers ouvrira le mercredi.")
    names = partner_names(parties_nlp, text)
    assert _has(names, "Centre Tarn", "epci") and _has(names, "Réalmont", "commune"), names
    for part in ("Roumégoux", "Saint-Lieux-Lafenasse", "Terre-Clapier", "Lombers"):
        assert not _has(names, part), (part, names)


def test_towns_in_brackets_after_a_count_of_facilities(parties_nlp):
    # an evaluation report: "Deux points information jeunesse ont ouvert (A, B)" places facilities, signs nothing
    text = ("ÉVALUATION DE LA CONVENTION TERRITORIALE GLOBALE 2018-2022\nTerritoire du Sud\n"
            "Rapport final – mars 2023\n1. Rappel des objectifs\nLa convention signée en 2018 entre la Caf de la "
            "Martinique et l'agglomération poursuivait deux objectifs :\na. développer l'accueil du jeune enfant ;\n"
            "b. accompagner les jeunes.\n2. Principaux résultats\nJeunesse\nDeux points information jeunesse ont "
            "ouvert (Le Marin, Sainte-Anne).\nLe dispositif a accompagné 120 jeunes.\n3. Recommandations\n"
            "R1. Recruter un coordinateur")
    names = partner_names(parties_nlp, text)
    assert not _has(names, "Le Marin") and not _has(names, "Sainte-Anne"), names


def test_body_name_broken_at_its_hyphen_has_single_spaces(parties_nlp):
    # "la MSA Midi-\nPyrénées Nord": the joined name carries no run of spaces
    text = ("Rapport d'activité 2023\nLa convention territoriale globale a été signée en 2023 avec la Caf du Tarn "
            "et la MSA Midi-\nPyrénées Nord par la communauté de communes Centre Tarn.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert "MSA Midi-Pyrénées Nord" in names, names


def test_epci_written_with_other_little_words_than_its_official_name(parties_nlp):
    # "la Communauté d'agglomération du Centre Martinique" (official: "... du Centre de la Martinique"): linked by the
    # content words of its name in the Caf's département
    text = ("La Caf de la Martinique et la Communauté d'agglomération du Centre Martinique ont signé le 4 juillet 2024 "
            "leur convention territoriale globale pour 2024-2028.")
    names = partner_names(parties_nlp, text)
    assert any(n.startswith("Communauté d'agglomération du Centre de la Martinique") and t == "epci"
               for n, t in names.items()), names
