import { Access } from '@oogo/api-core';
import { Context, Field, Int, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ChecklistStatus, DOUBTFUL_EFFECTIVENESS_UNCLEAR_POINTS } from '@oogo/shared-domain';
import { PlanRowsProvider } from '../common/plan-rows';
import { Activity, InterventionChecklistItem } from './activities.entities';

/** An activity's checklist for interventions, with the seed's doubt rule applied. */
@ObjectType()
export class InterventionChecklist {
  @Field(() => [InterventionChecklistItem])
  items!: InterventionChecklistItem[];

  @Field(() => Int)
  unclearCount!: number;

  @Field({
    description: `${DOUBTFUL_EFFECTIVENESS_UNCLEAR_POINTS} or more unclear points: doubt whether the intervention is effective.`,
  })
  doubtfulEffectiveness!: boolean;
}

@Resolver(() => Activity)
@Access.inherit()
export class InterventionChecklistResolver {
  constructor(private readonly planRows: PlanRowsProvider) {}

  @ResolveField(() => InterventionChecklist)
  async checklist(
    @Parent() activity: Activity,
    @Context() context: object,
  ): Promise<InterventionChecklist> {
    const items = await this.planRows
      .forRequest(context)
      .where(InterventionChecklistItem, activity.planId, 'activityId', activity.id);
    const unclearCount = items.filter((item) => item.status === ChecklistStatus.UNCLEAR).length;
    return {
      items,
      unclearCount,
      doubtfulEffectiveness: unclearCount >= DOUBTFUL_EFFECTIVENESS_UNCLEAR_POINTS,
    };
  }
}
