import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOrganization1764000000000 implements MigrationInterface {
  name = 'CreateOrganization1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TYPE organization_kind AS ENUM ('GEMEENTE', 'SCHOOLBESTUUR', 'PARTNER');

      CREATE TABLE organization (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind        organization_kind NOT NULL,
        name        text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        -- CBS gemeentecode (GM0363) for a gemeente, bestuursnummer for a schoolbestuur
        code        text,
        version     integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT organization_gemeente_code CHECK (kind <> 'GEMEENTE' OR code ~ '^GM[0-9]{4}$'),
        CONSTRAINT organization_schoolbestuur_code CHECK (kind <> 'SCHOOLBESTUUR' OR code ~ '^[0-9]{5}$')
      );

      CREATE UNIQUE INDEX organization_kind_code_key ON organization (kind, code) WHERE code IS NOT NULL;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE organization;
      DROP TYPE organization_kind;
    `);
  }
}
