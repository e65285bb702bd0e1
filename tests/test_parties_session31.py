"""Parties: classes of partner errors seen in pages of three written sets at least (session 31), one example each,
written for these tests (never taken from the gold texts nor the written sets)."""

from __future__ import annotations

from conftest import partner_names


def _has(names: dict[str, str], word: str, kind: str | None = None) -> bool:
    return any(word.lower() in n.lower() and (kind is None or t == kind) for n, t in names.items())


# -- a syndicat's own comité syndical approving the CTG, its name heading the deliberation in capitals -------------

SIVU_DELIBERATION = ("SIVU ENFANCE JEUNESSE DU VAL D'AJOL\n"
                     "Comité syndical – séance du 6 février 2024\n"
                     "Délibération n° 2024-03 – Objet : adhésion à la Convention territoriale globale de la "
                     "Communauté de communes des Portes du Haut-Doubs\n"
                     "Le Président rappelle que le syndicat gère l'accueil de loisirs du mercredi et la garderie "
                     "périscolaire pour ses six communes membres. La Communauté de communes des Portes du Haut-Doubs "
                     "et la Caf du Doubs ont préparé une convention territoriale globale pour 2024-2028 ; pour garder "
                     "le bonus territoire, le SIVU doit en être signataire.\n"
                     "Le comité syndical, après en avoir délibéré, à l'unanimité :\n"
                     "- APPROUVE la convention territoriale globale 2024-2028 ;\n"
                     "- AUTORISE le Président à la signer ainsi que toute pièce s'y rapportant.\n"
                     "Fait à Valdahon, le 7 février 2024.\n")

SIVU_WRITTEN_OUT = ("SYNDICAT INTERCOMMUNAL À VOCATION UNIQUE ENFANCE JEUNESSE DU VAL D'AJOL\n"
                    "Extrait du registre des délibérations du comité syndical\n"
                    "Convention territoriale globale avec la Caf du Doubs\n"
                    "La convention serait signée par la Caf, le syndicat et la Communauté de communes des Portes du "
                    "Haut-Doubs.\n"
                    "Après en avoir délibéré, le comité syndical APPROUVE la convention territoriale globale et "
                    "AUTORISE le Président à la signer.\n")

SIVU_PASSING = ("Compte rendu du comité syndical du SIVU du Val d'Ajol – 12 juin 2023\n"
                "Le président informe le comité que la communauté de communes prépare sa convention territoriale "
                "globale avec la Caf du Doubs. Le SIVU sera invité aux ateliers du diagnostic.\n"
                "Le comité approuve ensuite le compte administratif 2022 et autorise le Président à signer le "
                "contrat de maintenance de la chaudière.\n")


def test_syndicat_heading_its_own_deliberation_signs(parties_nlp):
    names = partner_names(parties_nlp, SIVU_DELIBERATION)
    assert _has(names, "SIVU ENFANCE JEUNESSE DU VAL D'AJOL", "other"), names
    assert _has(names, "Portes du Haut-Doubs", "epci"), names


def test_town_name_inside_a_syndicat_heading_is_no_town(parties_nlp):
    # "VAL D'AJOL" of the syndicat's name is no commune (Le Val-d'Ajol lies in another département)
    names = partner_names(parties_nlp, SIVU_DELIBERATION)
    assert not any(t == "commune" for t in names.values()), names


def test_syndicat_written_out_goes_by_its_acronym(parties_nlp):
    names = partner_names(parties_nlp, SIVU_WRITTEN_OUT)
    assert any(n.startswith("SIVU") and "AJOL" in n and t == "other" for n, t in names.items()), names
    assert not any(t == "commune" for t in names.values()), names


def test_committee_approving_other_business_declares_no_syndicat(parties_nlp):
    # guard: the committee approves its accounts and a maintenance contract; the EPCI's CTG is only in preparation, so
    # the syndicat is not stated a party (scored by the model alone, never 1)
    doc = parties_nlp(SIVU_PASSING)
    scores = [span._.value.score for span in doc.spans["partners"] if span._.value.type == "other"]
    assert all(score < 1.0 for score in scores), scores


