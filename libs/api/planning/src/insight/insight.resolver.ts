import { Access } from '@oogo/api-core';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PlanRowsProvider } from '../common/plan-rows';
import { Plan } from '../plan/plan.entity';
import { ResultIndicator } from '../societal-results/societal-results.entities';
import { Measurement } from '../youth-situation/youth-situation.entities';
import { planCompleteness } from './completeness';
import { findGaps } from './gaps';
import { Gap, IndicatorProgress, StageCompleteness } from './insight.models';
import { loadPlanSnapshot } from './load-plan-snapshot';
import { resultIndicatorProgress } from './progress';

/** Where the plan stands and where its chain breaks, computed from the plan's rows. */
@Resolver(() => Plan)
@Access.inherit()
export class PlanInsightResolver {
  constructor(private readonly planRows: PlanRowsProvider) {}

  @ResolveField(() => [Gap], { description: 'Where the chain breaks, in bouwsteen order.' })
  async gaps(@Parent() plan: Plan, @Context() context: object): Promise<Gap[]> {
    return findGaps(await loadPlanSnapshot(this.planRows.forRequest(context), plan));
  }

  @ResolveField(() => [StageCompleteness], {
    description: 'The kompas: 0–100 per bouwsteen, with the reasons.',
  })
  async completeness(
    @Parent() plan: Plan,
    @Context() context: object,
  ): Promise<StageCompleteness[]> {
    return planCompleteness(await loadPlanSnapshot(this.planRows.forRequest(context), plan));
  }
}

@Resolver(() => ResultIndicator)
@Access.inherit()
export class ResultIndicatorProgressResolver {
  constructor(private readonly planRows: PlanRowsProvider) {}

  @ResolveField(() => IndicatorProgress, {
    description: 'Progress from baseline towards the target.',
  })
  async progress(
    @Parent() resultIndicator: ResultIndicator,
    @Context() context: object,
  ): Promise<IndicatorProgress> {
    const measurements = await this.planRows
      .forRequest(context)
      .where(Measurement, resultIndicator.planId, 'indicatorId', resultIndicator.indicatorId);
    return resultIndicatorProgress(resultIndicator, measurements);
  }
}
