package io.signalcheck.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signalcheck.report.Actor;
import io.signalcheck.report.Attribution;
import io.signalcheck.report.Overall;
import io.signalcheck.report.SourceCounts;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverallScorerTest {
    private static final SignalDetector DETECTOR = new SignalDetector();
    private static final OverallScorer SCORER = new OverallScorer();

    private static Overall score(Attribution a, String... sentences) {
        return SCORER.combine(DETECTOR.detect(SignalDetectorTest.text("en", sentences)), a);
    }

    @Test
    void influenceOperationReportsRankAboveVocabularyOnlyArticles() {
        Overall operation = score(Attribution.none(),
                "Meta removed hundreds of fake accounts that posed as American voters on Facebook.",
                "The accounts shared AI-generated images of migrants ahead of the election.",
                "Russia interfered in the presidential election through the network, officials said.");
        Overall oneSignal = score(Attribution.none(), "A botnet of some 4,000 accounts amplified the claims on X.");
        Overall denied = score(Attribution.none(),
                "The agency found no fake accounts on Facebook.",
                "Experts warn that deepfakes could disrupt the vote next year.");
        Overall unrelated = score(Attribution.none(),
                "Bank employees opened millions of fake accounts in customers' names to meet sales targets.",
                "The gallery's new exhibition showcases AI-generated images by young artists.");

        assertEquals("high", operation.level(), operation.toString());
        assertTrue(operation.score() > oneSignal.score());
        assertTrue(oneSignal.score() > denied.score(), oneSignal + " vs " + denied);
        assertTrue(denied.score() <= 0.15 && "low".equals(denied.level()), denied.toString());
        assertTrue(denied.score() > unrelated.score(), "mentions rank above no mention");
        assertEquals(new Overall(0.0, "low"), unrelated);
    }

    @Test
    void namedActorsAddASmallBonusOnlyWithADetection() {
        Attribution blamed = new Attribution(0.8, "strong", new SourceCounts(2, 0, 1),
                List.of(new Actor("Russia", 2, "high")), List.of());
        String s = "A botnet of some 4,000 accounts amplified the claims on X.";
        assertEquals(0.05, score(blamed, s).score() - score(Attribution.none(), s).score(), 1e-9);
        assertEquals(0.0, score(blamed, "The weather was fine.").score());
    }

    @Test
    void levelsFollowTheDocumentedCutPoints() {
        assertTrue(OverallScorer.HIGH == 0.70 && OverallScorer.MEDIUM == 0.40);
        Overall one = score(Attribution.none(), "The posts were traced to a troll farm in St Petersburg.");
        assertEquals(0.85, one.score(), 1e-9);
        assertEquals("high", one.level());
        Overall weak = score(Attribution.none(), "The astroturfing campaign spread on Facebook.");
        assertEquals(0.6, weak.score(), 1e-9);
        assertEquals("medium", weak.level());
    }
}
