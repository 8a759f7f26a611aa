import { useQuery } from '@apollo/client/react';
import { graphql, type LearningStageQuery } from '@oogo/web-data-access';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from '../../../ui/states';
import { usePlan } from '../../plan/plan-context';
import { OnThisPage } from '../stage-section';
import { ImprovementActionsSection } from './improvement-actions-section';
import { LearningReviewsSection } from './learning-reviews-section';
import './learning.css';

const LearningStageQueryDocument = graphql(`
  query LearningStage($id: ID!) {
    plan(id: $id) {
      id
      learningReviews {
        id
        version
        title
        heldOn
        summary
        decisions
        answers {
          ...ReflectionAnswerFields
        }
        improvementActions {
          id
          title
        }
      }
      improvementActions {
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
      societalResults {
        id
        statement
      }
      activities {
        id
        name
      }
    }
  }
`);

export type LearningPlan = LearningStageQuery['plan'];

/** Bouwsteen 6: leer- en verbetermomenten with the four questions, and verbeteracties. */
export function LearningStage() {
  const { t } = useTranslation();
  const plan = usePlan();
  const { data, loading, error, refetch } = useQuery(LearningStageQueryDocument, {
    variables: { id: plan.id },
  });

  if (loading && !data) return <Loading />;
  if (!data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <OnThisPage
        sections={[
          { id: 'momenten', title: t('learning.reviews') },
          { id: 'verbeteracties', title: t('learning.actions') },
        ]}
      />
      <LearningReviewsSection plan={data.plan} />
      <ImprovementActionsSection plan={data.plan} />
    </>
  );
}
