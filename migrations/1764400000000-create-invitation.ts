import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A coordinator's invitation to join a plan: a single-use link that expires. */
export class CreateInvitation1764400000000 implements MigrationInterface {
  name = 'CreateInvitation1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE invitation (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id         uuid NOT NULL,
        organization_id uuid NOT NULL,
        email           text NOT NULL CHECK (email ~ '^[^@[:space:]]+@[^@[:space:]]+$' AND length(email) <= 320),
        role            plan_role NOT NULL,
        -- only a hash of the link's token is stored
        token_hash      bytea NOT NULL UNIQUE,
        invited_by      uuid REFERENCES app_user ON DELETE SET NULL,
        expires_at      timestamptz NOT NULL,
        accepted_at     timestamptz,
        accepted_by     uuid REFERENCES app_user ON DELETE SET NULL,
        created_at      timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT invitation_plan_fkey FOREIGN KEY (plan_id) REFERENCES plan ON DELETE CASCADE,
        CONSTRAINT invitation_organization_fkey FOREIGN KEY (plan_id, organization_id)
          REFERENCES plan_organization (plan_id, organization_id) ON DELETE CASCADE
      );
      CREATE INDEX invitation_plan_idx ON invitation (plan_id);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE invitation');
  }
}
