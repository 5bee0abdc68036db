-- Requests from a chat platform already taken (Slack's event_id, or an interaction's trigger id): a retry or a replay
-- that reaches another instance, or this one after a restart, is recognised and not answered twice. Rows older than a
-- day are pruned as new ones arrive; Slack retries within minutes and a signed request is stale after five.

CREATE TABLE inbound_event (
    source      text        NOT NULL,
    event_id    text        NOT NULL,
    received_at timestamptz NOT NULL,
    PRIMARY KEY (source, event_id)
);
CREATE INDEX inbound_event_received ON inbound_event (received_at);
