import { useMutation } from '@apollo/client/react';
import { graphql, type ReflectionAnswerFieldsFragment } from '@oogo/web-data-access';
import type { ReflectionQuestion, Stage } from '@oogo/shared-domain';
import {
  Heading5,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../../ui/table-scroll';
import { Disclosure } from '../../../ui/disclosure';
import { ItemCard } from '../../editing/item-card';
import type { FieldSpec } from '../../editing/field-spec';
import { AddItem } from '../../editing/item-card';
import { usePlan } from '../../plan/plan-context';
import { answersByParty, QUESTIONS, type PartyAnswers } from './answers-by-party';
import './four-questions.css';

export const ReflectionAnswerFields = graphql(`
  fragment ReflectionAnswerFields on ReflectionAnswer {
    id
    version
    question
    answer
    organizationId
  }
`);

const CreateReflectionAnswer = graphql(`
  mutation CreateReflectionAnswer($input: CreateReflectionAnswerInput!) {
    createReflectionAnswer(input: $input) {
      ...ReflectionAnswerFields
    }
  }
`);

const UpdateReflectionAnswer = graphql(`
  mutation UpdateReflectionAnswer($input: UpdateReflectionAnswerInput!) {
    updateReflectionAnswer(input: $input) {
      ...ReflectionAnswerFields
    }
  }
`);

const DeleteReflectionAnswer = graphql(`
  mutation DeleteReflectionAnswer($input: ItemVersionInput!) {
    deleteReflectionAnswer(input: $input)
  }
`);

type Answer = ReflectionAnswerFieldsFragment;

/**
 * The four questions (herkennen wij het beeld? kunnen we het verklaren? wat vinden we ervan?
 * willen we dit verbeteren?) answered per party, for a gezamenlijke analyse (bouwsteen 1) or a
 * leer- en verbetermoment (bouwsteen 6): who has answered what, and each party's answers to
 * read, add, change and remove. The api decides who may change which party's answers.
 */
export function FourQuestions({
  stage,
  subject,
  subjectName,
  answers,
  refetchQuery,
}: {
  stage: Stage;
  subject: { analysisId: string } | { learningReviewId: string };
  /** The analysis's theme or the review's title, for captions and form names. */
  subjectName: string;
  answers: readonly Answer[];
  /** The page's query, fetched again after an answer is added or removed. */
  refetchQuery: string;
}) {
  const { t } = useTranslation();
  const plan = usePlan();
  const overview = useMemo(
    () => answersByParty(plan.participants, answers),
    [plan.participants, answers],
  );
  const [createAnswer] = useMutation(CreateReflectionAnswer, { refetchQueries: [refetchQuery] });
  const [updateAnswer] = useMutation(UpdateReflectionAnswer);
  const [deleteAnswer] = useMutation(DeleteReflectionAnswer, { refetchQueries: [refetchQuery] });

  // Limits as in the api's CreateReflectionAnswerInput.
  const answerFields = useMemo(
    () =>
      Object.fromEntries(
        QUESTIONS.map((question): [ReflectionQuestion, FieldSpec[]] => [
          question,
          [
            {
              name: 'answer',
              label: t(`vocabulary.reflectionQuestion.${question}`),
              description: t(`fourQuestions.help.${question}`),
              kind: 'textarea',
              required: true,
              maxLength: 10000,
            },
          ],
        ]),
      ) as Record<ReflectionQuestion, FieldSpec[]>,
    [t],
  );

  const stateOf = (row: PartyAnswers<Answer>) =>
    t(`fourQuestions.state.${row.state}`, { count: row.answeredCount });

  return (
    <div className="oogo-four-questions">
      <Heading5 className="oogo-subheading">{t('fourQuestions.title')}</Heading5>
      <Paragraph>
        {overview.expectedCount === 0
          ? t('fourQuestions.summaryNoParties')
          : t('fourQuestions.summary', {
              complete: overview.completeCount,
              total: overview.expectedCount,
            })}{' '}
        {overview.waitingFor.length > 0 &&
          t('fourQuestions.waitingFor', {
            names: overview.waitingFor
              .map((row) =>
                t('fourQuestions.waitingForParty', { name: row.party.name, state: stateOf(row) }),
              )
              .join(', '),
          })}
      </Paragraph>
      <Paragraph small>{t('fourQuestions.intro')}</Paragraph>
      <TableScroll label={t('fourQuestions.tableCaption', { subject: subjectName })}>
        <Table className="oogo-answers-table">
          <TableCaption>{t('fourQuestions.tableCaption', { subject: subjectName })}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('fourQuestions.party')}</TableHeaderCell>
              {QUESTIONS.map((question) => (
                <TableHeaderCell key={question} scope="col">
                  {t(`vocabulary.reflectionQuestion.${question}`)}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {overview.parties.map((row) => (
              <TableRow key={row.party.id}>
                <TableHeaderCell scope="row">
                  {row.party.name}
                  {!row.expected && ` (${t('fourQuestions.partner')})`}
                </TableHeaderCell>
                {QUESTIONS.map((question) => (
                  <TableCell key={question}>
                    {row.byQuestion[question] ? (
                      <span className="oogo-answered">{t('fourQuestions.answered')}</span>
                    ) : (
                      <span className="oogo-not-answered">{t('fourQuestions.notAnswered')}</span>
                    )}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroll>

      {overview.parties.map((row) => (
        <Disclosure
          key={row.party.id}
          className="oogo-party-answers"
          summary={t('fourQuestions.partySummary', { name: row.party.name, state: stateOf(row) })}
        >
          <ol className="oogo-subitems">
            {QUESTIONS.map((question) => {
              const answer = row.byQuestion[question];
              const names = {
                party: row.party.name,
                question: t(`vocabulary.reflectionQuestion.${question}`),
              };
              return (
                <li key={question}>
                  {answer ? (
                    <ItemCard
                      item={answer}
                      owner={row.party.id}
                      name={t('fourQuestions.answerName', names)}
                      heading={<p className="oogo-subitem__title">{names.question}</p>}
                      stage={stage}
                      formTitle={t('fourQuestions.editAnswer', names)}
                      fields={answerFields[question]}
                      update={(input) => updateAnswer({ variables: { input } })}
                      remove={(input) => deleteAnswer({ variables: { input } })}
                    >
                      <Paragraph className="oogo-answer">{answer.answer}</Paragraph>
                    </ItemCard>
                  ) : (
                    <div className="oogo-item oogo-item--open">
                      <AddItem
                        owner={row.party.id}
                        label={t('fourQuestions.answer')}
                        accessibleLabel={t('fourQuestions.answerLabel', names)}
                        fields={answerFields[question]}
                        stage={stage}
                        create={(values) =>
                          createAnswer({
                            variables: {
                              input: {
                                planId: plan.id,
                                ...subject,
                                organizationId: row.party.id,
                                question,
                                answer: String(values['answer'] ?? ''),
                              },
                            },
                          })
                        }
                      >
                        <p className="oogo-subitem__title">{names.question}</p>
                        <Paragraph>{t('fourQuestions.noAnswer')}</Paragraph>
                      </AddItem>
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
        </Disclosure>
      ))}
    </div>
  );
}
