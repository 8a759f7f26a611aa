import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { FieldValue } from './three-way-merge';

/** One editable field of a plan item, as the generic item form renders and checks it. */
export interface FieldSpec {
  name: string;
  label: string;
  description?: string;
  kind: 'text' | 'textarea' | 'number' | 'integer' | 'select' | 'date';
  required?: boolean;
  maxLength?: number;
  min?: number;
  max?: number;
  options?: readonly { value: string; label: string }[];
}

/** What an input shows for a value: always a string. */
export function toInputValue(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/**
 * A value as the api sends it back in a CONFLICT (`current` is the stored row, where numeric
 * columns may come as strings) made comparable with the form's values.
 */
export function normalise(spec: FieldSpec, value: unknown): FieldValue {
  if (value === null || value === undefined || value === '') return null;
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
      shape[field.name] = rule.transform((value) => (value.trim() === '' ? null : value.trim()));
    }
  }
  return z.object(shape);
}
