package dk.referent.bot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.referent.minutes.referat.ReferatParser;
import dk.referent.minutes.time.DanishTemporalParser;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import picocli.CommandLine;

/** Runs the command line in-process, capturing what it prints. */
public record CliRun(int exitCode, String out, String err) {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T08:00:00Z"), ZoneId.of("Europe/Copenhagen"));

    /** A command that needs no database. */
    static CliRun of(String... args) {
        return with(() -> {
            throw new IllegalStateException("this command should not open a database");
        }, args);
    }

    static CliRun with(DatabaseProvider databases, String... args) {
        return withInput("", databases, args);
    }

    public static CliRun withInput(String stdin, DatabaseProvider databases, String... args) {
        return run(stdin, java.util.Map.of(), databases, args);
    }

    /** With these environment variables. */
    static CliRun withEnv(java.util.Map<String, String> env, DatabaseProvider databases, String... args) {
        return run("", env, databases, args);
    }

    /** A command that needs no database, with {@code env} as its environment. */
    static CliRun withEnv(java.util.Map<String, String> env, String... args) {
        return run("", env, () -> {
            throw new IllegalStateException("this command should not open a database");
        }, args);
    }

    private static CliRun run(String stdin, java.util.Map<String, String> env, DatabaseProvider databases, String... args) {
        CommandLine cl = CommandLineFactory.create(new CommandLineFactory.Dependencies(
                new ReferatParser(), new DanishTemporalParser(), new ObjectMapper(), databases, CLOCK,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), false, env));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
