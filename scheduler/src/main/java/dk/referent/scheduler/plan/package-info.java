/**
 * Reminder planning as pure domain logic: which reminders a confirmed follow-up gets and when, Danish working
 * days and public holidays, and the bodies' meeting calendars as the secretariat imports them. Nothing here
 * reads a clock, a file or a database: dates come in as parameters, so every rule is testable on its own.
 */
package dk.referent.scheduler.plan;
