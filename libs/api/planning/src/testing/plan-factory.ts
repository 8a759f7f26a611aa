import type { GraphqlRequest, GraphqlResponse } from '@oogo/api-core/testing';

// Test data made through the public api, so tests exercise the same path as users.

let sequence = 0;
const next = () => ++sequence;

/** Runs a mutation and returns its data, failing the test on any GraphQL error. */
export async function mutate<T>(
  graphql: GraphqlRequest,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const response: GraphqlResponse<T> = await graphql<T>(query, variables);
  if (response.errors?.length || !response.data) {
    throw new Error(`Mutation failed: ${JSON.stringify(response.errors)}`);
  }
  return response.data;
}

export interface Ref {
  id: string;
  version: number;
}

export async function createOrganization(
  graphql: GraphqlRequest,
  kind: 'GEMEENTE' | 'SCHOOLBESTUUR' | 'PARTNER' = 'GEMEENTE',
): Promise<Ref> {
  const n = next();
  const code =
    kind === 'GEMEENTE'
      ? `GM${String(1000 + (n % 9000)).padStart(4, '0')}`
      : kind === 'SCHOOLBESTUUR'
        ? String(40000 + n)
        : null;
  const data = await mutate<{ createOrganization: Ref }>(
    graphql,
    'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id version } }',
    { input: { kind, name: `${kind.toLowerCase()} ${n}`, code } },
  );
  return data.createOrganization;
}

export interface PlanRef extends Ref {
  /** The organisation the creator (now coordinator) takes part for. */
  organizationId: string;
}

/**
 * A plan started by the signed-in person (who becomes its coordinator), for an organisation
 * of theirs (made here when not given), with these other participants.
 */
export async function createPlan(
  graphql: GraphqlRequest,
  participantIds: string[] = [],
  organizationId?: string,
): Promise<PlanRef> {
  const own = organizationId ?? (await createOrganization(graphql, 'GEMEENTE')).id;
  const data = await mutate<{ createPlan: Ref }>(
    graphql,
    'mutation ($input: CreatePlanInput!) { createPlan(input: $input) { id version } }',
    {
      input: {
        title: `Ontwikkelagenda ${next()}`,
        region: 'Regio Testveen',
        periodStartYear: 2025,
        periodEndYear: 2028,
        participantIds,
        organizationId: own,
      },
    },
  );
  return { ...data.createPlan, organizationId: own };
}

/** Creates any plan item: `create('Indicator', { planId, … })` → its id and version. */
export async function createItem(
  graphql: GraphqlRequest,
  type: string,
  input: Record<string, unknown>,
): Promise<Ref> {
  const data = await mutate<Record<string, Ref>>(
    graphql,
    `mutation ($input: Create${type}Input!) { item: create${type}(input: $input) { id version } }`,
    { input },
  );
  return data['item'] as Ref;
}

export function indicatorInput(planId: string, overrides: Record<string, unknown> = {}) {
  return { planId, name: `Indicator ${next()}`, unit: '%', betterDirection: 'LOWER', ...overrides };
}

export function activityInput(planId: string, overrides: Record<string, unknown> = {}) {
  return {
    planId,
    name: `Activiteit ${next()}`,
    kind: 'PREVENTIVE',
    targetGroup: 'leerlingen po',
    ...overrides,
  };
}
