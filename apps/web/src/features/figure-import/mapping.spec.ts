import { mappingOfRoles } from './mapping';

describe('the columns a user chose, as the api’s mapping', () => {
  it('needs one gemeente and one period column, at least one value and at most one indicator', () => {
    expect(
      mappingOfRoles(
        new Map([
          [0, 'AREA'],
          [1, 'PERIOD'],
          [2, 'VALUE'],
          [3, 'VALUE'],
          [4, 'IGNORE'],
        ]),
      ),
    ).toEqual({
      mapping: { areaColumn: 0, periodColumn: 1, valueColumns: [2, 3], indicatorColumn: null },
    });
    expect(
      mappingOfRoles(
        new Map([
          [0, 'INDICATOR'],
          [1, 'AREA'],
          [2, 'PERIOD'],
          [3, 'VALUE'],
        ]),
      ),
    ).toEqual({
      mapping: { areaColumn: 1, periodColumn: 2, valueColumns: [3], indicatorColumn: 0 },
    });
  });

  it('says every rule that is broken', () => {
    expect(
      mappingOfRoles(
        new Map([
          [0, 'AREA'],
          [1, 'AREA'],
          [2, 'INDICATOR'],
          [3, 'INDICATOR'],
        ]),
      ),
    ).toEqual({ problems: ['area', 'period', 'value', 'indicator'] });
  });
});
