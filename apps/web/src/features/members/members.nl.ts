import { addTexts } from '../../i18n/add-texts';

/** Deelnemers en rollen (B1). */
export const membersNl = {
  title: 'Deelnemers',
  intro: 'Wie werken mee aan dit plan, voor welke organisatie, en met welke rol.',
  introCoordinator:
    'U bent coördinator. U kunt mensen uitnodigen, hun rol veranderen en ze uit het plan halen.',
  tableCaption: 'Deelnemers aan dit plan',
  name: 'Naam',
  email: 'E-mailadres',
  organization: 'Organisatie',
  role: 'Rol',
  since: 'Doet mee sinds',
  actions: 'Wijzigen',
  you: '(u)',
  changeRoleOf: 'Rol van {{name}}',
  roleChanged: 'De rol van {{name}} is nu: {{role}}.',
  remove: 'Uit het plan halen',
  removeLabel: 'Uit het plan halen: {{name}}',
  removeQuestion:
    'Weet u zeker dat u {{name}} uit het plan haalt? Diegene kan het plan daarna niet meer openen.',
  removeConfirm: 'Ja, uit het plan halen',
  removed: '{{name}} doet niet meer mee.',
  lastCoordinator:
    'Een plan heeft altijd minstens één coördinator. Maak eerst iemand anders coördinator.',
  inviteTitle: 'Iemand uitnodigen',
  inviteEmail: 'E-mailadres',
  inviteOrganization: 'Namens welke organisatie',
  inviteRole: 'Rol',
  inviteSubmit: 'Uitnodiging versturen',
  invited: 'De uitnodiging voor {{email}} is verstuurd.',
  invitedNotMailed:
    'De uitnodiging voor {{email}} is gemaakt, maar er is geen mail verstuurd: er is geen mailserver ingesteld. De link staat in het logboek van de server.',
  pendingTitle: 'Openstaande uitnodigingen',
  pendingEmpty: 'Er zijn geen openstaande uitnodigingen.',
  pendingCaption: 'Uitnodigingen die nog niet zijn aangenomen',
  expires: 'Geldig tot',
  invitedBy: 'Uitgenodigd door',
  revoke: 'Intrekken',
  revokeLabel: 'Uitnodiging intrekken: {{email}}',
  revokeQuestion: 'Weet u zeker dat u de uitnodiging voor {{email}} intrekt?',
  revokeConfirm: 'Ja, intrekken',
} as const;

addTexts({ members: membersNl });
