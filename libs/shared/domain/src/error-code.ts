/**
 * The stable `extensions.code` values every GraphQL error carries. Clients branch on these,
 * so they never change meaning; add new ones instead.
 */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL: 'INTERNAL',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * Finer reasons some errors carry in `extensions.reason`, beside their code, for a client that
 * wants to say more than the code does. Stable like the codes.
 */
export const ErrorReason = {
  /** With INTERNAL: the mail server refused the invitation mail; nothing was saved. */
  MAIL_NOT_SENT: 'MAIL_NOT_SENT',
  /** With BAD_USER_INPUT: the change would leave the plan without a coordinator. */
  LAST_COORDINATOR: 'LAST_COORDINATOR',
  /** With INTERNAL: the PDF could not be made (Chromium is missing or failed); see the log. */
  PDF_NOT_RENDERED: 'PDF_NOT_RENDERED',
} as const;

export type ErrorReason = (typeof ErrorReason)[keyof typeof ErrorReason];

const errorCodes = new Set<string>(Object.values(ErrorCode));

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && errorCodes.has(value);
}
