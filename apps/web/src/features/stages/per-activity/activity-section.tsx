import { graphql } from '@oogo/web-data-access';
import type { ActivityKind, GapKind } from '@oogo/shared-domain';
import { Heading3, Link, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../ui/app-link';
import { stagePath } from '../../../ui/stages';
import { EmptyState } from '../../../ui/states';
import { usePlan } from '../../plan/plan-context';
import type { GapInfo } from './gaps';
import { periodLabel } from './period-label';
import './per-activity.css';

/** The activity fields ActivitySection shows, for the queries of bouwsteen 3–5. */
export const ActivitySummaryFields = graphql(`
  fragment ActivitySummaryFields on Activity {
    id
    name
    kind
    executor {
      id
      name
    }
  }
`);

/** The plan's gaps (Plan.gaps), for the pages that say where the chain breaks. */
export const GapFields = graphql(`
  fragment GapFields on Gap {
    kind
    stage
    itemId
    period
  }
`);

/** What the pages of bouwsteen 3–5 need to know of an activity to group by it. */
export interface ActivitySummary {
  id: string;
  name: string;
  kind: ActivityKind;
  executor?: { name: string } | null;
}

/** "Preventief · uitvoerder: GGD Veenmeren" */
export function ActivityKindAndExecutor({ activity }: { activity: ActivitySummary }) {
  const { t } = useTranslation();
  return (
    <Paragraph small className="oogo-activity-meta">
      {t('perActivity.kindAndExecutor', {
        kind: t(`vocabulary.activityKind.${activity.kind}`),
        executor: activity.executor?.name ?? t('perActivity.noExecutor'),
      })}
    </Paragraph>
  );
}

/** Gaps about "the latest period": without any figures in the plan the api sends no period. */
function isPeriodGap(
  kind: GapKind,
): kind is 'ACTIVITY_WITHOUT_RECENT_OUTCOME' | 'RESULT_INDICATOR_WITHOUT_RECENT_MEASUREMENT' {
  return (
    kind === 'ACTIVITY_WITHOUT_RECENT_OUTCOME' ||
    kind === 'RESULT_INDICATOR_WITHOUT_RECENT_MEASUREMENT'
  );
}

/** Where the chain breaks for this item, in words with a warning sign. */
export function GapNotes({ gaps }: { gaps: readonly GapInfo[] | undefined }) {
  const { t, i18n } = useTranslation();
  if (!gaps?.length) return null;
  return (
    <ul className="oogo-gap-notes">
      {gaps.map((gap) => (
        <li key={gap.kind} className="oogo-gap-text">
          <strong>{t('perActivity.gap')}</strong>{' '}
          {!gap.period && isPeriodGap(gap.kind)
            ? t(`perActivity.gapsWithoutPeriod.${gap.kind}`)
            : t(`perActivity.gaps.${gap.kind}`, {
                period: gap.period ? periodLabel(gap.period, t, i18n.language) : '',
              })}
        </li>
      ))}
    </ul>
  );
}

/**
 * One activity on the quality or outcome page: its name, kind and executor, its gaps, and
 * what the page shows of it. `item-<id>` lets the kompas link to it.
 */
export function ActivitySection({
  activity,
  gaps,
  children,
}: {
  activity: ActivitySummary;
  gaps?: readonly GapInfo[];
  children: ReactNode;
}) {
  const headingId = `activity-${activity.id}-title`;
  return (
    <section
      id={`item-${activity.id}`}
      className="oogo-activity-section"
      aria-labelledby={headingId}
      tabIndex={-1}
    >
      <Heading3 id={headingId} className="oogo-item__title">
        {activity.name}
      </Heading3>
      <ActivityKindAndExecutor activity={activity} />
      <GapNotes gaps={gaps} />
      {children}
    </section>
  );
}

/** Links to each activity on a long page, with what needs attention next to its name. */
export function ActivityIndex({
  activities,
  notes,
}: {
  activities: readonly ActivitySummary[];
  /** A short note per activity id, e.g. "geen outcome over 2024". */
  notes?: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  if (activities.length < 2) return null;
  return (
    <nav className="oogo-activity-index" aria-label={t('perActivity.index')}>
      <ul>
        {activities.map((activity) => (
          <li key={activity.id}>
            <Link href={`#item-${activity.id}`}>{activity.name}</Link>
            {notes?.get(activity.id) && (
              <>
                {' '}
                <span className="oogo-gap-text oogo-activity-index__note">
                  {notes.get(activity.id)}
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Quality and outcome hang off activities: without any, point to bouwsteen 3. */
export function NoActivities() {
  const { t } = useTranslation();
  const plan = usePlan();
  return (
    <EmptyState
      action={
        <AppLink to={stagePath(plan.id, 'ACTIVITIES')}>{t('perActivity.toActivities')}</AppLink>
      }
    >
      {t('perActivity.noActivities')}
    </EmptyState>
  );
}
