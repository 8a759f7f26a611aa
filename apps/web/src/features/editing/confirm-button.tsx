import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf, fieldErrorsOf } from '../../ui/graphql-errors';
import { dutchServerMessage } from '../../ui/server-messages';

/**
 * A consequential action (delete, adopt, withdraw) in two steps: the button, then a question
 * with "yes" and "no" in its place. Focus moves to the question and back, so keyboard and
 * screen reader users follow. A failure is said in words next to the button.
 */
export function ConfirmButton({
  label,
  accessibleLabel,
  question,
  confirmLabel,
  danger = false,
  onConfirm,
}: {
  label: string;
  /** A longer name for screen readers, e.g. "Verwijderen: Loket toegang jeugd". */
  accessibleLabel?: string;
  question: string;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const focusOnMount = useCallback((element: HTMLElement | null) => element?.focus(), []);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      setAsking(false);
    } catch (failure) {
      // e.g. "still used by …": the reason in Dutch, rather than "check the fields".
      const reasons = Object.values(fieldErrorsOf(failure))
        .flat()
        .map((message) => dutchServerMessage(message, t));
      setError(
        reasons.length ? [...new Set(reasons)].join(' ') : t(`errors.${errorCodeOf(failure)}`),
      );
    } finally {
      setBusy(false);
    }
  }

  if (!asking) {
    return (
      <>
        <Button
          appearance={danger ? 'secondary-action-button' : 'primary-action-button'}
          hint={danger ? 'danger' : undefined}
          aria-label={accessibleLabel}
          onClick={() => setAsking(true)}
        >
          {label}
        </Button>
        {error && (
          <Alert type="error" role="alert">
            <Paragraph>{error}</Paragraph>
          </Alert>
        )}
      </>
    );
  }
  return (
    <div className="oogo-confirm" role="group" aria-label={question}>
      <Paragraph tabIndex={-1} ref={focusOnMount}>
        {question}
      </Paragraph>
      <div className="oogo-actions">
        <Button
          appearance="primary-action-button"
          hint={danger ? 'danger' : undefined}
          disabled={busy}
          onClick={() => void confirm()}
        >
          {busy ? t('states.saving') : confirmLabel}
        </Button>
        <Button appearance="subtle-button" disabled={busy} onClick={() => setAsking(false)}>
          {t('editing.keep')}
        </Button>
      </div>
    </div>
  );
}
