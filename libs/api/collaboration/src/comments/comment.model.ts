import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Stage } from '@oogo/shared-domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { EventActor } from '../live/plan-event.model';

/**
 * A reactie on a bouwsteen of a plan or on one item, as stored and as the api shows it. The
 * entity is what the access guard reads to find a comment's plan (`itemIdAt`); reads and
 * writes go through plain SQL in `CommentReader` and `CommentsService`.
 */
@ObjectType({
  description:
    'A comment (reactie) on a bouwsteen or an item. The first comment of a thread carries its replies and whether it is resolved.',
})
@Entity({ name: 'comment' })
export class Comment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => Int, {
    description:
      'Send this back to edit, delete, resolve or reopen; if someone changed it since, you get CONFLICT.',
  })
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Field(() => ID)
  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @Field(() => Stage, {
    description: 'The bouwsteen discussed; for a comment on an item, the bouwsteen of that item.',
  })
  @Column({ type: 'text' })
  stage!: Stage;

  @Field(() => String, {
    nullable: true,
    description: 'The GraphQL type of the item discussed, e.g. Activity; null for the bouwsteen.',
  })
  @Column({ name: 'target_type', type: 'text', nullable: true })
  targetType!: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'target_id', type: 'uuid', nullable: true })
  targetId!: string | null;

  @Field(() => ID, { description: 'The first comment of the thread (its own id for that one).' })
  @Column({ name: 'thread_id', type: 'uuid' })
  threadId!: string;

  @Field(() => EventActor, {
    nullable: true,
    description: 'Who wrote it, for which organisation; null when the account no longer exists.',
  })
  author!: EventActor | null;

  @Field(() => String, { nullable: true, description: 'The text; null once deleted.' })
  @Column({ type: 'text' })
  body!: string | null;

  @Field(() => [EventActor], { description: 'The plan members @mentioned (none once deleted).' })
  mentions!: EventActor[];

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the author last changed the text.' })
  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the thread was resolved (first comment only); null while open.',
  })
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Field(() => EventActor, { nullable: true })
  resolvedBy!: EventActor | null;

  /** Filled for a thread's first comment where the reader loaded them with it. */
  replies?: Comment[];

  // Stored only; the api shows them through `author`, `mentions` and `resolvedBy`.
  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId?: string | null;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId?: string | null;

  @Column({ name: 'mention_user_ids', type: 'uuid', array: true })
  mentionUserIds?: string[];

  @Column({ name: 'resolved_by', type: 'uuid', nullable: true })
  resolvedById?: string | null;

  @Column({ type: 'bigint' })
  sequence?: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt?: Date;
}

export enum NotificationKind {
  /** Someone @mentioned you. */
  MENTION = 'MENTION',
  /** Someone replied in a thread you wrote in. */
  REPLY = 'REPLY',
}
registerEnumType(NotificationKind, { name: 'NotificationKind' });

@ObjectType({ description: 'A comment that asks for your attention: a mention or a reply.' })
export class Notification {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field(() => ID)
  planId!: string;

  @Field()
  planTitle!: string;

  @Field(() => Comment)
  comment!: Comment;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  readAt!: Date | null;
}

@ObjectType({
  description:
    'How many comments on one bouwsteen or item you have not read (not counting your own).',
})
export class UnreadCommentCount {
  @Field(() => Stage)
  stage!: Stage;

  @Field(() => String, { nullable: true, description: 'null: the bouwsteen itself.' })
  targetType!: string | null;

  @Field(() => ID, { nullable: true })
  targetId!: string | null;

  @Field(() => Int)
  unread!: number;
}
