package io.signalcheck.extraction;

import java.util.Locale;

/**
 * Decides what the bytes are from their content, not their name. Order: known binary magic numbers
 * (PDF is the one we read; ZIP, images, archives, executables are refused), then a binary check
 * (NUL bytes or many control characters in the first 8 KB, unless a UTF-16 byte-order mark says
 * otherwise), then on the decoded start of the text: JSON object, HTML markers, else plain text.
 */
final class ContentSniffer {
    enum Format { PDF, HTML, JSON, TEXT }

    private static final int HEAD = 8192;

    private record Magic(byte[] bytes, String name) {
        static Magic of(String name, int... b) {
            byte[] out = new byte[b.length];
            for (int i = 0; i < b.length; i++) {
                out[i] = (byte) b[i];
            }
            return new Magic(out, name);
        }
    }

    private static final Magic[] UNSUPPORTED = {
        Magic.of("ZIP archive (also docx/xlsx/epub/jar)", 'P', 'K', 3, 4),
        Magic.of("ZIP archive", 'P', 'K', 5, 6),
        Magic.of("ZIP archive", 'P', 'K', 7, 8),
        Magic.of("gzip archive", 0x1F, 0x8B),
        Magic.of("bzip2 archive", 'B', 'Z', 'h'),
        Magic.of("xz archive", 0xFD, '7', 'z', 'X', 'Z'),
        Magic.of("7-Zip archive", '7', 'z', 0xBC, 0xAF),
        Magic.of("RAR archive", 'R', 'a', 'r', '!'),
        Magic.of("PNG image", 0x89, 'P', 'N', 'G'),
        Magic.of("JPEG image", 0xFF, 0xD8, 0xFF),
        Magic.of("GIF image", 'G', 'I', 'F', '8'),
        Magic.of("RIFF media (WebP/WAV/AVI)", 'R', 'I', 'F', 'F'),
        Magic.of("legacy Office document (OLE2)", 0xD0, 0xCF, 0x11, 0xE0),
        Magic.of("RTF document", '{', '\\', 'r', 't', 'f'),
        Magic.of("ELF executable", 0x7F, 'E', 'L', 'F'),
        Magic.of("Java class file", 0xCA, 0xFE, 0xBA, 0xBE),
        Magic.of("SQLite database", 'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f'),
    };

    private ContentSniffer() {}

    /** True for a PDF header ({@code %PDF-}) near the start. */
    static boolean isPdf(byte[] bytes) {
        // the PDF header may follow a few junk lines; readers accept it within the first 1024 bytes
        int limit = Math.min(bytes.length - 5, 1024);
        for (int i = 0; i <= limit; i++) {
            boolean lineStart = i == 0 || bytes[i - 1] == '\n' || bytes[i - 1] == '\r';
            if (lineStart && bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F' && bytes[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    /** Throws when the bytes are a known non-text format or look binary. */
    static void refuseBinary(byte[] bytes) throws RejectedInputException {
        for (Magic m : UNSUPPORTED) {
            if (startsWith(bytes, m.bytes())) {
                throw new RejectedInputException("unsupported_format",
                        "the input is a " + m.name() + ", not an article (text, HTML, JSON or PDF)");
            }
        }
        if (PlainTextDecoder.hasUtf16Bom(bytes)) {
            return; // UTF-16 text is full of NUL bytes by design
        }
        int n = Math.min(bytes.length, HEAD);
        int suspicious = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new RejectedInputException("binary", "the input contains NUL bytes: it is binary, not text");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
                suspicious++;
            }
        }
        if (n > 0 && suspicious * 10 > n) {
            throw new RejectedInputException("binary", "the input is mostly control bytes: it is binary, not text");
        }
    }

    /** JSON, HTML or plain text, from the start of the decoded text. */
    static Format textFormat(String text) {
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        if (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{') {
                return Format.JSON;
            }
            if (c == '[') {
                // "[Update] ..." is prose; an array of objects (or an empty one) is JSON
                int j = i + 1;
                while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                if (j < text.length() && (text.charAt(j) == '{' || text.charAt(j) == ']')) {
                    return Format.JSON;
                }
            }
        }
        String head = text.substring(i, Math.min(text.length(), i + HEAD)).toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml") && head.contains("<html")
                || head.startsWith("<head") || head.startsWith("<body") || head.startsWith("<!--") && head.contains("<html")) {
            return Format.HTML;
        }
        if (head.startsWith("<") && containsAny(head, "<body", "<p>", "<p ", "<div", "<article", "<h1", "<br", "<title")) {
            return Format.HTML;
        }
        return Format.TEXT;
    }

    private static boolean containsAny(String s, String... needles) {
        for (String n : needles) {
            if (s.contains(n)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
