import { addTexts } from '../../i18n/add-texts';

/** Akkoord en versies: status, besluiten, vaststellen, vastgestelde versies (B1 Dutch). */
export const workflowNl = {
  title: 'Akkoord en versies',
  intro:
    'Hier ziet u hoe ver het plan is. De gemeenten en schoolbesturen geven akkoord of maken bezwaar. Zijn ze allemaal akkoord? Dan stelt de coördinator het plan vast.',
  status: {
    title: 'Status van het plan',
    current: 'Het plan is nu:',
    explain: {
      DRAFT:
        'Het plan is nog een concept. Is het klaar? Dan brengt de coördinator het in OOGO-overleg.',
      IN_CONSULTATION:
        'Het plan ligt voor bij de gemeenten en schoolbesturen. Zij geven akkoord of maken bezwaar.',
      ADOPTED:
        'Het plan is vastgesteld. Verandert iemand iets in het plan? Dan wordt het weer een concept, en begint een nieuwe ronde.',
    },
    coordinatorOnly: 'Alleen de coördinator van het plan kan de status veranderen.',
    action: {
      IN_CONSULTATION: 'In OOGO-overleg brengen',
      DRAFT: 'Terugzetten naar concept',
      ADOPT: 'Plan vaststellen',
    },
    cannotAdoptYet:
      'Vaststellen kan pas als alle gemeenten en schoolbesturen akkoord zijn met het plan zoals het nu is.',
    confirm: {
      IN_CONSULTATION: {
        title: 'Plan in OOGO-overleg brengen?',
        text: 'De gemeenten en schoolbesturen kunnen dan akkoord geven of bezwaar maken.',
        yes: 'Ja, in overleg brengen',
      },
      DRAFT: {
        title: 'Plan terugzetten naar concept?',
        text: 'Niemand kan dan nog akkoord geven. Besluiten die al gegeven zijn, blijven staan zolang niemand de tekst verandert.',
        yes: 'Ja, terugzetten',
      },
      ADOPT: {
        title: 'Plan vaststellen?',
        text: 'Het plan wordt versie {{number}}. Die versie blijft altijd zoals hij nu is. Verandert iemand daarna iets, dan begint een nieuwe ronde.',
        yes: 'Ja, vaststellen',
      },
      cancel: 'Annuleren',
    },
    done: {
      IN_CONSULTATION: 'Het plan is nu in OOGO-overleg.',
      DRAFT: 'Het plan is weer een concept.',
      ADOPT: 'Het plan is vastgesteld als versie {{number}}.',
    },
    conflict:
      'Iemand anders heeft het plan net veranderd. We hebben de nieuwste stand geladen. Kijk of u het nog steeds wilt.',
    forbidden: 'Alleen de coördinator van het plan mag dit doen.',
    notAgreed:
      'Nog niet alle gemeenten en schoolbesturen zijn akkoord met het plan zoals het nu is. We wachten nog op: {{names}}.',
    notPossible: 'Dit kan nu niet. We hebben de nieuwste stand geladen.',
  },
  parties: {
    title: 'Besluiten van gemeenten en schoolbesturen',
    intro:
      'Elke gemeente en elk schoolbestuur in het plan beslist mee. Partners geven geen akkoord.',
    none: 'Er doen geen gemeenten of schoolbesturen mee aan dit plan. Daarom kan niemand akkoord geven.',
    agreedCount: '{{agreed}} van {{total}} akkoord',
    waitingFor: 'We wachten nog op: {{names}}.',
    allAgreed:
      'Alle gemeenten en schoolbesturen zijn akkoord. De coördinator kan het plan vaststellen.',
    adopted:
      'Het plan is vastgesteld. De besluiten waarop het rust, staan bij de vastgestelde versie.',
    givenBy: 'Door {{name}} op {{date}}',
    givenOn: 'Op {{date}}',
    reason: 'Reden van het bezwaar',
    noDecision: 'Deze organisatie heeft nog geen besluit gegeven.',
    /** The badge of a party's state; STALE_OBJECTION: an objection to an older text. */
    state: {
      AGREED: 'Akkoord',
      OBJECTED: 'Bezwaar',
      STALE: 'Akkoord op oudere tekst',
      STALE_OBJECTION: 'Bezwaar op oudere tekst',
      WAITING: 'Nog geen besluit',
    },
    stale:
      'Deze organisatie gaf akkoord op een oudere tekst. Daarna is het plan veranderd. Daarom moet zij opnieuw akkoord geven.',
    staleObjection:
      'Deze organisatie maakte bezwaar tegen een oudere tekst. Daarna is het plan veranderd. Zij kan kijken of het bezwaar nog geldt, en opnieuw een besluit geven.',
    changesSince_one: 'Wat is er veranderd sinds dit besluit? ({{count}} wijziging)',
    changesSince_other: 'Wat is er veranderd sinds dit besluit? ({{count}} wijzigingen)',
    changesSinceMore:
      'Dit zijn de laatste {{count}} wijzigingen. Alles staat bij "Wat is er veranderd".',
  },
  onlyCoordinatorChangesStatus:
    'Alleen de coördinator van het plan verandert de status en stelt het plan vast.',
  notADecider:
    'U geeft hier geen besluit. Dat doen bewerkers en coördinatoren namens een gemeente of schoolbestuur.',
  decision: {
    title: 'Besluit geven',
    intro:
      'Geef hier het besluit van uw organisatie. Dat kan als u bewerker of coördinator bent en meedoet namens een gemeente of schoolbestuur. Een nieuw besluit vervangt het vorige.',
    notInConsultation:
      'U kunt nu geen besluit geven. Dat kan pas als de coördinator het plan in OOGO-overleg brengt.',
    organization: 'Namens welke organisatie?',
    decision: 'Uw besluit',
    agree: 'Akkoord',
    agreeHelp: 'U bent het eens met het plan zoals het nu is.',
    object: 'Bezwaar',
    objectHelp: 'U bent het (nog) niet eens met het plan. Schrijf op waarom.',
    reason: 'Waarom maakt u bezwaar?',
    reasonHelp: 'Alle deelnemers kunnen dit lezen. Gebruik hoogstens {{max}} tekens.',
    submit: 'Besluit opslaan',
    submitting: 'Bezig met opslaan…',
    saved: 'Het besluit van {{organization}} is opgeslagen: {{decision}}.',
    forbidden:
      'U mag geen besluit geven namens {{organization}}. Dat kan alleen een bewerker of coördinator die namens deze organisatie meedoet aan het plan.',
    notADecider: 'Deze organisatie kan geen besluit geven over dit plan.',
    notInConsultationAnymore:
      'Het plan is niet meer in OOGO-overleg. We hebben de nieuwste stand geladen.',
  },
  versions: {
    title: 'Vastgestelde versies',
    intro:
      'Elke keer dat het plan wordt vastgesteld, bewaren we die versie. Een vastgestelde versie verandert nooit meer.',
    empty: 'Er is nog geen vastgestelde versie van dit plan.',
    name: 'Versie {{number}}',
    adopted: 'Vastgesteld op {{date}}',
    adoptedBy: 'Vastgesteld op {{date}} door {{name}}',
    view: 'Bekijk versie {{number}}',
    compareTitle: 'Versies vergelijken',
    compareIntro:
      'Kies twee versies. Dan ziet u per bouwsteen wat er is toegevoegd, veranderd en weggehaald.',
    from: 'Oude versie',
    to: 'Nieuwe versie',
    current: 'Het plan zoals het nu is',
    compare: 'Vergelijken',
    sameVersion: 'Kies twee verschillende versies.',
  },
  snapshot: {
    back: 'Terug naar akkoord en versies',
    readOnly: 'Dit is een vastgestelde versie. U kunt hem alleen lezen.',
    notFound: 'Deze versie bestaat niet (meer).',
    planTitle: 'Titel',
    period: 'Periode',
    participants: 'Deelnemende organisaties',
    description: 'Beschrijving',
    approvalsTitle: 'Akkoord gegeven door',
    approval: '{{organization}}: {{decision}}',
    approvalBy: 'door {{name}} op {{date}}',
    noApprovals: 'Bij deze versie zijn geen besluiten bewaard.',
    stageEmpty: 'Er stond niets in deze bouwsteen.',
    itemCount: '{{type}} ({{count}})',
  },
  compare: {
    title: 'Versies vergelijken',
    heading: '{{from}} en {{to}}',
    back: 'Terug naar akkoord en versies',
    choose: 'Kies twee versies om te vergelijken.',
    current: 'het plan zoals het nu is',
    planChanged: 'Veranderd aan het plan zelf: {{fields}}.',
    noDifferences: 'Er zijn geen verschillen tussen deze versies.',
    stageSummary: '{{added}} toegevoegd, {{changed}} veranderd, {{removed}} weggehaald',
    stageSame: 'Geen verschillen.',
    added: 'Toegevoegd',
    changed: 'Veranderd',
    removed: 'Weggehaald',
    changedFields: '{{fields}} veranderd',
    notFound: 'Een van deze versies bestaat niet (meer). Kies opnieuw.',
  },
  decisionWord: {
    AGREE: 'akkoord',
    OBJECT: 'bezwaar',
  },
} as const;

addTexts({ workflow: workflowNl });
