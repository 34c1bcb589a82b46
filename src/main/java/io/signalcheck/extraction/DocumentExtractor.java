package io.signalcheck.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Turns raw bytes into article text. The format is sniffed from the content (see {@link ContentSniffer}):
 * PDF, then refusal of other binary formats, then JSON, HTML or plain text from the decoded start.
 * Every format ends in {@link TextCleaner}, so the returned text is what report offsets point into.
 * Rejection codes are stable: {@code empty}, {@code too_large}, {@code binary}, {@code unsupported_format},
 * {@code corrupt_pdf}, {@code invalid_json}, {@code multiple_articles}, {@code too_deep}, {@code no_text}.
 * Thread-safe and stateless.
 */
public final class DocumentExtractor {
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    public ExtractedDocument extract(byte[] bytes, String sourceName) throws RejectedInputException {
        if (bytes == null || bytes.length == 0) {
            throw new RejectedInputException("empty", "the input is empty");
        }
        ExtractedDocument raw;
        if (ContentSniffer.isPdf(bytes)) {
            raw = PdfTextExtractor.extract(bytes);
        } else {
            ContentSniffer.refuseBinary(bytes);
            PlainTextDecoder.Decoded decoded = PlainTextDecoder.decode(bytes);
            String text = decoded.text();
            raw = switch (ContentSniffer.textFormat(text)) {
                case JSON -> JsonArticleExtractor.extract(text);
                case HTML -> HtmlArticleExtractor.extract(redecodeAsDeclared(bytes, decoded));
                default -> new ExtractedDocument(text, null, "text", null, null);
            };
        }
        String text = TextCleaner.clean(raw.text()).strip();
        if (!TextCleaner.hasLetters(text)) {
            throw new RejectedInputException("no_text", "the " + raw.format() + " input holds no words"
                    + (text.isEmpty() ? "" : " (only punctuation, digits or symbols)"));
        }
        String title = raw.title() == null ? null : TextCleaner.clean(raw.title()).strip();
        return new ExtractedDocument(text, title == null || title.isEmpty() ? null : title, raw.format(),
                raw.declaredLanguage(), raw.url());
    }

    /** A legacy HTML page (not valid UTF-8) is decoded with the charset its head declares, if any. */
    private static String redecodeAsDeclared(byte[] bytes, PlainTextDecoder.Decoded decoded) {
        if (!decoded.charset().equals(PlainTextDecoder.WINDOWS_1252)) {
            return decoded.text();
        }
        Charset declared = HtmlCharsetDeclaration.find(decoded.text());
        return declared == null || declared.equals(StandardCharsets.UTF_8) ? decoded.text() : new String(bytes, declared);
    }

    /** Reads at most {@code maxBytes}; a longer stream is rejected before being read whole. */
    public static byte[] readBounded(InputStream in, long maxBytes) throws IOException, RejectedInputException {
        byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (data.length > maxBytes) {
            throw new RejectedInputException("too_large", "the input exceeds the limit of " + maxBytes + " bytes");
        }
        return data;
    }
}
