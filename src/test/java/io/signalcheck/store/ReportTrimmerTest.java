package io.signalcheck.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signalcheck.report.Evidence;
import io.signalcheck.report.Indicator;
import io.signalcheck.report.ScoreReport;
import io.signalcheck.signals.Signal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportTrimmerTest {
    private final ReportTrimmer trimmer = new ReportTrimmer(ReportTrimmer.DEFAULT_MAX_JSON_BYTES);

    @Test
    void leavesASmallReportUntouched() {
        ScoreReport r = SampleReports.report("small.html", "en", 0.5, Set.of(Signal.HACK_AND_LEAK), 3, 200);
        assertSame(r, trimmer.trim(r));
    }

    @Test
    void boundsEvidenceKeepingAssertedFirstInTextOrder() {
        // 30 items per signal, every third negated: the 20 kept are the asserted ones first
        ScoreReport r = SampleReports.report("many.html", "fr", 0.9, Set.of(Signal.values()), 30, 100);
        ScoreReport t = trimmer.trim(r);
        Indicator ind = t.indicators().get("hack_and_leak");
        assertEquals(20, ind.evidence().size());
        assertTrue(ind.evidence().stream().noneMatch(Evidence::negated));
        List<Integer> starts = ind.evidence().stream().map(Evidence::start).toList();
        assertEquals(starts.stream().sorted().toList(), starts);
        assertEquals(30, ind.hits());
        assertTrue(t.notes().stream().anyMatch(n -> n.code().equals(ReportTrimmer.TRIMMED_NOTE)
                && n.message().contains("of " + (30 * 5 + 1))));
    }

    @Test
    void tightensUntilTheBudgetIsMet() {
        ScoreReport r = SampleReports.report("long.html", "de", 0.9, Set.of(Signal.values()), 200, 5000);
        ReportTrimmer small = new ReportTrimmer(20_000);
        ScoreReport t = small.trim(r);
        assertTrue(ReportTrimmer.jsonBytes(t) <= 20_000, "bytes " + ReportTrimmer.jsonBytes(t));
        assertEquals(r.overall(), t.overall());
        assertEquals(r.attribution().sources(), t.attribution().sources());
        // trimming a trimmed report again does not stack notes
        assertEquals(1, small.trim(t).notes().stream().filter(n -> n.code().equals(ReportTrimmer.TRIMMED_NOTE)).count());
    }
}
