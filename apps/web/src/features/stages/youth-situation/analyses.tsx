import { useMutation } from '@apollo/client/react';
import { graphql } from '@oogo/web-data-access';
import { Heading4, Paragraph } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { stagePath } from '../../../ui/stages';
import { EmptyState } from '../../../ui/states';
import { AddItem } from '../../editing/item-card';
import { ItemCard } from '../../editing/item-card';
import type { FieldSpec } from '../../editing/field-spec';
import { usePlan } from '../../plan/plan-context';
import { FourQuestions } from '../four-questions/four-questions';
import { LinkedItems } from '../linked-items';
import { StageSection } from '../stage-section';
import type { YouthSituationPlan } from './youth-situation-stage';

/** What the page shows of Analysis, and what saving it returns. */
export const AnalysisFields = graphql(`
  fragment AnalysisFields on Analysis {
    id
    version
    theme
    summary
    indicators {
      id
      name
    }
    signals {
      id
      title
    }
  }
`);

const CreateAnalysis = graphql(`
  mutation CreateAnalysis($input: CreateAnalysisInput!) {
    createAnalysis(input: $input) {
      id
    }
  }
`);

const UpdateAnalysis = graphql(`
  mutation UpdateAnalysis($input: UpdateAnalysisInput!) {
    updateAnalysis(input: $input) {
      ...AnalysisFields
    }
  }
`);

const DeleteAnalysis = graphql(`
  mutation DeleteAnalysis($input: ItemVersionInput!) {
    deleteAnalysis(input: $input)
  }
`);

const REFETCH = { refetchQueries: ['YouthSituationStage'] };

/** Bouwsteen 1, the joint analysis: a theme, the figures and signals it looks at, four questions. */
export function AnalysesSection({ plan }: { plan: YouthSituationPlan }) {
  const { t } = useTranslation();
  const { id: planId } = usePlan();
  const [createAnalysis] = useMutation(CreateAnalysis, REFETCH);
  const [updateAnalysis] = useMutation(UpdateAnalysis);
  const [deleteAnalysis] = useMutation(DeleteAnalysis, REFETCH);

  // Limits as in the api's CreateAnalysisInput.
  const fields = useMemo<FieldSpec[]>(
    () => [
      {
        name: 'theme',
        label: t('youthSituation.theme'),
        description: t('youthSituation.themeHelp'),
        kind: 'text',
        required: true,
        maxLength: 200,
      },
      { name: 'summary', label: t('youthSituation.summary'), kind: 'textarea', maxLength: 10000 },
      {
        name: 'indicatorIds',
        label: t('youthSituation.linkedIndicators'),
        kind: 'multiselect',
        options: plan.indicators.map((indicator) => ({
          value: indicator.id,
          label: indicator.name,
        })),
      },
      {
        name: 'signalIds',
        label: t('youthSituation.linkedSignals'),
        kind: 'multiselect',
        options: plan.signals.map((signal) => ({ value: signal.id, label: signal.title })),
      },
    ],
    [t, plan.indicators, plan.signals],
  );
  const here = (id: string) => `#item-${id}`;
  const resultsPage = stagePath(planId, 'SOCIETAL_RESULTS');

  return (
    <StageSection
      id="analyse"
      title={t('youthSituation.analyses')}
      intro={t('youthSituation.analysesIntro')}
    >
      {plan.analyses.length === 0 && <EmptyState>{t('youthSituation.analysesEmpty')}</EmptyState>}
      <ol className="oogo-items">
        {plan.analyses.map((analysis) => (
          <li key={analysis.id}>
            <ItemCard
              item={analysis}
              formItem={{
                ...analysis,
                indicatorIds: analysis.indicators.map((indicator) => indicator.id),
                signalIds: analysis.signals.map((signal) => signal.id),
              }}
              name={analysis.theme}
              heading={<Heading4 className="oogo-item__title">{analysis.theme}</Heading4>}
              stage="YOUTH_SITUATION"
              formTitle={t('youthSituation.editAnalysis', { name: analysis.theme })}
              fields={fields}
              update={(input) => updateAnalysis({ variables: { input } })}
              remove={(input) => deleteAnalysis({ variables: { input } })}
            >
              {analysis.summary && <Paragraph className="oogo-prose">{analysis.summary}</Paragraph>}
              <div className="oogo-linked">
                <div>
                  <LinkedItems
                    title={t('youthSituation.linkedIndicators')}
                    empty={t('youthSituation.noLinkedIndicators')}
                    items={analysis.indicators.map((indicator) => ({
                      id: indicator.id,
                      label: indicator.name,
                      to: here(indicator.id),
                    }))}
                  />
                </div>
                <div>
                  <LinkedItems
                    title={t('youthSituation.linkedSignals')}
                    empty={t('youthSituation.noLinkedSignals')}
                    items={analysis.signals.map((signal) => ({
                      id: signal.id,
                      label: signal.title,
                      to: here(signal.id),
                    }))}
                  />
                </div>
              </div>
              <LinkedItems
                title={t('youthSituation.results')}
                empty={t('youthSituation.noResults')}
                items={analysis.societalResults.map((result) => ({
                  id: result.id,
                  label: result.statement,
                  to: `${resultsPage}${here(result.id)}`,
                }))}
              />
              <FourQuestions
                stage="YOUTH_SITUATION"
                subject={{ analysisId: analysis.id }}
                subjectName={analysis.theme}
                answers={analysis.answers}
                refetchQuery="YouthSituationStage"
              />
            </ItemCard>
          </li>
        ))}
      </ol>
      <AddItem
        primary
        label={t('youthSituation.addAnalysis')}
        fields={fields}
        stage="YOUTH_SITUATION"
        create={(values) =>
          createAnalysis({
            variables: {
              input: {
                planId,
                theme: String(values['theme'] ?? ''),
                summary: String(values['summary'] ?? ''),
                indicatorIds: (values['indicatorIds'] as string[] | undefined) ?? [],
                signalIds: (values['signalIds'] as string[] | undefined) ?? [],
              },
            },
          })
        }
      />
    </StageSection>
  );
}
