import dk.referent.persistence.embedded.EmbeddedPostgresServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;

/**
 * Build step (run by exec-maven-plugin in generate-sources): migrates a throwaway embedded PostgreSQL with
 * the Flyway scripts — the one source of truth for the schema — and generates jOOQ code from it. Skipped
 * when the migrations have not changed since the last generation.
 * Arguments: MIGRATIONS_DIR OUTPUT_DIR PACKAGE.
 */
public class JooqCodegen {

    public static void main(String[] args) throws Exception {
        Path migrations = Path.of(args[0]);
        Path output = Path.of(args[1]);
        String packageName = args[2];
        Path stamp = output.resolve(".migrations.sha256");
        String digest = digest(migrations);
        if (Files.exists(stamp) && Files.readString(stamp).equals(digest)) {
            System.out.println("jOOQ code is up to date with " + migrations);
            return;
        }
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startTemporary()) {
            server.ensureDatabase("codegen");
            String url = server.jdbcUrl("codegen");
            Flyway.configure().dataSource(url, "postgres", null).locations("filesystem:" + migrations).load().migrate();
            GenerationTool.generate(new Configuration()
                    .withJdbc(new Jdbc().withDriver("org.postgresql.Driver").withUrl(url).withUser("postgres"))
                    .withGenerator(new Generator()
                            .withDatabase(new Database()
                                    .withName("org.jooq.meta.postgres.PostgresDatabase")
                                    .withInputSchema("public")
                                    .withOutputSchemaToDefault(true)
                                    .withExcludes("flyway_schema_history|qrtz_.*|.*_append_only|.*_search_update"
                                            + "|gtrgm_.*|gin_.*|similarity.*|word_similarity.*|strict_word_similarity.*"
                                            + "|show_trgm|show_limit|set_limit|unaccent.*|.*_dist.*"))
                            .withGenerate(new Generate().withRecords(true).withPojos(false).withRoutines(false)
                                    .withSequences(false).withJavaTimeTypes(true))
                            .withTarget(new Target().withPackageName(packageName).withDirectory(output.toString()))));
        }
        Files.writeString(stamp, digest);
    }

    private static String digest(Path migrations) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        List<Path> files;
        try (Stream<Path> s = Files.list(migrations)) {
            files = s.sorted().toList();
        }
        for (Path f : files) {
            sha.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            sha.update(Files.readAllBytes(f));
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
