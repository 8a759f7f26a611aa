import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reacties: threads on a bouwsteen of a plan or on one of its items, with replies and
 * @mentions; the notifications they raise; and how far each person has read.
 */
export class CreateComments1764800000000 implements MigrationInterface {
  name = 'CreateComments1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE comment (
        id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id           uuid NOT NULL REFERENCES plan ON DELETE CASCADE,
        -- the bouwsteen discussed; for a comment on an item, that item's bouwsteen
        stage             text NOT NULL CHECK (stage IN ('YOUTH_SITUATION', 'SOCIETAL_RESULTS',
                            'ACTIVITIES', 'QUALITY', 'OUTCOMES', 'LEARNING')),
        -- the item discussed (its GraphQL type and id), or none for the bouwsteen itself; no
        -- foreign key can point into sixteen tables, so the api checks it on create
        target_type       text,
        target_id         uuid,
        -- the first comment of the thread (itself, for that first comment); replies are one
        -- level deep, and a thread never spans plans
        thread_id         uuid NOT NULL,
        -- kept when the account or organisation goes: the conversation stays readable
        author_id         uuid REFERENCES app_user ON DELETE SET NULL,
        organization_id   uuid REFERENCES organization ON DELETE SET NULL,
        -- kept after a (soft) delete, like the audit trail keeps it; the api shows null
        body              text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
        mention_user_ids  uuid[] NOT NULL DEFAULT '{}',
        resolved_at       timestamptz,
        resolved_by       uuid REFERENCES app_user ON DELETE SET NULL,
        -- the plan event sequence of its creation: read markers compare against it, and
        -- sequence order is commit order, so a comment committed late is never skipped
        sequence          bigint NOT NULL,
        version           integer NOT NULL DEFAULT 1,
        created_at        timestamptz NOT NULL DEFAULT now(),
        updated_at        timestamptz NOT NULL DEFAULT now(),
        edited_at         timestamptz,
        deleted_at        timestamptz,
        CONSTRAINT comment_plan_id_key UNIQUE (plan_id, id),
        CONSTRAINT comment_thread_fkey FOREIGN KEY (plan_id, thread_id)
          REFERENCES comment (plan_id, id) ON DELETE CASCADE,
        CONSTRAINT comment_target_check CHECK ((target_type IS NULL) = (target_id IS NULL)),
        CONSTRAINT comment_resolved_on_thread_check
          CHECK (thread_id = id OR (resolved_at IS NULL AND resolved_by IS NULL))
      );
      CREATE INDEX comment_subject_idx ON comment (plan_id, stage, target_id);
      CREATE INDEX comment_thread_idx ON comment (thread_id, created_at);
      CREATE INDEX comment_target_idx ON comment (target_id) WHERE target_id IS NOT NULL;

      CREATE TYPE notification_kind AS ENUM ('MENTION', 'REPLY');

      CREATE TABLE notification (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id     uuid NOT NULL REFERENCES app_user ON DELETE CASCADE,
        plan_id     uuid NOT NULL REFERENCES plan ON DELETE CASCADE,
        comment_id  uuid NOT NULL REFERENCES comment ON DELETE CASCADE,
        kind        notification_kind NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        read_at     timestamptz,
        -- one per person per comment: a mention in a reply to your thread is one notification
        CONSTRAINT notification_user_comment_key UNIQUE (user_id, comment_id)
      );
      CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC);
      CREATE INDEX notification_unread_idx ON notification (user_id) WHERE read_at IS NULL;

      -- how far someone has read the comments on one bouwsteen or item: every comment there
      -- up to this plan event sequence. One row per person per place, not per comment.
      CREATE TABLE comment_read (
        user_id        uuid NOT NULL REFERENCES app_user ON DELETE CASCADE,
        plan_id        uuid NOT NULL REFERENCES plan ON DELETE CASCADE,
        -- the item's id, or the stage for the bouwsteen itself
        subject        text NOT NULL,
        read_sequence  bigint NOT NULL,
        read_at        timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, plan_id, subject)
      );
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE comment_read, notification, comment;
      DROP TYPE notification_kind;
    `);
  }
}
