import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, sessions, plan roles and login attempts (for rate limiting). */
export class CreateAccess1764200000000 implements MigrationInterface {
  name = 'CreateAccess1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TYPE plan_role AS ENUM ('COORDINATOR', 'EDITOR', 'CONTRIBUTOR', 'VIEWER');

      CREATE TABLE app_user (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email          text NOT NULL CHECK (email ~ '^[^@[:space:]]+@[^@[:space:]]+$' AND length(email) <= 320),
        display_name   text NOT NULL CHECK (length(btrim(display_name)) BETWEEN 1 AND 200),
        -- argon2id; null for an account that only signs in through single sign-on
        password_hash  text,
        version        integer NOT NULL DEFAULT 1,
        created_at     timestamptz NOT NULL DEFAULT now(),
        updated_at     timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email));

      -- the organisations a person works for; admins manage that organisation's people
      CREATE TABLE user_organization (
        user_id         uuid NOT NULL REFERENCES app_user ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organization ON DELETE CASCADE,
        is_admin        boolean NOT NULL DEFAULT false,
        PRIMARY KEY (user_id, organization_id)
      );
      CREATE INDEX user_organization_organization_idx ON user_organization (organization_id);

      -- only a hash of the session token is stored: a database leak does not sign anyone in
      CREATE TABLE user_session (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash   bytea NOT NULL UNIQUE,
        user_id      uuid NOT NULL REFERENCES app_user ON DELETE CASCADE,
        created_at   timestamptz NOT NULL DEFAULT now(),
        expires_at   timestamptz NOT NULL,
        revoked_at   timestamptz
      );
      CREATE INDEX user_session_user_idx ON user_session (user_id);

      -- deelnemer: a person in a plan, on behalf of one participating organisation
      CREATE TABLE membership (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id         uuid NOT NULL,
        user_id         uuid NOT NULL REFERENCES app_user ON DELETE CASCADE,
        organization_id uuid NOT NULL,
        role            plan_role NOT NULL,
        version         integer NOT NULL DEFAULT 1,
        created_at      timestamptz NOT NULL DEFAULT now(),
        updated_at      timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT membership_plan_fkey FOREIGN KEY (plan_id) REFERENCES plan ON DELETE CASCADE,
        CONSTRAINT membership_organization_fkey FOREIGN KEY (plan_id, organization_id)
          REFERENCES plan_organization (plan_id, organization_id) ON DELETE NO ACTION,
        CONSTRAINT membership_plan_user_key UNIQUE (plan_id, user_id)
      );
      CREATE INDEX membership_user_idx ON membership (user_id);

      CREATE TABLE login_attempt (
        id           bigserial PRIMARY KEY,
        email_key    text NOT NULL,
        ip           text NOT NULL,
        succeeded    boolean NOT NULL,
        attempted_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX login_attempt_email_idx ON login_attempt (email_key, attempted_at);
      CREATE INDEX login_attempt_ip_idx ON login_attempt (ip, attempted_at);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE login_attempt, membership, user_session, user_organization, app_user;
      DROP TYPE plan_role;
    `);
  }
}
