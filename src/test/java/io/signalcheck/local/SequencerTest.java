package io.signalcheck.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Sequencers only grow, have a fixed width, and compare as strings the way they compare as numbers. */
class SequencerTest {

    @Test
    void fixedWidthUpperHex() {
        assertEquals("00000000000000FF", Sequencer.format(255));
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
        assertTrue(Long.parseUnsignedLong(small, 16) < Long.parseUnsignedLong(big, 16));
    }
}
