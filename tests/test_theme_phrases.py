"""Theme phrase finding (extract) and labelling (classify) on a blank French pipeline, with inline examples written
for these tests: each list style, prose enumerations, officials' quotes, the generic-explainer trap, acronyms."""

from __future__ import annotations

import pytest
import spacy
from conftest import parse_annotated

from ctgminer.extract.components.base import register_extensions
from ctgminer.text.normalise import unwrap_lines

LIST_STYLES = [
    # a Métropole's news: numbered orientations, each over the unmarked lines of its objectives (the first one's
    # title names every family's life stages, as an axis and not as what the Caf does everywhere)
    ("La Métropole, la Caf et l'État ont signé leur CTG le 3 juillet.\nDeux orientations, six objectifs\n"
     "Orientation stratégique 1 – Accompagner les familles à chaque étape de la vie\n"
     "<t l='petite_enfance'>Ouvrir des places d'accueil du jeune enfant dans les bourgs les moins pourvus</t>\n"
     "<t l='enfance'>Proposer des loisirs de qualité à chaque enfant pendant les vacances</t>\n"
     "<t l='parentalite'>Créer des lieux de parole pour les parents d'adolescents</t>\n"
     "Orientation stratégique 2 – <t l='acces_aux_droits'>Ne laisser aucune famille sans ses droits</t>\n"
     "<t l='acces_aux_droits'>Faire reculer le non-recours aux prestations dans les quartiers et les hameaux du "
     "plateau</t>\n<t l='inclusion_numerique'>Former des aidants numériques dans chaque mairie</t>\n"),
    # the convention taking over from the former contract, whose pronoun then opens the list's introduction
    ("La commune et la Caf ont signé leur CTG jeudi.\nCette convention remplace le contrat enfance jeunesse. Elle "
     "fixe ce que nous ferons ensemble jusqu'en 2028 :\n- <t l='petite_enfance'>garder une micro-crèche au bourg</t>"
     "\n- <t l='enfance'>ouvrir l'accueil de loisirs tous les mercredis</t>\n- <t l='parentalite'>épauler les "
     "parents dans leur rôle</t>\n"),
    # a convention's PDF: a numbered section heading over its fiches actions is their introduction, not an item
    ("CONVENTION TERRITORIALE GLOBALE 2024-2027\nPage 6/12\n3. LE PLAN D'ACTIONS\n"
     "Fiche action n°1 : <t l='petite_enfance'>Ouvrir une crèche associative à Vic</t>\n"
     "Fiche action n°2 : <t l='jeunesse'>Créer un point information jeunesse</t>\n"
     "Fiche action n°3 : <t l='logement'>Repérer les logements non décents avec les bailleurs</t>\n"),
    # a deliberation: the convention drawn from another scheme keeps its own list ("1°" items)
    ("Objet : convention territoriale globale 2025-2029 avec la Caf de l'Aveyron\nLe texte, construit à partir du "
     "schéma départemental des services aux familles, retient trois enjeux :\n"
     "1° <t l='petite_enfance'>Garantir une place d'accueil du jeune enfant dans chaque bassin de vie</t> ;\n"
     "2° <t l='parentalite'>Soutenir les parents d'adolescents</t> ;\n"
     "3° <t l='inclusion_numerique'>Réduire la fracture numérique</t>.\n"),
    # a territory's choice after a reminder of what CTGs may cover, on the same line
    ("La Caf et l'agglomération ont signé la CTG 2024-2028.\nRappel : une CTG peut couvrir toutes les missions de la "
     "Caf, du logement au handicap. Ici, les partenaires ont concentré leurs efforts sur trois priorités :\n"
     "- <t l='petite_enfance'>l'accueil du jeune enfant</t> ;\n- <t l='enfance'>les loisirs des enfants le mercredi"
     "</t> ;\n- <t l='jeunesse'>l'information des jeunes</t>.\n"),
    # the partners' choice before a colon, over pictograph bullets (a town's news)
    ("La ville et la Caf ont renouvelé leur CTG le 12 février.\nPour 2025-2029, les élus ont retenu :\n"
     "❯ <t l='petite_enfance'>un second relais petite enfance</t>\n❯ <t l='parentalite'>un café des parents au "
     "centre-bourg</t>\n❯ <t l='logement'>la lutte contre l'habitat indigne</t>\n"),
    # fiches numbered under ambitions, and sub-numbered fiches (an EPCI's or a Caf's page on its plan)
    ("La convention, conclue pour 2024-2028, se décline en fiches actions, regroupées en deux ambitions.\n"
     "Ambition 1 – <t l='petite_enfance'>Accueillir les tout-petits</t>\n"
     "Fiche 1 : <t l='enfance'>Garantir un accueil de loisirs à moins de 20 minutes de chaque famille</t>\n"
     "Ambition 2 – <t l='acces_aux_droits'>Accéder à ses droits</t>\n"
     "Fiche 2.1 : <t l='inclusion_numerique'>Lutter contre l'exclusion numérique</t>\n"),
    # a count of the priorities the generic sentence before named, after a reminder of what CTGs may cover
    ("La ville et la Caf ont signé la CTG le 13 janvier pour 2023-2026.\nRappel : les CTG peuvent couvrir la petite "
     "enfance et la jeunesse. Chaque territoire choisit ses priorités.\nÀ Montluel, le diagnostic a conduit à en "
     "retenir deux :\n- <t l='petite_enfance'>l'accueil des tout-petits, avec la rénovation de la crèche</t> ;\n"
     "- <t l='parentalite'>l'accompagnement des parents d'adolescents</t>.\n"),
    # a plan's objectives with sub-numbered actions (a departmental convention told by the press)
    ("Le Département et la Caf ont signé la CTG lundi. Elle est organisée en deux objectifs déclinés en actions.\n"
     "1. <t l='accompagnement_social'>Accompagner les familles en difficulté</t>\n"
     "1.a <t l='accompagnement_social'>Soutenir les familles lors d'une séparation</t>\n"
     "1.b) <t l='accompagnement_social'>Aider les familles endeuillées</t>\n"
     "2. <t l='inclusion_numerique'>Réduire la fracture numérique</t>\n"
     "2.1 <t l='inclusion_numerique'>Former des aidants numériques</t>\n"),
    # a short label of its own under the paragraph naming the convention
    ("La commune et la Caf ont signé la CTG mardi pour quatre ans.\nCe qu'il faut retenir :\n"
     "- <t l='petite_enfance'>une micro-crèche au bourg</t>\n- <t l='parentalite'>des ateliers pour les parents</t>\n"),
    # bullets that all name fields, right under prose about the convention, with no introduction at all (the page
    # put it in an image)
    ("La Convention territoriale globale lie la Caf et la commune. Elle se concrétise par un accord pour 2024-2028.\n"
     "- <t l='petite_enfance'>De la petite enfance</t>\n- <t l='jeunesse'>De la jeunesse</t>\n"
     "- <t l='logement'>Du logement</t>\n"),
    # a heading saying what is going to change, over items numbered with slashes
    ("La Métropole et la Caf ont signé leur CTG jeudi.\nCe qui va bouger, en trois points\n"
     "1/ <t l='petite_enfance'>Des places d'accueil pour les bébés des parents en horaires décalés</t>\n"
     "2/ <t l='parentalite'>Un soutien renforcé aux parents d'adolescents</t>\n"
     "3/ <t l='animation_vie_sociale'>Des centres sociaux mieux aidés dans les villages</t>\n"),
    # an annex of fiches actions: each title under its numbered label (its own label dropped, as most gold phrases do),
    # the pilot and public lines are no fields
    ("Annexe 2 – Fiches actions de la Convention territoriale globale\nFiche action n° 1\n"
     "Intitulé : <t l='petite_enfance'>Ouvrir une micro-crèche au bourg</t>\nPublic visé : familles des hameaux, "
     "jeunes parents\nPilote : service enfance – Partenaires : PMI, associations\nFiche action n° 2\n"
     "Intitulé : <t l='inclusion_numerique'>Former les habitants aux démarches en ligne</t>\n"
     "Budget prévisionnel : 12 000 € par an\n"),
    # a table of the plan under the territory's key figures (the figures' rows are no headings)
    ("La CTG de la vallée est signée pour 2024-2028.\nLe territoire en chiffres\nCommunes | 12\nHabitants | 9 800\n"
     "Le plan d'actions\nDomaine | Objectif\n<t l='petite_enfance'>Petite enfance | Créer "
     "un relais petite enfance itinérant</t>\n<t l='logement'>Logement | Faciliter le logement "
     "des saisonniers</t>\n"),
    # a bare label after the sentence naming the convention
    ("Les élus font de la jeunesse le fil conducteur de cette CTG. Objectifs :\n"
     "– <t l='jeunesse'>Ouvrir un point information jeunesse au collège</t> ;\n"
     "– <t l='jeunesse'>Soutenir les projets des 16-25 ans</t> ;\n"
     "– <t l='insertion'>Accompagner vers l'emploi les jeunes sans diplôme</t>.\n"),
    # its objectives, qualified
    ("La commune et la Caf ont signé la convention vendredi.\nSes grands objectifs :\n"
     "1. <t l='enfance'>Rendre les accueils de loisirs accessibles à tous les enfants</t>\n"
     "2. <t l='acces_aux_droits'>Réduire le non-recours aux prestations</t>\n"),
    # objectives counted by the partners, numbered with slashes
    ("La CTG a été signée le 4 juillet. Les élus et la Caf se sont fixé trois objectifs :\n"
     "1/ <t l='petite_enfance'>Répondre aux besoins d'accueil des tout-petits</t>\n"
     "2/ <t l='jeunesse'>Construire avec les jeunes une politique jeunesse</t>\n"
     "3/ <t l='parentalite'>Mieux accompagner les parents</t>\n"),
    # dashes under 'axes', items ending with ';'
    ("La commune et la Caf ont signé leur CTG. Elle s'articule autour de trois axes :\n"
     "- <t l='petite_enfance'>Développer l'accueil du jeune enfant</t> ;\n"
     "- <t l='parentalite'>Soutenir les parents dans leur rôle</t> ;\n"
     "- <t l='logement'>Lutter contre l'habitat indigne</t>."),
    # round bullets under 'enjeux', with blank lines between the items
    ("Les enjeux de la convention signée par la communauté de communes :\n\n"
     "• <t l='jeunesse'>Accompagner l'autonomie des 16-25 ans</t>\n\n"
     "• <t l='acces_aux_droits'>Lutter contre le non-recours aux droits</t>\n"),
    # numbered 'Axe n :' items: the numbering is not part of the phrase
    ("Le plan d'actions de la CTG porte sur cinq orientations.\n"
     "1. Axe 1 : <t l='petite_enfance'>Petite enfance</t>\n"
     "2. Axe 2 : <t l='animation_vie_sociale'>Animation de la vie sociale</t>\n"),
    # lone dashes on their own lines, as some pages render lists
    ("Les thématiques retenues par les signataires de la CTG sont :\n-\n<t l='inclusion_numerique'>Réduire la "
     "fracture numérique</t>,\n-\n<t l='animation_vie_sociale'>Créer un espace de vie sociale</t>"),
    # bullets glued on one line after their introduction
    ("La convention s'articule autour de priorités : • <t l='enfance'>Accueils de loisirs</t> • "
     "<t l='handicap'>Inclusion des enfants en situation de handicap</t>"),
    # middle dots with several blank lines between the introduction and the first item
    ("La Ville et la Caf signent leur CTG. Elle porte sur des champs prioritaires, dont notamment :\n\n\n\n"
     "· <t l='petite_enfance'>La conciliation entre vie familiale et vie professionnelle</t> ;\n\n"
     "· <t l='parentalite'>Le soutien à la fonction parentale</t> ;\n\n"
     "· <t l='insertion'>L'insertion sociale et professionnelle</t>.\n"),
    # arrow bullets, "n°" numbering and roman numerals: the markers are not part of the items
    ("La CTG de la commune s'articule autour de trois axes :\n➢ <t l='petite_enfance'>Ouvrir une micro-crèche</t>\n"
     "➢ <t l='parentalite'>Créer un lieu d'accueil enfants-parents</t>\n"),
    ("La convention comporte plusieurs priorités.\nObjectif n°1 : <t l='jeunesse'>Accompagner l'engagement des "
     "jeunes</t>\nObjectif n°2 : <t l='logement'>Repérer les logements non décents</t>\n"),
    ("Les orientations de la CTG :\nI. <t l='acces_aux_droits'>Lutter contre le non-recours aux prestations</t>\n"
     "II. <t l='inclusion_numerique'>Former les familles aux démarches en ligne</t>\n"),
    # a bulleted list under a heading naming the convention's actions
    ("La commune et la Caf ont signé leur convention territoriale globale.\nLes actions\n"
     "- <t l='petite_enfance'>Former les assistants maternels du territoire</t>\n"
     "- <t l='parentalite'>Ouvrir un lieu d'accueil enfants-parents</t>\n"),
    # axes written as questions after their introduction (the question mark is not part of the item)
    ("La CTG répondra aux besoins à travers deux axes de travail : <t l='jeunesse'>comment donner aux adolescents "
     "des lieux pour se retrouver le week-end</t> ? <t l='animation_vie_sociale'>Comment faire du centre social le "
     "lieu ressource des habitants</t> ?\n"),
    # dashes glued on the introduction's line
    ("Les axes retenus par la CTG : - <t l='petite_enfance'>Petite enfance</t> - <t l='jeunesse'>Jeunesse</t> - "
     "<t l='parentalite'>Parentalité</t>\n"),
    # an unmarked list: short lines under an introduction ending with a colon
    ("La CTG a été signée mardi à la mairie.\nParmi les objectifs inscrits au plan d'action de la convention :\n"
     "<t l='petite_enfance'>créer une micro-crèche de 12 places au bourg</t>.\n"
     "<t l='jeunesse'>ouvrir un espace jeunes le samedi après-midi</t>.\n"
     "Le maire a remercié les équipes de la Caf pour leur travail, qui a duré plus d'un an."),
]

PROSE = [
    # the convention described by relative clauses in an official's quote
    ("La Caf et la communauté ont signé la CTG le 2 mars. « Nous voulions une convention qui <t l='acces_aux_droits'>"
     "aille au-devant des familles qui ne demandent rien</t>, qui <t l='parentalite'>offre aux parents des lieux pour "
     "souffler</t>, et qui <t l='jeunesse'>aide les jeunes à revenir vivre au pays</t> », résume la directrice."),
    # a colon list that its sentence announces, in a quote, whose items are whole clauses
    ("La commune et la Caf ont signé la CTG mardi. Pour la directrice de la Caf, « la convention poursuit trois "
     "ambitions : que <t l='petite_enfance'>chaque famille trouve une place d'accueil pour son bébé à moins de vingt "
     "minutes de chez elle</t>, que <t l='jeunesse'>les ados aient enfin un lieu à eux dans chaque village du "
     "canton</t>, et que <t l='acces_aux_droits'>plus personne ne renonce à ses droits faute d'un guichet ouvert "
     "près de chez lui</t> »."),
    # more verbs of what the convention covers
    ("La CTG signée mardi fait la part belle à <t l='petite_enfance'>la petite enfance</t>, <t l='logement'>au "
     "logement des jeunes</t> et <t l='acces_aux_droits'>l'accès aux droits</t>."),
    ("La convention recouvre <t l='parentalite'>le soutien aux parents</t> et <t l='handicap'>l'accueil des enfants en "
     "situation de handicap</t>."),
    # other verbs that introduce the fields
    ("Signée le 4 mars, la CTG privilégie <t l='petite_enfance'>l'accueil du jeune enfant</t>, <t l='parentalite'>le "
     "soutien aux parents</t> et <t l='logement'>le logement des jeunes</t>."),
    ("La convention donne la priorité à <t l='jeunesse'>la jeunesse</t> et <t l='inclusion_numerique'>l'inclusion "
     "numérique</t>."),
    ("Pour quatre ans, la CTG comprend <t l='animation_vie_sociale'>l'animation de la vie sociale</t>, <t "
     "l='acces_aux_droits'>l'accès aux droits</t> et <t l='handicap'>le handicap</t>."),
    # an enumeration after 'dans les domaines de'
    ("La nouvelle convention intervient dans les domaines de <t l='petite_enfance'>la petite enfance</t>, "
     "<t l='enfance'>l'enfance</t>, <t l='jeunesse'>la jeunesse</t> et <t l='parentalite'>la parentalité</t>."),
    # 'porte sur', last item joined by 'et'
    ("La CTG signée avec la Caf porte sur <t l='logement'>le logement</t>, <t l='insertion'>l'insertion</t> et "
     "<t l='acces_aux_droits'>l'accès aux droits</t>."),
    # items that are pairs keep their 'et'; a preposition before a bare noun is not part of the item
    ("Les axes de la CTG portent sur <t l='enfance'>l'enfance et la jeunesse</t>, <t l='logement'>le logement et le "
     "cadre de vie</t>, <t l='acces_aux_droits'>l'accès aux droits et au numérique</t>."),
    ("La convention intervient en matière de <t l='jeunesse'>jeunesse</t>, de <t l='logement'>logement</t> et "
     "d'<t l='insertion'>insertion</t>."),
    # a verb of scope before the enumeration ('cible', 'couvre', 'englobe')
    ("Signée pour quatre ans, la convention cible <t l='petite_enfance'>la petite enfance</t>, "
     "<t l='parentalite'>la parentalité</t> et <t l='inclusion_numerique'>l'inclusion numérique</t>."),
    # 'vise à a, à b et à c': infinitive items without their 'à'
    ("La CTG vise à <t l='petite_enfance'>développer l'offre d'accueil du jeune enfant</t>, à <t l='parentalite'>"
     "soutenir la parentalité</t> et à <t l='acces_aux_droits'>favoriser l'accès aux droits</t>."),
    # bare nouns: the last 'et' separates two fields even without an article
    ("Ses domaines d'intervention sont nombreux : <t l='jeunesse'>jeunesse</t>, <t l='logement'>logement</t>, "
     "<t l='handicap'>handicap</t> et <t l='accompagnement_social'>accompagnement social</t>."),
    # 'en matière de' in a sentence naming the convention announces items that name no taxonomy word
    ("Les élus ont renouvelé la convention pour mener des projets en matière de <t l='petite_enfance'>garde des "
     "tout-petits</t>, de <t l='parentalite'>soutien à la parentalité</t> et d'<t l='animation_vie_sociale'>"
     "animations de quartier</t>."),
    # a parenthesised enumeration announced by a word of the convention's priorities
    ("La convention signée vendredi décline le projet de territoire selon cinq thématiques (<t l='enfance'>enfance"
     "</t>, <t l='jeunesse'>jeunesse</t>, <t l='logement'>logement</t>, <t l='accompagnement_social'>accompagnement "
     "social</t>, <t l='animation_vie_sociale'>animation de la vie sociale</t>)."),
    # '... retenus pour la CTG sont a, b et c'
    ("Les domaines d'intervention retenus pour cette première CTG sont <t l='petite_enfance'>la petite enfance</t>, "
     "<t l='parentalite'>la parentalité</t> et <t l='acces_aux_droits'>l'accès aux droits</t>."),
    # services named in parentheses after the convention that supports them, in a sentence opening on a year
    ("Depuis 2023, la Caf a formalisé son partenariat par la signature d'une convention territoriale globale "
     "permettant de soutenir les services aux familles (<t l='petite_enfance'>crèches</t>, <t l='enfance'>accueils "
     "de loisirs</t>, <t l='animation_vie_sociale'>centres sociaux</t>)."),
    # 'comme' before the other fields of the convention
    ("Le volet handicap de la CTG sera suivi d'autres volets, comme <t l='inclusion_numerique'>l'inclusion "
     "numérique</t>, <t l='acces_aux_droits'>l'accès aux droits</t> ou <t l='logement'>le soutien au logement</t>."),
    # a mayor's quote about the convention, 'à destination de' ... 'mais également'
    ("« Les actions que la ville mène à destination de <t l='enfance'>l'enfance</t>, de <t l='jeunesse'>la "
     "jeunesse</t> mais également de <t l='animation_vie_sociale'>l'animation de la vie sociale</t> sont possibles "
     "grâce à cette convention territoriale globale », a déclaré le maire."),
]


