import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CommentReader } from './comment-reader';
import { Notification } from './comment.model';

export interface NotificationQuery {
  first: number;
  unreadOnly?: boolean;
  /** Only these. */
  ids?: string[];
  /** Only those made at or after this moment. */
  since?: Date;
}

type NotificationRow = Omit<Notification, 'comment'> & { commentId: string };

/**
 * A person's notifications. Only of plans they are still a member of: whoever leaves a plan
 * stops seeing anything of it, notifications included.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: CommentReader,
  ) {}

  /** Newest first, each with its comment as the api shows it (two statements however many). */
  async list(userId: string, query: NotificationQuery): Promise<Notification[]> {
    const rows = (await this.dataSource.query(
      `SELECT n.id, n.kind, n.plan_id AS "planId", p.title AS "planTitle",
              n.comment_id AS "commentId", n.created_at AS "createdAt", n.read_at AS "readAt"
         FROM notification n
         JOIN membership m ON m.plan_id = n.plan_id AND m.user_id = n.user_id
         JOIN plan p ON p.id = n.plan_id
        WHERE n.user_id = $1
          AND ($2::uuid[] IS NULL OR n.id = ANY($2))
          AND ($3::timestamptz IS NULL OR n.created_at >= $3)
          AND (NOT $4::boolean OR n.read_at IS NULL)
        ORDER BY n.created_at DESC, n.id DESC
        LIMIT $5`,
      [userId, query.ids ?? null, query.since ?? null, query.unreadOnly ?? false, query.first],
    )) as NotificationRow[];
    const comments = new Map(
      (await this.reader.byIds(rows.map((row) => row.commentId))).map((comment) => [
        comment.id,
        comment,
      ]),
    );
    return rows.flatMap(({ commentId, ...row }) => {
      const comment = comments.get(commentId);
      return comment ? [{ ...row, comment }] : [];
    });
  }

  async unreadCount(userId: string): Promise<number> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS unread
         FROM notification n
         JOIN membership m ON m.plan_id = n.plan_id AND m.user_id = n.user_id
        WHERE n.user_id = $1 AND n.read_at IS NULL`,
      [userId],
    )) as { unread: number }[];
    return row?.unread ?? 0;
  }

  /** Marks these of the person's own notifications read (others' ids change nothing); returns what is still unread. */
  async markRead(userId: string, ids: string[]): Promise<number> {
    await this.dataSource.query(
      `UPDATE notification SET read_at = now()
        WHERE user_id = $1 AND id = ANY($2::uuid[]) AND read_at IS NULL`,
      [userId, ids],
    );
    return this.unreadCount(userId);
  }
}
