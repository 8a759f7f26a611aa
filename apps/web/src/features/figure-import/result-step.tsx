import { Alert, Button, Heading4, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../ui/app-link';
import { stagePath } from '../../ui/stages';
import { ImportCounts } from './import-counts';
import type { ImportResult } from './preview-step';

/** Step 3: what was imported, said at once (focus and a status), and where to go next. */
export function ResultStep({
  planId,
  result,
  onAnother,
}: {
  planId: string;
  result: ImportResult;
  onAnother: () => void;
}) {
  const { t } = useTranslation();
  const statusRef = useRef<HTMLDivElement>(null);
  useEffect(() => statusRef.current?.focus(), []);
  return (
    <>
      <Alert ref={statusRef} type="ok" role="status" tabIndex={-1} className="oogo-focus-target">
        <Heading4>{t('figureImport.done.title')}</Heading4>
        <Paragraph>{t('figureImport.done.summary', { fileName: result.fileName })}</Paragraph>
        <ImportCounts counts={result.counts} />
      </Alert>
      <Paragraph>
        <AppLink to={`${stagePath(planId, 'YOUTH_SITUATION')}#cijfers`}>
          {t('figureImport.done.toStage')}
        </AppLink>
      </Paragraph>
      <Button appearance="secondary-action-button" onClick={onAnother}>
        {t('figureImport.done.another')}
      </Button>
    </>
  );
}