def _check(nlp, source: str, with_labels: bool) -> None:
    text, tags = parse_annotated(source)
    doc = nlp(text)
    found = {(s._.value.start, s._.value.end): s._.value for s in doc.spans["theme_phrases"]}
    for tag in tags:
        assert (tag["start"], tag["end"]) in found, (tag["text"], [p.text for p in found.values()])
    if with_labels:
        phrases = {(p["start"], p["end"]): p for p in doc._.themes.phrases}
        for tag in tags:
            assert tag["l"] in phrases[(tag["start"], tag["end"])]["labels"], phrases[(tag["start"], tag["end"])]
            assert tag["l"] in doc._.themes.themes


@pytest.mark.parametrize("source", LIST_STYLES + PROSE)
def test_phrases_are_found(finder, source):
    _check(finder, source, with_labels=False)


@pytest.mark.parametrize("source", LIST_STYLES + PROSE)
def test_phrases_are_labelled(labeller, source):
    _check(labeller, source, with_labels=True)


TRAPS = [
    # what CTGs cover in general, under an explainer heading
    "Qu'est-ce qu'une convention territoriale globale ?\nUne CTG peut couvrir la petite enfance, la jeunesse, le "
    "logement, le handicap et l'accès aux droits.\n",
    # all fields at once, in general
    "La Ville a signé sa CTG avec la Caf. Tous les champs d'intervention peuvent être mobilisés : petite enfance, "
    "enfance, jeunesse, parentalité, logement, handicap.",
    # what was spent names no field, even in a parenthesis that enumerates facilities
    "La commune a signé sa CTG jeudi. En 2023, la Caf a versé 9,8 millions d'euros aux équipements du territoire "
    "(crèches, accueils de loisirs, centres sociaux).",
    # the members' own conventions, kept for their own competences
    "La métropole a signé sa première CTG. Elle complète les conventions des villes, qui restent en vigueur pour "
    "leurs compétences propres (crèches, accueils de loisirs, centres sociaux municipaux).",
    # a job offer's missions name the method, not fields
    "L'agglomération et la Caf préparent une convention territoriale globale.\nMissions :\n• Piloter le diagnostic "
    "de territoire avec les partenaires\n• Animer les comités de pilotage\n• Construire les tableaux de bord\n",
    # a Caf's explainer: why any CTG, under its question heading
    "Caf du Gers – Partenaires\nPourquoi une CTG ?\n- Mieux coordonner l'accueil du jeune enfant et la jeunesse\n"
    "- Partager un diagnostic\nLes étapes\n1. Une délibération de la collectivité\n2. La signature\n",
    # a diagnostic's demography, not a field
    "La CTG a été signée mardi. Le diagnostic fait apparaître un vieillissement de la population et un taux de "
    "pauvreté de 21 %.",
    # another scheme's own list, even drawn from a diagnostic (the scheme is the subject, not the convention's basis)
    "La commune a signé sa CTG. Le schéma départemental des services aux familles, élaboré à partir d'un diagnostic, "
    "retient deux enjeux :\n- l'accueil du jeune enfant\n- le soutien aux parents\n",
    # another scheme's list, as history
    "La Caf a signé la CTG avec le Département. Depuis 2016, le schéma départemental a porté de nombreuses "
    "actions :\n- Création de centres sociaux\n- Formations au handicap",
    # an official's portfolio is not a field of the convention
    "Marie Durand, adjointe à la jeunesse et à la vie associative, a signé la convention avec la Caf.",
    # a review counting many conventions at once
    "Dans le département, 35 CTG ont été signées depuis trois ans ; ces conventions portent sur la petite enfance, "
    "la jeunesse et le logement.",
    # a general statement about the Caf, continued with a pronoun
    "La commune a signé sa CTG avec la Caf. L'action des Caf s'adapte à chaque territoire. Elle porte sur "
    "l'enfance, la jeunesse, la parentalité et le logement.",
    # 'une CTG permet': what conventions allow in general
    "La commune a signé sa CTG hier. Une CTG permet de financer les crèches, les accueils de loisirs et les centres "
    "sociaux de tout territoire qui en signe une.",
    # an explainer heading on the fields of a convention in general
    "La commune signe sa CTG. Les champs d'intervention d'une convention territoriale globale : la petite enfance, "
    "la jeunesse, le logement et l'accès aux droits.",
    # the venue of the signing, and the previous convention, are not fields of this one
    "La Maison de l'enfance de Montrouge accueillait mardi la signature de la convention territoriale globale.",
    "La commune a renouvelé sa CTG. Le 3 mai 2019 avait été signée une première convention qui portait sur "
    "l'enfance et la jeunesse.",
    # a job offer: what the post coordinates is not the convention's fields
    "Offre d'emploi : chargé de coopération CTG (H/F). Poste à pourvoir en CDD. Le chargé de coopération coordonne "
    "les orientations de la collectivité en matière de développement et de coordination du territoire. "
    "Candidature à adresser avant le 3 mars ; profil recherché : bac+5.",
    # services named only as history (the former contrat enfance jeunesse)
    "La commune a signé sa convention territoriale globale. Les crèches et les accueils de loisirs étaient "
    "jusqu'ici financés par le contrat enfance jeunesse (CEJ).",
]


@pytest.mark.parametrize("text", TRAPS)
def test_traps_give_no_theme(labeller, text):
    doc = labeller(text)
    assert doc._.themes.themes == [], doc._.themes.evidence


def test_explainer_section_ends_at_the_territory_choices(labeller):
    source = ("Qu'est-ce que la CTG ?\nC'est une convention qui peut couvrir tous les domaines de la vie des familles, "
              "de la petite enfance au logement.\nTrois ambitions ont été retenues par la communauté de communes :\n"
              "• <t l='jeunesse'>Soutenir les projets des adolescents</t>\n"
              "• <t l='inclusion_numerique'>Lutter contre l'illectronisme</t>\n")
    text, tags = parse_annotated(source)
    doc = labeller(text)
    assert set(doc._.themes.themes) == {t["l"] for t in tags}


def test_every_theme_has_evidence_with_offsets_and_scores(labeller):
    text = ("La CTG de la commune s'articule autour de deux axes :\n- Soutenir le relais petite enfance\n"
            "- Créer un lieu d'accueil enfants-parents\n")
    doc = labeller(text)
    themes = doc._.themes
    assert set(themes.evidence) == set(themes.themes) and themes.themes
    for items in themes.evidence.values():
        for item in items:
            assert text[item["start"]:item["end"]] == item["text"] and 0 <= item["score"] <= 1


@pytest.mark.parametrize("phrase,expected", [
    ("Développer le RPE", "petite_enfance"),
    ("Ouvrir un LAEP itinérant", "parentalite"),
    ("Créer un ALSH intercommunal", "enfance"),
    ("Soutenir l'EVS du quartier", "animation_vie_sociale"),
    ("Renforcer le PIJ", "jeunesse"),
    ("Labelliser la MSAP", "acces_aux_droits"),
    ("Animer le REAAP", "parentalite"),
    ("Étendre le CLAS aux collégiens", "parentalite"),
])
def test_acronyms(phrase, expected):
    from ctgminer.classify.themes import load_model

    assert expected in load_model().predict([phrase])[0]["labels"]


def test_extract_does_not_import_classify():
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "ctgminer" / "extract"
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and path.name != "analyser.py":
                assert not node.module.startswith("ctgminer.classify"), path


def test_document_decision_features_and_scores():
    import numpy as np

    from ctgminer.classify.theme_labels.decision import FEATURES, label_features, load_decision

    names = ["petite_enfance", "enfance", "autre"]
    probs = np.array([[0.9, 0.05, 0.05], [0.1, 0.2, 0.7]])
    x = label_features(probs, ["list", "prose"], [["petite_enfance"], []], [["enfance"]], names)
    assert x.shape == (3, len(FEATURES))
    col = dict(zip(FEATURES, x.T, strict=True))
    assert col["max_list"][0] == 0.9 and col["max_prose"][2] == 0.7 and col["is_autre"].tolist() == [0, 0, 1]
    assert col["sentences_only"][1] > 0 and col["sentences_only"][0] == 0  # enfance: named in a sentence only
    decision = load_decision()
    assert decision.kind in ("rule", "logistic", "hybrid")
    doc_scores = decision.decide(probs, ["list", "prose"], [["petite_enfance"], []], [["enfance"]], names)
    assert doc_scores.shape == (3,) and doc_scores[0] >= decision.threshold  # a strong list item counts


def test_evidence_rule():
    import numpy as np

    from ctgminer.classify.theme_labels.decision import rule_scores

    names = ["petite_enfance", "enfance", "autre"]
    probs = np.array([[0.9, 0.6, 0.05], [0.2, 0.1, 0.3]])  # the second phrase is weak and names no field
    params = {"min_score": 0.35, "phrase_threshold": 0.5, "lexical_support": 0.15, "sentences": False}
    assert rule_scores(probs, [[], []], [["autre"]], names, **params).tolist() == [0.9, 0.6, 0.0]
    params["sentences"] = True  # a theme sentence naming 'autre' carries it
    assert rule_scores(probs, [[], []], [["autre"]], names, **params)[2] == 0.5


def test_hybrid_decision_adds_what_the_regression_is_sure_of():
    import numpy as np

    from ctgminer.classify.theme_labels.decision import FEATURES, DocDecision

    names = ["petite_enfance", "logement"]
    rule = (("min_score", 0.35), ("phrase_threshold", 0.5), ("lexical_support", 0.15), ("sentences", True))
    weights = tuple(3.0 if f == "n_planned_mentions" else 0.0 for f in FEATURES)
    decision = DocDecision(weights, -1.5, 1e-9, kind="hybrid", rule=rule, hybrid_cut=0.7)
    probs = np.array([[0.9, 0.05]])  # a list item carries petite_enfance by the rule
    planned = [(["logement"], ("programme",))] * 3
    scores = decision.decide(probs, ["list"], [[]], [], names, planned)
    assert scores[0] >= 0.9 and scores[1] >= 0.7  # logement: three planned mentions, sure enough
    assert decision.decide(probs, ["list"], [[]], [], names, planned[:1])[1] == 0  # one is not enough


def test_document_themes_carry_their_decision_score(labeller):
    text = ("La CTG signée par la commune s'articule autour de trois axes :\n- Développer l'offre de crèches\n"
            "- Ouvrir un espace de vie sociale au centre-bourg\n- Accompagner les jeunes vers l'autonomie\n")
    themes = labeller(text)._.themes
    assert set(themes.themes) == {"petite_enfance", "animation_vie_sociale", "jeunesse"}
    for lab in themes.themes:
        assert themes.scores[lab] >= 0.3 and themes.evidence[lab][0]["source"] == "list"


# fields named by the page's structure rather than after an introduction word: enumerations that open a clause,
# headings naming a field over a paragraph about the convention, fields in the sentence after their announcement
STRUCTURE = [
    # an enumeration at the start of a sentence, before its verb
    ("La commune a signé sa convention territoriale globale avec la Caf. <t>Les micro-crèches</t>, <t>les relais "
     "petite enfance</t> et <t>les accueils de loisirs</t> bénéficient de nouveaux financements."),
    # the same after a clause that names no field, whose own verb is not the enumeration's
    ("La CTG a été signée mardi. Dans ce territoire rural, où les familles bénéficient de peu de services, "
     "<t>l'accès aux droits</t>, <t>le logement des jeunes</t> et <t>la mobilité</t> figurent en bonne place."),
    # a heading naming a field over a paragraph about the convention, between paragraphs
    ("La convention territoriale globale a été signée le 12 mars entre la communauté de communes et la Caf.\n\n"
     "<t>Des actions pour la petite enfance</t>\n\n"
     "Cette convention prévoit l'ouverture d'une micro-crèche de dix places et un relais petite enfance itinérant."),
    # fields given in the sentence after the one announcing the axes, opening on a pronoun
    ("Après un diagnostic partagé, trois axes ont été retenus dans cette convention. Ils concernent notamment "
     "<t>une meilleure lisibilité de l'offre</t>, <t>un soutien aux initiatives des habitants</t> et "
     "<t>l'accompagnement des familles monoparentales</t>."),
    # a 'Qu'est-ce que la CTG ?' section on a territory's page that goes on about its own convention, naming
    # its partners: the generic section ends there
    ("Qu'est-ce que la CTG ?\nC'est une convention de partenariat qui vise à renforcer la cohérence des actions.\n"
     "Elle repose sur un diagnostic partagé entre la communauté de communes et la Caf de la Meuse, qui ont défini "
     "des axes prioritaires sur des champs partagés (<t>petite enfance</t>, <t>jeunesse</t>, <t>logement</t>).\n"),
    # axes given one per sentence by their rank, each naming a single field
    ("La convention a été signée jeudi. Le premier axe porte sur <t>l'accueil des tout-petits</t>. Le deuxième "
     "axe concerne <t>l'accompagnement des familles monoparentales</t>."),
    # one item in other words inside an enumeration of three fields
    ("Les actions de la CTG portent sur <t>les horaires décalés du matin</t>, <t>les centres sociaux</t>, "
     "<t>l'accès aux droits</t> et <t>le logement</t>."),
    # a colon list of priorities in an official's quote, only one of its items in the taxonomy's words
    ("« Avec cette convention, nous travaillons selon des axes prioritaires, expliquait l'adjointe : <t>mobiliser les "
     "habitants</t>, <t>favoriser l'intégration</t>, <t>agir pour l'accès au droit</t>, <t>ouvrir une crèche</t>. »"),
]


# formats of pages seen in the wild, as trafilatura renders them: pictographs as bullets, axes that name
# themselves with no introduction, tables, fields given as 'Field : description' lines under a heading, sections
# of headings over short paragraphs, an official's 'agir pour ...'
@pytest.mark.parametrize("news", [
    # the article goes on with no heading after an explainer box: a past signing, a dated day, a dateline
    "La communauté de communes du Val d'Aure et la Caf ont signé leur CTG hier après-midi à Arreau.",
    "La signature s'est déroulée à la mairie de Saint-Lys, lundi 28 avril, en présence des maires.",
    "12/03/2024\nLa communauté de communes poursuit son partenariat avec la Caf.",
])
def test_explainer_section_ends_where_the_news_starts(labeller, news):
    source = ("Qu'est-ce qu'une CTG ?\nLa convention territoriale globale est une démarche de la Caf qui peut couvrir "
              "la petite enfance, le logement, le handicap et l'insertion.\n\n" + news + "\nLa convention porte sur "
              "<t l='jeunesse'>la jeunesse</t>, <t l='parentalite'>la parentalité</t> et <t l='acces_aux_droits'>l'accès "
              "aux droits</t>.\n")
    text, tags = parse_annotated(source)
    assert set(labeller(text)._.themes.themes) == {t["l"] for t in tags}


