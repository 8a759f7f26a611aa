import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts at the organisation's OpenID Connect provider, linked to the people who use them. */
export class CreateUserIdentity1764600000000 implements MigrationInterface {
  name = 'CreateUserIdentity1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      -- the provider's subject never changes, unlike the e-mail address it reports
      CREATE TABLE user_identity (
        issuer     text NOT NULL,
        subject    text NOT NULL,
        user_id    uuid NOT NULL REFERENCES app_user ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (issuer, subject)
      );
      CREATE INDEX user_identity_user_idx ON user_identity (user_id);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE user_identity');
  }
}
