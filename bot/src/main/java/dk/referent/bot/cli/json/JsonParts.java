package dk.referent.bot.cli.json;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Pieces of JSON that several commands print the same way. */
public final class JsonParts {

    private JsonParts() {
    }

    /** {@code {"body", "date"}}, in that order. */
    public static Map<String, String> meeting(String body, LocalDate date) {
        Map<String, String> meeting = new LinkedHashMap<>();
        meeting.put("body", body);
        meeting.put("date", date.toString());
        return meeting;
    }

    /** Who acts from the command line, for the audit log. */
    public static String actor() {
        return "cli:" + System.getProperty("user.name");
    }
}
