-- The time a meeting ended, where the minutes state it ("Sluttidspunkt: Kl. 20:45", "Mødet sluttede kl. 16.45").
ALTER TABLE meeting ADD COLUMN end_time time;
