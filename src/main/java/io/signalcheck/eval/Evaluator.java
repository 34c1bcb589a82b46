package io.signalcheck.eval;

import io.signalcheck.report.Actor;
import io.signalcheck.report.Indicator;
import io.signalcheck.report.ScoreReport;
import io.signalcheck.report.SourceCounts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Scores every labelled article once and compares the reports with the labels. */
public final class Evaluator {

    /** An article and the report the engine gave it. */
    record Scored(LabelledArticle article, ScoreReport report) {}

    public EvaluationReport evaluate(String corpusName, String rulesVersion, List<LabelledArticle> articles,
                                     Function<LabelledArticle, ScoreReport> scorer) {
        List<Scored> scored = articles.stream().map(a -> new Scored(a, scorer.apply(a))).toList();
        Map<String, SplitMetrics> splits = new LinkedHashMap<>();
        for (String split : List.of(LabelledArticle.TUNING, LabelledArticle.HELDOUT)) {
            splits.put(split, metrics(scored.stream().filter(s -> s.article().split().equals(split)).toList()));
        }
        splits.put(EvaluationReport.ALL, metrics(scored));
        List<Mismatch> misses = new ArrayList<>();
        for (Scored s : scored) {
            List<String> differences = differences(s.article(), s.report());
            if (!differences.isEmpty()) {
                misses.add(new Mismatch(s.article().id(), s.article().split(), s.article().file().toString(),
                        differences));
            }
        }
        return new EvaluationReport(corpusName, rulesVersion, splits, misses);
    }

    static SplitMetrics metrics(List<Scored> scored) {
        SignalMetrics signals = new SignalMetrics();
        Map<String, SignalMetrics> byLanguage = new TreeMap<>();
        Confusion actors = Confusion.EMPTY;
        int[] confidence = new int[2]; // matched actors, of which with the labelled confidence
        int languageRight = 0;
        int levelRight = 0;
        List<Double> operations = new ArrayList<>();
        List<Double> others = new ArrayList<>();
        for (Scored s : scored) {
            LabelledArticle a = s.article();
            ScoreReport r = s.report();
            Set<String> predicted = detectedSignals(r);
            signals.add(a.detected(), predicted);
            byLanguage.computeIfAbsent(a.language(), l -> new SignalMetrics()).add(a.detected(), predicted);
            if (a.language().equals(r.language())) {
                languageRight++;
            }
            if (a.attributionLevel().equals(attributionLevel(r))) {
                levelRight++;
            }
            actors = actors.plus(actorConfusion(a, r));
            countConfidence(a, r, confidence);
            (a.influenceOperation() ? operations : others).add(overallScore(r));
        }
        Map<String, Double> f1ByLanguage = new LinkedHashMap<>();
        byLanguage.forEach((lang, m) -> f1ByLanguage.put(lang, m.macroF1()));
        int n = scored.size();
        return new SplitMetrics(n, operations.size(), signals.ordered(), signals.macroF1(), f1ByLanguage,
                share(languageRight, n), share(levelRight, n), actors,
                confidence[0] == 0 ? null : (double) confidence[1] / confidence[0],
                RocAuc.of(operations, others).stream().boxed().findFirst().orElse(null));
    }

    /** One line per way the report differs from the label; empty when it agrees on everything measured. */
    static List<String> differences(LabelledArticle a, ScoreReport r) {
        List<String> out = new ArrayList<>();
        if (r.isRejected()) {
            out.add("status: expected scored, got rejected (" + (r.error() == null ? "?" : r.error().code()) + ")");
        }
        if (!a.language().equals(r.language())) {
            out.add("language: expected " + a.language() + ", got " + r.language());
        }
        Set<String> predicted = detectedSignals(r);
        for (String signal : new SignalMetrics().ordered().keySet()) {
            boolean expected = a.detected().contains(signal);
            if (expected != predicted.contains(signal)) {
                String why = a.mentionedOnly().contains(signal) ? " (only negated/hypothetical in the text)" : "";
                out.add(signal + ": expected " + (expected ? "detected" : "not detected") + why + ", got "
                        + (predicted.contains(signal) ? "detected" : "not detected"));
            }
        }
        String level = attributionLevel(r);
        if (!a.attributionLevel().equals(level)) {
            SourceCounts got = r.attribution() == null ? null : r.attribution().sources();
            out.add("attribution level: expected " + a.attributionLevel() + " " + counts(a.sources()) + ", got "
                    + level + (got == null ? "" : " " + counts(got)));
        }
        Set<String> expectedActors = expectedActors(a);
        Set<String> gotActors = predictedActors(r);
        if (!expectedActors.equals(gotActors)) {
            out.add("actors: expected " + expectedActors + ", got " + gotActors);
        }
        String overallLevel = r.overall() == null ? "low" : r.overall().level();
        if (a.influenceOperation() && "low".equals(overallLevel)) {
            out.add("overall: influence-operation report scored low (" + overallScore(r) + ")");
        } else if (!a.influenceOperation() && "high".equals(overallLevel)) {
            out.add("overall: not an influence-operation report but scored high (" + overallScore(r) + ")");
        }
        return out;
    }

    static Set<String> detectedSignals(ScoreReport r) {
        Set<String> out = new TreeSet<>();
        if (r.indicators() != null) {
            for (Map.Entry<String, Indicator> e : r.indicators().entrySet()) {
                if (e.getValue() != null && e.getValue().detected()) {
                    out.add(e.getKey());
                }
            }
        }
        return out;
    }

    private static Confusion actorConfusion(LabelledArticle a, ScoreReport r) {
        Set<String> expected = expectedActors(a);
        Set<String> got = predictedActors(r);
        int tp = (int) got.stream().filter(expected::contains).count();
        return new Confusion(tp, got.size() - tp, expected.size() - tp);
    }

    /** For actors found with the right name: how many also carry the labelled confidence tier. */
    private static void countConfidence(LabelledArticle a, ScoreReport r, int[] counts) {
        if (r.attribution() == null || r.attribution().actors() == null) {
            return;
        }
        for (ExpectedActor expected : a.actors()) {
            for (Actor got : r.attribution().actors()) {
                if (canonical(got.name()).equals(canonical(expected.name()))) {
                    counts[0]++;
                    if (expected.confidence().equalsIgnoreCase(String.valueOf(got.confidence()))) {
                        counts[1]++;
                    }
                    break;
                }
            }
        }
    }

    private static Set<String> expectedActors(LabelledArticle a) {
        return a.actors().stream().map(x -> canonical(x.name())).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> predictedActors(ScoreReport r) {
        if (r.attribution() == null || r.attribution().actors() == null) {
            return new TreeSet<>();
        }
        return r.attribution().actors().stream().map(Actor::name).map(Evaluator::canonical)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Actor names compare case-insensitively, ignoring surrounding space. */
    static String canonical(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    private static String attributionLevel(ScoreReport r) {
        return r.attribution() == null ? "none" : r.attribution().level();
    }

    private static double overallScore(ScoreReport r) {
        return r.overall() == null ? 0.0 : r.overall().score();
    }

    private static String counts(SourceCounts s) {
        return "(named " + s.named() + ", anonymous " + s.anonymous() + ", documentary " + s.documentary() + ")";
    }

    private static double share(int right, int total) {
        return total == 0 ? 0.0 : (double) right / total;
    }
}
