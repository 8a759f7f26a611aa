/** Dutch UI text at B1 level. Components use these keys, never literal text. */
export const nl = {
  app: {
    name: 'OOGO Werkplaats',
    tagline: 'Samen werken aan de ontwikkelagenda',
  },
  shell: {
    skipToContent: 'Naar de inhoud',
    footer: 'OOGO Werkplaats helpt gemeenten, schoolbesturen en partners samen één plan te maken.',
  },
  home: {
    title: 'Welkom bij de OOGO Werkplaats',
    intro:
      'Hier maken gemeenten, schoolbesturen en partners samen de ontwikkelagenda. U werkt in één plan, tegelijk en in zes stappen: de bouwstenen.',
  },
  connection: {
    heading: 'Verbinding',
    checking: 'We maken verbinding met de server…',
    connected: 'Verbonden met de server.',
    databaseUp: 'De database werkt.',
    databaseDown: 'De database werkt nu niet. Uw werk wordt niet opgeslagen.',
    failed: 'Er is geen verbinding met de server.',
    retry: 'Opnieuw proberen',
  },
} as const;

export type Translations = typeof nl;
