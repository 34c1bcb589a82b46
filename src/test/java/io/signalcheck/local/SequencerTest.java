package io.signalcheck.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Sequencers only grow, have a fixed width, and compare as strings the way they compare as numbers. */
class SequencerTest {

    @Test
    void fixedWidthUpperHex() {
        assertEquals("010000000000000000FF", Sequencer.format(255));
        assertEquals(Sequencer.WIDTH, new Sequencer(null).next().length());
    }

    @Test
    void growsEvenWhenTheClockStepsBackOrStandsStill() {
        Sequencer s = new Sequencer(null);
        String a = s.next(5_000_000L);
        String b = s.next(5_000_000L);
        String c = s.next(1_000L);
        assertTrue(a.compareTo(b) < 0, a + " < " + b);
        assertTrue(b.compareTo(c) < 0, b + " < " + c);
    }

    @Test
    void resumesAboveThePersistedValueAfterARestart() {
        String before = new Sequencer(null).next(System.currentTimeMillis() * 1000L + 60_000_000L); // a clock ahead
        String after = new Sequencer(before).next();
        assertTrue(before.compareTo(after) < 0, before + " < " + after);
    }

    @Test
    void stringOrderMatchesNumericOrderAcrossDigitCounts() {
        String small = Sequencer.format(0xFFFL);
        String big = Sequencer.format(0x1000L);
        assertTrue(small.compareTo(big) < 0);
        assertTrue(new java.math.BigInteger(small, 16).compareTo(new java.math.BigInteger(big, 16)) < 0);
    }

    @Test
    void sortsAfterTheSampleEventsAsTheStoreComparesSequencers() {
        // the store compares as the S3 user guide says: right-pad the shorter with zeros, then compare as strings
        String ours = new Sequencer(null).next(0);
        for (String sample : new String[] {"0065F1A4C0FFEE1234", "0065F1A2B3C4D5E6F7", "00FFFFFFFFFFFFFFFF"}) {
            String padded = sample + "0".repeat(ours.length() - sample.length());
            assertTrue(ours.compareTo(padded) > 0, ours + " > " + padded);
        }
    }
}
