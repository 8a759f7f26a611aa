import { useMutation } from '@apollo/client/react';
import { graphql } from '@oogo/web-data-access';
import {
  AssessmentRating,
  ChecklistPoint,
  ChecklistStatus,
  DOUBTFUL_EFFECTIVENESS_UNCLEAR_POINTS,
  EffectivenessCriterion,
} from '@oogo/shared-domain';
import { Alert, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { FieldSpec } from '../../editing/field-spec';
import { ItemCard } from '../../editing/item-card';
import { usePlan } from '../../plan/plan-context';
import { GapNotes } from '../per-activity/activity-section';
import type { GapInfo } from '../per-activity/gaps';
import { REFETCH_ACTIVITIES, type ActivityRow, type ResultOption } from './activities-query';
import { Contributions } from './contributions';
import { Evidence } from './evidence';
import { StatusPoints } from './status-points';

const UpdateActivity = graphql(`
  mutation UpdateActivity($input: UpdateActivityInput!) {
    updateActivity(input: $input) {
      ...ActivityFields
    }
  }
`);

const DeleteActivity = graphql(`
  mutation DeleteActivity($input: ItemVersionInput!) {
    deleteActivity(input: $input)
  }
`);

const CreateActivityAssessment = graphql(`
  mutation CreateActivityAssessment($input: CreateActivityAssessmentInput!) {
    createActivityAssessment(input: $input) {
      id
      version
    }
  }
`);

const UpdateActivityAssessment = graphql(`
  mutation UpdateActivityAssessment($input: UpdateActivityAssessmentInput!) {
    updateActivityAssessment(input: $input) {
      id
      version
      rating
      explanation
    }
  }
`);

const CreateChecklistItem = graphql(`
  mutation CreateInterventionChecklistItem($input: CreateInterventionChecklistItemInput!) {
    createInterventionChecklistItem(input: $input) {
      id
      version
    }
  }
`);

const UpdateChecklistItem = graphql(`
  mutation UpdateInterventionChecklistItem($input: UpdateInterventionChecklistItemInput!) {
    updateInterventionChecklistItem(input: $input) {
      id
      version
      status
      explanation
    }
  }
`);

const CRITERIA = Object.values(EffectivenessCriterion);
const RATINGS = Object.values(AssessmentRating);
const POINTS = Object.values(ChecklistPoint);
const CHECKLIST_STATUSES = Object.values(ChecklistStatus);

/** One activity: what it is, the results it serves, the criteria, the checklist, the evidence. */
export function ActivityCard({
  activity,
  results,
  gaps,
  fields,
}: {
  activity: ActivityRow;
  results: readonly ResultOption[];
  gaps: readonly GapInfo[] | undefined;
  fields: readonly FieldSpec[];
}) {
  const { t } = useTranslation();
  const plan = usePlan();
  const [updateActivity] = useMutation(UpdateActivity, REFETCH_ACTIVITIES);
  const [deleteActivity] = useMutation(DeleteActivity, REFETCH_ACTIVITIES);
  const [createAssessment] = useMutation(CreateActivityAssessment, REFETCH_ACTIVITIES);
  const [updateAssessment] = useMutation(UpdateActivityAssessment, REFETCH_ACTIVITIES);
  const [createCheck] = useMutation(CreateChecklistItem, REFETCH_ACTIVITIES);
  const [updateCheck] = useMutation(UpdateChecklistItem, REFETCH_ACTIVITIES);
  const { checklist } = activity;
  const owner = { planId: plan.id, activityId: activity.id };

  return (
    <ItemCard
      item={activity}
      owner={activity.executorOrganizationId}
      name={activity.name}
      heading={<Heading3 className="oogo-item__title">{activity.name}</Heading3>}
      stage="ACTIVITIES"
      fields={fields}
      formTitle={t('activities.editActivity')}
      update={(input) => updateActivity({ variables: { input } })}
      remove={(input) => deleteActivity({ variables: { input } })}
    >
      <dl className="oogo-facts">
        <div>
          <dt>{t('activities.kind')}</dt>
          <dd>{t(`vocabulary.activityKind.${activity.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('activities.targetGroup')}</dt>
          <dd>{activity.targetGroup}</dd>
        </div>
        <div>
          <dt>{t('activities.executor')}</dt>
          <dd>{activity.executor?.name ?? t('perActivity.noExecutor')}</dd>
        </div>
      </dl>
      {activity.description && <Paragraph>{activity.description}</Paragraph>}
      {checklist.doubtfulEffectiveness && (
        <Alert type="warning" className="oogo-doubt">
          <Paragraph>
            <strong>{t('activities.doubtTitle')}</strong>{' '}
            {t('activities.doubtText', {
              count: checklist.unclearCount,
              total: POINTS.length,
              threshold: DOUBTFUL_EFFECTIVENESS_UNCLEAR_POINTS,
            })}
          </Paragraph>
        </Alert>
      )}
      <GapNotes gaps={gaps} />
      <Contributions activity={activity} results={results} />
      <StatusPoints
        title={t('activities.criteria')}
        intro={t('activities.criteriaIntro')}
        activityName={activity.name}
        points={CRITERIA}
        items={activity.assessments}
        keyField="criterion"
        statusField="rating"
        statuses={RATINGS}
        pointLabel={(criterion) => t(`vocabulary.effectivenessCriterion.${criterion}`)}
        pointQuestion={(criterion) => t(`vocabulary.effectivenessCriterionQuestion.${criterion}`)}
        statusLabel={(rating) => t(`vocabulary.assessmentRating.${rating}`)}
        statusFieldLabel={t('activities.rating')}
        emptyText={t('activities.notAssessed')}
        addLabel={(criterion) => t('activities.assess', { criterion })}
        editLabel={(criterion) => t('activities.editAssessment', { criterion })}
        create={(criterion, values) =>
          createAssessment({
            variables: {
              input: {
                ...values,
                ...owner,
                criterion,
                rating: values['rating'] as AssessmentRating,
              },
            },
          })
        }
        update={(input) => updateAssessment({ variables: { input } })}
      />
      <StatusPoints
        title={t('activities.checklist')}
        intro={t('activities.checklistIntro', { threshold: DOUBTFUL_EFFECTIVENESS_UNCLEAR_POINTS })}
        open={checklist.doubtfulEffectiveness}
        warning={
          checklist.doubtfulEffectiveness ? (
            <span className="oogo-gap-text">{t('activities.doubtShort')}</span>
          ) : undefined
        }
        activityName={activity.name}
        points={POINTS}
        items={checklist.items}
        keyField="point"
        statusField="status"
        statuses={CHECKLIST_STATUSES}
        pointLabel={(point) => t(`vocabulary.checklistPoint.${point}`)}
        pointQuestion={(point) => t(`vocabulary.checklistQuestion.${point}`)}
        statusLabel={(status) => t(`vocabulary.checklistStatus.${status}`)}
        statusFieldLabel={t('activities.checklistStatus')}
        emptyText={t('activities.notChecked')}
        addLabel={(point) => t('activities.check', { point })}
        editLabel={(point) => t('activities.editCheck', { point })}
        create={(point, values) =>
          createCheck({
            variables: {
              input: { ...values, ...owner, point, status: values['status'] as ChecklistStatus },
            },
          })
        }
        update={(input) => updateCheck({ variables: { input } })}
      />
      <Evidence activity={activity} />
    </ItemCard>
  );
}
