package dk.referent.minutes.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referent.minutes.referat.Referat;
import dk.referent.minutes.referat.ReferatFormatException;
import dk.referent.minutes.referat.ReferatParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DocumentTextTest {

    private static final String REFERAT = """
            Referat Økonomiudvalget den 18. november 2024
            Mødested: Rådhuset

            Punkt 1: Takster for ældreområdet
            Beslutning
            Godkendt.
            """;

    @Nested
    class Text {

        @Test
        void utf8IsReadAsIs() throws Exception {
            assertEquals(REFERAT, DocumentText.decode(REFERAT.getBytes(StandardCharsets.UTF_8)));
        }

        @Test
        void utf8ByteOrderMarkIsDropped() throws Exception {
            byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            byte[] text = REFERAT.getBytes(StandardCharsets.UTF_8);
            byte[] both = Arrays.copyOf(bom, bom.length + text.length);
            System.arraycopy(text, 0, both, bom.length, text.length);
            assertEquals(REFERAT, DocumentText.decode(both));
        }

        @Test
        void windows1252IsDetectedWhenTheBytesAreNotUtf8() throws Exception {
            byte[] legacy = REFERAT.getBytes(Charset.forName("windows-1252"));
            assertEquals(REFERAT, DocumentText.decode(legacy));
        }

        @Test
        void utf8IsNotSaidToBeAnythingElse() throws Exception {
            assertFalse(DocumentText.read(REFERAT.getBytes(StandardCharsets.UTF_8)).windows1252());
        }

        @Test
        void windows1252IsSaidSoTheSecretariatCanCheckTheLetters() throws Exception {
            DocumentText.Decoded read = DocumentText.read(REFERAT.getBytes(Charset.forName("windows-1252")));
            assertEquals(REFERAT, read.text());
            assertTrue(read.windows1252());
        }

        @Test
        void utf16WithByteOrderMark() throws Exception {
            byte[] utf16 = ("\uFEFF" + REFERAT).getBytes(StandardCharsets.UTF_16LE);
            assertEquals(REFERAT, DocumentText.decode(utf16));
        }
    }

    @Nested
    class BadInput {

        @Test
        void emptyFile() {
            assertMessage(new byte[0], "empty");
        }

        @Test
        void onlyWhiteSpace() {
            assertMessage(" \n\t\n".getBytes(StandardCharsets.UTF_8), "empty");
        }

        @Test
        void binaryWithNulBytes() {
            assertMessage(new byte[] {1, 2, 0, 4, 5, 65, 66}, "binary");
        }

        @Test
        void mostlyHighBytesAreBinaryNotWindows1252() {
            // no NUL and few control bytes, so only the high bytes tell: they are not Danish letters in running text
            byte[] bytes = new byte[600];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (i % 3 == 0 ? 'a' + i % 26 : 0x80 + (i * 37) % 128);
            }
            assertMessage(bytes, "binary");
        }

        @Test
        void wordDocument() {
            assertMessage("PK\u0003\u0004word/document.xml".getBytes(StandardCharsets.ISO_8859_1), "Word");
        }

        @Test
        void image() {
            assertMessage(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, "image");
        }

        @Test
        void tooLarge() {
            ReferatFormatException e = assertThrows(ReferatFormatException.class,
                    () -> DocumentText.checkSize(DocumentText.MAX_BYTES + 1));
            assertTrue(e.getMessage().contains("too large") && e.getMessage().contains("20 MB"), e.getMessage());
        }

        private void assertMessage(byte[] bytes, String expected) {
            ReferatFormatException e = assertThrows(ReferatFormatException.class, () -> DocumentText.decode(bytes));
            assertTrue(e.getMessage().contains(expected), e.getMessage());
        }
    }

    @Nested
    class Pdf {

        @Test
        void textLayerIsReadInOrderWithoutRunningFooters() throws Exception {
            List<List<String>> pages = List.of(
                    List.of("Referat Økonomiudvalget den 18. november 2024", "Mødested: Rådhuset", "",
                            "Punkt 1: Takster for ældreområdet", "Sagsnr.: 24/1234", "Beslutning", "Godkendt."),
                    List.of("Punkt 2: Klimaplan 2030", "Sagsnr.: 24/5678", "Beslutning", "Anbefales over for Byrådet."),
                    List.of("Punkt 3: Eventuelt", "Beslutning", "Intet."));
            String text = DocumentText.decode(pdf(pages, true));

            assertFalse(text.contains("Side 2 af 3"), text);
            Referat r = new ReferatParser().parse("t.pdf", text);
            assertEquals(List.of("Takster for ældreområdet", "Klimaplan 2030", "Eventuelt"),
                    r.items().stream().map(i -> i.title()).toList());
            assertEquals("Anbefales over for Byrådet.", r.items().get(1).decision());
            assertEquals("24/5678", r.items().get(1).caseNumber());
        }

        @Test
        void pdfWithoutTextIsAScan() throws Exception {
            byte[] scan = pdf(List.of(List.of(), List.of()), false);
            ReferatFormatException e = assertThrows(ReferatFormatException.class, () -> DocumentText.decode(scan));
            assertTrue(e.getMessage().contains("scanned PDF, no text to read"), e.getMessage());
        }

        @Test
        void truncatedPdfIsReportedAsDamaged() throws Exception {
            byte[] whole = pdf(List.of(List.of("Punkt 1: Takster", "Beslutning", "Godkendt.")), false);
            byte[] cut = Arrays.copyOf(whole, whole.length / 3);
            ReferatFormatException e = assertThrows(ReferatFormatException.class, () -> DocumentText.decode(cut));
            assertTrue(e.getMessage().contains("damaged or truncated") || e.getMessage().contains("no text"), e.getMessage());
        }

        @Test
        void passwordProtectedPdf() throws Exception {
            byte[] locked;
            try (PDDocument doc = new PDDocument()) {
                doc.addPage(new PDPage());
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
                doc.protect(policy);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                doc.save(out);
                locked = out.toByteArray();
            }
            ReferatFormatException e = assertThrows(ReferatFormatException.class, () -> DocumentText.decode(locked));
            assertTrue(e.getMessage().contains("password"), e.getMessage());
        }

        /** A PDF with one page per list of lines, optionally with a running footer as agenda systems print. */
        private byte[] pdf(List<List<String>> pages, boolean footer) throws IOException {
            try (PDDocument doc = new PDDocument()) {
                PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
                for (int p = 0; p < pages.size(); p++) {
                    PDPage page = new PDPage();
                    doc.addPage(page);
                    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                        cs.beginText();
                        cs.setFont(font, 11);
                        cs.newLineAtOffset(60, 740);
                        for (String line : pages.get(p)) {
                            cs.showText(line);
                            cs.newLineAtOffset(0, -16);
                        }
                        cs.endText();
                        if (footer) {
                            cs.beginText();
                            cs.setFont(font, 8);
                            cs.newLineAtOffset(60, 30);
                            cs.showText("Økonomiudvalget 18-11-2024   Side " + (p + 1) + " af " + pages.size());
                            cs.endText();
                        }
                    }
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                doc.save(out);
                return out.toByteArray();
            }
        }
    }
}
