-- Reminders: what the secretariat changes on a confirmed follow-up (snooze, reassign), the bodies' meeting
-- calendars, and the delivery outbox that Quartz jobs write and the dispatcher sends from.

ALTER TABLE follow_up ADD COLUMN snoozed_until date;
ALTER TABLE follow_up ADD COLUMN assignee text;

CREATE TABLE meeting_calendar (
    body          text NOT NULL,
    meeting_date  date NOT NULL,
    imported_at   timestamptz NOT NULL,
    imported_by   text NOT NULL,
    PRIMARY KEY (body, meeting_date)
);

-- One row per reminder that fell due: unique per (follow-up, occurrence, lead), so a trigger that fires twice
-- (recovery after a crash, two instances) cannot deliver twice; a digest (no follow-up) is one per owner and day.
CREATE TABLE reminder_delivery (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    follow_up_id     bigint REFERENCES follow_up (id) ON DELETE CASCADE,
    occurrence       date        NOT NULL,
    lead             text        NOT NULL,
    due_at           timestamptz NOT NULL,
    created_at       timestamptz NOT NULL,
    target           text        NOT NULL,
    text             text        NOT NULL,
    late             boolean     NOT NULL DEFAULT false,
    status           text        NOT NULL DEFAULT 'pending'
                     CHECK (status IN ('pending', 'sent', 'failed', 'caught_up', 'cancelled')),
    attempts         integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL,
    sent_at          timestamptz,
    last_error       text,
    UNIQUE NULLS NOT DISTINCT (follow_up_id, occurrence, lead)
);
CREATE INDEX reminder_delivery_pending ON reminder_delivery (next_attempt_at) WHERE status = 'pending';

CREATE TABLE delivery_attempt (
    delivery_id  bigint      NOT NULL REFERENCES reminder_delivery (id) ON DELETE CASCADE,
    at           timestamptz NOT NULL,
    outcome      text        NOT NULL CHECK (outcome IN ('sent', 'retry', 'failed')),
    detail       text
);
CREATE INDEX delivery_attempt_delivery ON delivery_attempt (delivery_id);
