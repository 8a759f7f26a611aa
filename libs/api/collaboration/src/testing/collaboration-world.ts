import { AccessModule } from '@oogo/api-access';
import { joinPlan, signIn, SignedIn } from '@oogo/api-access/testing';
import { browserSession, startTestApi, TestApi, webSocketClient } from '@oogo/api-core/testing';
import { PlanningModule } from '@oogo/api-planning';
import { createOrganization, createPlan, PlanRef, Ref } from '@oogo/api-planning/testing';
import type { PlanRole } from '@oogo/shared-domain';
import type { Client as WebSocketClient } from 'graphql-ws';
import { Client } from 'pg';
import { CollaborationModule } from '../collaboration.module';

// What every collaboration spec (and the live events bench) starts from: one or more api
// instances on the test database, a coordinator with a plan and a partner in it, the
// people the spec needs, WebSockets that are closed afterwards, and SQL on the side.

/** What the collaboration specs and benches start from: api instances, a plan and its people. */
export interface CollaborationWorld {
  /** The first api instance. */
  api: TestApi;
  /** Every api instance, all on the same database, as behind a load balancer. */
  apis: TestApi[];
  /** Started the plan (for a gemeente of their own), so its coordinator. */
  coordinator: SignedIn;
  /** A partner organisation taking part in the plan. */
  partner: Ref;
  plan: PlanRef;
  /**
   * Someone new, signed in on the first instance, in the plan with this role: for the partner
   * unless another participating organisation is given.
   */
  member(role: PlanRole, organizationId?: string): Promise<SignedIn>;
  /** Someone new, signed in, who is not in the plan. */
  outsider(): Promise<SignedIn>;
  /**
   * A graphql-ws client of this person (anonymous when left out) to an api instance (the
   * first unless told), closed by `close`.
   */
  socketFor(person?: SignedIn, api?: TestApi): WebSocketClient;
  /** Runs SQL on the test database, over a connection of its own. */
  sql<Row = Record<string, unknown>>(query: string, values?: unknown[]): Promise<Row[]>;
  /** Closes the sockets, then the api instances. */
  close(): Promise<void>;
}

export interface WorldOptions {
  /** How many api instances (default 1). */
  instances?: number;
  /** Their environment (default `NODE_ENV=test`). */
  env?: NodeJS.ProcessEnv;
}

/**
 * Starts the api instances (access, planning and collaboration modules) on the test database,
 * signs in a coordinator, and has them start a plan with a partner organisation in it.
 */
export async function startCollaborationWorld(
  databaseUrl: string,
  { instances = 1, env }: WorldOptions = {},
): Promise<CollaborationWorld> {
  const modules = [AccessModule, PlanningModule, CollaborationModule];
  const apis = await Promise.all(
    Array.from({ length: instances }, () => startTestApi(databaseUrl, modules, env)),
  );
  const api = apis[0] as TestApi;
  const coordinator = await signIn(api.url, databaseUrl);
  const partner = await createOrganization(coordinator.graphql, 'PARTNER');
  const plan = await createPlan(coordinator.graphql, [partner.id]);
  const sockets: WebSocketClient[] = [];
  return {
    api,
    apis,
    coordinator,
    partner,
    plan,
    async member(role, organizationId = partner.id) {
      const person = await signIn(api.url, databaseUrl);
      await joinPlan(databaseUrl, plan.id, person.user.id, role, organizationId);
      return person;
    },
    outsider: () => signIn(api.url, databaseUrl),
    socketFor(person, on = api) {
      const socket = webSocketClient(on.url, person?.browser ?? browserSession(on.url));
      sockets.push(socket);
      return socket;
    },
    async sql<Row>(query: string, values: unknown[] = []) {
      const client = new Client({ connectionString: databaseUrl });
      await client.connect();
      return (await client.query(query, values).finally(() => client.end())).rows as Row[];
    },
    async close() {
      await Promise.all(sockets.map((socket) => socket.dispose()));
      await Promise.all(apis.map((instance) => instance.close()));
    },
  };
}

/**
 * Who the spec needs besides the coordinator, by name: a role in the plan (for the partner),
 * `{ role, organization: 'coordinator' }` for the organisation the coordinator takes part for,
 * or `null` for someone signed in who is not in the plan.
 */
export type People = Record<
  string,
  PlanRole | { role: PlanRole; organization: 'partner' | 'coordinator' } | null
>;

/**
 * The world for the calling `describe`: started in its `beforeAll` (with `people` in it),
 * closed in its `afterAll`. Call it inside the describe, after `useTestDatabase()` at the top
 * of the file, so the world closes before the database goes; read it in hooks and tests.
 */
export function useCollaborationWorld<P extends People = Record<never, never>>(
  database: { readonly url: string },
  { people, ...options }: WorldOptions & { people?: P } = {},
): CollaborationWorld & { readonly [Name in keyof P]: SignedIn } {
  let world: CollaborationWorld | undefined;
  const named = new Map<string, SignedIn>();
  beforeAll(async () => {
    world = await startCollaborationWorld(database.url, options);
    const started = world;
    await Promise.all(
      Object.entries(people ?? {}).map(async ([name, spec]) => {
        const person =
          spec === null
            ? await started.outsider()
            : typeof spec === 'string'
              ? await started.member(spec)
              : await started.member(
                  spec.role,
                  spec.organization === 'coordinator' ? started.plan.organizationId : undefined,
                );
        named.set(name, person);
      }),
    );
  }, 30_000);
  afterAll(async () => {
    await world?.close();
  });
  const started = (): CollaborationWorld => {
    if (!world) throw new Error('The world is started in beforeAll; read it in a hook or test');
    return world;
  };
  return new Proxy({} as CollaborationWorld & { readonly [Name in keyof P]: SignedIn }, {
    get: (_target, property) => {
      if (typeof property !== 'string') return undefined;
      return named.get(property) ?? started()[property as keyof CollaborationWorld];
    },
  });
}

/** Subscriptions are registered asynchronously: give them a moment before changing things. */
export const settle = (ms = 150) => new Promise((resolve) => setTimeout(resolve, ms));
