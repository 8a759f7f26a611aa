import { Args, Field, ID, InputType, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Access } from '@oogo/api-core';
import { PlanRole, Stage, STAGE_OF_ITEM } from '@oogo/shared-domain';
import { IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { DataSource } from 'typeorm';
import { describeChange } from './feed-vocabulary';

@ObjectType({ description: 'One change in the plan, told in Dutch.' })
export class FeedEntry {
  @Field(() => ID)
  id!: string;

  @Field()
  occurredAt!: Date;

  @Field({ description: 'E.g. "Gemeente Noorderveen wijzigde de streefwaarde van …".' })
  sentence!: string;

  @Field(() => Stage, { nullable: true })
  stage!: Stage | null;

  @Field()
  entity!: string;

  @Field(() => ID)
  entityId!: string;

  @Field()
  action!: string;

  @Field(() => [String])
  changedFields!: string[];

  @Field(() => String, { nullable: true })
  actorName!: string | null;

  @Field(() => String, { nullable: true })
  organizationName!: string | null;
}

@ObjectType()
export class FeedPage {
  @Field(() => [FeedEntry], { description: 'Newest first.' })
  entries!: FeedEntry[];

  @Field(() => String, { nullable: true, description: 'Pass as `before` for older entries.' })
  nextCursor!: string | null;
}

@InputType()
export class ActivityFeedFilter {
  @Field(() => Stage, { nullable: true, description: 'Only changes in this bouwsteen.' })
  @IsOptional()
  @IsIn(Object.values(Stage))
  stage?: Stage | null;

  @Field(() => ID, { nullable: true, description: 'Only changes by this organisation.' })
  @IsOptional()
  @IsUUID('all')
  organizationId?: string | null;

  @Field(() => Int, { nullable: true, defaultValue: 50 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(200)
  first?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: 'before must be a cursor from an earlier page' })
  before?: string | null;
}

interface FeedRow {
  id: string;
  occurredAt: Date;
  entity: string;
  entityId: string;
  action: string;
  changes: Record<string, unknown>;
  label: string | null;
  actorName: string | null;
  organizationName: string | null;
}

/** The plan's activity feed: its audit trail, in sentences people read at a glance. */
@Resolver(() => FeedEntry)
export class ActivityFeedResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Access.planRole(PlanRole.VIEWER, { planIdAt: 'planId' })
  @Query(() => FeedPage, { description: 'What changed in the plan, newest first.' })
  async activityFeed(
    @Args('planId', { type: () => ID }) planId: string,
    @Args('filter', { type: () => ActivityFeedFilter, nullable: true }) // Not `| null`: the validation pipe needs the class as the parameter's design type.
    filter?: ActivityFeedFilter,
  ): Promise<FeedPage> {
    const first = filter?.first ?? 50;
    const entities = filter?.stage
      ? Object.keys(STAGE_OF_ITEM).filter((entity) => STAGE_OF_ITEM[entity] === filter.stage)
      : null;
    const rows = (await this.dataSource.query(
      `SELECT a.id::text, a.occurred_at AS "occurredAt", a.entity, a.entity_id AS "entityId",
              a.action, a.changes, a.item_label AS label,
              u.display_name AS "actorName", o.name AS "organizationName"
         FROM audit_event a
         LEFT JOIN app_user u ON u.id = a.user_id
         LEFT JOIN organization o ON o.id = a.organization_id
        WHERE a.plan_id = $1
          AND ($2::text[] IS NULL OR a.entity = ANY($2))
          AND ($3::uuid IS NULL OR a.organization_id = $3)
          AND ($4::bigint IS NULL OR a.id < $4)
        ORDER BY a.id DESC LIMIT $5`,
      [planId, entities, filter?.organizationId ?? null, filter?.before ?? null, first + 1],
    )) as FeedRow[];
    const page = rows.slice(0, first);
    return {
      entries: page.map((row) => {
        const changedFields = Object.keys(row.changes);
        return {
          id: row.id,
          occurredAt: row.occurredAt,
          sentence: describeChange({
            who: row.organizationName ?? row.actorName ?? 'Iemand',
            entity: row.entity,
            action: row.action,
            label: row.label,
            changedFields,
          }),
          stage: STAGE_OF_ITEM[row.entity] ?? null,
          entity: row.entity,
          entityId: row.entityId,
          action: row.action,
          changedFields,
          actorName: row.actorName,
          organizationName: row.organizationName,
        };
      }),
      nextCursor: rows.length > first ? (page.at(-1)?.id ?? null) : null,
    };
  }
}
