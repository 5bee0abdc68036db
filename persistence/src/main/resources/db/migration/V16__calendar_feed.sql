-- Calendar feeds (ICS). A subscribed calendar only replaces an event whose SEQUENCE went up, so every change to a
-- follow-up raises its revision; changed_at is the event's DTSTAMP and the feed's Last-Modified.
ALTER TABLE follow_up ADD COLUMN revision integer NOT NULL DEFAULT 0;
ALTER TABLE follow_up ADD COLUMN changed_at timestamptz;
UPDATE follow_up SET changed_at = coalesce(decided_at, created_at);

-- One row per issued token. Only the SHA-256 of a token is kept, so the table (or a backup of it) cannot be used to
-- read anyone's calendar; a feed may have several live tokens (each »min kalender« mints one), and revoking the feed
-- revokes them all.
CREATE TABLE calendar_feed (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind        text        NOT NULL CHECK (kind IN ('person', 'body', 'all')),
    subject     text        NOT NULL,
    token_hash  text        NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL,
    created_by  text        NOT NULL,
    revoked_at  timestamptz
);
CREATE INDEX calendar_feed_subject ON calendar_feed (kind, lower(subject)) WHERE revoked_at IS NULL;
