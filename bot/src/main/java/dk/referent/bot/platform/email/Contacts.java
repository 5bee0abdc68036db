package dk.referent.bot.platform.email;

import dk.referent.persistence.PersonContacts;
import dk.referent.persistence.PersonContacts.Preference;
import java.util.Optional;

/**
 * How to reach a reminder's target: what the person chose in chat (stored) wins over the secretariat's people file,
 * part by part — an address set in chat with the preference from the file, or the other way round.
 */
public final class Contacts {

    /** An address and where the person wants their reminders. */
    public record Reach(String email, Preference prefers) {
    }

    private final PersonContacts chosen;
    private final PeopleFile file;

    public Contacts(PersonContacts chosen, PeopleFile file) {
        this.chosen = chosen;
        this.file = file;
    }

    /** The target's address and preference; empty when there is no address (then chat is the only way). */
    public Optional<Reach> of(String target) {
        Optional<PersonContacts.Contact> own = chosen.of(target);
        Optional<PeopleFile.Person> listed = file.of(target);
        String email = own.map(PersonContacts.Contact::email).or(() -> listed.map(PeopleFile.Person::email)).orElse(null);
        if (email == null) {
            return Optional.empty();
        }
        Preference prefers = own.map(PersonContacts.Contact::prefers).or(() -> listed.map(PeopleFile.Person::prefers))
                .orElse(Preference.CHAT);
        return Optional.of(new Reach(email, prefers));
    }
}
