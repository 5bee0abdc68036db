package dk.referent.minutes.source;

import dk.referent.minutes.referat.ReferatFormatException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text layer of a PDF, page by page in reading order, without the running header and footer that
 * agenda systems print on every page ("Direktionen 29-04-2024 · Side 3 af 16").
 */
final class PdfText {

    /** Fewer visible characters than this per page: the pages are images (a scan), not text. */
    private static final int MIN_CHARS_PER_PAGE = 25;
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?iu)^(?:side\\s*)?\\d{1,4}(?:\\s*(?:af|/)\\s*\\d{1,4})?$|^-\\s*\\d{1,4}\\s*-$");
    /** How many lines at the top and at the bottom of a page may be a running header or footer. */
    private static final int EDGE = 2;
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private PdfText() {
    }

    static String extract(byte[] bytes) throws ReferatFormatException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            int pages = pdf.getNumberOfPages();
            if (pages == 0) {
                throw new ReferatFormatException("the PDF has no pages");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            List<List<String>> pageLines = new ArrayList<>(pages);
            int visible = 0;
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(pdf);
                visible += text.replaceAll("\\s+", "").length();
                pageLines.add(List.of(text.split("\n", -1)));
            }
            if (visible < MIN_CHARS_PER_PAGE * pages) {
                throw new ReferatFormatException("scanned PDF, no text to read (" + pages + " page" + (pages == 1 ? "" : "s")
                        + " without a text layer) — run it through OCR or post the minutes as text");
            }
            return withoutRunningLines(pageLines);
        } catch (InvalidPasswordException e) {
            throw new ReferatFormatException("the PDF is password-protected — post an unprotected copy");
        } catch (IOException e) {
            throw new ReferatFormatException("the PDF is damaged or truncated and cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * Drops page numbers, and the running header and footer: lines among the first or last {@value #EDGE} of a
     * page that recur there (digits aside) on at least half of three or more pages. Only the edges count, since
     * section labels such as "Beslutning" recur on most pages too.
     */
    private static String withoutRunningLines(List<List<String>> pages) {
        Map<String, Integer> seenOnPages = new HashMap<>();
        if (pages.size() >= 3) {
            for (List<String> page : pages) {
                edges(page).stream().map(PdfText::shape).distinct().forEach(s -> seenOnPages.merge(s, 1, Integer::sum));
            }
        }
        int threshold = Math.max(3, (pages.size() + 1) / 2);
        StringBuilder out = new StringBuilder();
        for (List<String> page : pages) {
            Set<String> edges = Set.copyOf(edges(page));
            for (String line : page) {
                String t = line.strip();
                boolean running = edges.contains(t) && seenOnPages.getOrDefault(shape(t), 0) >= threshold;
                if (PAGE_NUMBER.matcher(t).matches() || running) {
                    continue;
                }
                out.append(line.stripTrailing()).append('\n');
            }
        }
        return out.toString();
    }

    private static List<String> edges(List<String> page) {
        List<String> text = page.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (text.size() <= 2 * EDGE) {
            return text;
        }
        List<String> edges = new ArrayList<>(text.subList(0, EDGE));
        edges.addAll(text.subList(text.size() - EDGE, text.size()));
        return edges;
    }

    private static String shape(String line) {
        return DIGITS.matcher(line.strip()).replaceAll("#");
    }
}
