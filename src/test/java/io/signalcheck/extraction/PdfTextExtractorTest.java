package io.signalcheck.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class PdfTextExtractorTest {
    /** A one-page PDF: a headline, then a paragraph wrapped over two lines. */
    static byte[] samplePdf(String userPassword) throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            pdf.getDocumentInformation().setTitle("Election report");
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(font, 14);
                content.newLineAtOffset(72, 700);
                content.showText("Fake accounts target the vote");
                content.setFont(font, 11);
                content.newLineAtOffset(0, -40);
                content.showText("Investigators found hundreds of fake accounts that");
                content.newLineAtOffset(0, -14);
                content.showText("posed as voters in three regions.");
                content.endText();
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                pdf.protect(policy);
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void textAndTitleOfAGeneratedPdf() throws Exception {
        ExtractedDocument doc = PdfTextExtractor.extract(samplePdf(null));
        assertEquals("pdf", doc.format());
        assertEquals("Election report", doc.title());
        String text = doc.text().strip();
        assertTrue(text.startsWith("Fake accounts target the vote\n"), text);
        assertTrue(text.contains("fake accounts that posed as voters in three regions."), text);
    }

    @Test
    void truncatedPdfIsCorrupt() throws Exception {
        byte[] whole = samplePdf(null);
        byte[] truncated = Arrays.copyOf(whole, 60);
        RejectedInputException e = assertThrows(RejectedInputException.class, () -> PdfTextExtractor.extract(truncated));
        assertEquals("corrupt_pdf", e.code());
    }

    @Test
    void passwordProtectedPdfIsRefused() throws Exception {
        RejectedInputException e = assertThrows(RejectedInputException.class, () -> PdfTextExtractor.extract(samplePdf("reader-secret")));
        assertEquals("corrupt_pdf", e.code());
        assertTrue(e.getMessage().contains("password"));
    }

    @Test
    void wrappedLinesAreJoinedButHeadlinesKept() {
        assertEquals("Title\nThe line goes on\n\nNext", PdfTextExtractor.unwrapLines("Title\nThe line\ngoes on\n\nNext"));
    }
}
