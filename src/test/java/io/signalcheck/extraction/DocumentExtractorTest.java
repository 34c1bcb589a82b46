package io.signalcheck.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

class DocumentExtractorTest {
    private final DocumentExtractor extractor = new DocumentExtractor();

    private ExtractedDocument extract(String s) throws RejectedInputException {
        return extractor.extract(s.getBytes(StandardCharsets.UTF_8), "test");
    }

    private String rejectionCode(byte[] bytes) {
        return assertThrows(RejectedInputException.class, () -> extractor.extract(bytes, "test")).code();
    }

    @Test
    void plainTextIsCleanedAndTrimmed() throws Exception {
        ExtractedDocument doc = extract("\r\n  Première ligne.\r\nSeconde\u0007ligne.  \n");
        assertEquals("Première ligne.\nSeconde ligne.", doc.text());
        assertEquals("text", doc.format());
        assertNull(doc.title());
    }

    @Test
    void formatIsSniffedFromContentNotName() throws Exception {
        ExtractedDocument html = extractor.extract("<html><head><title>T</title></head><body><p>Bonjour à tous.</p></body></html>"
                .getBytes(StandardCharsets.UTF_8), "looks-like.txt");
        assertEquals("html", html.format());
        assertEquals("Bonjour à tous.", html.text());
        ExtractedDocument json = extractor.extract("{\"text\": \"Hola a todos.\"}".getBytes(StandardCharsets.UTF_8), "article.html");
        assertEquals("json", json.format());
        ExtractedDocument pdf = extractor.extract(PdfTextExtractorTest.samplePdf(null), "scan.txt");
        assertEquals("pdf", pdf.format());
        assertTrue(pdf.text().startsWith("Fake accounts target the vote"));
    }

    @Test
    void windows1252TextIsRead() throws Exception {
        byte[] bytes = "Le d\u00e9put\u00e9 a d\u00e9menti.".getBytes(PlainTextDecoder.WINDOWS_1252);
        assertEquals(0xE9, bytes[4] & 0xFF);
        assertEquals("Le député a démenti.", extractor.extract(bytes, "legacy.txt").text());
    }

    @Test
    void legacyHtmlIsDecodedWithItsDeclaredCharset() throws Exception {
        // in ISO-8859-15, 0xA4 is the euro sign; windows-1252 would read it as a currency sign
        byte[] bytes = "<html><head><meta charset=\"iso-8859-15\"></head><body><p>Prix\u00a0: 5 \u20ac, d\u00e9j\u00e0 pay\u00e9.</p></body></html>"
                .getBytes(Charset.forName("ISO-8859-15"));
        assertEquals("Prix\u00a0: 5 €, déjà payé.", extractor.extract(bytes, "legacy.html").text());
    }

    @Test
    void pdfWithoutTextHasNoText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(out);
        }
        assertEquals("no_text", rejectionCode(out.toByteArray()));
    }

    @Test
    void utf16HtmlIsRead() throws Exception {
        byte[] body = "<html lang=\"de\"><body><p>Gefälschte Konten.</p></body></html>".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = PlainTextDecoderTest.concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, body);
        ExtractedDocument doc = extractor.extract(bytes, "utf16.html");
        assertEquals("Gefälschte Konten.", doc.text());
        assertEquals("de", doc.declaredLanguage());
    }

    @Test
    void emptyInput() {
        assertEquals("empty", rejectionCode(new byte[0]));
    }

    @Test
    void onlyPunctuationHasNoText() {
        assertEquals("no_text", rejectionCode("... !!! ??? -- 12,5 % ;;".getBytes(StandardCharsets.UTF_8)));
        assertEquals("no_text", rejectionCode("   \n\t\n ".getBytes(StandardCharsets.UTF_8)));
        assertEquals("no_text", rejectionCode("<html><body><script>var a = 1;</script></body></html>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void randomBinaryIsRejected() {
        byte[] bytes = new byte[4096];
        new Random(20261129L).nextBytes(bytes);
        String code = rejectionCode(bytes);
        assertTrue(code.equals("binary") || code.equals("unsupported_format"), code);
    }

    @Test
    void zipArchiveIsAnUnsupportedFormat() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("article.txt"));
            zip.write("An article inside an archive.".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertEquals("unsupported_format", rejectionCode(out.toByteArray()));
    }

    @Test
    void corruptPdf() throws Exception {
        byte[] whole = PdfTextExtractorTest.samplePdf(null);
        assertEquals("corrupt_pdf", rejectionCode(Arrays.copyOf(whole, 60)));
    }

    @Test
    void invalidJson() {
        assertEquals("invalid_json", rejectionCode("{\"text\": ".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void deeplyNestedHtmlIsScored() throws Exception {
        String html = "<html><body>" + "<div>".repeat(10_000) + "<p>Tief verschachtelt, aber lesbar.</p>"
                + "</div>".repeat(10_000) + "</body></html>";
        assertEquals("Tief verschachtelt, aber lesbar.", extract(html).text());
    }

    @Test
    void sixtyMegabyteStreamIsRejectedAfterReadingOnlyTheLimit() {
        CountingGenerator sixtyMegabytes = new CountingGenerator(60L * 1024 * 1024);
        RejectedInputException e = assertThrows(RejectedInputException.class,
                () -> DocumentExtractor.readBounded(sixtyMegabytes, DocumentExtractor.DEFAULT_MAX_BYTES));
        assertEquals("too_large", e.code());
        // it stopped one byte past the limit (plus at most one read buffer), far from 60 MB
        assertTrue(sixtyMegabytes.served <= DocumentExtractor.DEFAULT_MAX_BYTES + 65_536, "read " + sixtyMegabytes.served);
    }

    @Test
    void streamWithinTheLimitIsReadWhole() throws Exception {
        CountingGenerator small = new CountingGenerator(1000);
        assertEquals(1000, DocumentExtractor.readBounded(small, 1000).length);
    }

    /** Generates 'a' bytes on demand: a huge input that never exists in memory at once. */
    private static final class CountingGenerator extends InputStream {
        private final long size;
        long served;

        CountingGenerator(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (served >= size) {
                return -1;
            }
            served++;
            return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (served >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - served);
            Arrays.fill(b, off, off + n, (byte) 'a');
            served += n;
            return n;
        }
    }
}
