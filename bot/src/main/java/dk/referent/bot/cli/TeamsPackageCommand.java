package dk.referent.bot.cli;

import dk.referent.bot.platform.teams.TeamsAppPackage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code referent teams-package}: the zip a Teams administrator uploads, for this installation's app id. */
@Command(name = "teams-package", description = "Write the Microsoft Teams app package (manifest and icons) for TEAMS_APP_ID, to upload in Teams.")
final class TeamsPackageCommand implements Callable<Integer> {

    @Option(names = "--out", defaultValue = "referent-teams.zip", paramLabel = "FILE", description = "Where to write it (default: ${DEFAULT-VALUE}).")
    Path out;

    @Spec
    CommandSpec spec;

    private final Map<String, String> env;

    TeamsPackageCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        String problem = TeamsAppPackage.problem(env);
        if (problem != null) {
            spec.commandLine().getErr().println("referent teams-package: " + problem);
            return ExitCodes.BAD_INPUT;
        }
        try (OutputStream zip = Files.newOutputStream(out)) {
            TeamsAppPackage.write(env, zip);
        }
        spec.commandLine().getOut().println("Teams-pakken er skrevet til " + out + " — upload den i Teams (Apps → Administrer dine apps → Upload en app).");
        return ExitCodes.OK;
    }
}
