import { useMutation } from '@apollo/client/react';
import { graphql } from '@oogo/web-data-access';
import { Heading4, Heading5, Paragraph } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../../ui/format';
import { Facts } from '../../../ui/facts';
import { EmptyState } from '../../../ui/states';
import { AddItem } from '../../editing/item-card';
import { ItemCard } from '../../editing/item-card';
import type { FieldSpec } from '../../editing/field-spec';
import { usePlan } from '../../plan/plan-context';
import { FourQuestions } from '../four-questions/four-questions';
import { LinkedItems } from '../linked-items';
import { StageSection } from '../stage-section';
import type { LearningPlan } from './learning-stage';

/** What the page shows of LearningReview, and what saving it returns. */
export const LearningReviewFields = graphql(`
  fragment LearningReviewFields on LearningReview {
    id
    version
    title
    heldOn
    summary
    decisions
  }
`);

const CreateLearningReview = graphql(`
  mutation CreateLearningReview($input: CreateLearningReviewInput!) {
    createLearningReview(input: $input) {
      id
    }
  }
`);

const UpdateLearningReview = graphql(`
  mutation UpdateLearningReview($input: UpdateLearningReviewInput!) {
    updateLearningReview(input: $input) {
      ...LearningReviewFields
    }
  }
`);

const DeleteLearningReview = graphql(`
  mutation DeleteLearningReview($input: ItemVersionInput!) {
    deleteLearningReview(input: $input)
  }
`);

const REFETCH = { refetchQueries: ['LearningStage'] };

/** Bouwsteen 6, the review moments: what was discussed, each party's answers, the decisions. */
export function LearningReviewsSection({ plan }: { plan: LearningPlan }) {
  const { t, i18n } = useTranslation();
  const { id: planId } = usePlan();
  const [createReview] = useMutation(CreateLearningReview, REFETCH);
  const [updateReview] = useMutation(UpdateLearningReview);
  const [deleteReview] = useMutation(DeleteLearningReview, REFETCH);

  // Limits as in the api's CreateLearningReviewInput.
  const fields = useMemo<FieldSpec[]>(
    () => [
      {
        name: 'title',
        label: t('learning.title'),
        description: t('learning.titleHelp'),
        kind: 'text',
        required: true,
        maxLength: 200,
      },
      { name: 'heldOn', label: t('learning.heldOn'), kind: 'date', required: true },
      { name: 'summary', label: t('learning.summary'), kind: 'textarea', maxLength: 10000 },
      {
        name: 'decisions',
        label: t('learning.decisions'),
        description: t('learning.decisionsHelp'),
        kind: 'textarea',
        maxLength: 10000,
      },
    ],
    [t],
  );

  return (
    <StageSection id="momenten" title={t('learning.reviews')} intro={t('learning.reviewsIntro')}>
      {plan.learningReviews.length === 0 && <EmptyState>{t('learning.reviewsEmpty')}</EmptyState>}
      <ol className="oogo-items">
        {plan.learningReviews.map((review) => (
          <li key={review.id}>
            <ItemCard
              item={review}
              name={review.title}
              heading={<Heading4 className="oogo-item__title">{review.title}</Heading4>}
              stage="LEARNING"
              formTitle={t('learning.editReview', { name: review.title })}
              fields={fields}
              update={(input) => updateReview({ variables: { input } })}
              remove={(input) => deleteReview({ variables: { input } })}
            >
              <Facts
                facts={[
                  {
                    label: t('learning.heldOn'),
                    value: formatCalendarDate(review.heldOn, i18n.language),
                  },
                ]}
              />
              {review.summary && <Paragraph className="oogo-prose">{review.summary}</Paragraph>}
              <Heading5 className="oogo-subheading">{t('learning.decisions')}</Heading5>
              {review.decisions ? (
                <Paragraph className="oogo-prose oogo-decisions">{review.decisions}</Paragraph>
              ) : (
                <Paragraph className="oogo-gap-text">{t('learning.noDecisions')}</Paragraph>
              )}
              <FourQuestions
                stage="LEARNING"
                subject={{ learningReviewId: review.id }}
                subjectName={review.title}
                answers={review.answers}
                refetchQuery="LearningStage"
              />
              <LinkedItems
                title={t('learning.reviewActions')}
                empty={t('learning.noReviewActions')}
                items={review.improvementActions.map((action) => ({
                  id: action.id,
                  label: action.title,
                  to: `#item-${action.id}`,
                }))}
              />
            </ItemCard>
          </li>
        ))}
      </ol>
      <AddItem
        primary
        label={t('learning.addReview')}
        fields={fields}
        stage="LEARNING"
        create={(values) =>
          createReview({
            variables: {
              input: {
                planId,
                title: String(values['title'] ?? ''),
                heldOn: String(values['heldOn'] ?? ''),
                summary: String(values['summary'] ?? ''),
                decisions: String(values['decisions'] ?? ''),
              },
            },
          })
        }
      />
    </StageSection>
  );
}
