import { Args, Context, ID, Mutation, Resolver, Subscription } from '@nestjs/graphql';
import { Access, Actor, actorOf } from '@oogo/api-core';
import { PlanRole } from '@oogo/shared-domain';
import { EventStream } from '../live/event-stream';
import { PresenceHub } from './presence-hub';
import { PlanPresence, UpdatePresenceInput } from './presence.model';

@Resolver(() => PlanPresence)
export class PresenceResolver {
  constructor(private readonly hub: PresenceHub) {}

  @Access.planRole(PlanRole.VIEWER, { planIdAt: 'planId' })
  @Subscription(() => PlanPresence, {
    description:
      'Enters the plan (you are present while subscribed) and tells who else is there, again on every change. Ends with FORBIDDEN when you are taken out of the plan.',
    resolve: (presence: PlanPresence) => presence,
  })
  planPresence(
    @Args('planId', { type: () => ID }) planId: string,
    @Context() context: object,
  ): Promise<EventStream<PlanPresence>> {
    return this.hub.enter(planId, actorOf(context) as Actor);
  }

  @Access.planRole(PlanRole.VIEWER, { planIdAt: 'input.planId' })
  @Mutation(() => Boolean, {
    description:
      'Says you are still there (at least every 20 seconds) and where: bouwsteen, item, field being edited.',
  })
  updatePresence(
    @Args('input') input: UpdatePresenceInput,
    @Context() context: object,
  ): Promise<boolean> {
    return this.hub.update(input, actorOf(context) as Actor);
  }
}
