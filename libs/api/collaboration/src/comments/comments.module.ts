import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LiveModule } from '../live/live.module';
import { CommentReadState } from './comment-read-state';
import { CommentReader } from './comment-reader';
import { Comment } from './comment.model';
import { CommentsResolver } from './comments.resolver';
import { CommentsService } from './comments.service';
import { NotificationHub } from './notification-hub';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

/** Reacties on bouwstenen and items, with mentions, read state and live notifications. */
@Module({
  // The entity tells the access guard which table holds a comment's plan.
  imports: [TypeOrmModule.forFeature([Comment]), LiveModule],
  providers: [
    CommentReader,
    CommentReadState,
    CommentsService,
    CommentsResolver,
    NotificationsService,
    NotificationHub,
    NotificationsResolver,
  ],
})
export class CommentsModule {}
