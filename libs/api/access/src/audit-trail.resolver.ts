import { Args, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Access } from '@oogo/api-core';
import { PlanRole } from '@oogo/shared-domain';
import { DataSource } from 'typeorm';

@ObjectType({
  description: 'One field of an item as it was and as it became (JSON-encoded values).',
})
export class FieldChange {
  @Field()
  field!: string;

  @Field(() => String, { nullable: true })
  before!: string | null;

  @Field(() => String, { nullable: true })
  after!: string | null;
}

@ObjectType({
  description: 'Who changed what, when. Written with every change; never changed itself.',
})
export class AuditEvent {
  @Field(() => ID)
  id!: string;

  @Field()
  occurredAt!: Date;

  @Field({ description: 'The GraphQL type of the item, e.g. Activity.' })
  entity!: string;

  @Field(() => ID)
  entityId!: string;

  @Field({ description: 'CREATE, UPDATE or DELETE' })
  action!: string;

  @Field(() => String, { nullable: true, description: 'Who made the change.' })
  userName!: string | null;

  @Field(() => ID, { nullable: true, description: 'The organisation they acted for.' })
  organizationId!: string | null;

  @Field(() => String, { nullable: true })
  requestId!: string | null;

  @Field(() => [FieldChange])
  changes!: FieldChange[];
}

@ObjectType()
export class AuditPage {
  @Field(() => [AuditEvent], { description: 'Newest first.' })
  events!: AuditEvent[];

  @Field(() => String, {
    nullable: true,
    description: 'Pass as `before` for the next, older page.',
  })
  nextCursor!: string | null;
}

const MAX_PAGE = 200;

interface AuditRow {
  id: string;
  occurredAt: Date;
  entity: string;
  entityId: string;
  action: string;
  userName: string | null;
  organizationId: string | null;
  requestId: string | null;
  changes: Record<string, { before: unknown; after: unknown }>;
}

@Resolver(() => AuditEvent)
export class AuditTrailResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Access.planRole(PlanRole.COORDINATOR, { planIdAt: 'planId' })
  @Query(() => AuditPage, {
    description: "The plan's audit trail, newest first, a page at a time.",
  })
  async auditTrail(
    @Args('planId', { type: () => ID }) planId: string,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('before', { type: () => String, nullable: true }) before?: string,
  ): Promise<AuditPage> {
    const size = Math.min(Math.max(first, 1), MAX_PAGE);
    const cursor = before && /^\d+$/.test(before) ? before : null;
    const rows = (await this.dataSource.query(
      `SELECT a.id::text AS id, a.occurred_at AS "occurredAt", a.entity, a.entity_id AS "entityId", a.action,
              u.display_name AS "userName", a.organization_id AS "organizationId",
              a.request_id AS "requestId", a.changes
         FROM audit_event a LEFT JOIN app_user u ON u.id = a.user_id
        WHERE a.plan_id = $1 AND ($2::bigint IS NULL OR a.id < $2::bigint)
        ORDER BY a.id DESC LIMIT $3`,
      [planId, cursor, size + 1],
    )) as AuditRow[];
    const page = rows.slice(0, size);
    return {
      events: page.map((row) => ({
        ...row,
        changes: Object.entries(row.changes).map(([field, change]) => ({
          field,
          before: change.before === null ? null : JSON.stringify(change.before),
          after: change.after === null ? null : JSON.stringify(change.after),
        })),
      })),
      nextCursor: rows.length > size ? (page.at(-1)?.id ?? null) : null,
    };
  }
}
