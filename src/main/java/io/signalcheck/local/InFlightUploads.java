package io.signalcheck.local;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * Tells S3Proxy's in-flight upload files from objects. S3Proxy writes an upload to "<key>-<random UUID>" beside
 * the key, then renames it, and a listing can catch that file; but a user may name an object that way too. A
 * key of that shape is therefore held back until it has been listed unchanged (size, last-modified, ETag) for
 * {@code quiet}: a temporary file is renamed long before (or keeps growing while its upload streams in), a real
 * object stays. One instance per notifier, fed every listing in turn.
 */
final class InFlightUploads {
    private static final Pattern UUID_SUFFIX =
            Pattern.compile(".*-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private record Sighting(ObjectState state, long sinceNanos) {}

    private final Duration quiet;
    private final LongSupplier nanoClock;
    private final Map<String, Sighting> sightings = new HashMap<>();
    private final Set<String> seenThisListing = new HashSet<>();

    InFlightUploads(Duration quiet, LongSupplier nanoClock) {
        this.quiet = quiet;
        this.nanoClock = nanoClock;
    }

    static boolean hasUuidSuffix(String key) {
        return UUID_SUFFIX.matcher(key).matches();
    }

    /** True when the key, as listed now, may still be S3Proxy's temporary file and must not be notified yet. */
    boolean holdBack(String key, ObjectState listed) {
        if (!hasUuidSuffix(key)) {
            return false;
        }
        seenThisListing.add(key);
        long now = nanoClock.getAsLong();
        Sighting s = sightings.get(key);
        if (s == null || !sameFile(s.state(), listed)) {
            sightings.put(key, new Sighting(listed, now));
            return true;
        }
        return now - s.sinceNanos() < quiet.toNanos();
    }

    /** Ends a listing: a key it did not hold is forgotten (a renamed temporary file, or a deleted object). */
    void listingDone() {
        sightings.keySet().retainAll(seenThisListing);
        seenThisListing.clear();
    }

    private static boolean sameFile(ObjectState a, ObjectState b) {
        return a.size() == b.size() && a.lastModifiedMillis() == b.lastModifiedMillis()
                && Objects.equals(a.etag(), b.etag());
    }
}
