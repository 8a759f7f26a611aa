import { addTexts } from '../../../i18n/add-texts';

/** The four questions per party, shared by the gezamenlijke analyse and leren en verbeteren (B1). */
export const fourQuestionsNl = {
  title: 'De vier vragen per partij',
  intro:
    'Elke gemeente en elk schoolbestuur beantwoordt de vier vragen. Partners mogen ook antwoorden.',
  help: {
    RECOGNISE: 'Herkent u het beeld uit de cijfers en de signalen uit de praktijk?',
    EXPLAIN: 'Kunt u het beeld verklaren? Wat is het verhaal achter de cijfers?',
    JUDGE: 'Wat vindt u ervan? Is het goed zo, of maakt u zich zorgen?',
    IMPROVE: 'Wilt u dit verbeteren? Wat is daarvoor nodig?',
  },
  summary:
    '{{complete}} van de {{total}} gemeenten en schoolbesturen hebben alle vier de vragen beantwoord.',
  summaryNoParties: 'Er doen nog geen gemeenten of schoolbesturen mee aan dit plan.',
  waitingFor: 'Wacht nog op: {{names}}.',
  waitingForParty: '{{name}} ({{state}})',
  tableCaption: 'Wie heeft welke vraag beantwoord: {{subject}}',
  party: 'Partij',
  partner: 'partner',
  answered: 'Ja',
  notAnswered: 'Nog niet',
  state: {
    COMPLETE: 'alle vier beantwoord',
    PARTIAL: '{{count}} van de 4 beantwoord',
    NONE: 'nog geen antwoord',
  },
  partySummary: '{{name}}: {{state}}',
  noAnswer: 'Nog geen antwoord.',
  answer: 'Beantwoorden',
  answerLabel: 'Beantwoorden: {{party}}, {{question}}',
  editAnswer: 'Antwoord bewerken van {{party}}: {{question}}',
  answerName: '{{party}}, {{question}}',
} as const;

addTexts({ fourQuestions: fourQuestionsNl });
