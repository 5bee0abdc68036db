-- The decisions of a confirmed referat, published to the decisions channel through an outbox: the row is written in
-- the same transaction as the referat is stored, then sent, and retried on a transient failure (429 with its
-- Retry-After, 5xx) by any instance until it is sent or fails for good. One row per meeting and target, so a
-- confirmation repeated (two instances, a retry) never publishes twice; a corrected referat re-arms the row with its
-- new text.

CREATE TABLE publication (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id       bigint      NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    target           text        NOT NULL,   -- the decisions channel
    text             text        NOT NULL,
    created_by       text        NOT NULL,
    created_at       timestamptz NOT NULL,
    status           text        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    attempts         integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL,
    sent_at          timestamptz,
    last_error       text,
    UNIQUE (meeting_id, target)
);
CREATE INDEX publication_pending ON publication (next_attempt_at) WHERE status = 'pending';
