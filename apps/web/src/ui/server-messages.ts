import type { TFunction } from 'i18next';

/**
 * The api's field messages (class-validator and database rules, in English) in Dutch, so a
 * rule only the server checks reads the same as the form's own messages. Unknown messages get
 * a general sentence rather than English on screen.
 */
export function dutchServerMessage(message: string, t: TFunction): string {
  const number = (pattern: RegExp) => Number(pattern.exec(message)?.[1]);
  if (/must be shorter than or equal to \d+ characters/.test(message)) {
    return t('validation.tooLong', { max: number(/or equal to (\d+) characters/) });
  }
  if (/must be longer than or equal to|should not be empty|is required/.test(message)) {
    return t('validation.required');
  }
  if (/must not be less than (-?[\d.]+)/.test(message)) {
    return t('validation.atLeast', { min: number(/less than (-?[\d.]+)/) });
  }
  if (/must not be greater than (-?[\d.]+)/.test(message)) {
    return t('validation.atMost', { max: number(/greater than (-?[\d.]+)/) });
  }
  if (/must be an integer|must be a number/.test(message)) return t('validation.number');
  if (/must be a URL/.test(message)) return t('validation.url');
  if (/must be a year .*quarter .*month/.test(message)) return t('validation.period');
  if (/must be one of the following values|must be a UUID/.test(message)) {
    return t('validation.choose');
  }
  if (/must refer to an item of the same plan/.test(message)) return t('validation.samePlan');
  if (/already exists/.test(message)) return t('validation.alreadyExists');
  if (/still used by/.test(message)) return t('validation.stillUsed');
  return t('validation.serverRule');
}
