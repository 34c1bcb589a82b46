package io.signalcheck.api;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The body of {@code POST /score} as bytes for the scorer: checks the Content-Type (415 for others), decodes a
 * base64 body, enforces the size limit (413, checked on the encoded length before decoding), re-encodes text in a
 * declared non-UTF-8 charset to UTF-8, and refuses a body that contradicts its declared type (a PDF that is not
 * one, JSON that is not an object).
 */
public final class BodyDecoder {
    public static final List<String> MEDIA_TYPES = List.of("text/plain", "text/html", "application/json",
            "application/pdf", "application/octet-stream");

    private final long maxBytes;

    public BodyDecoder(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The bytes to score and the media type they were declared as. */
    public record DecodedBody(byte[] bytes, String mediaType) {}

    public DecodedBody decode(String contentType, String body, boolean base64) {
        if (contentType == null || contentType.isBlank()) {
            throw ApiError.unsupportedMediaType("Content-Type is required; accepted: " + String.join(", ", MEDIA_TYPES));
        }
        String[] parts = contentType.split(";");
        String mediaType = parts[0].trim().toLowerCase(Locale.ROOT);
        if (!MEDIA_TYPES.contains(mediaType)) {
            throw ApiError.unsupportedMediaType("Content-Type " + shorten(mediaType) + " is not accepted; accepted: "
                    + String.join(", ", MEDIA_TYPES));
        }
        Charset charset = charset(parts);
        byte[] bytes = base64 ? fromBase64(body) : fromText(body);
        if (bytes.length == 0) {
            throw ApiError.badRequest("empty_body", "the request body is empty; send the article to score");
        }
        boolean text = mediaType.startsWith("text/") || mediaType.equals("application/json");
        if (base64 && text && charset != null && !charset.equals(StandardCharsets.UTF_8)) {
            // a string body was already decoded to characters upstream; only raw bytes carry the declared charset
            bytes = transcode(bytes, charset);
        }
        checkDeclaredType(mediaType, bytes);
        return new DecodedBody(bytes, mediaType);
    }

    private byte[] fromText(String body) {
        if (body == null) {
            return new byte[0];
        }
        // a UTF-8 byte is at least one char, so a string this long is over the limit whatever it holds
        if (body.length() > maxBytes) {
            throw ApiError.payloadTooLarge(maxBytes);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > maxBytes) {
            throw ApiError.payloadTooLarge(maxBytes);
        }
        return bytes;
    }

    private byte[] fromBase64(String body) {
        if (body == null) {
            return new byte[0];
        }
        // four base64 characters carry three bytes: refuse an oversized body before decoding it
        long decodedAtLeast = (body.length() / 4) * 3L - 2;
        if (decodedAtLeast > maxBytes) {
            throw ApiError.payloadTooLarge(maxBytes);
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("invalid_body", "the request body is marked base64 but is not valid base64");
        }
        if (bytes.length > maxBytes) {
            throw ApiError.payloadTooLarge(maxBytes);
        }
        return bytes;
    }

    private static Charset charset(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String name = p.substring(8).replace("\"", "").trim();
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw ApiError.unsupportedMediaType("charset " + shorten(name) + " is not supported");
                }
            }
        }
        return null;
    }

    private static byte[] transcode(byte[] bytes, Charset from) {
        try {
            String text = from.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw ApiError.badRequest("invalid_body", "the request body is not valid " + from.name()
                    + " as its Content-Type declares");
        }
    }

    private static void checkDeclaredType(String mediaType, byte[] bytes) {
        boolean pdf = startsWithPdfHeader(bytes);
        if (mediaType.equals("application/pdf") && !pdf) {
            throw ApiError.badRequest("content_type_mismatch", "Content-Type is application/pdf but the body is not a PDF");
        }
        if (mediaType.equals("application/json") && firstNonSpace(bytes) != '{') {
            throw ApiError.badRequest("content_type_mismatch", "Content-Type is application/json but the body is not a "
                    + "JSON object (an article export such as {\"title\": ..., \"text\": ...})");
        }
        if (pdf && (mediaType.startsWith("text/") || mediaType.equals("application/json"))) {
            throw ApiError.badRequest("content_type_mismatch", "the body is a PDF but Content-Type is " + mediaType);
        }
    }

    private static boolean startsWithPdfHeader(byte[] b) {
        return b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-';
    }

    private static int firstNonSpace(byte[] b) {
        int i = 0;
        // skip a UTF-8 byte-order mark
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        for (; i < b.length; i++) {
            if (!Character.isWhitespace(b[i])) {
                return b[i];
            }
        }
        return -1;
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
