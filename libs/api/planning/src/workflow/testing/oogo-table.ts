import { joinPlan, signIn, SignedIn } from '@oogo/api-access/testing';
import type { GraphqlRequest, GraphqlResponse } from '@oogo/api-core/testing';
import { createOrganization, createPlan, mutate, PlanRef, Ref } from '../../testing/plan-factory';

// An OOGO table for workflow tests: a plan of a gemeente (whose member coordinates), a
// schoolbestuur, a second gemeente and a partner, each with an EDITOR acting for it.

export interface OogoTable {
  plan: PlanRef;
  coordinator: SignedIn;
  gemeente: Ref;
  schoolbestuur: Ref;
  otherGemeente: Ref;
  partner: Ref;
  /** EDITOR for the schoolbestuur. */
  schoolbestuurEditor: SignedIn;
  /** EDITOR for the second gemeente. */
  otherGemeenteEditor: SignedIn;
  /** EDITOR for the partner. */
  partnerEditor: SignedIn;
}

export async function setUpOogoTable(apiUrl: string, databaseUrl: string): Promise<OogoTable> {
  const coordinator = await signIn(apiUrl, databaseUrl);
  const gemeente = await createOrganization(coordinator.graphql, 'GEMEENTE');
  const schoolbestuur = await createOrganization(coordinator.graphql, 'SCHOOLBESTUUR');
  const otherGemeente = await createOrganization(coordinator.graphql, 'GEMEENTE');
  const partner = await createOrganization(coordinator.graphql, 'PARTNER');
  const plan = await createPlan(
    coordinator.graphql,
    [gemeente.id, schoolbestuur.id, otherGemeente.id, partner.id],
    gemeente.id,
  );
  const member = async (organization: Ref, role: 'EDITOR' | 'CONTRIBUTOR' | 'VIEWER') => {
    const person = await signIn(apiUrl, databaseUrl);
    await joinPlan(databaseUrl, plan.id, person.user.id, role, organization.id);
    return person;
  };
  return {
    plan,
    coordinator,
    gemeente,
    schoolbestuur,
    otherGemeente,
    partner,
    schoolbestuurEditor: await member(schoolbestuur, 'EDITOR'),
    otherGemeenteEditor: await member(otherGemeente, 'EDITOR'),
    partnerEditor: await member(partner, 'EDITOR'),
  };
}

/** Signs someone in as a member of the table's plan, for an organisation, with a role. */
export async function joinTable(
  table: OogoTable,
  apiUrl: string,
  databaseUrl: string,
  organization: Ref,
  role: 'EDITOR' | 'CONTRIBUTOR' | 'VIEWER' | 'COORDINATOR',
): Promise<SignedIn> {
  const person = await signIn(apiUrl, databaseUrl);
  await joinPlan(databaseUrl, table.plan.id, person.user.id, role, organization.id);
  return person;
}

export const codeOf = (response: GraphqlResponse<unknown>) =>
  String(response.errors?.[0]?.extensions['code'] ?? 'OK');

export async function planVersion(graphql: GraphqlRequest, planId: string): Promise<number> {
  const { data } = await graphql<{ plan: { version: number } }>(
    'query ($id: ID!) { plan(id: $id) { version } }',
    { id: planId },
  );
  return data?.plan.version as number;
}

export function changeStatus(
  graphql: GraphqlRequest,
  planId: string,
  version: number,
  status: string,
): Promise<GraphqlResponse<{ changePlanStatus: { status: string; version: number } }>> {
  return graphql(
    'mutation ($input: ChangePlanStatusInput!) { changePlanStatus(input: $input) { status version } }',
    { input: { planId, version, status } },
  );
}

/** Changes the plan's status as its coordinator, with the current version. */
export async function moveTo(table: OogoTable, status: string): Promise<void> {
  const graphql = table.coordinator.graphql;
  const response = await changeStatus(
    graphql,
    table.plan.id,
    await planVersion(graphql, table.plan.id),
    status,
  );
  if (response.errors)
    throw new Error(`changePlanStatus failed: ${JSON.stringify(response.errors)}`);
}

export function recordApproval(
  graphql: GraphqlRequest,
  input: { planId: string; organizationId: string; decision: string; reason?: string | null },
) {
  return graphql<{
    recordApproval: { id: string; decision: string; reason: string | null; stale: boolean };
  }>(
    'mutation ($input: RecordApprovalInput!) { recordApproval(input: $input) { id decision reason stale } }',
    { input },
  );
}

/** Every gemeente and schoolbestuur of the table agrees, each through its own member. */
export async function everyoneAgrees(table: OogoTable): Promise<void> {
  for (const [graphql, organization] of [
    [table.coordinator.graphql, table.gemeente],
    [table.schoolbestuurEditor.graphql, table.schoolbestuur],
    [table.otherGemeenteEditor.graphql, table.otherGemeente],
  ] as const) {
    await mutate(
      graphql,
      'mutation ($input: RecordApprovalInput!) { recordApproval(input: $input) { id } }',
      { input: { planId: table.plan.id, organizationId: organization.id, decision: 'AGREE' } },
    );
  }
}

export async function adopt(
  table: OogoTable,
  version?: number,
): Promise<
  GraphqlResponse<{
    adoptPlan: {
      plan: { status: string; version: number };
      snapshot: { id: string; number: number };
    };
  }>
> {
  const graphql = table.coordinator.graphql;
  return graphql(
    'mutation ($input: AdoptPlanInput!) { adoptPlan(input: $input) { plan { status version } snapshot { id number } } }',
    {
      input: {
        planId: table.plan.id,
        version: version ?? (await planVersion(graphql, table.plan.id)),
      },
    },
  );
}

export async function planStatus(graphql: GraphqlRequest, planId: string): Promise<string> {
  const { data } = await graphql<{ plan: { status: string } }>(
    'query ($id: ID!) { plan(id: $id) { status } }',
    { id: planId },
  );
  return data?.plan.status as string;
}
