package dk.referent.persistence.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server from the io.zonky binaries (fetched from Maven Central like any library), with its data
 * in a directory of ours that is kept between runs. As root, zonky runs PostgreSQL in a user namespace
 * ({@code unshare -U}), since PostgreSQL refuses to run as root. One process at a time: a second one on the same data
 * directory is refused with a clear message instead of corrupting the database.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Path dataDirectory;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, FileChannel lockChannel, FileLock lock, Path dataDirectory) {
        this.postgres = postgres;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.dataDirectory = dataDirectory;
    }

    /** Starts (creating when new) the server whose files live under {@code directory}. */
    public static EmbeddedPostgresServer start(Path directory) throws IOException {
        return start(directory, true);
    }

    /** A throwaway server in a temporary directory (tests, code generation): no need to wait for the disk. */
    public static EmbeddedPostgresServer startTemporary() throws IOException {
        return start(Files.createTempDirectory("referent-pg-"), false);
    }

    private static EmbeddedPostgresServer start(Path directory, boolean durable) throws IOException {
        Path dir = directory.toAbsolutePath();
        Files.createDirectories(dir);
        FileChannel channel = FileChannel.open(dir.resolve("referent.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new DataDirectoryInUseException(dir);
        }
        try {
            Path pgData = dir.resolve("postgres");
            stopOrphanedPostmaster(pgData);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "100")
                    // zonky turns synchronous commit off for speed; Referent's own data must survive a crash
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            LOG.info("embedded PostgreSQL on port {} with data in {}", postgres.getPort(), pgData);
            return new EmbeddedPostgresServer(postgres, channel, lock, dir);
        } catch (IOException | RuntimeException e) {
            lock.release();
            channel.close();
            throw e;
        }
    }

    /**
     * A Referent that was killed leaves its postmaster running with our data directory; stop it before starting,
     * since we hold the directory's lock and so know no live Referent uses it.
     */
    private static void stopOrphanedPostmaster(Path pgData) {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            long pid = Long.parseLong(lines.get(0).strip());
            Optional<ProcessHandle> process = ProcessHandle.of(pid)
                    .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
            if (process.isPresent()) {
                LOG.warn("stopping a PostgreSQL left running by an earlier Referent (pid {})", pid);
                process.get().destroy();
                process.get().onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (IOException | RuntimeException | ExecutionException | TimeoutException e) {
            LOG.warn("could not stop an earlier PostgreSQL on {}: {}", pgData, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The superuser's connection to the maintenance database, for creating databases. */
    public DataSource admin() {
        return postgres.getPostgresDatabase();
    }

    /** Creates the database when it does not exist yet. */
    public void ensureDatabase(String name) throws SQLException {
        try (Connection c = admin().getConnection();
             PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("CREATE DATABASE \"" + name.replace("\"", "\"\"") + "\" TEMPLATE template0 ENCODING 'UTF8'");
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            lock.release();
            lockChannel.close();
        }
    }
}
