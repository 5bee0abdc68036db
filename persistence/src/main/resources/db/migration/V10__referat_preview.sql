-- The secretariat's referat in preview: what was posted, what the secretariat said about it since, and whether it was
-- confirmed or discarded — kept in the database, so that any instance (after a restart, or the other one of a
-- clustered pair) continues it. What was understood is read again from the text with the hints and edits recorded
-- here (the parser is a pure function); the understood meeting is kept beside it for people reading the table.

CREATE TABLE referat_preview (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    actor            text        NOT NULL,   -- who posted it, platform-qualified: "slack:U012AB3CD", "console:anna"
    file_name        text        NOT NULL,
    content          bytea,                  -- the file as received (null when it was read from the server's disk)
    text             text        NOT NULL,   -- its text as the parser read it
    given_body       text,                   -- »ret organ«: wins over the text
    given_date       date,                   -- »ret mødedato«: wins over the text
    understood_body  text,                   -- what was understood, as last shown
    understood_date  date,
    items            integer     NOT NULL,
    status           text        NOT NULL CHECK (status IN ('pending', 'confirmed', 'discarded', 'replaced')),
    posted_at        timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    expires_at       timestamptz NOT NULL,   -- a pending preview past this is refused: the referat is to be posted again
    settled_at       timestamptz,
    settled_by       text,
    meeting_id       bigint                  -- the meeting it was stored as, once confirmed
);

-- each member of the secretariat has at most one referat in preview; a new one replaces it
CREATE UNIQUE INDEX referat_preview_one_pending ON referat_preview (actor) WHERE status = 'pending';
CREATE INDEX referat_preview_actor ON referat_preview (actor, id DESC);

-- the secretariat's corrections of the preview's follow-ups, in order; numbered as the preview numbers them
CREATE TABLE referat_preview_edit (
    preview_id  bigint  NOT NULL REFERENCES referat_preview (id) ON DELETE CASCADE,
    seq         integer NOT NULL,
    follow_up   integer NOT NULL,
    kind        text    NOT NULL CHECK (kind IN ('due', 'owner', 'remove')),
    due_date    date,
    owner       text,
    PRIMARY KEY (preview_id, seq)
);
