import type { Stage } from '@oogo/shared-domain';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../ui/states';
import { usePlan } from '../plan/plan-context';
import { UnreadBadge } from './unread-badge';
import { unreadOnStage } from './threads';
import { useUnreadCommentCounts } from './use-comments';

// The panel (forms, threads, the mention list) is its own chunk, loaded where it is shown.
export const LazyCommentsPanel = lazy(async () => ({
  default: (await import('./comments-panel')).CommentsPanel,
}));

/** The anchor of a bouwsteen's comments. */
export const STAGE_COMMENTS_ID = 'reacties';

/** The comments on a bouwsteen itself, below its content on the bouwsteen page. */
export function StageComments({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<Loading />}>
      <LazyCommentsPanel
        key={stage}
        id={STAGE_COMMENTS_ID}
        place={{ stage }}
        title={t('comments.stageTitle')}
        intro={t('comments.stageIntro')}
      />
    </Suspense>
  );
}

/** In the plan's menu: how many comments on this bouwsteen (and its items) are unread. */
export function StageUnreadBadge({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  const plan = usePlan();
  const count = unreadOnStage(useUnreadCommentCounts(plan.id), stage);
  return <UnreadBadge count={count} label={t('comments.unread', { count })} />;
}
