package dk.referent.bot.platform.email;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Optional;

/** A person's e-mail address as Referent accepts it: one bare address (no display name), strictly parsed. */
public final class EmailAddresses {

    private EmailAddresses() {
    }

    /** The address, stripped, when it is one valid address with a domain; else empty. */
    public static Optional<String> valid(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String candidate = text.strip();
        try {
            InternetAddress address = new InternetAddress(candidate, true);
            address.validate();
            // a display name or a group would make "min e-mail" mean something the person did not write
            if (address.getPersonal() != null || address.isGroup() || !address.getAddress().equals(candidate)
                    || !candidate.substring(candidate.indexOf('@') + 1).contains(".")) {
                return Optional.empty();
            }
            return Optional.of(candidate);
        } catch (AddressException e) {
            return Optional.empty();
        }
    }
}
