-- Microsoft Teams: where Referent may write without being written to first. The Bot Framework only lets a bot post
-- in a conversation it has a reference to (its service URL and id), which it learns from an incoming activity: a
-- person's 1:1 chat (for their reminders) or a team's channel (publications, the follow-up channel).

CREATE TABLE teams_conversation (
    conversation_id  text        PRIMARY KEY,  -- the Bot Framework's conversation id ("a:1…" personal, "19:…@thread.tacv2" channel)
    service_url      text        NOT NULL,     -- where the Connector for this conversation answers
    tenant_id        text,
    user_id          text,                     -- the person's Entra ID object id in a personal chat; null for a channel
    personal         boolean     NOT NULL,
    updated_at       timestamptz NOT NULL
);

CREATE INDEX teams_conversation_user ON teams_conversation (user_id, updated_at) WHERE personal;
