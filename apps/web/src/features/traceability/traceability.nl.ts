import { addTexts } from '../../i18n/add-texts';

/** Dutch texts of the Samenhang page (B1): added to ../../i18n/nl.ts as `traceability`. */
export const traceabilityNl = {
  title: 'Samenhang',
  intro:
    'Hier ziet u hoe het plan samenhangt. Welke activiteit helpt bij welk resultaat? Hoe gaat het met die resultaten? En waar ontbreekt iets?',
  empty:
    'Dit plan heeft nog geen resultaten en geen activiteiten. Vul eerst de bouwstenen Maatschappelijke resultaten en Activiteiten in.',
  toStage: 'Naar {{stage}}',
  gap: 'Knelpunt',
  gapsLabel: 'Knelpunten',
  noGaps: 'Geen knelpunten',
  resultNumber: 'R{{number}}',
  resultNumberLong: 'Resultaat {{number}}',
  executor: 'Uitvoerder: {{name}}',
  noExecutor: 'Nog geen uitvoerder',
  openInStage: 'Bekijk in {{stage}}',
  openInStageItem: '{{link}}: {{name}}',

  download: {
    label: 'Downloaden:',
    labelFiltered: 'Downloaden (alleen de activiteiten van de gekozen uitvoerder):',
    xlsx: 'Download als Excel (XLSX)',
    csv: 'Download als CSV',
  },

  chain: {
    title: 'Volg de keten',
    intro:
      'Kies een cijfer, een resultaat of een activiteit. Dan ziet u de hele keten: van cijfer naar resultaat, activiteit, kwaliteit en outcome. Klik op een onderdeel om vanaf daar verder te kijken.',
    startLabel: 'Begin bij',
    startPlaceholder: 'Kies een onderdeel',
    groupIndicators: 'Cijfers',
    groupResults: 'Maatschappelijke resultaten',
    groupActivities: 'Activiteiten',
    show: 'Toon de keten',
    close: 'Sluit de keten',
    chooseFirst: 'Kies eerst een onderdeel.',
    headingIndicator: 'Keten vanaf het cijfer “{{name}}”',
    headingResult: 'Keten vanaf resultaat {{number}}',
    headingActivity: 'Keten vanaf de activiteit “{{name}}”',
    startBadge: 'Beginpunt',
    notFound: 'Dit onderdeel staat niet (meer) in het plan. Kies een ander beginpunt.',
    stepIndicators: 'Cijfer (effectindicator)',
    stepResults: 'Maatschappelijk resultaat',
    stepActivities: 'Activiteiten',
    stepQuality: 'Kwaliteit',
    stepOutcome: 'Outcome',
    noIndicators: 'Er is nog geen cijfer gekoppeld aan dit resultaat.',
    noResultsForIndicator: 'Geen resultaat gebruikt dit cijfer als effectindicator.',
    noResultsForActivity: 'Deze activiteit helpt nog bij geen enkel resultaat.',
    noActivities: 'Nog geen activiteit helpt bij dit resultaat.',
    noActivitiesInChain: 'Er zijn nog geen activiteiten in deze keten.',
    hiddenActivities_one:
      'Door het filter ziet u {{count}} activiteit niet. Kies “Alle organisaties” om alles te zien.',
    hiddenActivities_other:
      'Door het filter ziet u {{count}} activiteiten niet. Kies “Alle organisaties” om alles te zien.',
    noQuality: 'Nog geen kwaliteitseisen ingevuld.',
    noOutcome: 'Nog geen outcome gemeten.',
    rationale: 'Hoe helpt het: {{text}}',
    missingOutcome: 'Activiteiten zonder recente outcome: {{names}}',
    measures: 'Meet resultaat {{numbers}}',
  },

  target: {
    summary: 'Van {{baseline}} in {{baselineYear}} naar {{target}} in {{targetYear}}',
    kind: {
      NORM: 'norm',
      AMBITION: 'streven',
    },
    latest: 'Nu: {{value}} ({{period}})',
    noLatest: 'Nog geen meting na het startjaar.',
    progress: '{{pct}}% van de weg gedaan',
    wrongWay: 'Het cijfer gaat de verkeerde kant op',
    onTrack: 'Op koers',
    offTrack: 'Niet op koers',
    unknown: 'Koers nog onbekend',
  },

  outcome: {
    goalRealisation: 'Doel bereikt',
    plannedTermination: 'Volgens plan afgerond',
    clientSatisfaction: 'Tevreden',
    respondents: 'Aantal mensen',
    caption: 'Outcome van {{name}}',
    unknown: 'onbekend',
    measure: 'Meting',
    olderHidden_one: 'U ziet de laatste {{count}} periode. De rest staat bij Outcome.',
    olderHidden_other: 'U ziet de laatste {{count}} perioden. De rest staat bij Outcome.',
  },

  quality: {
    summary: '{{met}} van {{total}} eisen voldaan',
    requirement: {
      LEGAL_QUALITY_REQUIREMENTS: 'Wettelijke kwaliteitseisen',
      RESPONSIBLE_TASK_ALLOCATION: 'Norm verantwoorde werktoedeling',
      REPORTING_CODE: 'Meldcode huiselijk geweld en kindermishandeling',
      YOUTH_CARE_GUIDELINES: 'Richtlijnen jeugdhulp en jeugdbescherming',
      RECOGNISED_INTERVENTION: 'Erkende interventie',
    },
    perspective: {
      RECIPIENT: 'Ontvanger',
      PROVIDER: 'Aanbieder',
      FUNDER: 'Financier',
    },
    status: {
      MET: 'Voldoet',
      PARTLY_MET: 'Voldoet deels',
      NOT_MET: 'Voldoet niet',
      UNKNOWN: 'Nog niet bekend',
      NOT_APPLICABLE: 'Niet van toepassing',
    },
  },

  activityKind: {
    PREVENTIVE: 'Preventief',
    CURATIVE: 'Curatief',
    ACCESS: 'Toegang',
  },

  period: {
    year: '{{year}}',
    quarter: '{{quarter}}e kwartaal {{year}}',
    month: '{{month}} {{year}}',
  },

  overview: {
    title: 'Activiteiten en resultaten',
    introTable:
      'Elke rij is een activiteit. Elke kolom is een maatschappelijk resultaat. Een vinkje betekent: deze activiteit helpt bij dit resultaat. Wat een knelpunt heeft, is gemarkeerd.',
    introList:
      'Eerst ziet u per activiteit bij welke resultaten die helpt. Daarna ziet u per resultaat welke activiteiten helpen. Wat een knelpunt heeft, is gemarkeerd.',
    organization: 'Uitvoerder',
    organizationHelp: 'Toon alleen de activiteiten van één organisatie.',
    allOrganizations: 'Alle organisaties',
    organizationOption_one: '{{name}} ({{count}} activiteit)',
    organizationOption_other: '{{name}} ({{count}} activiteiten)',
    noExecutorOption_one: 'Zonder uitvoerder ({{count}} activiteit)',
    noExecutorOption_other: 'Zonder uitvoerder ({{count}} activiteiten)',
    onlyGaps: 'Alleen activiteiten met een knelpunt',
    shown: 'U ziet {{count}} van de {{total}} activiteiten.',
    noneShown: 'Er zijn geen activiteiten die bij dit filter passen.',
    showList: 'Toon als lijst',
    showTable: 'Toon als tabel',
    viewHelp: 'De lijst geeft dezelfde informatie, en leest makkelijker met een schermlezer.',
  },

  matrix: {
    caption: 'Welke activiteit helpt bij welk resultaat',
    captionFiltered: 'Welke activiteit helpt bij welk resultaat (uitvoerder: {{name}})',
    activityColumn: 'Activiteit',
    gapsColumn: 'Knelpunten',
    contributes: 'helpt',
    notContributes: 'helpt niet',
    legendTitle: 'De resultaten in de tabel',
    scrollHint: 'Is de tabel te breed? Scroll dan opzij, of kies “Toon als lijst”.',
  },

  list: {
    byActivity: 'Per activiteit: bij welke resultaten helpt het?',
    byResult: 'Per resultaat: welke activiteiten helpen?',
    helpsWith: 'Helpt bij:',
    helpedBy: 'Wie helpt:',
    noResult: 'Helpt bij geen enkel resultaat.',
    noActivity: 'Geen activiteit helpt hierbij.',
    noActivityFiltered: 'Geen activiteit in dit filter helpt hierbij.',
  },
} as const;

addTexts({ traceability: traceabilityNl });
