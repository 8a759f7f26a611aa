import { i18n } from '../../i18n/i18n';
import { normalise, schemaOf, toInputValue, valuesOf, type FieldSpec } from './field-spec';

const t = i18n.t.bind(i18n);

function check(fields: FieldSpec[], input: Record<string, string>, rules = []) {
  const result = schemaOf(fields, t, rules).safeParse(input);
  return result.success
    ? { values: result.data }
    : {
        errors: Object.fromEntries(
          result.error.issues.map((issue) => [issue.path.join('.'), issue.message]),
        ),
      };
}

describe('FieldSpec rules', () => {
  it('sends an emptied text as "" (the api refuses null for String!), a nullable one as null', () => {
    const fields: FieldSpec[] = [
      { name: 'explanation', label: 'Toelichting', kind: 'textarea' },
      { name: 'url', label: 'Webadres', kind: 'url', nullable: true },
      { name: 'respondents', label: 'Aantal', kind: 'integer' },
    ];
    expect(check(fields, { explanation: '  ', url: '', respondents: '' })).toEqual({
      values: { explanation: '', url: null, respondents: null },
    });
    // Stored empty values read back the same way, so an untouched field is not a change.
    expect(valuesOf(fields, { explanation: '', url: null, respondents: null })).toEqual({
      explanation: '',
      url: null,
      respondents: null,
    });
    expect(normalise(fields[0] as FieldSpec, null)).toBe('');
  });

  it('asks for a choice in a required radio group or select', () => {
    const fields: FieldSpec[] = [
      {
        name: 'status',
        label: 'Is dit helder?',
        kind: 'radio',
        required: true,
        options: [{ value: 'CLEAR', label: 'Helder' }],
      },
    ];
    expect(check(fields, { status: '' })).toEqual({ errors: { status: 'Maak een keuze.' } });
    expect(check(fields, { status: 'CLEAR' })).toEqual({ values: { status: 'CLEAR' } });
  });

  it('checks a period as the api does, and sends it in the CBS form', () => {
    const fields: FieldSpec[] = [
      { name: 'period', label: 'Periode', kind: 'period', required: true },
    ];
    expect(check(fields, { period: '2024' })).toEqual({ values: { period: '2024JJ00' } });
    expect(check(fields, { period: '2024kw02' })).toEqual({ values: { period: '2024KW02' } });
    expect(check(fields, { period: '2024-03' })).toEqual({
      errors: {
        period:
          'Vul een jaar (2024), kwartaal (2024KW01) of maand (2024MM03) in, van 1990 tot en met 2100.',
      },
    });
  });

  it('wants a web address with http(s)', () => {
    const fields: FieldSpec[] = [{ name: 'url', label: 'Webadres', kind: 'url', nullable: true }];
    expect(check(fields, { url: 'www.nji.nl' })).toEqual({
      errors: { url: 'Vul een webadres in, zoals https://www.nji.nl.' },
    });
    expect(check(fields, { url: 'https://www.nji.nl/interventies' })).toEqual({
      values: { url: 'https://www.nji.nl/interventies' },
    });
  });

  it('keeps percentages between 0 and 100, with a Dutch decimal comma', () => {
    const fields: FieldSpec[] = [{ name: 'pct', label: '%', kind: 'number', min: 0, max: 100 }];
    expect(check(fields, { pct: '82,5' })).toEqual({ values: { pct: 82.5 } });
    expect(check(fields, { pct: '150' })).toEqual({
      errors: { pct: 'Vul een getal in van 0 tot en met 100.' },
    });
  });

  it('applies a rule over several fields, shown at the first of them', () => {
    const fields: FieldSpec[] = [
      { name: 'a', label: 'A', kind: 'number' },
      { name: 'b', label: 'B', kind: 'number' },
    ];
    const rules = [
      {
        fields: ['a', 'b'],
        message: 'Vul minstens één cijfer in.',
        test: (values: Record<string, unknown>) => values['a'] != null || values['b'] != null,
      },
    ];
    expect(check(fields, { a: '', b: '' }, rules as never)).toEqual({
      errors: { a: 'Vul minstens één cijfer in.' },
    });
    expect(check(fields, { a: '', b: '3' }, rules as never)).toEqual({ values: { a: null, b: 3 } });
  });
});

describe('FieldSpec multiselect', () => {
  const linked: FieldSpec = {
    name: 'indicatorIds',
    label: 'Cijfers',
    kind: 'multiselect',
    options: [
      { value: 'b', label: 'B' },
      { value: 'a', label: 'A' },
    ],
  };

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
