import { zodResolver } from '@hookform/resolvers/zod';
import type { Stage } from '@oogo/shared-domain';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState } from 'react';
import { Controller, useForm, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  CheckboxGroupField,
  RadioGroupField,
  SelectField,
  TextareaField,
  TextField,
} from '../../ui/form-field';
import {
  errorCodeOf,
  errorDetailsOf,
  fieldErrorsOf,
  showServerFieldErrors,
} from '../../ui/graphql-errors';
import { dutchServerMessage } from '../../ui/server-messages';
import { useEditorsOf, usePresence } from '../live/presence';
import { ConflictResolver, type ChangedBy } from './conflict-resolver';
import {
  normalise,
  schemaOf,
  toInputValue,
  valuesOf,
  type FieldSpec,
  type FormRule,
  type InputValue,
} from './field-spec';
import {
  changedFields,
  threeWayMerge,
  type FieldConflict,
  type FieldValue,
} from './three-way-merge';

export interface EditableItem {
  id: string;
  version: number;
  [field: string]: unknown;
}

export interface ItemFormProps {
  /** The form's accessible name, e.g. "Activiteit bewerken". */
  title: string;
  fields: readonly FieldSpec[];
  /** Rules over several fields, e.g. "at least one of these figures". */
  rules?: readonly FormRule[];
  stage: Stage;
  /** The item being edited; without it the form adds a new one. */
  item?: EditableItem;
  /** Values for a new item. */
  defaults?: Record<string, unknown>;
  /** Sends the changed fields (with the version they were based on, when editing). */
  save: (values: Record<string, FieldValue>, version?: number) => Promise<unknown>;
  onDone: () => void;
  onCancel: () => void;
}

interface ConflictState {
  conflicts: FieldConflict[];
  /** My changes that do not collide: sent along with the choices. */
  merged: Record<string, FieldValue>;
  version: number;
  changedBy: ChangedBy | null;
}

/** The keyboard a phone or tablet shows for a field. */
const INPUT_MODE: Partial<Record<FieldSpec['kind'], 'decimal' | 'numeric' | 'url'>> = {
  number: 'decimal',
  integer: 'numeric',
  url: 'url',
};

function EditingHint({ itemId, field }: { itemId?: string; field: string }) {
  const { t } = useTranslation();
  const editors = useEditorsOf(itemId, field);
  if (!editors.length) return null;
  return (
    <span className="oogo-editing-hint">
      {t('editing.alsoEditing', { names: editors.map((person) => person.displayName).join(', ') })}
    </span>
  );
}

/**
 * The one form for adding and editing every kind of plan item. Saving sends only what
 * changed; when someone else saved first (CONFLICT) their changes to other fields are kept
 * automatically, and for the fields both changed the user chooses. Nothing typed is lost.
 */
