package io.signalcheck.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Turns raw bytes into article text, sniffing the format by content. PLACEHOLDER: plain UTF-8 only. */
public final class DocumentExtractor {
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    public ExtractedDocument extract(byte[] bytes, String sourceName) throws RejectedInputException {
        if (bytes.length == 0) {
            throw new RejectedInputException("empty", "the input is empty");
        }
        return new ExtractedDocument(new String(bytes, StandardCharsets.UTF_8), null, "text", null, null);
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
