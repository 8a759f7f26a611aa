import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An uploaded figures file waiting to be previewed and confirmed. The file is kept until the
 * import is confirmed (then only its counts stay) or for a day when nobody confirms it.
 */
export class CreateFigureImport1765310000000 implements MigrationInterface {
  name = 'CreateFigureImport1765310000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TYPE figure_import_status AS ENUM ('PENDING', 'CONFIRMED');

      CREATE TABLE figure_import (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id      uuid NOT NULL REFERENCES plan ON DELETE CASCADE,
        uploaded_by  uuid REFERENCES app_user ON DELETE SET NULL,
        file_name    text NOT NULL CHECK (length(btrim(file_name)) BETWEEN 1 AND 200),
        byte_size    integer NOT NULL CHECK (byte_size BETWEEN 0 AND 20971520),
        content      bytea,
        status       figure_import_status NOT NULL DEFAULT 'PENDING',
        counts       jsonb,
        created_at   timestamptz NOT NULL DEFAULT now(),
        confirmed_at timestamptz,
        -- the file until confirmed; afterwards only what it did
        CONSTRAINT figure_import_pending_has_content CHECK ((status = 'PENDING') = (content IS NOT NULL)),
        CONSTRAINT figure_import_confirmed CHECK (
          (status = 'CONFIRMED') = (confirmed_at IS NOT NULL AND counts IS NOT NULL))
      );
      CREATE INDEX figure_import_plan_idx ON figure_import (plan_id);
      CREATE INDEX figure_import_pending_idx ON figure_import (created_at) WHERE status = 'PENDING';
      -- CSV files compress well, but compressing 20 MB on every upload costs more than the
      -- space a day's worth of pending files takes
      ALTER TABLE figure_import ALTER COLUMN content SET STORAGE EXTERNAL;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE figure_import;
      DROP TYPE figure_import_status;
    `);
  }
}
