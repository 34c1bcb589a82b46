package io.signalcheck.local;

import java.util.Locale;

/**
 * Issues S3-style event sequencers: fixed-width upper-case hex that only ever grows, so a later change of a key
 * always compares greater (as S3 documents: pad the shorter, compare as strings). Seeded from the clock in
 * microseconds and from the last one issued, so it keeps growing across restarts and even if the clock steps back.
 */
public final class Sequencer {
    public static final int WIDTH = 16;
    private long last;

    /** @param lastIssued the last sequencer handed out before (persisted), or null when none */
    public Sequencer(String lastIssued) {
        this.last = lastIssued == null || lastIssued.isBlank() ? 0 : Long.parseUnsignedLong(lastIssued, 16);
    }

    public synchronized String next() {
        return next(System.currentTimeMillis() * 1000L);
    }

    synchronized String next(long nowMicros) {
        last = Math.max(last + 1, nowMicros);
        return format(last);
    }

    static String format(long value) {
        String hex = Long.toHexString(value).toUpperCase(Locale.ROOT);
        return "0".repeat(Math.max(0, WIDTH - hex.length())) + hex;
    }
}
