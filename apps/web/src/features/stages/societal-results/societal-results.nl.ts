import { addTexts } from '../../../i18n/add-texts';

/** Bouwsteen 2, maatschappelijke resultaten (B1). */
export const societalResultsNl = {
  empty: 'Er zijn nog geen maatschappelijke resultaten. Voeg het eerste toe.',
  statement: 'Resultaat',
  statementHelp: 'Beschrijf de situatie die u wilt bereiken voor kinderen en jongeren.',
  description: 'Toelichting',
  editResult: 'Resultaat bewerken',
  addResult: 'Resultaat toevoegen',
  indicators: 'Effectindicatoren en streefwaarden',
  noIndicators:
    'Nog geen effectindicator. Zonder indicator kunt u niet meten of het resultaat dichterbij komt.',
  activities: 'Activiteiten die bijdragen',
  noActivities: 'Knelpunt: nog geen activiteit draagt bij aan dit resultaat.',
  editTarget: 'Streefwaarde bewerken: {{name}}',
  baseline: 'Nulmeting',
  baselineValue: 'Waarde bij de nulmeting',
  baselineYear: 'Jaar van de nulmeting',
  target: 'Streefwaarde',
  targetValue: 'Streefwaarde',
  targetYear: 'Jaar waarin u de streefwaarde wilt halen',
  targetKind: 'Soort streefwaarde',
  targetKinds: {
    NORM: 'norm (moet gehaald worden)',
    AMBITION: 'streven (ambitie)',
  },
  latest: 'Laatste meting',
  noMeasurement: 'Nog geen meting',
  progress: 'Voortgang',
  progressUnknown: 'Nog niet te zeggen',
  onTrack: 'Op koers.',
  offTrack: 'Niet op koers.',
  progressPct: '{{pct}}% van de weg naar de streefwaarde.',
} as const;

addTexts({ societalResults: societalResultsNl });
