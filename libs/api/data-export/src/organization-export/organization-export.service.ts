import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, NotFoundError, recordAudit } from '@oogo/api-core';
import type { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { queryInPages } from '../reading/cursor';
import { writeChunk } from '../writing/stream';

/*
 * AVG / data portability: everything one organisation contributed, in every plan, as one JSON
 * document. What "its" means, from the columns that link rows to an organisation or a person
 * (see migrations/):
 * - the organisation row, and its people: accounts linked to it (user_organization) or acting
 *   for it in a plan (membership.organization_id), with their memberships for it;
 * - per plan it takes part in (or has commented in): signals and reflection answers with its
 *   organization_id, activities it carries out (executor_organization_id) with everything under
 *   them, improvement actions it owns (owner_organization_id), approvals it gave, comments
 *   written on its behalf (comment.organization_id);
 * - the audit trail of changes made on its behalf (audit_event.organization_id) and, where an
 *   event names no organisation (e.g. managing people), those made by its people.
 * Left out: other organisations' items, secrets (password hashes, session and invitation
 * tokens), sessions and sign-ins, invitations (other people's addresses, token hashes).
 */

/** The document's format; bump the version when a field changes meaning or goes away. */
export const ORGANIZATION_EXPORT_FORMAT = {
  name: 'oogo-werkplaats/organisatiegegevens',
  version: 1,
  description:
    'Alle gegevens die één organisatie in OOGO Werkplaats heeft ingebracht (AVG, dataportabiliteit). ' +
    'Bovenaan: format, exportedAt, exportedBy, organization, people, plans (per plan: plan, ' +
    'participatingSince, signals, reflectionAnswers, activities met contributions, assessments, ' +
    'checklistItems, qualityChecks, outcomeMeasurements en literatureReferences, ' +
    'improvementActions, approvals, comments) en auditTrail. Sleutels in camelCase, ' +
    'datums als ISO 8601, codes zoals in de GraphQL-api.',
} as const;

const camel = (key: string): string =>
  key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** Database rows (snake_case) as the api names fields (camelCase), at every depth. */
export function camelKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camelKeys);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, inner]) => [
      camel(key),
      camelKeys(inner),
    ]),
  );
}

// $1 the organisation. Each list is built as JSON by PostgreSQL (dates as ISO text).
const ORGANIZATION_SQL = `
  SELECT jsonb_build_object('id', o.id, 'kind', o.kind, 'name', o.name, 'code', o.code,
                            'createdAt', o.created_at, 'updatedAt', o.updated_at) AS organization
    FROM organization o WHERE o.id = $1`;

const PEOPLE_SQL = `
  SELECT coalesce(jsonb_agg(person ORDER BY person->>'displayName', person->>'id'), '[]') AS people
    FROM (
      SELECT jsonb_build_object(
               'id', u.id, 'displayName', u.display_name, 'email', u.email, 'createdAt', u.created_at,
               'worksForOrganization', uo.user_id IS NOT NULL,
               'isAdmin', coalesce(uo.is_admin, false),
               'memberships', (
                 SELECT coalesce(jsonb_agg(jsonb_build_object('planId', m.plan_id, 'planTitle', p.title,
                          'role', m.role, 'since', m.created_at) ORDER BY m.created_at), '[]')
                   FROM membership m JOIN plan p ON p.id = m.plan_id
                  WHERE m.user_id = u.id AND m.organization_id = $1)) AS person
        FROM app_user u
        LEFT JOIN user_organization uo ON uo.user_id = u.id AND uo.organization_id = $1
       WHERE uo.user_id IS NOT NULL
          OR EXISTS (SELECT 1 FROM membership m WHERE m.user_id = u.id AND m.organization_id = $1)
    ) people`;

const PLANS_SQL = `
  SELECT plan_id AS "planId" FROM (
    SELECT plan_id, created_at FROM plan_organization WHERE organization_id = $1
    UNION ALL
    SELECT plan_id, min(created_at) FROM comment WHERE organization_id = $1 GROUP BY plan_id
  ) plans GROUP BY plan_id ORDER BY min(created_at), plan_id`;

/** Rows of a table in the plan ($1) of the organisation ($2): without the plan id, oldest first. */
const rowsOf = (table: string, alias: string, where: string, extra = "'{}'::jsonb") => `
  (SELECT coalesce(jsonb_agg((to_jsonb(${alias}) - 'plan_id') || ${extra}
                             ORDER BY ${alias}.created_at, ${alias}.id), '[]')
     FROM ${table} ${alias} WHERE ${alias}.plan_id = $1 AND ${where})`;

const UNDER_ACTIVITY = (table: string, alias: string, extra?: string) =>
  rowsOf(table, alias, `${alias}.activity_id = a.id`, extra);

