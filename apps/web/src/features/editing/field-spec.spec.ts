import { parsePeriod } from '@oogo/shared-domain';
import { i18n } from '../../i18n/i18n';
import { normalise, schemaOf, toInputValue, valuesOf, type FieldSpec } from './field-spec';

const t = i18n.t.bind(i18n);

describe('FieldSpec', () => {
  const linked: FieldSpec = {
    name: 'indicatorIds',
    label: 'Cijfers',
    kind: 'multiselect',
    options: [
      { value: 'b', label: 'B' },
      { value: 'a', label: 'A' },
    ],
  };
  const text: FieldSpec = { name: 'summary', label: 'Samenvatting', kind: 'textarea' };
  const date: FieldSpec = { name: 'observedOn', label: 'Datum', kind: 'date' };
  const period: FieldSpec = {
    name: 'period',
    label: 'Periode',
    kind: 'text',
    required: true,
    rule: { test: (value) => parsePeriod(value) !== undefined, message: 'Geen periode.' },
  };

  describe('a multiselect of linked ids', () => {
    it('holds a list in the form and compares as a sorted list', () => {
      expect(toInputValue(['b', 'a'], linked)).toEqual(['b', 'a']);
      expect(toInputValue(null, linked)).toEqual([]);
      expect(normalise(linked, ['b', 'a'])).toEqual(['a', 'b']);
      expect(normalise(linked, undefined)).toEqual([]);
      expect(valuesOf([linked], { indicatorIds: ['b'] })).toEqual({ indicatorIds: ['b'] });
    });

    it('sends the chosen ids once each, sorted; a required one needs at least one', () => {
      expect(schemaOf([linked], t).parse({ indicatorIds: ['b', 'a', 'b'] })).toEqual({
        indicatorIds: ['a', 'b'],
      });
      expect(schemaOf([linked], t).parse({ indicatorIds: [] })).toEqual({ indicatorIds: [] });
      const required = schemaOf([{ ...linked, required: true }], t).safeParse({
        indicatorIds: [],
      });
      expect(required.success).toBe(false);
      expect(required.error?.issues[0]?.message).toBe('Kies er minstens één.');
    });
  });

  it('sends an emptied text as "" (the api refuses null there), other empty fields as null', () => {
    expect(schemaOf([text, date], t).parse({ summary: '  ', observedOn: '' })).toEqual({
      summary: '',
      observedOn: null,
    });
    // … so an untouched empty text is no change.
    expect(normalise(text, null)).toBe('');
    expect(normalise(text, '')).toBe('');
    expect(normalise(date, '')).toBeNull();
  });

  it('checks a rule of the api in Dutch before sending', () => {
    const schema = schemaOf([period], t);
    expect(schema.parse({ period: ' 2024KW01 ' })).toEqual({ period: '2024KW01' });
    const wrong = schema.safeParse({ period: '2024Q1' });
    expect(wrong.error?.issues.map((issue) => issue.message)).toEqual(['Geen periode.']);
    // An empty required field says "fill in", not the rule.
    expect(schema.safeParse({ period: '' }).error?.issues.map((issue) => issue.message)).toEqual([
      'Vul dit veld in.',
    ]);
  });
});
