import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { activitiesProviders } from './activities/activities.providers';
import { planningEntities } from './planning.entities';
import { BEFORE_PLAN_WRITE } from './common/item-writer';
import { PlanRowsProvider } from './common/plan-rows';
import { PlanInsightResolver, ResultIndicatorProgressResolver } from './insight/insight.resolver';
import { learningProviders } from './learning/learning.providers';
import { membersProviders } from './members/members.providers';
import { planProviders } from './plan/plan.providers';
import { qualityAndOutcomeProviders } from './quality/quality.providers';
import { societalResultsProviders } from './societal-results/societal-results.providers';
import { youthSituationProviders } from './youth-situation/youth-situation.providers';
import { workflowProviders } from './workflow/workflow.providers';

/** The six bouwstenen of the ontwikkelagenda, the organisations taking part, and their links. */
@Module({
  imports: [TypeOrmModule.forFeature(planningEntities)],
  providers: [
    PlanRowsProvider,
    PlanInsightResolver,
    ResultIndicatorProgressResolver,
    ...planProviders,
    ...membersProviders,
    ...youthSituationProviders,
    ...societalResultsProviders,
    ...activitiesProviders,
    ...qualityAndOutcomeProviders,
    ...learningProviders,
    ...workflowProviders,
  ],
  // Other modules that write plan content run the same hook (e.g. an adopted plan goes back to draft).
  exports: [BEFORE_PLAN_WRITE],
})
export class PlanningModule {}
