package dk.referent.bot.platform.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referent.persistence.PersonContacts.Preference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The secretariat's people file: good lines read, and a file with a bad line refused whole, each bad line named. */
class PeopleFileTest {

    @Test
    void goodLinesAreReadCommentsAndBlankLinesSkippedNamesMatchedWithoutCase() throws Exception {
        PeopleFile people = PeopleFile.parse(List.of(
                "# navn eller chat-id ; e-mail ; chat|email|both",
                "",
                "Anna Jensen ; anna@kommune.dk ; email",
                "U024BE7LH\t;\tbo.holm@kommune.dk\t;\tBOTH",
                "Søren Ærbø ; soren.aerbo@kommune.dk ; chat"));
        assertEquals(3, people.size());
        assertEquals(Optional.of(new PeopleFile.Person("Anna Jensen", "anna@kommune.dk", Preference.EMAIL)), people.of(" anna jensen "));
        assertEquals(Preference.BOTH, people.of("U024BE7LH").orElseThrow().prefers());
        assertEquals("soren.aerbo@kommune.dk", people.of("Søren Ærbø").orElseThrow().email());
        assertEquals(Optional.empty(), people.of("Carl"));
    }

    @Test
    void badLinesAreNamedByNumberAndNothingIsLoaded(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("people");
        Files.writeString(file, String.join("\n",
                "Anna Jensen ; anna@kommune.dk ; email",
                "Bo Holm ; bo@@kommune.dk ; email",
                "Carl ; carl@kommune.dk",
                "Dorte ; dorte@kommune.dk ; sms",
                "anna jensen ; anna2@kommune.dk ; chat",
                " ; x@kommune.dk ; chat"), StandardCharsets.UTF_8);
        PeopleFile.Invalid refused = assertThrows(PeopleFile.Invalid.class, () -> PeopleFile.load(file));
        assertEquals(5, refused.problems().size(), refused.problems().toString());
        assertTrue(refused.problems().get(0).startsWith("linje 2: »bo@@kommune.dk« er ikke en gyldig e-mail-adresse"), refused.problems().get(0));
        assertTrue(refused.problems().get(1).startsWith("linje 3: "), refused.problems().get(1));
        assertTrue(refused.problems().get(2).startsWith("linje 4: »sms«"), refused.problems().get(2));
        assertTrue(refused.problems().get(3).startsWith("linje 5: anna jensen står der allerede"), refused.problems().get(3));
        assertTrue(refused.problems().get(4).startsWith("linje 6: navnet mangler"), refused.problems().get(4));
        String problem = EmailSetup.problem(Map.of("REFERENT_SMTP_URL", "smtp://mail.kommune.dk:587", "REFERENT_SMTP_FROM", "referent@kommune.dk",
                "REFERENT_PEOPLE_FILE", file.toString()));
        assertTrue(problem.contains("none of it is used") && problem.contains("linje 2"), problem);
    }

    @Test
    void addressesAreParsedStrictly() {
        assertEquals(Optional.of("anna@kommune.dk"), EmailAddresses.valid(" anna@kommune.dk "));
        for (String bad : new String[] {"anna", "anna@", "@kommune.dk", "Anna <anna@kommune.dk>", "anna@kommune", "a b@kommune.dk",
                "anna@kommune.dk, bo@kommune.dk", ""}) {
            assertEquals(Optional.empty(), EmailAddresses.valid(bad), bad);
        }
    }

    @Test
    void theSmtpConfigurationIsCheckedAndThePasswordNeverShown() {
        assertEquals(null, EmailSetup.problem(Map.of()));
        assertTrue(EmailSetup.problem(Map.of("REFERENT_SMTP_URL", "mail.kommune.dk")).contains("smtp://host:587"));
        assertTrue(EmailSetup.problem(Map.of("REFERENT_SMTP_URL", "smtp://mail.kommune.dk:587")).contains("REFERENT_SMTP_FROM"));
        SmtpSettings smtp = SmtpSettings.from(Map.of("REFERENT_SMTP_URL", "smtp://mail.kommune.dk:587", "REFERENT_SMTP_USER", "referent",
                "REFERENT_SMTP_PASSWORD", "hemmeligt-kodeord", "REFERENT_SMTP_FROM", "referent@kommune.dk")).orElseThrow();
        assertEquals(587, smtp.port());
        assertTrue(smtp.startTlsRequired());
        assertTrue(!smtp.toString().contains("hemmeligt"), smtp.toString());
    }
}
