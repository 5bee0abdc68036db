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

    /**
     * A punkt as the minutes print it: a JSON number when it is a plain whole number ("7"), else the printed text
     * ("01", "1.1"); null when none is printed.
     */
    public static Object punkt(String printed) {
        if (printed == null) {
            return null;
        }
        return printed.matches("[1-9]\\d{0,8}") ? (Object) Integer.valueOf(printed) : printed;
    }

    /** Who acts from the command line, for the audit log. */
    public static String actor() {
        return "cli:" + System.getProperty("user.name");
    }
}
