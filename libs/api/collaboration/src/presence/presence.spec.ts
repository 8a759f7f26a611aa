import type { SignedIn } from '@oogo/api-access/testing';
import { subscribe, TestApi, useTestDatabase } from '@oogo/api-core/testing';
import { activityInput, createItem } from '@oogo/api-planning/testing';
import { useCollaborationWorld } from '../testing/collaboration-world';

const database = useTestDatabase();

const PLAN_PRESENCE = `subscription ($planId: ID!) {
  planPresence(planId: $planId) {
    clientId people { clientId userId displayName organizationName stage itemId field }
  }
}`;
const UPDATE_PRESENCE = 'mutation ($input: UpdatePresenceInput!) { updatePresence(input: $input) }';

interface Presence {
  planPresence: {
    clientId: string;
    people: {
      clientId: string;
      userId: string;
      stage: string | null;
      itemId: string | null;
      field: string | null;
    }[];
  };
}

describe('who is in the plan', () => {
  const world = useCollaborationWorld(database, { instances: 2, people: { viewer: 'VIEWER' } });
  let otherApi: TestApi;
  beforeAll(() => (otherApi = world.apis[1] as TestApi));

  function enter(person: SignedIn, on: TestApi = world.api) {
    const socket = world.socketFor(person, on);
    return {
      socket,
      presence: subscribe<Presence>(socket, PLAN_PRESENCE, { planId: world.plan.id }),
    };
  }

  const latest = (presence: ReturnType<typeof enter>['presence']) =>
    presence.received.at(-1)?.data?.planPresence;

  /** Waits until the latest list satisfies `check`. */
  async function until(
    presence: ReturnType<typeof enter>['presence'],
    check: (people: Presence['planPresence']['people']) => boolean,
    timeoutMs = 5000,
  ) {
    for (let count = presence.received.length; ; count++) {
      const people = latest(presence)?.people;
      if (people && check(people)) return people;
      await presence.waitFor(count + 1, timeoutMs);
    }
  }

  it('shows everyone who has the plan open, across api instances, and where they are', async () => {
    const first = enter(world.coordinator);
    await until(first.presence, (people) => people.length === 1);
    const myClient = latest(first.presence)?.clientId as string;

    const second = enter(world.viewer, otherApi);
    await until(second.presence, (people) => people.length === 2);
    await until(first.presence, (people) => people.length === 2);
    const viewerClient = latest(second.presence)?.clientId as string;
    expect(latest(first.presence)?.people.map((person) => person.clientId)).toEqual([
      myClient,
      viewerClient,
    ]);

    const activity = await createItem(
      world.coordinator.graphql,
      'Activity',
      activityInput(world.plan.id),
    );
    const moved = await world.viewer.graphql(UPDATE_PRESENCE, {
      input: {
        planId: world.plan.id,
        clientId: viewerClient,
        stage: 'ACTIVITIES',
        itemId: activity.id,
        field: 'name',
      },
    });
    expect(moved.data).toEqual({ updatePresence: true });
    const people = await until(first.presence, (list) =>
      list.some((person) => person.field === 'name'),
    );
    expect(people.find((person) => person.clientId === viewerClient)).toMatchObject({
      userId: world.viewer.user.id,
      stage: 'ACTIVITIES',
      itemId: activity.id,
      field: 'name',
    });

    // A heartbeat that changes nothing sends nothing.
    const before = first.presence.received.length;
    await world.viewer.graphql(UPDATE_PRESENCE, {
      input: {
        planId: world.plan.id,
        clientId: viewerClient,
        stage: 'ACTIVITIES',
        itemId: activity.id,
        field: 'name',
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(first.presence.received.length).toBe(before);

    // Closing the tab leaves at once.
    await second.socket.dispose();
    await until(first.presence, (list) => list.length === 1);
    first.presence.unsubscribe();
  });

  it('lets someone go whose heartbeats stopped', async () => {
    const watching = enter(world.coordinator);
    await until(watching.presence, (people) => people.length === 1);
    const sleeping = enter(world.viewer);
    await until(sleeping.presence, (people) => people.length === 2);
    const sleepingClient = latest(sleeping.presence)?.clientId as string;

    await world.sql(
      "UPDATE plan_presence SET last_seen = now() - interval '2 minutes' WHERE client_id = $1",
      [sleepingClient],
    );

    await until(watching.presence, (people) => people.length === 1, 6000);
    const late = await world.viewer.graphql(UPDATE_PRESENCE, {
      input: { planId: world.plan.id, clientId: sleepingClient },
    });
    expect(late.errors?.[0]?.extensions['code']).toBe('NOT_FOUND');
    watching.presence.unsubscribe();
    sleeping.presence.unsubscribe();
  });

  it('keeps presence to members, and to your own clients', async () => {
    const outsider = await world.outsider();
    const refused = enter(outsider).presence;
    await refused.waitForEnd();
    expect(refused.received[0]?.errors?.[0]?.extensions['code']).toBe('NOT_FOUND');

    const mine = enter(world.coordinator);
    await until(mine.presence, (people) => people.length >= 1);
    const someoneElses = await world.viewer.graphql(UPDATE_PRESENCE, {
      input: { planId: world.plan.id, clientId: latest(mine.presence)?.clientId },
    });
    expect(someoneElses.errors?.[0]?.extensions['code']).toBe('NOT_FOUND');

    const badField = await world.coordinator.graphql(UPDATE_PRESENCE, {
      input: {
        planId: world.plan.id,
        clientId: latest(mine.presence)?.clientId,
        field: 'name; DROP',
      },
    });
    expect(badField.errors?.[0]?.extensions['code']).toBe('BAD_USER_INPUT');
    mine.presence.unsubscribe();
  });
});
