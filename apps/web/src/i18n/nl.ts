import { VOCABULARY_NL } from '@oogo/shared-domain';
import { commentsNl } from '../features/comments/comments.nl';
import { notificationsNl } from '../features/notifications/notifications.nl';

/**
 * Dutch UI text at B1 level. Components use these keys, never literal text. The texts every
 * page needs are here; a feature's own texts live in a `*.nl.ts` beside it and are added when
 * its page's chunk loads (`addTexts`), so the first page does not carry all of them.
 */
export const nl = {
  app: {
    name: 'OOGO Werkplaats',
    tagline: 'Samen werken aan de ontwikkelagenda',
  },
  shell: {
    skipToContent: 'Naar de inhoud',
    footer: 'OOGO Werkplaats helpt gemeenten, schoolbesturen en partners samen één plan te maken.',
    mainNavigation: 'Hoofdmenu',
    myPlans: 'Mijn plannen',
    signedInAs: 'Ingelogd als {{name}}',
    logout: 'Uitloggen',
    loggingOut: 'Bezig met uitloggen…',
    pageTitle: '{{page}} – OOGO Werkplaats',
    notFoundTitle: 'Deze pagina bestaat niet',
    notFoundText: 'Misschien is de link oud of verkeerd getypt.',
    toMyPlans: 'Naar mijn plannen',
  },
  connection: {
    checking: 'We maken verbinding met de server…',
    connected: 'Verbonden met de server.',
    databaseUp: 'De database werkt.',
    databaseDown: 'De database werkt nu niet. Uw werk wordt niet opgeslagen.',
    failed: 'Er is geen verbinding met de server.',
    retry: 'Opnieuw proberen',
  },
  states: {
    loading: 'Bezig met laden…',
    saving: 'Bezig met opslaan…',
    saved: 'Opgeslagen.',
    errorTitle: 'Er ging iets mis',
    retry: 'Opnieuw proberen',
    offline: 'Er is geen verbinding met de server. Probeer het zo opnieuw.',
  },
  errors: {
    UNAUTHENTICATED: 'U bent niet (meer) ingelogd. Log opnieuw in.',
    FORBIDDEN: 'U mag dit niet doen in dit plan.',
    NOT_FOUND: 'Dit bestaat niet (meer), of u mag het niet zien.',
    BAD_USER_INPUT: 'Niet alles is goed ingevuld. Kijk naar de meldingen bij de velden.',
    CONFLICT: 'Iemand anders heeft dit net veranderd.',
    RATE_LIMITED: 'Te veel pogingen. Wacht een kwartier en probeer het dan opnieuw.',
    INTERNAL: 'Er ging iets mis op de server. Uw invoer staat nog in het formulier.',
    network: 'Er is geen verbinding met de server. Uw invoer staat nog in het formulier.',
    unknown: 'Er ging iets mis. Probeer het opnieuw.',
  },
  validation: {
    required: 'Vul dit veld in.',
    email: 'Vul een geldig e-mailadres in, zoals naam@gemeente.nl.',
    tooLong: 'Gebruik hoogstens {{max}} tekens.',
    tooShort: 'Gebruik minstens {{min}} tekens.',
    number: 'Vul een getal in.',
    year: 'Vul een jaartal in tussen {{min}} en {{max}}.',
    choose: 'Maak een keuze.',
    between: 'Vul een getal in van {{min}} tot en met {{max}}.',
    atLeast: 'Vul een getal in van minstens {{min}}.',
    atMost: 'Vul een getal in van hoogstens {{max}}.',
    period:
      'Vul een jaar (2024), kwartaal (2024KW01) of maand (2024MM03) in, van 1990 tot en met 2100.',
    url: 'Vul een webadres in, zoals https://www.nji.nl.',
    samePlan: 'Kies iets uit dit plan.',
    alreadyExists: 'Dit bestaat al in het plan. Kies iets anders.',
    stillUsed: 'Dit wordt nog gebruikt in het plan. Pas dat eerst aan.',
    serverRule: 'Deze waarde past niet bij de regels van het plan.',
    chooseAtLeastOne: 'Kies er minstens één.',
    date: 'Vul een datum in, bijvoorbeeld 31-12-2025.',
    areaCode: 'Vul een CBS-gemeentecode in, zoals GM0363, of NL01 voor heel Nederland.',
    alreadyExistsTogether: 'Deze combinatie bestaat al: {{fields}}. Verander er één.',
    and: 'en',
  },
  editing: {
    save: 'Opslaan',
    cancel: 'Annuleren',
    edit: 'Bewerken',
    add: 'Toevoegen',
    delete: 'Verwijderen',
    deleteQuestion: 'Weet u zeker dat u “{{name}}” wilt verwijderen?',
    deleteConfirm: 'Ja, verwijderen',
    keep: 'Nee, niet doen',
    optional: 'niet verplicht',
    none: '— Geen —',
    nothingToChoose: 'Er is nog niets om uit te kiezen.',
    saved: 'Opgeslagen.',
    undo: 'Ongedaan maken',
    undone: 'Uw wijziging is teruggedraaid.',
    alsoEditing: '{{names}} bewerkt dit nu',
    someoneElse: 'iemand anders',
    mergedNotice:
      'Iemand anders heeft ook iets veranderd, in andere velden. Beide wijzigingen zijn bewaard.',
    conflictTitle: 'Twee mensen veranderden hetzelfde.',
    conflictText:
      '{{name}} heeft dit om {{at}} al opgeslagen. Uw wijziging is nog niet opgeslagen. Kies per veld wat het wordt.',
    yourVersion: 'Uw versie',
    theirVersion: 'Versie van {{name}}',
    choice: {
      mine: 'Mijn versie houden',
      theirs: 'Hun versie nemen',
      combined: 'Samenvoegen: beide teksten, zelf aanpassen',
    },
    combinedText: 'Samengevoegde tekst',
    saveChoices: 'Opslaan met deze keuzes',
    discardMine: 'Mijn wijziging weggooien',
    forbidden:
      'U mag dit niet veranderen. Een bijdrager verandert alleen wat van de eigen organisatie is; een lezer verandert niets. Vraag een bewerker of de coördinator, of laat een reactie achter.',
    changedMeanwhile:
      'Iemand anders heeft dit net opgeslagen. Sla gewoon op: wat u allebei veranderde, ziet u dan naast elkaar.',
  },
  stages: {
    comingSoon: 'Deze bouwsteen kunt u hier binnenkort bekijken en bewerken.',
    onThisPage: 'Op deze pagina',
  },
  comments: commentsNl,
  notifications: notificationsNl,
  presence: {
    inPlan: 'Nu in dit plan',
    onStage: 'Nu bij deze bouwsteen',
  },
  auth: {
    loginTitle: 'Inloggen',
    loginIntro: 'Log in om aan de ontwikkelagenda van uw regio te werken.',
    email: 'E-mailadres',
    password: 'Wachtwoord',
    submit: 'Inloggen',
    submitting: 'Bezig met inloggen…',
    failed: 'Het e-mailadres of het wachtwoord klopt niet.',
    or: 'of',
    singleSignOn: 'Inloggen met uw organisatie',
    singleSignOnFailed:
      'Inloggen met uw organisatie is niet gelukt. Probeer het opnieuw of log in met uw wachtwoord.',
    invitationTitle: 'Uitnodiging aannemen',
    invitationIntro: 'U bent uitgenodigd om mee te werken aan een ontwikkelagenda.',
    invitationNewAccount:
      'Heeft u nog geen account? Vul dan uw naam en een wachtwoord in. Heeft u al een account? Log dan eerst in.',
    displayName: 'Uw naam',
    displayNameHelp: 'Zo zien anderen u in het plan.',
    newPassword: 'Kies een wachtwoord',
    newPasswordHelp: 'Minstens 12 tekens.',
    accept: 'Uitnodiging aannemen',
    accepting: 'Bezig…',
    invitationInvalid:
      'Deze uitnodiging is niet (meer) geldig. Vraag de coördinator om een nieuwe.',
    signedInAccept: 'U bent ingelogd als {{name}}. Neem de uitnodiging aan met dit account.',
  },
  plans: {
    title: 'Mijn plannen',
    intro: 'Dit zijn de ontwikkelagenda’s waar u aan meewerkt.',
    empty:
      'U werkt nog niet mee aan een plan. Vraag de coördinator van uw regio om een uitnodiging.',
    period: '{{start}}–{{end}}',
    participants: 'Wie doen mee',
    status: 'Status',
    region: 'Regio',
    open: 'Open {{title}}',
  },
  vocabulary: VOCABULARY_NL,
  plan: {
    navigation: 'Onderdelen van het plan',
    notFound: 'Dit plan bestaat niet, of u doet er niet aan mee.',
    kompas: 'Kompas',
    traceability: 'Samenhang',
    workflow: 'Akkoord en versies',
    members: 'Deelnemers',
    feed: 'Wat is er veranderd',
    auditTrail: 'Logboek',
    yourRole: 'Uw rol: {{role}} namens {{organization}}',
    stageNumber: 'Bouwsteen {{number}}',
    kompasTitle: 'Kompas',
    kompasIntro:
      'De zes bouwstenen van de ontwikkelagenda, van de staat van de jeugd tot leren en verbeteren. Per bouwsteen ziet u hoe ver het plan is.',
    completeness: '{{score}}% af',
    completenessLabel: 'Hoe ver: {{score}} van de 100',
    reasonMet: 'Klaar',
    reasonOpen: 'Nog niet klaar',
    reasonCount: '{{count}} van {{total}}',
    gaps_one: '{{count}} knelpunt',
    gaps_other: '{{count}} knelpunten',
    noGaps: 'Geen knelpunten',
    openComments_one: '{{count}} open reactie',
    openComments_other: '{{count}} open reacties',
    toStage: 'Naar {{stage}}',
    gapsTitle: 'Waar de keten breekt',
    gapsEmpty: 'De keten is heel: geen knelpunten gevonden.',
    statusTitle: 'Status en akkoord',
    agreedCount: '{{agreed}} van {{total}} partijen akkoord',
    waitingFor: 'Wacht nog op: {{names}}',
    canAdopt: 'Alle partijen zijn akkoord. De coördinator kan het plan vaststellen.',
    participants: 'Deelnemende organisaties',
  },
} as const;

