import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { activitiesProviders } from './activities/activities.providers';
import { planningEntities } from './planning.entities';
import { PlanRowsProvider } from './common/plan-rows';
import { PlanInsightResolver, ResultIndicatorProgressResolver } from './insight/insight.resolver';
import { learningProviders } from './learning/learning.providers';
import { membersProviders } from './members/members.providers';
import { planProviders } from './plan/plan.providers';
import { qualityAndOutcomeProviders } from './quality/quality.providers';
import { societalResultsProviders } from './societal-results/societal-results.providers';
import { youthSituationProviders } from './youth-situation/youth-situation.providers';
import { WorkflowService } from './workflow/workflow.service';
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
  // Versions of a plan's text, for modules that publish it (the agenda export).
  exports: [WorkflowService],
})
export class PlanningModule {}
