import { i18n } from '../i18n/i18n';
import { dutchServerMessage } from './server-messages';

describe('dutchServerMessage', () => {
  const t = i18n.t.bind(i18n);

  it.each([
    ['name must be shorter than or equal to 200 characters', 'Gebruik hoogstens 200 tekens.'],
    ['name must be longer than or equal to 1 characters', 'Vul dit veld in.'],
    ['goalRealisationPct must not be greater than 100', 'Vul een getal in van hoogstens 100.'],
    ['respondents must not be less than 0', 'Vul een getal in van minstens 0.'],
    ['respondents must be an integer number', 'Vul een getal in.'],
    ['url must be a URL address', 'Vul een webadres in, zoals https://www.nji.nl.'],
    [
      'period must be a year (2023 or 2023JJ00), quarter (2023KW01) or month (2023MM03), 1990–2100',
      'Vul een jaar (2024), kwartaal (2024KW01) of maand (2024MM03) in, van 1990 tot en met 2100.',
    ],
    ['kind must be one of the following values: PREVENTIVE, CURATIVE, ACCESS', 'Maak een keuze.'],
    ['must refer to an item of the same plan', 'Kies iets uit dit plan.'],
    ['already exists', 'Dit bestaat al in het plan. Kies iets anders.'],
    ['something the web does not know yet', 'Deze waarde past niet bij de regels van het plan.'],
  ])('%s', (message, dutch) => {
    expect(dutchServerMessage(message, t)).toBe(dutch);
  });
});

describe('dutchServerMessage with the fields a rule is about', () => {
  const t = i18n.t.bind(i18n);
  const serverMessage = (message: string, labels: string[], translate: typeof t) =>
    dutchServerMessage(message, translate, labels);

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