FORMATS = [
    ("La Ville a signé sa CTG avec la Caf le 4 juin. Au programme de la convention :\n👶 <t>la petite enfance</t>\n"
     "🧒 <t>les loisirs des enfants</t>\n👨\u200d👩\u200d👧 <t>le soutien aux parents</t>\n"),
    ("La CTG couvre plusieurs thématiques :\n- ✏️ <t>l'accompagnement à la scolarité</t>\n- 💻 <t>l'inclusion "
     "numérique</t>\n"),
    ("La commune et la Caf ont signé la convention territoriale globale le 12 mars 2024.\n"
     "Axe 1 : <t>Développer l'offre d'accueil du jeune enfant</t>\nAxe 2 : <t>Soutenir les parents</t>\n"),
    ("La convention a été signée le 3 mai. Les axes de travail sont détaillés ci-dessous.\n| Thématique | Objectif | "
     "\n|---|---|\n| <t>Petite enfance | Créer dix places de crèche</t> | \n| <t>Jeunesse | "
     "Ouvrir un point information jeunesse</t> | \n"),
    ("La communauté de communes a renouvelé sa CTG avec la Caf.\nLes enjeux de la CTG\n<t>Petite enfance : adapter "
     "l'offre d'accueil</t>.\n<t>Numérique : lutter contre l'illectronisme</t>.\n"),
    ("Le 12 mars, la commune et la Caf ont signé la convention territoriale globale pour cinq ans.\n\n"
     "<t>Petite enfance</t>\nLa commune s'engage à créer dix places en crèche d'ici 2026.\n\n<t>Jeunesse</t>\n"
     "Un point information jeunesse ouvrira en 2025.\n"),
    # what the convention is for, then its objectives
    ("La CTG a été signée le 4 avril.\nLa CTG permettra de :\n- <t>développer l'offre d'accueil du jeune enfant</t> ;\n"
     "- <t>soutenir les parents</t>."),
    ("La CTG a été signée le 4 avril.\nLes objectifs de la CTG :\n- <t>favoriser l'inclusion numérique</t>\n"
     "- <t>améliorer l'habitat</t>\n"),
    # a heading that counts the axes, no colon, no bullets
    ("La commune et la Caf ont signé leur CTG le 5 avril.\n\nLes 4 axes de la CTG\n<t>Accueil du jeune enfant</t>\n"
     "<t>Soutien à la parentalité</t>\n<t>Accès aux droits</t>\n<t>Logement des jeunes</t>\n\nElle court jusqu'en 2028."),
    # objectives after a colon in a sentence about this convention
    ("La CTG a été signée mardi. Cette convention fixe trois objectifs : <t>développer l'accueil des crèches</t>, "
     "<t>accompagner les adolescents</t> et <t>lutter contre l'illectronisme</t>."),
    ("« Avec cette CTG, nous voulons agir pour <t>la petite enfance</t>, <t>la jeunesse</t> et <t>l'accès aux "
     "droits</t> », a déclaré le maire de la commune signataire."),
    # a list typed as one paragraph, its items separated by semicolons, none in the taxonomy's words
    ("La CTG a été signée le 2 mai. Elle s'organise autour de trois axes : <t>rendre l'offre de services plus "
     "lisible</t> ; <t>soutenir et animer la vie locale</t> ; <t>accompagner les plus vulnérables</t>.\n"),
    ("Dans le cadre de la nouvelle CTG, quatre grands axes ont été définis : <t>Améliorer la connaissance des offres"
     "</t> ; <t>Favoriser une répartition équilibrée des services</t> ; <t>Développer une offre de qualité</t> ; "
     "<t>Impulser une dynamique de participation des habitants</t>.\nLa convention court jusqu'en 2027."),
    # bulleted lists under a colon line about the convention in its own words
    ("La commune et la Caf ont signé leur CTG le 3 mai.\nConcrètement, la CTG prévoit :\n- <t>l'ouverture d'une "
     "micro-crèche</t>\n- <t>un accueil de loisirs le mercredi</t>\n- <t>un point information jeunesse</t>\n"),
    ("La convention a été signée lundi.\nLes partenaires se sont engagés sur :\n• <t>Renforcer l'accès aux droits"
     "</t>\n• <t>Lutter contre l'isolement des aînés</t>\n• <t>Impulser une dynamique de participation</t>\n"),
    ("La CTG a été signée le 9 juin avec la Caf du Gers.\nElle comprend notamment :\n- <t>la petite enfance</t>\n"
     "- <t>la parentalité</t>\n"),
    # unmarked lines under a colon line about the convention, items read as objectives
    ("La CTG a été signée le 9 juin.\nConcrètement, la convention prévoit :\n<t>Rendre l'offre de services plus "
     "lisible</t>\n<t>Rapprocher les services des habitants</t>\n<t>Soutenir les initiatives des habitants</t>\n\n"
     "Elle court jusqu'en 2028."),
    # as many unmarked lines as the sentence above counts axes
    ("La CTG a été signée le 9 juin. Quatre grandes ambitions ont été retenues.\n<t>Améliorer la connaissance des "
     "offres</t>\n<t>Favoriser une répartition équilibrée des services</t>\n<t>Développer une offre de qualité</t>\n"
     "<t>Impulser une dynamique de participation</t>\nLe maire a remercié les agents de la Caf pour leur travail "
     "pendant le diagnostic."),
    # semicolons after a colon line about the convention in its own words
    ("La CTG a été signée le 9 juin. Les grandes lignes de la convention : <t>Améliorer la connaissance des offres"
     "</t> ; <t>Favoriser une répartition équilibrée des services</t> ; <t>Impulser une dynamique de participation"
     "</t>.\n"),
    # objectives in infinitives after an announcing colon, none in the taxonomy's words
    ("La CTG a été signée le 9 juin. Trois axes ont été définis : <t>rendre l'offre de services plus lisible</t>, "
     "<t>rapprocher les services des habitants</t>, <t>soutenir les initiatives locales</t>.\n"),
    # a page whose line breaks were lost: dashes inline after the introduction, the next sentence glued to the last
    ("La CTG a été signée le 9 juin avec la Caf. Les axes priorisés par les partenaires sont : - <t>Accompagner la "
     "parentalité</t>, - <t>Soutenir la jeunesse</t>, - <t>Développer les réseaux existants</t> Pour éclairer ces "
     "propos, le maire a cité plusieurs exemples."),
    # ... or an unmarked list whose items end with full stops, each next one in lower case
    ("La CTG a été signée le 15 janvier. Parmi les grands objectifs inscrits au plan d'action : <t>favoriser "
     "l'accueil des enfants porteurs de handicap</t>. <t>encourager les initiatives des adolescents</t>. <t>développer "
     "l'offre d'accueil du jeune enfant</t>. Le président s'est félicité du travail accompli."),
    # objectives as section headings, each over its paragraph, under a paragraph that announces the axes
    ("La commune et la Caf du Lot ont signé la CTG, qui s'articule autour de trois axes de travail :\n"
     "<t>Consolider les services de proximité</t>\nUne maison France services ouvrira en 2025.\n"
     "<t>Soutenir et animer la vie locale</t>\nLes associations seront aidées pour leurs fêtes.\n"),
    # each axis under its own label line, as pages render <h3>Axe 1</h3><p>...</p>
    ("La CTG a été signée le 9 juin.\nAxe 1\n<t>Rendre l'offre de services plus lisible</t>\nAxe 2\n\n<t>Rapprocher "
     "les services des habitants</t>\nAXE 3 :\n<t>Soutenir les initiatives locales</t>\n"),
    # one axis per sentence by its rank, the axis one item whatever its 'et' and prepositions
    ("La CTG a été signée le 9 juin. Le premier axe : <t>améliorer la connaissance et renforcer la lisibilité des "
     "offres sur le territoire</t>. Le deuxième axe : <t>impulser une dynamique de participation des habitants</t>."),
    # a question heading about the convention's content, over bulleted or unmarked lines
    ("La CTG a été signée le 9 juin.\nSur quoi porte la convention ?\n- <t>Rendre l'offre de services plus lisible"
     "</t>\n- <t>Rapprocher les services des habitants</t>\n"),
    ("La CTG a été signée le 9 juin.\nQuelles sont les priorités de la CTG ?\n<t>L'accueil des tout-petits</t>\n"
     "<t>L'accès aux droits</t>\n<t>Le soutien aux parents</t>\n"),
    # a list announced after a sentence about the former contract the CTG replaces
    ("C'est une évolution du contrat enfance jeunesse vers un nouveau contrat : la CTG. Elle comprend des actions "
     "en direction de :\n- <t>la petite enfance</t>\n- <t>la parentalité</t>\n- <t>l'accès aux droits</t>\n"),
    # a photo credit or an image's file name between the introduction and its items
    ("La CTG a été signée le 9 juin. Elle s'articule autour de trois axes :\n© Photo Mairie\n- <t>Rendre l'offre de "
     "services plus lisible</t>\n- <t>Rapprocher les services des habitants</t>\n"),
    ("La CTG a été signée le 9 juin. Les priorités retenues :\nsignature-ctg.jpg\n<t>L'accueil des tout-petits</t>\n"
     "<t>L'accès aux droits</t>\n"),
    ("La CTG a été signée le 9 juin. Les enjeux de la convention :\nPartager sur Facebook\nLire aussi : La crèche "
     "rouvre ses portes\n- <t>Rendre l'offre de services plus lisible</t>\n- <t>Rapprocher les services des "
     "habitants</t>\n"),
    # a page typed without accents: its introduction words read all the same
    ("La CTG a ete signee le 9 juin. Les thematiques retenues :\n- <t>la parentalite</t>\n- <t>l'acces aux droits"
     "</t>\n"),
    # a list of fields after any colon line: three items name fields
    ("La CTG a été signée le 9 juin. « Ce projet fédère les acteurs qui interviennent sur :\n- <t>la petite enfance"
     "</t>\n- <t>la parentalité</t>\n- <t>l'accès aux droits</t>\n- <t>le handicap</t>\n"),
    # a list under the convention declining another scheme locally
    ("La CTG décline localement les politiques du Schéma départemental des services aux familles en matière de :\n"
     "- <t>petite enfance</t>\n- <t>jeunesse</t>\n- <t>logement</t>\n"),
    ("La CTG a été signée le 9 juin.\nLe document fixe les objectifs suivants :\n- <t>mieux informer les familles"
     "</t>\n- <t>rapprocher les services des habitants</t>\n"),
    # a plan's table: the cells of who and when are no fields (each row one item up to them, session 26)
    ("La CTG a été signée le 9 juin. Plan d'actions :\nFiche | Intitulé | Pilote | Calendrier\n<t>PE1 | Créer une "
     "micro-crèche</t> | CCAT | 2024\n<t>PA1 | Organiser des cafés des parents</t> | Centre social | 2025\n"),
    # a table flattened without outer pipes, its first row naming the columns
    ("La CTG signée en décembre fixe les engagements communs. Voici ce qu'elle contient.\nThématique | Objectif\n"
     "<t>Petite enfance | Adapter l'offre d'accueil</t>\n<t>Parentalité | Mieux informer les parents</t>\n"),
    # numbered axes, each over its own paragraph
    ("La CTG a été signée le 3 juin.\nOrientation 1 – <t>Accueillir les jeunes enfants près de chez eux</t>\nLe "
     "multi-accueil gagnera douze places.\nOrientation 2 – <t>Offrir aux jeunes des loisirs de qualité</t>\nUn "
     "accueil jeunes ouvrira à la rentrée.\n"),
    # field label lines under a heading in other words
    ("La CTG a été signée le 3 juin avec la Caf.\nEn pratique\n<t>Petite enfance : douze places de plus au "
     "multi-accueil</t>\n<t>Jeunesse : un accueil jeunes à la rentrée</t>\n"),
    # bullets right under the paragraph that names the convention, with no introduction
    ("Le président et la directrice de la Caf ont signé lundi la CTG 2024-2027.\n- <t>Relais petite enfance et "
     "accueil individuel</t>\n- <t>Accueils de loisirs intercommunaux</t>\n- <t>Soutien à la parentalité</t>\n"),
    # ... or under an introduction in words of its own after it
    ("Le président et la directrice de la Caf ont signé lundi la CTG 2024-2027.\nConcrètement, cela veut dire :\n"
     "→ <t>plus de places en crèche</t> ;\n→ <t>des accueils de loisirs dans chaque bourg</t> ;\n"),
    # a numbered list that goes on under its sub-headings
    ("La Ville a signé sa CTG et pris huit engagements précis.\nPour les plus petits\n1. <t>Créer 120 places "
     "d'accueil du jeune enfant</t>.\n2. <t>Renforcer le relais petite enfance</t>.\nPour les jeunes\n3. <t>Ouvrir "
     "un second Point information jeunesse</t>.\n"),
    # under a paragraph naming the convention, with no introduction, lines that each give a field and its action
    ("Signature de la CTG\nLa communauté de communes a signé sa CTG avec la Caf le 4 juillet.\n<t>Petite enfance : "
     "une micro-crèche ouvrira à Givrand</t>.\n<t>Jeunesse : un espace jeunes intercommunal</t>.\n"),
    # a deliberation's decision that introduces the axes, between two other decisions
    ("Délibération n° 2024-41 – Approbation de la CTG avec la Caf de l'Orne\nLe conseil, après en avoir délibéré,\n"
     "DÉCIDE\n- d'approuver la CTG 2024-2028, dont les orientations sont les suivantes :\nAxe 1 : <t>favoriser "
     "l'accueil des tout-petits dans les bourgs</t> ;\nAxe 2 : <t>accompagner les parents d'adolescents</t> ;\n"
     "- d'autoriser le Maire à la signer.\n"),
    # a news item in numbered sections, the axes in one of them
    ("La commune et la Caf ont renouvelé leur CTG.\n1. Le bilan\nLa première convention a permis d'ouvrir une crèche."
     "\n2. Les trois axes 2025-2029\nAxe 1 – <t>Accueillir les enfants dès le plus jeune âge</t>.\nAxe 2 – <t>Soutenir "
     "les familles monoparentales</t>.\nAxe 3 – <t>Rapprocher les services des habitants</t>.\n3. Les moyens\nLa "
     "Caf apporte 2 millions d'euros.\n"),
]


@pytest.mark.parametrize("source", STRUCTURE + FORMATS)
def test_structural_fields_are_found(finder, source):
    _check(finder, source, with_labels=False)


STRUCTURE_TRAPS = [
    # a site menu: a run of short lines naming fields, no paragraph around them
    "Accueil\nPetite enfance\nEnfance\nJeunesse\nSolidarités\n\nLa Ville a signé sa CTG avec la Caf le 4 juin.",
    # a heading naming a field over a paragraph about another scheme
    ("La convention territoriale globale a été signée le 12 mars entre la communauté de communes et la Caf.\n\n"
     "Petite enfance\n\nLe schéma départemental des services aux familles prévoit depuis 2019 de nouvelles places."),
    # an enumeration opening a sentence about CTGs in general
    ("Qu'est-ce qu'une CTG ? La petite enfance, la jeunesse et le logement figurent dans les champs que les "
     "conventions territoriales globales peuvent couvrir."),
    # an explainer naming a Caf but no one territory: still generic
    ("Qu'est-ce que la CTG ?\nC'est une convention signée entre la Caf de la Meuse et la commune ou "
     "l'intercommunalité.\nElle couvre des champs (petite enfance, jeunesse, logement).\n"),
    # a colon list of three items none of which names a field
    "Les axes de la réunion : accueil des élus, présentation du calendrier, questions diverses.",
    # a table of opening hours on a CTG page: no header nor line above announces fields
    ("La CTG a été signée le 4 juin.\nHoraires des permanences\n| Jour | Lieu | \n|---|---|\n| Lundi | Mairie | \n"
     "| Jeudi | Espace France services | \n"),
    # a page's list of services: headings over short paragraphs under no paragraph about the convention
    ("Nos services\nPetite enfance\nLe multi-accueil est ouvert du lundi au vendredi.\nJeunesse\nL'espace jeunes "
     "accueille les 11-17 ans le mercredi.\n\nLa Ville a signé sa CTG avec la Caf le 4 juin."),
    # the objectives of another kind of convention
    ("La CTG a été signée le 4 juin. Le Département signera aussi une convention partenariale.\nLes objectifs de "
     "cette convention partenariale :\n- co-construire des stratégies\n- rationaliser les investissements\n"),
    # numbered axes of another scheme
    ("La CTG a été signée le 4 juin. Le contrat de ville, lui, garde ses propres priorités :\n"
     "Axe 1 : cohésion sociale\nAxe 2 : emploi et développement économique\n"),
    # the steps of the process, introduced by a sentence that does not name the convention (the one before does)
    ("La CTG permet aussi de mieux mobiliser les financements. La démarche se déroule en plusieurs temps :\n"
     "- La préparation qui permet de s'approprier la démarche\n- Le diagnostic partagé des besoins des familles\n"
     "- Le pilotage et le suivi de cette convention\n"),
    # a list of places under a colon line: two short items name fields, not two thirds of them
    ("La CTG a été signée le 9 juin. Rendez-vous ensuite :\n- à la crèche Les Lutins\n- à la mairie\n"
     "- au gymnase\n- à la médiathèque\n- à l'espace jeunes\n"),
    # a sentence counting axes over fewer unmarked lines than it counts
    ("La CTG a été signée le 9 juin. Trois axes ont été retenus.\nLa suite au prochain numéro\nMerci"),
    # infinitives after a colon that announces no axes
    "La CTG a été signée le 9 juin. Au programme de la matinée : accueillir les invités, signer, visiter le site.\n",
    # an article's subtitles in other words under a paragraph that names the convention but announces no axes
    ("La commune et la Caf du Lot ont signé la convention territoriale globale ce mardi à la mairie du village.\n"
     "Un moment convivial\nLes élus ont partagé un verre avec les habitants.\nRendez-vous en septembre\n"
     "Un premier bilan sera présenté au conseil.\n"),
    # another scheme's list introduced by a possessive after the sentence that names it
    ("La CTG a été signée le 4 juin. Le contrat de ville a été signé en mars. Ses axes :\n- l'emploi\n- le "
     "logement\n- la santé\n"),
    # a colon line about the signing over the people present
    ("La convention territoriale globale a été signée en présence de :\n- M. Jean Martin, maire\n"
     "- Mme Claire Petit, présidente de la Caf\n- M. Paul Durand, directeur\n"),
    # a semicolon list under a line that announces no fields
    "La CTG a été signée le 2 mai. Étaient présents : le maire ; la présidente de la Caf ; le directeur de la Caf.\n",
    # a pronoun continuing a sentence that announces nothing
    ("Le maire a remercié les agents de la Caf présents. Ils concernent notamment le calendrier "
     "des réunions, la date de la prochaine visite et le compte rendu."),
]


