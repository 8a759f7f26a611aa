import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who is in a plan right now. Unlogged: presence is seconds old and worthless after a crash,
 * so it skips the write-ahead log; every api instance reads and writes the same table.
 */
export class CreatePresence1765000000000 implements MigrationInterface {
  name = 'CreatePresence1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE UNLOGGED TABLE plan_presence (
        client_id        uuid PRIMARY KEY,
        plan_id          uuid NOT NULL,
        user_id          uuid NOT NULL,
        organization_id  uuid,
        stage            text,
        item_id          uuid,
        field            text,
        joined_at        timestamptz NOT NULL DEFAULT now(),
        last_seen        timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX plan_presence_plan_idx ON plan_presence (plan_id);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE plan_presence;');
  }
}
