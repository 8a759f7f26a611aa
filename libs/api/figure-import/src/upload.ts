import { HttpStatus } from '@nestjs/common';
import { DomainError } from '@oogo/api-core';
import { ErrorCode } from '@oogo/shared-domain';
import type { Request } from 'express';
import { FileRefusal, MAX_FILE_BYTES } from './reading/figure-file';

/** A figures file refused as a whole, with the refusal as `reason`; nothing of it is stored. */
export class FileRefusedError extends DomainError {
  override readonly httpStatus?: number;

  constructor(refusal: FileRefusal, message: string, httpStatus?: number) {
    super(ErrorCode.BAD_USER_INPUT, message, { reason: refusal });
    this.httpStatus = httpStatus;
  }
}

const tooLarge = () =>
  new FileRefusedError(
    'FILE_TOO_LARGE',
    `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`,
    HttpStatus.PAYLOAD_TOO_LARGE,
  );

// Path separators and control characters have no place in a name we show and store.
const UNSAFE_NAME = /[\\/\p{Cc}]/gu;

/** The file name from X-File-Name (URI-encoded, as the web sends it), made safe to show. */
function fileNameOf(request: Request): string {
  const header = request.header('x-file-name') ?? '';
  let name: string;
  try {
    name = decodeURIComponent(header);
  } catch {
    name = header;
  }
  name = name.replace(UNSAFE_NAME, ' ').trim().slice(0, 200);
  return name || 'bestand';
}

/**
 * The uploaded file: the raw body, up to MAX_FILE_BYTES. The app parses JSON bodies only, so
 * an upload route reads its own. Only application/octet-stream is taken: browsers cannot send
 * that cross-site without asking first, so a form on another site cannot upload.
 */
export async function readUpload(request: Request): Promise<{ bytes: Buffer; fileName: string }> {
  if (!request.is('application/octet-stream')) {
    throw new FileRefusedError(
      'UNSUPPORTED_FILE',
      'Send the file itself as the request body, with Content-Type application/octet-stream',
    );
  }
  return { bytes: await readBody(request, MAX_FILE_BYTES), fileName: fileNameOf(request) };
}

/**
 * Collects the body, refusing it once it passes `limit`. The rest is still read (and thrown
 * away), so the client can finish sending and read the refusal instead of a broken connection.
 */
function readBody(request: Request, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    if (Number(request.header('content-length')) > limit) {
      request.resume();
      reject(tooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    request.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > limit) {
        refused = true;
        chunks.length = 0;
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (!refused) resolve(Buffer.concat(chunks, size));
    });
    request.on('error', reject);
  });
}
