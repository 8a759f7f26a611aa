import { AccessModule } from '@oogo/api-access';
import { joinPlan, signIn, SignedIn } from '@oogo/api-access/testing';
import {
  browserSession,
  startTestApi,
  subscribe,
  TestApi,
  useTestDatabase,
  webSocketClient,
} from '@oogo/api-core/testing';
import { PlanningModule } from '@oogo/api-planning';
import {
  activityInput,
  createItem,
  createOrganization,
  createPlan,
  PlanRef,
} from '@oogo/api-planning/testing';
import type { Client as WebSocketClient } from 'graphql-ws';
import { Client } from 'pg';
import { CollaborationModule } from '../collaboration.module';

const database = useTestDatabase();

const PLAN_EVENTS = `subscription ($planId: ID!, $afterSequence: Int) {
  planEvents(planId: $planId, afterSequence: $afterSequence) {
    planId sequence kind entity entityId action changedFields item
    actor { userId displayName organizationId organizationName }
  }
}`;

interface PlanEventResult {
  planEvents: {
    sequence: number;
    kind: string;
    entity: string | null;
    entityId: string | null;
    action: string | null;
    changedFields: string[];
    item: Record<string, unknown> | null;
    actor: { displayName: string; organizationName: string | null } | null;
  };
}

async function sql<Row = Record<string, unknown>>(query: string, values: unknown[] = []) {
  const client = new Client({ connectionString: database.url });
  await client.connect();
  return (await client.query(query, values).finally(() => client.end())).rows as Row[];
}

