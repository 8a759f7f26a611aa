import { checkFigureFile, failureOfResponse, MAX_FILE_BYTES } from './upload-figure-file';

describe('checking a figures file before it is sent', () => {
  it('takes CSV and XLSX up to 20 MB, whatever the case of the extension', () => {
    expect(checkFigureFile({ name: 'jeugd.csv', size: 10 })).toBeNull();
    expect(checkFigureFile({ name: 'JEUGD.XLSX', size: MAX_FILE_BYTES })).toBeNull();
  });

  it('refuses other files, empty files and files over 20 MB', () => {
    expect(checkFigureFile({ name: 'jeugd.xls', size: 10 })).toBe('UNSUPPORTED_FILE');
    expect(checkFigureFile({ name: 'jeugd.pdf', size: 10 })).toBe('UNSUPPORTED_FILE');
    expect(checkFigureFile({ name: 'jeugd.csv', size: 0 })).toBe('EMPTY_FILE');
    expect(checkFigureFile({ name: 'jeugd.csv', size: MAX_FILE_BYTES + 1 })).toBe('FILE_TOO_LARGE');
  });
});

describe('the api’s refusal of an upload', () => {
  const body = (value: unknown) => JSON.stringify(value);

  it('is its reason when it gives one', () => {
    expect(
      failureOfResponse(400, body({ code: 'BAD_USER_INPUT', reason: 'FORMULA_IN_FILE' })),
    ).toEqual({ kind: 'problem', problem: 'FORMULA_IN_FILE' });
  });

  it('is "too large" for a 413 without JSON, as a proxy would send it', () => {
    expect(failureOfResponse(413, '<html>Too large</html>')).toEqual({
      kind: 'problem',
      problem: 'FILE_TOO_LARGE',
    });
  });

  it('is the error code otherwise: not signed in, not allowed, server trouble', () => {
    expect(failureOfResponse(401, body({ code: 'UNAUTHENTICATED' }))).toEqual({
      kind: 'error',
      code: 'UNAUTHENTICATED',
    });
    expect(failureOfResponse(403, '')).toEqual({ kind: 'error', code: 'FORBIDDEN' });
    expect(failureOfResponse(502, '')).toEqual({ kind: 'error', code: 'INTERNAL' });
  });
});
