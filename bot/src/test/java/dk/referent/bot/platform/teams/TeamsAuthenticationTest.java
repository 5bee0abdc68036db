package dk.referent.bot.platform.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dk.referent.persistence.MutableClock;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Bot Framework's keys as Referent keeps them: cached, fetched again for a new key id, and not trusted for ever. */
class TeamsAuthenticationTest {

    private final MutableClock clock = new MutableClock(TeamsBotTest.NOW, ZoneOffset.UTC);
    private MockMicrosoft microsoft;
    private TeamsAuthentication authentication;

    @BeforeEach
    void start() throws Exception {
        microsoft = new MockMicrosoft();
        authentication = new TeamsAuthentication(MockMicrosoft.APP_ID, microsoft.openId(), HttpClient.newHttpClient(), clock);
    }

    @AfterEach
    void stop() {
        microsoft.close();
    }

    private boolean verified(RSAKey key) throws Exception {
        return authentication.verified(MockMicrosoft.bearer(key, microsoft.serviceUrl(), clock.instant(), UnaryOperator.identity()),
                microsoft.serviceUrl());
    }

    @Test
    void theKeysAreFetchedOnceForManyRequests() throws Exception {
        for (int n = 0; n < 5; n++) {
            assertTrue(verified(microsoft.teamsKey));
        }
        assertEquals(1, microsoft.keyFetches.get());
    }

    @Test
    void aRotatedKeyIsFetchedWhenATokenNamesIt() throws Exception {
        assertTrue(verified(microsoft.teamsKey));
        RSAKey rotated = new RSAKeyGenerator(2048).keyID("rotated-key").generate();
        microsoft.published.put(rotated, "msteams");
        clock.advance(Duration.ofMinutes(2));
        assertTrue(verified(rotated));
        assertEquals(2, microsoft.keyFetches.get());
    }

    @Test
    void unknownKeyIdsDoNotMakeReferentFetchTheKeysMoreThanOnceAMinute() throws Exception {
        assertTrue(verified(microsoft.teamsKey));
        assertFalse(verified(microsoft.unpublishedKey));
        assertEquals(1, microsoft.keyFetches.get(), "just fetched: not again within the minute");
        clock.advance(Duration.ofMinutes(2));
        for (int n = 0; n < 5; n++) {
            assertFalse(verified(microsoft.unpublishedKey));
        }
        assertEquals(2, microsoft.keyFetches.get(), "once for the unknown key after the minute, not five times");
    }

    @Test
    void aKeyMicrosoftWithdrewIsNotTrustedAfterADay() throws Exception {
        assertTrue(verified(microsoft.teamsKey));
        microsoft.published.remove(microsoft.teamsKey);
        clock.advance(Duration.ofHours(23));
        assertTrue(verified(microsoft.teamsKey), "kept for a day");
        clock.advance(Duration.ofHours(2));
        assertFalse(verified(microsoft.teamsKey));
    }
}
