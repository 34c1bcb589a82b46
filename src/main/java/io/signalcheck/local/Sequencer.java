package io.signalcheck.local;

import java.util.Locale;

/**
 * Issues S3-style event sequencers: fixed-width upper-case hex that only ever grows, so a later change of a key
 * always compares greater (one width, so padding changes nothing). The low 16 digits are the clock in
 * microseconds, or the last one issued plus one, so they keep growing across restarts and if the clock steps back.
 * The {@code 0100} prefix puts them above every sequencer beginning {@code 00} once right-padded as the store
 * compares them (the sample events' and the S3 guide's examples do), so events that `sam local invoke`
 * wrote into the same table from the sample files (events/) never shadow a later upload through `local`.
 */
public final class Sequencer {
    static final String PREFIX = "0100";
    public static final int WIDTH = PREFIX.length() + 16;
    private long last;

    /** @param lastIssued the last sequencer handed out before (persisted), or null when none */
    public Sequencer(String lastIssued) {
        this.last = lastIssued != null && lastIssued.length() == WIDTH && lastIssued.startsWith(PREFIX)
                ? Long.parseUnsignedLong(lastIssued.substring(PREFIX.length()), 16) : 0;
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
        return PREFIX + "0".repeat(16 - hex.length()) + hex;
    }
}