const PLAN_SECTION_SQL = `
  SELECT jsonb_build_object(
    'plan', (SELECT jsonb_build_object('id', p.id, 'title', p.title, 'region', p.region,
               'status', p.status, 'periodStartYear', p.period_start_year,
               'periodEndYear', p.period_end_year) FROM plan p WHERE p.id = $1),
    'participatingSince', (SELECT created_at FROM plan_organization
                            WHERE plan_id = $1 AND organization_id = $2),
    'signals', ${rowsOf('signal', 's', 's.organization_id = $2')},
    'reflectionAnswers', ${rowsOf(
      'reflection_answer',
      'r',
      'r.organization_id = $2',
      `jsonb_build_object(
         'analysisTheme', (SELECT theme FROM analysis WHERE id = r.analysis_id),
         'learningReviewTitle', (SELECT title FROM learning_review WHERE id = r.learning_review_id))`,
    )},
    'activities', ${rowsOf(
      'activity',
      'a',
      'a.executor_organization_id = $2',
      `jsonb_build_object(
         'contributions', ${UNDER_ACTIVITY(
           'contribution',
           'c',
           `jsonb_build_object('societalResultStatement',
              (SELECT statement FROM societal_result WHERE id = c.societal_result_id))`,
         )},
         'assessments', ${UNDER_ACTIVITY('activity_assessment', 'x')},
         'checklistItems', ${UNDER_ACTIVITY('intervention_checklist_item', 'x')},
         'qualityChecks', ${UNDER_ACTIVITY('quality_check', 'x')},
         'outcomeMeasurements', ${UNDER_ACTIVITY('outcome_measurement', 'x')},
         'literatureReferences', ${UNDER_ACTIVITY('literature_reference', 'x')})`,
    )},
    'improvementActions', ${rowsOf('improvement_action', 'i', 'i.owner_organization_id = $2')},
    'approvals', (SELECT coalesce(jsonb_agg((to_jsonb(ap) - 'plan_id')
                     || jsonb_build_object('givenByName', u.display_name)
                     ORDER BY ap.given_at, ap.id), '[]')
                    FROM approval ap LEFT JOIN app_user u ON u.id = ap.given_by
                   WHERE ap.plan_id = $1 AND ap.organization_id = $2),
    'comments', (SELECT coalesce(jsonb_agg((to_jsonb(c) - 'plan_id')
                     || jsonb_build_object('authorName', u.display_name)
                     ORDER BY c.created_at, c.id), '[]')
                   FROM comment c LEFT JOIN app_user u ON u.id = c.author_id
                  WHERE c.plan_id = $1 AND c.organization_id = $2)
  ) AS section`;

// Streamed: the trail of a busy organisation grows without bound.
const AUDIT_TRAIL_SQL = `
  SELECT a.id::text AS id, a.occurred_at AS "occurredAt", a.plan_id AS "planId",
         a.user_id AS "userId", u.display_name AS "userName",
         a.organization_id AS "organizationId", a.entity, a.entity_id AS "entityId",
         a.item_label AS "itemLabel", a.action, a.changes, a.request_id AS "requestId"
    FROM audit_event a LEFT JOIN app_user u ON u.id = a.user_id
   WHERE a.action NOT IN ('LOGIN', 'LOGOUT')
     AND (a.organization_id = $1
          OR (a.organization_id IS NULL AND a.user_id IN (
                SELECT user_id FROM user_organization WHERE organization_id = $1
                UNION SELECT user_id FROM membership WHERE organization_id = $1)))
   ORDER BY a.id`;

/** Characters gathered before a write. */
const CHUNK = 64 * 1024;

@Injectable()
export class OrganizationExportService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The organisation's name, for the file name; NOT_FOUND when it does not exist. */
  async organizationName(organizationId: string): Promise<string> {
    const [row] = (await this.dataSource.query('SELECT name FROM organization WHERE id = $1', [
      organizationId,
    ])) as { name: string }[];
    if (!row) throw new NotFoundError('Organization', organizationId);
    return row.name;
  }

  /** Records who asked for the organisation's data, and when: it hands out personal data. */
  async recordExport(organizationId: string, actor: Actor | undefined): Promise<void> {
    await recordAudit(this.dataSource.manager, actor, {
      planId: null,
      entity: 'Organization',
      entityId: organizationId,
      action: 'EXPORT',
      before: null,
      after: { export: `${ORGANIZATION_EXPORT_FORMAT.name}@${ORGANIZATION_EXPORT_FORMAT.version}` },
    });
  }

  /** Writes the document to `out`, a plan at a time and the audit trail a page at a time. */
  async write(out: Writable, organizationId: string, actor: Actor | undefined): Promise<void> {
    const json = (value: unknown) => JSON.stringify(value);
    const [{ organization }] = (await this.dataSource.query(ORGANIZATION_SQL, [
      organizationId,
    ])) as [{ organization: unknown }];
    const [{ people }] = (await this.dataSource.query(PEOPLE_SQL, [organizationId])) as [
      { people: unknown },
    ];
    const [exportedBy] = (await this.dataSource.query(
      'SELECT id AS "userId", display_name AS "displayName" FROM app_user WHERE id = $1',
      [actor?.userId ?? null],
    )) as unknown[];
    await writeChunk(
      out,
      `{"format":${json(ORGANIZATION_EXPORT_FORMAT)},"exportedAt":${json(new Date())},` +
        `"exportedBy":${json(exportedBy ?? null)},"organization":${json(organization)},` +
        `"people":${json(people)},"plans":[`,
    );

    const plans = (await this.dataSource.query(PLANS_SQL, [organizationId])) as {
      planId: string;
    }[];
    for (const [index, { planId }] of plans.entries()) {
      const [{ section }] = (await this.dataSource.query(PLAN_SECTION_SQL, [
        planId,
        organizationId,
      ])) as [{ section: unknown }];
      await writeChunk(out, `${index ? ',' : ''}${json(camelKeys(section))}`);
    }

    await writeChunk(out, '],"auditTrail":[');
    let chunk = '';
    let first = true;
    for await (const page of queryInPages<unknown>(this.dataSource, AUDIT_TRAIL_SQL, [
      organizationId,
    ])) {
      for (const event of page) {
        chunk += `${first ? '' : ','}${json(event)}`;
        first = false;
        if (chunk.length >= CHUNK) {
          await writeChunk(out, chunk);
          chunk = '';
        }
      }
    }
    await writeChunk(out, `${chunk}]}\n`);
  }
}
