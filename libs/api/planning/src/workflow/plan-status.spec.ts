import { AccessModule } from '@oogo/api-access';
import { signIn } from '@oogo/api-access/testing';
import { startTestApi, TestApi, useTestDatabase } from '@oogo/api-core/testing';
import { PlanningModule } from '../planning.module';
import {
  changeStatus,
  codeOf,
  joinTable,
  moveTo,
  OogoTable,
  planStatus,
  planVersion,
  setUpOogoTable,
} from './testing/oogo-table';

const database = useTestDatabase();

describe('plan status (DRAFT → IN_CONSULTATION → ADOPTED)', () => {
  let api: TestApi;
  let table: OogoTable;

  beforeAll(async () => {
    api = await startTestApi(database.url, [AccessModule, PlanningModule]);
    table = await setUpOogoTable(api.url, database.url);
  });

  afterAll(async () => {
    await api?.close();
  });

  const change = async (status: string, version?: number) =>
    changeStatus(
      table.coordinator.graphql,
      table.plan.id,
      version ?? (await planVersion(table.coordinator.graphql, table.plan.id)),
      status,
    );

  it('lets the coordinator put a draft in consultation and withdraw it, each time a new version', async () => {
    const version = await planVersion(table.coordinator.graphql, table.plan.id);

    const inConsultation = await change('IN_CONSULTATION', version);
    expect(inConsultation.data?.changePlanStatus).toEqual({
      status: 'IN_CONSULTATION',
      version: version + 1,
    });

    const withdrawn = await change('DRAFT', version + 1);
    expect(withdrawn.data?.changePlanStatus).toEqual({ status: 'DRAFT', version: version + 2 });
  });

  it('refuses a change that skips or repeats a step, saying which steps there are', async () => {
    const toSame = await change('DRAFT');
    expect(codeOf(toSame)).toBe('BAD_USER_INPUT');
    expect(toSame.errors?.[0]?.message).toMatch(/DRAFT plan cannot become DRAFT.*IN_CONSULTATION/);

    const adoptedByHand = await change('ADOPTED');
    expect(codeOf(adoptedByHand)).toBe('BAD_USER_INPUT');
    expect(adoptedByHand.errors?.[0]?.message).toMatch(/adoptPlan/);

    await moveTo(table, 'IN_CONSULTATION');
    const alsoNotByHand = await change('ADOPTED');
    expect(codeOf(alsoNotByHand)).toBe('BAD_USER_INPUT');
    expect(await planStatus(table.coordinator.graphql, table.plan.id)).toBe('IN_CONSULTATION');
    await moveTo(table, 'DRAFT');
  });

  it('says CONFLICT, and changes nothing, for a version someone else already changed', async () => {
    const version = await planVersion(table.coordinator.graphql, table.plan.id);
    await table.coordinator.graphql(
      'mutation ($input: UpdatePlanInput!) { updatePlan(input: $input) { id } }',
      { input: { id: table.plan.id, version, description: 'Bijgewerkt' } },
    );

    const stale = await change('IN_CONSULTATION', version);

    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0]?.extensions['current']).toMatchObject({
      id: table.plan.id,
      version: version + 1,
      status: 'DRAFT',
    });
    expect(await planStatus(table.coordinator.graphql, table.plan.id)).toBe('DRAFT');
  });

  it('is for the coordinator only: FORBIDDEN for other roles, NOT_FOUND for non-members', async () => {
    const version = await planVersion(table.coordinator.graphql, table.plan.id);
    const viewer = await joinTable(table, api.url, database.url, table.gemeente, 'VIEWER');
    const outsider = await signIn(api.url, database.url);

    for (const member of [table.schoolbestuurEditor, viewer]) {
      expect(
        codeOf(await changeStatus(member.graphql, table.plan.id, version, 'IN_CONSULTATION')),
      ).toBe('FORBIDDEN');
    }
    expect(
      codeOf(await changeStatus(outsider.graphql, table.plan.id, version, 'IN_CONSULTATION')),
    ).toBe('NOT_FOUND');
    expect(await planStatus(table.coordinator.graphql, table.plan.id)).toBe('DRAFT');
  });

  it('validates the input and no longer takes a status through updatePlan', async () => {
    const invalid = await table.coordinator.graphql(
      'mutation ($input: ChangePlanStatusInput!) { changePlanStatus(input: $input) { id } }',
      { input: { planId: table.plan.id, version: 0, status: 'IN_CONSULTATION' } },
    );
    expect(codeOf(invalid)).toBe('BAD_USER_INPUT');
    expect(invalid.errors?.[0]?.extensions['fieldErrors']).toHaveProperty('version');

    const viaUpdate = await table.coordinator.graphql(
      'mutation ($input: UpdatePlanInput!) { updatePlan(input: $input) { id } }',
      {
        input: {
          id: table.plan.id,
          version: await planVersion(table.coordinator.graphql, table.plan.id),
          status: 'ADOPTED',
        },
      },
    );
    expect(codeOf(viaUpdate)).toBe('BAD_USER_INPUT');
    expect(await planStatus(table.coordinator.graphql, table.plan.id)).toBe('DRAFT');
  });

  it('audits every status change with who made it', async () => {
    await moveTo(table, 'IN_CONSULTATION');
    await moveTo(table, 'DRAFT');

    const { data } = await table.coordinator.graphql<{
      auditTrail: { events: { entity: string; changes: { field: string; after: string }[] }[] };
    }>(
      'query ($id: ID!) { auditTrail(planId: $id, first: 2) { events { entity userName changes { field after } } } }',
      { id: table.plan.id },
    );
    expect(data?.auditTrail.events).toEqual([
      expect.objectContaining({ entity: 'Plan', changes: [{ field: 'status', after: '"DRAFT"' }] }),
      expect.objectContaining({
        entity: 'Plan',
        changes: [{ field: 'status', after: '"IN_CONSULTATION"' }],
      }),
    ]);
  });
});