/** The texts added by the features' chunks; typed here so a wrong key is a type error anywhere. */
export interface FeatureTexts {
  youthSituation: typeof import('../features/stages/youth-situation/youth-situation.nl').youthSituationNl;
  societalResults: typeof import('../features/stages/societal-results/societal-results.nl').societalResultsNl;
  members: typeof import('../features/members/members.nl').membersNl;
  perActivity: typeof import('../features/stages/per-activity/per-activity.nl').perActivityNl;
  activities: typeof import('../features/stages/activities/activities.nl').activitiesNl;
  quality: typeof import('../features/stages/quality/quality.nl').qualityNl;
  outcomes: typeof import('../features/stages/outcomes/outcomes.nl').outcomesNl;
  learning: typeof import('../features/stages/learning/learning.nl').learningNl;
  fourQuestions: typeof import('../features/stages/four-questions/four-questions.nl').fourQuestionsNl;
  items: typeof import('../features/workflow/items.nl').itemsNl;
  workflow: typeof import('../features/workflow/workflow.nl').workflowNl;
  agendaExport: typeof import('../features/agenda-export/agenda-export.nl').agendaExportNl;
  feed: typeof import('../features/feed/feed.nl').feedNl;
  audit: typeof import('../features/audit/audit.nl').auditNl;
  traceability: typeof import('../features/traceability/traceability.nl').traceabilityNl;
  organizationData: typeof import('../features/organization-data/organization-data.nl').organizationDataNl;
  figureImport: typeof import('../features/figure-import/figure-import.nl').figureImportNl;
}

export type Translations = typeof nl & FeatureTexts;
