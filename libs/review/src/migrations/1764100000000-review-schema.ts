import { MigrationInterface, QueryRunner } from 'typeorm';
import { createMessagingTables, dropMessagingTables } from '@qaztech/platform';
import { defaultCalendarYear, KNOWN_YEAR_RULES } from '../calendar/kazakhstan-calendar';

const STAGES = "'screening', 'technical', 'security', 'legal', 'agenda'";

export class ReviewSchema1764100000000 implements MigrationInterface {
  name = 'ReviewSchema1764100000000';

  async up(runner: QueryRunner): Promise<void> {
    // The migration runner makes the schema first: the context's migration history lives in it.
    await runner.query('CREATE SCHEMA IF NOT EXISTS review');
    // Withdrawals seen, whatever order events arrive in: a submission that arrives after its
    // own withdrawal (workers run events concurrently) must not open a case nobody will close.
    await runner.query(`
      CREATE TABLE review.withdrawals (
        request_id   uuid PRIMARY KEY,
        withdrawn_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE review.requests (
        id                   uuid PRIMARY KEY,
        agency_bin           char(12) NOT NULL,
        registration_number  text NOT NULL,
        version              int NOT NULL CHECK (version >= 1),
        status               text NOT NULL,
        content              jsonb NOT NULL,
        attachments          jsonb NOT NULL,
        first_submitted_at   timestamptz NOT NULL,
        submitted_at         timestamptz NOT NULL,
        round                int NOT NULL DEFAULT 1,
        excluded_reviewers   text[] NOT NULL DEFAULT '{}',
        reconsidered_decision_id uuid,
        case_escalated_at    timestamptz,
        updated_at           timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE review.tasks (
        id                 uuid PRIMARY KEY,
        list_position      bigserial NOT NULL UNIQUE,
        request_id         uuid NOT NULL REFERENCES review.requests (id),
        version            int NOT NULL,
        round              int NOT NULL,
        stage              text NOT NULL CHECK (stage IN (${STAGES})),
        status             text NOT NULL CHECK (status IN ('open', 'claimed', 'done', 'cancelled')),
        assignee_id        text,
        assignee_name      text,
        priority           int NOT NULL DEFAULT 0,
        start_date         date NOT NULL,
        working_days       int NOT NULL CHECK (working_days >= 0),
        due_date           date NOT NULL,
        due_at             timestamptz NOT NULL,
        overdue            boolean NOT NULL DEFAULT false,
        escalated_at       timestamptz,
        applicant_bin      char(12) NOT NULL,
        excluded_reviewers text[] NOT NULL DEFAULT '{}',
        outcome            text,
        created_at         timestamptz NOT NULL DEFAULT now(),
        claimed_at         timestamptz,
        completed_at       timestamptz,
        CHECK ((status = 'claimed') = (assignee_id IS NOT NULL) OR status IN ('done', 'cancelled'))
      )`);
    // One live task per request and stage: a redelivered event or a double click cannot make two.
    await runner.query(`CREATE UNIQUE INDEX tasks_one_live ON review.tasks (request_id, stage) WHERE status IN ('open', 'claimed')`);
    await runner.query(`CREATE INDEX tasks_inbox ON review.tasks (stage, due_at, list_position) WHERE status IN ('open', 'claimed')`);
    await runner.query(`
      CREATE TABLE review.opinions (
        id                  uuid PRIMARY KEY,
        task_id             uuid NOT NULL UNIQUE REFERENCES review.tasks (id),
        request_id          uuid NOT NULL REFERENCES review.requests (id),
        version             int NOT NULL,
        round               int NOT NULL,
        kind                text NOT NULL CHECK (kind IN ('technical', 'security', 'legal')),
        verdict             text NOT NULL CHECK (verdict IN ('supports', 'supports_with_conditions', 'objects')),
        findings            text NOT NULL,
        proposed_conditions jsonb NOT NULL,
        author_id           text NOT NULL,
        author_name         text NOT NULL,
        submitted_at        timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE review.meetings (
        id                     uuid PRIMARY KEY,
        meeting_date           date NOT NULL,
        protocol_number        text NOT NULL UNIQUE,
        members                jsonb NOT NULL,
        present                text[],
        attendance_recorded_at timestamptz,
        created_by             text NOT NULL,
        created_at             timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE review.agenda_items (
        id         uuid PRIMARY KEY,
        meeting_id uuid NOT NULL REFERENCES review.meetings (id),
        request_id uuid NOT NULL REFERENCES review.requests (id),
        version    int NOT NULL,
        round      int NOT NULL,
        position   int NOT NULL,
        status     text NOT NULL CHECK (status IN ('open', 'closed')),
        outcome    text CHECK (outcome IN ('carried', 'not_carried', 'no_quorum')),
        tally      jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        closed_at  timestamptz
      )`);
    await runner.query(`CREATE UNIQUE INDEX agenda_items_one_open ON review.agenda_items (request_id) WHERE status = 'open'`);
    await runner.query(`
      CREATE TABLE review.votes (
        item_id     uuid NOT NULL REFERENCES review.agenda_items (id),
        member_id   text NOT NULL,
        member_name text NOT NULL,
        choice      text NOT NULL CHECK (choice IN ('for', 'against', 'abstain', 'recused')),
        grounds     text CHECK (grounds IN ('applicant_organisation', 'declared_conflict')),
        reason      text,
        cast_at     timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (item_id, member_id),
        CHECK ((choice = 'recused') = (grounds IS NOT NULL))
      )`);
    await runner.query(`
      CREATE TABLE review.decisions (
        id                  uuid PRIMARY KEY,
        decision_number     text NOT NULL UNIQUE,
        request_id          uuid NOT NULL REFERENCES review.requests (id),
        item_id             uuid NOT NULL UNIQUE REFERENCES review.agenda_items (id),
        version             int NOT NULL,
        round               int NOT NULL,
        outcome             text NOT NULL,
        status              text NOT NULL CHECK (status IN ('in_force', 'final', 'not_final', 'superseded', 'revoked', 'expired')),
        valid_until         date,
        issued_at           timestamptz NOT NULL,
        issued_by           text NOT NULL,
        published           jsonb NOT NULL,
        revoked_at          timestamptz,
        revocation_reasons  text,
        reconsideration_requested_at timestamptz
      )`);
    await runner.query('CREATE INDEX decisions_request ON review.decisions (request_id, issued_at)');
    await runner.query(`
      CREATE TABLE review.decision_counters (
        year        int PRIMARY KEY,
        last_number int NOT NULL CHECK (last_number > 0)
      )`);
    await runner.query(`
      CREATE TABLE review.calendar_days (
        day  date PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('day_off', 'working_day')),
        name text NOT NULL
      )`);
    for (const [year, rules] of Object.entries(KNOWN_YEAR_RULES)) {
      for (const day of defaultCalendarYear(Number(year), rules)) {
        await runner.query('INSERT INTO review.calendar_days (day, kind, name) VALUES ($1, $2, $3)', [day.date, day.kind, day.name]);
      }
    }
    await createMessagingTables(runner, 'review');
  }

  async down(runner: QueryRunner): Promise<void> {
    await dropMessagingTables(runner, 'review');
    await runner.query('DROP SCHEMA review CASCADE');
  }
}
