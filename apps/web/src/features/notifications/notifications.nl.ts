/** Meldingen: iemand noemde u, of antwoordde in een gesprek waar u aan meedoet (B1). */
export const notificationsNl = {
  link: 'Meldingen',
  unread_one: '{{count}} ongelezen melding',
  unread_other: '{{count}} ongelezen meldingen',
  title: 'Meldingen',
  intro:
    'Hier ziet u wanneer iemand u noemt in een reactie, of antwoordt in een gesprek waar u aan meedoet.',
  empty: 'U heeft nog geen meldingen.',
  list: 'Uw meldingen, de nieuwste eerst',
  kind: {
    MENTION: '{{name}} noemde u in een reactie',
    REPLY: '{{name}} antwoordde in een gesprek waar u aan meedoet',
  },
  onStage: '{{plan}} – bouwsteen {{stage}}',
  onItem: '{{plan}} – bouwsteen {{stage}}, bij een {{itemType}}',
  open: 'Lees de reactie',
  markRead: 'Markeren als gelezen',
  from: 'melding van {{name}}',
  markAllRead: 'Alles markeren als gelezen',
  markedRead: 'De melding is gemarkeerd als gelezen.',
  allMarkedRead: 'Alle meldingen zijn gemarkeerd als gelezen.',
  unreadLabel: 'Nieuw',
  readLabel: 'Gelezen',
  live: 'Nieuwe melding: {{text}}.',
  someone: 'Iemand',
} as const;