# -- a mayor's editorial telling the CTG in the first person: the masthead's or the sign-off's town signs ---------

EDITO_MASTHEAD = ("Lectoure Le Mag – n°31 – Automne 2023\n"
                  "Le mot du maire\n"
                  "Chères Lectouroises, chers Lectourois,\n"
                  "La rentrée s'est bien passée dans nos écoles, et les travaux de la halle avancent.\n"
                  "Le 14 septembre, avec la Communauté de communes de la Lomagne Gersoise et la Caf du Gers, nous avons "
                  "signé une convention territoriale globale. Le nom est austère, mais derrière, il y a des places de "
                  "crèche, un accueil de loisirs ouvert le mercredi et un point jeunes.\n"
                  "Bonne lecture à toutes et à tous.\n"
                  "Votre maire\n")

EDITO_SIGN_OFF = ("Le mot du maire\n"
                  "Chers habitants,\n"
                  "Avec la Communauté de communes de la Lomagne Gersoise et nos voisins, nous avons signé en juin avec "
                  "la Caf du Gers une convention territoriale globale pour cinq ans.\n"
                  "Je vous souhaite un bel été.\n"
                  "Marie-Hélène Castex, maire de Lectoure\n")

EDITO_ASSOCIATED = ("Lectoure Le Mag – n°32 – Hiver 2024\n"
                    "Le mot du maire\n"
                    "Chères Lectouroises, chers Lectourois,\n"
                    "La Communauté de communes de la Lomagne Gersoise a signé avec la Caf du Gers sa convention "
                    "territoriale globale. Notre commune, comme toutes celles de l'intercommunalité, est associée à la "
                    "démarche.\n"
                    "Votre maire\n")


def test_editorial_masthead_town_signs_with_its_mayors_we(parties_nlp):
    names = partner_names(parties_nlp, EDITO_MASTHEAD)
    assert names.get("Lectoure") == "commune", names
    assert _has(names, "Lomagne Gersoise", "epci"), names


def test_editorial_sign_off_town_signs_with_its_mayors_we(parties_nlp):
    names = partner_names(parties_nlp, EDITO_SIGN_OFF)
    assert names.get("Lectoure") == "commune", names
    assert _has(names, "Lomagne Gersoise", "epci"), names


def test_editorial_of_a_town_associated_to_its_epcis_ctg_keeps_the_epci_only(parties_nlp):
    # guard: the EPCI signs, the town is "associée à la démarche"
    names = partner_names(parties_nlp, EDITO_ASSOCIATED)
    assert "Lectoure" not in names, names
    assert _has(names, "Lomagne Gersoise", "epci"), names


# -- other territories' CTGs, each given with its own year (overview rows, the Caf's earlier ones, a round-up) -----

OVERVIEW_SIGNED_ROWS = ("Caf du Cantal > Partenaires > Collectivités\n"
                        "Où en sont les conventions territoriales globales ?\n"
                        "Depuis 2021, les CTG remplacent les contrats enfance jeunesse. Les intercommunalités suivantes "
                        "en ont signé une avec la Caf :\n"
                        "Communauté de communes du Pays de Mauriac – signée en 2021\n"
                        "Communauté de communes Sumène Artense – signée en 2022\n"
                        "Communauté de communes du Pays Gentiane – signée en 2021, renouvelée en 2025\n"
                        "Votre conseiller territorial Caf reste votre interlocuteur.\n")

SAME_DAY_SIGNED_ROWS = ("Nord Cantal : une convention pour trois intercommunalités\n"
                        "Trois intercommunalités ont signé ensemble une convention territoriale globale avec la Caf du "
                        "Cantal le 4 avril 2024 :\n"
                        "Communauté de communes du Pays de Mauriac – signée le 4 avril 2024\n"
                        "Communauté de communes Sumène Artense – signée le 4 avril 2024\n"
                        "Communauté de communes du Pays Gentiane – signée le 4 avril 2024\n")

