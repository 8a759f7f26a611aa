import { VOCABULARY_NL } from '@oogo/shared-domain';

// The words of the exports are the web app's, so a file says what the screen says.
export const ACTIVITY_KIND_NL = VOCABULARY_NL.activityKind;
export const GAP_KIND_NL = VOCABULARY_NL.gapKind;
export const STAGE_NL = VOCABULARY_NL.stage;

/** The national figure's area code and name. */
export const NATIONAL_AREA = { code: 'NL01', name: 'Nederland' } as const;
