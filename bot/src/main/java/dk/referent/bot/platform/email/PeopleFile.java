package dk.referent.bot.platform.email;

import dk.referent.persistence.PersonContacts.Preference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The secretariat's people file (REFERENT_PEOPLE_FILE): one person a line, three fields separated by {@code ;} —
 * the name or chat id reminders are addressed to, the e-mail address, and {@code chat}, {@code email} or
 * {@code both}. Blank lines and lines starting with {@code #} are ignored. A file with any bad line is refused
 * whole (each bad line named by its number), so a typing slip never silently sends someone's reminders elsewhere.
 * <pre>
 * # navn eller chat-id ; e-mail ; chat|email|both
 * Anna Jensen ; anna@kommune.dk ; email
 * U024BE7LH   ; bo@kommune.dk   ; both
 * </pre>
 */
public final class PeopleFile {

    /** One person's line. */
    public record Person(String person, String email, Preference prefers) {
    }

    /** A file that could not be used; {@code problems} name each bad line in Danish. */
    public static final class Invalid extends Exception {
        private final List<String> problems;

        Invalid(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    private final Map<String, Person> people;

    private PeopleFile(Map<String, Person> people) {
        this.people = people;
    }

    public static PeopleFile empty() {
        return new PeopleFile(Map.of());
    }

    public static PeopleFile load(Path file) throws IOException, Invalid {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    public static PeopleFile parse(List<String> lines) throws Invalid {
        Map<String, Person> people = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int number = i + 1;
            String[] fields = line.split(";", -1);
            if (fields.length != 3) {
                problems.add("linje " + number + ": der skal være tre felter adskilt af ; (navn ; e-mail ; chat|email|both)");
                continue;
            }
            String person = fields[0].strip();
            Optional<String> email = EmailAddresses.valid(fields[1]);
            String prefers = fields[2].strip().toLowerCase(Locale.ROOT);
            if (person.isEmpty()) {
                problems.add("linje " + number + ": navnet mangler");
            } else if (email.isEmpty()) {
                problems.add("linje " + number + ": »" + fields[1].strip() + "« er ikke en gyldig e-mail-adresse");
            } else if (!prefers.matches("chat|email|both")) {
                problems.add("linje " + number + ": »" + fields[2].strip() + "« skal være chat, email eller both");
            } else if (people.putIfAbsent(key(person), new Person(person, email.get(), Preference.of(prefers))) != null) {
                problems.add("linje " + number + ": " + person + " står der allerede");
            }
        }
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        return new PeopleFile(Map.copyOf(people));
    }

    /** The person's line; names are matched without regard to case or surrounding spaces. */
    public Optional<Person> of(String person) {
        return person == null ? Optional.empty() : Optional.ofNullable(people.get(key(person)));
    }

    public int size() {
        return people.size();
    }

    private static String key(String person) {
        return person.strip().toLowerCase(Locale.ROOT);
    }
}
