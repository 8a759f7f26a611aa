import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The six bouwstenen as linked rows. Every item carries its plan_id, and every link between
 * items is a composite foreign key on (plan_id, id): the database itself refuses a link into
 * another plan. Editable rows have a version for conditional updates.
 */
export class CreatePlanningDomain1764100000000 implements MigrationInterface {
  name = 'CreatePlanningDomain1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TYPE plan_status AS ENUM ('DRAFT', 'IN_CONSULTATION', 'ADOPTED');
      CREATE TYPE better_direction AS ENUM ('HIGHER', 'LOWER');
      CREATE TYPE target_direction AS ENUM ('INCREASE', 'DECREASE');
      CREATE TYPE target_kind AS ENUM ('NORM', 'AMBITION');
      CREATE TYPE reflection_question AS ENUM ('RECOGNISE', 'EXPLAIN', 'JUDGE', 'IMPROVE');
      CREATE TYPE activity_kind AS ENUM ('PREVENTIVE', 'CURATIVE', 'ACCESS');
      CREATE TYPE effectiveness_criterion AS ENUM ('GOAL_ORIENTED', 'LOCALLY_FITTING', 'COHERENT',
        'LEARNING', 'EVIDENCE_BASED', 'SUSTAINABLE', 'PROFESSIONALS_EQUIPPED');
      CREATE TYPE assessment_rating AS ENUM ('MEETS', 'PARTLY_MEETS', 'DOES_NOT_MEET', 'UNKNOWN');
      CREATE TYPE checklist_point AS ENUM ('TARGET_GROUP', 'GOALS', 'APPROACH', 'EXECUTORS',
        'QUALITY_ASSURANCE', 'PRECONDITIONS', 'COSTS');
      CREATE TYPE checklist_status AS ENUM ('CLEAR', 'UNCLEAR', 'NOT_APPLICABLE');
      CREATE TYPE evidence_level AS ENUM ('NONE', 'WELL_FOUNDED', 'EFFECTIVE_FIRST_INDICATIONS',
        'EFFECTIVE_GOOD_INDICATIONS', 'EFFECTIVE_STRONG_INDICATIONS');
      CREATE TYPE quality_requirement AS ENUM ('LEGAL_QUALITY_REQUIREMENTS',
        'RESPONSIBLE_TASK_ALLOCATION', 'REPORTING_CODE', 'YOUTH_CARE_GUIDELINES',
        'RECOGNISED_INTERVENTION');
      CREATE TYPE quality_status AS ENUM ('MET', 'PARTLY_MET', 'NOT_MET', 'UNKNOWN', 'NOT_APPLICABLE');
      CREATE TYPE quality_perspective AS ENUM ('RECIPIENT', 'PROVIDER', 'FUNDER');
      CREATE TYPE improvement_action_status AS ENUM ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED');

      -- ontwikkelagenda
      CREATE TABLE plan (
        id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title             text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
        region            text NOT NULL CHECK (length(btrim(region)) BETWEEN 1 AND 200),
        description       text NOT NULL DEFAULT '' CHECK (length(description) <= 10000),
        period_start_year integer NOT NULL CHECK (period_start_year BETWEEN 2000 AND 2100),
        period_end_year   integer NOT NULL,
        status            plan_status NOT NULL DEFAULT 'DRAFT',
        version           integer NOT NULL DEFAULT 1,
        created_at        timestamptz NOT NULL DEFAULT now(),
        updated_at        timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT plan_period CHECK (period_end_year BETWEEN period_start_year AND period_start_year + 10)
      );

      -- the organisations taking part in a plan
      CREATE TABLE plan_organization (
        plan_id         uuid NOT NULL REFERENCES plan ON DELETE CASCADE,
        organization_id uuid NOT NULL,
        created_at      timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (plan_id, organization_id),
        CONSTRAINT plan_organization_organization_fkey FOREIGN KEY (organization_id)
          REFERENCES organization ON DELETE RESTRICT
      );
      CREATE INDEX plan_organization_organization_idx ON plan_organization (organization_id);

