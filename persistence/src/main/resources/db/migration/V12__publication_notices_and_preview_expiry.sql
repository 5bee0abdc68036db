-- The publication outbox carries followers' notices as well as the decisions channel's message (one row per meeting
-- and target, as before), and a preview that expired unconfirmed is told to the member of the secretariat who posted
-- it, once: expiry_noticed_at records that it was.

COMMENT ON COLUMN publication.target IS 'the decisions channel, or a follower''s chat user (their notice of the meeting)';

ALTER TABLE referat_preview ADD COLUMN expiry_noticed_at timestamptz;
CREATE INDEX referat_preview_expiring ON referat_preview (expires_at) WHERE status = 'pending' AND expiry_noticed_at IS NULL;
