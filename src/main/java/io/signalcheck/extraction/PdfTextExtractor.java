package io.signalcheck.extraction;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Text of a PDF with PDFBox: pages in reading order, paragraphs separated by a blank line, and lines
 * wrapped inside a paragraph joined again so sentences are whole. Encrypted (password-protected)
 * and unreadable files are rejected as {@code corrupt_pdf}.
 */
final class PdfTextExtractor {
    private PdfTextExtractor() {}

    static ExtractedDocument extract(byte[] bytes) throws RejectedInputException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new RejectedInputException("corrupt_pdf", "the PDF is encrypted and forbids text extraction");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setParagraphStart("");
            stripper.setParagraphEnd("\n\n");
            stripper.setPageEnd("\n\n");
            String text = unwrapLines(stripper.getText(pdf));
            PDDocumentInformation info = pdf.getDocumentInformation();
            String title = info == null || info.getTitle() == null || info.getTitle().isBlank() ? null : info.getTitle().strip();
            return new ExtractedDocument(text, title, "pdf", null, null);
        } catch (InvalidPasswordException e) {
            throw new RejectedInputException("corrupt_pdf", "the PDF is password-protected", e);
        } catch (IOException | RuntimeException e) {
            // PDFBox reports damaged structure with IOException and, for some damage, runtime exceptions
            throw new RejectedInputException("corrupt_pdf", "the PDF cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * A PDF breaks lines where the page ran out of width. A line break followed by a lowercase letter
     * continues the sentence; anything else (capital, digit, blank line) is kept as a break.
     */
    static String unwrapLines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && i + 1 < text.length() && Character.isLowerCase(text.charAt(i + 1))
                    && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                if (out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
