import { Module } from '@nestjs/common';
import { CommentsModule } from './comments/comments.module';
import { ActivityFeedResolver } from './feed/activity-feed.resolver';
import { LiveModule } from './live/live.module';
import { PlanEventHub } from './live/plan-event-hub';
import { PlanEventResolver } from './live/plan-event.resolver';
import { PresenceHub } from './presence/presence-hub';
import { PresenceResolver } from './presence/presence.resolver';

/** Working together on a plan: live updates, presence, comments. */
@Module({
  imports: [CommentsModule, LiveModule],
  providers: [ActivityFeedResolver, PlanEventHub, PlanEventResolver, PresenceHub, PresenceResolver],
  exports: [PlanEventHub],
})
export class CollaborationModule {}
