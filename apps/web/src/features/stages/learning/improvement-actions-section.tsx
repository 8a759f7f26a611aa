import { useMutation } from '@apollo/client/react';
import { graphql } from '@oogo/web-data-access';
import { ImprovementActionStatus } from '@oogo/shared-domain';
import { Heading4, Link, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../ui/app-link';
import { formatCalendarDate, todayIso } from '../../../ui/format';
import { Facts } from '../../../ui/facts';
import { stagePath } from '../../../ui/stages';
import { EmptyState } from '../../../ui/states';
import { AddItem } from '../../editing/item-card';
import { ItemCard } from '../../editing/item-card';
import type { FieldSpec } from '../../editing/field-spec';
import { usePlan } from '../../plan/plan-context';
import { StageSection } from '../stage-section';
import { isOverdue, sortActions } from './improvement-actions';
import type { LearningPlan } from './learning-stage';

/** What the page shows of ImprovementAction, and what saving it returns. */
export const ImprovementActionFields = graphql(`
  fragment ImprovementActionFields on ImprovementAction {
    id
    version
    title
    description
    status
    dueDate
    ownerName
    ownerOrganizationId
    learningReviewId
    societalResultId
    activityId
    owner {
      id
      name
    }
    learningReview {
      id
      title
    }
    societalResult {
      id
      statement
    }
    activity {
      id
      name
    }
  }
`);

const CreateImprovementAction = graphql(`
  mutation CreateImprovementAction($input: CreateImprovementActionInput!) {
    createImprovementAction(input: $input) {
      id
    }
  }
`);

const UpdateImprovementAction = graphql(`
  mutation UpdateImprovementAction($input: UpdateImprovementActionInput!) {
    updateImprovementAction(input: $input) {
      ...ImprovementActionFields
    }
  }
`);

const DeleteImprovementAction = graphql(`
  mutation DeleteImprovementAction($input: ItemVersionInput!) {
    deleteImprovementAction(input: $input)
  }
`);

const REFETCH = { refetchQueries: ['LearningStage'] };

/** The status in words (and a symbol); the badge's colour only repeats it. */
const STATUS_APPEARANCE: Record<ImprovementActionStatus, string> = {
  PLANNED: 'neutral',
  IN_PROGRESS: 'warning',
  DONE: 'safe',
  CANCELLED: 'inactive',
};

/** Bouwsteen 6, the verbeteracties: who does what by when, and which result or activity changes. */
export function ImprovementActionsSection({ plan }: { plan: LearningPlan }) {
  const { t, i18n } = useTranslation();
  const { id: planId, participants } = usePlan();
  const [createAction] = useMutation(CreateImprovementAction, REFETCH);
  const [updateAction] = useMutation(UpdateImprovementAction);
  const [deleteAction] = useMutation(DeleteImprovementAction, REFETCH);
  const actions = useMemo(() => sortActions(plan.improvementActions), [plan.improvementActions]);
  const today = todayIso();

  // Limits as in the api's CreateImprovementActionInput.
  const fields = useMemo<FieldSpec[]>(
    () => [
      {
        name: 'title',
        label: t('learning.actionTitle'),
        kind: 'text',
        required: true,
        maxLength: 200,
      },
      {
        name: 'description',
        label: t('learning.actionDescription'),
        kind: 'textarea',
        maxLength: 4000,
      },
      {
        name: 'status',
        label: t('learning.status'),
        kind: 'select',
        required: true,
        options: Object.values(ImprovementActionStatus).map((status) => ({
          value: status,
          label: t(`vocabulary.improvementActionStatus.${status}`),
        })),
      },
      {
        name: 'ownerOrganizationId',
        label: t('learning.ownerOrganization'),
        kind: 'select',
        options: participants.map((organization) => ({
          value: organization.id,
          label: organization.name,
        })),
      },
      {
        name: 'ownerName',
        label: t('learning.ownerName'),
        description: t('learning.ownerNameHelp'),
        kind: 'text',
        maxLength: 200,
      },
      { name: 'dueDate', label: t('learning.dueDate'), kind: 'date' },
      {
        name: 'societalResultId',
        label: t('learning.societalResult'),
        kind: 'select',
        options: plan.societalResults.map((result) => ({
          value: result.id,
          label: result.statement,
        })),
      },
      {
        name: 'activityId',
        label: t('learning.activity'),
        kind: 'select',
        options: plan.activities.map((activity) => ({ value: activity.id, label: activity.name })),
      },
      {
        name: 'learningReviewId',
        label: t('learning.learningReview'),
        kind: 'select',
        options: plan.learningReviews.map((review) => ({ value: review.id, label: review.title })),
      },
    ],
    [t, participants, plan.societalResults, plan.activities, plan.learningReviews],
  );

  return (
    <StageSection
      id="verbeteracties"
      title={t('learning.actions')}
      intro={t('learning.actionsIntro')}
    >
      {actions.length === 0 && <EmptyState>{t('learning.actionsEmpty')}</EmptyState>}
      <ol className="oogo-items">
        {actions.map((action) => {
          const overdue = isOverdue(action, today);
          const owner = [action.owner?.name, action.ownerName].filter(Boolean).join(', ');
          return (
            <li key={action.id}>
              <ItemCard
                item={action}
                name={action.title}
                heading={
                  <>
                    <Heading4 className="oogo-item__title">{action.title}</Heading4>
                    <StatusBadge
                      status={STATUS_APPEARANCE[action.status]}
                      className={`oogo-action-status oogo-action-status--${action.status.toLowerCase()}`}
                    >
                      {t(`vocabulary.improvementActionStatus.${action.status}`)}
                    </StatusBadge>
                  </>
                }
                stage="LEARNING"
                formTitle={t('learning.editAction', { name: action.title })}
                fields={fields}
                update={(input) => updateAction({ variables: { input } })}
                remove={(input) => deleteAction({ variables: { input } })}
              >
                {action.description && (
                  <Paragraph className="oogo-prose">{action.description}</Paragraph>
                )}
                <Facts
                  facts={[
                    {
                      label: t('learning.owner'),
                      value: owner || t('learning.noOwner'),
                      gap: !owner,
                    },
                    {
                      label: t('learning.dueDate'),
                      gap: !action.dueDate,
                      value: (
                        <>
                          {action.dueDate
                            ? formatCalendarDate(action.dueDate, i18n.language)
                            : t('learning.noDueDate')}
                          {overdue && (
                            <>
                              {' '}
                              <StatusBadge status="danger" className="oogo-overdue">
                                {t('learning.overdue')}
                              </StatusBadge>
                            </>
                          )}
                        </>
                      ),
                    },
                    {
                      label: t('learning.changes'),
                      gap: !action.societalResult && !action.activity,
                      value: (
                        <>
                          {!action.societalResult &&
                            !action.activity &&
                            t('learning.changesNothing')}
                          {action.societalResult && (
                            <AppLink
                              to={`${stagePath(planId, 'SOCIETAL_RESULTS')}#item-${action.societalResult.id}`}
                            >
                              {t('learning.changesResult', {
                                name: action.societalResult.statement,
                              })}
                            </AppLink>
                          )}
                          {action.societalResult && action.activity && ' · '}
                          {action.activity && (
                            <AppLink
                              to={`${stagePath(planId, 'ACTIVITIES')}#item-${action.activity.id}`}
                            >
                              {t('learning.changesActivity', { name: action.activity.name })}
                            </AppLink>
                          )}
                        </>
                      ),
                    },
                    action.learningReview && {
                      label: t('learning.fromReview'),
                      value: (
                        <Link href={`#item-${action.learningReview.id}`}>
                          {action.learningReview.title}
                        </Link>
                      ),
                    },
                  ]}
                />
              </ItemCard>
            </li>
          );
        })}
      </ol>
      <AddItem
        primary
        label={t('learning.addAction')}
        fields={fields}
        stage="LEARNING"
        defaults={{ status: 'PLANNED' }}
        create={(values) => {
          const id = (name: string) => (values[name] as string | null) ?? null;
          return createAction({
            variables: {
              input: {
                planId,
                title: String(values['title'] ?? ''),
                description: String(values['description'] ?? ''),
                status: values['status'] as ImprovementActionStatus,
                ownerName: String(values['ownerName'] ?? ''),
                ownerOrganizationId: id('ownerOrganizationId'),
                dueDate: id('dueDate'),
                societalResultId: id('societalResultId'),
                activityId: id('activityId'),
                learningReviewId: id('learningReviewId'),
              },
            },
          });
        }}
      />
    </StageSection>
  );
}
