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
      'Vul een jaar (2024), een kwartaal (2024KW01) of een maand (2024MM03) in, tussen 1990 en 2100.',
    ],
    ['kind must be one of the following values: PREVENTIVE, CURATIVE, ACCESS', 'Maak een keuze.'],
    ['must refer to an item of the same plan', 'Kies iets uit dit plan.'],
    ['already exists', 'Dit bestaat al. Kies een andere waarde.'],
    ['something the web does not know yet', 'Dit past niet bij de regels van het plan.'],
  ])('%s', (message, dutch) => {
    expect(dutchServerMessage(message, t)).toBe(dutch);
  });
});
