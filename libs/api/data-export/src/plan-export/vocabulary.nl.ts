import type { ActivityKind, GapKind, Stage } from '@oogo/shared-domain';

// The words of the exports, the same as the web app uses for them (apps/web/src/i18n/nl.ts,
// `vocabulary`), so a file says what the screen says.

export const ACTIVITY_KIND_NL: Readonly<Record<ActivityKind, string>> = {
  PREVENTIVE: 'Preventief',
  CURATIVE: 'Curatief (hulp en zorg)',
  ACCESS: 'Toegang',
};

export const GAP_KIND_NL: Readonly<Record<GapKind, string>> = {
  RESULT_WITHOUT_ACTIVITY: 'Resultaat zonder activiteit',
  ACTIVITY_WITHOUT_RESULT: 'Activiteit die geen resultaat dient',
  ACTIVITY_WITHOUT_RECENT_OUTCOME: 'Activiteit zonder recente outcome',
  RESULT_INDICATOR_WITHOUT_RECENT_MEASUREMENT: 'Streefwaarde zonder recente meting',
  RESULT_INDICATOR_OFF_TRACK: 'Streefwaarde niet op koers',
  CHECKLIST_DOUBTFUL_EFFECTIVENESS: 'Twijfel over effectiviteit (checklist)',
  ACTIVITY_WITHOUT_EVIDENCE: 'Activiteit zonder onderbouwing',
};

export const STAGE_NL: Readonly<Record<Stage, string>> = {
  YOUTH_SITUATION: 'Staat van de jeugd',
  SOCIETAL_RESULTS: 'Maatschappelijke resultaten',
  ACTIVITIES: 'Activiteiten',
  QUALITY: 'Kwaliteit',
  OUTCOMES: 'Outcome',
  LEARNING: 'Leren en verbeteren',
};

/** The national figure's area code and name. */
export const NATIONAL_AREA = { code: 'NL01', name: 'Nederland' } as const;
