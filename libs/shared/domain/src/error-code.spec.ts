import { ErrorCode, isErrorCode } from './error-code';

describe('isErrorCode', () => {
  it('accepts every published code', () => {
    for (const code of Object.values(ErrorCode)) {
      expect(isErrorCode(code)).toBe(true);
    }
  });

  it('rejects anything else', () => {
    expect(isErrorCode('GRAPHQL_VALIDATION_FAILED')).toBe(false);
    expect(isErrorCode(undefined)).toBe(false);
    expect(isErrorCode(42)).toBe(false);
  });
});
