package io.signalcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signalcheck.report.ScoreReport;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Bad input that is not malformed: two megabytes of words with no sentence punctuation, naming actors beside
 * operation words throughout. Attribution used to compare every actor with every operation word of a sentence
 * by reading the whole gap between them, so 50 KB of such text took 20 s and 2 MB did not finish in 5 minutes.
 * It is scored in a few seconds now (without the sentence-length cap, 2 MB took over a minute even with
 * the gap fix); the bound is generous so that only that kind of regression fails it.
 */
class ArticleScorerLongTextTest {
    @Test
    void twoMegabytesOfUnpunctuatedWordsAreScoredInBoundedTime() {
        String[] words = {"Anna", "Berger", "met", "officials", "said", "Russia", "campaign", "report", "the", "and"};
        StringBuilder b = new StringBuilder();
        long seed = 7;
        while (b.length() < 2_000_000) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            b.append(words[(int) ((seed >>> 33) % words.length)]).append(' ');
        }
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        ScoreReport report = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> new ArticleScorer().score(bytes, "words.txt"));
        assertEquals(ScoreReport.SCORED, report.status());
        assertTrue(report.attribution().actors().stream().anyMatch(a -> a.name().equals("Russia")),
                "actors are still found: " + report.attribution().actors());
    }
}
