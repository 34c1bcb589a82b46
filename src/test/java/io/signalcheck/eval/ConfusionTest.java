package io.signalcheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ConfusionTest {
    private static final double EPS = 1e-9;

    @Test
    void precisionRecallAndF1FromCounts() {
        Confusion c = new Confusion(6, 2, 4);
        assertEquals(0.75, c.precision(), EPS);
        assertEquals(0.6, c.recall(), EPS);
        assertEquals(2 * 0.75 * 0.6 / 1.35, c.f1(), EPS);
    }

    @Test
    void nothingToFindAndNothingRaisedIsPerfect() {
        assertEquals(1.0, Confusion.EMPTY.precision(), EPS);
        assertEquals(1.0, Confusion.EMPTY.recall(), EPS);
        assertEquals(1.0, Confusion.EMPTY.f1(), EPS);
    }

    @Test
    void missingEveryCaseScoresZeroEvenWithNoPrediction() {
        Confusion c = new Confusion(0, 0, 3);
        assertEquals(1.0, c.precision(), EPS);
        assertEquals(0.0, c.recall(), EPS);
        assertEquals(0.0, c.f1(), EPS);
    }

    @Test
    void onlyFalseAlarmsScoresZero() {
        Confusion c = new Confusion(0, 2, 0);
        assertEquals(0.0, c.precision(), EPS);
        assertEquals(1.0, c.recall(), EPS);
        assertEquals(0.0, c.f1(), EPS);
    }

    @Test
    void addCountsEachDecisionInItsCell() {
        Confusion c = Confusion.EMPTY.add(true, true).add(true, false).add(false, true).add(false, false)
                .add(true, true);
        assertEquals(new Confusion(2, 1, 1), c);
        assertEquals(new Confusion(3, 1, 2), c.plus(new Confusion(1, 0, 1)));
    }

    @Test
    void negativeCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Confusion(-1, 0, 0));
    }
}
