import { Args, Context, ID, Int, Resolver, Subscription } from '@nestjs/graphql';
import { Access, Actor, actorOf, BadUserInputError } from '@oogo/api-core';
import { PlanRole } from '@oogo/shared-domain';
import { EventStream } from './event-stream';
import { PlanEventHub } from './plan-event-hub';
import { PlanEvent } from './plan-event.model';

@Resolver(() => PlanEvent)
export class PlanEventResolver {
  constructor(private readonly hub: PlanEventHub) {}

  @Access.planRole(PlanRole.VIEWER, { planIdAt: 'planId' })
  @Subscription(() => PlanEvent, {
    description:
      'Every committed change to the plan, live. Pass the `sequence` you saw last (e.g. `Plan.eventSequence` when you loaded the plan) as `afterSequence` to get what you missed first. Ends with FORBIDDEN when you are taken out of the plan.',
    resolve: (event: PlanEvent) => event,
  })
  planEvents(
    @Args('planId', { type: () => ID }) planId: string,
    @Context() context: object,
    @Args('afterSequence', { type: () => Int, nullable: true }) afterSequence?: number,
  ): Promise<EventStream<PlanEvent>> {
    if (afterSequence !== undefined && afterSequence !== null && afterSequence < 0) {
      throw new BadUserInputError('afterSequence cannot be negative', {
        afterSequence: ['must be 0 or more'],
      });
    }
    return this.hub.subscribe(planId, (actorOf(context) as Actor).userId, afterSequence);
  }
}
