import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The OOGO workflow: each gemeente and schoolbestuur records agreement (akkoord) or an
 * objection per consultation round, and every adopted (vastgesteld) version of a plan is kept
 * as an immutable snapshot of its whole graph.
 */
export class CreateOogoWorkflow1764900000000 implements MigrationInterface {
  name = 'CreateOogoWorkflow1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TYPE approval_decision AS ENUM ('AGREE', 'OBJECT');

      -- one decision per organisation per cycle; a new decision replaces the earlier one
      CREATE TABLE approval (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id         uuid NOT NULL,
        -- the plan's draft cycle: adopted versions so far + 1, so an earlier round never counts
        cycle           integer NOT NULL CHECK (cycle >= 1),
        organization_id uuid NOT NULL,
        decision        approval_decision NOT NULL,
        reason          text CHECK (length(reason) <= 2000),
        given_by        uuid REFERENCES app_user ON DELETE SET NULL,
        given_at        timestamptz NOT NULL DEFAULT now(),
        -- the plan's last live event when the decision was given: later content changes make it stale
        event_sequence  bigint NOT NULL CHECK (event_sequence >= 0),
        CONSTRAINT approval_plan_fkey FOREIGN KEY (plan_id) REFERENCES plan ON DELETE CASCADE,
        -- only a participating organisation decides; leaving the plan takes its decisions along
        -- (the decisions an adopted version rests on are kept in its snapshot)
        CONSTRAINT approval_organization_fkey FOREIGN KEY (plan_id, organization_id)
          REFERENCES plan_organization (plan_id, organization_id) ON DELETE CASCADE,
        CONSTRAINT approval_objection_has_reason
          CHECK (decision = 'AGREE' OR length(btrim(coalesce(reason, ''))) > 0),
        CONSTRAINT approval_plan_cycle_organization_key UNIQUE (plan_id, cycle, organization_id)
      );

      -- vastgesteld: the whole plan as adopted, numbered 1, 2, … per plan
      CREATE TABLE plan_snapshot (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id         uuid NOT NULL REFERENCES plan ON DELETE CASCADE,
        number          integer NOT NULL CHECK (number >= 1),
        adopted_at      timestamptz NOT NULL DEFAULT now(),
        -- no foreign key: an ON DELETE action would have to change an immutable row
        adopted_by      uuid,
        graph           jsonb NOT NULL,
        -- the plan's last live event included in this version
        event_sequence  bigint NOT NULL CHECK (event_sequence >= 0),
        CONSTRAINT plan_snapshot_plan_number_key UNIQUE (plan_id, number)
      );

      CREATE FUNCTION plan_snapshot_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Deleting a whole plan takes its versions along: the cascade runs once the plan row
        -- is gone. While the plan exists, an adopted version stays as it was adopted.
        IF TG_OP = 'DELETE' THEN
          IF NOT EXISTS (SELECT 1 FROM plan WHERE id = OLD.plan_id) THEN
            RETURN OLD;
          END IF;
        END IF;
        RAISE EXCEPTION 'an adopted plan version (plan_snapshot) cannot be changed or removed';
      END;
      $$;
      CREATE TRIGGER plan_snapshot_immutable BEFORE UPDATE OR DELETE ON plan_snapshot
        FOR EACH ROW EXECUTE FUNCTION plan_snapshot_is_immutable();
      CREATE TRIGGER plan_snapshot_not_truncated BEFORE TRUNCATE ON plan_snapshot
        FOR EACH STATEMENT EXECUTE FUNCTION plan_snapshot_is_immutable();
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE plan_snapshot, approval;
      DROP FUNCTION plan_snapshot_is_immutable();
      DROP TYPE approval_decision;
    `);
  }
}
