-- A reminder is claimed, sent and recorded in three short steps, not inside one long transaction: a claim takes the
-- row for a lease (claimed_by, lease_until) and commits; the send happens outside any transaction; the outcome is
-- recorded by the claimer and clears the lease. An instance that dies between sending and recording leaves the lease
-- to run out; the row is then claimed again "in doubt" (its message may have arrived), and the platform is asked
-- whether the message with this row's marker is there before anything is sent again.

ALTER TABLE reminder_delivery ADD COLUMN claimed_by  text;
ALTER TABLE reminder_delivery ADD COLUMN lease_until timestamptz;
ALTER TABLE reminder_delivery ADD COLUMN in_doubt    boolean NOT NULL DEFAULT false;
