package io.signalcheck.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signalcheck.report.Indicator;
import io.signalcheck.text.AnalyzedText;
import io.signalcheck.text.Sentence;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Inputs that would make a naive matcher quadratic: one enormous "sentence" dense with rule terms. */
class PathologicalInputTest {
    @Test
    void aHugeUnpunctuatedSentenceFullOfTermsStaysLinear() {
        String unit = "no deepfakes appeared but fake accounts on Facebook spread election interference claims ";
        String text = unit.repeat(40_000); // ~3.8 MB, ~560k tokens, one sentence
        AnalyzedText t = new AnalyzedText(text, "en", List.of(new Sentence(0, text.length(), text)));
        SignalDetector detector = new SignalDetector();
        Map<Signal, Indicator> r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> detector.detect(t));
        Indicator accounts = r.get(Signal.INAUTHENTIC_ACCOUNTS);
        assertTrue(accounts.hits() > 10_000, "every repetition is a hit: " + accounts.hits());
        assertEquals(SignalDetector.MAX_EVIDENCE, accounts.evidence().size());
    }
}
