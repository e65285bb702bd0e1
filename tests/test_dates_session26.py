"""Dates component on a blank French pipeline: session 26 (the period error classes read in the written sets read_cb,
read_cc and read_cd, checked across the older read sets). Every example is written for the test."""

from __future__ import annotations

from conftest import date_fields_of


def test_length_opening_the_sentence_before_its_end_tells_the_period(dates_nlp):
    # local news on a signing: "Pendant quatre ans, jusqu'en 2027, ..." states the convention's length and end in one
    # clause, so its first year too
    text = ("Le Progrès | 12/05/2024\nLa communauté de communes du Haut-Jura et la Caf du Jura ont signé vendredi leur "
            "convention territoriale globale, dans la salle du conseil.\nPendant quatre ans, jusqu'en 2027, "
            "l'intercommunalité et la Caf vont coordonner leurs actions pour les familles.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"], fields["duration_years"]) == (2024, 2027, 4)


def test_past_length_stays_no_period(dates_nlp):
    # guard: "pendant six ans" telling the past of the former contract gives no term to the page's convention
    text = ("Le Progrès | 12/05/2024\nLa communauté de communes du Haut-Jura et la Caf du Jura ont signé vendredi leur "
            "convention territoriale globale.\nPendant six ans, le contrat enfance jeunesse a financé la crèche.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"]) == (None, None)


def test_convention_priorities_for_its_term(dates_nlp):
    # a Caf's news on a signing: the priorities the diagnostic retained "pour la période 2025-2028" are the
    # convention's, its term
    text = ("Caf de l'Aube > Actualités\nLe Pays d'Othe signe sa Convention territoriale globale\nPublié le 04/03/2025\n"
            "Le 28 février 2025, le président de la communauté de communes et la directrice de la Caf ont signé la "
            "Convention territoriale globale (CTG) du territoire.\nLes priorités du Pays d'Othe\nPour les 23 communes, "
            "le diagnostic a conduit à retenir quatre priorités pour la période 2025-2028 :\n"
            "→ développer l'accueil des tout-petits ;\n→ soutenir les parents.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"]) == (2025, 2028)


def test_review_priorities_for_next_years_stay_no_term(dates_nlp):
    # guard: a steering committee's priorities "pour 2025-2026" are the next steps of a running convention, no term
    text = ("Ville de Sainte-Marie – Actualités\nComité de pilotage de la convention territoriale globale\nLe comité a fait "
            "le bilan des actions lancées en 2024 et défini les priorités pour 2025-2026.\n")
    fields = date_fields_of(dates_nlp, text)[0]
    assert (fields["period_start"], fields["period_end"]) == (None, None)


def test_another_signing_told_with_egalement_is_not_the_pages(dates_nlp):
    # Caf news closing on the Caf's other signings: "a également signé en 2020 une CTG avec ..." dates another
    # convention, not the one signed on the day the lead gives
    text = ("Caf de la Martinique – Actualités partenaires\nUne convention territoriale globale pour le Sud\n"
            "Publié le 20/05/2022\nLe 17 mai 2022, à Sainte-Luce, la Caf de la Martinique a signé avec la Communauté "
            "d'agglomération de l'Espace Sud une convention territoriale globale pour la période 2022-2026.\n"
            "La Caf a également signé en 2020 une CTG avec la Communauté d'agglomération du Centre de la Martinique.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] == "2022-05-17"


def test_one_more_party_signing_keeps_the_date(dates_nlp):
    # guard: one more party signing the page's own convention ("a également signé la convention") dates it
    text = ("Le Journal de Saône-et-Loire | 03/10/2023\nLa communauté de communes du Grand Autunois Morvan et la Caf ont "
            "renouvelé leur convention territoriale globale. La MSA a également signé la convention le 28 septembre 2023 "
            "à Autun.\n")
    assert date_fields_of(dates_nlp, text)[0]["signature_date"] == "2023-09-28"


def test_heading_over_the_programme_tells_the_end(dates_nlp):
    # a magazine's file on a signing: the heading over what the convention plans, "Ce qui est prévu d'ici 2028", tells
    # its end
    text = ("Le Mag de l'Agglo – N°31 – Printemps 2024\nDOSSIER FAMILLES\nLa communauté d'agglomération et la Caf de la "
            "Sarthe ont signé en mars leur convention territoriale globale.\nCe qui est prévu d'ici 2028\n"
            "→ un relais petite enfance itinérant ;\n→ un lieu d'accueil enfants-parents à Sablé.\n")
    assert date_fields_of(dates_nlp, text)[0]["period_end"] == 2028


def test_action_deadline_line_stays_no_end(dates_nlp):
    # guard: an action's deadline on a line of its own ("Créer 40 places d'accueil d'ici 2026") and a quote's "D'ici fin
    # 2025" tell no convention's end
    text = ("Le Mag de l'Agglo – N°31 – Printemps 2024\nLa communauté d'agglomération et la Caf de la Sarthe ont signé en "
            "mars leur convention territoriale globale.\nFiche action 1.2 – Créer 40 places d'accueil d'ici 2026\n"
            "« D'ici fin 2025, tout le département sera couvert »\n")
    assert date_fields_of(dates_nlp, text)[0]["period_end"] is None


def test_parties_setting_themselves_goals_until_a_year(dates_nlp):
    # an interview on a coming signing: the parties "se fixent des objectifs communs jusqu'en 2029", the convention's
    # end, its length stated in the headline
    text = ("« Une feuille de route pour cinq ans » : trois questions au président de la communauté\nLe Télégramme – "
            "12/01/2025\nLa communauté de communes signera la semaine prochaine sa convention territoriale globale avec la "
            "Caf. Pour la première fois, les douze communes et la Caf se fixent des objectifs communs jusqu'en 2029.\n")
    assert date_fields_of(dates_nlp, text)[0]["period_end"] == 2029


def test_headline_opening_on_the_length_and_its_purpose(dates_nlp):
    # a magazine's file on a signing: "Familles : quatre ans pour ..." states the convention's length
    text = ("Le Mag du Pays – N°12 – Été 2023\nFamilles : quatre ans pour bien grandir au pays\nSignée le 6 juin 2023, "
            "la convention territoriale globale engage la communauté de communes et la Caf de l'Ain.\n")
    assert date_fields_of(dates_nlp, text)[0]["duration_years"] == 4


def test_length_inside_a_sentence_stays_no_headline(dates_nlp):
    # guard: a length with "pour" inside a sentence on another matter is no headline's
    text = ("Le Mag du Pays – N°12 – Été 2023\nSignée le 6 juin 2023, la convention territoriale globale engage la "
            "communauté de communes et la Caf de l'Ain.\nLe gymnase a fermé : il a fallu deux ans pour le rénover.\n")
    assert date_fields_of(dates_nlp, text)[0]["duration_years"] is None
