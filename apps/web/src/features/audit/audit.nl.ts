import { addTexts } from '../../i18n/add-texts';

/** Logboek: the plan's audit trail, for the coordinator (B1 Dutch). */
export const auditNl = {
  title: 'Logboek',
  intro:
    'In het logboek staat elke verandering in dit plan: wie, wanneer, namens welke organisatie, wat er eerst stond en wat het werd. Niemand kan het logboek veranderen. Alleen de coördinator kan het lezen.',
  forbidden: 'Alleen de coördinator van het plan kan het logboek lezen.',
  empty: 'Het logboek is nog leeg.',
  listTitle: 'Veranderingen',
  what: '{{item}} {{action}}',
  unknownPerson: 'Onbekend',
  forOrganization: 'namens {{organization}}',
  changesCaption: 'Wat er veranderde',
  field: 'Veld',
  before: 'Was',
  after: 'Werd',
  noFieldChanges: 'Geen velden veranderd.',
  requestId: 'Verzoeknummer: {{id}}',
  emptyValue: '(leeg)',
  yes: 'ja',
  no: 'nee',
  shown_one: 'U ziet {{count}} regel.',
  shown_other: 'U ziet {{count}} regels.',
  shownMore_one: 'U ziet {{count}} regel. Er zijn er meer.',
  shownMore_other: 'U ziet {{count}} regels. Er zijn er meer.',
  loadMore: 'Meer laden',
  loadingMore: 'Bezig met laden…',
  end: 'Dit is het begin van het logboek.',
} as const;

addTexts({ audit: auditNl });
