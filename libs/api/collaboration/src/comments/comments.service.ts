import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor,
  AuditAction,
  BadUserInputError,
  ConflictError,
  DomainError,
  lastChangeOf,
  NotFoundError,
  recordAudit,
  translateDatabaseError,
} from '@oogo/api-core';
import { ErrorCode, PlanRole, Stage, STAGE_OF_ITEM } from '@oogo/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { CommentReader } from './comment-reader';
import {
  CommentVersionInput,
  CreateCommentInput,
  ReplyToCommentInput,
  UpdateCommentInput,
} from './comment.inputs';
import { Comment, NotificationKind } from './comment.model';
import { USER_NOTIFICATION_CHANNEL } from './notification-hub';

/** A comment's stored fields, as the audit trail keeps them (the text too, once deleted). */
interface StoredComment {
  id: string;
  planId: string;
  threadId: string;
  stage: Stage;
  targetType: string | null;
  targetId: string | null;
  authorId: string | null;
  organizationId: string | null;
  body: string;
  mentionUserIds: string[];
  resolvedAt: Date | null;
  resolvedBy: string | null;
  deletedAt: Date | null;
  version: number;
}

const STORED_COLUMNS = `id, plan_id AS "planId", thread_id AS "threadId", stage,
  target_type AS "targetType", target_id AS "targetId", author_id AS "authorId",
  organization_id AS "organizationId", body, mention_user_ids AS "mentionUserIds",
  resolved_at AS "resolvedAt", resolved_by AS "resolvedBy", deleted_at AS "deletedAt", version`;

export class NotYourCommentError extends DomainError {
  constructor(what: string) {
    super(ErrorCode.FORBIDDEN, `Only the author may ${what} this comment`);
  }
}

/**
 * Every write to comments. Each runs in one transaction with its audit row, its live plan
 * event (through `recordAudit`) and the notifications it raises, which are announced with
 * NOTIFY on commit; so nothing is announced for a change that did not happen.
 */