def test_a_place_put_first_introduces_no_enumeration(finder):
    """A deliberation's exposé: "Sur le territoire de ..." opens the sentence, the needs follow its verb."""
    doc = finder("La CTG 2023-2027 est soumise au conseil. Sur le territoire de la communauté, le diagnostic a mis "
                 "en évidence un manque de places en crèche, des difficultés d'accès aux droits et l'isolement des "
                 "familles.")
    assert not [s.text for s in doc.spans["theme_phrases"] if s.text.startswith("le territoire")]


@pytest.mark.parametrize("text", STRUCTURE_TRAPS)
def test_structural_traps_give_no_phrase(finder, text):
    doc = finder(text)
    assert [s.text for s in doc.spans["theme_phrases"]] == []


def test_the_longest_term_names_the_field():
    """'jeunes enfants' names early childhood, not also youth by its word 'jeunes'."""
    from ctgminer.extract.components.themes.lexicon import labels_named

    assert labels_named("l'accueil des jeunes enfants") == ("petite_enfance",)
    assert labels_named("PETITE ENFANCE") == ("petite_enfance",)  # an upper-case heading
    # the plural of a term's words: "assistante maternelle", "périscolaire", "centre de loisirs"
    assert labels_named("les assistantes maternelles") == ("petite_enfance",)
    assert labels_named("les temps périscolaires et les centres de loisirs") == ("enfance",)
    assert labels_named("les jeunes et les jeunes enfants") == ("petite_enfance", "jeunesse")


_SIGNED = ("La commune de Saint-Aubin et la Caf de la Sarthe ont signé le 12 mars 2024 la Convention territoriale "
           "globale pour 2024-2028. Elle porte sur la petite enfance et la jeunesse.")


@pytest.mark.parametrize(("text", "expected"), [
    # a sentence that turns away from the convention to what the Caf does anyway
    ("La communauté de communes et la Caf ont signé le 5 avril leur Convention territoriale globale. Elle porte sur "
     "la petite enfance et la jeunesse. Par ailleurs, la Caf finance aussi les centres sociaux, le logement étudiant "
     "et l'aide aux vacances dans tout le département.", ["jeunesse", "petite_enfance"]),
    # another territory's earlier convention, in the pluperfect
    ("La commune et la Caf ont signé le 5 avril leur Convention territoriale globale. Elle porte sur la petite "
     "enfance et la parentalité. La commune voisine avait signé en 2019 une CTG consacrée au logement et au "
     "handicap.", ["parentalite", "petite_enfance"]),
    # the Caf's benefits in a figures section, page tags, the Caf's mission for every family in a quote
    (_SIGNED + "\n\nLa Caf de la Sarthe en chiffres\nEn 2023, la Caf a versé 600 millions d'euros de prestations : "
     "aides au logement, allocation aux adultes handicapés, RSA.", ["jeunesse", "petite_enfance"]),
    (_SIGNED + "\nMots-clés : CTG, Caf, logement, handicap, parentalité", ["jeunesse", "petite_enfance"]),
    (_SIGNED + " « La Caf accompagne les familles à chaque étape de la vie : naissance, séparation, logement, "
     "handicap », rappelle la directrice.", ["jeunesse", "petite_enfance"]),
    # every age at once, as an official's rhetoric
    (_SIGNED + " « Ce document engage la Caf à nos côtés, au service de toutes les générations, de la jeunesse à nos "
     "aînés », a souligné le maire.", ["jeunesse", "petite_enfance"]),
    # another contract's fields, in a sentence that does not name this convention
    (_SIGNED + "\nLe contrat de ville 2024-2030 porte quant à lui sur l'emploi, le logement, la santé et la "
     "tranquillité publique.", ["jeunesse", "petite_enfance"]),
    (_SIGNED + " Le projet éducatif territorial (PEDT) cible de son côté l'accompagnement à la scolarité et les "
     "activités périscolaires.", ["jeunesse", "petite_enfance"]),
    # related articles under their heading, after a truncated line that names 'thématiques'
    (_SIGNED + "\nLes compétences relatives à ces thématiques sont déte\n\nÀ lire aussi\nLogement : permanence de "
     "l'ADIL le mardi\nHandicap : un nouveau service d'accueil\n", ["jeunesse", "petite_enfance"]),
    # a list of the Caf's benefits and a sidebar agenda after the article: colon lines that do not make the list
    # their object
    (_SIGNED + "\n\nLa Caf, c'est aussi :\n- des aides au logement\n- l'allocation aux adultes handicapés\n"
     "- le revenu de solidarité active\n", ["jeunesse", "petite_enfance"]),
    (_SIGNED + "\n\nAgenda :\n- 12 juin : fête de la petite enfance\n- 15 juin : forum de l'emploi\n- 20 juin : "
     "atelier d'initiation au numérique\n", ["jeunesse", "petite_enfance"]),
    # a visit on the day of the signing
    (_SIGNED + " Après la signature, les élus ont visité la nouvelle crèche et la maison France services du "
     "quartier.", ["jeunesse", "petite_enfance"]),
    # another territory's own convention
    (_SIGNED + " La commune voisine a, elle, signé sa propre CTG en 2022, centrée sur le logement et le handicap.",
     ["jeunesse", "petite_enfance"]),
    # the national formula describing every CTG ('coordination' is no theme there)
    (_SIGNED + " Elle vise à renforcer l'efficacité, la cohérence et la coordination des actions en direction des "
     "habitants.", ["jeunesse", "petite_enfance"]),
    # a statistic of the territory's diagnostic
    (_SIGNED + " Le diagnostic de la convention le rappelle : le taux de pauvreté atteint 31 % et 24 % des familles "
     "sont monoparentales.", ["jeunesse", "petite_enfance"]),
])
def test_passages_beside_the_convention_add_no_theme(labeller, text, expected):
    assert labeller(text)._.themes.themes == expected


def test_span_groups_over_the_same_characters_keep_their_own_values():
    # a theme phrase found over the very characters of a signatory ("président du Grand-Langres et Anne Cardinal"
    # in a sentence glued to the next) must not take the signatory's value, nor give it its own
    from ctgminer.extract.components.base import Mention, write_spans

    register_extensions()
    doc = spacy.blank("fr")("Jacky Maugras et Anne Cardinal ont signé.")
    write_spans(doc, "signatories", [Mention(0, 13, "Jacky Maugras", {"name": "Jacky Maugras"}, "signatory")])
    write_spans(doc, "theme_phrases", [Mention(0, 13, "Jacky Maugras", "a phrase", "theme")])
    assert doc.spans["signatories"][0]._.value == {"name": "Jacky Maugras"}
    assert doc.spans["theme_phrases"][0]._.value == "a phrase"
    doc.spans["theme_phrases"][0].label_ = "autre"  # a later component may rename the span
    assert doc.spans["theme_phrases"][0]._.value == "a phrase"


def test_an_enumeration_stops_at_a_sentence_glued_to_the_next(finder):
    text = ("La convention signée le 6 mars porte sur la petite enfance, la parentalité et le logement.Présents pour "
            "cette signature, le président de la communauté et la maire.")
    doc = finder(text)
    assert [s.text for s in doc.spans["theme_phrases"]] == ["la petite enfance", "la parentalité", "le logement"]


@pytest.mark.parametrize(("text", "expected"), [
    # capitals typed without their accents, a page typed without any
    ("ACCES AUX DROITS", ("acces_aux_droits",)),
    ("la creche et le soutien a la parentalite", ("petite_enfance", "parentalite")),
    ("PARENTALITÉ", ("parentalite",)),
    ("Accès aux droits", ("acces_aux_droits",)),
])
def test_the_lexicon_reads_words_without_their_accents(text, expected):
    from ctgminer.extract.components.themes.lexicon import labels_named

    assert labels_named(text) == expected


def test_an_enumeration_stops_at_an_ellipsis(finder):
    text = "La CTG signée ce mardi porte sur la petite enfance, la parentalité, l'accès aux droits… Chacun a salué le travail."
    doc = finder(text)
    assert [s.text for s in doc.spans["theme_phrases"]] == ["la petite enfance", "la parentalité", "l'accès aux droits"]


@pytest.mark.parametrize(("text", "expected"), [
    # an interview's answer under its question about the convention
    ("Quels sont les axes de cette convention ?\nNous avons retenu la petite enfance, la jeunesse et le soutien aux "
     "parents.", ["jeunesse", "parentalite", "petite_enfance"]),
    # a paragraph going through the fields the convention covers, one sentence each
    ("Mercredi, la commune et la Caf ont signé leur CTG.\nPlusieurs champs d'intervention sont concernés. En premier "
     "lieu, la petite enfance avec le relais. Ensuite, le soutien à la parentalité.", ["parentalite", "petite_enfance"]),
    # but not a paragraph under a heading about something else
    ("Quels sont les projets du quartier ?\nLa petite enfance et la jeunesse y tiennent une grande place.", []),
])
def test_sentences_about_the_convention_by_their_heading_or_paragraph(labeller, text, expected):
    assert labeller(text)._.themes.themes == expected


_FAQ = ("C'est quoi, une CTG ?\nUn contrat entre la Caf et une collectivité.\nQuels domaines peut-elle couvrir ?\n"
        "Selon les besoins, une CTG peut porter sur :\n• la petite enfance\n• le logement\nQuels financements ?\n"
        "Les collectivités signataires bénéficient des bonus territoire (crèches, accueils de loisirs...).\n")


