-- The punkt as the minutes print it ("1.1", "01", "49/1"); null where it is the item's number or none is printed.
-- Answers cite it, so that the reader finds the item under the number the minutes give it.
ALTER TABLE agenda_item ADD COLUMN punkt text;
