import { AccessModule } from '@oogo/api-access';
import { signIn } from '@oogo/api-access/testing';
import { startTestApi, TestApi, useTestDatabase } from '@oogo/api-core/testing';
import { Client } from 'pg';
import { PlanningModule } from '../planning.module';
import { activityInput, createItem, mutate, Ref } from '../testing/plan-factory';
import {
  adopt,
  codeOf,
  everyoneAgrees,
  joinTable,
  moveTo,
  OogoTable,
  planStatus,
  planVersion,
  recordApproval,
  setUpOogoTable,
} from './testing/oogo-table';

const database = useTestDatabase();

const activitiesOf = (graph: Graph) =>
  graph.stages.find((stage) => stage.stage === 'ACTIVITIES')?.items['Activity'];

const SNAPSHOT = `query ($planId: ID!, $id: ID!) {
  planSnapshot(planId: $planId, id: $id) { id number adoptedAt adoptedByName graph }
}`;

interface Graph {
  plan: { title: string; participantIds: string[] };
  stages: { stage: string; items: Record<string, { id: string; name?: string }[]> }[];
  approvals: { organizationId: string; decision: string }[];
}

describe('adopting a plan (vaststellen)', () => {
  let api: TestApi;
  let table: OogoTable;
  let sql: Client;
  let activity: Ref;
  let firstSnapshot: { id: string; number: number };

  beforeAll(async () => {
    api = await startTestApi(database.url, [AccessModule, PlanningModule]);
    table = await setUpOogoTable(api.url, database.url);
    sql = new Client({ connectionString: database.url });
    await sql.connect();
    activity = await createItem(
      table.coordinator.graphql,
      'Activity',
      activityInput(table.plan.id, { name: 'Voorschoolse educatie' }),
    );
  });

  afterAll(async () => {
    await sql?.end();
    await api?.close();
  });

  const readSnapshot = async (id: string) => {
    const response = await table.coordinator.graphql<{
      planSnapshot: { id: string; number: number; adoptedByName: string; graph: Graph };
    }>(SNAPSHOT, { planId: table.plan.id, id });
    expect(response.errors).toBeUndefined();
    return response.data?.planSnapshot as {
      id: string;
      number: number;
      adoptedByName: string;
      graph: Graph;
    };
  };

  it('refuses a plan that is not in consultation', async () => {
    const response = await adopt(table);

    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(/in consultation/);
  });

  it('refuses while a party has not agreed, naming who and why', async () => {
    await moveTo(table, 'IN_CONSULTATION');
    await recordApproval(table.schoolbestuurEditor.graphql, {
      planId: table.plan.id,
      organizationId: table.schoolbestuur.id,
      decision: 'AGREE',
    });
    await recordApproval(table.otherGemeenteEditor.graphql, {
      planId: table.plan.id,
      organizationId: table.otherGemeente.id,
      decision: 'OBJECT',
      reason: 'Te weinig aandacht voor thuiszitters.',
    });

    const response = await adopt(table);

    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions['waitingFor']).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ organizationId: table.gemeente.id, state: 'WAITING' }),
        expect.objectContaining({ organizationId: table.otherGemeente.id, state: 'OBJECTED' }),
      ]),
    );
    expect(response.errors?.[0]?.extensions['waitingFor']).toHaveLength(2);
    expect(await planStatus(table.coordinator.graphql, table.plan.id)).toBe('IN_CONSULTATION');
  });

  it('refuses while an agreement is stale: the text changed after it', async () => {
    await everyoneAgrees(table);
    await mutate(
      table.schoolbestuurEditor.graphql,
      'mutation ($input: UpdateActivityInput!) { updateActivity(input: $input) { id } }',
      { input: { ...activity, description: 'Voor peuters vanaf 2,5 jaar.' } },
    );
    activity = { ...activity, version: activity.version + 1 };

    const response = await adopt(table);

    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(/agreed to an earlier text/);
    expect(response.errors?.[0]?.extensions['waitingFor']).toHaveLength(3);
  });

  it('is for the coordinator, with the current version', async () => {
    await everyoneAgrees(table);
    const version = await planVersion(table.coordinator.graphql, table.plan.id);
    const input = { planId: table.plan.id, version };
    const adoptAs = (graphql: typeof table.coordinator.graphql) =>
      graphql('mutation ($input: AdoptPlanInput!) { adoptPlan(input: $input) { plan { id } } }', {
        input,
      });

    expect(codeOf(await adoptAs(table.schoolbestuurEditor.graphql))).toBe('FORBIDDEN');
    expect(codeOf(await adoptAs((await signIn(api.url, database.url)).graphql))).toBe('NOT_FOUND');
    expect(codeOf(await adopt(table, version - 1))).toBe('CONFLICT');
  });

  it('freezes the whole plan as version 1 once everyone agrees', async () => {
    const version = await planVersion(table.coordinator.graphql, table.plan.id);
    const response = await adopt(table, version);

    expect(response.errors).toBeUndefined();
    expect(response.data?.adoptPlan.plan).toEqual({ status: 'ADOPTED', version: version + 1 });
    firstSnapshot = response.data?.adoptPlan.snapshot as { id: string; number: number };
    expect(firstSnapshot.number).toBe(1);

    const { data } = await table.coordinator.graphql<{
      planSnapshots: { id: string; number: number; adoptedByName: string | null }[];
    }>('query ($id: ID!) { planSnapshots(planId: $id) { id number adoptedByName } }', {
      id: table.plan.id,
    });
    expect(data?.planSnapshots).toEqual([
      { id: firstSnapshot.id, number: 1, adoptedByName: expect.any(String) },
    ]);
    const { graph } = await readSnapshot(firstSnapshot.id);
    expect(graph.stages.map((stage) => stage.stage)).toEqual([
      'YOUTH_SITUATION',
      'SOCIETAL_RESULTS',
      'ACTIVITIES',
      'QUALITY',
      'OUTCOMES',
      'LEARNING',
    ]);
    expect(activitiesOf(graph)).toEqual([
      expect.objectContaining({
        id: activity.id,
        name: 'Voorschoolse educatie',
        description: 'Voor peuters vanaf 2,5 jaar.',
      }),
    ]);
    expect(graph.plan.participantIds).toHaveLength(4);
    expect(graph.approvals.map((approval) => approval.decision)).toEqual([
      'AGREE',
      'AGREE',
      'AGREE',
    ]);
  });

  it('lets members read the adopted versions, and nobody else', async () => {
    const viewer = await joinTable(table, api.url, database.url, table.partner, 'VIEWER');
    const outsider = await signIn(api.url, database.url);
    const list = 'query ($id: ID!) { planSnapshots(planId: $id) { id } }';

    expect(codeOf(await viewer.graphql(list, { id: table.plan.id }))).toBe('OK');
    expect(
      codeOf(await viewer.graphql(SNAPSHOT, { planId: table.plan.id, id: firstSnapshot.id })),
    ).toBe('OK');
    expect(codeOf(await outsider.graphql(list, { id: table.plan.id }))).toBe('NOT_FOUND');
    expect(
      codeOf(await outsider.graphql(SNAPSHOT, { planId: table.plan.id, id: firstSnapshot.id })),
    ).toBe('NOT_FOUND');
  });

  it('keeps an adopted version as it is, even against SQL', async () => {
    await expect(
      sql.query("UPDATE plan_snapshot SET graph = '{}' WHERE id = $1", [firstSnapshot.id]),
    ).rejects.toThrow(/cannot be changed or removed/);
    await expect(
      sql.query('DELETE FROM plan_snapshot WHERE id = $1', [firstSnapshot.id]),
    ).rejects.toThrow(/cannot be changed or removed/);
    await expect(sql.query('TRUNCATE plan_snapshot')).rejects.toThrow(
      /cannot be changed or removed/,
    );
    expect(activitiesOf((await readSnapshot(firstSnapshot.id)).graph)).toHaveLength(1);
  });

  it('starts a new draft cycle with the first change, leaving the adopted version alone', async () => {
    const activitiesBefore = activitiesOf((await readSnapshot(firstSnapshot.id)).graph);

    await mutate(
      table.schoolbestuurEditor.graphql,
      'mutation ($input: UpdateActivityInput!) { updateActivity(input: $input) { id } }',
      { input: { ...activity, name: 'VVE op school' } },
    );
    await createItem(table.coordinator.graphql, 'Activity', activityInput(table.plan.id));

    expect(await planStatus(table.coordinator.graphql, table.plan.id)).toBe('DRAFT');
    expect(activitiesOf((await readSnapshot(firstSnapshot.id)).graph)).toEqual(activitiesBefore);
    const { data } = await table.coordinator.graphql<{
      auditTrail: { events: { entity: string; changes: { field: string; after: string }[] }[] };
    }>(
      'query ($id: ID!) { auditTrail(planId: $id, first: 3) { events { entity changes { field after } } } }',
      {
        id: table.plan.id,
      },
    );
    // Newest first: the new activity, the edit, and before it the plan going back to draft.
    expect(data?.auditTrail.events.map((event) => event.entity)).toEqual([
      'Activity',
      'Activity',
      'Plan',
    ]);
    expect(data?.auditTrail.events[2]?.changes).toEqual([{ field: 'status', after: '"DRAFT"' }]);
  });

  it('needs fresh agreement in the next round, then adopts version 2', async () => {
    await moveTo(table, 'IN_CONSULTATION');
    const { data } = await table.coordinator.graphql<{
      plan: { approvals: unknown[]; consultation: { cycle: number; waitingFor: unknown[] } };
    }>(
      'query ($id: ID!) { plan(id: $id) { approvals { id } consultation { cycle waitingFor { id } } } }',
      {
        id: table.plan.id,
      },
    );
    expect(data?.plan).toEqual({
      approvals: [],
      consultation: {
        cycle: 2,
        waitingFor: [expect.anything(), expect.anything(), expect.anything()],
      },
    });
    expect(codeOf(await adopt(table))).toBe('BAD_USER_INPUT');

    await everyoneAgrees(table);
    const second = await adopt(table);

    expect(second.data?.adoptPlan.snapshot.number).toBe(2);
    expect(
      activitiesOf((await readSnapshot(second.data?.adoptPlan.snapshot.id as string)).graph),
    ).toHaveLength(2);
  });

  it('never leaves an adopted plan whose text differs from its adopted version, edits racing adoption', async () => {
    for (let round = 0; round < 3; round++) {
      if ((await planStatus(table.coordinator.graphql, table.plan.id)) === 'ADOPTED') {
        await createItem(table.coordinator.graphql, 'Activity', activityInput(table.plan.id));
      }
      await moveTo(table, 'IN_CONSULTATION');
      await everyoneAgrees(table);

      const [adoption] = await Promise.all([
        adopt(table),
        createItem(table.schoolbestuurEditor.graphql, 'Activity', activityInput(table.plan.id)),
      ]);

      const status = await planStatus(table.coordinator.graphql, table.plan.id);
      if (codeOf(adoption) === 'OK') {
        // Adopted first: the edit waited, then reopened the plan, and is not in the version.
        expect(status).toBe('DRAFT');
        const { graph } = await readSnapshot(adoption.data?.adoptPlan.snapshot.id as string);
        const { rows } = await sql.query<{ count: string }>(
          'SELECT count(*) FROM activity WHERE plan_id = $1',
          [table.plan.id],
        );
        expect(activitiesOf(graph)).toHaveLength(Number(rows[0]?.count) - 1);
      } else {
        // Edited first: the agreements were stale by the time adoption looked.
        expect(codeOf(adoption)).toBe('BAD_USER_INPUT');
        expect(status).toBe('IN_CONSULTATION');
        await moveTo(table, 'DRAFT');
      }
    }
  });

  it('takes the adopted versions along when the whole plan is deleted', async () => {
    const version = await planVersion(table.coordinator.graphql, table.plan.id);
    await mutate(
      table.coordinator.graphql,
      'mutation ($input: ItemVersionInput!) { deletePlan(input: $input) }',
      { input: { id: table.plan.id, version } },
    );

    const { rows } = await sql.query('SELECT 1 FROM plan_snapshot WHERE plan_id = $1', [
      table.plan.id,
    ]);
    expect(rows).toEqual([]);
  });
});
