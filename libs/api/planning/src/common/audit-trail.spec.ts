import { AccessModule } from '@oogo/api-access';
import { joinPlan, signIn, SignedIn } from '@oogo/api-access/testing';
import { startTestApi, TestApi, useTestDatabase } from '@oogo/api-core/testing';
import { Client } from 'pg';
import { PlanningModule } from '../planning.module';
import { createItem, createPlan, indicatorInput, PlanRef } from '../testing/plan-factory';

const database = useTestDatabase();

const TRAIL = `query ($planId: ID!, $first: Int, $before: String) {
  auditTrail(planId: $planId, first: $first, before: $before) {
    events { entity entityId action userName organizationId requestId changes { field before after } }
    nextCursor
  }
}`;

interface Trail {
  auditTrail: {
    events: {
      entity: string;
      entityId: string;
      action: string;
      userName: string | null;
      organizationId: string | null;
      requestId: string | null;
      changes: { field: string; before: string | null; after: string | null }[];
    }[];
    nextCursor: string | null;
  };
}

describe('the audit trail', () => {
  let api: TestApi;
  let coordinator: SignedIn;
  let plan: PlanRef;

  beforeAll(async () => {
    api = await startTestApi(database.url, [AccessModule, PlanningModule]);
    coordinator = await signIn(api.url, database.url);
    plan = await createPlan(coordinator.graphql);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('records who created, changed and deleted what, with the changed fields, newest first', async () => {
    const indicator = await createItem(
      coordinator.graphql,
      'Indicator',
      indicatorInput(plan.id, { name: 'Verzuim' }),
    );
    await coordinator.graphql(
      'mutation ($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { id } }',
      {
        input: { id: indicator.id, version: 1, name: 'Absoluut verzuim' },
      },
    );
    // A stale write changes nothing, so it leaves no trace either.
    await coordinator.graphql(
      'mutation ($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { id } }',
      {
        input: { id: indicator.id, version: 1, name: 'Te laat' },
      },
    );
    await coordinator.graphql(
      'mutation ($input: ItemVersionInput!) { deleteIndicator(input: $input) }',
      {
        input: { id: indicator.id, version: 2 },
      },
    );

    const { data } = await coordinator.graphql<Trail>(TRAIL, { planId: plan.id, first: 3 });

    const events = data?.auditTrail.events ?? [];
    expect(events.map((event) => `${event.action} ${event.entity}`)).toEqual([
      'DELETE Indicator',
      'UPDATE Indicator',
      'CREATE Indicator',
    ]);
    for (const event of events) {
      expect(event).toMatchObject({
        entityId: indicator.id,
        organizationId: plan.organizationId,
        userName: expect.any(String),
      });
      expect(event.requestId).toMatch(/^[\w-]{8,}$/);
    }
    expect(events[1]?.changes).toEqual([
      { field: 'name', before: '"Verzuim"', after: '"Absoluut verzuim"' },
    ]);
    expect(events[0]?.changes).toContainEqual({
      field: 'name',
      before: '"Absoluut verzuim"',
      after: null,
    });
  });

  it('pages from newest to oldest', async () => {
    const first = await coordinator.graphql<Trail>(TRAIL, { planId: plan.id, first: 2 });
    const next = await coordinator.graphql<Trail>(TRAIL, {
      planId: plan.id,
      first: 2,
      before: first.data?.auditTrail.nextCursor,
    });

    expect(first.data?.auditTrail.events).toHaveLength(2);
    expect(first.data?.auditTrail.nextCursor).toEqual(expect.any(String));
    expect(next.data?.auditTrail.events[0]?.action).toBe('CREATE');
  });

  it('is for the coordinator only', async () => {
    const editor = await signIn(api.url, database.url);
    await joinPlan(database.url, plan.id, editor.user.id, 'EDITOR');

    expect((await editor.graphql(TRAIL, { planId: plan.id })).errors?.[0]?.extensions['code']).toBe(
      'FORBIDDEN',
    );
  });

  it('cannot be changed, not even in the database', async () => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      await expect(client.query("UPDATE audit_event SET action = 'CREATE'")).rejects.toThrow(
        /cannot be changed/,
      );
      await expect(client.query('DELETE FROM audit_event')).rejects.toThrow(/cannot be changed/);
    } finally {
      await client.end();
    }
  });
});
