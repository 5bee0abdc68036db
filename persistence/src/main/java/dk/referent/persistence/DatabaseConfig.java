package dk.referent.persistence;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the data lives: a PostgreSQL server ({@code REFERENT_DB_URL}, {@code REFERENT_DB_USER},
 * {@code REFERENT_DB_PASSWORD}) or, without one, an embedded PostgreSQL under {@code REFERENT_DATA_DIR}
 * (default {@code ~/.referent}).
 */
public record DatabaseConfig(Optional<String> url, String user, String password, Path dataDirectory) {

    public static DatabaseConfig fromEnvironment(Map<String, String> env) {
        String url = blankToNull(env.get("REFERENT_DB_URL"));
        String dataDir = blankToNull(env.get("REFERENT_DATA_DIR"));
        return new DatabaseConfig(Optional.ofNullable(url),
                Optional.ofNullable(blankToNull(env.get("REFERENT_DB_USER"))).orElse("postgres"),
                env.getOrDefault("REFERENT_DB_PASSWORD", ""),
                dataDir != null ? Path.of(dataDir) : Path.of(System.getProperty("user.home"), ".referent"));
    }

    /** An embedded database in the given directory. */
    public static DatabaseConfig embedded(Path dataDirectory) {
        return new DatabaseConfig(Optional.empty(), "postgres", "", dataDirectory);
    }

    /** A server at the given JDBC URL. */
    public static DatabaseConfig server(String url, String user, String password) {
        return new DatabaseConfig(Optional.of(url), user, password, Path.of(System.getProperty("user.home"), ".referent"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public String toString() {
        // the password stays out of logs
        return url.map(u -> "server " + u + " as " + user).orElse("embedded in " + dataDirectory);
    }
}
