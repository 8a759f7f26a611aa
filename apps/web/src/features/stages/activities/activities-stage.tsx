import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '@oogo/web-data-access';
import { ActivityKind, EvidenceLevel } from '@oogo/shared-domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useScrollToHash } from '../../../ui/scroll-to-hash';
import { EmptyState, ErrorAlert, Loading } from '../../../ui/states';
import { optionsOf, type FieldSpec } from '../../editing/field-spec';
import { AddItem } from '../../editing/item-card';
import { usePlan } from '../../plan/plan-context';
import { ActivityIndex } from '../per-activity/activity-section';
import { gapsByItem } from '../per-activity/gaps';
import { ActivitiesStageQueryDocument, REFETCH_ACTIVITIES } from './activities-query';
import { ActivityCard } from './activity-card';
import './activities.css';
import './activities.nl';
import '../per-activity/per-activity.nl';

const CreateActivity = graphql(`
  mutation CreateActivity($input: CreateActivityInput!) {
    createActivity(input: $input) {
      id
      version
    }
  }
`);

/** The fields of an activity, with the limits of the api's CreateActivityInput. */
export function useActivityFields(): FieldSpec[] {
  const { t } = useTranslation();
  const plan = usePlan();
  return useMemo<FieldSpec[]>(
    () => [
      {
        name: 'name',
        label: t('activities.name'),
        description: t('activities.nameHelp'),
        kind: 'text',
        required: true,
        maxLength: 200,
      },
      {
        name: 'kind',
        label: t('activities.kind'),
        description: t('activities.kindHelp'),
        kind: 'radio',
        required: true,
        options: optionsOf(Object.values(ActivityKind), (kind) =>
          t(`vocabulary.activityKind.${kind}`),
        ),
      },
      {
        name: 'targetGroup',
        label: t('activities.targetGroup'),
        description: t('activities.targetGroupHelp'),
        kind: 'textarea',
        required: true,
        maxLength: 500,
      },
      {
        name: 'executorOrganizationId',
        label: t('activities.executor'),
        description: t('activities.executorHelp'),
        kind: 'select',
        options: plan.participants.map((organization) => ({
          value: organization.id,
          label: organization.name,
        })),
      },
      {
        name: 'evidenceLevel',
        label: t('activities.evidenceLevel'),
        kind: 'select',
        required: true,
        options: optionsOf(Object.values(EvidenceLevel), (level) =>
          t(`vocabulary.evidenceLevel.${level}`),
        ),
      },
      {
        name: 'description',
        label: t('activities.description'),
        kind: 'textarea',
        maxLength: 10000,
      },
    ],
    [t, plan.participants],
  );
}

/** Bouwsteen 3: what the parties do, how it serves the results, and whether it can work. */
export function ActivitiesStage() {
  const { t } = useTranslation();
  const plan = usePlan();
  const { data, loading, error, refetch } = useQuery(ActivitiesStageQueryDocument, {
    variables: { id: plan.id },
  });
  const [createActivity] = useMutation(CreateActivity, REFETCH_ACTIVITIES);
  const activityFields = useActivityFields();
  useScrollToHash(!!data);

  if (loading && !data) return <Loading />;
  if (!data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const { activities, societalResults } = data.plan;
  // The doubt from the checklist is said by the card itself, from Activity.checklist.
  const gaps = gapsByItem(data.plan.gaps, 'ACTIVITIES', ['CHECKLIST_DOUBTFUL_EFFECTIVENESS']);
  const notes = new Map(
    activities
      .filter((activity) => activity.checklist.doubtfulEffectiveness)
      .map((activity) => [activity.id, t('activities.doubtShort')] as const),
  );

  return (
    <>
      <ActivityIndex activities={activities} notes={notes} />
      {activities.length === 0 && <EmptyState>{t('activities.empty')}</EmptyState>}
      <ol className="oogo-items">
        {activities.map((activity) => (
          <li key={activity.id}>
            <ActivityCard
              activity={activity}
              results={societalResults}
              gaps={gaps.get(activity.id)}
              fields={activityFields}
            />
          </li>
        ))}
      </ol>
      <AddItem
        primary
        label={t('activities.addActivity')}
        stage="ACTIVITIES"
        fields={activityFields}
        defaults={{ evidenceLevel: 'NONE' }}
        create={(values) =>
          createActivity({
            variables: {
              input: {
                ...values,
                planId: plan.id,
                name: String(values['name']),
                kind: values['kind'] as ActivityKind,
                targetGroup: String(values['targetGroup']),
              },
            },
          })
        }
      />
    </>
  );
}
