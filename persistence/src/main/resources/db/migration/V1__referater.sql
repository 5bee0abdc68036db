-- Referent's schema. Flyway migrations are the one source of truth; jOOQ code is generated from them.
-- Written for PostgreSQL 10 and later (users' servers are often older than the embedded one).

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- A meeting of a body, identified by (body, date). One row per meeting; a corrected referat bumps version.
CREATE TABLE meeting (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    body          text        NOT NULL,
    meeting_date  date        NOT NULL,
    start_time    time,
    place         text,
    source_name   text        NOT NULL,
    content_hash  text        NOT NULL,
    version       integer     NOT NULL DEFAULT 1,
    ingested_at   timestamptz NOT NULL,
    ingested_by   text        NOT NULL,
    CONSTRAINT meeting_body_date UNIQUE (body, meeting_date)
);

CREATE TABLE participant (
    meeting_id  bigint  NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    name        text    NOT NULL,
    absent      boolean NOT NULL,
    PRIMARY KEY (meeting_id, position)
);

CREATE TABLE agenda_item (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id         bigint  NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    number             integer NOT NULL,
    title              text    NOT NULL,
    alternative_titles text[]  NOT NULL DEFAULT '{}',
    case_number        text,
    closed             boolean NOT NULL,
    decision           text,
    outcome            text CHECK (outcome IN ('godkendt', 'godkendt_med_bemaerkning', 'anbefales', 'taget_til_efterretning',
                                               'droeftet', 'udsat', 'afvist', 'other')),
    recommendations    text[]  NOT NULL DEFAULT '{}',
    route              text[]  NOT NULL DEFAULT '{}',
    economy            text,
    attachments        text[]  NOT NULL DEFAULT '{}',
    resume             text,
    case_text          text,
    full_text          text    NOT NULL,
    -- what anyone may search: for a closed item only its title
    search             tsvector,
    -- what the authorised group may search: everything
    search_authorised  tsvector,
    CONSTRAINT agenda_item_meeting_number UNIQUE (meeting_id, number)
);

CREATE INDEX agenda_item_search ON agenda_item USING gin (search);
CREATE INDEX agenda_item_search_authorised ON agenda_item USING gin (search_authorised);
CREATE INDEX agenda_item_title_trgm ON agenda_item USING gin (title gin_trgm_ops);
CREATE INDEX agenda_item_case_number ON agenda_item (case_number);
CREATE INDEX agenda_item_meeting ON agenda_item (meeting_id);

-- Other treatments quoted in an item ("Direktionens møde den 25. oktober 2021:").
CREATE TABLE prior_treatment (
    item_id         bigint  NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
    position        integer NOT NULL,
    body            text    NOT NULL,
    treatment_date  date    NOT NULL,
    text            text    NOT NULL,
    PRIMARY KEY (item_id, position)
);

-- Weighted Danish search vectors: title A, decision and other treatments B, resume and recommendations C,
-- the rest D. A trigger rather than a generated column: array_to_string is not immutable.
CREATE FUNCTION agenda_item_search_update() RETURNS trigger AS $$
DECLARE
    heading tsvector;
    everything tsvector;
BEGIN
    heading := setweight(to_tsvector('danish', coalesce(NEW.title, '') || ' '
                                     || array_to_string(NEW.alternative_titles, ' ')), 'A');
    everything := heading
        || setweight(to_tsvector('danish', coalesce(NEW.decision, '')), 'B')
        || setweight(to_tsvector('danish', coalesce(NEW.resume, '') || ' '
                                 || array_to_string(NEW.recommendations, ' ')), 'C')
        || setweight(to_tsvector('danish', coalesce(NEW.case_number, '') || ' ' || coalesce(NEW.full_text, '') || ' '
                                 || array_to_string(NEW.attachments, ' ')), 'D');
    NEW.search_authorised := everything;
    NEW.search := CASE WHEN NEW.closed THEN heading ELSE everything END;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER agenda_item_search_update BEFORE INSERT OR UPDATE ON agenda_item
    FOR EACH ROW EXECUTE PROCEDURE agenda_item_search_update();

-- Follow-ups found in an item (deadlines, events, recurring obligations, actions, after-meeting follow-ups).
-- The item key (number, case, title) survives re-ingest of a corrected referat, which replaces the items.
CREATE TABLE follow_up (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id    bigint  NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    item_id       bigint  REFERENCES agenda_item (id) ON DELETE SET NULL,
    item_number   integer NOT NULL,
    item_case     text,
    item_title    text    NOT NULL,
    kind          text    NOT NULL CHECK (kind IN ('deadline', 'event', 'recurring', 'action', 'after_meeting')),
    due_date      date,
    end_date      date,
    due_time      time,
    rrule         text,
    owner         text,
    body          text,
    evidence      text    NOT NULL,
    confidence    real    NOT NULL DEFAULT 1.0,
    details       jsonb   NOT NULL DEFAULT '{}',
    status        text    NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'confirmed', 'rejected', 'done')),
    created_at    timestamptz NOT NULL,
    decided_at    timestamptz,
    decided_by    text
);

CREATE INDEX follow_up_meeting ON follow_up (meeting_id);
CREATE INDEX follow_up_status_due ON follow_up (status, due_date);

-- Who did what, when. Append-only: the trigger refuses updates, deletes and truncation.
CREATE TABLE audit_log (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at       timestamptz NOT NULL,
    actor    text        NOT NULL,
    action   text        NOT NULL,
    subject  text,
    details  jsonb       NOT NULL DEFAULT '{}'
);

CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE PROCEDURE audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE PROCEDURE audit_log_append_only();
