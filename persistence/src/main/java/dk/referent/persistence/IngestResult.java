package dk.referent.persistence;

import java.time.LocalDate;

/** What ingesting one referat did. */
public record IngestResult(Status status, long meetingId, String body, LocalDate date, int items, int version) {

    public enum Status {
        NEW, UPDATED, UNCHANGED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
