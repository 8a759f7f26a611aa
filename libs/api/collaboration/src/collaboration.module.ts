import { Module } from '@nestjs/common';
import { PlanEventHub } from './live/plan-event-hub';
import { PlanEventResolver } from './live/plan-event.resolver';

/** Working together on a plan: live updates (and, next, presence and comments). */
@Module({
  providers: [PlanEventHub, PlanEventResolver],
  exports: [PlanEventHub],
})
export class CollaborationModule {}
