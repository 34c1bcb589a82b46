package io.signalcheck.store;

import io.signalcheck.report.Attribution;
import io.signalcheck.report.Evidence;
import io.signalcheck.report.Indicator;
import io.signalcheck.report.Note;
import io.signalcheck.report.ReportJson;
import io.signalcheck.report.ScoreReport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bounds a report before it is stored, so an item stays far below DynamoDB's 400 KB: at most a few evidence
 * items per signal (asserted ones first, then negated/hypothetical), sentences cut to a length, a short title
 * and actor list. Scores, hits, detected flags and source counts are never changed. When anything is cut, the
 * report gains an {@code evidence_trimmed} note saying how much, so a reader knows the stored copy is partial.
 */
final class ReportTrimmer {
    static final String TRIMMED_NOTE = "evidence_trimmed";
    /** Budget for the stored report JSON; with the other attributes an item stays under ~110 KB. */
    static final int DEFAULT_MAX_JSON_BYTES = 100_000;

    /** Tighter and tighter bounds, tried in order until the report fits the budget. */
    private static final int[][] STEPS = {
        // evidence per signal, attribution evidence, sentence chars, actors
        {20, 40, 600, 50},
        {10, 20, 300, 30},
        {5, 10, 200, 20},
        {2, 4, 120, 10},
        {1, 1, 80, 5},
    };
    private static final int TITLE_CHARS = 500;
    private static final int MATCH_CHARS = 200;

    private final int maxJsonBytes;

    ReportTrimmer(int maxJsonBytes) {
        this.maxJsonBytes = maxJsonBytes;
    }

    /** The report bounded to fit; the same report object when nothing needed cutting. */
    ScoreReport trim(ScoreReport report) {
        if (report == null) {
            return null;
        }
        for (int[] step : STEPS) {
            Trimmed t = apply(report, step[0], step[1], step[2], step[3]);
            if (!t.changed()) {
                if (jsonBytes(report) <= maxJsonBytes) {
                    return report;
                }
                continue;
            }
            if (jsonBytes(t.report()) <= maxJsonBytes) {
                return t.report();
            }
        }
        // Still too large at the tightest bounds (an enormous title or input name): drop the evidence entirely.
        Trimmed last = apply(report, 0, 0, 0, 0);
        if (jsonBytes(last.report()) > maxJsonBytes) {
            throw new IllegalArgumentException("report for " + report.input() + " cannot be bounded to "
                    + maxJsonBytes + " bytes");
        }
        return last.report();
    }

    static int jsonBytes(ScoreReport report) {
        return ReportJson.toJson(report).getBytes(StandardCharsets.UTF_8).length;
    }

    private record Trimmed(ScoreReport report, boolean changed) {}

    private Trimmed apply(ScoreReport r, int perSignal, int perAttribution, int sentenceChars, int actors) {
        int[] kept = {0};
        int[] total = {0};
        boolean[] cut = {false};
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        r.indicators().forEach((signal, ind) -> {
            List<Evidence> ev = bound(ind.evidence(), perSignal, sentenceChars, kept, total, cut);
            indicators.put(signal, new Indicator(ind.score(), ind.detected(), ind.hits(), ind.disarm(), ev));
        });
        Attribution a = r.attribution();
        Attribution attribution = a;
        if (a != null) {
            List<Evidence> ev = bound(a.evidence(), perAttribution, sentenceChars, kept, total, cut);
            var actorList = a.actors().size() > actors ? a.actors().subList(0, actors) : a.actors();
            cut[0] |= actorList.size() < a.actors().size();
            attribution = new Attribution(a.score(), a.level(), a.sources(), actorList, ev);
        }
        String title = r.title();
        if (title != null && title.length() > TITLE_CHARS) {
            title = cut(title, TITLE_CHARS);
            cut[0] = true;
        }
        if (!cut[0]) {
            return new Trimmed(r, false);
        }
        List<Note> notes = new ArrayList<>();
        for (Note n : r.notes() == null ? List.<Note>of() : r.notes()) {
            if (!TRIMMED_NOTE.equals(n.code())) {
                notes.add(n);
            }
        }
        notes.add(new Note(TRIMMED_NOTE, "stored copy keeps " + kept[0] + " of " + total[0]
                + " evidence items (asserted first, at most " + perSignal + " per signal), sentences cut to "
                + sentenceChars + " characters; offsets still refer to the full extracted text"));
        ScoreReport out = new ScoreReport(r.schemaVersion(), r.rulesVersion(), r.input(), title, r.language(),
                r.languageConfidence(), r.wordCount(), r.status(), r.error(), List.copyOf(notes), r.overall(),
                indicators, attribution);
        return new Trimmed(out, true);
    }

    /** Keeps asserted evidence first, then negated/hypothetical, back in text order; cuts long sentences. */
    private static List<Evidence> bound(List<Evidence> evidence, int max, int sentenceChars, int[] kept, int[] total,
                                        boolean[] cut) {
        total[0] += evidence.size();
        List<Evidence> chosen = new ArrayList<>(evidence);
        if (chosen.size() > max) {
            chosen.sort(Comparator.comparing((Evidence e) -> e.negated() || e.hypothetical()));
            chosen = new ArrayList<>(chosen.subList(0, max));
            chosen.sort(Comparator.comparingInt(Evidence::start));
            cut[0] = true;
        }
        List<Evidence> out = new ArrayList<>(chosen.size());
        for (Evidence e : chosen) {
            String sentence = e.sentence();
            String match = e.match();
            if (sentence != null && sentence.length() > sentenceChars) {
                sentence = cut(sentence, sentenceChars);
                cut[0] = true;
            }
            if (match != null && match.length() > MATCH_CHARS) {
                match = cut(match, MATCH_CHARS);
                cut[0] = true;
            }
            out.add(new Evidence(sentence, e.start(), e.end(), match, e.rule(), e.negated(), e.hypothetical(),
                    e.kind()));
        }
        kept[0] += out.size();
        return out;
    }

    private static String cut(String s, int max) {
        if (max <= 1) {
            return "…";
        }
        int end = max - 1;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end) + "…";
    }
}