describe('live plan events', () => {
  let api: TestApi;
  /** A second api instance on the same database, as behind a load balancer. */
  let otherApi: TestApi;
  let coordinator: SignedIn;
  let viewer: SignedIn;
  let plan: PlanRef;
  const sockets: WebSocketClient[] = [];

  const modules = [AccessModule, PlanningModule, CollaborationModule];

  beforeAll(async () => {
    [api, otherApi] = await Promise.all([
      startTestApi(database.url, modules),
      startTestApi(database.url, modules),
    ]);
    coordinator = await signIn(api.url, database.url);
    const partner = await createOrganization(coordinator.graphql, 'PARTNER');
    plan = await createPlan(coordinator.graphql, [partner.id]);
    viewer = await signIn(api.url, database.url);
    await joinPlan(database.url, plan.id, viewer.user.id, 'VIEWER', partner.id);
  });

  afterAll(async () => {
    await Promise.all(sockets.map((socket) => socket.dispose()));
    await Promise.all([api?.close(), otherApi?.close()]);
  });

  function socketFor(person: SignedIn | undefined, on: TestApi = api): WebSocketClient {
    const socket = webSocketClient(on.url, person?.browser ?? browserSession(on.url));
    sockets.push(socket);
    return socket;
  }

  async function latestSequence(planId = plan.id): Promise<number> {
    const { data } = await coordinator.graphql<{ plan: { eventSequence: number } }>(
      'query ($id: ID!) { plan(id: $id) { eventSequence } }',
      { id: planId },
    );
    return data?.plan.eventSequence as number;
  }

  /** Subscribes and waits until the server has taken the subscription (it answers a no-op change). */
  async function eventsOf(person: SignedIn, afterSequence?: number, on: TestApi = api) {
    return subscribe<PlanEventResult>(socketFor(person, on), PLAN_EVENTS, {
      planId: plan.id,
      afterSequence,
    });
  }

  async function settle(): Promise<void> {
    // The subscription is registered asynchronously; give it a moment before changing things.
    await new Promise((resolve) => setTimeout(resolve, 150));
  }

  it('tells a member what changed, who changed it, with the next sequence number', async () => {
    const before = await latestSequence();
    const events = await eventsOf(viewer);
    await settle();

    const activity = await createItem(
      coordinator.graphql,
      'Activity',
      activityInput(plan.id, { name: 'Huiswerkklas' }),
    );

    const [first] = await events.waitFor(1);
    expect(first?.data?.planEvents).toMatchObject({
      sequence: before + 1,
      kind: 'CHANGE',
      entity: 'Activity',
      entityId: activity.id,
      action: 'CREATE',
      item: { __typename: 'Activity', id: activity.id, name: 'Huiswerkklas', version: 1 },
      actor: { displayName: expect.any(String), organizationName: expect.any(String) },
    });
    expect(first?.data?.planEvents.changedFields).toEqual(expect.arrayContaining(['name']));
    events.unsubscribe();
  });

  it('reaches a subscriber on another api instance', async () => {
    const events = await eventsOf(viewer, undefined, otherApi);
    await settle();

    await createItem(coordinator.graphql, 'Activity', activityInput(plan.id));

    const [event] = await events.waitFor(1);
    expect(event?.data?.planEvents).toMatchObject({ kind: 'CHANGE', entity: 'Activity' });
    events.unsubscribe();
  });

  it('replays what a reconnecting client missed, in order, then goes on live', async () => {
    const seen = await latestSequence();
    const missed = [];
    for (let n = 0; n < 3; n++) {
      missed.push(await createItem(coordinator.graphql, 'Activity', activityInput(plan.id)));
    }

    const events = await eventsOf(viewer, seen);
    const replayed = await events.waitFor(3);
    const live = await createItem(coordinator.graphql, 'Activity', activityInput(plan.id));
    const all = await events.waitFor(4);

    expect(all.map((result) => result.data?.planEvents.sequence)).toEqual([
      seen + 1,
      seen + 2,
      seen + 3,
      seen + 4,
    ]);
    expect(replayed.map((result) => result.data?.planEvents.entityId)).toEqual(
      missed.map((item) => item.id),
    );
    expect(all[3]?.data?.planEvents.entityId).toBe(live.id);
    events.unsubscribe();
  });

  it('tells a client to refetch when the events it missed are no longer kept', async () => {
    await createItem(coordinator.graphql, 'Activity', activityInput(plan.id));
    const latest = await latestSequence();
    // As the retention job would after a week.
    await sql('DELETE FROM plan_event WHERE plan_id = $1 AND sequence < $2', [plan.id, latest]);

    const events = await eventsOf(viewer, 0);
    const [resync, kept] = await events.waitFor(2);

    expect(resync?.data?.planEvents).toMatchObject({ kind: 'RESYNC', sequence: latest - 1 });
    expect(kept?.data?.planEvents).toMatchObject({ kind: 'CHANGE', sequence: latest });
    events.unsubscribe();
  });

  it('tells a client from an unknown future to refetch', async () => {
    const latest = await latestSequence();

    const events = await eventsOf(viewer, latest + 100);

    const [resync] = await events.waitFor(1);
    expect(resync?.data?.planEvents).toMatchObject({ kind: 'RESYNC', sequence: latest });
    events.unsubscribe();
  });

  it('numbers concurrent changes without gaps and delivers each once, in order', async () => {
    const before = await latestSequence();
    const events = await eventsOf(viewer);
    await settle();

    await Promise.all(
      Array.from({ length: 20 }, () =>
        createItem(coordinator.graphql, 'Activity', activityInput(plan.id)),
      ),
    );

    const received = await events.waitFor(20);
    expect(received.map((result) => result.data?.planEvents.sequence)).toEqual(
      Array.from({ length: 20 }, (_, n) => before + 1 + n),
    );
    events.unsubscribe();
  });

  it('announces nothing for a change that was refused', async () => {
    const activity = await createItem(coordinator.graphql, 'Activity', activityInput(plan.id));
    const before = await latestSequence();
    const events = await eventsOf(viewer);
    await settle();

    const stale = await coordinator.graphql(
      'mutation ($input: UpdateActivityInput!) { updateActivity(input: $input) { id } }',
      { input: { id: activity.id, version: activity.version + 5, name: 'Te laat' } },
    );
    const after = await createItem(coordinator.graphql, 'Activity', activityInput(plan.id));

    expect(stale.errors?.[0]?.extensions['code']).toBe('CONFLICT');
    const [event] = await events.waitFor(1);
    expect(event?.data?.planEvents).toMatchObject({ sequence: before + 1, entityId: after.id });
    events.unsubscribe();
  });

  it('gives nothing to a non-member or an anonymous caller', async () => {
    const outsider = await signIn(api.url, database.url);

    const forOutsider = await eventsOf(outsider);
    const forAnonymous = subscribe(socketFor(undefined), PLAN_EVENTS, { planId: plan.id });
    await Promise.all([forOutsider.waitForEnd(), forAnonymous.waitForEnd()]);
    await createItem(coordinator.graphql, 'Activity', activityInput(plan.id));
    await settle();

    expect(forOutsider.received).toEqual([
      {
        errors: [
          expect.objectContaining({ extensions: expect.objectContaining({ code: 'NOT_FOUND' }) }),
        ],
      },
    ]);
    expect(forAnonymous.received).toEqual([
      {
        errors: [
          expect.objectContaining({
            extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }),
          }),
        ],
      },
    ]);
  });

  it('refuses a made-up plan id and a negative sequence', async () => {
    const madeUp = subscribe(socketFor(viewer), PLAN_EVENTS, { planId: 'not-a-plan' });
    const negative = subscribe(socketFor(viewer), PLAN_EVENTS, {
      planId: plan.id,
      afterSequence: -1,
    });
    await Promise.all([madeUp.waitForEnd(), negative.waitForEnd()]);

    expect(madeUp.received[0]?.errors?.[0]?.extensions['code']).toBe('NOT_FOUND');
    expect(negative.received[0]?.errors?.[0]?.extensions['code']).toBe('BAD_USER_INPUT');
  });

  it('ends the subscription when the plan is deleted', async () => {
    const doomed = await createPlan(coordinator.graphql);
    const events = subscribe<PlanEventResult>(socketFor(coordinator), PLAN_EVENTS, {
      planId: doomed.id,
    });
    await settle();

    await coordinator.graphql(
      'mutation ($input: ItemVersionInput!) { deletePlan(input: $input) }',
      {
        input: { id: doomed.id, version: doomed.version },
      },
    );

    await events.waitForEnd();
    expect(events.received.at(-1)?.data?.planEvents).toMatchObject({
      entity: 'Plan',
      action: 'DELETE',
    });
  });
});