@pytest.mark.parametrize(("text", "expected"), [
    # what the convention leaves out
    (_SIGNED + " Le logement et l'insertion ne font pas l'objet d'engagements dans la présente convention ; ils "
     "pourront être intégrés par avenant.", ["jeunesse", "petite_enfance"]),
    ("La CTG a été signée le 9 juin. Elle ne porte pas sur le logement, mais sur la parentalité et le handicap.",
     ["handicap", "parentalite"]),
    ("La CTG a été signée le 9 juin. Elle ne se limite pas à la petite enfance : la convention couvre aussi le "
     "handicap.", ["handicap", "petite_enfance"]),
    # an amendment that leaves the convention's fields as they are names them all the same
    ("Considérant que l'avenant à la CTG ne modifie pas les champs d'intervention de la convention (petite enfance, "
     "parentalité, accès aux droits) ;", ["acces_aux_droits", "parentalite", "petite_enfance"]),
    # 'ces conventions' on a page reviewing CTGs nationally, and on a Caf's page of several signings
    ("Au 31 décembre, 222 CTG avaient été signées. Ces conventions contribuent à un meilleur accès aux droits.", []),
    ("La Caf a signé en juin trois nouvelles CTG avec les communautés de communes du département. Toutes ces "
     "conventions courent jusqu'en 2026. Elles reposent sur des priorités propres : la petite enfance, la "
     "jeunesse et le logement.", ["jeunesse", "logement", "petite_enfance"]),
    # another scheme's fields beside the convention named only as what it is not
    (_SIGNED + " Les temps périscolaires restent organisés par les communes dans le cadre de leur projet éducatif "
     "de territoire (PEDT), qui ne fait pas partie de la CTG.", ["jeunesse", "petite_enfance"]),
    # the earlier convention in the pluperfect
    ("La commune a signé sa deuxième CTG vendredi. La première convention, signée en 2018, s'était concentrée sur "
     "le logement et le handicap. Cette fois, la CTG porte sur la jeunesse et la parentalité.",
     ["jeunesse", "parentalite"]),
    # the Caf's missions, in its director's words, beside the convention's own fields
    ("La commune et la Caf ont signé vendredi la CTG. « Nos missions couvrent la petite enfance, le logement et "
     "l'insertion », a rappelé le directeur. La convention porte sur la jeunesse et la parentalité.",
     ["jeunesse", "parentalite"]),
    # an explainer's questions and answers, all about CTGs in general
    (_FAQ, []),
    # what a CTG may concern, in a convention's preamble, beside the fields it retains
    ("Préambule\nLa CTG est l'outil de ce partenariat. Elle peut concerner l'ensemble des champs d'intervention : "
     "petite enfance, logement, handicap.\nArticle 2 – Les champs retenus\nLes partenaires conviennent d'intervenir "
     "sur les champs suivants :\na) l'accueil du jeune enfant ;\nb) l'accès aux droits des familles.",
     ["acces_aux_droits", "petite_enfance"]),
    # a question about what this convention concerns is no definition
    ("La CTG a été signée le 3 février avec la Caf.\nQu'est-ce qui est concerné ?\nEssentiellement l'accueil des "
     "enfants : les multi-accueils, le relais petite enfance et les accueils périscolaires.",
     ["enfance", "petite_enfance"]),
    # ... until the page tells its own choices, whatever its headings are
    (_FAQ + "Chez nous, le diagnostic a conduit les élus à retenir deux orientations.\nOrientation 1 – Soutenir les "
     "parents\nUn café des parents ouvrira.\nOrientation 2 – Ouvrir un espace de vie sociale\nIl sera animé par "
     "les habitants.\n", ["animation_vie_sociale", "parentalite"]),
    # a page of questions about this convention: the answer to 'Sur quoi porte-t-elle ?'
    ("La CTG en 3 questions\nLe 19 janvier, la communauté de communes a signé sa CTG avec la Caf.\nC'est quoi, une "
     "CTG ?\nUn contrat qui remplace l'ancien contrat enfance jeunesse.\nSur quoi porte-t-elle ?\nSur trois "
     "thématiques : la petite enfance, le soutien à la parentalité et l'accès aux droits.\nPour combien de "
     "temps ?\nQuatre ans.", ["acces_aux_droits", "parentalite", "petite_enfance"]),
    # ages name fields; a duration does not
    ("La CTG, signée pour une durée de 4 à 5 ans, prévoit : \n- un accueil pour les 11-17 ans\n- un lieu pour les "
     "parents\n", ["jeunesse", "parentalite"]),
    ("La CTG a été signée le 9 juin. La convention prévoit des loisirs pour les 6-14 ans.", ["enfance", "jeunesse"]),
    # what a CTG may cover, in an explainer or a diagnostic meeting's report
    ("La Convention territoriale globale est signée entre la Caf et une collectivité. Les champs qui peuvent être "
     "couverts sont nombreux :\n- la petite enfance\n- la parentalité\n- le logement\n", []),
    ("Une réunion publique a lancé le diagnostic de la future CTG. La chargée de mission de la Caf a rappelé que "
     "la CTG pourra couvrir « la petite enfance, la jeunesse, la parentalité et le logement », selon les priorités "
     "retenues.", []),
    # the former contract's fields, in the imperfect, on a renewal's page
    ("La communauté et la Caf ont signé la CTG le 9 mars. Le précédent contrat enfance jeunesse portait surtout sur "
     "les crèches et les accueils de loisirs. La nouvelle convention porte sur la parentalité et le logement.",
     ["logement", "parentalite"]),
    ("La Ville a renouvelé sa CTG avec la Caf. La première convention, centrée sur les accueils de loisirs, a été "
     "évaluée en 2024. La nouvelle porte sur la parentalité et l'accès aux droits.", ["acces_aux_droits", "parentalite"]),
    ("Le conseil a approuvé la deuxième CTG. La première convention (2019-2022) avait été bâtie autour des accueils "
     "de loisirs. Cette convention porte sur la parentalité et la jeunesse.", ["jeunesse", "parentalite"]),
    # a page of questions: the explainer's question, then what this convention holds for each public
    ("La CTG en 4 questions\nLa communauté de communes a signé le 30 novembre sa CTG avec la Caf.\nC'est quoi une "
     "CTG ?\nUn contrat de partenariat entre la Caf et la collectivité.\nQu'est-ce qu'elle contient pour les "
     "tout-petits ?\nUne réflexion sur une micro-crèche à Cirey.\nEt pour les parents ?\nUn lieu d'accueil "
     "enfants-parents itinérant.\n", ["parentalite", "petite_enfance"]),
    # an interview about what this convention will change, and its follow-up question; an explainer's question in
    # the present stays generic
    ("LE MAG – Printemps 2021\nLa CTG a été signée le 2 février dernier.\nQu'est-ce que la CTG va changer pour les "
     "familles ?\nElle nous engage sur des objectifs précis : 40 places en crèche d'ici 2025.\nEt les parents ?\nNous "
     "allons ouvrir un lieu d'accueil enfants-parents itinérant.\n", ["parentalite", "petite_enfance"]),
    ("Tout comprendre de la CTG\nFinancièrement, qu'est-ce que la Ctg change pour les collectivités ?\nElle "
     "remplace le contrat enfance jeunesse et finance les crèches et les accueils de loisirs.\n", []),
    # a sentence opening on a pronoun goes on about the other scheme the previous one told
    ("Le Département et la Caf ont signé aujourd'hui leur nouvelle CTG. Les actions du schéma départemental des "
     "services aux familles visent à soutenir toutes les familles. Elles s'intéressent ainsi aux modes d'accueil, "
     "au handicap et au lien social.", []),
    # the earlier convention told with a pronoun in the imperfect
    ("La CTG a été renouvelée en mars. La première convention avait permis d'ouvrir une crèche. Elle comportait "
     "aussi un axe logement, abandonné faute de porteur. La nouvelle porte sur la parentalité et la jeunesse.",
     ["jeunesse", "parentalite"]),
    # the facilities that carry the actions, named as partners of the work, and a related link in the story
    ("La CTG a été signée lundi. Cette signature conclut des mois de travail avec les services municipaux et les "
     "centres sociaux. Des actions de soutien à la parentalité seront conduites avec le centre social d'Auxonne.\n"
     "À lire aussi : Fleurance : le centre social fête ses dix ans", ["parentalite"]),
    # the fields any territory may choose from, and a consultation's questionnaire
    ("La Caf du Morbihan vous explique la CTG.\nLes champs possibles\nPetite enfance, jeunesse, logement : chaque "
     "territoire choisit les champs qui correspondent à ses enjeux.\n", []),
    ("La Ville prépare sa future CTG avec la Caf. Le questionnaire, en ligne jusqu'au 15 mars, aborde les modes de "
     "garde, les loisirs et le logement.", []),
    # a page of questions about this convention, for each public, and what it provides
    ("La CTG a été signée le 29 juin.\nC'est quoi, une CTG ?\nUn contrat de cinq ans entre la Caf et l'Agglo.\n"
     "Qu'est-ce que ça change pour les tout-petits ?\nL'Agglo va créer 40 places en crèche.\nEt si mon enfant est en "
     "situation de handicap ?\nUn pôle ressources handicap aidera les crèches.\n", ["handicap", "petite_enfance"]),
    ("Mauges Communauté et la Caf ont signé le 19 mars une CTG.\nCe qu'elle prévoit\n→ Parentalité : développer les "
     "ateliers entre parents\n→ Logement : lutter contre l'habitat indigne\n", ["logement", "parentalite"]),
    # what the convention brings in funding names no field
    ("La Ville a signé sa CTG avec la Caf. Elle permet de :\n- faire bénéficier des bonus territoire tous les "
     "équipements cofinancés par la collectivité\n- soutenir la parentalité\n- ouvrir une micro-crèche\n",
     ["parentalite", "petite_enfance"]),
    # what signing brings any signatory, in an explainer
    ("La Convention territoriale globale est signée entre la Caf et une collectivité pour cinq ans. Les communes "
     "signataires bénéficient des bonus territoire, qui financent leurs équipements (crèches, accueils de loisirs, "
     "relais petite enfance). La signature d'une Ctg ouvre droit aux bonus versés aux accueils de loisirs.", []),
    # objectives in the infinitive whose public is a common word ("les parents", "les jeunes")
    ("La CTG a été renouvelée le 18 avril. La nouvelle convention se donne pour objectifs d'accompagner les jeunes "
     "dans leurs projets et de soutenir les parents lors de la séparation.", ["jeunesse", "parentalite"]),
    # needs told as a lack are what the convention answers, not what it leaves out
    ("La CTG a été signée lundi. « Nous avons des villages où il n'existe aucune crèche », a dit le président. « Les "
     "16-25 ans sont les plus nombreux à ne pas demander les aides », a ajouté la directrice de la Caf. La convention "
     "prévoit d'aller vers eux.", ["jeunesse", "petite_enfance"]),
    # fields that belong to another scheme "and not to the CTG", and other schemes named beside it
    (_SIGNED + " La santé des seniors et la mobilité relèvent du contrat local de santé, et non de la CTG.",
     ["jeunesse", "petite_enfance"]),
    ("Saint-Flour : la ville signe coup sur coup sa CTG, son PEDT et rejoint le contrat local de santé\nLa CTG porte "
     "sur la petite enfance et la jeunesse.", ["jeunesse", "petite_enfance"]),
    # an enumeration no word announces, in a sentence naming the convention
    ("Le maire a signé la CTG le 9 décembre. « La CTG nous donne un cadre pour penser ensemble l'accueil des "
     "tout-petits, les loisirs des enfants, l'information des jeunes et le soutien aux parents. »",
     ["enfance", "jeunesse", "parentalite", "petite_enfance"]),
    # an official's portfolio and an office's contact line name no field
    ("Sur le rapport de Mme la vice-présidente déléguée à la jeunesse, le conseil approuve la CTG, qui porte sur la "
     "petite enfance et la parentalité.", ["parentalite", "petite_enfance"]),
    ("La CTG a été signée le 9 juin. Elle porte sur les axes suivants :\n- l'accueil du jeune enfant\n- le soutien "
     "aux parents\nContacts :\n- Service enfance-jeunesse – 03 84 12 34 56\n- Pôle familles : familles@cc-exemple.fr\n",
     ["parentalite", "petite_enfance"]),
    # an explainer's numbered questions, and fields that vary "selon les territoires"
    ("La Convention territoriale globale en 4 questions\n1. Qu'est-ce que c'est ?\nUn accord entre la Caf et une "
     "collectivité.\n2. Sur quels sujets ?\nSelon les territoires : accueil des tout-petits, jeunesse, logement, "
     "handicap...\n", []),
    # the topics of a consultation's meetings on an agenda, and an office's contact line after a colon
    ("La commune prépare sa future CTG avec la Caf.\nJeudi 12 mars, 18h30, salle polyvalente : « Parents : quelles "
     "aides ? »\nSamedi 14 mars, 10h, médiathèque : « Jeunes : logement, mobilité »\nRenseignements : service "
     "enfance-jeunesse, 04 71 00 00 00", []),
    # a deliberation's rapporteur, and other schemes the convention is articulated with
    ("Rapporteur : Madame l'adjointe déléguée à la petite enfance et à la jeunesse\nLe conseil approuve l'avenant "
     "à la CTG.\nLa CTG s'articule avec d'autres démarches : le contrat de ville ; le contrat local de santé ; le "
     "programme local de l'habitat.", []),
    # a breadcrumb of several levels, an unaccented related link, a magazine's box after the list
    ("Accueil › Vivre ici › Enfance et jeunesse › Familles\nLa CTG a été signée le 2 mars. Ses objectifs :\n"
     "Développer l'offre d'accueil des moins de 3 ans\nSoutenir les parents dans leur rôle\nLe saviez-vous ? La "
     "commune compte 800 enfants de moins de six ans.\nA lire aussi : un nouvel espace de vie sociale au Port",
     ["parentalite", "petite_enfance"]),
    # a relative clause between commas inside an enumeration does not end it
    ("La CTG a été signée mercredi. Elle met l'accent sur trois priorités : accompagner les familles monoparentales, "
     "qui sont nombreuses dans les bourgs, développer les modes d'accueil du jeune enfant et rénover les logements "
     "dégradés.", ["accompagnement_social", "logement", "petite_enfance"]),
    # a questionnaire's topics, told in the sentence after the one naming it, are not yet the convention's, unless
    # that sentence says they are
    ("La commune et la Caf préparent leur future CTG. Le questionnaire, anonyme, prend cinq minutes. Il porte sur :\n"
     "- la garde de vos enfants\n- les activités pour les ados\n- vos démarches en ligne\nRépondez en ligne ou en "
     "version papier à la mairie et au centre social.", []),
    ("La commune et la Caf préparent leur future CTG. Un questionnaire est ouvert jusqu'au 3 mai. Il porte sur les "
     "thèmes sur lesquels la convention va travailler :\n- la garde des moins de 3 ans\n- l'aide aux parents\n",
     ["parentalite", "petite_enfance"]),
    # what is "on the menu" of the convention's years
    ("La Caf a signé la CTG avec la commune le 12 juin.\nAu menu de ces quatre années :\n→ petite enfance : ouvrir une "
     "micro-crèche ;\n→ jeunesse : créer un espace ados ;\n→ vie sociale : soutenir le centre social.",
     ["animation_vie_sociale", "jeunesse", "petite_enfance"]),
    # a news list under its heading after the story is no list of the convention, though its items name fields
    ("La CTG a été signée le 3 mai pour la petite enfance.\n\nActualités\n- La crèche des Lutins rouvre\n- Le point "
     "information jeunesse fête ses dix ans\n- Un atelier numérique pour les seniors\n", ["petite_enfance"]),
    # a modal in a relative clause describes a place, not a possibility
    ("L'agglomération et la Caf ont signé la CTG mardi. Pour le maire, l'essentiel est « que chaque famille trouve "
     "un lieu où ses ados peuvent se retrouver ».", ["jeunesse"]),
    # what the Caf spent already, even in a sentence about the convention, and the bonus any signing brings
    ("La CTG a été signée lundi ; elle porte sur la jeunesse. Elle rappelle que la Caf a consacré l'an dernier 2 "
     "millions d'euros aux crèches et aux accueils de loisirs. Les bonus territoire versés aux crèches sont "
     "conditionnés à la signature d'une CTG.", ["jeunesse"]),
    # another scheme's sentence goes on after a participle: "Conclu pour cinq ans, il s'articule autour de ..."
    ("La CTG a été signée le 3 mai ; elle porte sur la parentalité. La commune a aussi signé son contrat local de "
     "santé. Conclu pour cinq ans, il s'articule autour de trois axes : la santé mentale, l'accès aux soins et la "
     "prévention des addictions chez les jeunes.", ["parentalite"]),
    # a job offer: the post's missions are no fields, the convention's axes in its context paragraph are
    ("Offre d'emploi : chargé(e) de coopération CTG. Date limite de candidature : 3 mars.\nContexte\nLa communauté de "
     "communes met en œuvre avec la Caf sa Convention territoriale globale 2023-2027. Celle-ci s'articule autour de "
     "trois orientations : petite enfance, jeunesse et logement.\nMissions\n- Animer les comités de pilotage\n- "
     "Suivre les indicateurs\nProfil : formation en développement local.", ["jeunesse", "logement", "petite_enfance"]),
    # who keeps which facilities, and a council's decision about another scheme, name no field of the convention
    ("Le conseil approuve la CTG, qui porte sur la parentalité.\nLes communes restent compétentes pour leurs "
     "équipements (crèches, accueils de loisirs).\nAutres décisions :\n- Renouvellement du projet éducatif "
     "territorial (PEDT) 2023-2026, axé sur la jeunesse\n- Tarifs de la restauration scolaire\n", ["parentalite"]),
    # a page typed without accents reads as one with them: the previous convention is history, and a convention
    # that declines the departmental scheme locally names its own fields
    ("La commune a renouvele sa CTG le 2 mars. Le 1er mars 2019 avait ete signee une premiere convention qui portait "
     "sur l'enfance. La CTG decline localement le schema departemental en matiere de jeunesse et de logement.",
     ["jeunesse", "logement"]),
    # headings naming fields, each over its paragraph, under the signing paragraph and a quote
    ("La communauté et la Caf ont signé jeudi la convention territoriale globale.\n« Il était naturel que la MSA "
     "soit à nos côtés », a souligné le président de la communauté.\nAccueil des jeunes enfants\nUne crèche de vingt "
     "places sera construite au bourg.\nMobilité\nUn transport à la demande sera étudié avec la Région.\n",
     ["autre", "petite_enfance"]),
    # the topics a consultation asks the reader about are not yet the convention's
    ("Dans le cadre de sa future CTG, la commune lance une enquête auprès des habitants. Prenez dix minutes pour nous "
     "dire ce que vous pensez des modes de garde, des activités pour les ados et du logement.", []),
    # ... but an agenda under that paragraph is no list of the convention's fields
    ("La commune et la Caf ont signé la CTG mardi ; elle porte sur le logement.\nAgenda :\n- un atelier pour les "
     "parents le 3 mai\n- la fête de la crèche le 12 juin\n", ["logement"]),
    # a need told as what is lacking, in a quote
    ("La CTG a été signée hier. « Nous n'avons pas assez de places de crèche », a dit le maire.", ["petite_enfance"]),
    # headings each over its paragraph, up to the page's next section
    ("La CTG de la communauté de communes\nLes élus ont retenu les priorités suivantes :\nPetite enfance\nMieux "
     "informer les familles sur les modes d'accueil.\nParentalité\nFaire connaître le LAEP.\nLes acteurs\nLa "
     "coordination de la CTG est confiée au service familles.\n",
     ["parentalite", "petite_enfance"]),
    # the previous convention named by its rank alone is history (a renewal told by the local press) ...
    ("La commune et la Caf ont renouvelé mardi leur convention territoriale globale, centrée sur le logement. La "
     "précédente, conclue en 2018, portait surtout sur les modes d'accueil. La première, signée en 2014, avait "
     "permis d'ouvrir un accueil de loisirs.", ["logement"]),
    # ... but a rank in an interview's answer is this convention's priority
    ("La commune a signé jeudi sa convention territoriale globale.\nQuelles sont les priorités ?\nLa première, "
     "c'est l'accueil des tout-petits. La deuxième, c'est le logement des familles.",
     ["logement", "petite_enfance"]),
    # the neighbours' own conventions, or their own process, are not this one
    ("Le Département et la Caf ont signé jeudi une CTG sur le logement. Les intercommunalités ont été associées. Leurs "
     "propres conventions, centrées sur la petite enfance, restent en vigueur. L'agglomération voisine a engagé sa "
     "propre démarche, qui concerne la jeunesse.", ["logement"]),
    # a magazine's questions about this convention: what is going to change for a public ends the "C'est quoi ?"
    ("En décembre, l'agglomération et la Caf ont signé une CTG.\nC'est quoi, concrètement ?\n« Un engagement sur "
     "quatre ans entre la Caf et les communes. »\nQu'est-ce qui va changer pour les parents de jeunes enfants ?\n"
     "« Nous allons ouvrir vingt places en crèche. »\nEt pour les ados ?\n« Le point information jeunesse "
     "deviendra itinérant. »\n", ["jeunesse", "petite_enfance"]),
    # a job offer's context: the convention covering a period, then its axes by a possessive
    ("Offre d'emploi\nChargé(e) de coopération CTG (H/F)\nCatégorie A – Temps complet\nLe contexte\nLa commune a "
     "signé avec la Caf une convention territoriale globale couvrant les années 2024 à 2028. Ses orientations portent "
     "sur la jeunesse et le logement.\nVos missions\n- animer le comité de pilotage\n- suivre les bilans\n",
     ["jeunesse", "logement"]),
    # who prepared the convention names no field, but a clause on the convention after them does
    ("La commune a signé sa CTG jeudi. Elle a été préparée pendant un an avec les élus et des acteurs locaux "
     "(associations, écoles, centres sociaux...).", []),
    ("La commune a signé sa CTG jeudi. Construite avec les associations et les centres sociaux, elle porte sur la "
     "jeunesse et le logement.", ["jeunesse", "logement"]),
    # what a convention could cover, on a Caf's explainer, or if the elected members wish it
    ("La CTG couvre potentiellement toutes les missions de la Caf : petite enfance, parentalité, logement.", []),
    ("La CTG remplace le contrat enfance jeunesse. « Elle permet d'aller vers l'accès aux droits, si les élus le "
     "souhaitent », a expliqué le conseiller de la Caf.", []),
    # "au-delà de" a field adds the next ones (no digression) ...
    ("La commune et la Caf ont signé leur CTG en mai. Au-delà de l'accueil des adolescents, elle intègre le soutien "
     "aux parents.", ["jeunesse", "parentalite"]),
    # ... but "au-delà de cette convention" turns away from it
    ("La commune et la Caf ont signé leur CTG en mai pour le logement. Au-delà de cette convention, la Caf finance "
     "aussi les crèches et les accueils de loisirs.", ["logement"]),
    # an official's portfolio, a post or a body named after fields are no fields
    ("La commune a signé sa CTG jeudi. Son vice-président chargé de la cohésion sociale répond à nos questions. Le "
     "conseil désigne la coordinatrice enfance-jeunesse comme référente de la convention.", []),
    # the fields any convention may take up, under an explainer's heading, or as a definition's answer
    ("La Caf de l'Orne vous explique la CTG.\nLes champs envisageables\nPetite enfance – Jeunesse – Logement – "
     "Handicap. Chaque commune retient les siens.\nLes étapes\nUn diagnostic, puis un plan d'actions.", []),
    ("La communauté de communes et la Caf ont signé leur CTG lundi. Qu'est-ce qu'une CTG ? En deux mots, c'est un "
     "contrat qui peut toucher à tout : modes de garde, loisirs, logement, handicap. Ici, les élus ont choisi "
     "l'accès aux droits.", ["acces_aux_droits"]),
    # an information day's programme and its practical lines
    ("L'agglomération prépare sa CTG avec la Caf. Forum le samedi 4 octobre.\n9h30 – Accueil café\n10h15 – "
     "Ateliers : « Se loger quand on est jeune », « Handicap et loisirs »\nGarde d'enfants assurée sur place "
     "pendant le forum.", []),
    # a consultation's topics, summed up as whatever may be raised
    ("La commune prépare sa CTG avec la Caf et consulte les habitants. Modes de garde, sorties pour les ados, "
     "logement des saisonniers... Tous les sujets peuvent être abordés.", []),
    # the former conventions, in the plural and the imperfect
    ("La Métropole et la Caf ont signé leur CTG en juin ; elle porte sur le logement. Les premières conventions "
     "communales portaient surtout sur la petite enfance.", ["logement"]),
    # a fiche flattened from a PDF's table: the public under its label, alone on the line above, is no field
    ("CTG du Val de Sarthe – Annexe : fiches actions\nFiche action n° 1\nIntitulé\nOuvrir un lieu d'accueil "
     "enfants-parents\nPublic\nJeunes de 12 à 17 ans et leurs parents\nPilote\nCentre social", ["parentalite"]),
    # why the town signs alone: who runs which facilities, and whose competences are whose
    ("La Ville a signé sa CTG avec la Caf. Pourquoi pas l'agglomération ? Parce que c'est la Ville qui gère les "
     "crèches et les accueils de loisirs. L'agglomération a ses propres compétences, notamment l'habitat. Les "
     "priorités sont le soutien aux parents et l'accès aux droits.", ["acces_aux_droits", "parentalite"]),
    # the road map in an official's quotation that runs on past its enumeration
    ("La commune et la Caf ont signé leur deuxième CTG mercredi. Pour la directrice de la Caf, la nouvelle feuille de "
     "route tient en trois mots : « les parents, l'accès aux droits, et les centres sociaux. Le reste suivra. »",
     ["acces_aux_droits", "animation_vie_sociale", "parentalite"]),
    # a plan's counted "chantiers" over as many unmarked lines; the next paragraph names a field left out
    ("La caisse et l'agglomération ont signé leur CTG jeudi.\nLe texte fixe deux chantiers :\nLe développement des "
     "modes d'accueil, avec 300 places de plus.\nL'accès aux droits, avec deux points d'accueil dans les villages.\n"
     "Le maire a insisté sur le logement des familles, « la clé de tout », sans qu'il figure parmi les priorités de "
     "la convention.", ["acces_aux_droits", "petite_enfance"]),
    # a magazine's question on what it changes for families, answered by its fields
    ("3 questions sur la CTG\nQu'est-ce qu'elle change pour les familles ?\nElle met l'accent sur l'information "
     "des jeunes, avec le point information jeunesse, et sur les loisirs des enfants en situation de handicap.",
     ["enfance", "handicap", "jeunesse"]),
    # an item of the enumeration told with its age, in a relative clause, is no history
    ("La Caf et la communauté de communes ont signé leur CTG. Elle se concentre sur ce qui manque le plus :\ndes "
     "modes d'accueil pour les parents qui travaillent loin, des lieux de rencontre contre l'isolement et un accès "
     "facilité aux services, avec la maison France services qui tourne depuis 2021.",
     ["acces_aux_droits", "animation_vie_sociale", "petite_enfance"]),
    # a consultation day's programme told by the clock, bulleted
    ("La Ville prépare sa future CTG avec la Caf.\nAu programme de la journée :\n• 10h : présentation du diagnostic\n"
     "• 11h : ateliers « Modes de garde », « Parents seuls »\n• 14h : forum des associations", []),
    # an invitation to answer the consultation's questionnaire, and the former convention told by its period
    ("La CTG signée en 2019 arrive à son terme. Chacun peut répondre au questionnaire en ligne sur ses besoins en "
     "matière de garde d'enfants, de loisirs ou de logement. Pour mémoire, la convention 2019-2023 s'articulait "
     "autour de la petite enfance et des accueils de loisirs.", []),
    # a Caf's explainer: how any CTG is made, the priorities chosen among the Caf's domains
    ("Les 14 intercommunalités du département ont toutes leur CTG.\nComment se construit une CTG ?\nÉtape 1 : un "
     "diagnostic partagé.\nÉtape 2 : le choix des priorités, parmi les domaines d'intervention de la Caf : petite "
     "enfance, jeunesse, logement, handicap.", []),
    # ... but the domains a convention retains are its own
    ("La Métropole a signé sa première CTG.\nLes domaines d'intervention de la Caf retenus pour cette CTG sont la "
     "petite enfance, la jeunesse et l'accès aux droits.", ["acces_aux_droits", "jeunesse", "petite_enfance"]),
    # numbered questions of an explainer, until the one about this convention's priorities
    ("Notre CTG en cinq questions\n1. Qu'est-ce qu'une CTG ?\nUne convention qui peut traiter de la petite enfance au "
     "logement.\n2. Pourquoi maintenant ?\nLe contrat enfance jeunesse a pris fin.\n3. Quelles sont les priorités ?\n"
     "La convention retient deux orientations :\nOrientation 1 – L'accueil du jeune enfant\nOrientation 2 – Les "
     "parents\n", ["parentalite", "petite_enfance"]),
    # a Caf's review of its département's conventions, and a département's own convention over those of the EPCIs
    ("La Caf de l'Allier a présenté le bilan des conventions territoriales globales signées depuis 2020. Selon la "
     "Caf, ces conventions ont permis d'ouvrir 90 places en crèche et 5 espaces de vie sociale.", []),
    ("Le Département et la Caf signent leur CTG. La Caf a déjà signé des CTG avec les 11 communautés de communes "
     "du département. Ces conventions traitent surtout de l'accueil du jeune enfant et de la jeunesse. Celle du "
     "Département porte sur l'insertion et le logement.", ["insertion", "logement"]),
    # fields the next sentence leaves out, and the explainer's next numbered question after the orientations
    ("La CTG en questions\n1. Quelles sont les priorités ?\nLa convention retient deux orientations :\nOrientation 1 – "
     "Les parents\nOrientation 2 – L'accès aux droits\n2. Et le logement, la santé ?\nCes sujets sont importants, "
     "mais ils relèvent d'autres démarches.", ["acces_aux_droits", "parentalite"]),
    # the signing's venue put first in a cleft sentence
    ("C'est dans les locaux du centre socioculturel que le maire et la directrice de la Caf ont signé la CTG lundi. "
     "Elle porte sur la jeunesse et le soutien aux parents.", ["jeunesse", "parentalite"]),
    # a lack in a relative clause is where the convention acts, and the families' access to their rights
    ("La Caf et l'intercommunalité ont signé leur CTG mardi. Elle vise à ouvrir des accueils de loisirs dans les "
     "villages qui n'en disposent pas et à faciliter l'accès des familles à leurs droits.",
     ["acces_aux_droits", "enfance"]),
    # a definition of CTGs between the Caf and any local authority, continued by a pronoun (a Caf's listing page)
    ("Les CTG dans le Cantal\nLa convention territoriale globale est un contrat passé entre la Caf du Cantal et une "
     "collectivité. Elle fixe des priorités dans les domaines de la petite enfance, de la jeunesse et du logement.\n"
     "Communauté de communes du Pays de Salers | Signée | 2023-2027", []),
    # an explainer's question in the inverted form
    ("La CTG, mode d'emploi\nVous êtes élu ? La CTG dure cinq ans et part d'un diagnostic de votre territoire.\n"
     "Quels champs peut-elle couvrir ?\n- l'accueil des tout-petits\n- le soutien aux parents\nComment s'engager ?\n"
     "Contactez votre conseiller.", []),
    # an explainer goes on past a Caf's signings with most territories, and its fields 'can be very broad'
    ("C'est quoi une CTG ?\nMercredi 4 juin 2025\nOn en parle beaucoup dans les mairies.\nDans l'Indre, la Caf a signé des CTG avec la plupart des "
     "intercommunalités. Une CTG dure quatre ans.\nLes sujets traités peuvent être très variés : crèches, loisirs, "
     "logement, handicap.", []),
    # the former convention's axes told in the imperfect ("Elle comptait"), the renewed one's axes after them
    ("Bilan de la CTG 2019-2023\nLa première CTG a été signée en 2019. Elle comptait trois axes :\nAxe A – Le "
     "logement\nAxe B – Le handicap\nAxe C – L'insertion\nLa nouvelle convention s'organisera en deux axes :\n"
     "Axe 1 – Accueillir le jeune enfant\nAxe 2 – Soutenir les parents", ["parentalite", "petite_enfance"]),
    # an interview's question on the objectives ends the question on what any CTG brings, and a field the answer to
    # the next question leaves out
    ("Trois questions à l'élue\nLe conseil a autorisé mardi la signature de la CTG avec la Caf.\nQu'est-ce qu'une "
     "CTG apporte ?\nUne vision commune.\nQuels sont ces objectifs ?\nSoutenir les parents. Ouvrir des places en "
     "crèche.\nEt la jeunesse ?\nElle relève d'une autre démarche, le projet jeunesse communal.",
     ["parentalite", "petite_enfance"]),
    # the former convention's review the new one builds on
    ("La ville a signé sa deuxième CTG. La première avait permis d'ouvrir une crèche. Forte de ce bilan, la ville "
     "élargit ses ambitions :\n→ Handicap : des loisirs accessibles\n→ Numérique : des permanences d'aide en ligne",
     ["handicap", "inclusion_numerique"]),
    # a survey's topics, introduced by its pronoun after the sentence naming it (a CTG in preparation asks families)
    ("Vos besoins comptent !\nLa communauté de communes et la Caf de l'Ain préparent leur CTG, qui sera signée en "
     "2026. Avant de fixer les priorités, nous lançons un questionnaire en ligne. Il porte sur :\n- la garde de vos "
     "enfants\n- les loisirs des adolescents\n- vos démarches et l'accès à internet\nRéponses avant le 30 avril.",
     []),
    # ... the survey's questions as the subject, and a forum's workshops introduced as its programme
    ("Forum des familles à Ornans\nLa future CTG se prépare avec les habitants. Les questions portent sur :\n✓ l'accueil "
     "des tout-petits\n✓ le soutien aux parents\nLe 4 mars, un forum ouvert à tous. Au programme, trois ateliers :\n"
     "→ Être ado à la campagne\n→ Se loger quand on est jeune\n→ Les services en ligne", []),
    # ... but what a survey led to is the convention's
    ("La commune a signé sa CTG avec la Caf le 12 juin.\nUne enquête auprès de 600 familles a permis de dégager trois "
     "priorités :\n- accueillir les tout-petits près de chez eux\n- soutenir les parents\n- ouvrir un espace jeunes",
     ["jeunesse", "parentalite", "petite_enfance"]),
    # ... but workshops the convention plans are its actions
    ("La commune a signé sa CTG avec la Caf le 2 mai.\nEt pour les parents ?\nUn programme d'ateliers et de groupes "
     "de parole sera proposé toute l'année, ainsi qu'une permanence de médiation familiale.", ["parentalite"]),
    # a magazine's box of key figures above the convention's axes (the box's heading is no explainer)
    ("LE MAG n°12\nLe 8 novembre, la communauté de communes a signé avec la Caf sa CTG 2022-2026.\nEN CHIFFRES\n"
     "15 communes\nprès de 9 000 habitants\n2 multi-accueils, 1 RPE\nLES 3 AXES DE LA CTG\nAxe 1. Accueillir les "
     "jeunes enfants près de chez eux\nAxe 2. Offrir des loisirs aux ados\nAxe 3. Épauler les parents",
     ["jeunesse", "parentalite", "petite_enfance"]),
    # a social post: a line of pictograph bullets alone under the signing it announces
    ("Mairie de Pléneuf\n✍️ C'est signé ! Le maire et la Caf ont paraphé ce matin notre Convention territoriale "
     "globale 2025-2029.\n👶 Petite enfance, 🧒 jeunesse, 👪 parentalité… pour 5 ans !\n#CTG",
     ["jeunesse", "parentalite", "petite_enfance"]),
    # a box of related links between the headline and the story is not where the story ends
    ("Montagne : la CTG signée à Murol\nÀ lire aussi\nLe Mont-Dore vote son budget\nLa Caf ferme le vendredi\n"
     "La communauté de communes, la Caf et la MSA ont signé mercredi la convention territoriale globale qui les liera "
     "jusqu'en 2028, autour de deux objectifs : développer l'accueil des jeunes enfants et soutenir les parents.",
     ["parentalite", "petite_enfance"]),
    # a Caf's listing page: what any CTG may hold, as a menu, and the territories covered
    ("Les CTG en Savoie\nUne CTG porte sur des champs que le territoire choisit parmi : petite enfance, jeunesse, "
     "logement, handicap.\nTerritoires couverts\n- Grand Chambéry\n- Cœur de Savoie", []),
    # a Caf's questions from elected officials: the question on what any CTG may hold heads its answer
    ("Élus : vos questions sur la CTG\nCombien de temps pour l'élaborer ?\nUn an environ.\nQuels sujets peut-on y "
     "inscrire ?\nTous ceux de la politique familiale : accueil des jeunes enfants, jeunesse, parentalité, logement.\n"
     "Qui contacter ?\nVotre conseiller territorial.", []),
    # a diagnostic's findings on a Caf's review of the CTGs in preparation
    ("Où en sont les CTG dans l'Oise ?\nFin 2023, la Caf de l'Oise avait signé des conventions territoriales "
     "globales avec 9 des 14 intercommunalités.\nTrois démarches sont en cours d'élaboration.\nLes constats convergent : "
     "manque de places de garde en milieu rural, difficultés de mobilité des jeunes, méconnaissance des droits.", []),
    # ... told as what the diagnostic's author presented
    ("Retour sur le forum CTG de Guéret\nLe forum préparait la future convention territoriale globale.\nLe cabinet "
     "chargé du diagnostic a présenté les grandes tendances : départ des jeunes après le bac, familles monoparentales "
     "plus nombreuses, démarches en ligne difficiles pour les aînés.", []),
    # workshops counted in the sentence that lists them inline, at a diagnostic's first meeting
    ("L'agglo lance le diagnostic de sa future convention territoriale globale avec la Caf.\nLa démarche doit durer "
     "jusqu'à l'automne. Trois ateliers ont été proposés : accueil du jeune enfant, jeunesse et mobilité, isolement "
     "des aînés.", []),
    # what other towns chose, as an example on a page about a CTG in preparation
    ("De la CEJ à la CTG : où en est-on ?\nLa Ville prépare sa convention territoriale globale avec la Caf.\nQuels "
     "thèmes ?\nLe diagnostic le dira. À titre d'exemple, d'autres villes ont choisi de travailler sur la "
     "parentalité, l'accès aux droits ou le logement des jeunes.", []),
    # the convention succeeding the former contract, by its pronoun, in the sentence naming its fields
    ("CTG : c'est signé !\nLa communauté de communes a signé le 2 juillet sa convention territoriale globale avec la "
     "Caf du Lot. Elle succède au contrat enfance jeunesse et fixe, jusqu'en 2026, les priorités du territoire pour la "
     "petite enfance, la jeunesse et le soutien aux parents.", ["jeunesse", "parentalite", "petite_enfance"]),
    # a projet social in preparation: what its first workshops brought out, and the first convention's fields told
    # with its rank and period
    ("Un projet social de territoire pour les familles\nIl servira de base à la prochaine convention territoriale "
     "globale.\nLes premiers ateliers ont mis en avant plusieurs enjeux :\n• des listes d'attente dans les "
     "multi-accueils ;\n• des parents seuls face aux écrans.\nPour rappel, la première convention (2020-2024) portait "
     "sur la petite enfance et l'accès aux services.", []),
    # objectives under what the partners want, after the former convention's record
    ("La Ville et la Caf ont signé le 16 avril une CTG 2024-2028. La précédente convention avait permis l'ouverture "
     "d'une crèche.\nPour les cinq prochaines années, les partenaires souhaitent :\n→ renforcer l'information des "
     "jeunes ;\n→ développer le vivre-ensemble dans les quartiers.", ["animation_vie_sociale", "jeunesse"]),
    # the former contract as what the convention replaces, in the sentence giving its road map
    ("Familles : la Ville et la Caf signent une nouvelle convention\nLe maire et la directrice de la Caf ont paraphé "
     "le 2 mai la convention territoriale globale. Ce document remplace l'ancien contrat enfance jeunesse et fixe une "
     "feuille de route commune : développer les places en crèche, renforcer les accueils de loisirs le mercredi et "
     "soutenir les parents.", ["enfance", "parentalite", "petite_enfance"]),
    # ... and in the colon's own clause, over its list
    ("La commune a signé sa CTG le 4 mars. Elle remplace l'ancien contrat enfance jeunesse et retient trois axes :\n"
     "- accueillir les tout-petits\n- soutenir les parents\n- ouvrir un espace jeunes",
     ["jeunesse", "parentalite", "petite_enfance"]),
    # what the partners want, as an official says it
    ("La CTG a été signée hier à Grand-Bourg. « Avec cette convention, nous voulons donner à nos jeunes des raisons "
     "de rester, accompagner les parents et lutter contre l'isolement des aînés », a dit le président.",
     ["animation_vie_sociale", "autre", "jeunesse", "parentalite"]),
    # a magazine dossier's plan under a heading in the partners' own words, with pictograph bullets
    ("Bulletin municipal – automne 2024\nUne convention pour toutes les familles\nSignée le 3 juin à Sallanches entre "
     "la Caf et la communauté de communes, la CTG court jusqu'en 2028.\nCe que nous allons faire d'ici là\n"
     "▶ Petite enfance : ouvrir une micro-crèche au chef-lieu.\n▶ Jeunes : créer un local ados.\n"
     "▶ Vie locale : soutenir les associations du village.\n", ["animation_vie_sociale", "jeunesse", "petite_enfance"]),
    # an evaluation report: the expiring convention, a participle clause before its imperfect, is history; the
    # orientations proposed for the next one are its fields
    ("Rapport d'évaluation de la CTG 2019-2023\nLa convention arrivant à échéance s'organisait autour de la petite "
     "enfance et de la jeunesse.\nPour la prochaine convention, le comité propose de retenir les orientations "
     "suivantes :\n- développer le soutien aux parents\n- faire de l'accès aux droits une priorité\n",
     ["acces_aux_droits", "parentalite"]),
    # a job offer: the mission names the plan's fields in brackets after the convention's name
    ("OFFRE D'EMPLOI\nLa communauté de communes recrute un(e) chargé(e) de coopération CTG\nContexte\nLa communauté "
     "de communes et la Caf ont signé une Convention territoriale globale pour 2024-2028.\nMissions\n- Animer la mise en "
     "œuvre du plan d'actions de la CTG (petite enfance, jeunesse, soutien à la parentalité)\n- Organiser les comités de "
     "pilotage\nProfil\nBac+3 minimum.\n", ["jeunesse", "parentalite", "petite_enfance"]),
    # a diagnostic's meeting: the workshops held, their subjects in prose, are no fields
    ("Diagnostic de la future CTG : une première réunion à Aspet\nUne quarantaine d'élus et de professionnels étaient "
     "réunis mardi. Trois ateliers ont suivi sur la petite enfance, la jeunesse et l'accès aux services publics.\n"
     "La convention doit être signée avec la Caf d'ici la fin de l'année.", []),
    # a job offer's context: the convention the territory is engaged in, with an indefinite article, is its own
    ("Offre d'emploi\nChargé(e) de coopération CTG (H/F)\nContexte\nLa communauté de communes du Pays de Fayence est "
     "engagée avec la Caf du Var dans une Convention territoriale globale qui couvre la petite enfance, la jeunesse et "
     "l'accès aux droits.\nMissions\n- Préparer les comités de pilotage\n", ["acces_aux_droits", "jeunesse", "petite_enfance"]),
    ("Le Pays de Fayence a signé une CTG qui porte sur l'accueil des jeunes enfants, les loisirs des enfants et l'accès "
     "aux droits. La signature a eu lieu mardi.", ["acces_aux_droits", "enfance", "petite_enfance"]),
    # ... while an explainer's indefinite CTG stays general
    ("Qu'est-ce qu'une CTG ?\nUne CTG porte sur tous les champs de la Caf : petite enfance, jeunesse, logement.", []),
    # fields as the subject of "figurent", one of them in a synonym of the digital divide
    ("La commune et la Caf ont signé jeudi la convention territoriale globale. La convention prévoit d'augmenter le "
     "nombre de places en crèche et de développer l'accompagnement des parents. L'insertion professionnelle et la lutte "
     "contre l'illettrisme numérique figurent aussi dans le texte.",
     ["inclusion_numerique", "insertion", "parentalite", "petite_enfance"]),
    # a magazine: "s'attache donc à" with an adverb before the infinitives it introduces
    ("La CTG du Haut-Morvan a été signée le 4 avril. Le diagnostic a montré une population vieillissante. La convention "
     "s'attache donc à maintenir les micro-crèches, à offrir un accompagnement aux parents et à rapprocher les services "
     "des habitants grâce au bus France services.", ["acces_aux_droits", "parentalite", "petite_enfance"]),
    # a single thing the convention is, in an official's words, is no enumeration
    ("La CTG a été signée hier à Saintes. « La CTG, c'est la garantie que nos équipements gardent leurs financements », "
     "souligne l'élue.", []),
    # a public meeting's invitation: the readers it calls and its practicalities name no field
    ("Réunion publique sur la future CTG de la communauté de communes\nVous êtes parent, grand-parent, jeune, "
     "professionnel de l'enfance ? Venez donner votre avis le jeudi 12 mars à 18 h 30, salle des fêtes de Murat.\n"
     "Garderie gratuite sur place pour les enfants de 3 à 10 ans.\nLa convention sera signée avec la Caf à l'automne.",
     []),
    # ... nor do where to find the paper forms, where to register and whom to contact
    ("Forum des familles : préparez avec nous la CTG\nLa communauté de communes prépare sa convention territoriale "
     "globale avec la Caf.\nDes versions papier du questionnaire sont disponibles dans les mairies et au centre social.\n"
     "Inscription obligatoire auprès du service cohésion sociale.\nContact : Direction de la cohésion sociale.", []),
    # an official's priority told after "c'est", objectives in infinitives ("structure de garde" names early childhood)
    ("Mardi, la communauté de communes et la Caf ont signé une convention territoriale globale. « Notre priorité, c'est "
     "d'ouvrir une première structure de garde au bourg et de développer des accueils de loisirs pendant les vacances "
     "scolaires », a dit le président.", ["enfance", "petite_enfance"]),
    # ... but "c'est" before no objectives introduces none
    ("La CTG a été signée hier. « C'est une première pour notre commune, c'est de bon augure pour les familles », a dit "
     "le maire.", []),
    # a service for a public weak in prose names its field: "des activités pour les jeunes"
    ("La CTG a été signée jeudi. Elle prévoit des activités pour les jeunes le samedi et l'ouverture d'une micro-crèche.",
     ["jeunesse", "petite_enfance"]),
])
def test_what_the_convention_covers_and_leaves_out(labeller, text, expected):
    assert labeller(text)._.themes.themes == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Développer une offre de loisirs pour les 3-17 ans", ("enfance", "jeunesse")),
    ("les jeunes de 16 à 25 ans", ("jeunesse",)),
    ("les enfants âgés de 0 à 6 ans", ("petite_enfance", "enfance")),
    ("une convention d'une durée de 4 à 5 ans", ()),
    ("le soutien aux parents", ("parentalite",)),
    # a place or a body where a field happens names no field of its own (plan items of city and EPCI pages)
    ("Développer le soutien à la parentalité dans les quartiers prioritaires", ("parentalite",)),
    ("des ateliers parents-enfants dans les maisons de quartier", ("parentalite",)),
    ("l'accueil de loisirs sur l'ensemble du territoire", ("enfance",)),
    ("des accueils de loisirs ouverts avec les associations de quartier", ("enfance",)),
    # ... but it names its field as the object or the heading itself
    ("Soutenir les associations de quartier", ("animation_vie_sociale",)),
    # (the priority neighbourhoods alone are a place, never an 'autre' of the written gold's phrases; the city policy
    # is a field: session 22)
    ("Dans les quartiers prioritaires", ()),
    ("Politique de la ville et quartiers prioritaires", ("autre",)),
    ("les loisirs des ados, et le développement social des quartiers avec nos centres socioculturels",
     ("jeunesse", "animation_vie_sociale")),
    # a plural term also names its field in the singular (spoken words), but not the adjective "jeune"
    ("trouver une place d'accueil pour son bébé", ("petite_enfance",)),
    ("un jeune couple qui s'installe", ()),
    # the training of a field's professionals, and a field's own animation, name that field
    ("la formation des assistantes maternelles", ("petite_enfance",)),
    ("l'animation jeunesse au chef-lieu", ("jeunesse",)),
    # a term overlapping the longest one past its end names its field too
    ("l'aide aux démarches en ligne", ("acces_aux_droits", "inclusion_numerique")),
    # officials' spoken words for access to rights and housing
    ("aller chercher les allocataires qui ne demandent rien", ("acces_aux_droits",)),
    ("le maintien des services publics dans nos villages", ("acces_aux_droits",)),
    ("un apprenti doit pouvoir se loger à côté de son patron", ("logement",)),
    ("loger les jeunes travailleurs", ("jeunesse", "logement")),
    ("des permanences de proximité dans les bourgs", ("acces_aux_droits",)),
    # an age range names the bands it shares two years with, or the most years
    ("une offre pour les 11-17 ans", ("jeunesse",)),
    ("des places pour les 0-3 ans", ("petite_enfance",)),
    ("un accueil pour les 11-12 ans", ("enfance", "jeunesse")),
    # a field's word naming another public: the youngest are children, young households are no youth policy
    ("l'accueil des plus jeunes", ()),
    ("un logement pour les jeunes ménages", ("logement",)),
    ("soutenir les jeunes parents", ("parentalite",)),
    # single parents: parents who need support, and the families' situation
    ("soutenir les parents isolés", ("parentalite", "accompagnement_social")),
    ("les mères seules avec de jeunes enfants", ("petite_enfance", "accompagnement_social")),
    # access to one's rights, and support towards work, in prose
    ("faciliter l'accès des familles à leurs droits", ("acces_aux_droits",)),
    ("accompagner les jeunes vers l'emploi", ("jeunesse", "insertion")),
    ("développer les actions parents-enfants", ("parentalite",)),
    ("des ateliers d'aide aux démarches numériques", ("acces_aux_droits", "inclusion_numerique")),
])
def test_age_ranges_and_terms_name_fields(text, expected):
    from ctgminer.extract.components.themes.lexicon import labels_named

    assert labels_named(text) == expected


