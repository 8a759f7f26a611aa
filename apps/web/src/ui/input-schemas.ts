import { InputRules } from '@oogo/shared-domain';
import type { TFunction } from 'i18next';
import { z } from 'zod';

/** An e-mail address as the api accepts it, with the Dutch messages. */
export function emailSchema(t: TFunction) {
  return z
    .string()
    .trim()
    .min(1, t('validation.required'))
    .max(InputRules.emailMaxLength, t('validation.tooLong', { max: InputRules.emailMaxLength }))
    .pipe(z.email(t('validation.email')));
}

/** A password: any length up to the api's limit to sign in, at least the minimum for a new one. */
export function passwordSchema(t: TFunction, { isNew }: { isNew: boolean }) {
  const min = isNew ? InputRules.passwordMinLength : 1;
  return z
    .string()
    .min(min, isNew ? t('validation.tooShort', { min }) : t('validation.required'))
    .max(
      InputRules.passwordMaxLength,
      t('validation.tooLong', { max: InputRules.passwordMaxLength }),
    );
}

export function displayNameSchema(t: TFunction) {
  return z
    .string()
    .trim()
    .min(1, t('validation.required'))
    .max(
      InputRules.displayNameMaxLength,
      t('validation.tooLong', { max: InputRules.displayNameMaxLength }),
    );
}
