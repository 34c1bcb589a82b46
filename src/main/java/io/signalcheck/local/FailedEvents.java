package io.signalcheck.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The local counterpart of the scoring function's SQS on-failure destination: one JSON file per event the
 * notifier gave up on, {@code <dir>/<timestamp>-<key hash>.json}, shaped like the record Lambda sends there
 * (condition, attempts, the event as requestPayload, the error as responsePayload).
 */
final class FailedEvents {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Path dir;
    private final ObjectMapper json;

    FailedEvents(Path dir, ObjectMapper json) {
        this.dir = dir;
        this.json = json;
    }

    Path dir() {
        return dir;
    }

    /** Writes the record (never overwriting another) and returns its file. */
    Path write(String key, ObjectNode event, Throwable error, DeliveryRetryPolicy.GiveUp why, int attempts,
               Instant at) {
        ObjectNode record = json.createObjectNode();
        record.put("version", "1.0");
        record.put("timestamp", at.toString());
        ObjectNode context = record.putObject("requestContext");
        context.put("functionArn", "ScoringFunction (signalcheck local)");
        context.put("condition", why == DeliveryRetryPolicy.GiveUp.RETRIES_EXHAUSTED ? "RetriesExhausted"
                : "EventAgeExceeded");
        context.put("approximateInvokeCount", attempts);
        record.set("requestPayload", event);
        ObjectNode response = record.putObject("responseContext");
        response.put("functionError", "Unhandled");
        ObjectNode payload = record.putObject("responsePayload");
        payload.put("errorMessage", String.valueOf(error.getMessage()));
        payload.put("errorType", error.getClass().getName());
        ArrayNode trace = payload.putArray("stackTrace");
        for (StackTraceElement frame : error.getStackTrace()) {
            trace.add(frame.toString());
        }
        if (error.getCause() != null) {
            payload.put("cause", error.getCause().toString());
        }
        try {
            Files.createDirectories(dir);
            String base = STAMP.format(at) + "-" + keyHash(key);
            Path tmp = Files.createTempFile(dir, ".writing-", ".tmp");
            json.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), record);
            for (int n = 0; ; n++) {
                Path target = dir.resolve(n == 0 ? base + ".json" : base + "-" + n + ".json");
                try {
                    // a plain move fails when the name is taken: two failures of one key in one millisecond
                    return Files.move(tmp, target);
                } catch (FileAlreadyExistsException taken) {
                    // try the next suffix
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the failed event for " + key + " to " + dir, e);
        }
    }

    /** The first 16 hex digits of the key's SHA-256: a file name for any key, slashes and accents included. */
    static String keyHash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
