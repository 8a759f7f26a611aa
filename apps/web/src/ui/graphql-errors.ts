import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { isErrorCode, type ErrorCode } from '@oogo/shared-domain';

/** The stable `extensions.code` of the first GraphQL error, or `network` when the api was not reached. */
export function errorCodeOf(error: unknown): ErrorCode | 'network' | 'unknown' {
  if (CombinedGraphQLErrors.is(error)) {
    const code = error.errors[0]?.extensions?.['code'];
    return isErrorCode(code) ? code : 'unknown';
  }
  return error ? 'network' : 'unknown';
}

/**
 * The server's field errors (`{ 'input.title': ['…'] }`) keyed by form field (`title`), so a
 * form can show them next to the right field.
 */
export function fieldErrorsOf(error: unknown): Record<string, string[]> {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const fieldErrors = error.errors[0]?.extensions?.['fieldErrors'];
  if (!fieldErrors || typeof fieldErrors !== 'object') return {};
  return Object.fromEntries(
    Object.entries(fieldErrors as Record<string, string[]>).map(([path, messages]) => [
      path.replace(/^input\./, ''),
      messages,
    ]),
  );
}

/** The details the server sent with the first error (e.g. `current` and `changedBy` of a CONFLICT). */
export function errorDetailsOf<T = Record<string, unknown>>(error: unknown): T | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  return (error.errors[0]?.extensions ?? null) as T | null;
}

/**
 * Puts the server's field errors on the form's fields (so they show where the user looks);
 * returns false when there were none, and the caller shows a general message instead.
 * A rule over several fields (e.g. unique together) comes as `"areaCode, period"`: it is shown
 * at each of them. `translate` words a message for the user, knowing which fields the rule is about.
 */
export function showServerFieldErrors<Field extends string>(
  error: unknown,
  fields: readonly Field[],
  setError: (field: Field, error: { type: string; message: string }) => void,
  translate: (message: string, ruleFields: readonly string[]) => string = (message) => message,
): boolean {
  const messages = new Map<Field, string[]>();
  for (const [path, list] of Object.entries(fieldErrorsOf(error))) {
    const ruleFields = path.split(/,\s*/);
    for (const field of fields.filter((name) => ruleFields.includes(name))) {
      const translated = list.map((message) => translate(message, ruleFields));
      messages.set(field, [...(messages.get(field) ?? []), ...translated]);
    }
  }
  for (const [field, list] of messages) {
    setError(field, { type: 'server', message: list.join(' ') });
  }
  return messages.size > 0;
}
