package dk.referent.minutes.referat;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared evaluation material lives: beside the project root, when this machine has it. */
public final class TestFiles {

    private TestFiles() {
    }

    public static Path projectRoot() {
        String configured = System.getProperty("referent.project.root");
        Path start = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
        for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("mvnw"))) {
                return p;
            }
        }
        return start.toAbsolutePath();
    }

    /** {@code ../shared/real-minutes} relative to the project root (real minutes of 28 municipalities); may not exist. */
    public static Path realMinutes() {
        return projectRoot().resolve("../shared/real-minutes").normalize();
    }

    /** {@code ../shared/seeds} relative to the project root; may not exist. */
    public static Path seeds() {
        return projectRoot().resolve("../shared/seeds").normalize();
    }
}
