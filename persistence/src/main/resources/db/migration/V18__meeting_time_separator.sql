-- How the minutes write the start and the end ("kl. 17:00", "Mødet hævet kl. 18.10"), so that answers quote the times
-- as the reader will find them in the minutes.
ALTER TABLE meeting
    ADD COLUMN time_separator text NOT NULL DEFAULT ':' CHECK (time_separator IN ('.', ':')),
    ADD COLUMN end_separator  text NOT NULL DEFAULT ':' CHECK (end_separator IN ('.', ':'));
