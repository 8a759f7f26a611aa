import { addTexts } from '../../../i18n/add-texts';

/** Bouwsteen 5, outcome: het resultaat voor kinderen en gezinnen (B1). */
export const outcomesNl = {
  intro:
    'Outcome is het directe effect van een activiteit voor de kinderen, jongeren en ouders die eraan meedoen. We volgen drie cijfers: doelrealisatie, beëindiging volgens plan (het omgekeerde van uitval) en cliënttevredenheid.',
  missingTitle_one: '{{count}} activiteit heeft nog geen outcome over {{period}}.',
  missingTitle_other: '{{count}} activiteiten hebben nog geen outcome over {{period}}.',
  missingText: 'Zonder recente cijfers weten we niet of de activiteit werkt. Het gaat om:',
  noneYet:
    'Er is nog geen outcome gemeten. Zonder cijfers weten we niet of de activiteiten werken. Voeg per activiteit de cijfers toe.',
  allRecent: 'Alle activiteiten hebben een outcome over {{period}}.',
  missingShort: 'geen outcome over {{period}}',
  measurements: 'Metingen per periode',
  noMeasurements: 'Nog geen outcome gemeten.',
  latest: 'Laatste meting: {{period}}',
  period: 'Periode',
  periodHelp: 'Een jaar (2024), een kwartaal (2024KW01) of een maand (2024MM03).',
  goalRealisationPct: 'Doelrealisatie (%)',
  goalRealisationHelp: 'Bij hoeveel procent van de kinderen en jongeren zijn de doelen bereikt?',
  plannedTerminationPct: 'Beëindiging volgens plan (%)',
  plannedTerminationHelp:
    'Hoeveel procent van de trajecten stopte zoals gepland? De rest is uitval.',
  clientSatisfactionPct: 'Cliënttevredenheid (%)',
  clientSatisfactionHelp: 'Hoeveel procent van de kinderen, jongeren en ouders is tevreden?',
  respondents: 'Aantal mensen dat meedeed aan de meting',
  respondentsShort: 'Meegedaan aan de meting',
  note: 'Toelichting',
  atLeastOneFigure:
    'Vul minstens één cijfer in: doelrealisatie, beëindiging volgens plan of cliënttevredenheid.',
  figures: {
    goalRealisationPct: 'Doelrealisatie',
    plannedTerminationPct: 'Beëindiging volgens plan',
    clientSatisfactionPct: 'Cliënttevredenheid',
  },
  percentage: '{{value}}%',
  notMeasured: 'niet gemeten',
  dropout: '(uitval {{value}})',
  respondentsValue: '{{count}} mensen',
  up: '{{points}} punten hoger dan {{period}}',
  down: '{{points}} punten lager dan {{period}}',
  same: 'gelijk aan {{period}}',
  addMeasurement: 'Outcome toevoegen',
  editMeasurement: 'Outcome bewerken',
  measurementName: 'outcome {{period}} van {{activity}}',
} as const;

addTexts({ outcomes: outcomesNl });