def test_a_bare_a_is_the_preposition_only_as_a_word(finder):
    # "vise a" typed without its accent, not the start of "vise aussi"
    doc = finder("La CTG a été signée le 9 juin. Elle vise aussi l'insertion des jeunes et l'accès aux droits.")
    assert not any(s.text.startswith("ussi") for s in doc.spans["theme_phrases"])


def test_fields_the_story_plans_without_naming_the_convention(labeller):
    # a press article: the signing, then a paragraph per field that does not name the convention again
    text = ("Le maire et la directrice de la Caf ont signé vendredi la convention territoriale globale pour 2024-2028.\n"
            "Autre chantier : l'accès aux droits. La Caf veut multiplier les permanences d'accès aux droits dans les "
            "quartiers.\nAprès la cérémonie, le maire a évoqué le marché de Noël et la nouvelle médiathèque.")
    doc = labeller(text)
    assert [(s._.value.lexical, s._.value.cues) for s in doc.spans["theme_mentions"]] == [
        (["acces_aux_droits"], ("programme",)), (["acces_aux_droits"], ("programme",))]
    assert doc._.themes.themes == ["acces_aux_droits"]
    evidence = doc._.themes.evidence["acces_aux_droits"]
    assert {e["source"] for e in evidence} == {"mention"} and all(text[e["start"]:e["end"]] == e["text"] for e in evidence)


