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

  // With BAD_USER_INPUT: a figures file refused as a whole; nothing of it is stored or imported.
  /** The file is larger than 20 MB (HTTP 413 at upload). */
  FILE_TOO_LARGE: 'FILE_TOO_LARGE',
  /** The file has more than 200,000 data rows. */
  TOO_MANY_ROWS: 'TOO_MANY_ROWS',
  /** Not a CSV or XLSX file (e.g. a binary or a PDF), or not sent as application/octet-stream. */
  UNSUPPORTED_FILE: 'UNSUPPORTED_FILE',
  /** Looks like CSV/XLSX but cannot be read (corrupt zip, broken quoting, no header row). */
  FILE_UNREADABLE: 'FILE_UNREADABLE',
  /** A workbook that unpacks to far more than a real export would (a zip bomb). */
  FILE_TOO_LARGE_UNPACKED: 'FILE_TOO_LARGE_UNPACKED',
  /** A cell starts with =, +, @ or another spreadsheet formula trigger. */
  FORMULA_IN_FILE: 'FORMULA_IN_FILE',
  /** No area, period or value column could be found, or there are no data rows. */
  NO_FIGURES: 'NO_FIGURES',
  /** With BAD_USER_INPUT: this figures import was confirmed already; upload the file again to import it again. */
  IMPORT_ALREADY_DONE: 'IMPORT_ALREADY_DONE',
} as const;

export type ErrorReason = (typeof ErrorReason)[keyof typeof ErrorReason];

const errorCodes = new Set<string>(Object.values(ErrorCode));

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && errorCodes.has(value);
}
