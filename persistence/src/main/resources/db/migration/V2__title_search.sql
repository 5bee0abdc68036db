-- The title's own Danish search vector (with the other spellings from the table of contents), so that
-- answering can tell a title match from a match elsewhere without building a vector per row and query.
ALTER TABLE agenda_item ADD COLUMN title_search tsvector;

CREATE OR REPLACE FUNCTION agenda_item_search_update() RETURNS trigger AS $$
DECLARE
    heading tsvector;
    everything tsvector;
BEGIN
    NEW.title_search := to_tsvector('danish', coalesce(NEW.title, '') || ' ' || array_to_string(NEW.alternative_titles, ' '));
    heading := setweight(NEW.title_search, 'A');
    everything := heading
        || setweight(to_tsvector('danish', coalesce(NEW.decision, '')), 'B')
        || setweight(to_tsvector('danish', coalesce(NEW.resume, '') || ' '
                                 || array_to_string(NEW.recommendations, ' ')), 'C')
        || setweight(to_tsvector('danish', coalesce(NEW.case_number, '') || ' ' || coalesce(NEW.full_text, '') || ' '
                                 || array_to_string(NEW.attachments, ' ')), 'D');
    NEW.search_authorised := everything;
    NEW.search := CASE WHEN NEW.closed THEN heading ELSE everything END;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

-- fill it for the items stored before this migration (the trigger recomputes every vector)
UPDATE agenda_item SET title = title;
