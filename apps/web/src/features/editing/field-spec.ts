import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { FieldValue } from './three-way-merge';

/**
 * One editable field of a plan item, as the generic item form renders and checks it.
 * `multiselect` is a set of linked ids (e.g. an analysis's indicators), shown as checkboxes
 * from `options` and sent as a list. Empty text fields are sent as '' (the api stores text as
 * '' and refuses null there); other empty fields as null.
 */
export interface FieldSpec {
  name: string;
  label: string;
  description?: string;
  kind: 'text' | 'textarea' | 'number' | 'integer' | 'select' | 'date' | 'multiselect';
  required?: boolean;
  maxLength?: number;
  min?: number;
  max?: number;
  options?: readonly { value: string; label: string }[];
  /** A rule of the api that is not a length or a range (e.g. a CBS period code), in Dutch. */
  rule?: { test: (value: string) => boolean; message: string };
}

/** What the form holds for a field: a string, or the chosen ids of a multiselect. */
export type InputValue = string | string[];

const isText = (spec: FieldSpec) => spec.kind === 'text' || spec.kind === 'textarea';

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
  if (spec.kind === 'multiselect') {
    return Array.isArray(value) ? value.map(String).sort() : [];
  }
  if (value === null || value === undefined || value === '') return isText(spec) ? '' : null;
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

/** The form's rules, the same as the api's, with the messages in Dutch. */
export function schemaOf(fields: readonly FieldSpec[], t: TFunction) {
  const shape: Record<string, z.ZodType> = {};
  for (const field of fields) {
    if (field.kind === 'multiselect') {
      shape[field.name] = z
        .array(z.string())
        .refine((ids) => !field.required || ids.length > 0, t('validation.chooseAtLeastOne'))
        .transform((ids) => [...new Set(ids)].sort());
      continue;
    }
    const required = (value: string) => !field.required || value.trim() !== '';
    let rule = z.string().refine(required, t('validation.required'));
    if (field.maxLength) {
      const max = field.maxLength;
      rule = rule.refine((value) => value.trim().length <= max, t('validation.tooLong', { max }));
    }
    if (field.kind === 'number' || field.kind === 'integer') {
      const integer = field.kind === 'integer';
      const { min, max } = field;
      shape[field.name] = rule
        .refine((value) => {
          if (value.trim() === '') return true;
          const number = Number(value.replace(',', '.'));
          return Number.isFinite(number) && (!integer || Number.isInteger(number));
        }, t('validation.number'))
        .refine(
          (value) => {
            if (value.trim() === '') return true;
            const number = Number(value.replace(',', '.'));
            return (min === undefined || number >= min) && (max === undefined || number <= max);
          },
          t('validation.between', { min: field.min ?? '', max: field.max ?? '' }),
        )
        .transform((value) => (value.trim() === '' ? null : Number(value.replace(',', '.'))));
    } else {
      const check = field.rule;
      if (check) {
        rule = rule.refine(
          (value) => value.trim() === '' || check.test(value.trim()),
          check.message,
        );
      }
      const empty = isText(field) ? '' : null;
      shape[field.name] = rule.transform((value) => (value.trim() === '' ? empty : value.trim()));
    }
  }
  return z.object(shape);
}
