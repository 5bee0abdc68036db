package dk.referent.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dk.referent.persistence.embedded.DataDirectoryInUseException;
import dk.referent.persistence.embedded.EmbeddedPostgresServer;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The open database: a pooled connection to a migrated schema, and the embedded server when there is one. */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    static final String EMBEDDED_DATABASE = "referent";

    private final HikariDataSource dataSource;
    private final DSLContext dsl;
    private final Optional<EmbeddedPostgresServer> embedded;
    private final String description;

    private Database(HikariDataSource dataSource, Optional<EmbeddedPostgresServer> embedded, String description) {
        this.dataSource = dataSource;
        // no jOOQ execute logging: at debug it prints every statement with its bind values, closed items' text among them
        this.dsl = DSL.using(dataSource, SQLDialect.POSTGRES, new Settings().withExecuteLogging(false));
        this.embedded = embedded;
        this.description = description;
    }

    /** Connects (starting the embedded server when no URL is configured) and migrates the schema. */
    public static Database open(DatabaseConfig config) throws DatabaseUnavailableException {
        Optional<EmbeddedPostgresServer> embedded = Optional.empty();
        try {
            String url;
            String user = config.user();
            String password = config.password();
            if (config.url().isPresent()) {
                url = config.url().get();
            } else {
                EmbeddedPostgresServer server = EmbeddedPostgresServer.start(config.dataDirectory().resolve("db"));
                embedded = Optional.of(server);
                server.ensureDatabase(EMBEDDED_DATABASE);
                url = server.jdbcUrl(EMBEDDED_DATABASE);
                user = "postgres";
                password = "";
            }
            HikariDataSource pool = pool(url, user, password);
            try {
                migrate(pool);
                String description = describe(pool, config, embedded);
                LOG.info("database: {}", description);
                return new Database(pool, embedded, description);
            } catch (RuntimeException | SQLException e) {
                pool.close();
                throw e;
            }
        } catch (IOException | SQLException | RuntimeException e) {
            embedded.ifPresent(Database::closeQuietly);
            if (e instanceof DataDirectoryInUseException inUse) {
                throw new DatabaseUnavailableException(inUse.getMessage(), e);
            }
            throw new DatabaseUnavailableException("cannot open the database (" + config + "): " + rootMessage(e), e);
        }
    }

    /** Connects to an existing database (e.g. a test database) and migrates it. */
    public static Database connect(String url, String user, String password) throws DatabaseUnavailableException {
        return open(DatabaseConfig.server(url, user, password));
    }

    private static HikariDataSource pool(String url, String user, String password) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(url);
        hikari.setUsername(user);
        if (!password.isEmpty()) {
            hikari.setPassword(password);
        }
        // the reminder scheduler's workers, its own threads and the dispatcher hold connections at once with the bot
        hikari.setMaximumPoolSize(16);
        hikari.setPoolName("referent");
        hikari.setInitializationFailTimeout(10_000);
        return new HikariDataSource(hikari);
    }

    private static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    private static String describe(DataSource ds, DatabaseConfig config, Optional<EmbeddedPostgresServer> embedded)
            throws SQLException {
        try (Connection c = ds.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            String version = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
            return embedded.map(e -> "embedded " + version + ", data in " + e.dataDirectory())
                    .orElse(version + " at " + config.url().orElse("?"));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static void closeQuietly(EmbeddedPostgresServer server) {
        try {
            server.close();
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not stop the embedded PostgreSQL: {}", e.toString());
        }
    }

    public DSLContext dsl() {
        return dsl;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Which database this is, for the log and the user ("embedded PostgreSQL 17.2, data in …"). */
    public String description() {
        return description;
    }

    @Override
    public void close() {
        dataSource.close();
        embedded.ifPresent(Database::closeQuietly);
    }
}
