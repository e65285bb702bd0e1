"""Parties: classes of pages read in session 18 (the lowest written sets), one example each, written for these tests
(never taken from the gold texts nor the written sets)."""

from __future__ import annotations

from conftest import partner_names

from ctgminer.text.normalise import unwrap_lines


def test_syndicat_named_by_acronym_and_lower_case_purpose(parties_nlp):
    # a SIVU or a SIVOS named by its acronym, a purpose in lower case, then its territory, said to sign too
    text = ("Communauté de communes du Val d'Azergues\n"
            "Le 12 avril 2024, la Communauté de communes du Val d'Azergues et la Caf du Rhône ont signé leur "
            "convention territoriale globale pour 2024-2028. Le SIVU scolaire des Trois Vallons, qui gère la cantine "
            "de trois écoles, est également signataire. Le SIVOS du Haut-Bugey, gestionnaire de la garderie, a "
            "également signé la convention.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("SIVU scolaire des Trois Vallons") == "other", names
    assert names.get("SIVOS du Haut-Bugey") == "other", names


def test_council_authorises_the_mayor_or_his_representative(parties_nlp):
    # a town council's deliberation heading the page with the town's name: "autorise Monsieur le Maire ou son
    # représentant à la signer" tells the town signs, beside the EPCI named in the object line
    text = ("VILLE DE MONTBARD\n"
            "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\n"
            "Séance du 4 mars 2025\n"
            "Objet : Convention territoriale globale avec la Caf de la Côte-d'Or et la Communauté de communes du "
            "Montbardois\n"
            "Le Conseil municipal, après en avoir délibéré, approuve la convention territoriale globale 2025-2029 et "
            "décide d'autoriser Monsieur le Maire ou son représentant à la signer.\n"
            "Fait et délibéré à Montbard, les jour, mois et an susdits.")
    names = partner_names(parties_nlp, unwrap_lines(text))
    assert names.get("Montbard") == "commune", names


def test_epci_council_approves_in_a_numbered_agenda_item(parties_nlp):
    # an EPCI's council minutes heading the page with its name: the item's head names the CTG, its last sentence
    # approves "la convention" after the axes; an agenda grants "autorisation de signature donnée au Président"
    minutes = ("Communauté de communes du Pays de Bitche\n"
               "Compte rendu du conseil communautaire du 12 mars 2025\n"
               "Présents : 31 – Pouvoirs : 2 – Secrétaire de séance : M. Paul G.\n"
               "1. Approbation du procès-verbal de la séance du 4 février 2025. Adopté à l'unanimité.\n"
               "2. Budget annexe des déchets : ouverture de crédits de 60 000 € pour le renouvellement des bacs de "
               "collecte du secteur nord. Adopté (30 pour, 3 abstentions).\n"
               "3. Voirie : attribution du marché de réfection des voies communautaires pour 2025 à l'entreprise la "
               "mieux-disante, pour un montant de 412 000 € HT. Adopté à l'unanimité.\n"
               "4. Convention territoriale globale 2025-2029 avec la Caf de la Moselle\n"
               "Le Président présente le projet issu du diagnostic partagé. Trois axes sont retenus :\n"
               "Axe 1 – Développer l'accueil du jeune enfant\n"
               "Axe 2 – Soutenir les parents\n"
               "Axe 3 – Accompagner les jeunes\n"
               "Les communes pourront y adhérer par avenant.\n"
               "Le conseil, après en avoir délibéré, approuve la convention. Adopté à l'unanimité.\n"
               "5. Questions diverses.")
    names = partner_names(parties_nlp, unwrap_lines(minutes))
    assert names.get("Communauté de communes du Pays de Bitche") == "epci", names
    agenda = ("Communauté de communes du Pays de Bitche\n"
              "Conseil communautaire du jeudi 12 mars 2025 – 19h00\n"
              "Ordre du jour\n"
              "Salle polyvalente de Rohrbach-lès-Bitche\n"
              "1. Approbation du procès-verbal de la séance du 4 février 2025\n"
              "2. Débat d'orientation budgétaire 2025\n"
              "3. Fixation des taux de fiscalité directe locale\n"
              "4. Attribution du marché de collecte des déchets ménagers (montant estimé : 2 300 000 € HT)\n"
              "5. Subvention à l'office de tourisme intercommunal : 90 000 €\n"
              "6. Convention territoriale globale avec la Caf de la Moselle pour 2025-2029 – autorisation de signature "
              "donnée au Président\n"
              "7. Modification du tableau des effectifs\n"
              "8. Questions diverses")
    names = partner_names(parties_nlp, unwrap_lines(agenda))
    assert names.get("Communauté de communes du Pays de Bitche") == "epci", names
