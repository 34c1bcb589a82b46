package io.signalcheck.attribution;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceGateTest {
    private static boolean gated(SentenceGate g, String sentence) {
        String lower = LiteralGate.lower(sentence);
        return g.mayMatchGated(lower, LiteralGate.pairs(lower));
    }

    @Test
    void closesOnlyWhenNoGatedRuleHasItsWords() {
        SentenceGate g = SentenceGate.of(List.of(LiteralGate.of("\\bofficials?\\s+said\\b"),
                LiteralGate.of("\\baccording\\s+to\\b")));
        assertTrue(gated(g, "Two Officials said nothing."));
        assertTrue(gated(g, "It rained, according to the forecast."));
        assertFalse(gated(g, "The match ended in a draw on Sunday."));
    }

    @Test
    void openGatesAddNoWords() {
        SentenceGate g = SentenceGate.of(List.of(LiteralGate.of("\\p{Lu}\\w+")));
        assertFalse(gated(g, "Anything At All"));
    }

    @Test
    void everyPackSentenceWithAMatchPassesItsPacksGate() {
        for (AttributionPack pack : new PackLoader().loadAll().values()) {
            for (SourceRule rule : pack.sources()) {
                for (String example : rule.positive()) {
                    String lower = LiteralGate.lower(TextFolding.forMatching(example));
                    if (!rule.gate().isOpen() && rule.gate().lastStart(lower, LiteralGate.pairs(lower)) >= 0) {
                        assertTrue(pack.sourcesGate().mayMatchGated(lower, LiteralGate.pairs(lower)), example);
                    }
                }
            }
        }
    }
}
