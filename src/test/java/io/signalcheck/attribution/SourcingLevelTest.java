package io.signalcheck.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.signalcheck.report.SourceCounts;
import org.junit.jupiter.api.Test;

class SourcingLevelTest {
    private static String level(int named, int anonymous, int documentary) {
        return SourcingLevel.level(new SourceCounts(named, anonymous, documentary));
    }

    @Test
    void noAttributionIsNoneWithScoreZero() {
        assertEquals("none", level(0, 0, 0));
        assertEquals(0.0, SourcingLevel.score(new SourceCounts(0, 0, 0)));
    }

    @Test
    void exactlyOneThirdAnonymousIsStrong() {
        assertEquals("strong", level(1, 1, 1));
        assertEquals("strong", level(4, 3, 2));
        assertEquals("strong", level(2, 0, 0));
    }

    @Test
    void justAboveOneThirdIsMixed() {
        assertEquals("mixed", level(1, 2, 2)); // 2/5 = 0.4
        assertEquals("mixed", level(1, 1, 0)); // 1/2
        assertEquals("mixed", level(5, 4, 0)); // 4/9
    }

    @Test
    void exactlyTwoThirdsAnonymousIsWeak() {
        assertEquals("weak", level(1, 2, 0));
        assertEquals("weak", level(0, 6, 3));
        assertEquals("weak", level(0, 1, 0));
    }

    @Test
    void justBelowTwoThirdsIsMixed() {
        assertEquals("mixed", level(3, 5, 0)); // 5/8 = 0.625
    }

    @Test
    void scoreIsTheOnRecordShareAndAgreesWithTheLevel() {
        assertEquals(1.0, SourcingLevel.score(new SourceCounts(2, 0, 1)));
        assertEquals(0.667, SourcingLevel.score(new SourceCounts(1, 1, 1)));
        assertEquals(0.333, SourcingLevel.score(new SourceCounts(1, 2, 0)));
        assertEquals(0.0, SourcingLevel.score(new SourceCounts(0, 4, 0)));
        assertEquals(0.6, SourcingLevel.score(new SourceCounts(1, 2, 2)));
    }
}
