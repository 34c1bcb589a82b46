package io.signalcheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SignalMetricsTest {

    @Test
    void countsEverySignalForEveryArticle() {
        SignalMetrics m = new SignalMetrics();
        m.add(Set.of("ai_generated_media", "election_targeting"), Set.of("ai_generated_media"));
        m.add(Set.of(), Set.of("hack_and_leak"));
        assertEquals(new Confusion(1, 0, 0), m.of("ai_generated_media"));
        assertEquals(new Confusion(0, 0, 1), m.of("election_targeting"));
        assertEquals(new Confusion(0, 1, 0), m.of("hack_and_leak"));
        assertEquals(Confusion.EMPTY, m.of("impersonation"));
        assertEquals(List.of("ai_generated_media", "inauthentic_accounts", "impersonation", "hack_and_leak",
                "election_targeting"), List.copyOf(m.ordered().keySet()));
    }

    @Test
    void macroF1IsTheUnweightedMeanOfTheFive() {
        SignalMetrics m = new SignalMetrics();
        m.add(Set.of("ai_generated_media", "election_targeting"), Set.of("ai_generated_media"));
        m.add(Set.of(), Set.of("hack_and_leak"));
        // ai 1, inauthentic 1 (empty), impersonation 1 (empty), hack 0 (false alarm), election 0 (missed)
        assertEquals(3.0 / 5, m.macroF1(), 1e-9);
    }
}
