import { joinPlan, signIn, SignedIn } from '@oogo/api-access/testing';
import { subscribe, Subscribed, TestApi, useTestDatabase } from '@oogo/api-core/testing';
import { activityInput, createItem, createPlan, PlanRef } from '@oogo/api-planning/testing';
import { settle, useCollaborationWorld } from '../testing/collaboration-world';

const database = useTestDatabase();

const PLAN_EVENTS = `subscription ($planId: ID!) {
  planEvents(planId: $planId) { sequence entity entityId action }
}`;
const PLAN_PRESENCE = `subscription ($planId: ID!) {
  planPresence(planId: $planId) { people { userId } }
}`;
const CHANGE_ROLE = `mutation ($input: ChangePlanMemberRoleInput!) {
  changePlanMemberRole(input: $input) { role }
}`;
const REMOVE = 'mutation ($input: RemovePlanMemberInput!) { removePlanMember(input: $input) }';

interface PlanEventResult {
  planEvents: { sequence: number; entity: string; entityId: string; action: string };
}
interface PresenceResult {
  planPresence: { people: { userId: string }[] };
}

describe('live streams of someone taken out of a plan', () => {
  const world = useCollaborationWorld(database, { instances: 2 });
  /** A second api instance on the same database, as behind a load balancer. */
  let otherApi: TestApi;
  beforeAll(() => (otherApi = world.apis[1] as TestApi));

  /** Someone new in another plan of the coordinator's, for the partner. */
  async function memberOf(plan: PlanRef, role: 'VIEWER' | 'EDITOR'): Promise<SignedIn> {
    const member = await signIn(world.api.url, database.url);
    await joinPlan(database.url, plan.id, member.user.id, role, world.partner.id);
    return member;
  }

  /** A new plan with a member of this role, whose streams are open on both api instances. */
  async function memberWatching(role: 'VIEWER' | 'EDITOR') {
    const plan = await createPlan(world.coordinator.graphql, [world.partner.id]);
    const member = await memberOf(plan, role);
    const streams = {
      events: world.apis.map((on) =>
        subscribe<PlanEventResult>(world.socketFor(member, on), PLAN_EVENTS, { planId: plan.id }),
      ),
      presence: world.apis.map((on) =>
        subscribe<PresenceResult>(world.socketFor(member, on), PLAN_PRESENCE, { planId: plan.id }),
      ),
    };
    const coordinatorPresence = subscribe<PresenceResult>(
      world.socketFor(world.coordinator, world.api),
      PLAN_PRESENCE,
      { planId: plan.id },
    );
    await untilPresent(coordinatorPresence, (people) => people.length === 3);
    await settle();
    return { plan, member, ...streams, coordinatorPresence };
  }

  async function untilPresent(
    presence: Subscribed<PresenceResult>,
    check: (people: { userId: string }[]) => boolean,
  ): Promise<void> {
    for (let count = presence.received.length; ; count++) {
      const people = presence.received.at(-1)?.data?.planPresence.people;
      if (people && check(people)) return;
      await presence.waitFor(count + 1);
    }
  }

  const eventsIn = (stream: Subscribed<PlanEventResult>) =>
    stream.received.flatMap((result) => (result.data ? [result.data.planEvents] : []));

  const codeAtEnd = (stream: Subscribed<unknown>) =>
    stream.received.at(-1)?.errors?.[0]?.extensions['code'];

  it('ends their events and presence with FORBIDDEN, on every api instance, and nothing after', async () => {
    const { plan, member, events, presence, coordinatorPresence } = await memberWatching('VIEWER');
    const watching = subscribe<PlanEventResult>(
      world.socketFor(world.coordinator, otherApi),
      PLAN_EVENTS,
      {
        planId: plan.id,
      },
    );
    await settle();

    const removed = await world.coordinator.graphql<{ removePlanMember: string }>(REMOVE, {
      input: { planId: plan.id, userId: member.user.id },
    });
    expect(removed.errors).toBeUndefined();
    const after = await createItem(world.coordinator.graphql, 'Activity', activityInput(plan.id));

    await Promise.all([...events, ...presence].map((stream) => stream.waitForEnd()));
    for (const stream of [...events, ...presence]) expect(codeAtEnd(stream)).toBe('FORBIDDEN');
    for (const stream of events) {
      // The change that took them out reaches them; what comes after does not.
      expect(eventsIn(stream)).toEqual([
        expect.objectContaining({
          entity: 'Membership',
          entityId: removed.data?.removePlanMember,
          action: 'DELETE',
        }),
      ]);
    }
    // Everyone else goes on, and sees them leave.
    const [membership, activity] = await watching.waitFor(2);
    expect(membership?.data?.planEvents).toMatchObject({ entity: 'Membership', action: 'DELETE' });
    expect(activity?.data?.planEvents).toMatchObject({ entityId: after.id });
    expect(watching.ended).toBe(false);
    await untilPresent(coordinatorPresence, (people) =>
      people.every((person) => person.userId !== member.user.id),
    );
    watching.unsubscribe();
    coordinatorPresence.unsubscribe();
  });

  it('keeps their streams when their role changes, up or down', async () => {
    const { plan, member, events, presence, coordinatorPresence } = await memberWatching('EDITOR');

    for (const role of ['VIEWER', 'COORDINATOR', 'CONTRIBUTOR']) {
      const changed = await world.coordinator.graphql(CHANGE_ROLE, {
        input: { planId: plan.id, userId: member.user.id, role },
      });
      expect(changed.errors).toBeUndefined();
    }
    const activity = await createItem(
      world.coordinator.graphql,
      'Activity',
      activityInput(plan.id),
    );

    for (const stream of events) {
      const received = await stream.waitFor(4);
      expect(received.map((result) => result.data?.planEvents.entity)).toEqual([
        'Membership',
        'Membership',
        'Membership',
        'Activity',
      ]);
      expect(received[3]?.data?.planEvents.entityId).toBe(activity.id);
    }
    for (const stream of [...events, ...presence]) expect(stream.ended).toBe(false);
    [...events, ...presence, coordinatorPresence].forEach((stream) => stream.unsubscribe());
  });

  it('refuses new streams once they are out', async () => {
    const plan = await createPlan(world.coordinator.graphql, [world.partner.id]);
    const member = await memberOf(plan, 'VIEWER');
    await world.coordinator.graphql(REMOVE, { input: { planId: plan.id, userId: member.user.id } });

    const events = subscribe(world.socketFor(member, otherApi), PLAN_EVENTS, { planId: plan.id });
    const presence = subscribe(world.socketFor(member, otherApi), PLAN_PRESENCE, {
      planId: plan.id,
    });
    await Promise.all([events.waitForEnd(), presence.waitForEnd()]);

    expect(codeAtEnd(events)).toBe('NOT_FOUND');
    expect(codeAtEnd(presence)).toBe('NOT_FOUND');
  });
});
