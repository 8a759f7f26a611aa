import { addTexts } from '../../../i18n/add-texts';

/** Bouwsteen 4, kwaliteit van activiteiten en voorzieningen (B1). */
export const qualityNl = {
  intro:
    'Kwaliteit ontstaat tussen ontvanger, aanbieder en financier. Per activiteit legt u vast aan welke kwaliteitseisen zij voldoet, vanuit wiens kijk, en hoe u dat weet.',
  overview: 'Overzicht: kwaliteitseisen per activiteit',
  overviewHelp:
    'Per activiteit en per eis de stand, met tussen haakjes vanuit wiens kijk. Kies een activiteit om de eisen te bekijken of te veranderen.',
  activity: 'Activiteit',
  notChecked: 'Niet nagegaan',
  totals: 'Alle eisen samen',
  withPerspective: '{{status}} ({{perspective}})',
  perspectiveWithHelp: '{{perspective}} ({{help}})',
  checks: 'Kwaliteitseisen',
  noChecks: 'Voor deze activiteit zijn nog geen kwaliteitseisen vastgelegd.',
  requirement: 'Kwaliteitseis',
  perspective: 'Vanuit wiens kijk?',
  perspectiveHelp:
    'Ontvanger: kinderen, jongeren en ouders. Aanbieder: wie de activiteit uitvoert. Financier: wie betaalt.',
  status: 'Stand',
  evidence: 'Hoe weten we dit?',
  evidenceHelp: 'Bijvoorbeeld: een register, een jaarverslag, een gesprek met ouders.',
  noEvidence: 'Nog niet beschreven hoe we dit weten.',
  addCheck: 'Kwaliteitseis toevoegen',
  editCheck: 'Kwaliteitseis bewerken',
  checkName: '{{requirement}} ({{perspective}}) bij {{activity}}',
} as const;

addTexts({ quality: qualityNl });