      -- bouwsteen 1: staat van de jeugd
      CREATE TABLE indicator (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id          uuid NOT NULL,
        name             text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        unit             text NOT NULL CHECK (length(btrim(unit)) BETWEEN 1 AND 50),
        source           text NOT NULL DEFAULT '' CHECK (length(source) <= 200),
        description      text NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
        better_direction better_direction NOT NULL,
        version          integer NOT NULL DEFAULT 1,
        created_at       timestamptz NOT NULL DEFAULT now(),
        updated_at       timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT indicator_plan_fkey FOREIGN KEY (plan_id) REFERENCES plan ON DELETE CASCADE,
        UNIQUE (plan_id, id)
      );
      CREATE UNIQUE INDEX indicator_name_key ON indicator (plan_id, lower(btrim(name)));

      CREATE TABLE measurement (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id      uuid NOT NULL,
        indicator_id uuid NOT NULL,
        -- CBS gemeentecode, or NL01 for the Netherlands as a whole
        area_code    text NOT NULL CHECK (area_code ~ '^(GM[0-9]{4}|NL01)$'),
        period       text NOT NULL CHECK (period ~ '^[0-9]{4}(JJ00|KW0[1-4]|MM(0[1-9]|1[0-2]))$'),
        period_start date NOT NULL,
        period_end   date NOT NULL CHECK (period_end >= period_start),
        value        double precision NOT NULL CHECK (abs(value) < 1e12), -- also refuses NaN, ∞
        source       text NOT NULL DEFAULT '' CHECK (length(source) <= 200),
        measured_on  date,
        version      integer NOT NULL DEFAULT 1,
        created_at   timestamptz NOT NULL DEFAULT now(),
        updated_at   timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT measurement_plan_fkey FOREIGN KEY (plan_id) REFERENCES plan ON DELETE CASCADE,
        CONSTRAINT measurement_indicator_fkey FOREIGN KEY (plan_id, indicator_id)
          REFERENCES indicator (plan_id, id) ON DELETE CASCADE,
        CONSTRAINT measurement_indicator_area_period_key UNIQUE (indicator_id, area_code, period)
      );
      CREATE INDEX measurement_plan_idx ON measurement (plan_id, indicator_id);

      CREATE TABLE signal (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id         uuid NOT NULL,
        title           text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
        description     text NOT NULL DEFAULT '' CHECK (length(description) <= 10000),
        -- who noticed it: a jongerenwerker, ouders, a mentor …
        raised_by       text NOT NULL DEFAULT '' CHECK (length(raised_by) <= 200),
        organization_id uuid,
        observed_on     date,
        version         integer NOT NULL DEFAULT 1,
        created_at      timestamptz NOT NULL DEFAULT now(),
        updated_at      timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT signal_plan_fkey FOREIGN KEY (plan_id) REFERENCES plan ON DELETE CASCADE,
        CONSTRAINT signal_organization_fkey FOREIGN KEY (plan_id, organization_id)
          REFERENCES plan_organization (plan_id, organization_id) ON DELETE SET NULL (organization_id),
        UNIQUE (plan_id, id)
      );

      CREATE TABLE analysis (
        id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id    uuid NOT NULL,
        theme      text NOT NULL CHECK (length(btrim(theme)) BETWEEN 1 AND 200),
        summary    text NOT NULL DEFAULT '' CHECK (length(summary) <= 10000),
        version    integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT analysis_plan_fkey FOREIGN KEY (plan_id) REFERENCES plan ON DELETE CASCADE,
        UNIQUE (plan_id, id)
      );

      CREATE TABLE analysis_indicator (
        plan_id      uuid NOT NULL,
        analysis_id  uuid NOT NULL,
        indicator_id uuid NOT NULL,
        PRIMARY KEY (analysis_id, indicator_id),
        CONSTRAINT analysis_indicator_analysis_fkey FOREIGN KEY (plan_id, analysis_id)
          REFERENCES analysis (plan_id, id) ON DELETE CASCADE,
        CONSTRAINT analysis_indicator_indicator_fkey FOREIGN KEY (plan_id, indicator_id)
          REFERENCES indicator (plan_id, id) ON DELETE CASCADE
      );
      CREATE INDEX analysis_indicator_plan_idx ON analysis_indicator (plan_id, indicator_id);

