import { graphql, type LearningStageQuery } from '@oogo/web-data-access';
import { useTranslation } from 'react-i18next';
import { usePlanStageQuery } from '../stage-query';
import { OnThisPage } from '../stage-section';
import { ImprovementActionsSection } from './improvement-actions-section';
import { LearningReviewsSection } from './learning-reviews-section';
import './learning.css';
import './learning.nl';
import '../four-questions/four-questions.nl';

const LearningStageQueryDocument = graphql(`
  query LearningStage($id: ID!) {
    plan(id: $id) {
      id
      learningReviews {
        ...LearningReviewFields
        answers {
          ...ReflectionAnswerFields
        }
        improvementActions {
          id
          title
        }
      }
      improvementActions {
        ...ImprovementActionFields
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
  const { data, fallback } = usePlanStageQuery(LearningStageQueryDocument);
  if (!data) return fallback;
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
