import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The item's name as it was at the change, so the activity feed can say what changed. */
export class AuditItemLabel1765100000000 implements MigrationInterface {
  name = 'AuditItemLabel1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A new column with no default changes no existing row, so the append-only trigger is not hit.
    await queryRunner.query('ALTER TABLE audit_event ADD COLUMN item_label text;');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE audit_event DROP COLUMN item_label;');
  }
}
