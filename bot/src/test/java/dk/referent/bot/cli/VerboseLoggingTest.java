package dk.referent.bot.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dk.referent.persistence.TestDatabases;
import java.util.List;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** -vv shows Referent's debug output, never a statement's bind values (closed items' text among them). */
class VerboseLoggingTest {

    private static final String CLOSED = "Lukket punkt: afskedigelse af medarbejder Jens Hansen";

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger jooq = (Logger) LoggerFactory.getLogger("org.jooq");
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private Level rootLevel;
    private Level jooqLevel;
    private TestDatabases.FreshDatabase fresh;

    @BeforeEach
    void listen() {
        rootLevel = root.getLevel();
        jooqLevel = jooq.getLevel();
        fresh = TestDatabases.fresh();
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void restore() {
        root.detachAppender(log);
        root.setLevel(rootLevel);
        jooq.setLevel(jooqLevel);
        fresh.close();
    }

    /** What was logged; the appender is detached first, as other threads (the pool's housekeeping) may still log. */
    private List<String> lines() {
        root.detachAppender(log);
        return log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Test
    void theShippedConfigurationKeepsJooqAndSlackOffDebugWhenMinusVvSetsTheRootToDebug() throws Exception {
        // the tests run with persistence's logback-test.xml; what the product runs with is logback.xml, read here on its own
        LoggerContext shipped = new LoggerContext();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(shipped);
        configurator.doConfigure(getClass().getResource("/logback.xml"));
        shipped.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.DEBUG);
        for (String name : List.of("org.jooq.tools.LoggerListener", "com.slack.api.app_backend.SlackSignature",
                "com.slack.api.util.http.listener.DetailedLoggingListener", "org.eclipse.jetty.http.HttpParser")) {
            assertFalse(shipped.getLogger(name).isDebugEnabled(), name + " at debug");
        }
        assertTrue(shipped.getLogger("dk.referent.bot").isDebugEnabled());
        shipped.stop();
    }

    @Test
    void evenWithJooqAtDebugNoStatementIsLogged() {
        jooq.setLevel(Level.DEBUG);
        fresh.database().dsl().select(DSL.val(CLOSED)).fetch();
        assertTrue(lines().stream().noneMatch(l -> l.contains("Jens Hansen")), lines().toString());
    }
}
