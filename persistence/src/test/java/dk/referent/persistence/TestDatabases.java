package dk.referent.persistence;

import dk.referent.persistence.embedded.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Real PostgreSQL for tests: the server named by {@code REFERENT_TEST_DB_URL} (user {@code REFERENT_TEST_DB_USER},
 * password {@code REFERENT_TEST_DB_PASSWORD}), else one embedded server per test JVM. Each test gets its own
 * database, copied from a template migrated once, and dropped afterwards.
 */
public final class TestDatabases {

    private static final String TEMPLATE = "referent_test_template_" + ProcessHandle.current().pid();
    private static Server server;

    private TestDatabases() {
    }

    /** A migrated, empty database of its own; close it to drop it. */
    public static synchronized FreshDatabase fresh() {
        Server s = server();
        String name = "referent_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        s.execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        try {
            return new FreshDatabase(Database.connect(s.url(name), s.user(), s.password()), s.url(name), s.user(), s.password(),
                    () -> s.execute("DROP DATABASE IF EXISTS " + name));
        } catch (DatabaseUnavailableException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Server server() {
        if (server == null) {
            server = System.getenv("REFERENT_TEST_DB_URL") != null ? external() : embedded();
            server.execute("DROP DATABASE IF EXISTS " + TEMPLATE);
            server.execute("CREATE DATABASE " + TEMPLATE + " TEMPLATE template0 ENCODING 'UTF8'");
            try (Database migrated = Database.connect(server.url(TEMPLATE), server.user(), server.password())) {
                // migrated by connect; closed so that the template has no sessions when it is copied
            } catch (DatabaseUnavailableException e) {
                throw new IllegalStateException(e);
            }
            Server s = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> s.execute("DROP DATABASE IF EXISTS " + TEMPLATE)));
        }
        return server;
    }

    private static Server embedded() {
        try {
            EmbeddedPostgresServer pg = EmbeddedPostgresServer.startTemporary();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            return new Server("jdbc:postgresql://localhost:" + pg.port() + "/", "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code REFERENT_TEST_DB_URL} names any database on the server; tests make their own beside it. */
    private static Server external() {
        String url = System.getenv("REFERENT_TEST_DB_URL");
        String base = url.substring(0, url.lastIndexOf('/') + 1);
        String user = System.getenv().getOrDefault("REFERENT_TEST_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("REFERENT_TEST_DB_PASSWORD", "");
        return new Server(base, user, password);
    }

    private record Server(String base, String user, String password) {
        String url(String database) {
            return base + database;
        }

        void execute(String sql) {
            try (Connection c = DriverManager.getConnection(url("postgres"), user, password.isEmpty() ? null : password);
                 Statement st = c.createStatement()) {
                st.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(sql + ": " + e.getMessage(), e);
            }
        }
    }

    /** A test's own database. */
    public record FreshDatabase(Database database, String url, String user, String password, Runnable drop) implements AutoCloseable {

        /** Another connection pool to the same database, as a new process would open it. */
        public Database connect() throws DatabaseUnavailableException {
            return Database.connect(url, user, password);
        }

        @Override
        public void close() {
            database.close();
            drop.run();
        }
    }
}
