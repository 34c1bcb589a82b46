package io.signalcheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signalcheck.report.Actor;
import io.signalcheck.report.Attribution;
import io.signalcheck.report.Indicator;
import io.signalcheck.report.Overall;
import io.signalcheck.report.ScoreReport;
import io.signalcheck.report.SourceCounts;
import io.signalcheck.signals.Signal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
    private static final double EPS = 1e-9;

    static LabelledArticle label(String id, String split, String lang, boolean io, Set<String> detected,
                                 String level, List<ExpectedActor> actors) {
        return new LabelledArticle(id, split, lang, Path.of(id + ".txt"), io, detected, Set.of(), level,
                new SourceCounts(0, 0, 0), actors, io ? "positive" : "hard_negative", "");
    }

    static ScoreReport report(String lang, double score, Set<String> detected, String level, List<String> actors) {
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        for (Signal s : Signal.values()) {
            indicators.put(s.id(), new Indicator(0, detected.contains(s.id()), 0, List.of(), List.of()));
        }
        Attribution attribution = new Attribution(0, level, new SourceCounts(0, 0, 0),
                actors.stream().map(a -> new Actor(a, 1, "moderate")).toList(), List.of());
        return new ScoreReport("1", "test", "x", null, lang, 1.0, 100, "scored", null, List.of(),
                new Overall(score, score >= 0.6 ? "high" : score >= 0.3 ? "medium" : "low"), indicators, attribution);
    }

    @Test
    void computesEveryFigurePerSplitAndOverall() {
        LabelledArticle a = label("en-01", "tuning", "en", true, Set.of("ai_generated_media"), "mixed",
                List.of(new ExpectedActor("Russia", "high")));
        LabelledArticle b = label("fr-02", "tuning", "fr", false, Set.of(), "strong", List.of());
        LabelledArticle c = label("en-03", "heldout", "en", true, Set.of("hack_and_leak"), "weak",
                List.of(new ExpectedActor("Iran", "moderate")));
        Map<String, ScoreReport> reports = Map.of(
                "en-01", report("en", 0.9, Set.of("ai_generated_media"), "mixed", List.of("russia", "China")),
                "fr-02", report("en", 0.2, Set.of("inauthentic_accounts"), "strong", List.of()),
                "en-03", report("en", 0.2, Set.of(), "none", List.of("Iran")));
        EvaluationReport r = new Evaluator().evaluate("c", "v", List.of(a, b, c), x -> reports.get(x.id()));

        SplitMetrics tuning = r.splits().get("tuning");
        assertEquals(2, tuning.articles());
        assertEquals(1, tuning.influenceOperations());
        assertEquals(new Confusion(1, 0, 0), tuning.signals().get("ai_generated_media"));
        assertEquals(new Confusion(0, 1, 0), tuning.signals().get("inauthentic_accounts"));
        assertEquals(0.5, tuning.languageAccuracy(), EPS);
        assertEquals(1.0, tuning.attributionLevelAccuracy(), EPS);
        assertEquals(new Confusion(1, 1, 0), tuning.actors()); // "russia" matches "Russia"; China is extra
        assertEquals(0.0, tuning.actorConfidenceAccuracy(), EPS); // labelled high, reported moderate
        assertEquals(1.0, tuning.auc(), EPS);
        assertEquals(4.0 / 5, tuning.macroF1(), EPS);
        assertEquals(1.0, tuning.macroF1ByLanguage().get("en"), EPS);
        assertEquals(4.0 / 5, tuning.macroF1ByLanguage().get("fr"), EPS);

        SplitMetrics heldout = r.splits().get("heldout");
        assertNull(heldout.auc()); // only influence operations there
        assertEquals(new Confusion(0, 0, 1), heldout.signals().get("hack_and_leak"));
        assertEquals(1.0, heldout.actorConfidenceAccuracy(), EPS);
        assertEquals(0.0, heldout.attributionLevelAccuracy(), EPS);

        SplitMetrics all = r.splits().get("all");
        assertEquals(3, all.articles());
        // positives 0.9, 0.2 against negative 0.2: one win, one tie
        assertEquals(0.75, all.auc(), EPS);
        assertEquals(new Confusion(2, 1, 0), all.actors());
        assertEquals(0.5, all.actorConfidenceAccuracy(), EPS); // Russia's tier wrong, Iran's right
    }

    @Test
    void listsEachMisclassifiedArticleWithWhatDiffers() {
        LabelledArticle a = label("en-01", "tuning", "en", true, Set.of("ai_generated_media"), "mixed", List.of());
        LabelledArticle b = new LabelledArticle("fr-02", "heldout", "fr", Path.of("fr-02.txt"), false, Set.of(),
                Set.of("hack_and_leak"), "none", new SourceCounts(0, 0, 0), List.of(), "negated", "");
        LabelledArticle c = label("en-03", "tuning", "en", false, Set.of(), "none", List.of());
        Map<String, ScoreReport> reports = Map.of(
                "en-01", report("en", 0.1, Set.of(), "mixed", List.of()),
                "fr-02", report("en", 0.7, Set.of("hack_and_leak"), "none", List.of("Russia")),
                "en-03", report("en", 0.0, Set.of(), "none", List.of()));
        EvaluationReport r = new Evaluator().evaluate("c", "v", List.of(a, b, c), x -> reports.get(x.id()));

        assertEquals(List.of("en-01", "fr-02"), r.misclassified().stream().map(Mismatch::id).toList());
        assertNull(r.splits().get("all").actorConfidenceAccuracy()); // no actor named rightly: nothing to grade
        assertEquals(List.of("ai_generated_media: expected detected, got not detected",
                "overall: influence-operation report scored low (0.1)"), r.misclassified().get(0).differences());
        List<String> second = r.misclassified().get(1).differences();
        assertEquals("heldout", r.misclassified().get(1).split());
        assertTrue(second.contains("language: expected fr, got en"), second.toString());
        assertTrue(second.contains("hack_and_leak: expected not detected (only negated/hypothetical in the text),"
                + " got detected"), second.toString());
        assertTrue(second.contains("actors: expected [], got [russia]"), second.toString());
        assertTrue(second.contains("overall: not an influence-operation report but scored high (0.7)"),
                second.toString());
    }

    @Test
    void aRejectedReportCountsAsDetectingNothing() {
        LabelledArticle a = label("en-01", "tuning", "en", true, Set.of("impersonation"), "none", List.of());
        ScoreReport rejected = new io.signalcheck.ArticleScorer().rejectedReport("x", "empty", "the input is empty");
        EvaluationReport r = new Evaluator().evaluate("c", "v", List.of(a), x -> rejected);
        assertEquals(new Confusion(0, 0, 1), r.splits().get("all").signals().get("impersonation"));
        assertTrue(r.misclassified().get(0).differences().get(0).startsWith("status: expected scored, got rejected"));
    }
}