CAF_EARLIER_ONE = ("Golfe du Morbihan - Vannes agglomération signe sa CTG\n"
                   "La Communauté d'agglomération Golfe du Morbihan - Vannes agglomération et la Caf du Morbihan ont "
                   "signé le 3 juin 2024 une convention territoriale globale pour 2024-2028. Elle porte sur la petite "
                   "enfance, la jeunesse et l'accès aux droits.\n"
                   "La Caf a déjà signé une CTG avec Arc Sud Bretagne (2022) et avec Pontivy Communauté (2023).\n")

ROUND_UP_ELLIPSIS = ("Carladès : la CTG est signée\n"
                     "La Communauté de communes Cère et Goul en Carladès et la Caf du Cantal ont signé jeudi 6 mars "
                     "leur convention territoriale globale. Avec cette signature, tout le département est couvert : le "
                     "Pays de Mauriac a signé fin 2022, Sumène Artense en 2021, le Pays Gentiane et la Châtaigneraie "
                     "Cantalienne l'an dernier.\n")


def test_overview_rows_signed_in_several_years_are_other_ctgs(parties_nlp):
    names = partner_names(parties_nlp, OVERVIEW_SIGNED_ROWS)
    assert not any(t == "epci" for t in names.values()), names


def test_rows_signed_on_one_day_are_one_conventions_parties(parties_nlp):
    # guard: one signing day for every row, the parties of one convention
    names = partner_names(parties_nlp, SAME_DAY_SIGNED_ROWS)
    for epci in ("Pays de Mauriac", "Sumène", "Pays Gentiane"):
        assert _has(names, epci, "epci"), (epci, names)


def test_cafs_earlier_ctg_with_its_year_is_another_convention(parties_nlp):
    names = partner_names(parties_nlp, CAF_EARLIER_ONE)
    assert _has(names, "Vannes", "epci"), names
    assert not _has(names, "Arc Sud Bretagne") and not _has(names, "Pontivy"), names


def test_round_up_of_others_signings_by_ellipsis_is_other_ctgs(parties_nlp):
    names = partner_names(parties_nlp, ROUND_UP_ELLIPSIS)
    assert _has(names, "Carladès", "epci"), names
    for other in ("Mauriac", "Sumène", "Gentiane", "Châtaigneraie"):
        assert not _has(names, other), (other, names)


# -- a page reporting a meeting of the CTG network: hosts, venues and speakers are no convention's parties ---------

PARTNERS_MEETING = ("Rencontre des partenaires CTG du Haut-Doubs\n"
                    "Le 9 octobre, la Caf du Doubs a réuni à Valdahon les élus et les techniciens des intercommunalités "
                    "engagées dans une convention territoriale globale. Au programme : le bilan à mi-parcours et les "
                    "difficultés de recrutement dans les crèches.\n")

COORDINATORS_MEET = ("Lomagne\n"
                     "Les coordinateurs des conventions territoriales globales se retrouvent à Lectoure\n"
                     "Publié le 3 mai 2025\n"
                     "Jeudi, la Communauté de communes de la Lomagne Gersoise accueillait la rencontre annuelle des "
                     "chargés de coopération CTG du Gers. Les équipes ont partagé leurs outils d'évaluation.\n")

NETWORK_DAY_SPEAKERS = ("Caf du Doubs – Actualités partenaires\n"
                        "Retour sur la journée départementale des CTG\n"
                        "Le 21 novembre, 90 élus et professionnels se sont retrouvés à Besançon. Les chargés de "
                        "coopération des Portes du Haut-Doubs et du Pays de Montbéliard ont présenté les actions menées "
                        "depuis la signature de leurs conventions : un bus des services, un conseil de jeunes.\n")

NETWORK_DAY_SIGNING = ("Retour sur la journée départementale des CTG\n"
                       "Le 21 novembre, à Valdahon, la journée s'est ouverte sur une signature : la Communauté de "
                       "communes des Portes du Haut-Doubs et la Caf du Doubs ont signé leur convention territoriale "
                       "globale 2025-2029 devant les participants.\n")


