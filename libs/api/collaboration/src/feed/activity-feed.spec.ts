import { useTestDatabase } from '@oogo/api-core/testing';
import { Plan, planScopedEntities } from '@oogo/api-planning';
import { activityInput, createItem, indicatorInput } from '@oogo/api-planning/testing';
import { STAGE_OF_ITEM } from '@oogo/shared-domain';
import { getMetadataArgsStorage } from 'typeorm';
import { useCollaborationWorld } from '../testing/collaboration-world';
import { FIELD_IN_DUTCH, ITEM_IN_DUTCH } from './feed-vocabulary';

const database = useTestDatabase();

const FEED = `query ($planId: ID!, $filter: ActivityFeedFilter) {
  activityFeed(planId: $planId, filter: $filter) {
    entries { sentence stage entity action changedFields organizationName }
    nextCursor
  }
}`;

interface Feed {
  activityFeed: {
    entries: { sentence: string; stage: string | null; entity: string; organizationName: string }[];
    nextCursor: string | null;
  };
}

describe('activity feed', () => {
  const world = useCollaborationWorld(database, { people: { contributor: 'CONTRIBUTOR' } });

  const feed = async (filter?: Record<string, unknown>) =>
    (await world.contributor.graphql<Feed>(FEED, { planId: world.plan.id, filter })).data
      ?.activityFeed;

  it('tells in Dutch who changed what, newest first', async () => {
    await createItem(
      world.contributor.graphql,
      'Activity',
      activityInput(world.plan.id, {
        name: 'Huiswerkklas',
        executorOrganizationId: world.partner.id,
      }),
    );
    const result = await createItem(world.coordinator.graphql, 'SocietalResult', {
      planId: world.plan.id,
      statement: 'Minder schoolverzuim',
    });
    const indicator = await createItem(
      world.coordinator.graphql,
      'Indicator',
      indicatorInput(world.plan.id),
    );
    const resultIndicator = await createItem(world.coordinator.graphql, 'ResultIndicator', {
      planId: world.plan.id,
      societalResultId: result.id,
      indicatorId: indicator.id,
      baselineValue: 10,
      baselineYear: 2022,
      targetValue: 8,
      targetYear: 2027,
      direction: 'DECREASE',
    });
    await world.coordinator.graphql(
      'mutation ($input: UpdateResultIndicatorInput!) { updateResultIndicator(input: $input) { id } }',
      { input: { id: resultIndicator.id, version: resultIndicator.version, targetValue: 6 } },
    );

    const entries = (await feed())?.entries ?? [];

    expect(entries[0]?.sentence).toMatch(
      /^gemeente \d+ wijzigde de streefwaarde van de resultaatindicator$/i,
    );
    expect(entries.map((entry) => entry.sentence)).toContain(
      `${entries.find((entry) => entry.entity === 'Activity')?.organizationName} voegde de activiteit «Huiswerkklas» toe`,
    );
    expect(entries.find((entry) => entry.entity === 'SocietalResult')?.sentence).toMatch(
      /voegde het maatschappelijk resultaat «Minder schoolverzuim» toe$/,
    );
  });

  it('filters by bouwsteen and by organisation, and pages', async () => {
    const activities = (await feed({ stage: 'ACTIVITIES' }))?.entries ?? [];
    expect(activities.length).toBeGreaterThan(0);
    expect(activities.every((entry) => entry.stage === 'ACTIVITIES')).toBe(true);

    const byPartner = (await feed({ organizationId: world.partner.id }))?.entries ?? [];
    expect(byPartner.map((entry) => entry.entity)).toEqual(['Activity']);

    const firstPage = await feed({ first: 2 });
    const secondPage = await feed({ first: 2, before: firstPage?.nextCursor });
    expect(firstPage?.entries).toHaveLength(2);
    expect(secondPage?.entries[0]).not.toEqual(firstPage?.entries[1]);
  });

  it('is for members only, and checks its filter', async () => {
    const outsider = await world.outsider();
    const refused = await outsider.graphql(FEED, { planId: world.plan.id });
    const badCursor = await world.contributor.graphql(FEED, {
      planId: world.plan.id,
      filter: { before: 'x' },
    });

    expect(refused.errors?.[0]?.extensions['code']).toBe('NOT_FOUND');
    expect(badCursor.errors?.[0]?.extensions['code']).toBe('BAD_USER_INPUT');
  });

  it('has Dutch words for every kind of item and every field people can change', () => {
    const bookkeeping = new Set(['id', 'planId', 'version', 'createdAt', 'updatedAt']);
    const entities = [Plan, ...planScopedEntities];
    const fields = getMetadataArgsStorage()
      .columns.filter((column) => entities.includes(column.target as never))
      .map((column) => column.propertyName)
      .filter((field) => !bookkeeping.has(field));

    expect(fields.filter((field) => !FIELD_IN_DUTCH[field])).toEqual([]);
    expect(Object.keys(STAGE_OF_ITEM).filter((entity) => !ITEM_IN_DUTCH[entity])).toEqual([]);
  });
});
