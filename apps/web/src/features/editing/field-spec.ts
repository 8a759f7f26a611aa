import { parsePeriod } from '@oogo/shared-domain';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { FieldValue } from './three-way-merge';

/** One editable field of a plan item, as the generic item form renders and checks it. */
export interface FieldSpec {
  name: string;
  label: string;
  description?: string;
  /**
   * `radio`: a few options side by side (a fieldset with radio buttons); `period`: a CBS period
   * (2024, 2024KW01, 2024MM03), checked with the api's own parser; `url`: an http(s) address;
   * `multiselect`: a set of linked ids (e.g. an analysis's indicators), checkboxes from
   * `options`, sent as a list.
   */
  kind:
    | 'text'
    | 'textarea'
    | 'number'
    | 'integer'
    | 'select'
    | 'radio'
    | 'date'
    | 'period'
    | 'url'
    | 'multiselect';
  required?: boolean;
  maxLength?: number;
  min?: number;
  max?: number;
  options?: readonly { value: string; label: string }[];
  /**
   * The api stores an empty text as null (a nullable column). Without it, an emptied text field
   * is sent as '' (the api refuses null for `String!` columns).
   */
  nullable?: boolean;
}

/** The options of a select or radio field for an enum, each value in words. */
export function optionsOf<V extends string>(
  values: readonly V[],
  label: (value: V) => string,
): { value: V; label: string }[] {
  return values.map((value) => ({ value, label: label(value) }));
}

/**
 * A rule over several fields, e.g. "fill in at least one of the three figures". The message
 * is shown at `fields[0]`, where the user starts reading.
 */
export interface FormRule {
  fields: readonly string[];
  message: string;
  test: (values: Record<string, FieldValue>) => boolean;
}

const TEXT_KINDS: readonly FieldSpec['kind'][] = ['text', 'textarea', 'url'];

/** What an emptied field means to the api: '' for text columns, otherwise null. */
function emptyValue(spec: FieldSpec): '' | null {
  return TEXT_KINDS.includes(spec.kind) && !spec.nullable ? '' : null;
}

/** What the form holds for a field: a string, or the chosen ids of a multiselect. */
export type InputValue = string | string[];

/** What an input shows for a value: a string, or a list for a multiselect. */
export function toInputValue(value: unknown, spec?: FieldSpec): InputValue {
  if (spec?.kind === 'multiselect') return Array.isArray(value) ? value.map(String) : [];
  return value === null || value === undefined ? '' : String(value);
}

/**
 * A value as the api sends it back in a CONFLICT (`current` is the stored row, where numeric
 * columns may come as strings) made comparable with the form's values.
 */
export function normalise(spec: FieldSpec, value: unknown): FieldValue {
  if (spec.kind === 'multiselect') return Array.isArray(value) ? value.map(String).sort() : [];
  if (value === null || value === undefined || value === '') return emptyValue(spec);
  if (spec.kind === 'number' || spec.kind === 'integer') return Number(value);
  if (spec.kind === 'date') return String(value).slice(0, 10);
  return String(value);
}

export function valuesOf(
  fields: readonly FieldSpec[],
  item: Record<string, unknown> | undefined,
): Record<string, FieldValue> {
  return Object.fromEntries(
    fields.map((field) => [field.name, normalise(field, item?.[field.name])]),
  );
}

const toNumber = (value: string) => Number(value.replace(',', '.'));

/** The rule for one field's input text, before it becomes the value sent. */
function textRule(field: FieldSpec, t: TFunction): z.ZodType<string> {
  const filled = (value: string) => value.trim() !== '';
  const choice = field.kind === 'select' || field.kind === 'radio';
  let rule = z
    .string()
    .refine(
      (value) => !field.required || filled(value),
      t(choice ? 'validation.choose' : 'validation.required'),
    );
  if (field.maxLength) {
    const max = field.maxLength;
    rule = rule.refine((value) => value.trim().length <= max, t('validation.tooLong', { max }));
  }
  if (field.kind === 'number' || field.kind === 'integer') {
    const integer = field.kind === 'integer';
    const { min, max } = field;
    return rule
      .refine((value) => {
        if (!filled(value)) return true;
        const number = toNumber(value);
        return Number.isFinite(number) && (!integer || Number.isInteger(number));
      }, t('validation.number'))
      .refine(
        (value) => {
          if (!filled(value)) return true;
          const number = toNumber(value);
          return (min === undefined || number >= min) && (max === undefined || number <= max);
        },
        t('validation.between', { min: field.min ?? '', max: field.max ?? '' }),
      );
  }
  if (field.kind === 'period') {
    return rule.refine(
      (value) => !filled(value) || parsePeriod(value) !== undefined,
      t('validation.period'),
    );
  }
  if (field.kind === 'url') {
    return rule.refine(
      (value) => !filled(value) || /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(value.trim()),
      t('validation.url'),
    );
  }
  return rule;
}

/** The input text as the api wants it: a number, a trimmed text, or the field's empty value. */
function toValue(field: FieldSpec, value: string): FieldValue {
  const trimmed = value.trim();
  if (trimmed === '') return emptyValue(field);
  if (field.kind === 'number' || field.kind === 'integer') return toNumber(trimmed);
  if (field.kind === 'period') return parsePeriod(trimmed)?.code ?? trimmed;
  return trimmed;
}

/** The form's rules, the same as the api's, with the messages in Dutch. */
export function schemaOf(
  fields: readonly FieldSpec[],
  t: TFunction,
  rules: readonly FormRule[] = [],
) {
  const shape: Record<string, z.ZodType> = {};
  for (const field of fields) {
    shape[field.name] =
      field.kind === 'multiselect'
        ? z
            .array(z.string())
            .refine((ids) => !field.required || ids.length > 0, t('validation.chooseAtLeastOne'))
            .transform((ids) => [...new Set(ids)].sort())
        : textRule(field, t).transform((value) => toValue(field, value));
  }
  return z.object(shape).superRefine((values, context) => {
    for (const rule of rules) {
      if (rule.test(values as Record<string, FieldValue>)) continue;
      context.addIssue({ code: 'custom', path: [rule.fields[0] ?? ''], message: rule.message });
    }
  });
}
