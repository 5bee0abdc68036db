-- Chat: who follows which topic or case (told when a new decision on it is published), and the channels the
-- secretariat has marked confidential (closed items' content may be shown there).

CREATE TABLE subscription (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subscriber   text        NOT NULL,   -- platform-qualified chat user: "slack:U012AB3CD", "discord:123…", "console:anna"
    topic        text        NOT NULL,   -- as the user wrote it: "sprogskolen", "sag 24-001234"
    case_number  text,                   -- when the topic names a case
    created_at   timestamptz NOT NULL,
    UNIQUE (subscriber, topic)
);

CREATE TABLE confidential_channel (
    channel    text        PRIMARY KEY,  -- platform-qualified channel: "slack:C012AB3CD"
    marked_by  text        NOT NULL,
    marked_at  timestamptz NOT NULL
);
