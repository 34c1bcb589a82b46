package io.signalcheck.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.signalcheck.report.ReportJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code nextToken} of {@code GET /scores}: the store's cursor, the filters it was issued for and an expiry,
 * as base64url JSON followed by a base64url HMAC-SHA256 of it. Signing (not encrypting) is enough: the cursor only
 * holds what the caller may read anyway; what must not happen is a forged cursor reaching the store, or a token
 * from one listing continuing another.
 */
public final class PageTokenCodec {
    public static final Duration DEFAULT_TTL = Duration.ofHours(1);

    private static final int VERSION = 1;
    // keeps these MACs apart from any other use of the same secret
    private static final byte[] DOMAIN = "signalcheck.page-token.v1\n".getBytes(StandardCharsets.UTF_8);
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final Duration ttl;
    private final Clock clock;

    public PageTokenCodec(byte[] key, Duration ttl, Clock clock) {
        if (key == null || key.length < ApiEnvironment.MIN_PAGE_TOKEN_KEY_LENGTH) {
            throw new IllegalArgumentException("the page token key must have at least "
                    + ApiEnvironment.MIN_PAGE_TOKEN_KEY_LENGTH + " bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
        this.ttl = ttl;
        this.clock = clock;
    }

    public String issue(String cursor, ListFilters filters) {
        ObjectNode payload = ReportJson.mapper().createObjectNode();
        payload.put("v", VERSION);
        payload.put("c", cursor);
        payload.set("f", ReportJson.mapper().valueToTree(filters.canonical()));
        payload.put("x", clock.instant().plus(ttl).getEpochSecond());
        byte[] body = payload.toString().getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(body) + "." + ENCODER.encodeToString(mac(body));
    }

    /** The store cursor inside a token, once its signature, expiry and filters check out. */
    public String open(String token, ListFilters filters) {
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            throw invalid();
        }
        byte[] body;
        byte[] signature;
        try {
            body = DECODER.decode(token.substring(0, dot));
            signature = DECODER.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (!MessageDigest.isEqual(mac(body), signature)) {
            throw invalid();
        }
        JsonNode payload;
        try {
            payload = ReportJson.mapper().readTree(body);
        } catch (IOException e) {
            throw invalid();
        }
        if (payload.path("v").asInt() != VERSION || !payload.path("c").isTextual() || !payload.path("x").isNumber()) {
            throw invalid();
        }
        if (clock.instant().getEpochSecond() >= payload.get("x").asLong()) {
            throw ApiError.badRequest("expired_token", "nextToken has expired (tokens last "
                    + ttl.toMinutes() + " minutes); list again from the first page");
        }
        Map<String, String> issuedFor = new LinkedHashMap<>();
        payload.path("f").properties().forEach(e -> issuedFor.put(e.getKey(), e.getValue().asText()));
        if (!issuedFor.equals(filters.canonical())) {
            throw ApiError.badRequest("token_mismatch", "nextToken was issued for other filters; repeat the same "
                    + "language, signal, minScore and since as the first page, or start again without nextToken");
        }
        return payload.get("c").asText();
    }

    private byte[] mac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256"); // Mac is not thread-safe; one per call is cheap
            mac.init(key);
            mac.update(DOMAIN);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    private static ApiError invalid() {
        return ApiError.badRequest("invalid_token", "nextToken is not a token this API issued (altered or truncated?)");
    }
}
