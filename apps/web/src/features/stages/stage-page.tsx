import { Heading2, Paragraph } from '@utrecht/component-library-react';
import type { Stage } from '@oogo/shared-domain';
import { lazy, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { NotFoundPage } from '../../app/not-found-page';
import { STAGES_IN_ORDER, stageOfSlug } from '../../ui/stages';
import { useDocumentTitle } from '../../ui/states';
import { StageComments } from '../comments/stage-comments';
import { PresenceAvatars, usePresenceOnStage } from '../live/presence';
import { usePlan } from '../plan/plan-context';

// Each bouwsteen's content is its own chunk, loaded when that page is opened.
const STAGE_CONTENT: Partial<Record<Stage, ComponentType>> = {
  YOUTH_SITUATION: lazy(async () => ({
    default: (await import('./youth-situation/youth-situation-stage')).YouthSituationStage,
  })),
  SOCIETAL_RESULTS: lazy(async () => ({
    default: (await import('./societal-results/societal-results-stage')).SocietalResultsStage,
  })),
  ACTIVITIES: lazy(async () => ({
    default: (await import('./activities/activities-stage')).ActivitiesStage,
  })),
  QUALITY: lazy(async () => ({ default: (await import('./quality/quality-stage')).QualityStage })),
  OUTCOMES: lazy(async () => ({
    default: (await import('./outcomes/outcomes-stage')).OutcomesStage,
  })),
  LEARNING: lazy(async () => ({
    default: (await import('./learning/learning-stage')).LearningStage,
  })),
};

/** `/plannen/<id>/<bouwsteen>`: the heading, who else is here, and the bouwsteen's content. */
export function StagePage() {
  const { t } = useTranslation();
  const plan = usePlan();
  const stage = stageOfSlug(useParams().stage);
  useDocumentTitle(stage ? `${t(`vocabulary.stage.${stage}`)} – ${plan.title}` : undefined);
  usePresenceOnStage(stage ?? null);
  if (!stage) return <NotFoundPage />;
  const Content = STAGE_CONTENT[stage];
  return (
    <>
      <Paragraph small className="oogo-stage-kicker">
        {t('plan.stageNumber', { number: STAGES_IN_ORDER.indexOf(stage) + 1 })}
      </Paragraph>
      <Heading2 className="oogo-page-title">{t(`vocabulary.stage.${stage}`)}</Heading2>
      <Paragraph>{t(`vocabulary.stageIntro.${stage}`)}</Paragraph>
      <PresenceAvatars stage={stage} label={t('presence.onStage')} />
      {Content ? <Content /> : <Paragraph>{t('stages.comingSoon')}</Paragraph>}
      <StageComments stage={stage} />
    </>
  );
}
