import {
  Args,
  ArgsType,
  Context,
  Field,
  Int,
  Mutation,
  Query,
  Resolver,
  Subscription,
} from '@nestjs/graphql';
import { Access } from '@oogo/api-core';
import { IsBoolean, IsInt, Max, Min } from 'class-validator';
import { EventStream } from '../live/event-stream';
import { MarkNotificationsReadInput } from './comment.inputs';
import { Notification } from './comment.model';
import { actor } from './comments.resolver';
import { NotificationHub } from './notification-hub';
import { NotificationsService } from './notifications.service';

export const MAX_NOTIFICATIONS = 100;

@ArgsType()
export class NotificationsArgs {
  @Field(() => Int, { defaultValue: 30, description: `At most ${MAX_NOTIFICATIONS}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_NOTIFICATIONS)
  first!: number;

  @Field({ defaultValue: false })
  @IsBoolean()
  unreadOnly!: boolean;
}

/** Your own notifications, across the plans you take part in. */
@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly hub: NotificationHub,
  ) {}

  @Access.signedIn()
  @Query(() => [Notification], { description: 'Your notifications, newest first.' })
  notifications(
    @Args() args: NotificationsArgs,
    @Context() context: object,
  ): Promise<Notification[]> {
    return this.service.list(actor(context).userId, args);
  }

  @Access.signedIn()
  @Query(() => Int)
  unreadNotificationCount(@Context() context: object): Promise<number> {
    return this.service.unreadCount(actor(context).userId);
  }

  @Access.signedIn()
  @Mutation(() => Int, {
    description: 'Marks these notifications of yours read; returns how many are still unread.',
  })
  markNotificationsRead(
    @Args('input') input: MarkNotificationsReadInput,
    @Context() context: object,
  ): Promise<number> {
    return this.service.markRead(actor(context).userId, input.ids);
  }

  @Access.signedIn()
  @Subscription(() => Notification, {
    description:
      'Your new notifications (mentions, replies), live. After a reconnect, fetch `notifications` for what you missed.',
    resolve: (notification: Notification) => notification,
  })
  notificationAdded(@Context() context: object): EventStream<Notification> {
    return this.hub.subscribe(actor(context).userId);
  }
}
