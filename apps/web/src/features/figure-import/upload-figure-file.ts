import { isErrorCode, type ErrorCode } from '@oogo/shared-domain';

/** The api's limits (issue 8); checked here too, so nobody waits for an upload that will fail. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const FILE_EXTENSIONS = ['.csv', '.xlsx'] as const;

/** Why the api (or the check before uploading) refuses a file; each has its Dutch message. */
export const FILE_PROBLEMS = [
  'EMPTY_FILE',
  'FILE_TOO_LARGE',
  'TOO_MANY_ROWS',
  'UNSUPPORTED_FILE',
  'FILE_UNREADABLE',
  'FILE_TOO_LARGE_UNPACKED',
  'FORMULA_IN_FILE',
  'NO_FIGURES',
  'IMPORT_ALREADY_DONE',
] as const;
export type FileProblem = (typeof FILE_PROBLEMS)[number];

export function isFileProblem(value: unknown): value is FileProblem {
  return typeof value === 'string' && (FILE_PROBLEMS as readonly string[]).includes(value);
}

/** What the browser can tell before sending: the extension, the size. */
export function checkFigureFile(file: Pick<File, 'name' | 'size'>): FileProblem | null {
  const name = file.name.toLowerCase();
  if (!FILE_EXTENSIONS.some((extension) => name.endsWith(extension))) return 'UNSUPPORTED_FILE';
  if (file.size === 0) return 'EMPTY_FILE';
  if (file.size > MAX_FILE_BYTES) return 'FILE_TOO_LARGE';
  return null;
}

/** Why an upload did not give an import: a reason of the api, an error code, or cancelled. */
export type UploadFailure =
  | { kind: 'problem'; problem: FileProblem }
  | { kind: 'error'; code: ErrorCode | 'network' | 'unknown' }
  | { kind: 'aborted' };

export class UploadError extends Error {
  constructor(readonly failure: UploadFailure) {
    super(failure.kind === 'problem' ? failure.problem : failure.kind);
  }
}

const STATUS_CODES: Readonly<Record<number, ErrorCode>> = {
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  429: 'RATE_LIMITED',
};

/** The api's refusal (`{ code, reason, message }`) as a failure the page can word. */
export function failureOfResponse(status: number, body: string): UploadFailure {
  let parsed: { code?: unknown; reason?: unknown } = {};
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    // A proxy's own page (e.g. 413 from a body limit) is no JSON: the status says enough.
  }
  if (isFileProblem(parsed.reason)) return { kind: 'problem', problem: parsed.reason };
  if (status === 413) return { kind: 'problem', problem: 'FILE_TOO_LARGE' };
  if (isErrorCode(parsed.code) && parsed.code !== 'BAD_USER_INPUT') {
    return { kind: 'error', code: parsed.code };
  }
  if (status === 400 || status === 415 || status === 422) {
    return { kind: 'problem', problem: 'UNSUPPORTED_FILE' };
  }
  return { kind: 'error', code: STATUS_CODES[status] ?? (status >= 500 ? 'INTERNAL' : 'unknown') };
}

export interface FigureUpload {
  /** The import's id, once the api has the whole file; rejects with an UploadError. */
  done: Promise<string>;
  /** Stops sending; `done` rejects with `{ kind: 'aborted' }`. */
  abort: () => void;
}

/**
 * Sends the file's bytes to `POST /api/plans/<planId>/figure-imports`. XMLHttpRequest rather
 * than fetch: only it reports upload progress. Same origin, so the session cookie goes along.
 */
export function uploadFigureFile(
  planId: string,
  file: File,
  onProgress: (fraction: number) => void,
): FigureUpload {
  const request = new XMLHttpRequest();
  const done = new Promise<string>((resolve, reject) => {
    const fail = (failure: UploadFailure) => reject(new UploadError(failure));
    request.open('POST', `/api/plans/${encodeURIComponent(planId)}/figure-imports`);
    request.setRequestHeader('Content-Type', 'application/octet-stream');
    request.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      if (request.status === 201 || request.status === 200) {
        try {
          const { importId } = JSON.parse(request.responseText) as { importId?: unknown };
          if (typeof importId === 'string') {
            onProgress(1);
            resolve(importId);
            return;
          }
        } catch {
          // Falls through to "unknown": an answer we cannot read.
        }
        fail({ kind: 'error', code: 'unknown' });
        return;
      }
      fail(failureOfResponse(request.status, request.responseText));
    };
    request.onerror = () => fail({ kind: 'error', code: 'network' });
    request.onabort = () => fail({ kind: 'aborted' });
    request.send(file);
  });
  return { done, abort: () => request.abort() };
}
