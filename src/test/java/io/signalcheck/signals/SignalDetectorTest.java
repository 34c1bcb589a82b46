package io.signalcheck.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signalcheck.report.Evidence;
import io.signalcheck.report.Indicator;
import io.signalcheck.text.AnalyzedText;
import io.signalcheck.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignalDetectorTest {
    private static final SignalDetector DETECTOR = new SignalDetector();

    /** One sentence per array element, joined with spaces; sentence offsets computed exactly. */
    static AnalyzedText text(String lang, String... sentences) {
        StringBuilder sb = new StringBuilder();
        List<Sentence> list = new ArrayList<>();
        for (String s : sentences) {
            int start = sb.length();
            sb.append(s);
            list.add(new Sentence(start, sb.length(), s));
            sb.append(' ');
        }
        return new AnalyzedText(sb.toString(), lang, list);
    }

    @Test
    void everySignalIsReportedAndOnlyAssertedMatchesCount() {
        Map<Signal, Indicator> r = DETECTOR.detect(text("en",
                "Meta removed hundreds of fake accounts that pushed pro-Kremlin narratives on Facebook.",
                "Officials found no evidence of deepfakes in the campaign."));
        assertEquals(List.of(Signal.values()), List.copyOf(r.keySet()));
        Indicator accounts = r.get(Signal.INAUTHENTIC_ACCOUNTS);
        assertTrue(accounts.detected());
        assertEquals(1, accounts.hits());
        assertTrue(accounts.score() >= 0.5 && accounts.score() <= 1.0);
        assertEquals(List.of("T0143.002", "T0150.008"), accounts.disarm(), "sorted union");

        Indicator media = r.get(Signal.AI_GENERATED_MEDIA);
        assertFalse(media.detected());
        assertEquals(0, media.hits());
        assertEquals(0.0, media.score());
        assertTrue(media.disarm().isEmpty(), "negated rules contribute no DISARM ids");
        assertTrue(media.evidence().get(0).negated());
    }

    @Test
    void evidenceIsBoundedAssertedFirstAndPointsIntoTheText() {
        List<String> sentences = new ArrayList<>();
        sentences.add("There were no fake accounts on Facebook last spring.");
        for (int i = 0; i < 12; i++) {
            sentences.add("Bogus profiles number " + i + " on Telegram spread the narrative.");
        }
        AnalyzedText t = text("en", sentences.toArray(String[]::new));
        Indicator accounts = DETECTOR.detect(t).get(Signal.INAUTHENTIC_ACCOUNTS);
        assertEquals(12, accounts.hits());
        assertEquals(SignalDetector.MAX_EVIDENCE, accounts.evidence().size());
        assertTrue(accounts.evidence().stream().allMatch(e -> !e.negated() && !e.hypothetical()),
                "asserted evidence comes before the negated first sentence");
        int previous = -1;
        for (Evidence e : accounts.evidence()) {
            assertEquals(e.sentence(), t.text().substring(e.start(), e.end()));
            assertTrue(e.sentence().contains(e.match()));
            assertTrue(e.start() > previous, "text order");
            previous = e.start();
            assertEquals("en.inauthentic.fake_accounts", e.rule());
        }
        // repeated hits of one rule add less and less: score stays below 1
        assertTrue(accounts.score() < 0.9 && accounts.score() > 0.85, String.valueOf(accounts.score()));
    }

    @Test
    void overlappingRulesOfOneSignalCountOnce() {
        Indicator media = DETECTOR.detect(text("en",
                "A deepfake video of the president, AI-generated footage, circulated on Telegram.")).get(Signal.AI_GENERATED_MEDIA);
        assertTrue(media.detected());
        long distinctSpans = media.evidence().stream().map(e -> e.match()).distinct().count();
        assertEquals(media.evidence().size(), distinctSpans);
    }

    @Test
    void outputIsDeterministicAndVersioned() {
        AnalyzedText t = text("fr", "Des images générées par l'IA imitaient des électeurs.",
                "De faux comptes sur Facebook ont relayé ces images.");
        assertEquals(DETECTOR.detect(t), new SignalDetector().detect(t));
        assertTrue(DETECTOR.rulesVersion().matches("1-[0-9a-f]{10}"));
        assertEquals(DETECTOR.rulesVersion(), new SignalDetector().rulesVersion());
    }

    @Test
    void sameWordsInAnotherSenseDoNotRaiseSignals() {
        Map<Signal, Indicator> r = DETECTOR.detect(text("en",
                "Bank employees opened millions of fake accounts in customers' names to meet sales targets.",
                "The gallery's new exhibition showcases AI-generated images by young artists.",
                "The factory installed bots that assemble car doors on the line.",
                "The ransomware gang stole patient data and threatened to publish it unless the hospital paid.",
                "Parliament's vote on the budget was disrupted by protests."));
        for (Indicator i : r.values()) {
            assertFalse(i.detected(), r.toString());
        }
    }

    @Test
    void languagesWithoutRulesAndEmptyTextsYieldNothing() {
        for (AnalyzedText t : List.of(text("it", "Account falsi su Facebook."), text("nl", "Nepaccounts op Facebook."),
                new AnalyzedText("", "en", List.of()), text("und", "fake accounts on Facebook"))) {
            Map<Signal, Indicator> r = DETECTOR.detect(t);
            assertEquals(5, r.size());
            assertTrue(r.values().stream().noneMatch(Indicator::detected));
        }
    }
}
