-- Answering reads the GIN indexes on every question. With GIN's fast update, new entries first go to an unsorted
-- pending list that every search reads in full until VACUUM merges it: after storing many items (up to 4 MB per
-- index by default) each lookup of a word scanned hundreds of pages. A small pending list keeps inserts batched
-- while bounding what a search reads.
ALTER INDEX agenda_item_search SET (gin_pending_list_limit = 64);
ALTER INDEX agenda_item_search_authorised SET (gin_pending_list_limit = 64);
ALTER INDEX agenda_item_title_search SET (gin_pending_list_limit = 64);
ALTER INDEX agenda_item_title_trgm SET (gin_pending_list_limit = 64);
ALTER INDEX title_word_trgm SET (gin_pending_list_limit = 64);
-- merge what is pending now
SELECT gin_clean_pending_list(i) FROM unnest(ARRAY['agenda_item_search', 'agenda_item_search_authorised', 'agenda_item_title_search',
    'agenda_item_title_trgm', 'title_word_trgm']::regclass[]) i;
