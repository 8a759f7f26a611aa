import type { TFunction } from 'i18next';

/**
 * The api words its field errors for developers, in English ("already exists", "must refer to
 * an item of the same plan"). This says them in Dutch for the user. `fieldLabels` are the
 * labels of the form's fields the rule is about (more than one for "unique together").
 */
export function serverMessage(
  message: string,
  fieldLabels: readonly string[],
  t: TFunction,
): string {
  const tooLong = /shorter than or equal to (\d+)/.exec(message);
  if (tooLong) return t('validation.tooLong', { max: Number(tooLong[1]) });
  if (message === 'already exists') {
    return fieldLabels.length > 1
      ? t('validation.alreadyExistsTogether', { fields: joinLabels(fieldLabels, t) })
      : t('validation.alreadyExists');
  }
  if (message === 'is required' || /should not be empty|longer than or equal to 1 /.test(message)) {
    return t('validation.required');
  }
  if (message.startsWith('must refer to an item of the same plan')) return t('validation.samePlan');
  if (message.startsWith('still used by')) return t('validation.stillUsed');
  if (/must be a date/.test(message)) return t('validation.date');
  if (/CBS gemeentecode/.test(message)) return t('validation.areaCode');
  if (/quarter \(2023KW01\)/.test(message)) return t('validation.period');
  if (/must not be (less|greater) than|must be a number|must be an integer/.test(message)) {
    return t('validation.number');
  }
  return t('validation.serverRule');
}

/** "Gebied en Periode", "Gebied, Periode en Waarde" */
function joinLabels(labels: readonly string[], t: TFunction): string {
  if (labels.length < 2) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} ${t('validation.and')} ${labels.at(-1) ?? ''}`;
}
