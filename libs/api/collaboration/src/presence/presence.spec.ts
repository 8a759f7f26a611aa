import { AccessModule } from '@oogo/api-access';
import { joinPlan, signIn, SignedIn } from '@oogo/api-access/testing';
import {
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
  let api: TestApi;
  let otherApi: TestApi;
  let coordinator: SignedIn;
  let viewer: SignedIn;
  let plan: PlanRef;
  const sockets: WebSocketClient[] = [];

  beforeAll(async () => {
    const modules = [AccessModule, PlanningModule, CollaborationModule];
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

  function enter(person: SignedIn, on: TestApi = api) {
    const socket = webSocketClient(on.url, person.browser);
    sockets.push(socket);
    return { socket, presence: subscribe<Presence>(socket, PLAN_PRESENCE, { planId: plan.id }) };
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
    const first = enter(coordinator);
    await until(first.presence, (people) => people.length === 1);
    const myClient = latest(first.presence)?.clientId as string;

    const second = enter(viewer, otherApi);
    await until(second.presence, (people) => people.length === 2);
    await until(first.presence, (people) => people.length === 2);
    const viewerClient = latest(second.presence)?.clientId as string;
    expect(latest(first.presence)?.people.map((person) => person.clientId)).toEqual([
      myClient,
      viewerClient,
    ]);

    const activity = await createItem(coordinator.graphql, 'Activity', activityInput(plan.id));
    const moved = await viewer.graphql(UPDATE_PRESENCE, {
      input: {
        planId: plan.id,
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
      userId: viewer.user.id,
      stage: 'ACTIVITIES',
      itemId: activity.id,
      field: 'name',
    });

    // A heartbeat that changes nothing sends nothing.
    const before = first.presence.received.length;
    await viewer.graphql(UPDATE_PRESENCE, {
      input: {
        planId: plan.id,
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
    const watching = enter(coordinator);
    await until(watching.presence, (people) => people.length === 1);
    const sleeping = enter(viewer);
    await until(sleeping.presence, (people) => people.length === 2);
    const sleepingClient = latest(sleeping.presence)?.clientId as string;

    const client = new Client({ connectionString: database.url });
    await client.connect();
    await client
      .query(
        "UPDATE plan_presence SET last_seen = now() - interval '2 minutes' WHERE client_id = $1",
        [sleepingClient],
      )
      .finally(() => client.end());

    await until(watching.presence, (people) => people.length === 1, 6000);
    const late = await viewer.graphql(UPDATE_PRESENCE, {
      input: { planId: plan.id, clientId: sleepingClient },
    });
    expect(late.errors?.[0]?.extensions['code']).toBe('NOT_FOUND');
    watching.presence.unsubscribe();
    sleeping.presence.unsubscribe();
  });

  it('keeps presence to members, and to your own clients', async () => {
    const outsider = await signIn(api.url, database.url);
    const refused = enter(outsider).presence;
    await refused.waitForEnd();
    expect(refused.received[0]?.errors?.[0]?.extensions['code']).toBe('NOT_FOUND');

    const mine = enter(coordinator);
    await until(mine.presence, (people) => people.length >= 1);
    const someoneElses = await viewer.graphql(UPDATE_PRESENCE, {
      input: { planId: plan.id, clientId: latest(mine.presence)?.clientId },
    });
    expect(someoneElses.errors?.[0]?.extensions['code']).toBe('NOT_FOUND');

    const badField = await coordinator.graphql(UPDATE_PRESENCE, {
      input: { planId: plan.id, clientId: latest(mine.presence)?.clientId, field: 'name; DROP' },
    });
    expect(badField.errors?.[0]?.extensions['code']).toBe('BAD_USER_INPUT');
    mine.presence.unsubscribe();
  });
});
