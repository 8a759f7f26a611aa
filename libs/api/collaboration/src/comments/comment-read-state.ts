import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BadUserInputError } from '@oogo/api-core';
import type { Stage } from '@oogo/shared-domain';
import { DataSource } from 'typeorm';
import type { MarkCommentsReadInput } from './comment.inputs';
import type { UnreadCommentCount } from './comment.model';

/** The place a comment is about, as `comment_read.subject`: the item's id, or the bouwsteen. */
const SUBJECT = 'coalesce(c.target_id::text, c.stage)';

/**
 * How far each person has read the comments of a plan: one marker per person per bouwsteen
 * or item (where the web shows a list of threads and marks it read when opened), holding the
 * plan event sequence up to which they read. Comments carry the sequence of their creation,
 * and sequence order is commit order, so a comment committed while someone marks a place
 * read is never counted as read unseen. One row per place, not one per comment per person.
 */
@Injectable()
export class CommentReadState {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Unread comments by others, per bouwsteen and item that has any. */
  unreadCounts(planId: string, userId: string): Promise<UnreadCommentCount[]> {
    return this.dataSource.query(
      `SELECT c.stage, c.target_type AS "targetType", c.target_id AS "targetId",
              count(*)::int AS unread
         FROM comment c
         LEFT JOIN comment_read r
                ON r.user_id = $2 AND r.plan_id = c.plan_id AND r.subject = ${SUBJECT}
        WHERE c.plan_id = $1 AND c.deleted_at IS NULL
          AND c.author_id IS DISTINCT FROM $2
          AND c.sequence > coalesce(r.read_sequence, 0)
        GROUP BY c.stage, c.target_type, c.target_id
        ORDER BY c.stage, c.target_id NULLS FIRST`,
      [planId, userId],
    ) as Promise<UnreadCommentCount[]>;
  }

  /**
   * Everything on the bouwsteen or item committed so far is read, and so are the
   * notifications for it; returns the plan's counts after that.
   */
  async markRead(input: MarkCommentsReadInput, userId: string): Promise<UnreadCommentCount[]> {
    const subject = subjectOf(input);
    await this.dataSource.transaction(async (manager) => {
      // Committed events only: a comment still being written gets a higher sequence.
      const [marker] = (await manager.query(
        `INSERT INTO comment_read (user_id, plan_id, subject, read_sequence)
         VALUES ($1, $2, $3,
                 coalesce((SELECT last_sequence FROM plan_event_counter WHERE plan_id = $2), 0))
         ON CONFLICT (user_id, plan_id, subject) DO UPDATE
            SET read_sequence = greatest(comment_read.read_sequence, excluded.read_sequence),
                read_at = now()
         RETURNING read_sequence AS "readSequence"`,
        [userId, input.planId, subject],
      )) as { readSequence: string }[];
      await manager.query(
        `UPDATE notification n SET read_at = now()
           FROM comment c
          WHERE c.id = n.comment_id AND n.user_id = $1 AND n.plan_id = $2 AND n.read_at IS NULL
            AND ${SUBJECT} = $3 AND c.sequence <= $4`,
        [userId, input.planId, subject, marker?.readSequence],
      );
    });
    return this.unreadCounts(input.planId, userId);
  }
}

function subjectOf({
  stage,
  targetId,
}: {
  stage?: Stage | null;
  targetId?: string | null;
}): string {
  if ((stage == null) === (targetId == null)) {
    throw new BadUserInputError('Give a bouwsteen or an item, one of the two', {
      [stage == null ? 'stage' : 'targetId']: ['give either stage or targetId'],
    });
  }
  return (targetId?.toLowerCase() ?? stage) as string;
}