@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: CommentReader,
  ) {}

  create(input: CreateCommentInput, actor: Actor): Promise<Comment> {
    const subject = subjectOf(input);
    return this.write(async (manager) => {
      const stage = subject.target
        ? await this.stageOfItem(manager, input.planId, subject.target.type, subject.target.id)
        : subject.stage;
      const mentioned = await this.checkMentions(manager, input.planId, input.mentionUserIds);
      const id = await this.insert(manager, actor, {
        planId: input.planId,
        threadId: null,
        stage,
        targetType: subject.target?.type ?? null,
        targetId: subject.target?.id ?? null,
        body: input.body,
        mentionUserIds: mentioned,
      });
      const comment = await this.recorded(manager, actor, 'CREATE', id, null);
      await this.notify(manager, comment, actor, NotificationKind.MENTION, mentioned);
      return comment;
    });
  }

  reply(input: ReplyToCommentInput, actor: Actor): Promise<Comment> {
    return this.write(async (manager) => {
      const repliedTo = await this.stored(manager, input.commentId);
      if (!repliedTo) throw new NotFoundError('Comment', input.commentId);
      if (repliedTo.deletedAt) {
        throw new BadUserInputError('That comment was deleted', { commentId: ['was deleted'] });
      }
      const mentioned = await this.checkMentions(manager, repliedTo.planId, input.mentionUserIds);
      // Locked first: a thread resolved while this reply is written is reopened by it too.
      const thread = (await this.stored(
        manager,
        repliedTo.threadId,
        'FOR UPDATE',
      )) as StoredComment;
      // One level of replies: a reply to a reply joins the same thread.
      const id = await this.insert(manager, actor, {
        ...repliedTo,
        body: input.body,
        mentionUserIds: mentioned,
      });
      const comment = await this.recorded(manager, actor, 'CREATE', id, null);
      // Something more to say about a resolved thread: it is open again, as with reopening.
      if (thread.resolvedAt) {
        await this.versioned(manager, thread, 'resolved_at = NULL, resolved_by = NULL');
        await this.recorded(manager, actor, 'UPDATE', thread.id, thread);
      }
      // Everyone who wrote in the thread and still takes part hears of the answer.
      const writers = (
        (await manager.query(
          `SELECT DISTINCT c.author_id AS "userId"
             FROM comment c
             JOIN membership m ON m.plan_id = c.plan_id AND m.user_id = c.author_id
            WHERE c.thread_id = $1 AND c.id <> $2 AND c.deleted_at IS NULL`,
          [repliedTo.threadId, id],
        )) as { userId: string }[]
      ).map((row) => row.userId);
      // Mentions first: someone both mentioned and replied to gets one notification, a mention.
      await this.notify(manager, comment, actor, NotificationKind.MENTION, mentioned);
      await this.notify(manager, comment, actor, NotificationKind.REPLY, writers);
      return comment;
    });
  }

  /** The author changes the text or the mentions; newly mentioned members are notified. */
  update(input: UpdateCommentInput, actor: Actor): Promise<Comment> {
    if (input.body == null && input.mentionUserIds == null) {
      throw new BadUserInputError('Nothing to change', { body: ['give a new text or mentions'] });
    }
    return this.write(async (manager) => {
      const before = await this.lockedForChange(manager, input.id, actor, 'edit');
      const mentioned =
        input.mentionUserIds == null
          ? before.mentionUserIds
          : await this.checkMentions(manager, before.planId, input.mentionUserIds);
      await this.versioned(
        manager,
        input,
        `body = coalesce($3, body), mention_user_ids = $4, edited_at = now()`,
        [input.body ?? null, mentioned],
      );
      const comment = await this.recorded(manager, actor, 'UPDATE', input.id, before);
      const added = mentioned.filter((userId) => !before.mentionUserIds.includes(userId));
      await this.notify(manager, comment, actor, NotificationKind.MENTION, added);
      return comment;
    });
  }

  /**
   * Soft delete: the api hides the text from now on, the row stays (its replies keep their
   * place) and so does its audit trail. The author may delete; so may a coordinator, who
   * moderates the plan (the audit says who did).
   */
  delete(input: CommentVersionInput, actor: Actor): Promise<Comment> {
    return this.write(async (manager) => {
      const before = await this.lockedForChange(manager, input.id, actor, 'delete');
      await this.versioned(manager, input, 'deleted_at = now()');
      // Nothing left to read: its notifications go.
      await manager.query('DELETE FROM notification WHERE comment_id = $1', [input.id]);
      return this.recorded(manager, actor, 'DELETE', input.id, before);
    });
  }

  /** Resolves (or reopens) a thread, through its first comment; any commenter may. */
  setResolved(input: CommentVersionInput, resolved: boolean, actor: Actor): Promise<Comment> {
    return this.write(async (manager) => {
      const before = await this.stored(manager, input.id, 'FOR UPDATE');
      if (!before) throw new NotFoundError('Comment', input.id);
      if (before.threadId !== before.id) {
        throw new BadUserInputError('Resolve or reopen a thread through its first comment', {
          id: ['must be the first comment of a thread'],
        });
      }
      if (before.version !== input.version) throw await this.conflict(manager, input.id);
      // Already so: nothing changes, nothing is recorded.
      if ((before.resolvedAt !== null) === resolved) {
        return (await this.reader.byId(input.id, manager)) as Comment;
      }
      await this.versioned(
        manager,
        input,
        'resolved_at = CASE WHEN $3 THEN now() END, resolved_by = CASE WHEN $3 THEN $4::uuid END',
        [resolved, actor.userId],
      );
      return this.recorded(manager, actor, 'UPDATE', input.id, before);
    });
  }

  private async insert(
    manager: EntityManager,
    actor: Actor,
    comment: Pick<
      StoredComment,
      'planId' | 'stage' | 'targetType' | 'targetId' | 'body' | 'mentionUserIds'
    > & { threadId: string | null },
  ): Promise<string> {
    // `sequence` is set once the plan event exists (see `recorded`); 0 is never seen outside.
    const [row] = (await manager.query(
      `INSERT INTO comment (id, thread_id, plan_id, stage, target_type, target_id, author_id,
                            organization_id, body, mention_user_ids, sequence)
       SELECT new.id, coalesce($1, new.id), $2, $3, $4, $5, $6, $7, $8, $9, 0
         FROM (SELECT gen_random_uuid() AS id) new
       RETURNING id`,
      [
        comment.threadId,
        comment.planId,
        comment.stage,
        comment.targetType,
        comment.targetId,
        actor.userId,
        actor.organizationId ?? null,
        comment.body,
        comment.mentionUserIds,
      ],
    )) as { id: string }[];
    return (row as { id: string }).id;
  }

  /** `UPDATE … WHERE id AND version`: zero rows means someone changed it first. */
  private async versioned(
    manager: EntityManager,
    { id, version }: CommentVersionInput,
    set: string,
    values: unknown[] = [],
  ): Promise<void> {
    const changed = (await manager.query(
      `WITH changed AS (
         UPDATE comment SET ${set}, version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2
         RETURNING id
       ) SELECT id FROM changed`,
      [id, version, ...values],
    )) as unknown[];
    if (changed.length === 0) throw await this.conflict(manager, id);
  }

  /** The comment as the api shows it now, after recording the change in the audit trail and the plan's live events. */
  private async recorded(
    manager: EntityManager,
    actor: Actor,
    action: AuditAction,
    id: string,
    before: StoredComment | null,
  ): Promise<Comment> {
    const after = (await this.stored(manager, id)) as StoredComment;
    const comment = (await this.reader.byId(id, manager)) as Comment;
    await recordAudit(manager, actor, {
      planId: after.planId,
      entity: 'Comment',
      entityId: id,
      action,
      before: before && { ...before },
      after: { ...after },
      item: { __typename: 'Comment', ...comment },
    });
    if (action === 'CREATE') {
      // The plan's counter stays locked by this transaction until commit: this is our event.
      await manager.query(
        `UPDATE comment SET sequence = (SELECT last_sequence FROM plan_event_counter WHERE plan_id = $1)
          WHERE id = $2`,
        [after.planId, id],
      );
    }
    return comment;
  }

  private async stored(
    manager: EntityManager,
    id: string,
    lock: '' | 'FOR UPDATE' = '',
  ): Promise<StoredComment | undefined> {
    const [row] = (await manager.query(
      `SELECT ${STORED_COLUMNS} FROM comment WHERE id = $1 ${lock}`,
      [id],
    )) as StoredComment[];
    return row;
  }

  /** Locked, so the audit's "before" is what this change replaces. */
  private async lockedForChange(
    manager: EntityManager,
    id: string,
    actor: Actor,
    what: 'edit' | 'delete',
  ): Promise<StoredComment> {
    const before = await this.stored(manager, id, 'FOR UPDATE');
    if (!before) throw new NotFoundError('Comment', id);
    const moderates = what === 'delete' && actor.role === PlanRole.COORDINATOR;
    if (before.authorId !== actor.userId && !moderates) throw new NotYourCommentError(what);
    if (before.deletedAt) {
      throw new BadUserInputError('This comment was deleted', { id: ['was deleted'] });
    }
    return before;
  }

  private async conflict(manager: EntityManager, id: string): Promise<Error> {
    const current = await this.reader.byId(id, manager);
    if (!current) return new NotFoundError('Comment', id);
    return new ConflictError('Comment', current, await lastChangeOf(manager, id));
  }

  /** Only members of the plan can be mentioned (and so learn of the comment). */
  private async checkMentions(
    manager: EntityManager,
    planId: string,
    userIds: string[] | null | undefined,
  ): Promise<string[]> {
    const wanted = [...new Set((userIds ?? []).map((id) => id.toLowerCase()))];
    if (wanted.length === 0) return [];
    const members = new Set(
      (
        (await manager.query(
          'SELECT user_id AS "userId" FROM membership WHERE plan_id = $1 AND user_id = ANY($2::uuid[])',
          [planId, wanted],
        )) as { userId: string }[]
      ).map((row) => row.userId),
    );
    const outsiders = wanted.filter((id) => !members.has(id));
    if (outsiders.length) {
      throw new BadUserInputError('Only members of this plan can be mentioned', {
        mentionUserIds: [`not members of this plan: ${outsiders.join(', ')}`],
      });
    }
    return wanted;
  }

  /** The bouwsteen of the item, once it is certain the item is in this plan. */
  private async stageOfItem(
    manager: EntityManager,
    planId: string,
    type: string,
    id: string,
  ): Promise<Stage> {
    const stage = Object.hasOwn(STAGE_OF_ITEM, type) ? STAGE_OF_ITEM[type] : undefined;
    // The planning module names its tables in the TypeORM metadata, by GraphQL type name.
    const table = this.dataSource.entityMetadatas.find(
      (metadata) => metadata.name === type && metadata.findColumnWithPropertyName('planId'),
    )?.tableName;
    const found =
      stage && table
        ? ((await manager.query(`SELECT 1 FROM "${table}" WHERE id = $1 AND plan_id = $2`, [
            id,
            planId,
          ])) as unknown[])
        : [];
    if (!stage || found.length === 0) {
      throw new BadUserInputError('targetId does not refer to an item of this plan', {
        targetId: [`must be the id of a ${type} in this plan`],
      });
    }
    return stage;
  }

  /** Notifies these people (never the actor) of the comment, on commit, on every api instance. */
  private async notify(
    manager: EntityManager,
    comment: Comment,
    actor: Actor,
    kind: NotificationKind,
    userIds: string[],
  ): Promise<void> {
    const recipients = userIds.filter((userId) => userId !== actor.userId);
    if (recipients.length === 0) return;
    await manager.query(
      `WITH added AS (
         INSERT INTO notification (user_id, plan_id, comment_id, kind)
         SELECT unnest($1::uuid[]), $2, $3, $4
         ON CONFLICT (user_id, comment_id) DO NOTHING
         RETURNING id, user_id
       ) SELECT pg_notify('${USER_NOTIFICATION_CHANNEL}', user_id::text || ':' || id::text) FROM added`,
      [recipients, comment.planId, comment.id, kind],
    );
  }

  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      throw translateDatabaseError(error);
    }
  }
}

type Subject = { stage: Stage; target?: undefined } | { target: { type: string; id: string } };

/** A thread is about a bouwsteen or about one item: exactly one of the two. */
function subjectOf(input: CreateCommentInput): Subject {
  const { stage, targetType, targetId } = input;
  if (targetType != null || targetId != null) {
    if (targetType == null || targetId == null) {
      const missing = targetType == null ? 'targetType' : 'targetId';
      throw new BadUserInputError(`${missing} is required with an item`, {
        [missing]: ['give targetType and targetId together'],
      });
    }
    if (stage != null) {
      throw new BadUserInputError('Give a bouwsteen or an item, not both', {
        stage: ['leave out for a comment on an item (its bouwsteen is used)'],
      });
    }
    return { target: { type: targetType, id: targetId } };
  }
  if (stage == null) {
    throw new BadUserInputError('Say what the comment is about', {
      stage: ['give the bouwsteen, or targetType and targetId of an item'],
    });
  }
  return { stage };
}
