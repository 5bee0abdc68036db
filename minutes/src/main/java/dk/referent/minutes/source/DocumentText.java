package dk.referent.minutes.source;

import dk.referent.minutes.referat.ReferatFormatException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The text of a posted document, from its bytes: UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1252
 * when the bytes are not UTF-8 but look like Danish text (said in {@link Decoded}), or a PDF's text layer. Anything else gets a message that names the problem.
 * A pure function of the bytes; reading the file is the caller's business.
 */
public final class DocumentText {

    /** Larger documents are refused: no referat is this big, and parsing it would hold up everyone else. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Windows-1252 punctuation and signs running Danish text uses beside its letters (dashes, quotes, §, €, ½, NBSP). */
    private static final String TEXT_SYMBOLS = "\u00A0–—‘’‚“”„«»•…€§°½¼¾±×·´¨©®™¤£¹²³";

    private DocumentText() {
    }

    /**
     * A document's text and whether its bytes were not UTF-8 but read as Windows-1252 — the secretariat should then
     * check æ, ø and å (see {@code Doubts.notUtf8}).
     */
    public record Decoded(String text, boolean windows1252) {
    }

    public static String decode(byte[] bytes) throws ReferatFormatException {
        return read(bytes).text();
    }

    /** The text of a document and how it was read; refuses what is not text with a message naming the problem. */
    public static Decoded read(byte[] bytes) throws ReferatFormatException {
        checkSize(bytes.length);
        if (bytes.length == 0) {
            throw new ReferatFormatException("the file is empty (0 bytes)");
        }
        if (startsWith(bytes, "%PDF-")) {
            return new Decoded(PdfText.extract(bytes), false);
        }
        refuseKnownBinary(bytes);
        String text;
        boolean windows1252 = false;
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        } else {
            refuseBinary(bytes);
            text = utf8(bytes);
            if (text == null) {
                text = windows1252(bytes);
                windows1252 = true;
            }
        }
        if (text.isBlank()) {
            throw new ReferatFormatException("the file is empty (only white space)");
        }
        return new Decoded(text, windows1252);
    }

    public static void checkSize(long size) throws ReferatFormatException {
        if (size > MAX_BYTES) {
            throw new ReferatFormatException(String.format(Locale.ROOT,
                    "the file is too large (%.1f MB; the limit is %d MB) — is it really one referat?",
                    size / (1024.0 * 1024.0), MAX_BYTES / (1024 * 1024)));
        }
    }

    /** The text when the bytes are valid UTF-8 (a byte order mark dropped), else null. */
    private static String utf8(byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Danish text saved by older Windows programs, where æ, ø, å are single bytes that are not valid UTF-8 — read as
     * Windows-1252 only when it looks like text: in the first 8 KB, bytes above 127 are few (Danish letters are a few
     * percent of a text) and nearly all of them are letters or the punctuation such text uses. Anything else is binary.
     */
    private static String windows1252(byte[] bytes) throws ReferatFormatException {
        int n = Math.min(bytes.length, 8192);
        int high = 0;
        int odd = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b >= 0x80) {
                high++;
                char c = new String(bytes, i, 1, WINDOWS_1252).charAt(0);
                if (!Character.isLetter(c) && TEXT_SYMBOLS.indexOf(c) < 0) {
                    odd++;
                }
            }
        }
        if (high > n / 5 || odd > Math.max(2, high / 10)) {
            throw new ReferatFormatException("this is a binary file, not text (neither UTF-8 nor Windows-1252 text: "
                    + high + " bytes above 127 in the first " + n + " bytes, " + odd + " of them neither letters nor punctuation)");
        }
        return new String(bytes, WINDOWS_1252);
    }

    private static void refuseKnownBinary(byte[] bytes) throws ReferatFormatException {
        if (startsWith(bytes, "PK\u0003\u0004")) {
            throw new ReferatFormatException("this is a ZIP or Word (.docx) file, which cannot be read yet"
                    + " — save the referat as PDF or text and post that");
        }
        if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF
                && (bytes[2] & 0xFF) == 0x11 && (bytes[3] & 0xFF) == 0xE0) {
            throw new ReferatFormatException("this is an old Office (.doc) file, which cannot be read"
                    + " — save the referat as PDF or text and post that");
        }
        if (startsWith(bytes, "{\\rtf")) {
            throw new ReferatFormatException("this is an RTF file, which cannot be read — save the referat as PDF or text");
        }
        if (startsWith(bytes, "\u0089PNG") || startsWith(bytes, "\u00FF\u00D8\u00FF") || startsWith(bytes, "GIF8")) {
            throw new ReferatFormatException("this is an image, not a referat — post the PDF or the text of the minutes");
        }
    }

    /** NUL bytes or many control characters in the first 8 KB: not text. */
    private static void refuseBinary(byte[] bytes) throws ReferatFormatException {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new ReferatFormatException("this is a binary file, not text (a NUL byte at offset " + i + ")");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (control > n / 20) {
            throw new ReferatFormatException("this is a binary file, not text (" + control
                    + " control characters in the first " + n + " bytes)");
        }
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        if (bytes.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if ((bytes[i] & 0xFF) != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
