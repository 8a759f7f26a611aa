import { AccessModule } from '@oogo/api-access';
import { signIn } from '@oogo/api-access/testing';
import { startTestApi, TestApi, useTestDatabase } from '@oogo/api-core/testing';
import { PlanningModule } from '../planning.module';
import {
  activityInput,
  createItem,
  createPlan,
  indicatorInput,
  mutate,
  Ref,
} from '../testing/plan-factory';
import {
  adopt,
  codeOf,
  everyoneAgrees,
  joinTable,
  moveTo,
  OogoTable,
  planVersion,
  setUpOogoTable,
} from './testing/oogo-table';

const database = useTestDatabase();

const COMPARE = `query ($planId: ID!, $from: ID!, $to: ID) {
  comparePlanVersions(planId: $planId, from: $from, to: $to) {
    from { number } to { number }
    planChangedFields
    stages {
      stage
      added { itemType itemId label changedFields }
      changed { itemType itemId label changedFields }
      removed { itemType itemId label changedFields }
    }
  }
}`;

interface Compared {
  itemType: string;
  itemId: string;
  label: string | null;
  changedFields: string[];
}

interface Comparison {
  from: { number: number };
  to: { number: number } | null;
  planChangedFields: string[];
  stages: { stage: string; added: Compared[]; changed: Compared[]; removed: Compared[] }[];
}

