package io.signalcheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RocAucTest {
    private static final double EPS = 1e-9;

    @Test
    void perfectRankingIsOne() {
        assertEquals(1.0, RocAuc.of(List.of(0.9, 0.8, 0.7), List.of(0.1, 0.2)).getAsDouble(), EPS);
    }

    @Test
    void invertedRankingIsZero() {
        assertEquals(0.0, RocAuc.of(List.of(0.1, 0.2), List.of(0.9, 0.8, 0.7)).getAsDouble(), EPS);
    }

    @Test
    void allTiedIsOneHalf() {
        // the placeholder engine scores everything 0: no ranking at all
        assertEquals(0.5, RocAuc.of(List.of(0.0, 0.0, 0.0), List.of(0.0, 0.0)).getAsDouble(), EPS);
    }

    @Test
    void knownPartialRankingCountsPairsAndHalfTies() {
        // pairs (p, n): (0.8,0.5) win, (0.8,0.3) win, (0.5,0.5) tie, (0.5,0.3) win, (0.2,0.5) loss, (0.2,0.3) loss
        double auc = RocAuc.of(List.of(0.8, 0.5, 0.2), List.of(0.5, 0.3)).getAsDouble();
        assertEquals(3.5 / 6, auc, EPS);
    }

    @Test
    void undefinedWithoutOneOfTheClasses() {
        assertTrue(RocAuc.of(List.of(), List.of(0.3)).isEmpty());
        assertTrue(RocAuc.of(List.of(0.3), List.of()).isEmpty());
    }
}
