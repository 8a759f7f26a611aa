import { useApolloClient, useQuery } from '@apollo/client/react';
import type { FigureImportPreviewFieldsFragment } from '@oogo/web-data-access';
import { Alert, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../ui/app-link';
import { stagePath } from '../../ui/stages';
import { ErrorAlert, Loading, useDocumentTitle } from '../../ui/states';
import { usePlan } from '../plan/plan-context';
import { FileStep } from './file-step';
import { FigureImportPlanIndicators } from './figure-import.operations';
import { PreviewStep, type ImportResult } from './preview-step';
import { ResultStep } from './result-step';
import './figure-import.css';
import './figure-import.nl';

type Step =
  | { name: 'file'; notice?: string }
  | { name: 'preview'; preview: FigureImportPreviewFieldsFragment }
  | { name: 'done'; result: ImportResult };
const STEP_NAMES = ['file', 'preview', 'done'] as const;

/** Fields of the plan that an import changes; dropped from the cache so pages fetch them anew. */
const CHANGED_PLAN_FIELDS = ['indicators', 'completeness', 'gaps', 'resultIndicators'];

/** `/plannen/<id>/staat-van-de-jeugd/cijfers-importeren`: choose a file, check, import. */
export function FigureImportPage() {
  const { t } = useTranslation();
  const plan = usePlan();
  const client = useApolloClient();
  useDocumentTitle(`${t('figureImport.title')} – ${plan.title}`);
  const [step, setStep] = useState<Step>({ name: 'file' });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstStep = useRef(true);
  const mayImport = plan.access.canEdit(null);
  const indicators = useQuery(FigureImportPlanIndicators, {
    variables: { id: plan.id },
    skip: !mayImport,
  });

  // Each new step starts at its heading, so keyboard and screen reader users hear where they are;
  // the last step moves focus to its result message itself.
  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    if (step.name !== 'done') headingRef.current?.focus();
  }, [step]);

  const backLink = (
    <Paragraph>
      <AppLink to={stagePath(plan.id, 'YOUTH_SITUATION')}>{t('figureImport.backToStage')}</AppLink>
    </Paragraph>
  );
  const heading = (
    <>
      <Heading2 className="oogo-page-title">{t('figureImport.title')}</Heading2>
      <Paragraph>{t('figureImport.intro')}</Paragraph>
    </>
  );

  if (!mayImport) {
    return (
      <>
        {heading}
        <Alert type="warning" role="alert">
          <Paragraph>{t('figureImport.forbidden')}</Paragraph>
        </Alert>
        {backLink}
      </>
    );
  }

  function onImported(result: ImportResult) {
    const id = client.cache.identify({ __typename: 'Plan', id: plan.id });
    for (const fieldName of CHANGED_PLAN_FIELDS) client.cache.evict({ id, fieldName });
    client.cache.gc();
    setStep({ name: 'done', result });
  }

  const current = STEP_NAMES.indexOf(step.name);
  return (
    <>
      {heading}
      {backLink}
      <ol className="oogo-import-steps" aria-label={t('figureImport.steps')}>
        {STEP_NAMES.map((name, index) => (
          <li key={name} aria-current={index === current ? 'step' : undefined}>
            {t(`figureImport.stepNames.${name}`)} {index < current && t('figureImport.stepDone')}
            {index === current && t('figureImport.stepCurrent')}
          </li>
        ))}
      </ol>
      <section aria-labelledby="oogo-import-step" className="oogo-import-step">
        <Heading3
          id="oogo-import-step"
          ref={headingRef}
          tabIndex={-1}
          className="oogo-focus-target"
        >
          {t('figureImport.stepOf', {
            number: current + 1,
            name: t(`figureImport.stepNames.${step.name}`),
          })}
        </Heading3>
        {step.name === 'file' && (
          <FileStep
            planId={plan.id}
            notice={step.notice}
            onPreview={(preview) => setStep({ name: 'preview', preview })}
          />
        )}
        {step.name === 'preview' &&
          (indicators.data ? (
            <PreviewStep
              planId={plan.id}
              initial={step.preview}
              planIndicators={indicators.data.plan.indicators}
              onImported={onImported}
              onCancel={() => setStep({ name: 'file', notice: t('figureImport.file.stopped') })}
            />
          ) : indicators.loading ? (
            <Loading />
          ) : (
            <ErrorAlert error={indicators.error} onRetry={() => void indicators.refetch()} />
          ))}
        {step.name === 'done' && (
          <ResultStep
            planId={plan.id}
            result={step.result}
            onAnother={() => setStep({ name: 'file' })}
          />
        )}
      </section>
    </>
  );
}
