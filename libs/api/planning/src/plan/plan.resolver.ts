import {
  Args,
  Context,
  ID,
  Info,
  Int,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Access, actorOf, lastPlanEventSequence, NotFoundError } from '@oogo/api-core';
import { PlanRole } from '@oogo/shared-domain';
import { Kind } from 'graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { DataSource } from 'typeorm';
import { planScopedEntities } from '../planning.entities';
import { Activity } from '../activities/activities.entities';
import { PlanRowsProvider } from '../common/plan-rows';
import { Organization } from '../organization/organization.entity';
import { SocietalResult } from '../societal-results/societal-results.entities';
import { Plan, PlanOrganization } from './plan.entity';

/** Entry points into the plan graph; everything below them comes from the relations. */
@Resolver(() => Plan)
export class PlanResolver {
  constructor(
    private readonly planRows: PlanRowsProvider,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Access.planRole(PlanRole.VIEWER, { planIdAt: 'id' })
  @Query(() => Plan, {
    description: 'A whole plan: every bouwsteen, item and link, in one request.',
  })
  async plan(
    @Args('id', { type: () => ID }) id: string,
    @Context() context: object,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Plan> {
    // Read before the items: replaying from here may repeat a change, never miss one.
    const eventSequence = asksFor(info, 'eventSequence')
      ? await lastPlanEventSequence(this.dataSource, id)
      : undefined;
    const rows = this.planRows.forRequest(context);
    const plan = await rows.byId(Plan, id);
    if (!plan) throw new NotFoundError('Plan', id);
    if (eventSequence !== undefined) eventSequences.set(plan, eventSequence);
    if (asksForLinkedItems(info)) {
      await rows.prefetch(plan.id, planScopedEntities);
      const participants = await rows.of(PlanOrganization, plan.id);
      await Promise.all(participants.map((link) => rows.byId(Organization, link.organizationId)));
    }
    return plan;
  }

  @Access.signedIn()
  @Query(() => [Plan], { description: 'The plans you take part in.' })
  plans(@Context() context: object): Promise<Plan[]> {
    return this.dataSource
      .getRepository(Plan)
      .createQueryBuilder('plan')
      .innerJoin(
        'membership',
        'membership',
        'membership.plan_id = plan.id AND membership.user_id = :userId',
        {
          userId: actorOf(context)?.userId,
        },
      )
      .orderBy('plan.createdAt', 'ASC')
      .addOrderBy('plan.id', 'ASC')
      .getMany();
  }

  @Access.planRole(PlanRole.VIEWER, { itemIdAt: 'id', item: SocietalResult })
  @Query(() => SocietalResult, {
    description: 'A result and, through its fields, the chain in both directions.',
  })
  societalResult(@Args('id', { type: () => ID }) id: string): Promise<SocietalResult> {
    return this.findItem(SocietalResult, 'SocietalResult', id);
  }

  @Access.planRole(PlanRole.VIEWER, { itemIdAt: 'id', item: Activity })
  @Query(() => Activity, { description: 'An activity and the results it serves.' })
  activity(@Args('id', { type: () => ID }) id: string): Promise<Activity> {
    return this.findItem(Activity, 'Activity', id);
  }

  @Access.signedIn()
  @Query(() => [Organization])
  organizations(): Promise<Organization[]> {
    return this.dataSource.getRepository(Organization).find({ order: { name: 'ASC', id: 'ASC' } });
  }

  @Access.inherit()
  @ResolveField(() => Int, {
    description:
      'The sequence of the latest live event when this plan was read: subscribe to `planEvents` with it as `afterSequence`.',
  })
  async eventSequence(@Parent() plan: Plan): Promise<number> {
    return eventSequences.get(plan) ?? lastPlanEventSequence(this.dataSource, plan.id);
  }

  private async findItem<E extends object>(
    entity: new () => E,
    name: string,
    id: string,
  ): Promise<E> {
    const item = await this.dataSource.getRepository(entity).findOneBy({ id } as never);
    if (!item) throw new NotFoundError(name, id);
    return item;
  }
}

/** Sequence numbers read by `plan(id)` before its items, for the `eventSequence` field. */
const eventSequences = new WeakMap<Plan, number>();

function asksFor(info: GraphQLResolveInfo, field: string): boolean {
  return info.fieldNodes.some((node) =>
    node.selectionSet?.selections.some(
      (selection) => selection.kind === Kind.FIELD && selection.name.value === field,
    ),
  );
}

/** Whether the query reaches past the plan's own fields into its items. */
function asksForLinkedItems(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.some((node) =>
    node.selectionSet?.selections.some(
      (selection) => selection.kind !== Kind.FIELD || selection.selectionSet,
    ),
  );
}
