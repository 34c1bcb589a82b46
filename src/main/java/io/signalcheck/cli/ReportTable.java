package io.signalcheck.cli;

import io.signalcheck.report.Actor;
import io.signalcheck.report.Evidence;
import io.signalcheck.report.Indicator;
import io.signalcheck.report.Note;
import io.signalcheck.report.ScoreReport;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/** The human-readable view of a report: signals, scores, top evidence, attribution summary. */
final class ReportTable {
    private static final int EVIDENCE_SHOWN = 2;
    private static final int SENTENCE_WIDTH = 110;
    private final PrintStream out;

    ReportTable(PrintStream out) {
        this.out = out;
    }

    void print(ScoreReport r) {
        out.println("== " + r.input() + (r.title() != null ? "  \"" + r.title() + "\"" : ""));
        if (r.isRejected()) {
            out.printf(Locale.ROOT, "   REJECTED  %s: %s%n%n", r.error().code(), r.error().message());
            return;
        }
        out.printf(Locale.ROOT, "   language %s (%.2f)   words %d   overall %.2f %s   rules %s%n",
                r.language(), r.languageConfidence(), r.wordCount(), r.overall().score(),
                r.overall().level().toUpperCase(Locale.ROOT), r.rulesVersion());
        for (Note n : r.notes()) {
            out.println("   note: " + n.code() + ": " + n.message());
        }
        out.printf(Locale.ROOT, "   %-22s %-9s %5s %4s  %s%n", "signal", "detected", "score", "hits", "top evidence");
        for (Map.Entry<String, Indicator> e : r.indicators().entrySet()) {
            Indicator i = e.getValue();
            out.printf(Locale.ROOT, "   %-22s %-9s %5.2f %4d  %s%n", e.getKey(), i.detected() ? "YES" : "-",
                    i.score(), i.hits(), i.evidence().isEmpty() ? "" : describe(i.evidence().get(0)));
            for (int k = 1; k < Math.min(EVIDENCE_SHOWN, i.evidence().size()); k++) {
                out.printf(Locale.ROOT, "   %-22s %-9s %5s %4s  %s%n", "", "", "", "", describe(i.evidence().get(k)));
            }
        }
        var a = r.attribution();
        out.printf(Locale.ROOT, "   attribution %s (%.2f): named %d, anonymous %d, documentary %d%n", a.level(), a.score(),
                a.sources().named(), a.sources().anonymous(), a.sources().documentary());
        for (Actor actor : a.actors()) {
            out.printf(Locale.ROOT, "     actor %s: %d mention(s), confidence %s%n", actor.name(), actor.mentions(),
                    actor.confidence());
        }
        out.println();
    }

    private static String describe(Evidence ev) {
        String flag = ev.negated() ? "[negated] " : ev.hypothetical() ? "[hypothetical] " : "";
        String s = ev.sentence().replaceAll("\\s+", " ");
        if (s.length() > SENTENCE_WIDTH) {
            s = s.substring(0, SENTENCE_WIDTH - 1) + "…";
        }
        return flag + "@" + ev.start() + " \"" + s + "\" (" + ev.rule() + ")";
    }
}
