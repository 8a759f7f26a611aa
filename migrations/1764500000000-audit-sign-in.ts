import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Signing in and out is written to the audit trail too (plan_id null: not about one plan). */
export class AuditSignIn1764500000000 implements MigrationInterface {
  name = 'AuditSignIn1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE audit_event DROP CONSTRAINT audit_event_action_check;
      ALTER TABLE audit_event ADD CONSTRAINT audit_event_action_check
        CHECK (action IN ('CREATE', 'UPDATE', 'DELETE', 'LOGIN', 'LOGOUT'));
      CREATE INDEX audit_event_user_idx ON audit_event (user_id, id DESC);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX audit_event_user_idx;
      ALTER TABLE audit_event DROP CONSTRAINT audit_event_action_check;
      ALTER TABLE audit_event ADD CONSTRAINT audit_event_action_check
        CHECK (action IN ('CREATE', 'UPDATE', 'DELETE')) NOT VALID;
    `);
  }
}
