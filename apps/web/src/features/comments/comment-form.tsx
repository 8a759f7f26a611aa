import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { errorCodeOf, showServerFieldErrors } from '../../ui/graphql-errors';
import { MentionTextarea } from './mention-textarea';
import { MAX_MENTIONS, mentionedUserIds, type Mentionable } from './mentions';

/** The api's limit (MAX_BODY_LENGTH in the comments api). */
export const MAX_BODY_LENGTH = 10_000;

interface CommentFormProps {
  label: string;
  description?: string;
  submitLabel: string;
  members: readonly Mentionable[];
  /** For an edit: the text and who is mentioned now. */
  initial?: { body: string; mentions: readonly Mentionable[] };
  focusOnOpen?: boolean;
  /** Sends the comment; a rejection is shown in the form, with the text kept. */
  onSubmit: (body: string, mentionUserIds: string[]) => Promise<unknown>;
  onCancel?: () => void;
}

/** A new comment, a reply or an edit: the text with @mentions, checked as the api checks it. */
export function CommentForm({
  label,
  description,
  submitLabel,
  members,
  initial,
  focusOnOpen,
  onSubmit,
  onCancel,
}: CommentFormProps) {
  const { t } = useTranslation();
  const schema = useMemo(
    () =>
      z.object({
        body: z
          .string()
          .trim()
          .min(1, t('validation.required'))
          .max(MAX_BODY_LENGTH, t('validation.tooLong', { max: MAX_BODY_LENGTH })),
      }),
    [t],
  );
  const {
    register,
    handleSubmit,
    setValue,
    setError,
    reset,
    formState: { errors, isSubmitting, isSubmitted },
  } = useForm<z.infer<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { body: initial?.body ?? '' },
  });
  // Everyone chosen from the list (or mentioned before an edit); sent if still in the text.
  const [chosen, setChosen] = useState<readonly Mentionable[]>(initial?.mentions ?? []);
  const [formError, setFormError] = useState<string | null>(null);

  const submit = handleSubmit(async ({ body }) => {
    setFormError(null);
    const mentionUserIds = mentionedUserIds(body, chosen);
    if (mentionUserIds.length > MAX_MENTIONS) {
      setError('body', {
        type: 'mentions',
        message: t('comments.tooManyMentions', { max: MAX_MENTIONS }),
      });
      return;
    }
    try {
      await onSubmit(body, mentionUserIds);
      reset({ body: '' });
      setChosen([]);
    } catch (error) {
      if (showServerFieldErrors(error, ['body'] as const, setError)) return;
      const code = errorCodeOf(error);
      setFormError(code === 'CONFLICT' ? t('comments.changedMeanwhile') : t(`errors.${code}`));
    }
  });

  return (
    <form noValidate className="oogo-comment-form" onSubmit={(event) => void submit(event)}>
      {formError && (
        <Alert type="error" role="alert">
          <Paragraph>{formError}</Paragraph>
        </Alert>
      )}
      <MentionTextarea
        label={label}
        description={description}
        error={errors.body}
        required
        focusOnOpen={focusOnOpen}
        registration={register('body')}
        setText={(text) =>
          setValue('body', text, { shouldDirty: true, shouldValidate: isSubmitted })
        }
        members={members}
        onMention={(member) => setChosen((previous) => [...previous, member])}
      />
      <div className="oogo-actions">
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={isSubmitting}
          disabled={isSubmitting}
        >
          {isSubmitting ? t('states.saving') : submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" appearance="subtle-button" onClick={onCancel}>
            {t('editing.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
