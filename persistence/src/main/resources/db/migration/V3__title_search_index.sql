-- Answering looks up the newest items whose title has a word; without an index on the title's own vector that
-- is a scan of every item.
CREATE INDEX agenda_item_title_search ON agenda_item USING gin (title_search);
