package io.signalcheck.api;

import io.signalcheck.signals.Signal;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** The validated query of {@code GET /scores}: filters, page size and the caller's page token. */
public record ListRequest(ListFilters filters, int limit, String nextToken) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    public static final List<String> LANGUAGES = List.of("fr", "en", "de", "es", "und");
    public static final List<String> SIGNALS = Arrays.stream(Signal.values()).map(Signal::id).toList();
    /** Longer tokens are never issued; refusing them early bounds the work spent on a forged one. */
    public static final int MAX_TOKEN_LENGTH = 2048;

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,12})?|\\.[0-9]{1,12}");

    public static ListRequest from(QueryParameters query) {
        ListFilters filters = new ListFilters(language(query.get("language")), signal(query.get("signal")),
                minScore(query.get("minScore")), since(query.get("since")));
        return new ListRequest(filters, limit(query.get("limit")), nextToken(query.get("nextToken")));
    }

    private static String language(String v) {
        if (v == null) {
            return null;
        }
        if (!LANGUAGES.contains(v)) {
            throw invalid("language", v, "one of " + String.join(", ", LANGUAGES));
        }
        return v;
    }

    private static String signal(String v) {
        if (v == null) {
            return null;
        }
        if (!SIGNALS.contains(v)) {
            throw invalid("signal", v, "one of " + String.join(", ", SIGNALS));
        }
        return v;
    }

    private static Double minScore(String v) {
        if (v == null) {
            return null;
        }
        if (!DECIMAL.matcher(v).matches()) {
            throw invalid("minScore", v, "a decimal number from 0 to 1");
        }
        BigDecimal d = new BigDecimal(v);
        if (d.compareTo(BigDecimal.ONE) > 0) {
            throw invalid("minScore", v, "a decimal number from 0 to 1");
        }
        return d.doubleValue();
    }

    private static Instant since(String v) {
        if (v == null) {
            return null;
        }
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid("since", v, "an ISO-8601 date (2026-11-02) or instant (2026-11-02T08:00:00Z); "
                    + "encode '+' in an offset as %2B");
        }
    }

    private static int limit(String v) {
        if (v == null) {
            return DEFAULT_LIMIT;
        }
        if (!DIGITS.matcher(v).matches()) {
            throw invalid("limit", v, "a whole number from 1 to " + MAX_LIMIT);
        }
        int n = Integer.parseInt(v);
        if (n < 1 || n > MAX_LIMIT) {
            throw invalid("limit", v, "a whole number from 1 to " + MAX_LIMIT);
        }
        return n;
    }

    private static String nextToken(String v) {
        if (v == null) {
            return null;
        }
        if (v.isEmpty() || v.length() > MAX_TOKEN_LENGTH) {
            throw ApiError.badRequest("invalid_token", "nextToken is not a token this API issued");
        }
        return v;
    }

    private static ApiError invalid(String name, String value, String expected) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
        return ApiError.badRequest("invalid_parameter", name + " must be " + expected + "; got '" + shown + "'");
    }
}