export function ItemForm({
  title,
  fields,
  rules,
  stage,
  item,
  defaults,
  save,
  onDone,
  onCancel,
}: ItemFormProps) {
  const { t } = useTranslation();
  const { setLocation } = usePresence();
  // Frozen when the form opens: live updates patch `item` while the user types, and saving on
  // top of a version the user never saw would silently overwrite someone else's change.
  const [base] = useState(() => valuesOf(fields, item ?? defaults));
  const [baseVersion] = useState(() => item?.version);
  const changedMeanwhile =
    item !== undefined && baseVersion !== undefined && item.version > baseVersion;
  const schema = useMemo(() => schemaOf(fields, t, rules), [fields, t, rules]);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Record<string, InputValue>>({
    resolver: zodResolver(schema) as never,
    defaultValues: Object.fromEntries(
      fields.map((field) => [field.name, toInputValue(base[field.name], field)]),
    ),
  });
  const labelOf = (name: string) => fields.find((field) => field.name === name)?.label;
  // The api's field errors, in Dutch; a rule about several fields names those in this form.
  const translate = (message: string, ruleFields: readonly string[]) =>
    dutchServerMessage(
      message,
      t,
      ruleFields.map(labelOf).filter((label): label is string => !!label),
    );
  const [conflict, setConflict] = useState<ConflictState | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function attempt(
    values: Record<string, FieldValue>,
    version: number | undefined,
  ): Promise<void> {
    try {
      await save(values, version);
      setLocation({ stage });
      onDone();
    } catch (error) {
      const code = errorCodeOf(error);
      if (code === 'CONFLICT' && item) {
        const details = errorDetailsOf<{
          current: Record<string, unknown>;
          changedBy: ChangedBy | null;
        }>(error);
        const current = details?.current ?? {};
        // `current` is the stored row: links (e.g. indicatorIds) are not in it, so for those
        // the form's starting point stands in for "theirs" (unchanged as far as we know).
        const theirs = Object.fromEntries(
          fields.map((field) => [
            field.name,
            field.name in current ? normalise(field, current[field.name]) : base[field.name],
          ]),
        );
        const mine = { ...base, ...values };
        const { merged, conflicts } = threeWayMerge(base, mine, theirs);
        const currentVersion = Number(current['version']);
        if (!conflicts.length) {
          // Different fields: both changes stand. Save mine on top of theirs, and say so.
          setNotice(t('editing.mergedNotice'));
          if (Object.keys(merged).length) return attempt(merged, currentVersion);
          onDone();
          return;
        }
        setConflict({
          conflicts,
          merged,
          version: currentVersion,
          changedBy: details?.changedBy ?? null,
        });
        return;
      }
      if (
        showServerFieldErrors(
          error,
          fields.map((field) => field.name),
          setError,
          translate,
        )
      )
        return;
      // A rule about something not in this form (e.g. `input`): said above the form, in Dutch.
      const other = Object.entries(fieldErrorsOf(error)).flatMap(([path, messages]) =>
        messages.map((message) => translate(message, path.split(/,\s*/))),
      );
      // A contributor may change only its own organisation's items: say why, not just "no".
      setFormError(
        other.length
          ? [...new Set(other)].join(' ')
          : code === 'FORBIDDEN'
            ? t('editing.forbidden')
            : t(`errors.${code}`),
      );
    }
  }

  const onSubmit = handleSubmit(async (parsed) => {
    setFormError(null);
    const values = parsed as unknown as Record<string, FieldValue>;
    if (!item) return attempt(values, undefined);
    const changes = changedFields(base, values);
    if (!Object.keys(changes).length) {
      onDone();
      return;
    }
    return attempt(changes, baseVersion);
  });

  async function resolve(choices: Record<string, FieldValue>) {
    if (!conflict) return;
    setSaving(true);
    const { merged, version } = conflict;
    setConflict(null);
    await attempt({ ...merged, ...choices }, version);
    setSaving(false);
  }

  if (conflict) {
    return (
      <ConflictResolver
        fields={fields}
        conflicts={conflict.conflicts}
        changedBy={conflict.changedBy}
        saving={saving}
        onResolve={(choices) => void resolve(choices)}
        onDiscard={() => {
          setConflict(null);
          onCancel();
        }}
      />
    );
  }

  return (
    <form
      noValidate
      className="oogo-item-form"
      aria-label={title}
      onSubmit={(event) => void onSubmit(event)}
    >
      {formError && (
        <Alert type="error" role="alert">
          <Paragraph>{formError}</Paragraph>
        </Alert>
      )}
      {/* Not while saving: then the newer version is this user's own save arriving. */}
      {changedMeanwhile && !notice && !isSubmitting && (
        <Alert type="info" role="status">
          <Paragraph>{t('editing.changedMeanwhile')}</Paragraph>
        </Alert>
      )}
      {notice && (
        <Alert type="info" role="status">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      )}
      {fields.map((field) => {
        const focus = () => setLocation({ stage, itemId: item?.id ?? null, field: field.name });
        const label = (
          <>
            {field.label}
            {!field.required && <span className="oogo-optional"> ({t('editing.optional')})</span>}
          </>
        );
        if (field.kind === 'multiselect') {
          return (
            <Controller
              key={field.name}
              control={control}
              name={field.name}
              render={({ field: control }) => (
                <CheckboxGroupField
                  label={label}
                  description={field.description}
                  required={field.required}
                  error={errors[field.name] as FieldError | undefined}
                  options={field.options ?? []}
                  value={Array.isArray(control.value) ? control.value : []}
                  onChange={control.onChange}
                  onBlur={control.onBlur}
                  onFocus={focus}
                  emptyText={t('editing.nothingToChoose')}
                />
              )}
            />
          );
        }
        const common = {
          label,
          status: <EditingHint itemId={item?.id} field={field.name} />,
          description: field.description,
          required: field.required,
          error: errors[field.name] as FieldError | undefined,
          registration: {
            ...register(field.name),
            // Tells the others which field this user is typing in, so they can avoid it.
            onFocus: focus,
          },
        };
        if (field.kind === 'textarea') return <TextareaField key={field.name} {...common} />;
        if (field.kind === 'radio') {
          return (
            <RadioGroupField key={field.name} {...common} options={[...(field.options ?? [])]} />
          );
        }
        if (field.kind === 'select') {
          return (
            <SelectField
              key={field.name}
              {...common}
              options={[...(field.options ?? [])]}
              placeholder={field.required ? t('validation.choose') : t('editing.none')}
            />
          );
        }
        return (
          <TextField
            key={field.name}
            {...common}
            type={field.kind === 'date' || field.kind === 'url' ? field.kind : 'text'}
            inputMode={INPUT_MODE[field.kind]}
          />
        );
      })}
      <div className="oogo-actions">
        <Button type="submit" appearance="primary-action-button" disabled={isSubmitting}>
          {isSubmitting ? t('states.saving') : t('editing.save')}
        </Button>
        <Button
          type="button"
          appearance="subtle-button"
          onClick={() => {
            setLocation({ stage });
            onCancel();
          }}
        >
          {t('editing.cancel')}
        </Button>
      </div>
    </form>
  );
}
