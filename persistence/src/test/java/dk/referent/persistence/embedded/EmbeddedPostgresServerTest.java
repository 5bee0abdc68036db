package dk.referent.persistence.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

    @TempDir
    Path dir;

    @Test
    void dataIsKeptBetweenRuns() throws Exception {
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(dir)) {
            first.ensureDatabase("referent");
            execute(first, "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')");
        }
        try (EmbeddedPostgresServer second = EmbeddedPostgresServer.start(dir);
             Connection c = DriverManager.getConnection(second.jdbcUrl("referent"), "postgres", null);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT v FROM kept")) {
            assertTrue(rs.next());
            assertEquals("still here", rs.getString(1));
        }
    }

    @Test
    void aSecondServerOnTheSameDataDirectoryIsRefusedClearly() throws Exception {
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(dir)) {
            DataDirectoryInUseException e = assertThrows(DataDirectoryInUseException.class, () -> EmbeddedPostgresServer.start(dir));
            assertTrue(e.getMessage().contains("in use by another Referent process"), e.getMessage());
            first.ensureDatabase("referent");
            execute(first, "SELECT 1");
        }
    }

    private static void execute(EmbeddedPostgresServer server, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("referent"), "postgres", null);
             Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
