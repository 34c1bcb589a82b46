package io.signalcheck.cli;

import io.signalcheck.eval.Confusion;
import io.signalcheck.eval.EvaluationReport;
import io.signalcheck.eval.LabelledArticle;
import io.signalcheck.eval.Mismatch;
import io.signalcheck.eval.SplitMetrics;
import io.signalcheck.eval.Targets;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Human-readable rendering of an {@link EvaluationReport}: one block per split, then the misclassified articles. */
final class EvaluationTable {
    private final PrintStream out;

    EvaluationTable(PrintStream out) {
        this.out = out;
    }

    void print(EvaluationReport report) {
        SplitMetrics all = report.splits().get(EvaluationReport.ALL);
        out.printf(Locale.ROOT, "signalcheck eval: %s (%d articles), rules %s%n", report.corpus(), all.articles(),
                report.rulesVersion());
        for (Map.Entry<String, SplitMetrics> e : report.splits().entrySet()) {
            printSplit(e.getKey(), e.getValue());
        }
        SplitMetrics heldout = report.splits().get(LabelledArticle.HELDOUT);
        if (heldout != null) {
            List<String> unmet = Targets.unmet(heldout);
            out.printf(Locale.ROOT, "%nheld-out targets (macro-F1 >= %.2f, language accuracy 100%%, "
                    + "ROC AUC >= %.2f): %s%n", Targets.MIN_MACRO_F1, Targets.MIN_AUC,
                    unmet.isEmpty() ? "met" : "not met: " + String.join("; ", unmet));
        }
        out.printf(Locale.ROOT, "%n== misclassified: %d articles differ from their labels"
                + " (held-out misses are listed only with --show-heldout-errors)%n", report.misclassified().size());
        for (Mismatch m : report.misclassified()) {
            out.printf(Locale.ROOT, "%s [%s]%n", m.id(), m.split());
            for (String d : m.differences()) {
                out.println("    " + d);
            }
        }
    }

    private void printSplit(String name, SplitMetrics m) {
        out.printf(Locale.ROOT, "%n== %s: %d articles, %d influence-operation reports%n", name, m.articles(),
                m.influenceOperations());
        out.printf(Locale.ROOT, "  %-22s %4s %4s %4s %10s %7s %6s%n", "signal", "TP", "FP", "FN", "precision",
                "recall", "F1");
        for (Map.Entry<String, Confusion> e : m.signals().entrySet()) {
            Confusion c = e.getValue();
            out.printf(Locale.ROOT, "  %-22s %4d %4d %4d %10.3f %7.3f %6.3f%n", e.getKey(), c.tp(), c.fp(), c.fn(),
                    c.precision(), c.recall(), c.f1());
        }
        String byLanguage = m.macroF1ByLanguage().entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.3f", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
        out.printf(Locale.ROOT, "  macro-F1 %.3f (%s)%n", m.macroF1(), byLanguage);
        out.printf(Locale.ROOT, "  language accuracy %.1f%%   attribution-level accuracy %.1f%%%n",
                100 * m.languageAccuracy(), 100 * m.attributionLevelAccuracy());
        out.printf(Locale.ROOT, "  actors precision %.3f recall %.3f (TP %d, FP %d, FN %d), confidence tier right %s%n",
                m.actors().precision(), m.actors().recall(), m.actors().tp(), m.actors().fp(), m.actors().fn(),
                m.actorConfidenceAccuracy() == null ? "n/a"
                        : String.format(Locale.ROOT, "%.1f%%", 100 * m.actorConfidenceAccuracy()));
        out.printf(Locale.ROOT, "  ROC AUC of overall score %s%n",
                m.auc() == null ? "n/a (needs both kinds of article)" : String.format(Locale.ROOT, "%.3f", m.auc()));
    }
}
