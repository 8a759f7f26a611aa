import { STAGES_IN_ORDER, type Stage } from '@oogo/shared-domain';

/** Dutch, readable paths for the six bouwstenen: /plannen/<id>/staat-van-de-jeugd. */
export const STAGE_SLUG: Readonly<Record<Stage, string>> = {
  YOUTH_SITUATION: 'staat-van-de-jeugd',
  SOCIETAL_RESULTS: 'maatschappelijke-resultaten',
  ACTIVITIES: 'activiteiten',
  QUALITY: 'kwaliteit',
  OUTCOMES: 'outcome',
  LEARNING: 'leren-en-verbeteren',
};

export function stageOfSlug(slug: string | undefined): Stage | undefined {
  return STAGES_IN_ORDER.find((stage) => STAGE_SLUG[stage] === slug);
}

export function stagePath(planId: string, stage: Stage): string {
  return `/plannen/${planId}/${STAGE_SLUG[stage]}`;
}

export { STAGES_IN_ORDER };
export type { Stage };