describe('comparing plan versions', () => {
  let api: TestApi;
  let table: OogoTable;
  let first: string;
  let second: string;
  let kept: Ref;
  let removed: Ref;
  let added: Ref;
  let indicator: Ref;
  let analysis: Ref;
  let signal: Ref;
  let qualityCheck: Ref;

  const update = async (type: string, item: Ref, fields: Record<string, unknown>) => {
    const data = await mutate<Record<string, Ref>>(
      table.coordinator.graphql,
      `mutation ($input: Update${type}Input!) { item: update${type}(input: $input) { id version } }`,
      { input: { id: item.id, version: item.version, ...fields } },
    );
    return data['item'] as Ref;
  };

  const adoptNow = async () => {
    await moveTo(table, 'IN_CONSULTATION');
    await everyoneAgrees(table);
    const response = await adopt(table);
    expect(response.errors).toBeUndefined();
    return response.data?.adoptPlan.snapshot.id as string;
  };

  const compare = async (from: string, to: string | null) => {
    const response = await table.coordinator.graphql<{ comparePlanVersions: Comparison }>(COMPARE, {
      planId: table.plan.id,
      from,
      to,
    });
    expect(response.errors).toBeUndefined();
    return response.data?.comparePlanVersions as Comparison;
  };

  const stage = (comparison: Comparison, name: string) =>
    comparison.stages.find((each) => each.stage === name);

  beforeAll(async () => {
    api = await startTestApi(database.url, [AccessModule, PlanningModule]);
    table = await setUpOogoTable(api.url, database.url);
    const graphql = table.coordinator.graphql;
    indicator = await createItem(graphql, 'Indicator', indicatorInput(table.plan.id));
    analysis = await createItem(graphql, 'Analysis', { planId: table.plan.id, theme: 'Verzuim' });
    kept = await createItem(graphql, 'Activity', activityInput(table.plan.id, { name: 'VVE' }));
    removed = await createItem(
      graphql,
      'Activity',
      activityInput(table.plan.id, { name: 'Huiswerkklas' }),
    );
    first = await adoptNow();

    // Between version 1 and 2: one activity renamed, one removed, one added; a signal added;
    // an analysis linked to an indicator; the plan renamed.
    kept = await update('Activity', kept, { name: 'Voor- en vroegschoolse educatie' });
    await mutate(
      graphql,
      'mutation ($input: ItemVersionInput!) { deleteActivity(input: $input) }',
      { input: removed },
    );
    added = await createItem(
      graphql,
      'Activity',
      activityInput(table.plan.id, { name: 'Schoolmaatschappelijk werk' }),
    );
    signal = await createItem(graphql, 'Signal', {
      planId: table.plan.id,
      title: 'Meer thuiszitters',
    });
    analysis = await update('Analysis', analysis, { indicatorIds: [indicator.id] });
    await mutate(
      graphql,
      'mutation ($input: UpdatePlanInput!) { updatePlan(input: $input) { id } }',
      {
        input: {
          id: table.plan.id,
          version: await planVersion(graphql, table.plan.id),
          title: 'Ontwikkelagenda Testveen, tweede versie',
        },
      },
    );
    second = await adoptNow();

    // After version 2, not adopted: a quality check.
    qualityCheck = await createItem(graphql, 'QualityCheck', {
      planId: table.plan.id,
      activityId: kept.id,
      requirement: 'REPORTING_CODE',
      perspective: 'PROVIDER',
    });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('reports what was added, changed and removed per bouwsteen between two adopted versions', async () => {
    const comparison = await compare(first, second);

    expect(comparison.from).toEqual({ number: 1 });
    expect(comparison.to).toEqual({ number: 2 });
    expect(comparison.planChangedFields).toEqual(['title']);
    expect(comparison.stages.map((each) => each.stage)).toEqual([
      'YOUTH_SITUATION',
      'SOCIETAL_RESULTS',
      'ACTIVITIES',
      'QUALITY',
      'OUTCOMES',
      'LEARNING',
    ]);
    expect(stage(comparison, 'ACTIVITIES')).toEqual({
      stage: 'ACTIVITIES',
      added: [
        {
          itemType: 'Activity',
          itemId: added.id,
          label: 'Schoolmaatschappelijk werk',
          changedFields: [],
        },
      ],
      changed: [
        {
          itemType: 'Activity',
          itemId: kept.id,
          label: 'Voor- en vroegschoolse educatie',
          changedFields: ['name'],
        },
      ],
      removed: [
        { itemType: 'Activity', itemId: removed.id, label: 'Huiswerkklas', changedFields: [] },
      ],
    });
    expect(stage(comparison, 'YOUTH_SITUATION')).toEqual({
      stage: 'YOUTH_SITUATION',
      added: [expect.objectContaining({ itemType: 'Signal', itemId: signal.id })],
      changed: [
        expect.objectContaining({
          itemType: 'Analysis',
          itemId: analysis.id,
          changedFields: ['indicatorIds'],
        }),
      ],
      removed: [],
    });
    for (const unchanged of ['SOCIETAL_RESULTS', 'QUALITY', 'OUTCOMES', 'LEARNING']) {
      expect(stage(comparison, unchanged)).toEqual({
        stage: unchanged,
        added: [],
        changed: [],
        removed: [],
      });
    }
  });

  it('reports what changed since an adopted version in the plan as it is now', async () => {
    const sinceSecond = await compare(second, null);

    expect(sinceSecond.to).toBeNull();
    expect(sinceSecond.planChangedFields).toEqual([]);
    expect(
      sinceSecond.stages.filter(
        (each) => each.added.length + each.changed.length + each.removed.length > 0,
      ),
    ).toEqual([
      {
        stage: 'QUALITY',
        added: [expect.objectContaining({ itemType: 'QualityCheck', itemId: qualityCheck.id })],
        changed: [],
        removed: [],
      },
    ]);

    const sinceFirst = await compare(first, null);
    expect(stage(sinceFirst, 'ACTIVITIES')?.added.map((item) => item.itemId)).toEqual([added.id]);
    expect(stage(sinceFirst, 'QUALITY')?.added).toHaveLength(1);
  });

  it('compares within one plan only, for its members only', async () => {
    const viewer = await joinTable(table, api.url, database.url, table.partner, 'VIEWER');
    expect(codeOf(await viewer.graphql(COMPARE, { planId: table.plan.id, from: first }))).toBe(
      'OK',
    );

    const outsider = await signIn(api.url, database.url);
    expect(
      codeOf(await outsider.graphql(COMPARE, { planId: table.plan.id, from: first, to: second })),
    ).toBe('NOT_FOUND');

    const otherPlan = await createPlan(table.coordinator.graphql);
    expect(
      codeOf(
        await table.coordinator.graphql(COMPARE, {
          planId: otherPlan.id,
          from: first,
          to: second,
        }),
      ),
    ).toBe('NOT_FOUND');

    const malformed = await table.coordinator.graphql(COMPARE, {
      planId: table.plan.id,
      from: 'versie-1',
    });
    expect(codeOf(malformed)).toBe('BAD_USER_INPUT');
  });
});
