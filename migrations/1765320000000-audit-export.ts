import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Handing out personal data is written to the audit trail too: an organisation's AVG export
 * (plan_id null, entity Organization) records who downloaded it and when.
 */
export class AuditExport1765320000000 implements MigrationInterface {
  name = 'AuditExport1765320000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE audit_event DROP CONSTRAINT audit_event_action_check;
      ALTER TABLE audit_event ADD CONSTRAINT audit_event_action_check
        CHECK (action IN ('CREATE', 'UPDATE', 'DELETE', 'LOGIN', 'LOGOUT', 'EXPORT'));
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE audit_event DROP CONSTRAINT audit_event_action_check;
      ALTER TABLE audit_event ADD CONSTRAINT audit_event_action_check
        CHECK (action IN ('CREATE', 'UPDATE', 'DELETE', 'LOGIN', 'LOGOUT')) NOT VALID;
    `);
  }
}