      CREATE TABLE analysis_signal (
        plan_id     uuid NOT NULL,
        analysis_id uuid NOT NULL,
        signal_id   uuid NOT NULL,
        PRIMARY KEY (analysis_id, signal_id),
        CONSTRAINT analysis_signal_analysis_fkey FOREIGN KEY (plan_id, analysis_id)
          REFERENCES analysis (plan_id, id) ON DELETE CASCADE,
        CONSTRAINT analysis_signal_signal_fkey FOREIGN KEY (plan_id, signal_id)
          REFERENCES signal (plan_id, id) ON DELETE CASCADE
      );
      CREATE INDEX analysis_signal_plan_idx ON analysis_signal (plan_id, signal_id);

      -- bouwsteen 2: maatschappelijke resultaten
      CREATE TABLE societal_result (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id     uuid NOT NULL,
        statement   text NOT NULL CHECK (length(btrim(statement)) BETWEEN 1 AND 1000),
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 10000),
        version     integer NOT NULL DEFAULT 1,
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT societal_result_plan_fkey FOREIGN KEY (plan_id) REFERENCES plan ON DELETE CASCADE,
        UNIQUE (plan_id, id)
      );

      CREATE TABLE societal_result_analysis (
        plan_id            uuid NOT NULL,
        societal_result_id uuid NOT NULL,
        analysis_id        uuid NOT NULL,
        PRIMARY KEY (societal_result_id, analysis_id),
        CONSTRAINT societal_result_analysis_result_fkey FOREIGN KEY (plan_id, societal_result_id)
          REFERENCES societal_result (plan_id, id) ON DELETE CASCADE,
        CONSTRAINT societal_result_analysis_analysis_fkey FOREIGN KEY (plan_id, analysis_id)
          REFERENCES analysis (plan_id, id) ON DELETE CASCADE
      );
      CREATE INDEX societal_result_analysis_plan_idx ON societal_result_analysis (plan_id, analysis_id);

      CREATE TABLE result_indicator (
        id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id            uuid NOT NULL,
        societal_result_id uuid NOT NULL,
        indicator_id       uuid NOT NULL,
        baseline_value     double precision NOT NULL CHECK (abs(baseline_value) < 1e12),
        baseline_year      integer NOT NULL CHECK (baseline_year BETWEEN 1990 AND 2100),
        target_value       double precision NOT NULL CHECK (abs(target_value) < 1e12),
        target_year        integer NOT NULL CHECK (target_year BETWEEN 1990 AND 2100),
        target_kind        target_kind NOT NULL DEFAULT 'AMBITION',
        direction          target_direction NOT NULL,
        version            integer NOT NULL DEFAULT 1,
        created_at         timestamptz NOT NULL DEFAULT now(),
        updated_at         timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT result_indicator_plan_fkey FOREIGN KEY (plan_id) REFERENCES plan ON DELETE CASCADE,
        CONSTRAINT result_indicator_result_fkey FOREIGN KEY (plan_id, societal_result_id)
          REFERENCES societal_result (plan_id, id) ON DELETE CASCADE,
        CONSTRAINT result_indicator_indicator_fkey FOREIGN KEY (plan_id, indicator_id)
          REFERENCES indicator (plan_id, id) ON DELETE CASCADE,
        CONSTRAINT result_indicator_result_indicator_key UNIQUE (societal_result_id, indicator_id),
        CONSTRAINT result_indicator_years CHECK (target_year > baseline_year),
        CONSTRAINT result_indicator_direction CHECK (
          (direction = 'INCREASE' AND target_value > baseline_value)
          OR (direction = 'DECREASE' AND target_value < baseline_value))
      );
      CREATE INDEX result_indicator_plan_idx ON result_indicator (plan_id, indicator_id);

      -- bouwsteen 3: activiteiten en voorzieningen
      CREATE TABLE activity (
        id                       uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id                  uuid NOT NULL,
        name                     text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        description              text NOT NULL DEFAULT '' CHECK (length(description) <= 10000),
        kind                     activity_kind NOT NULL,
        target_group             text NOT NULL CHECK (length(btrim(target_group)) BETWEEN 1 AND 500),
        executor_organization_id uuid,
        evidence_level           evidence_level NOT NULL DEFAULT 'NONE',
        version                  integer NOT NULL DEFAULT 1,
        created_at               timestamptz NOT NULL DEFAULT now(),
        updated_at               timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT activity_plan_fkey FOREIGN KEY (plan_id) REFERENCES plan ON DELETE CASCADE,
        CONSTRAINT activity_executor_fkey FOREIGN KEY (plan_id, executor_organization_id)
          REFERENCES plan_organization (plan_id, organization_id) ON DELETE NO ACTION,
        UNIQUE (plan_id, id)
      );

      CREATE TABLE literature_reference (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id     uuid NOT NULL,
        activity_id uuid NOT NULL,
        citation    text NOT NULL CHECK (length(btrim(citation)) BETWEEN 1 AND 1000),
        url         text CHECK (url ~ '^https?://' AND length(url) <= 2000),
        version     integer NOT NULL DEFAULT 1,
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT literature_reference_plan_fkey FOREIGN KEY (plan_id) REFERENCES plan ON DELETE CASCADE,
        CONSTRAINT literature_reference_activity_fkey FOREIGN KEY (plan_id, activity_id)
          REFERENCES activity (plan_id, id) ON DELETE CASCADE
      );
      CREATE INDEX literature_reference_plan_idx ON literature_reference (plan_id, activity_id);

      CREATE TABLE contribution (
        id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id            uuid NOT NULL,
        activity_id        uuid NOT NULL,
        societal_result_id uuid NOT NULL,
        -- hoe draagt deze activiteit bij aan het resultaat?
        rationale          text NOT NULL DEFAULT '' CHECK (length(rationale) <= 4000),
        version            integer NOT NULL DEFAULT 1,
        created_at         timestamptz NOT NULL DEFAULT now(),
        updated_at         timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT contribution_plan_fkey FOREIGN KEY (plan_id) REFERENCES plan ON DELETE CASCADE,
        CONSTRAINT contribution_activity_fkey FOREIGN KEY (plan_id, activity_id)
          REFERENCES activity (plan_id, id) ON DELETE CASCADE,
        CONSTRAINT contribution_result_fkey FOREIGN KEY (plan_id, societal_result_id)
          REFERENCES societal_result (plan_id, id) ON DELETE CASCADE,
        CONSTRAINT contribution_activity_result_key UNIQUE (activity_id, societal_result_id)
      );
      CREATE INDEX contribution_plan_idx ON contribution (plan_id, societal_result_id);

      CREATE TABLE activity_assessment (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id     uuid NOT NULL,
        activity_id uuid NOT NULL,
        criterion   effectiveness_criterion NOT NULL,
        rating      assessment_rating NOT NULL DEFAULT 'UNKNOWN',
        explanation text NOT NULL DEFAULT '' CHECK (length(explanation) <= 4000),
        version     integer NOT NULL DEFAULT 1,
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT activity_assessment_plan_fkey FOREIGN KEY (plan_id) REFERENCES plan ON DELETE CASCADE,
        CONSTRAINT activity_assessment_activity_fkey FOREIGN KEY (plan_id, activity_id)
          REFERENCES activity (plan_id, id) ON DELETE CASCADE,
        CONSTRAINT activity_assessment_activity_criterion_key UNIQUE (activity_id, criterion)
      );
      CREATE INDEX activity_assessment_plan_idx ON activity_assessment (plan_id, activity_id);

      CREATE TABLE intervention_checklist_item (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id     uuid NOT NULL,
        activity_id uuid NOT NULL,
        point       checklist_point NOT NULL,
        status      checklist_status NOT NULL,
        explanation text NOT NULL DEFAULT '' CHECK (length(explanation) <= 4000),
        version     integer NOT NULL DEFAULT 1,
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT intervention_checklist_item_plan_fkey FOREIGN KEY (plan_id) REFERENCES plan ON DELETE CASCADE,
        CONSTRAINT intervention_checklist_item_activity_fkey FOREIGN KEY (plan_id, activity_id)
          REFERENCES activity (plan_id, id) ON DELETE CASCADE,
        CONSTRAINT intervention_checklist_item_activity_point_key UNIQUE (activity_id, point)
      );
      CREATE INDEX intervention_checklist_item_plan_idx ON intervention_checklist_item (plan_id, activity_id);

      -- bouwsteen 4: kwaliteit
      CREATE TABLE quality_check (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id     uuid NOT NULL,
        activity_id uuid NOT NULL,
        requirement quality_requirement NOT NULL,
        perspective quality_perspective NOT NULL,
        status      quality_status NOT NULL DEFAULT 'UNKNOWN',
        evidence    text NOT NULL DEFAULT '' CHECK (length(evidence) <= 4000),
        version     integer NOT NULL DEFAULT 1,
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT quality_check_plan_fkey FOREIGN KEY (plan_id) REFERENCES plan ON DELETE CASCADE,
        CONSTRAINT quality_check_activity_fkey FOREIGN KEY (plan_id, activity_id)
          REFERENCES activity (plan_id, id) ON DELETE CASCADE,
        CONSTRAINT quality_check_activity_requirement_key UNIQUE (activity_id, requirement, perspective)
      );
      CREATE INDEX quality_check_plan_idx ON quality_check (plan_id, activity_id);

      -- bouwsteen 5: outcome
      CREATE TABLE outcome_measurement (
        id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id                 uuid NOT NULL,
        activity_id             uuid NOT NULL,
        period                  text NOT NULL CHECK (period ~ '^[0-9]{4}(JJ00|KW0[1-4]|MM(0[1-9]|1[0-2]))$'),
        period_start            date NOT NULL,
        period_end              date NOT NULL CHECK (period_end >= period_start),
        -- doelrealisatie, beëindiging volgens plan (the opposite of uitval), cliënttevredenheid
        goal_realisation_pct    double precision CHECK (goal_realisation_pct BETWEEN 0 AND 100),
        planned_termination_pct double precision CHECK (planned_termination_pct BETWEEN 0 AND 100),
        client_satisfaction_pct double precision CHECK (client_satisfaction_pct BETWEEN 0 AND 100),
        respondents             integer CHECK (respondents >= 0),
        note                    text NOT NULL DEFAULT '' CHECK (length(note) <= 4000),
        version                 integer NOT NULL DEFAULT 1,
        created_at              timestamptz NOT NULL DEFAULT now(),
        updated_at              timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT outcome_measurement_plan_fkey FOREIGN KEY (plan_id) REFERENCES plan ON DELETE CASCADE,
        CONSTRAINT outcome_measurement_activity_fkey FOREIGN KEY (plan_id, activity_id)
          REFERENCES activity (plan_id, id) ON DELETE CASCADE,
        CONSTRAINT outcome_measurement_activity_period_key UNIQUE (activity_id, period),
        CONSTRAINT outcome_measurement_has_value CHECK (num_nonnulls(goal_realisation_pct,
          planned_termination_pct, client_satisfaction_pct) > 0)
      );
      CREATE INDEX outcome_measurement_plan_idx ON outcome_measurement (plan_id, activity_id);

      -- bouwsteen 6: leren en verbeteren
      CREATE TABLE learning_review (
        id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id    uuid NOT NULL,
        title      text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
        held_on    date NOT NULL,
        summary    text NOT NULL DEFAULT '' CHECK (length(summary) <= 10000),
        decisions  text NOT NULL DEFAULT '' CHECK (length(decisions) <= 10000),
        version    integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT learning_review_plan_fkey FOREIGN KEY (plan_id) REFERENCES plan ON DELETE CASCADE,
        UNIQUE (plan_id, id)
      );

      -- one party's answer to one of the four questions, in an analysis or a learning review
      CREATE TABLE reflection_answer (
        id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id            uuid NOT NULL,
        analysis_id        uuid,
        learning_review_id uuid,
        organization_id    uuid NOT NULL,
        question           reflection_question NOT NULL,
        answer             text NOT NULL CHECK (length(btrim(answer)) BETWEEN 1 AND 10000),
        version            integer NOT NULL DEFAULT 1,
        created_at         timestamptz NOT NULL DEFAULT now(),
        updated_at         timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT reflection_answer_plan_fkey FOREIGN KEY (plan_id) REFERENCES plan ON DELETE CASCADE,
        CONSTRAINT reflection_answer_analysis_fkey FOREIGN KEY (plan_id, analysis_id)
          REFERENCES analysis (plan_id, id) ON DELETE CASCADE,
        CONSTRAINT reflection_answer_learning_review_fkey FOREIGN KEY (plan_id, learning_review_id)
          REFERENCES learning_review (plan_id, id) ON DELETE CASCADE,
        CONSTRAINT reflection_answer_organization_fkey FOREIGN KEY (plan_id, organization_id)
          REFERENCES plan_organization (plan_id, organization_id) ON DELETE NO ACTION,
        CONSTRAINT reflection_answer_one_subject CHECK (num_nonnulls(analysis_id, learning_review_id) = 1),
        CONSTRAINT reflection_answer_analysis_key UNIQUE (analysis_id, organization_id, question),
        CONSTRAINT reflection_answer_learning_review_key UNIQUE (learning_review_id, organization_id, question)
      );
      CREATE INDEX reflection_answer_plan_idx ON reflection_answer (plan_id);

      CREATE TABLE improvement_action (
        id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id               uuid NOT NULL,
        learning_review_id    uuid,
        societal_result_id    uuid,
        activity_id           uuid,
        title                 text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
        description           text NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
        owner_organization_id uuid,
        owner_name            text NOT NULL DEFAULT '' CHECK (length(owner_name) <= 200),
        due_date              date,
        status                improvement_action_status NOT NULL DEFAULT 'PLANNED',
        version               integer NOT NULL DEFAULT 1,
        created_at            timestamptz NOT NULL DEFAULT now(),
        updated_at            timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT improvement_action_plan_fkey FOREIGN KEY (plan_id) REFERENCES plan ON DELETE CASCADE,
        -- an action outlives the review, result or activity it came from or points at
        CONSTRAINT improvement_action_learning_review_fkey FOREIGN KEY (plan_id, learning_review_id)
          REFERENCES learning_review (plan_id, id) ON DELETE SET NULL (learning_review_id),
        CONSTRAINT improvement_action_result_fkey FOREIGN KEY (plan_id, societal_result_id)
          REFERENCES societal_result (plan_id, id) ON DELETE SET NULL (societal_result_id),
        CONSTRAINT improvement_action_activity_fkey FOREIGN KEY (plan_id, activity_id)
          REFERENCES activity (plan_id, id) ON DELETE SET NULL (activity_id),
        CONSTRAINT improvement_action_owner_fkey FOREIGN KEY (plan_id, owner_organization_id)
          REFERENCES plan_organization (plan_id, organization_id) ON DELETE SET NULL (owner_organization_id)
      );
      CREATE INDEX improvement_action_plan_idx ON improvement_action (plan_id);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE improvement_action, reflection_answer, learning_review, outcome_measurement,
        quality_check, intervention_checklist_item, activity_assessment, contribution,
        literature_reference, activity, result_indicator, societal_result_analysis,
        societal_result, analysis_signal, analysis_indicator, analysis, signal, measurement,
        indicator, plan_organization, plan;
      DROP TYPE improvement_action_status, quality_perspective, quality_status,
        quality_requirement, evidence_level, checklist_status, checklist_point,
        assessment_rating, effectiveness_criterion, activity_kind, reflection_question,
        target_kind, target_direction, better_direction, plan_status;
    `);
  }
}
