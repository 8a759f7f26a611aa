import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Who changed what, when: written in the same transaction as the change, never changed. */
export class CreateAuditTrail1764300000000 implements MigrationInterface {
  name = 'CreateAuditTrail1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_event (
        id              bigserial PRIMARY KEY,
        -- no foreign keys: the trail outlives deleted plans, items and accounts
        plan_id         uuid,
        user_id         uuid,
        organization_id uuid,
        entity          text NOT NULL,
        entity_id       uuid NOT NULL,
        action          text NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'DELETE')),
        -- { field: { "before": …, "after": … } } for the fields that changed
        changes         jsonb NOT NULL,
        request_id      text,
        occurred_at     timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX audit_event_plan_idx ON audit_event (plan_id, id DESC);

      CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event rows cannot be changed or removed';
      END;
      $$;
      CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
        FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE audit_event;
      DROP FUNCTION audit_event_is_append_only();
    `);
  }
}
