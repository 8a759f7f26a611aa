import { BrowserSession, browserSession, GraphqlRequest } from '@oogo/api-core/testing';
import { PlanRole } from '@oogo/shared-domain';
import { Client } from 'pg';
import { createUser, TestUser } from './user-factory';

export interface SignedIn {
  graphql: GraphqlRequest;
  user: TestUser;
  /** The "browser" holding the session cookie, e.g. for a WebSocket of the same person. */
  browser: BrowserSession;
}

/** A new person, signed in through the api in a "browser" of their own. */
export async function signIn(
  graphqlUrl: string,
  databaseUrl: string,
  user?: TestUser,
): Promise<SignedIn> {
  const person = user ?? (await createUser(databaseUrl));
  const browser = browserSession(graphqlUrl);
  const response = await browser.graphql(
    'mutation ($input: LoginInput!) { login(input: $input) { id } }',
    {
      input: { email: person.email, password: person.password },
    },
  );
  if (response.errors) throw new Error(`Sign-in failed: ${JSON.stringify(response.errors)}`);
  return { graphql: browser.graphql, user: person, browser };
}

/** Makes someone a member of a plan, for the given (or any) participating organisation. */
export async function joinPlan(
  databaseUrl: string,
  planId: string,
  userId: string,
  role: PlanRole,
  organizationId?: string,
): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO membership (plan_id, user_id, organization_id, role)
       SELECT $1, $2, organization_id, $3 FROM plan_organization
        WHERE plan_id = $1 AND ($4::uuid IS NULL OR organization_id = $4) LIMIT 1`,
      [planId, userId, role, organizationId ?? null],
    );
  } finally {
    await client.end();
  }
}
