import { csvField, csvLine, dutchNumber, safeText } from './cells';
import { columnLetter } from './xlsx-writer';
import { dutchDate, slug } from '@oogo/api-core';

describe('export cells', () => {
  it('defuses text a spreadsheet would run as a formula (OWASP CSV injection)', () => {
    for (const text of ['=1+1', '+31 6', '-2', '@SUM(A1)', '\tx', '\rx']) {
      expect(safeText(text)).toBe(`'${text}`);
    }
    expect(safeText('Jeugdhulp = zorg')).toBe('Jeugdhulp = zorg');
    expect(safeText('')).toBe('');
  });

  it('writes numbers with a decimal comma and never an exponent; numbers stay numbers', () => {
    expect(dutchNumber(12.5)).toBe('12,5');
    expect(dutchNumber(-3)).toBe('-3');
    expect(dutchNumber(1234567.25)).toBe('1234567,25');
    expect(dutchNumber(0.0000001)).toBe('0,0000001');
    expect(dutchNumber(1e21)).toBe('1000000000000000000000');
    // A negative number is a number, not a formula.
    expect(csvField(-2.5)).toBe('-2,5');
  });

  it('quotes a field with a semicolon, quote or line break, and leaves others bare', () => {
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvField('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
    expect(csvField('gewoon, met komma')).toBe('gewoon, met komma');
    expect(csvField(null)).toBe('');
    expect(csvField('=A1;B1')).toBe(`"'=A1;B1"`);
    expect(csvLine(['a', 1.5, null])).toBe('a;1,5;\r\n');
  });

  it('names columns and files', () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
    expect(slug('Regio Veenmeren')).toBe('regio-veenmeren');
    expect(slug('Gemeente Súdwest-Fryslân (test)')).toBe('gemeente-sudwest-fryslan-test');
    expect(slug('!!!')).toBe('bestand');
    expect(dutchDate(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-02');
  });
});
