import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A coordinator can take back an invitation that was not used yet: its link stops working. */
export class RevokeInvitation1765200000000 implements MigrationInterface {
  name = 'RevokeInvitation1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE invitation
        ADD COLUMN revoked_at timestamptz,
        ADD COLUMN revoked_by uuid REFERENCES app_user ON DELETE SET NULL,
        -- used or taken back, not both
        ADD CONSTRAINT invitation_accepted_or_revoked CHECK (accepted_at IS NULL OR revoked_at IS NULL);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE invitation
        DROP CONSTRAINT invitation_accepted_or_revoked,
        DROP COLUMN revoked_by,
        DROP COLUMN revoked_at;
    `);
  }
}
