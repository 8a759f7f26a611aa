import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Stage } from '@oogo/shared-domain';
import DataLoader from 'dataloader';
import { DataSource, EntityManager } from 'typeorm';
import { Comment } from './comment.model';

/** Anything that runs SQL: the data source, or a transaction's manager (to see its own writes). */
export type Queryable = Pick<EntityManager, 'query'>;

/** `{ userId, displayName, organizationId, organizationName }` of a user, or null. */
const person = (userId: string, user: string, organization: string) =>
  `CASE WHEN ${userId} IS NULL THEN NULL ELSE json_build_object(
     'userId', ${userId}, 'displayName', ${user}.display_name,
     'organizationId', ${organization}.id, 'organizationName', ${organization}.name) END`;

/**
 * Comments exactly as the api shows them (a deleted one without its text), in one statement
 * with their authors, mentions and who resolved them: `FROM` is given by the caller and must
 * name the comment `c`.
 */
function selectComments(from: string, extraColumns = ''): string {
  return `
    SELECT c.id, c.version, c.plan_id AS "planId", c.stage, c.target_type AS "targetType",
           c.target_id AS "targetId", c.thread_id AS "threadId",
           CASE WHEN c.deleted_at IS NULL THEN c.body END AS body,
           ${person('c.author_id', 'author', 'author_organization')} AS author,
           CASE WHEN c.deleted_at IS NULL THEN (
             SELECT coalesce(json_agg(${person('m.user_id', 'mentioned', 'mentioned_organization')}
                                      ORDER BY m.n), '[]')
               FROM unnest(c.mention_user_ids) WITH ORDINALITY AS m (user_id, n)
               JOIN app_user mentioned ON mentioned.id = m.user_id
               LEFT JOIN membership mentioned_member
                      ON mentioned_member.plan_id = c.plan_id AND mentioned_member.user_id = m.user_id
               LEFT JOIN organization mentioned_organization
                      ON mentioned_organization.id = mentioned_member.organization_id
           ) ELSE '[]' END AS mentions,
           c.created_at AS "createdAt", c.edited_at AS "editedAt", c.deleted_at AS "deletedAt",
           c.resolved_at AS "resolvedAt",
           ${person('c.resolved_by', 'resolver', 'resolver_organization')} AS "resolvedBy"
           ${extraColumns}
      FROM ${from}
      LEFT JOIN app_user author ON author.id = c.author_id
      LEFT JOIN organization author_organization ON author_organization.id = c.organization_id
      LEFT JOIN app_user resolver ON resolver.id = c.resolved_by
      LEFT JOIN membership resolver_member
             ON resolver_member.plan_id = c.plan_id AND resolver_member.user_id = c.resolved_by
      LEFT JOIN organization resolver_organization
             ON resolver_organization.id = resolver_member.organization_id`;
}

export interface ThreadFilter {
  planId: string;
  /** The bouwsteen; alone, its own threads (not those on its items, unless `includeItems`). */
  stage?: Stage | null;
  /** The item: its threads only. */
  targetId?: string | null;
  includeItems?: boolean | null;
  /** true: resolved threads only; false: open ones only; null: both. */
  resolved?: boolean | null;
  first: number;
  /** The last thread of the previous page. */
  after?: string | null;
}

/** Groups comments, first comments of threads first, into threads: each first comment with its replies. */
function intoThreads(comments: Comment[]): Comment[] {
  const roots = new Map<string, Comment>();
  for (const comment of comments) {
    if (comment.id === comment.threadId) roots.set(comment.id, { ...comment, replies: [] });
    else roots.get(comment.threadId)?.replies?.push(comment);
  }
  return [...roots.values()];
}

@Injectable()
export class CommentReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The comments with these ids, in that order (missing ones left out). */
  async byIds(ids: readonly string[], db: Queryable = this.dataSource): Promise<Comment[]> {
    if (ids.length === 0) return [];
    const rows = (await db.query(`${selectComments('comment c')} WHERE c.id = ANY($1)`, [
      ids,
    ])) as Comment[];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async byId(id: string, db: Queryable = this.dataSource): Promise<Comment | undefined> {
    return (await this.byIds([id], db))[0];
  }

  /**
   * A page of threads, newest activity (the latest comment in it) first, each with all its
   * replies oldest first, in one statement. A thread whose every comment was deleted is left out.
   */
  async threads(filter: ThreadFilter): Promise<Comment[]> {
    const rows = (await this.dataSource.query(
      `WITH threads AS (
         SELECT root.id, max(c.created_at) AS activity
           FROM comment root
           JOIN comment c ON c.plan_id = root.plan_id AND c.thread_id = root.id
          WHERE root.plan_id = $1 AND root.id = root.thread_id
            AND ($2::text IS NULL OR root.stage = $2)
            AND ($3::uuid IS NULL OR root.target_id = $3)
            AND ($3::uuid IS NOT NULL OR $2::text IS NULL OR $4::boolean OR root.target_id IS NULL)
            AND ($5::boolean IS NULL OR (root.resolved_at IS NOT NULL) = $5)
          GROUP BY root.id
         HAVING bool_or(c.deleted_at IS NULL)
       ), page AS (
         SELECT id, activity FROM threads
          WHERE $6::uuid IS NULL
             OR (activity, id) < (SELECT activity, id FROM threads WHERE id = $6)
          ORDER BY activity DESC, id DESC
          LIMIT $7
       )
       ${selectComments('page JOIN comment c ON c.plan_id = $1 AND c.thread_id = page.id')}
       ORDER BY page.activity DESC, page.id DESC, c.id = c.thread_id DESC, c.created_at, c.id`,
      [
        filter.planId,
        filter.stage ?? null,
        filter.targetId ?? null,
        filter.includeItems ?? false,
        filter.resolved ?? null,
        filter.after ?? null,
        filter.first,
      ],
    )) as Comment[];
    return intoThreads(rows);
  }

  /** The whole thread a comment is in: its first comment, with every reply. */
  async thread(commentId: string): Promise<Comment | undefined> {
    const rows = (await this.dataSource.query(
      `${selectComments(
        `comment one JOIN comment c ON c.plan_id = one.plan_id AND c.thread_id = one.thread_id`,
      )}
       WHERE one.id = $1
       ORDER BY c.id = c.thread_id DESC, c.created_at, c.id`,
      [commentId],
    )) as Comment[];
    return intoThreads(rows)[0];
  }

  /**
   * Replies of threads asked for one by one (e.g. the comment of each notification), fetched
   * together. Not cached: a subscription keeps its context, and replies keep coming.
   */
  repliesLoader(): DataLoader<string, Comment[]> {
    return new DataLoader(
      async (threadIds) => {
        const rows = (await this.dataSource.query(
          `${selectComments('comment c')}
            WHERE c.thread_id = ANY($1) AND c.id <> c.thread_id
            ORDER BY c.created_at, c.id`,
          [threadIds],
        )) as Comment[];
        return threadIds.map((threadId) => rows.filter((row) => row.threadId === threadId));
      },
      { cache: false },
    );
  }
}