def test_the_story_of_a_convention_announced_without_its_name(labeller):
    # a press article that never writes "CTG": its story starts at the convention the headline names
    text = ("Vierzon : la Ville et la Caf signent une convention jusqu'en 2029\nLa signature a eu lieu lundi à la "
            "mairie.\n« Il s'agit de mettre de la cohérence dans ce que nous finançons ensemble », explique la directrice "
            "de la Caf. « Les crèches, bien sûr, mais aussi l'accompagnement des parents et la lutte contre "
            "l'illectronisme. »")
    assert labeller(text)._.themes.themes == ["inclusion_numerique", "parentalite", "petite_enfance"]


def test_a_budget_in_the_story_is_no_mention(finder):
    doc = finder("La commune a signé sa CTG avec la Caf le 3 mai.\nDans le département, la Caf a consacré en 2023 "
                 "plus de 12 millions d'euros à la petite enfance, au logement et au handicap.")
    assert not list(doc.spans["theme_mentions"])


def test_mentions_are_features_of_the_document_decision():
    import numpy as np

    from ctgminer.classify.theme_labels.decision import FEATURES, label_features

    names = ["petite_enfance", "logement"]
    mentions = [(["logement"], ("programme",)), (["logement"], ("quote",))]
    x = label_features(np.zeros((0, 2)), [], [], [], names, mentions)
    row = dict(zip(FEATURES, x[1], strict=True))
    assert row["n_mentions"] == np.log1p(2) and row["n_planned_mentions"] == np.log1p(1)
    assert row["n_quoted_mentions"] == np.log1p(1) and row["mentions_unlisted"] == np.log1p(2)
    assert not x[0].any()
    listed = label_features(np.full((1, 2), 0.9), ["list"], [[]], [], names, mentions)
    assert dict(zip(FEATURES, listed[1], strict=True))["mentions_unlisted"] == 0  # a page that lists its fields


def test_a_plan_table_gives_its_actions_not_its_pilots_nor_dates(finder):
    doc = finder("La CTG a été signée le 9 juin. Plan d'actions :\nFiche | Intitulé | Pilote | Calendrier\nPE1 | Créer une "
                 "micro-crèche | CCAT | 2024\nPA1 | Organiser des cafés des parents | Centre social | 2025\n")
    # (each row up to its pilot's column: session 26 reads a plan table's rows, as the written pages give them)
    assert [s.text for s in doc.spans["theme_phrases"]] == ["PE1 | Créer une micro-crèche", "PA1 | Organiser des cafés des parents"]


@pytest.mark.parametrize("sentence", [
    "« Nous n'avons pas assez de places de crèche »",
    "pour les familles qui ne font pas valoir leurs droits",
    "Les places d'accueil ne sont pas suffisamment nombreuses",
    "ouvrir des accueils de loisirs dans les villages qui n'en disposent pas",
    "les aider à ne pas décrocher de leurs droits",
])
def test_a_need_told_as_a_lack_is_no_negation(sentence):
    from ctgminer.extract.components.themes.component import affirmed

    assert affirmed(sentence) == sentence


def test_the_page_goes_on_under_axes_listed_line_after_line(finder):
    # a press article: three axes one under the other have no objectives, so the lines after the last one are the
    # article's next paragraphs, not that axis's objectives
    text = ("La commune et la Caf ont signé leur nouvelle CTG le 5 mars.\nElle s'articule autour de trois axes :\n"
            "Axe 1 – Accueillir les tout-petits près de chez eux\nAxe 2 – Soutenir les parents dans leur rôle\n"
            "Axe 3 – Rendre les droits accessibles à tous\nLe maire a salué le travail des crèches et des accueils de "
            "loisirs de la ville.\nUn bilan est prévu en 2026.\n")
    doc = finder(text)
    assert [span.text for span in doc.spans["theme_phrases"]] == [
        "Accueillir les tout-petits près de chez eux", "Soutenir les parents dans leur rôle",
        "Rendre les droits accessibles à tous"]


def test_what_an_official_wants_before_a_colon_introduces_long_objectives(finder):
    # a press quote: "Ce que nous voulons, c'est ... :" announces objectives, split by semicolons
    text = ("La CTG a été signée mardi à Murat. « Ce que nous voulons, c'est deux choses simples : offrir à chaque famille "
            "une solution de garde à moins de vingt minutes de chez elle ; donner aux adolescents du plateau des raisons "
            "de rester le week-end sur le territoire », a déclaré le président.")
    doc = finder(text)
    assert [span.text for span in doc.spans["theme_phrases"]] == [
        "offrir à chaque famille une solution de garde à moins de vingt minutes de chez elle",
        "donner aux adolescents du plateau des raisons de rester le week-end sur le territoire"]


def test_the_convention_defined_by_what_it_holds_with_a_narrowed_item(finder):
    # a press quote: "Cette convention, c'est d'abord ..." enumerates its fields; "surtout ..." narrows the item before
    # it (and "surtout" is no "sur" introducing an item)
    text = ("Le maire et la Caf ont signé jeudi la CTG de Denain. « Cette convention, c'est d'abord la lutte contre le "
            "non-recours, l'accompagnement des parents, surtout des mères seules, et l'accès aux modes de garde », a dit "
            "le directeur de la Caf.")
    doc = finder(text)
    assert [span.text for span in doc.spans["theme_phrases"]] == [
        "la lutte contre le non-recours", "l'accompagnement des parents, surtout des mères seules",
        "l'accès aux modes de garde"]


def test_et_before_a_bare_infinitive_and_its_object_separates_two_objectives(finder):
    # a Caf's brief: two objectives after a counted colon, the second a bare infinitive ("et rompre l'isolement ...")
    doc = finder("La CTG a été signée hier. Elle fixe deux priorités : mieux accueillir les tout-petits et rompre "
                 "l'isolement des aînés.")
    assert [span.text for span in doc.spans["theme_phrases"]] == [
        "mieux accueillir les tout-petits", "rompre l'isolement des aînés"]


def test_an_enumeration_goes_on_past_a_place_clause_and_a_repeated_preposition(finder):
    # a Caf's news: ", où ...," between two items does not end the enumeration, and "et sur ..." starts its last item
    doc = finder("La Caf et la commune ont signé le 31 janvier une convention territoriale globale. Les partenaires ont "
                 "choisi d'agir en priorité sur l'accueil des tout-petits, où le taux de couverture reste faible, sur le "
                 "soutien à la parentalité, sur l'insertion des jeunes sans emploi ni formation et sur l'animation de la "
                 "vie sociale dans les quartiers.")
    assert [span.text for span in doc.spans["theme_phrases"]] == [
        "l'accueil des tout-petits", "le soutien à la parentalité", "l'insertion des jeunes sans emploi ni formation",
        "l'animation de la vie sociale dans les quartiers"]


def test_a_table_flattened_with_tabs_gives_its_rows(finder):
    # a CTG page whose table came out of a spreadsheet or a PDF with its cells between tabs, under a header naming
    # what the columns hold
    text = ("Convention territoriale globale 2023-2027\nSignée le 9 mars 2023 par la Caf et la communauté de communes.\n"
            "Champ\tObjectif\tPilote\nPetite enfance\tOuvrir une micro-crèche à Lamballe\tCommunauté\n"
            "Jeunesse\tCréer un point information jeunesse\tCommune\n")
    doc = finder(text)
    # (its rows up to the pilot's column, session 26)
    assert [span.text for span in doc.spans["theme_phrases"]] == [
        "Petite enfance\tOuvrir une micro-crèche à Lamballe", "Jeunesse\tCréer un point information jeunesse"]


def test_a_breadcrumb_from_the_home_page_names_no_field(labeller):
    # a town's CTG page: the breadcrumb's section ("Solidarité et lien social") is the site's, not the convention's
    doc = labeller("Accueil / Vivre à Dinan / Solidarité et lien social / CTG\nLa ville et la Caf des Côtes-d'Armor ont "
                   "signé la convention territoriale globale le 4 avril 2024.\nElle porte sur la petite enfance et la "
                   "parentalité.\n")
    assert doc._.themes.themes == ["parentalite", "petite_enfance"]


def test_a_heading_in_the_page_words_under_the_paragraph_about_the_convention(finder):
    # a community magazine: "Nos objectifs", no colon, over unmarked objectives right under the paragraph that names
    # the convention (the first one longer than a list item usually is)
    text = ("Dossier familles\nSignée en juin avec la Caf, la convention territoriale globale de la communauté de "
            "communes trace la route jusqu'en 2028.\nNos objectifs\nOffrir à chaque famille une place d'accueil pour son "
            "bébé à moins de vingt minutes de chez elle\nProposer des loisirs aux enfants tous les mercredis\n"
            "Donner aux adolescents des lieux à eux\nLe président en parle page 5.\n")
    doc = finder(text)
    assert [span.text for span in doc.spans["theme_phrases"]] == [
        "Offrir à chaque famille une place d'accueil pour son bébé à moins de vingt minutes de chez elle",
        "Proposer des loisirs aux enfants tous les mercredis", "Donner aux adolescents des lieux à eux"]


def test_the_answer_to_a_question_on_the_content_enumerates_the_fields(finder):
    # a town's questions and answers: the answer opens on "Sur", which elsewhere puts a place first
    text = ("La CTG en questions\nQui la signe ?\nLa ville de Vitré et la Caf d'Ille-et-Vilaine, le 2 février.\n"
            "Sur quoi porte-t-elle ?\nSur la garde des tout-petits, les loisirs des enfants et l'accès aux droits.\n")
    doc = finder(text)
    assert [span.text for span in doc.spans["theme_phrases"]] == [
        "la garde des tout-petits", "les loisirs des enfants", "l'accès aux droits"]


