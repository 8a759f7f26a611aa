import { addTexts } from '../../../i18n/add-texts';

/** What the pages of bouwsteen 3, 4 and 5 share: grouping per activity, gaps, periods (B1). */
export const perActivityNl = {
  kindAndExecutor: '{{kind}} · uitvoerder: {{executor}}',
  noExecutor: 'nog niet gekozen',
  index: 'Naar een activiteit op deze pagina',
  noActivities:
    'Er zijn nog geen activiteiten. Kwaliteit en outcome horen bij een activiteit. Voeg eerst activiteiten toe.',
  toActivities: 'Naar bouwsteen 3: activiteiten',
  gap: 'Knelpunt:',
  gaps: {
    RESULT_WITHOUT_ACTIVITY: 'nog geen activiteit draagt bij aan dit resultaat.',
    ACTIVITY_WITHOUT_RESULT:
      'deze activiteit draagt nog niet bij aan een maatschappelijk resultaat.',
    ACTIVITY_WITHOUT_RECENT_OUTCOME: 'er is nog geen outcome over {{period}}.',
    RESULT_INDICATOR_WITHOUT_RECENT_MEASUREMENT: 'er is geen meting over {{period}}.',
    RESULT_INDICATOR_OFF_TRACK: 'de streefwaarde is niet op koers.',
    CHECKLIST_DOUBTFUL_EFFECTIVENESS:
      'te veel punten van de checklist zijn niet helder. Het is de vraag of deze aanpak werkt.',
    ACTIVITY_WITHOUT_EVIDENCE:
      'niet erkend in de databank en geen literatuur die uitlegt waarom de aanpak werkt.',
  },
  /** The same, when the plan has no figures at all yet (the api sends no period). */
  gapsWithoutPeriod: {
    ACTIVITY_WITHOUT_RECENT_OUTCOME: 'er is nog geen outcome gemeten.',
    RESULT_INDICATOR_WITHOUT_RECENT_MEASUREMENT: 'er is nog geen meting.',
  },
  quarter: '{{quarter}}e kwartaal {{year}}',
  statusCount: '{{status}}: {{count}}',
} as const;

addTexts({ perActivity: perActivityNl });
