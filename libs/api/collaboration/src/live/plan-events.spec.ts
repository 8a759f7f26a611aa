import type { SignedIn } from '@oogo/api-access/testing';
import { subscribe, TestApi, useTestDatabase } from '@oogo/api-core/testing';
import { activityInput, createItem, createPlan } from '@oogo/api-planning/testing';
import { settle, useCollaborationWorld } from '../testing/collaboration-world';

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

describe('live plan events', () => {
  const world = useCollaborationWorld(database, { instances: 2, people: { viewer: 'VIEWER' } });
  /** A second api instance on the same database, as behind a load balancer. */
  let otherApi: TestApi;
  beforeAll(() => (otherApi = world.apis[1] as TestApi));

  async function latestSequence(planId = world.plan.id): Promise<number> {
    const { data } = await world.coordinator.graphql<{ plan: { eventSequence: number } }>(
      'query ($id: ID!) { plan(id: $id) { eventSequence } }',
      { id: planId },
    );
    return data?.plan.eventSequence as number;
  }

  /** Subscribes and waits until the server has taken the subscription (it answers a no-op change). */
  async function eventsOf(person: SignedIn, afterSequence?: number, on: TestApi = world.api) {
    return subscribe<PlanEventResult>(world.socketFor(person, on), PLAN_EVENTS, {
      planId: world.plan.id,
      afterSequence,
    });
  }

  it('tells a member what changed, who changed it, with the next sequence number', async () => {
    const before = await latestSequence();
    const events = await eventsOf(world.viewer);
    await settle();

    const activity = await createItem(
      world.coordinator.graphql,
      'Activity',
      activityInput(world.plan.id, { name: 'Huiswerkklas' }),
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
    const events = await eventsOf(world.viewer, undefined, otherApi);
    await settle();

    await createItem(world.coordinator.graphql, 'Activity', activityInput(world.plan.id));

    const [event] = await events.waitFor(1);
    expect(event?.data?.planEvents).toMatchObject({ kind: 'CHANGE', entity: 'Activity' });
    events.unsubscribe();
  });

  it('replays what a reconnecting client missed, in order, then goes on live', async () => {
    const seen = await latestSequence();
    const missed = [];
    for (let n = 0; n < 3; n++) {
      missed.push(
        await createItem(world.coordinator.graphql, 'Activity', activityInput(world.plan.id)),
      );
    }

    const events = await eventsOf(world.viewer, seen);
    const replayed = await events.waitFor(3);
    const live = await createItem(
      world.coordinator.graphql,
      'Activity',
      activityInput(world.plan.id),
    );
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
    await createItem(world.coordinator.graphql, 'Activity', activityInput(world.plan.id));
    const latest = await latestSequence();
    // As the retention job would after a week.
    await world.sql('DELETE FROM plan_event WHERE plan_id = $1 AND sequence < $2', [
      world.plan.id,
      latest,
    ]);

    const events = await eventsOf(world.viewer, 0);
    const [resync, kept] = await events.waitFor(2);

    expect(resync?.data?.planEvents).toMatchObject({ kind: 'RESYNC', sequence: latest - 1 });
    expect(kept?.data?.planEvents).toMatchObject({ kind: 'CHANGE', sequence: latest });
    events.unsubscribe();
  });

  it('tells a client from an unknown future to refetch', async () => {
    const latest = await latestSequence();

    const events = await eventsOf(world.viewer, latest + 100);

    const [resync] = await events.waitFor(1);
    expect(resync?.data?.planEvents).toMatchObject({ kind: 'RESYNC', sequence: latest });
    events.unsubscribe();
  });

  it('numbers concurrent changes without gaps and delivers each once, in order', async () => {
    const before = await latestSequence();
    const events = await eventsOf(world.viewer);
    await settle();

    await Promise.all(
      Array.from({ length: 20 }, () =>
        createItem(world.coordinator.graphql, 'Activity', activityInput(world.plan.id)),
      ),
    );

    const received = await events.waitFor(20);
    expect(received.map((result) => result.data?.planEvents.sequence)).toEqual(
      Array.from({ length: 20 }, (_, n) => before + 1 + n),
    );
    events.unsubscribe();
  });

  it('announces nothing for a change that was refused', async () => {
    const activity = await createItem(
      world.coordinator.graphql,
      'Activity',
      activityInput(world.plan.id),
    );
    const before = await latestSequence();
    const events = await eventsOf(world.viewer);
    await settle();

    const stale = await world.coordinator.graphql(
      'mutation ($input: UpdateActivityInput!) { updateActivity(input: $input) { id } }',
      { input: { id: activity.id, version: activity.version + 5, name: 'Te laat' } },
    );
    const after = await createItem(
      world.coordinator.graphql,
      'Activity',
      activityInput(world.plan.id),
    );

    expect(stale.errors?.[0]?.extensions['code']).toBe('CONFLICT');
    const [event] = await events.waitFor(1);
    expect(event?.data?.planEvents).toMatchObject({ sequence: before + 1, entityId: after.id });
    events.unsubscribe();
  });

  it('gives nothing to a non-member or an anonymous caller', async () => {
    const outsider = await world.outsider();

    const forOutsider = await eventsOf(outsider);
    const forAnonymous = subscribe(world.socketFor(undefined), PLAN_EVENTS, {
      planId: world.plan.id,
    });
    await Promise.all([forOutsider.waitForEnd(), forAnonymous.waitForEnd()]);
    await createItem(world.coordinator.graphql, 'Activity', activityInput(world.plan.id));
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
    const madeUp = subscribe(world.socketFor(world.viewer), PLAN_EVENTS, { planId: 'not-a-plan' });
    const negative = subscribe(world.socketFor(world.viewer), PLAN_EVENTS, {
      planId: world.plan.id,
      afterSequence: -1,
    });
    await Promise.all([madeUp.waitForEnd(), negative.waitForEnd()]);

    expect(madeUp.received[0]?.errors?.[0]?.extensions['code']).toBe('NOT_FOUND');
    expect(negative.received[0]?.errors?.[0]?.extensions['code']).toBe('BAD_USER_INPUT');
  });

  it('ends the subscription when the plan is deleted', async () => {
    const doomed = await createPlan(world.coordinator.graphql);
    const events = subscribe<PlanEventResult>(world.socketFor(world.coordinator), PLAN_EVENTS, {
      planId: doomed.id,
    });
    await settle();

    await world.coordinator.graphql(
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
