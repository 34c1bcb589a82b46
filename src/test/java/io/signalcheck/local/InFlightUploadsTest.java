package io.signalcheck.local;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A "<key>-<UUID>" key is held back until it has been listed unchanged for the quiet period, then it is an object. */
class InFlightUploadsTest {
    private static final String TEMP = "dossiers/a b.txt-939f801c-de25-41d0-a047-c52c6afbf5bb";
    private final AtomicLong clock = new AtomicLong();
    private final InFlightUploads uploads = new InFlightUploads(Duration.ofSeconds(2), clock::get);

    private void advance(Duration d) {
        clock.addAndGet(d.toNanos());
    }

    @Test
    void onlyKeysEndingInAUuidAreConsidered() {
        assertTrue(InFlightUploads.hasUuidSuffix(TEMP));
        assertFalse(InFlightUploads.hasUuidSuffix("dossiers/a b.txt"));
        assertFalse(InFlightUploads.hasUuidSuffix("report-2026-11-29.txt"));
        assertFalse(uploads.holdBack("report-2026-11-29.txt", new ObjectState("e1", 10, 1000)));
    }

    @Test
    void aKeyListedUnchangedForTheQuietPeriodIsAnObject() {
        ObjectState s = new ObjectState("e1", 10, 1000);
        assertTrue(uploads.holdBack(TEMP, s), "first sighting");
        uploads.listingDone();
        advance(Duration.ofMillis(1500));
        assertTrue(uploads.holdBack(TEMP, s), "not quiet long enough");
        uploads.listingDone();
        advance(Duration.ofMillis(600));
        assertFalse(uploads.holdBack(TEMP, s), "quiet for 2.1 s: a user's object");
        uploads.listingDone();
        advance(Duration.ofSeconds(5));
        assertFalse(uploads.holdBack(TEMP, s), "and it stays one");
    }

    @Test
    void aGrowingFileIsStillInFlight() {
        assertTrue(uploads.holdBack(TEMP, new ObjectState(null, 4096, 1000)));
        uploads.listingDone();
        advance(Duration.ofSeconds(3));
        assertTrue(uploads.holdBack(TEMP, new ObjectState(null, 8192, 3900)), "it changed: the clock starts again");
        uploads.listingDone();
        advance(Duration.ofSeconds(1));
        assertTrue(uploads.holdBack(TEMP, new ObjectState(null, 8192, 3900)));
    }

    @Test
    void aKeyMissingFromAListingStartsAgainWhenItReturns() {
        ObjectState s = new ObjectState("e1", 10, 1000);
        assertTrue(uploads.holdBack(TEMP, s));
        uploads.listingDone();
        advance(Duration.ofSeconds(1));
        uploads.listingDone(); // renamed away: not in this listing
        advance(Duration.ofSeconds(3));
        assertTrue(uploads.holdBack(TEMP, s), "forgotten, so a new sighting");
    }
}
