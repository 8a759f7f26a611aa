/**
 * The Dutch words (B1) for the domain's codes: bouwstenen, statuses, roles, criteria. One list
 * for everything that speaks Dutch to people: the web app's texts and the exported documents.
 */
export const VOCABULARY_NL = {
  planStatus: {
    DRAFT: 'Concept',
    IN_CONSULTATION: 'In OOGO-overleg',
    ADOPTED: 'Vastgesteld',
  },
  stage: {
    YOUTH_SITUATION: 'Staat van de jeugd',
    SOCIETAL_RESULTS: 'Maatschappelijke resultaten',
    ACTIVITIES: 'Activiteiten',
    QUALITY: 'Kwaliteit',
    OUTCOMES: 'Outcome',
    LEARNING: 'Leren en verbeteren',
  },
  stageIntro: {
    YOUTH_SITUATION:
      'Hoe gaat het met de jeugd in de regio? Cijfers, signalen en de gezamenlijke analyse.',
    SOCIETAL_RESULTS:
      'Wat willen we samen bereiken? Resultaten met een effectindicator en een streefwaarde.',
    ACTIVITIES:
      'Wat gaan we doen? Activiteiten en voorzieningen, en hoe ze bijdragen aan de resultaten.',
    QUALITY: 'Is de uitvoering goed genoeg? De kwaliteitseisen per activiteit.',
    OUTCOMES: 'Werkt het? Doelrealisatie, uitval en tevredenheid per activiteit.',
    LEARNING: 'Wat leren we ervan? Evaluaties en verbeteracties.',
  },
  betterDirection: {
    HIGHER: 'Hoger is beter',
    LOWER: 'Lager is beter',
  },
  reflectionQuestion: {
    RECOGNISE: 'Herkennen wij het beeld?',
    EXPLAIN: 'Kunnen we het verklaren?',
    JUDGE: 'Wat vinden we ervan?',
    IMPROVE: 'Willen we dit verbeteren?',
  },
  improvementActionStatus: {
    PLANNED: 'Gepland',
    IN_PROGRESS: 'Bezig',
    DONE: 'Klaar',
    CANCELLED: 'Gestopt',
  },
  organizationKind: {
    GEMEENTE: 'Gemeente',
    SCHOOLBESTUUR: 'Schoolbestuur',
    PARTNER: 'Partner',
  },
  planRole: {
    COORDINATOR: 'Coördinator',
    EDITOR: 'Bewerker',
    CONTRIBUTOR: 'Bijdrager',
    VIEWER: 'Lezer',
  },
  planRoleHelp: {
    COORDINATOR: 'Beheert de deelnemers en de status van het plan.',
    EDITOR: 'Past alle bouwstenen aan.',
    CONTRIBUTOR: 'Reageert overal en past de onderdelen van de eigen organisatie aan.',
    VIEWER: 'Leest mee.',
  },
  consultationState: {
    AGREED: 'Akkoord',
    OBJECTED: 'Bezwaar',
    STALE: 'Akkoord op oudere tekst',
    WAITING: 'Nog geen besluit',
  },
  activityKind: {
    PREVENTIVE: 'Preventief',
    CURATIVE: 'Curatief (hulp en zorg)',
    ACCESS: 'Toegang',
  },
  effectivenessCriterion: {
    GOAL_ORIENTED: 'Doelgericht',
    LOCALLY_FITTING: 'Lokaal passend',
    COHERENT: 'Samenhangend',
    LEARNING: 'Lerend',
    EVIDENCE_BASED: 'Onderbouwd',
    SUSTAINABLE: 'Duurzaam',
    PROFESSIONALS_EQUIPPED: 'Professionals toegerust',
  },
  effectivenessCriterionQuestion: {
    GOAL_ORIENTED:
      'Draagt de activiteit bij aan de maatschappelijke resultaten? Is duidelijk voor welke doelgroep?',
    LOCALLY_FITTING:
      'Sluit de activiteit aan bij wat er speelt op school en in de wijk, en bij lokaal aanbod?',
    COHERENT:
      'Hoort de activiteit bij een samenhangend pakket, met aandacht voor school, wijk, vrije tijd en gezin?',
    LEARNING:
      'Houden we bij wat de activiteit oplevert, en bespreken we dat samen om bij te sturen?',
    EVIDENCE_BASED: 'Is uitgelegd waarom de aanpak werkt, liefst met onderzoek?',
    SUSTAINABLE:
      'Zijn er afspraken voor de lange termijn, vastgelegd in het gewone beleid en werk?',
    PROFESSIONALS_EQUIPPED: 'Zijn de uitvoerders goed opgeleid en getraind voor deze aanpak?',
  },
  assessmentRating: {
    MEETS: 'Voldoet',
    PARTLY_MEETS: 'Voldoet deels',
    DOES_NOT_MEET: 'Voldoet niet',
    UNKNOWN: 'Nog onbekend',
  },
  checklistPoint: {
    TARGET_GROUP: 'Doelgroep',
    GOALS: 'Doelen',
    APPROACH: 'Aanpak',
    EXECUTORS: 'Uitvoerders',
    QUALITY_ASSURANCE: 'Kwaliteitsbewaking',
    PRECONDITIONS: 'Randvoorwaarden',
    COSTS: 'Kosten',
  },
  checklistQuestion: {
    TARGET_GROUP: 'Is de doelgroep helder omschreven, met leeftijd en kenmerken?',
    GOALS: 'Zijn de doelen helder en haalbaar in de tijd die de interventie duurt?',
    APPROACH: 'Is de aanpak helder omschreven? Is er een handleiding?',
    EXECUTORS: 'Is helder wie de uitvoerders zijn, en welke opleiding zij nodig hebben?',
    QUALITY_ASSURANCE:
      'Bewaken de uitvoerders de kwaliteit? Wordt de interventie uitgevoerd zoals bedoeld?',
    PRECONDITIONS: 'Is duidelijk wat de interventie vraagt aan tijd, ruimte en mensen?',
    COSTS: 'Zijn de kosten helder, en kan de uitvoerder ze onderbouwen?',
  },
  checklistStatus: {
    CLEAR: 'Helder',
    UNCLEAR: 'Niet helder',
    NOT_APPLICABLE: 'Niet van toepassing',
  },
  evidenceLevel: {
    NONE: 'Niet erkend in de databank',
    WELL_FOUNDED: 'Goed onderbouwd',
    EFFECTIVE_FIRST_INDICATIONS: 'Effectief volgens eerste aanwijzingen',
    EFFECTIVE_GOOD_INDICATIONS: 'Effectief volgens goede aanwijzingen',
    EFFECTIVE_STRONG_INDICATIONS: 'Effectief volgens sterke aanwijzingen',
  },
  qualityRequirement: {
    LEGAL_QUALITY_REQUIREMENTS: 'Wettelijke kwaliteitseisen voor professionals',
    RESPONSIBLE_TASK_ALLOCATION: 'Norm van verantwoorde werktoedeling',
    REPORTING_CODE: 'Meldcode kindermishandeling en huiselijk geweld',
    YOUTH_CARE_GUIDELINES: 'Richtlijnen jeugdhulp en jeugdbescherming',
    RECOGNISED_INTERVENTION: 'Erkenning in de databank Effectieve Jeugdinterventies',
  },
  qualityRequirementShort: {
    LEGAL_QUALITY_REQUIREMENTS: 'Wettelijke eisen',
    RESPONSIBLE_TASK_ALLOCATION: 'Werktoedeling',
    REPORTING_CODE: 'Meldcode',
    YOUTH_CARE_GUIDELINES: 'Richtlijnen',
    RECOGNISED_INTERVENTION: 'Erkenning',
  },
  qualityStatus: {
    MET: 'Voldaan',
    PARTLY_MET: 'Deels voldaan',
    NOT_MET: 'Niet voldaan',
    UNKNOWN: 'Nog onbekend',
    NOT_APPLICABLE: 'Niet van toepassing',
  },
  qualityPerspective: {
    RECIPIENT: 'Ontvanger',
    PROVIDER: 'Aanbieder',
    FUNDER: 'Financier',
  },
  qualityPerspectiveHelp: {
    RECIPIENT: 'kinderen, jongeren en ouders',
    PROVIDER: 'wie de activiteit uitvoert',
    FUNDER: 'wie betaalt, zoals gemeente of schoolbestuur',
  },
  gapKind: {
    RESULT_WITHOUT_ACTIVITY: 'Resultaat zonder activiteit',
    ACTIVITY_WITHOUT_RESULT: 'Activiteit die geen resultaat dient',
    ACTIVITY_WITHOUT_RECENT_OUTCOME: 'Activiteit zonder recente outcome',
    RESULT_INDICATOR_WITHOUT_RECENT_MEASUREMENT: 'Streefwaarde zonder recente meting',
    RESULT_INDICATOR_OFF_TRACK: 'Streefwaarde niet op koers',
    CHECKLIST_DOUBTFUL_EFFECTIVENESS: 'Twijfel over effectiviteit (checklist)',
    ACTIVITY_WITHOUT_EVIDENCE: 'Activiteit zonder onderbouwing',
  },
  completenessReason: {
    INDICATORS_PRESENT: 'Er zijn cijfers',
    INDICATORS_WITH_MEASUREMENTS: 'Elk cijfer heeft metingen',
    GEMEENTEN_MEASURED_IN_LATEST_YEAR: 'Elke gemeente heeft een meting van het laatste jaar',
    SIGNALS_PRESENT: 'Er zijn signalen uit de praktijk',
    ANALYSES_PRESENT: 'Er is een gezamenlijke analyse',
    ANALYSES_ANSWERED_BY_ALL_PARTIES: 'Elke partij heeft de vier vragen beantwoord',
    RESULTS_PRESENT: 'Er zijn maatschappelijke resultaten',
    RESULTS_WITH_INDICATOR: 'Elk resultaat heeft een effectindicator',
    RESULTS_FROM_ANALYSIS: 'Elk resultaat komt uit een analyse',
    RESULTS_WITH_ACTIVITY: 'Elk resultaat heeft een activiteit',
    ACTIVITIES_PRESENT: 'Er zijn activiteiten',
    ACTIVITIES_SERVING_A_RESULT: 'Elke activiteit draagt bij aan een resultaat',
    ACTIVITIES_FULLY_ASSESSED: 'Elke activiteit is op de zeven criteria beoordeeld',
    ACTIVITIES_WITH_COMPLETE_CHECKLIST: 'Elke activiteit heeft de checklist helemaal ingevuld',
    ACTIVITIES_WITH_EXECUTOR: 'Elke activiteit heeft een uitvoerder',
    ACTIVITIES_WITH_QUALITY_CHECK: 'Elke activiteit heeft kwaliteitseisen',
    QUALITY_CHECKS_KNOWN: 'Van elke kwaliteitseis is de stand bekend',
    OUTCOME_MEASUREMENTS_PRESENT: 'Er zijn outcomemetingen',
    ACTIVITIES_WITH_RECENT_OUTCOME: 'Elke activiteit heeft een recente outcome',
    LEARNING_REVIEWS_PRESENT: 'Er is een evaluatie',
    LEARNING_REVIEWS_ANSWERED_BY_ALL_PARTIES: 'Elke partij heeft de evaluatievragen beantwoord',
    IMPROVEMENT_ACTIONS_PRESENT: 'Er zijn verbeteracties',
    IMPROVEMENT_ACTIONS_WITH_OWNER_AND_DUE_DATE:
      'Elke verbeteractie heeft een eigenaar en een datum',
  },
} as const;
