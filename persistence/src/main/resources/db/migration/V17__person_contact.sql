-- E-mail: a person's address and where they want reminders and the Monday digest. Set by the person in chat; the
-- secretariat's people file (REFERENT_PEOPLE_FILE) gives the rest, and a row here wins over it. A null column means
-- "not chosen here" (the file's value, else chat), so setting an address does not by itself move reminders to e-mail.
CREATE TABLE person_contact (
    person      text        PRIMARY KEY,   -- an owner's name or chat id, as reminders are addressed
    email       text,
    prefers     text        CHECK (prefers IN ('chat', 'email', 'both')),
    updated_at  timestamptz NOT NULL,
    updated_by  text        NOT NULL
);

-- The e-mails' Udført / Udsæt links are signed, so they need no row to be valid; this table makes each one usable
-- once. Only the SHA-256 of a token is kept: the table cannot be turned back into working links.
CREATE TABLE used_action_link (
    token_hash  text        PRIMARY KEY,
    used_at     timestamptz NOT NULL
);
