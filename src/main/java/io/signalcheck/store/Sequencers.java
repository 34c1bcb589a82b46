package io.signalcheck.store;

import java.util.Locale;

/**
 * S3 event sequencers made comparable by DynamoDB. The S3 user guide (event message structure) says that
 * sequencers of one key may differ in length and are compared by first right-padding the shorter with zeros,
 * then comparing lexicographically; padding every sequencer on the right to a fixed width lets a condition
 * expression do exactly that as a plain string comparison.
 */
final class Sequencers {
    /** Far above the 16-20 digits S3 sends today. */
    static final int WIDTH = 64;

    private Sequencers() {}

    /** Upper-case hex right-padded with zeros to {@link #WIDTH}; rejects what is not a sequencer. */
    static String sortable(String sequencer) {
        if (sequencer == null || sequencer.isBlank()) {
            throw new IllegalArgumentException("an S3 event sequencer is required to order writes");
        }
        String hex = sequencer.trim().toUpperCase(Locale.ROOT);
        if (hex.length() > WIDTH || !hex.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'))) {
            throw new IllegalArgumentException("not an S3 sequencer (hex, at most " + WIDTH + " digits): " + sequencer);
        }
        return hex + "0".repeat(WIDTH - hex.length());
    }

    /** Negative, zero or positive as {@code a} is older than, the same event as, or newer than {@code b}. */
    static int compare(String a, String b) {
        return sortable(a).compareTo(sortable(b));
    }
}
