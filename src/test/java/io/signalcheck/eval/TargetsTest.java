package io.signalcheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetsTest {
    static SplitMetrics metrics(double macroF1, double languageAccuracy, Double auc) {
        return new SplitMetrics(6, 3, Map.of(), macroF1, Map.of(), languageAccuracy, 1.0, Confusion.EMPTY, null, auc);
    }

    @Test
    void figuresAtTheTargetsMeetThem() {
        assertEquals(List.of(), Targets.unmet(metrics(0.90, 1.0, 0.95)));
    }

    @Test
    void eachMissedTargetIsNamedWithItsFigure() {
        assertEquals(List.of("macro-F1 0.899 < 0.90", "language accuracy 83.3% < 100%", "ROC AUC 0.940 < 0.95"),
                Targets.unmet(metrics(0.899, 5.0 / 6, 0.94)));
    }

    @Test
    void anUndefinedAucMissesItsTarget() {
        assertEquals(1, Targets.unmet(metrics(1.0, 1.0, null)).size());
    }
}
