package io.signalcheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.signalcheck.report.SourceCounts;
import org.junit.jupiter.api.Test;

class SourcingLevelTest {

    @Test
    void noSourcesIsNone() {
        assertEquals("none", SourcingLevel.of(new SourceCounts(0, 0, 0)));
    }

    @Test
    void exactlyOneThirdAnonymousIsStillStrong() {
        assertEquals("strong", SourcingLevel.of(new SourceCounts(1, 1, 1)));
        assertEquals("strong", SourcingLevel.of(new SourceCounts(3, 0, 0)));
    }

    @Test
    void exactlyTwoThirdsAnonymousIsWeak() {
        assertEquals("weak", SourcingLevel.of(new SourceCounts(1, 2, 0)));
        assertEquals("weak", SourcingLevel.of(new SourceCounts(0, 1, 0)));
    }

    @Test
    void betweenTheThirdsIsMixed() {
        assertEquals("mixed", SourcingLevel.of(new SourceCounts(1, 1, 0)));
        assertEquals("mixed", SourcingLevel.of(new SourceCounts(2, 3, 1)));
        // the brief's typical French input: 2 named, 5 anonymous, 4 documentary = 5/11
        assertEquals("mixed", SourcingLevel.of(new SourceCounts(2, 5, 4)));
    }
}
