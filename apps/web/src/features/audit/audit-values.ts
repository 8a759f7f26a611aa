import { formatDateTime } from '../../ui/format';

// The audit trail sends each field's value before and after as JSON text. These helpers make
// it readable: words instead of JSON, names instead of organisation ids, Dutch dates.

export interface ValueWords {
  empty: string;
  yes: string;
  no: string;
}

/**
 * Fields that say nothing to a reader of the logboek: the item's own id and bookkeeping. Who
 * made the change is said above the table already.
 */
const HIDDEN_FIELDS = new Set(['id', 'planId', 'eventSequence', 'givenByUserId']);

/** The changes worth showing, in the order the api sent them. */
export function shownChanges<Change extends { field: string }>(
  changes: readonly Change[],
): Change[] {
  return changes.filter((change) => !HIDDEN_FIELDS.has(change.field));
}

/** Longer values are cut off here: the logboek is an overview, not the full text. */
export const AUDIT_VALUE_MAX_LENGTH = 300;

const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Turns a code of the field (AGREE, IN_CONSULTATION …) into its word, if it knows one. */
export type CodeWord = (code: string) => string | undefined;

function describe(
  value: unknown,
  words: ValueWords,
  names: ReadonlyMap<string, string>,
  timeZone?: string,
  codeWord?: CodeWord,
): string {
  if (value === null || value === undefined || value === '') return words.empty;
  if (typeof value === 'string') {
    if (names.has(value)) return names.get(value) as string;
    const word = codeWord?.(value);
    if (word) return word;
    if (ISO_MOMENT.test(value)) return formatDateTime(value, timeZone);
    return value;
  }
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (Array.isArray(value)) {
    return value.length === 0
      ? words.empty
      : value.map((item) => describe(item, words, names, timeZone, codeWord)).join(', ');
  }
  return JSON.stringify(value);
}

/** A field's value from the audit trail, in words; `names` turns known ids into names. */
export function readableValue(
  json: string | null,
  words: ValueWords,
  names: ReadonlyMap<string, string> = new Map(),
  { timeZone, codeWord }: { timeZone?: string; codeWord?: CodeWord } = {},
): string {
  if (json === null) return words.empty;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    value = json;
  }
  const text = describe(value, words, names, timeZone, codeWord);
  return text.length > AUDIT_VALUE_MAX_LENGTH
    ? `${text.slice(0, AUDIT_VALUE_MAX_LENGTH - 1)}…`
    : text;
}
