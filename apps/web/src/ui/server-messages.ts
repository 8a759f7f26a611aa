import type { TFunction } from 'i18next';
import { joinWords } from './format';

/**
 * The api's field messages (class-validator and database rules, in English) in Dutch, so a
 * rule only the server checks reads the same as the form's own messages. `fieldLabels` are
 * the labels of the form's fields the rule is about (more than one for "unique together").
 * Unknown messages get a general sentence rather than English on screen.
 */
export function dutchServerMessage(
  message: string,
  t: TFunction,
  fieldLabels: readonly string[] = [],
): string {
  const number = (pattern: RegExp) => Number(pattern.exec(message)?.[1]);
  if (/shorter than or equal to \d+/.test(message)) {
    return t('validation.tooLong', { max: number(/or equal to (\d+)/) });
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
  if (/must be a date/.test(message)) return t('validation.date');
  if (/CBS gemeentecode/.test(message)) return t('validation.areaCode');
  if (/quarter \(2023KW01\)|must be a year .*quarter .*month/.test(message)) {
    return t('validation.period');
  }
  if (/must be one of the following values|must be a UUID/.test(message)) {
    return t('validation.choose');
  }
  if (/must refer to an item of the same plan/.test(message)) return t('validation.samePlan');
  if (/already exists/.test(message)) {
    return fieldLabels.length > 1
      ? t('validation.alreadyExistsTogether', {
          fields: joinWords(fieldLabels, t('validation.and')),
        })
      : t('validation.alreadyExists');
  }
  if (/still used by/.test(message)) return t('validation.stillUsed');
  return t('validation.serverRule');
}
