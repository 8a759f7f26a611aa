import {
  Args,
  ArgsType,
  Context,
  Field,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Access, Actor, actorOf, NotFoundError } from '@oogo/api-core';
import { PlanRole, Stage } from '@oogo/shared-domain';
import type DataLoader from 'dataloader';
import { IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { CommentReadState } from './comment-read-state';
import { CommentReader } from './comment-reader';
import {
  CommentVersionInput,
  CreateCommentInput,
  MarkCommentsReadInput,
  ReplyToCommentInput,
  UpdateCommentInput,
} from './comment.inputs';
import { Comment, UnreadCommentCount } from './comment.model';
import { CommentsService } from './comments.service';

export const MAX_THREADS = 200;

@ArgsType()
export class CommentsArgs {
  @Field(() => ID)
  @IsUUID('all')
  planId!: string;

  @Field(() => Stage, {
    nullable: true,
    description: 'The threads on this bouwsteen itself (with `includeItems`, also on its items).',
  })
  @IsOptional()
  @IsIn(Object.values(Stage))
  stage?: Stage | null;

  @Field(() => ID, { nullable: true, description: 'The threads on this item.' })
  @IsOptional()
  @IsUUID('all')
  targetId?: string | null;

  @Field({ defaultValue: false })
  @IsBoolean()
  includeItems!: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: resolved threads only; false: open ones only; left out: both.',
  })
  @IsOptional()
  @IsBoolean()
  resolved?: boolean | null;

  @Field(() => Int, { defaultValue: 50, description: `Threads per page, at most ${MAX_THREADS}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_THREADS)
  first!: number;

  @Field(() => ID, {
    nullable: true,
    description: 'The id of the last thread of the previous page, for the next (older) page.',
  })
  @IsOptional()
  @IsUUID('all')
  after?: string | null;
}

/** Comments: threads on a bouwsteen or an item. CONTRIBUTOR and up write; VIEWER reads. */
@Resolver(() => Comment)
export class CommentsResolver {
  private readonly repliesLoaders = new WeakMap<object, DataLoader<string, Comment[]>>();

  constructor(
    private readonly reader: CommentReader,
    private readonly service: CommentsService,
    private readonly readState: CommentReadState,
  ) {}

  @Access.planRole(PlanRole.VIEWER, { planIdAt: 'planId' })
  @Query(() => [Comment], {
    description:
      'Threads of the plan, newest activity first, each first comment with its replies. Without `stage` or `targetId`: every thread of the plan.',
  })
  comments(@Args() args: CommentsArgs): Promise<Comment[]> {
    return this.reader.threads(args);
  }

  @Access.planRole(PlanRole.VIEWER, { itemIdAt: 'id', item: Comment })
  @Query(() => Comment, {
    description: 'The thread a comment belongs to: its first comment, with every reply.',
  })
  async commentThread(@Args('id', { type: () => ID }) id: string): Promise<Comment> {
    const thread = await this.reader.thread(id);
    if (!thread) throw new NotFoundError('Comment', id);
    return thread;
  }

  @Access.planRole(PlanRole.VIEWER, { planIdAt: 'planId' })
  @Query(() => [UnreadCommentCount], {
    description: 'Your unread comments in the plan, per bouwsteen and per item that has any.',
  })
  unreadCommentCounts(
    @Args('planId', { type: () => ID }) planId: string,
    @Context() context: object,
  ): Promise<UnreadCommentCount[]> {
    return this.readState.unreadCounts(planId, actor(context).userId);
  }

  @Access.planRole(PlanRole.CONTRIBUTOR, { planIdAt: 'input.planId' })
  @Mutation(() => Comment, { description: 'Starts a thread on a bouwsteen or an item.' })
  createComment(
    @Args('input') input: CreateCommentInput,
    @Context() context: object,
  ): Promise<Comment> {
    return this.service.create(input, actor(context));
  }

  @Access.planRole(PlanRole.CONTRIBUTOR, { itemIdAt: 'input.commentId', item: Comment })
  @Mutation(() => Comment, {
    description:
      'Replies in the thread of a comment; the others who wrote in it are notified. A reply to a resolved thread reopens it.',
  })
  replyToComment(
    @Args('input') input: ReplyToCommentInput,
    @Context() context: object,
  ): Promise<Comment> {
    return this.service.reply(input, actor(context));
  }

  @Access.planRole(PlanRole.CONTRIBUTOR, { itemIdAt: 'input.id', item: Comment })
  @Mutation(() => Comment, {
    description: 'Changes your own comment. With a stale version: CONFLICT, nothing saved.',
  })
  updateComment(
    @Args('input') input: UpdateCommentInput,
    @Context() context: object,
  ): Promise<Comment> {
    return this.service.update(input, actor(context));
  }

  @Access.planRole(PlanRole.CONTRIBUTOR, { itemIdAt: 'input.id', item: Comment })
  @Mutation(() => Comment, {
    description:
      'Deletes your own comment (a coordinator may delete any): its text is gone from the api, its place in the thread and the audit trail stay.',
  })
  deleteComment(
    @Args('input') input: CommentVersionInput,
    @Context() context: object,
  ): Promise<Comment> {
    return this.service.delete(input, actor(context));
  }

  @Access.planRole(PlanRole.CONTRIBUTOR, { itemIdAt: 'input.id', item: Comment })
  @Mutation(() => Comment, { description: 'Resolves a thread, given its first comment.' })
  resolveCommentThread(
    @Args('input') input: CommentVersionInput,
    @Context() context: object,
  ): Promise<Comment> {
    return this.service.setResolved(input, true, actor(context));
  }

  @Access.planRole(PlanRole.CONTRIBUTOR, { itemIdAt: 'input.id', item: Comment })
  @Mutation(() => Comment, { description: 'Opens a resolved thread again.' })
  reopenCommentThread(
    @Args('input') input: CommentVersionInput,
    @Context() context: object,
  ): Promise<Comment> {
    return this.service.setResolved(input, false, actor(context));
  }

  @Access.planRole(PlanRole.VIEWER, { planIdAt: 'input.planId' })
  @Mutation(() => [UnreadCommentCount], {
    description:
      'You have read the comments on a bouwsteen or item (and their notifications); returns your unread counts for the plan.',
  })
  markCommentsRead(
    @Args('input') input: MarkCommentsReadInput,
    @Context() context: object,
  ): Promise<UnreadCommentCount[]> {
    return this.readState.markRead(input, actor(context).userId);
  }

  @Access.inherit()
  @ResolveField(() => [Comment], {
    description: 'On the first comment of a thread: the replies, oldest first. Empty on a reply.',
  })
  replies(@Parent() comment: Comment, @Context() context: object): Comment[] | Promise<Comment[]> {
    if (comment.replies) return comment.replies;
    if (comment.id !== comment.threadId) return [];
    let loader = this.repliesLoaders.get(context);
    if (!loader) {
      loader = this.reader.repliesLoader();
      this.repliesLoaders.set(context, loader);
    }
    return loader.load(comment.id);
  }
}

/** The guard has signed the caller in before any of these run. */
export function actor(context: object): Actor {
  return actorOf(context) as Actor;
}
