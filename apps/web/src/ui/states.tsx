import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from './graphql-errors';

/** A polite live region, so a screen reader hears that something is on its way. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="oogo-loading" role="status" aria-live="polite">
      <span className="oogo-loading__spinner" aria-hidden="true" />
      {label ?? t('states.loading')}
    </p>
  );
}

export function EmptyState({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div className="oogo-empty">
      <Paragraph>{children}</Paragraph>
      {action}
    </div>
  );
}

/** The error in words the user understands, with a retry when one makes sense. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const code = errorCodeOf(error);
  return (
    <Alert type="error" role="alert">
      <Paragraph>
        <strong>{t('states.errorTitle')}.</strong> {t(`errors.${code}`)}
      </Paragraph>
      {onRetry && (
        <Button appearance="secondary-action-button" onClick={onRetry}>
          {t('states.retry')}
        </Button>
      )}
    </Alert>
  );
}

/** WCAG 2.4.2: every page says what it is in the browser tab and to a screen reader. */
export function useDocumentTitle(page: string | undefined) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = page ? t('shell.pageTitle', { page }) : t('app.name');
  }, [page, t]);
}
