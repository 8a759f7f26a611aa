import { parsePeriod } from './period';

describe('parsePeriod', () => {
  it.each([
    [
      '2023',
      { code: '2023JJ00', kind: 'YEAR', year: 2023, start: '2023-01-01', end: '2023-12-31' },
    ],
    [
      '2023JJ00',
      { code: '2023JJ00', kind: 'YEAR', year: 2023, start: '2023-01-01', end: '2023-12-31' },
    ],
    [
      '2023KW01',
      { code: '2023KW01', kind: 'QUARTER', year: 2023, start: '2023-01-01', end: '2023-03-31' },
    ],
    [
      '2024kw04',
      { code: '2024KW04', kind: 'QUARTER', year: 2024, start: '2024-10-01', end: '2024-12-31' },
    ],
    [
      '2024MM02',
      { code: '2024MM02', kind: 'MONTH', year: 2024, start: '2024-02-01', end: '2024-02-29' },
    ],
    [
      ' 2023MM12 ',
      { code: '2023MM12', kind: 'MONTH', year: 2023, start: '2023-12-01', end: '2023-12-31' },
    ],
  ])('reads %s', (input, expected) => {
    expect(parsePeriod(input)).toEqual(expected);
  });

  it.each([
    '',
    '23',
    '2023KW05',
    '2023KW00',
    '2023MM13',
    '2023MM00',
    '2023JJ01',
    '1989',
    '2101',
    '2023-01',
    'abcd',
  ])('refuses %j', (input) => {
    expect(parsePeriod(input)).toBeUndefined();
  });
});
