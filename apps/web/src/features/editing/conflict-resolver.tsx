import {
  Alert,
  Button,
  Fieldset,
  FieldsetLegend,
  FormLabel,
  Paragraph,
  RadioButton,
  Textarea,
} from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldSpec } from './field-spec';
import { combineTexts, type FieldConflict, type FieldValue } from './three-way-merge';

export interface ChangedBy {
  displayName: string | null;
  organizationName: string | null;
  at: string;
}

type Choice = 'mine' | 'theirs' | 'combined';

function shown(spec: FieldSpec, value: FieldValue): string {
  const labelOf = (chosen: string) =>
    spec.options?.find((option) => option.value === chosen)?.label ?? chosen;
  if (Array.isArray(value)) return value.length ? value.map(labelOf).join(', ') : '—';
  if (value === null || value === undefined || value === '') return '—';
  return labelOf(String(value));
}

function ConflictField({
  spec,
  conflict,
  changedByName,
  onChange,
}: {
  spec: FieldSpec;
  conflict: FieldConflict;
  changedByName: string;
  onChange: (value: FieldValue) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const canCombine = spec.kind === 'text' || spec.kind === 'textarea';
  const [choice, setChoice] = useState<Choice>('mine');
  const [combined, setCombined] = useState(() => combineTexts(conflict.theirs, conflict.mine));
  const choose = (next: Choice) => {
    setChoice(next);
    onChange(next === 'mine' ? conflict.mine : next === 'theirs' ? conflict.theirs : combined);
  };
  return (
    <Fieldset className="oogo-conflict__field">
      <FieldsetLegend>{spec.label}</FieldsetLegend>
      <div className="oogo-conflict__versions">
        <div className="oogo-conflict__version">
          <p className="oogo-conflict__who">{t('editing.yourVersion')}</p>
          <p className="oogo-conflict__value">{shown(spec, conflict.mine)}</p>
        </div>
        <div className="oogo-conflict__version">
          <p className="oogo-conflict__who">{t('editing.theirVersion', { name: changedByName })}</p>
          <p className="oogo-conflict__value">{shown(spec, conflict.theirs)}</p>
        </div>
      </div>
      {(['mine', 'theirs', ...(canCombine ? ['combined'] : [])] as Choice[]).map((option) => (
        <div key={option} className="oogo-radio">
          <RadioButton
            id={`${id}-${option}`}
            name={`${id}-choice`}
            value={option}
            checked={choice === option}
            onChange={() => choose(option)}
          />
          <FormLabel htmlFor={`${id}-${option}`} type="radio">
            {t(`editing.choice.${option}`)}
          </FormLabel>
        </div>
      ))}
      {choice === 'combined' && (
        <>
          <FormLabel htmlFor={`${id}-combined-text`}>{t('editing.combinedText')}</FormLabel>
          <Textarea
            id={`${id}-combined-text`}
            rows={6}
            value={combined}
            onChange={(event) => {
              setCombined(event.target.value);
              onChange(event.target.value);
            }}
          />
        </>
      )}
    </Fieldset>
  );
}

/**
 * Someone saved the same fields first. Both versions side by side, per field: keep mine,
 * take theirs or (for text) combine them; nothing is saved until the user chooses.
 */
export function ConflictResolver({
  fields,
  conflicts,
  changedBy,
  saving,
  onResolve,
  onDiscard,
}: {
  fields: readonly FieldSpec[];
  conflicts: FieldConflict[];
  changedBy: ChangedBy | null;
  saving: boolean;
  onResolve: (values: Record<string, FieldValue>) => void;
  onDiscard: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [choices, setChoices] = useState<Record<string, FieldValue>>(() =>
    Object.fromEntries(conflicts.map((conflict) => [conflict.field, conflict.mine])),
  );
  const name = changedBy?.displayName
    ? changedBy.organizationName
      ? `${changedBy.displayName} (${changedBy.organizationName})`
      : changedBy.displayName
    : t('editing.someoneElse');
  const at = changedBy?.at
    ? new Date(changedBy.at).toLocaleTimeString(i18n.language, {
        hour: '2-digit',
        minute: '2-digit',
      })
    : '';
  return (
    <section className="oogo-conflict" aria-labelledby={`${conflicts[0]?.field}-conflict-title`}>
      <Alert type="warning" role="alert">
        <Paragraph id={`${conflicts[0]?.field}-conflict-title`}>
          <strong>{t('editing.conflictTitle')}</strong> {t('editing.conflictText', { name, at })}
        </Paragraph>
      </Alert>
      {conflicts.map((conflict) => {
        const spec = fields.find((field) => field.name === conflict.field);
        return spec ? (
          <ConflictField
            key={conflict.field}
            spec={spec}
            conflict={conflict}
            changedByName={name}
            onChange={(value) => setChoices((current) => ({ ...current, [conflict.field]: value }))}
          />
        ) : null;
      })}
      <div className="oogo-actions">
        <Button
          appearance="primary-action-button"
          disabled={saving}
          onClick={() => onResolve(choices)}
        >
          {saving ? t('states.saving') : t('editing.saveChoices')}
        </Button>
        <Button appearance="subtle-button" disabled={saving} onClick={onDiscard}>
          {t('editing.discardMine')}
        </Button>
      </div>
    </section>
  );
}
