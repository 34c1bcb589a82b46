package io.signalcheck.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signalcheck.report.Evidence;
import io.signalcheck.report.Indicator;
import io.signalcheck.report.Overall;
import io.signalcheck.report.Attribution;
import io.signalcheck.text.AnalyzedText;
import io.signalcheck.text.SentenceSplitter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The typical French input of BRIEF §1, written for this test. */
class FrenchBriefExampleTest {
    static final String ARTICLE = """
            Washington accuse Moscou de viser à nouveau l'élection présidentielle

            Des images générées par l'IA ont été utilisées pour imiter des électeurs américains en colère, \
            selon deux personnes proches des conversations. De faux comptes sur les réseaux sociaux ont \
            ensuite relayé ces contenus des milliers de fois. Les évaluations déclassifiées du renseignement \
            rappellent le piratage et la fuite de 2016, lorsque des courriels du Parti démocrate volés par le \
            GRU avaient été publiés. Une agence fédérale a toutefois indiqué n'avoir vu aucun signe d'une \
            nouvelle opération visant l'élection de novembre.
            """;

    private static final SignalDetector DETECTOR = new SignalDetector();

    @Test
    void assertedSignalsAreDetectedAndTheNoSignSentenceIsNegatedEvidence() {
        AnalyzedText text = new AnalyzedText(ARTICLE, "fr", new SentenceSplitter().split(ARTICLE, "fr"));
        Map<Signal, Indicator> result = DETECTOR.detect(text);

        assertTrue(result.get(Signal.AI_GENERATED_MEDIA).detected(), "AI images imitating voters");
        assertTrue(result.get(Signal.INAUTHENTIC_ACCOUNTS).detected(), "fake social-media accounts");
        assertTrue(result.get(Signal.HACK_AND_LEAK).detected(), "the 2016 hack-and-leak");
        assertFalse(result.get(Signal.IMPERSONATION).detected(), "nothing impersonates a specific entity");
        assertTrue(result.get(Signal.AI_GENERATED_MEDIA).disarm().contains("T0086.002"));

        Evidence noSign = result.get(Signal.ELECTION_TARGETING).evidence().stream()
                .filter(e -> e.sentence().contains("aucun signe")).findFirst().orElseThrow();
        assertTrue(noSign.negated(), "\"n'avoir vu aucun signe\" must be negated");
        assertFalse(noSign.hypothetical());
        assertEquals(noSign.sentence(), ARTICLE.substring(noSign.start(), noSign.end()));
        assertTrue(noSign.sentence().contains(noSign.match()));

        Overall overall = new OverallScorer().combine(result, Attribution.none());
        assertEquals("high", overall.level(), overall.toString());
    }
}