def test_partners_meeting_venue_is_no_party(parties_nlp):
    names = partner_names(parties_nlp, PARTNERS_MEETING)
    assert "Valdahon" not in names, names


def test_coordinators_meeting_host_is_no_party(parties_nlp):
    names = partner_names(parties_nlp, COORDINATORS_MEET)
    assert not any(t in {"epci", "commune"} for t in names.values()), names


def test_network_day_speakers_own_past_signings_are_no_parties(parties_nlp):
    names = partner_names(parties_nlp, NETWORK_DAY_SPEAKERS)
    assert not any(t in {"epci", "commune"} for t in names.values()), names


def test_network_day_telling_a_signing_keeps_its_party(parties_nlp):
    # guard: a signing told on the day keeps its EPCI
    names = partner_names(parties_nlp, NETWORK_DAY_SIGNING)
    assert _has(names, "Portes du Haut-Doubs", "epci"), names


# -- a body listed among a meeting's people (elected members, professionals, associations) does not sign ----------

FORUM_PEOPLE = ("Communauté de communes des Portes du Haut-Doubs – Actualités\n"
                "Le forum de lancement de la future convention territoriale globale a réuni le 14 mars à Valdahon 70 "
                "participants : élus, professionnels de la petite enfance, associations, MSA et Caf du Doubs.\n"
                "Les ateliers ont fait ressortir le manque de places d'accueil en horaires décalés.\n")

COPIL_PEOPLE = ("Communauté de communes de la Lomagne Gersoise\n"
                "Comité de pilotage de la CTG : un premier bilan\n"
                "Le comité de pilotage de la convention territoriale globale s'est tenu le 5 décembre à Lectoure, un an "
                "après sa signature. Élus, "
                "Caf du Gers, MSA et associations ont fait le point sur les fiches actions.\n")

SIGNED_WITH_PEOPLE = ("La Communauté de communes de la Lomagne Gersoise, la Caf du Gers et la MSA Midi-Pyrénées Sud ont "
                      "signé la convention territoriale globale le 5 décembre, devant les élus et les associations du "
                      "territoire.\n")


def test_msa_among_a_forums_participants_is_no_party(parties_nlp):
    names = partner_names(parties_nlp, FORUM_PEOPLE)
    assert not any(t == "msa" for t in names.values()), names


def test_msa_among_a_committees_people_is_no_party(parties_nlp):
    names = partner_names(parties_nlp, COPIL_PEOPLE)
    assert not any(t == "msa" for t in names.values()), names
    assert _has(names, "Lomagne Gersoise", "epci"), names


def test_msa_signing_before_an_audience_stays(parties_nlp):
    # guard: the sentence signs; the elected members and associations are the audience
    names = partner_names(parties_nlp, SIGNED_WITH_PEOPLE)
    assert any(t == "msa" for t in names.values()), names


RENEWED_BY_PEOPLE = ("Réunis à Lectoure le 6 octobre, les élus de la Communauté de communes de la Lomagne Gersoise, la "
                     "Caf du Gers et la MSA Midi-Pyrénées Sud ont renouvelé la convention territoriale globale pour "
                     "2025-2029.\n")

VALIDATED_BY_COUNCIL = ("Réunis en conseil communautaire le 3 juillet, les élus ont validé la nouvelle convention "
                        "territoriale globale qui liera la Communauté de communes de la Lomagne Gersoise à la Caf du Gers "
                        "et à la MSA Midi-Pyrénées Sud pour 2025-2029.\n")


def test_msa_renewing_with_elected_members_stays(parties_nlp):
    # guard: the elected members of the EPCI, the Caf and the MSA renew the convention together
    names = partner_names(parties_nlp, RENEWED_BY_PEOPLE)
    assert any(t == "msa" for t in names.values()), names


def test_msa_bound_by_a_convention_the_members_validate_stays(parties_nlp):
    # guard: "les élus ont validé la convention qui liera ... à la MSA": no list of a meeting's people
    names = partner_names(parties_nlp, VALIDATED_BY_COUNCIL)
    assert any(t == "msa" for t in names.values()), names
