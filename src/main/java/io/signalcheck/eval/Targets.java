package io.signalcheck.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The held-out targets of the scoring issue: macro-F1 >= 0.90 over the five signals, language accuracy 100%,
 * ROC AUC >= 0.95. The eval command only reports them; a test asserts them once the engine is in place.
 */
public final class Targets {
    public static final double MIN_MACRO_F1 = 0.90;
    public static final double MIN_LANGUAGE_ACCURACY = 1.0;
    public static final double MIN_AUC = 0.95;

    private Targets() {}

    /** One line per target the figures miss; empty when all are met. An undefined AUC misses its target. */
    public static List<String> unmet(SplitMetrics m) {
        List<String> out = new ArrayList<>();
        if (m.macroF1() < MIN_MACRO_F1) {
            out.add(String.format(Locale.ROOT, "macro-F1 %.3f < %.2f", m.macroF1(), MIN_MACRO_F1));
        }
        if (m.languageAccuracy() < MIN_LANGUAGE_ACCURACY) {
            out.add(String.format(Locale.ROOT, "language accuracy %.1f%% < 100%%", 100 * m.languageAccuracy()));
        }
        if (m.auc() == null) {
            out.add("ROC AUC undefined (needs influence-operation reports and other articles)");
        } else if (m.auc() < MIN_AUC) {
            out.add(String.format(Locale.ROOT, "ROC AUC %.3f < %.2f", m.auc(), MIN_AUC));
        }
        return out;
    }
}
