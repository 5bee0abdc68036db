-- Every word used in a title, for spelling slips: a question word that no item has is compared with these few
-- thousand words (trigram similarity) instead of with every item's title.
CREATE TABLE title_word (
    word text PRIMARY KEY
);
CREATE INDEX title_word_trgm ON title_word USING gin (word gin_trgm_ops);

CREATE FUNCTION title_word_collect() RETURNS trigger AS $$
BEGIN
    INSERT INTO title_word (word)
    SELECT DISTINCT w
    FROM regexp_split_to_table(lower(NEW.title || ' ' || array_to_string(NEW.alternative_titles, ' ')), '[^[:alnum:]]+') w
    WHERE length(w) >= 3
    ON CONFLICT DO NOTHING;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER agenda_item_title_words AFTER INSERT OR UPDATE OF title, alternative_titles ON agenda_item
    FOR EACH ROW EXECUTE FUNCTION title_word_collect();

INSERT INTO title_word (word)
SELECT DISTINCT w
FROM agenda_item, regexp_split_to_table(lower(title || ' ' || array_to_string(alternative_titles, ' ')), '[^[:alnum:]]+') w
WHERE length(w) >= 3
ON CONFLICT DO NOTHING;
