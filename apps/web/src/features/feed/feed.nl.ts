import { addTexts } from '../../i18n/add-texts';

/** Wat is er veranderd: the plan's activity feed (B1 Dutch). */
export const feedNl = {
  title: 'Wat is er veranderd',
  intro: 'Hier ziet u wat er in het plan is veranderd, en door wie. Het nieuwste staat bovenaan.',
  filtersTitle: 'Wijzigingen zoeken',
  stage: 'Bouwsteen',
  allStages: 'Alle bouwstenen',
  organization: 'Organisatie',
  allOrganizations: 'Alle organisaties',
  apply: 'Toon wijzigingen',
  clear: 'Filters wissen',
  listTitle: 'Wijzigingen',
  shown_one: 'U ziet {{count}} wijziging.',
  shown_other: 'U ziet {{count}} wijzigingen.',
  shownMore_one: 'U ziet {{count}} wijziging. Er zijn er meer.',
  shownMore_other: 'U ziet {{count}} wijzigingen. Er zijn er meer.',
  empty: 'Er is nog niets veranderd in dit plan.',
  emptyFiltered: 'Er zijn geen wijzigingen die bij deze filters passen.',
  by: 'door {{name}}',
  loadMore: 'Meer laden',
  loadingMore: 'Bezig met laden…',
  end: 'Dit waren alle wijzigingen.',
} as const;

addTexts({ feed: feedNl });
