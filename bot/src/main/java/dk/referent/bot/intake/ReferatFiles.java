package dk.referent.bot.intake;

import dk.referent.minutes.followup.FollowUpExtractor;
import dk.referent.minutes.referat.Doubts;
import dk.referent.minutes.referat.Referat;
import dk.referent.minutes.referat.ReferatFormatException;
import dk.referent.minutes.referat.ReferatHints;
import dk.referent.minutes.referat.ReferatParser;
import dk.referent.minutes.source.DocumentText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Reads referat files from disk, parses them and finds their follow-ups; every failure becomes a message naming the file. */
public final class ReferatFiles {

    /** The outcome of reading one file: a referat, or what was wrong with it. */
    public sealed interface Result permits Parsed, Failed {
        Path file();
    }

    public record Parsed(Path file, Referat referat, String text) implements Result {
    }

    /**
     * What was wrong with the file, in words; {@code unexpected} is the failure to read it that is no fault of the file
     * (an I/O error), whose text a chat user is not shown — null when the file itself is wrong.
     */
    public record Failed(Path file, String error, IOException unexpected) implements Result {
        public Failed(Path file, String error) {
            this(file, error, null);
        }
    }

    private static final List<String> EXTENSIONS = List.of(".txt", ".md", ".markdown", ".pdf", ".text");

    private final ReferatParser parser;
    private final FollowUpExtractor followUps;

    public ReferatFiles(ReferatParser parser, FollowUpExtractor followUps) {
        this.parser = parser;
        this.followUps = followUps;
    }

    public Result read(Path file) {
        return read(file, ReferatHints.NONE);
    }

    /** Reads a file with what the secretariat says about it (body, date), which wins over the text. */
    public Result read(Path file, ReferatHints hints) {
        try {
            if (Files.isDirectory(file)) {
                return new Failed(file, "is a directory (parse takes files; ingest reads directories)");
            }
            DocumentText.checkSize(Files.size(file));
            DocumentText.Decoded decoded = DocumentText.read(Files.readAllBytes(file));
            Referat referat = parse(file.getFileName().toString(), decoded.text(), hints);
            return new Parsed(file, decoded.windows1252() ? referat.withDoubt(Doubts.notUtf8()) : referat, decoded.text());
        } catch (ReferatFormatException e) {
            return new Failed(file, e.line() > 0 ? "line " + e.line() + ": " + e.getMessage() : e.getMessage());
        } catch (NoSuchFileException e) {
            return new Failed(file, "no such file");
        } catch (IOException e) {
            return new Failed(file, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Parses a referat's text with the secretariat's hints (given values win over the text) and finds its
     * follow-ups — only once the meeting date is known, since the follow-ups' dates are read relative to it.
     */
    Referat parse(String source, String text, ReferatHints hints) throws ReferatFormatException {
        return followUps.extract(parser.parse(source, text, hints));
    }

    /**
     * The referat files named, directories read recursively for .txt, .md and .pdf files, in name order — leaving out a
     * folder's notes about itself (README, SOURCE), which are never minutes; a file named on its own is always read.
     */
    public static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(ReferatFiles::looksLikeReferat).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    private static boolean looksLikeReferat(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith) && !folderNotes(p);
    }

    /** "README.md", "SOURCE.md": what a folder says about itself. */
    public static boolean folderNotes(Path p) {
        String name = p.getFileName().toString().toUpperCase(Locale.ROOT);
        return name.startsWith("README") || name.startsWith("SOURCE");
    }
}
