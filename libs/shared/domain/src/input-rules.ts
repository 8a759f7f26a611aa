/**
 * Limits the api enforces on input, shared so the web's forms check the same rules before
 * sending (and word them in Dutch).
 */
export const InputRules = {
  emailMaxLength: 320,
  passwordMinLength: 12,
  passwordMaxLength: 1000,
  displayNameMaxLength: 200,
} as const;
