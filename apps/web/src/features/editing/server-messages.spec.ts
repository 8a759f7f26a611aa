import { i18n } from '../../i18n/i18n';
import { serverMessage } from './server-messages';

describe('serverMessage: the api’s field errors in Dutch', () => {
  const t = i18n.t.bind(i18n);

  it('says a value must be unique, and which fields are unique together', () => {
    expect(serverMessage('already exists', ['Naam'], t)).toBe(
      'Dit bestaat al in het plan. Kies iets anders.',
    );
    expect(serverMessage('already exists', ['Gebied', 'Periode'], t)).toBe(
      'Deze combinatie bestaat al: Gebied en Periode. Verander er één.',
    );
    expect(serverMessage('already exists', ['Gebied', 'Periode', 'Waarde'], t)).toContain(
      'Gebied, Periode en Waarde',
    );
  });

  it('translates the length, link, date and code rules', () => {
    expect(serverMessage('name must be shorter than or equal to 200 characters', [], t)).toBe(
      'Gebruik hoogstens 200 tekens.',
    );
    expect(serverMessage('must refer to an item of the same plan', [], t)).toContain('plan');
    expect(serverMessage('heldOn must be a date as YYYY-MM-DD', [], t)).toContain('datum');
    expect(
      serverMessage('areaCode must be a CBS gemeentecode like GM0363, or NL01', [], t),
    ).toContain('GM0363');
    expect(
      serverMessage(
        'period must be a year (2023 or 2023JJ00), quarter (2023KW01) or month (2023MM03), 1990–2100',
        [],
        t,
      ),
    ).toContain('2024KW01');
    expect(serverMessage('is required', [], t)).toBe('Vul dit veld in.');
  });

  it('never shows English: an unknown rule gets a general Dutch sentence', () => {
    expect(serverMessage('breaks the rule something_check', [], t)).toBe(
      'Deze waarde past niet bij de regels van het plan.',
    );
  });
});