def test_a_scheme_the_convention_extends_keeps_its_own_priorities(labeller):
    # a Caf's news: the convention follows on from the departmental scheme, whose own priorities a relative clause
    # gives; only the convention's list counts
    doc = labeller("La Caf de la Sarthe et la communauté de communes ont signé leur CTG le 12 mai. Cette convention "
                   "s'inscrit dans le prolongement du schéma départemental des services aux familles, qui fixe des "
                   "priorités en matière d'accueil du jeune enfant et de soutien à la parentalité.\nElle porte sur :\n"
                   "- la jeunesse\n- l'accès aux droits\n")
    assert doc._.themes.themes == ["acces_aux_droits", "jeunesse"]


def test_the_partners_plan_in_the_first_person_under_the_signing(finder):
    # a town's social-media post: pictograph bullets under "nous allons ... :", right after the line naming the CTG
    text = ("Ville de Lesparre\n📢 Signature ce matin de la Convention territoriale globale avec la Caf ✍️\n"
            "Jusqu'en 2028, nous allons agir ensemble pour vous 👨‍👩‍👧 :\n👶 de nouvelles places en crèche\n"
            "🎒 un accueil de loisirs ouvert l'été\n💬 des cafés des parents dans les écoles\n#Lesparre #Familles\n")
    doc = finder(text)
    assert [span.text for span in doc.spans["theme_phrases"]] == [
        "de nouvelles places en crèche", "un accueil de loisirs ouvert l'été", "des cafés des parents dans les écoles"]


def test_a_study_results_at_a_diagnostic_meeting_are_no_fields(labeller):
    # an EPCI's agenda: the consultancy will present its first results on topics that are not yet the convention's
    doc = labeller("Réunion publique – diagnostic de la future CTG\nLa communauté de communes et la Caf préparent leur "
                   "convention territoriale globale. Le bureau d'études présentera ses premiers résultats : accueil des "
                   "jeunes enfants, loisirs des enfants et des adolescents, besoins des parents.\nEntrée libre.\n")
    assert doc._.themes.themes == []


def test_a_paragraph_a_pdf_wrapped_is_read_as_one_sentence(labeller):
    # an activity report extracted from a PDF: the sentence naming the convention runs over the wrapped line (lower
    # case after a long line without closing punctuation), so the fields before the break are the convention's (the
    # analyser unwraps the text before the pipeline reads it)
    doc = labeller(unwrap_lines("Rapport d'activité 2023 – Direction des solidarités\nBilan des actions 2019-2022\nLa communauté a "
                   "signé en juin avec la Caf. Outre la poursuite des actions pour l'accueil des tout-petits et le soutien "
                   "aux parents, la\nnouvelle convention territoriale globale s'ouvre au logement.\n"))
    assert doc._.themes.themes == ["logement", "parentalite", "petite_enfance"]


def test_an_interviewer_question_and_a_critic_name_no_field(labeller):
    # a local paper's interview: the question names housing, the answer sends it to another plan; and the opposition's
    # "pas un mot sur ..." is what the convention leaves out
    doc = labeller("Le président de la communauté répond à nos questions.\nQuelles sont les priorités de la CTG ?\nLa "
                   "jeunesse d'abord, avec un réseau d'animateurs jeunesse dans les bourgs.\nEt le logement ?\nCe sera le "
                   "travail du programme local de l'habitat.\nL'opposition a réagi : « Pas un mot sur la santé des "
                   "familles », regrette son chef de file.\n")
    assert doc._.themes.themes == ["jeunesse"]


def test_another_bullet_character_starts_another_list(finder):
    # a council's summary: the CTG's fields under a dash, the next decisions under a round bullet
    text = ("Conseil communautaire du 12 décembre : ce qu'il faut retenir\n• Le budget 2024 a été voté.\n"
            "• La CTG avec la Caf a été approuvée. Les élus ont retenu comme priorités :\n- l'accueil des tout-petits,\n"
            "- l'accès aux droits.\n• La tarification de la cantine scolaire a été revue.\n• Le conseil a élu ses "
            "représentants au syndicat des eaux.\n")
    doc = finder(text)
    assert [span.text for span in doc.spans["theme_phrases"]] == ["l'accueil des tout-petits", "l'accès aux droits"]


def test_points_of_a_council_agenda_told_by_their_vote_are_no_fields(finder):
    # minutes' summary: the CTG's point names its fields in prose; the next points, each with its vote, are no list
    text = ("Compte rendu sommaire du conseil municipal du 5 avril 2023\n3. Convention territoriale globale – "
            "Approbation\nLe conseil approuve la CTG, qui définit un plan d'actions dans les domaines de la petite "
            "enfance et de la jeunesse.\n4. Subvention au comité des fêtes – Adopté à l'unanimité\n5. Tarifs du "
            "cimetière – Adopté à la majorité\n")
    doc = finder(text)
    assert [span.text for span in doc.spans["theme_phrases"]] == ["la petite enfance", "la jeunesse"]


def test_items_a_pdf_wrapped_stay_whole(finder):
    # an activity report from a PDF: items numbered "1 –" under a counted colon, the first wrapped onto a line in
    # lower case, which is no item of its own
    text = ("Rapport d'activité 2023\nLa CTG signée avec la Caf pour 2023-2027 se décline en 3 enjeux :\n"
            "1 – La petite enfance : maintenir les sept structures d'accueil et valoriser le métier d'assistant\n"
            "maternel ;\n2 – La parentalité : animer le réseau des parents du territoire ;\n3 – L'accès aux droits : "
            "articuler l'offre des deux France services du territoire et des mairies.\nSanté\n")
    doc = finder(unwrap_lines(text))
    phrases = [span.text for span in doc.spans["theme_phrases"]]
    assert len(phrases) == 3
    # (the number and its long dash are the item's bullet, as "1." is: session 22)
    assert phrases[0].endswith("métier d'assistant maternel") and phrases[2].startswith("L'accès aux droits")


def test_a_menu_broken_after_a_comma_stays_a_menu(labeller):
    # a Caf's guide from a PDF: the fields any territory may pick from run over a line its layout broke after a comma;
    # the next line goes on with the menu, so it names no field of a convention either
    doc = labeller("Caf de la Creuse – Guide des élus\nÉtape 3 – Choisir\nLes élus retiennent les champs de leur convention "
                   "parmi : petite enfance, enfance, jeunesse,\nparentalité, logement, handicap, accès aux droits.\n"
                   "Étape 4 – Signer\n")
    assert doc._.themes.themes == []


def test_an_evaluations_recommendations_are_no_fields_yet(labeller):
    # an evaluation report of the former convention: its recommendations for the next one, numbered and long, are
    # proposals; the convention's own axes above them are history
    doc = labeller("Évaluation de la CTG 2018-2022 – Communauté de communes du Pays de Lunel\nSynthèse\nLe rapport "
                   "formule des propositions pour la prochaine convention.\nNos recommandations\n1. Étendre le champ "
                   "de la nouvelle convention au logement des jeunes et à l'accès aux droits des familles isolées ;\n"
                   "2. Réunir le comité de pilotage deux fois par an.\n")
    assert doc._.themes.themes == []


def test_another_schema_named_by_its_article_keeps_its_priorities(labeller):
    # a departmental schema's review, by the Caf and the State: the next schema's priorities are not a CTG's
    doc = labeller("Schéma départemental des services aux familles du Gers – Bilan\nLe déploiement des conventions "
                   "territoriales globales se poursuit : douze intercommunalités sur quinze sont couvertes.\nLe prochain "
                   "schéma, piloté par l'État et la Caf, s'organisera autour de trois priorités : l'accueil du jeune "
                   "enfant, la jeunesse et le soutien aux parents.\n")
    assert doc._.themes.themes == []


def test_a_survey_page_asks_the_readers_needs(labeller):
    # a consultation before the convention: what the readers' answers will tell is no field of it yet
    doc = labeller("Communauté de communes du Mellois\nEnquête familles\nPour préparer sa future convention territoriale "
                   "globale avec la Caf, la communauté lance une enquête en ligne. Vos réponses nous permettront de "
                   "mieux connaître vos besoins en matière de garde d'enfants, de loisirs et d'accès au numérique.\n"
                   "Répondre avant le 30 avril\n")
    assert doc._.themes.themes == []
    # ... nor what a consultation asks them, as questions after their introduction
    doc = labeller("Les agents de la Caf vont à la rencontre des familles avant la future convention territoriale globale. "
                   "Parmi les questions posées : où faites-vous garder vos enfants ? Vos adolescents ont-ils un lieu où "
                   "se retrouver le soir ?\n")
    assert doc._.themes.themes == []


def test_a_caf_map_of_every_convention_gives_no_field(labeller):
    doc = labeller("Les conventions territoriales globales dans l'Indre\nTerritoire | Période\nChâteauroux Métropole | "
                   "2022-2026\nCommunauté de communes Éguzon-Argenton | 2023-2027\nChaque CTG s'organise autour des "
                   "thématiques choisies localement : petite enfance, jeunesse, parentalité, logement…\n")
    assert doc._.themes.themes == []


def test_a_facilitys_own_subjects_are_not_the_conventions_fields(labeller):
    # a town's CTG page describing each service under its field: the youth information point's subjects after the
    # colon (employment, housing, health) are the service's, not fields of the convention
    doc = labeller("La Convention territoriale globale\nLa commune est engagée avec la Caf de la Somme dans une CTG "
                   "depuis 2021.\nNos engagements\nJeunesse\nLe point information jeunesse accompagne les 16-25 ans : "
                   "emploi, logement, santé, départs à l'étranger.\nPetite enfance\nLe multi-accueil de 20 places "
                   "accueille les enfants du lundi au vendredi.\n")
    assert doc._.themes.themes == ["jeunesse", "petite_enfance"]


def test_an_age_range_from_birth_spans_the_ages_it_names():
    from ctgminer.extract.components.themes.lexicon import age_labels

    assert age_labels("l'éducation de leurs enfants, de la naissance à 18 ans") == {"petite_enfance", "enfance", "jeunesse"}
    assert age_labels("les tout-petits, de la naissance jusqu'à 3 ans") == {"petite_enfance"}
    assert age_labels("une durée de 4 à 5 ans") == set()


def test_what_changes_for_the_reader_ends_an_explainer_section(labeller):
    # a magazine's file: a short "why a CTG?" section, then the list of what this convention changes for the reader;
    # the neighbours' choices at the end are theirs
    doc = labeller("Dossier familles\nLa communauté de communes a signé sa convention territoriale globale avec la Caf "
                   "de la Corrèze le 3 mars.\nPourquoi une CTG ?\nLa CTG élargit le champ du contrat enfance jeunesse : "
                   "elle englobe toutes les politiques familiales.\nCe qui va changer pour vous d'ici 2028 :\n✓ Un relais "
                   "petite enfance qui tient des permanences dans chaque bourg\n✓ Un soutien "
                   "aux parents avec des ateliers parents-enfants\nEt ailleurs ? Nos voisins de Ventadour ont choisi de mettre l'accent sur le logement.\n")
    assert doc._.themes.themes == ["parentalite", "petite_enfance"]


def test_a_consultations_topics_listed_as_discussed_are_its_own(labeller):
    # a consultation page before the convention: the topics of its public meetings, listed as discussed, are not
    # the convention's fields yet
    doc = labeller("Convention territoriale globale : à vous la parole\nLa communauté de communes et la Caf du Doubs "
                   "préparent leur première convention territoriale globale. Un questionnaire est en ligne jusqu'au "
                   "30 mai.\nDeux réunions publiques auront lieu en juin.\nLes thèmes abordés : garde des jeunes "
                   "enfants, loisirs des adolescents, soutien aux parents, vie associative.\n")
    assert doc._.themes.themes == []


def test_who_a_launch_meeting_gathered_and_its_workshops_name_no_field(labeller):
    # a diagnostic's launch: the actors the meeting gathered, its thematic workshops to come, what the readers may
    # say at the meetings and the titles the participants worked on are no fields of the convention yet
    doc = labeller("Le Département et la Caf ont réuni le 3 avril une centaine d'acteurs de la petite enfance, de "
                   "l'insertion et de l'action sociale pour lancer les travaux de leur future convention territoriale "
                   "globale.\nDes ateliers thématiques sont prévus sur la petite enfance, les jeunes et la vie "
                   "associative.\nVous pourrez y dire ce qui manque aux familles : garde des enfants, activités pour "
                   "les jeunes, démarches administratives.\nLes participants ont ensuite travaillé en ateliers : « être "
                   "parent aujourd'hui », « accéder à ses droits ».\n")
    assert doc._.themes.themes == []


def test_a_list_under_what_it_means_for_a_place_and_a_lack_said_with_the_bare_verb(labeller):
    # a town's brief: the list under "Pour notre commune, cela veut dire concrètement :" is the convention's; and a
    # field whose sentence says where it lacks ("qui n'en ont pas") is no negation of it
    doc = labeller("Le 12 mai, le maire a signé avec la Caf la convention territoriale globale de l'agglomération.\n"
                   "Pour notre commune, cela veut dire concrètement :\n✔ un accueil de loisirs ouvert toutes les vacances\n"
                   "✔ une maison d'assistantes maternelles au bourg\n✔ des permanences de la Caf en mairie pour l'accès aux "
                   "droits\n")
    assert doc._.themes.themes == ["acces_aux_droits", "enfance", "petite_enfance"]
    doc = labeller("La Caf et la communauté ont signé une convention territoriale globale. La directrice a annoncé que la "
                   "convention permettrait de « créer des solutions de garde dans les villages qui n'en ont pas et "
                   "d'accompagner les jeunes dans leurs projets ».\n")
    assert doc._.themes.themes == ["jeunesse", "petite_enfance"]


def test_a_public_told_by_what_it_lacks_is_no_negation(labeller):
    # a relative clause on the public ("les habitants qui n'ont pas de connexion") does not negate the field it serves
    doc = labeller("La communauté de communes a signé sa convention territoriale globale avec la Caf. La convention "
                   "prévoit d'aider les habitants qui n'ont pas de connexion à faire leurs démarches en ligne.\n")
    assert "inclusion_numerique" in doc._.themes.themes


def test_objectives_the_convention_provides_for_or_the_partners_commit_to(finder):
    # a press article: the convention's objectives as infinitives after "prévoit de" or "s'engagent à", each item possibly
    # a whole clause with its own narrowing ("notamment par ...")
    doc = finder("La communauté et la Caf ont signé mardi la convention territoriale globale. Elle prévoit en effet de "
                 "maintenir l'offre d'accueil des jeunes enfants, d'accompagner les parents et de créer un espace de vie "
                 "sociale itinérant.\n")
    assert [span.text for span in doc.spans["theme_phrases"]] == [
        "maintenir l'offre d'accueil des jeunes enfants", "accompagner les parents",
        "créer un espace de vie sociale itinérant"]
    doc = finder("Pour y répondre, les partenaires de la convention territoriale globale s'engagent à développer l'accueil "
                 "du jeune enfant, à renforcer les actions en direction des jeunes de 16 à 25 ans, notamment par "
                 "l'insertion professionnelle et la formation, et à lutter contre l'habitat indigne.\n")
    assert len(doc.spans["theme_phrases"]) == 3
    assert doc.spans["theme_phrases"][1].text.endswith("l'insertion professionnelle et la formation")


JOB_OFFER_FIELDS = [
    # a job offer whose mission follows the convention's plan, its fields in brackets
    ("OFFRE D'EMPLOI\nChargé(e) de coopération CTG (H/F)\nDate limite de candidature : 3 mars 2025\nMissions\n"
     "• suivre le plan d'actions (petite enfance, jeunesse, parentalité, accès aux droits) ;\n"
     "• préparer les comités de pilotage.", ["acces_aux_droits", "jeunesse", "parentalite", "petite_enfance"]),
    # ... its working groups after a colon; then the missions in one line separated by semicolons
    ("Offre d'emploi – Temps complet\nLa communauté de communes recrute un(e) chargé(e) de coopération CTG.\n"
     "- Coordonner les groupes de travail thématiques : petite enfance, enfance-jeunesse, parentalité\n"
     "Vos missions : animer les comités techniques ; suivre le plan d'actions ; préparer le bilan annuel.",
     ["enfance", "jeunesse", "parentalite", "petite_enfance"]),
    # ... the actors the post coordinates, field by field
    ("Offre d'emploi : coordinateur(trice) CTG (H/F)\nDate limite de candidature : 12 juin 2024\n"
     "- Coordonner les acteurs de la petite enfance, de l'enfance et de la jeunesse\n- Suivre les indicateurs",
     ["enfance", "jeunesse", "petite_enfance"]),
    # ... the context section telling what the démarche covers
    ("OFFRE D'EMPLOI\nChargé(e) de mission CTG (H/F)\nLe contexte\nLa commune s'est engagée avec la Caf de l'Aude dans "
     "une convention territoriale globale. La démarche couvre notamment la petite enfance, la parentalité et "
     "l'animation de la vie sociale. Le poste est cofinancé par la Caf.\nProfil recherché : bac+3.",
     ["animation_vie_sociale", "parentalite", "petite_enfance"]),
]


@pytest.mark.parametrize(("text", "expected"), JOB_OFFER_FIELDS)
def test_job_offer_gives_the_fields_of_the_convention_it_serves(labeller, text, expected):
    """A job offer's prose describes the post, but the fields of the plan, working groups or actors it coordinates,
    and the démarche its context describes, are the convention's (9 written pages in 10 read them so)."""
    assert labeller(text)._.themes.themes == expected
