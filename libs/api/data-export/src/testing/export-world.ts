import { AccessModule } from '@oogo/api-access';
import { joinPlan, signIn, SignedIn } from '@oogo/api-access/testing';
import { startTestApi, TestApi } from '@oogo/api-core/testing';
import { PlanningModule } from '@oogo/api-planning';
import {
  activityInput,
  createItem,
  createOrganization,
  createPlan,
  indicatorInput,
  mutate,
  PlanRef,
  Ref,
} from '@oogo/api-planning/testing';
import { CollaborationModule } from '@oogo/api-collaboration';
import type { PlanRole } from '@oogo/shared-domain';
import { Client } from 'pg';
import { DataExportModule } from '../data-export.module';

// What the export specs start from: the api with the export module, a coordinator who started
// a plan for a gemeente (and registered it, so is its admin), a partner in the plan, and a few
// items with known values.

/** The activity name that a spreadsheet would run as a formula. */
export const FORMULA_NAME = '=HYPERLINK("http://x")';

export interface ExportWorld {
  api: TestApi;
  /** http://127.0.0.1:<port> */
  baseUrl: string;
  coordinator: SignedIn;
  plan: PlanRef;
  gemeente: { id: string; code: string; name: string };
  partner: Ref;
  items: {
    indicator: Ref;
    servedResult: Ref;
    unservedResult: Ref;
    /** The gemeente's activity, serving servedResult, with RATIONALE. */
    activity: Ref;
    /** The partner's activity, named FORMULA_NAME, serving no result. */
    partnerActivity: Ref;
    gemeenteSignal: Ref;
    partnerSignal: Ref;
  };
  member(role: PlanRole, organizationId?: string): Promise<SignedIn>;
  outsider(): Promise<SignedIn>;
  sql<Row = Record<string, unknown>>(query: string, values?: unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

export const RATIONALE = 'Minder uitval; "samen" met school';
export const INDICATOR_NAME = 'Jongeren met jeugdhulp';

export async function startExportWorld(databaseUrl: string): Promise<ExportWorld> {
  const api = await startTestApi(databaseUrl, [
    AccessModule,
    PlanningModule,
    CollaborationModule,
    DataExportModule,
  ]);
  const baseUrl = api.url.replace(/\/graphql$/, '');
  const sql = async <Row>(query: string, values: unknown[] = []) => {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    return (await client.query(query, values).finally(() => client.end())).rows as Row[];
  };
  const coordinator = await signIn(api.url, databaseUrl);
  const partner = await createOrganization(coordinator.graphql, 'PARTNER');
  const plan = await createPlan(coordinator.graphql, [partner.id]);
  const [gemeente] = await sql<{ id: string; code: string; name: string }>(
    'SELECT id, code, name FROM organization WHERE id = $1',
    [plan.organizationId],
  );
  const { graphql } = coordinator;
  const planId = plan.id;
  const indicator = await createItem(
    graphql,
    'Indicator',
    indicatorInput(planId, { name: INDICATOR_NAME, source: 'CBS 84134NED' }),
  );
  for (const [areaCode, period, value, measuredOn] of [
    [gemeente?.code, '2023', 12.5, '2024-03-01'],
    [gemeente?.code, '2024', 11.75, null],
    ['NL01', '2024', 10, null],
  ] as const) {
    await createItem(graphql, 'Measurement', {
      planId,
      indicatorId: indicator.id,
      areaCode,
      period,
      value,
      measuredOn,
    });
  }
  const servedResult = await createItem(graphql, 'SocietalResult', {
    planId,
    statement: 'Minder jongeren vallen uit op school',
  });
  const unservedResult = await createItem(graphql, 'SocietalResult', {
    planId,
    statement: 'Meer kinderen groeien gezond op',
  });
  const activity = await createItem(
    graphql,
    'Activity',
    activityInput(planId, {
      name: 'Jeugdhulp op school',
      executorOrganizationId: plan.organizationId,
    }),
  );
  const partnerActivity = await createItem(
    graphql,
    'Activity',
    activityInput(planId, { name: FORMULA_NAME, executorOrganizationId: partner.id }),
  );
  await createItem(graphql, 'Contribution', {
    planId,
    activityId: activity.id,
    societalResultId: servedResult.id,
    rationale: RATIONALE,
  });
  const gemeenteSignal = await createItem(graphql, 'Signal', {
    planId,
    title: 'Signaal van de gemeente',
    organizationId: plan.organizationId,
  });
  const partnerSignal = await createItem(graphql, 'Signal', {
    planId,
    title: 'Signaal van de partner',
    organizationId: partner.id,
  });
  await mutate(
    graphql,
    'mutation ($input: CreateCommentInput!) { createComment(input: $input) { id } }',
    {
      input: { planId, stage: 'YOUTH_SITUATION', body: 'Opmerking van de gemeente' },
    },
  );

  return {
    api,
    baseUrl,
    coordinator,
    plan,
    gemeente: gemeente as { id: string; code: string; name: string },
    partner,
    items: {
      indicator,
      servedResult,
      unservedResult,
      activity,
      partnerActivity,
      gemeenteSignal,
      partnerSignal,
    },
    async member(role, organizationId = partner.id) {
      const person = await signIn(api.url, databaseUrl);
      await joinPlan(databaseUrl, planId, person.user.id, role, organizationId);
      return person;
    },
    outsider: () => signIn(api.url, databaseUrl),
    sql,
    close: () => api.close(),
  };
}

export interface Download {
  status: number;
  headers: Headers;
  bytes: Buffer;
  text: string;
}

/** GETs a path as this person's browser does (with the session cookie; anonymous without). */
export async function download(
  baseUrl: string,
  path: string,
  person?: SignedIn,
): Promise<Download> {
  const cookie = person
    ? [...person.browser.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
    : '';
  const response = await fetch(`${baseUrl}${path}`, { headers: cookie ? { cookie } : {} });
  const bytes = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status,
    headers: response.headers,
    bytes,
    text: bytes.toString('utf8'),
  };
}
