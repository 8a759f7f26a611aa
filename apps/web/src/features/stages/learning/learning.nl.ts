import { addTexts } from '../../../i18n/add-texts';

/** Bouwsteen 6, leren en verbeteren (B1). */
export const learningNl = {
  reviews: 'Leer- en verbetermomenten',
  reviewsIntro:
    'Sta samen stil bij wat er gebeurt: wat gaat goed, wat kan beter? Elke partij beantwoordt de vier vragen. Leg vast wat u besluit.',
  reviewsEmpty: 'Er is nog geen leer- en verbetermoment. Voeg het eerste toe.',
  addReview: 'Leer- en verbetermoment toevoegen',
  editReview: 'Leer- en verbetermoment bewerken: {{name}}',
  title: 'Titel',
  titleHelp: 'Bijvoorbeeld: Leer- en verbetersessie voorjaar 2025.',
  heldOn: 'Datum',
  summary: 'Wat hebben we besproken?',
  decisions: 'Besluiten',
  decisionsHelp: 'Wat spreken de partijen af? Zet elk besluit op een nieuwe regel.',
  noDecisions: 'Nog geen besluiten vastgelegd.',
  reviewActions: 'Verbeteracties uit dit moment',
  noReviewActions: 'Nog geen verbeteracties uit dit moment.',
  actions: 'Verbeteracties',
  actionsIntro:
    'Wat gaan we beter doen? Wie is eigenaar, wanneer is het klaar, en welk resultaat of welke activiteit verandert er?',
  actionsEmpty: 'Er zijn nog geen verbeteracties. Voeg de eerste toe.',
  addAction: 'Verbeteractie toevoegen',
  editAction: 'Verbeteractie bewerken: {{name}}',
  actionTitle: 'Wat gaan we doen?',
  actionDescription: 'Toelichting',
  status: 'Stand',
  ownerOrganization: 'Eigenaar: organisatie',
  ownerName: 'Eigenaar: naam of functie',
  ownerNameHelp: 'Bijvoorbeeld: beleidsadviseur jeugd.',
  owner: 'Eigenaar',
  noOwner: 'Nog geen eigenaar.',
  dueDate: 'Klaar op',
  noDueDate: 'Nog geen datum.',
  overdue: 'Te laat',
  changes: 'Verandert',
  changesNothing: 'Nog niet gekoppeld aan een resultaat of activiteit.',
  changesResult: 'Resultaat: {{name}}',
  changesActivity: 'Activiteit: {{name}}',
  fromReview: 'Uit',
  societalResult: 'Welk maatschappelijk resultaat verandert?',
  activity: 'Welke activiteit verandert?',
  learningReview: 'Uit welk leer- en verbetermoment komt de actie?',
} as const;

addTexts({ learning: learningNl });
