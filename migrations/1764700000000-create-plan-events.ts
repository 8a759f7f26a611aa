import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox of live changes: one event per audited change to a plan, numbered per plan
 * without gaps, written in the change's own transaction and announced with NOTIFY on commit.
 */
export class CreatePlanEvents1764700000000 implements MigrationInterface {
  name = 'CreatePlanEvents1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      -- The row lock on a plan's counter orders its writers: sequence order is commit order,
      -- so a reader that saw event n never misses an n-1 committed later.
      -- No foreign keys: the events of a deleted plan (the deletion included) still go out.
      CREATE TABLE plan_event_counter (
        plan_id        uuid PRIMARY KEY,
        last_sequence  bigint NOT NULL
      );

      CREATE TABLE plan_event (
        plan_id          uuid NOT NULL,
        sequence         bigint NOT NULL,
        entity           text NOT NULL,
        entity_id        uuid NOT NULL,
        action           text NOT NULL,
        changed_fields   text[] NOT NULL,
        -- the item as it is after the change (null once deleted), for clients to apply as is
        item             jsonb,
        user_id          uuid,
        organization_id  uuid,
        occurred_at      timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (plan_id, sequence)
      );
      CREATE INDEX plan_event_occurred_idx ON plan_event (occurred_at);

      -- who changed an item last, for the CONFLICT answer
      CREATE INDEX audit_event_entity_idx ON audit_event (entity_id, id DESC);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'DROP INDEX audit_event_entity_idx; DROP TABLE plan_event, plan_event_counter;',
    );
  }
}
