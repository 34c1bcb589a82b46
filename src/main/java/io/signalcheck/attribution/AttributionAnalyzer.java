package io.signalcheck.attribution;

import io.signalcheck.report.Actor;
import io.signalcheck.report.Attribution;
import io.signalcheck.report.Evidence;
import io.signalcheck.report.SourceCounts;
import io.signalcheck.text.AnalyzedText;
import io.signalcheck.text.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Attribution of a text (BRIEF section 2): how its claims are sourced (named / anonymous / documentary, distinct
 * sources counted, level and score) and which actors it blames for an operation, with what confidence.
 * Rules come from the packs under {@code src/main/resources/attribution}, compiled once here; thread-safe.
 */
public final class AttributionAnalyzer {
    /** Evidence kept per report, so that a stored item stays small whatever the article's length. */
    public static final int MAX_EVIDENCE = 20;

    private final Map<String, AttributionPack> packs;

    public AttributionAnalyzer() {
        this(new PackLoader().loadAll());
    }

    /** With packs built elsewhere (a benchmark leaving rules out). */
    AttributionAnalyzer(Map<String, AttributionPack> packs) {
        this.packs = Map.copyOf(packs);
    }

    /** Languages with a pack (fr, en, de, es and whatever common.json lists). */
    public Set<String> languages() {
        return packs.keySet();
    }

    public Attribution analyze(AnalyzedText text) {
        AttributionPack pack = packs.get(text.language());
        if (pack == null) {
            return Attribution.none();
        }
        WordStarts wordStarts = new WordStarts();
        SourceFinder sourceFinder = new SourceFinder(pack, wordStarts);
        ActorFinder actorFinder = new ActorFinder(pack, wordStarts);
        SourceTally tally = new SourceTally();
        List<Found> found = new ArrayList<>();
        Map<String, ActorTotals> actors = new LinkedHashMap<>();
        // both foldings map char for char, so the whole text is folded once and each sentence cut from it
        String foldedText = TextFolding.forMatching(text.text());
        char[] foldedChars = foldedText.toCharArray();
        NeedleMemo memo = new NeedleMemo(pack.gateWords());
        for (Sentence s : text.sentences()) {
            boolean inText = fitsText(text.text(), s);
            String matching = inText ? foldedText.substring(s.start(), s.end()) : TextFolding.forMatching(s.text());
            if (inText) {
                memo.on(foldedChars, s.start(), s.end());
            } else {
                memo.on(LiteralGate.lower(matching));
            }
            for (SourceMention m : sourceFinder.find(matching, memo, s.start())) {
                tally.add(m);
                found.add(new Found(s, m.start(), m.end(), m.rule(), false, m.kind().id(), m, null));
            }
            for (ActorMention a : actorFinder.find(matching, memo, s.start())) {
                actors.computeIfAbsent(a.actor(), ActorTotals::new).add(a);
                found.add(new Found(s, a.start(), a.end(), a.rule(), a.negated(), "actor", null, a.actor()));
            }
        }
        SourceCounts counts = tally.counts();
        List<Actor> actorList = new ArrayList<>();
        actors.values().stream()
                .filter(t -> t.mentions > 0)
                .sorted(Comparator.comparingInt((ActorTotals t) -> -t.mentions))
                .forEach(t -> actorList.add(new Actor(t.name, t.mentions, t.tier().id())));
        return new Attribution(SourcingLevel.score(counts), SourcingLevel.level(counts), counts, actorList,
                evidence(text.text(), found, tally));
    }

    private static boolean fitsText(String text, Sentence s) {
        return s.start() >= 0 && s.end() <= text.length() && s.start() <= s.end();
    }

    /**
     * One thing found, before it becomes evidence: {@code source} set for sources, {@code actor} for actors. Its
     * words are cut from the text only if it is chosen as evidence (at most {@link #MAX_EVIDENCE} of hundreds).
     */
    private record Found(Sentence sentence, int start, int end, String rule, boolean negated, String kind,
                         SourceMention source, String actor) {
        /** The matched words as they stand in the sentence ({@code text} when the sentence lies in it). */
        String match(String text) {
            if (fitsText(text, sentence)) {
                return text.substring(start, end);
            }
            return sentence.text().substring(start - sentence.start(), end - sentence.start());
        }
    }

    /** Counted (non-negated) mentions of one actor and the tier its wording earns. */
    private static final class ActorTotals {
        final String name;
        int mentions;
        ConfidenceTier explicit;

        ActorTotals(String name) {
            this.name = name;
        }

        void add(ActorMention a) {
            if (a.negated()) {
                return;
            }
            mentions++;
            if (a.explicit() && (explicit == null || a.tier().compareTo(explicit) > 0)) {
                explicit = a.tier();
            }
        }

        /** The strongest explicit wording wins; only flat assertions (no wording at all) give moderate. */
        ConfidenceTier tier() {
            return explicit == null ? ConfidenceTier.MODERATE : explicit;
        }
    }

    /**
     * At most {@link #MAX_EVIDENCE} items, chosen in this order: each actor's first counted mention, each actor's
     * first negated mention, the first mention of each distinct source, then further mentions in text order.
     * The chosen items are output in text order.
     */
    private static List<Evidence> evidence(String text, List<Found> found, SourceTally tally) {
        List<Found> firsts = new ArrayList<>();
        // actors first: they are few, and an actor must not lose its only evidence to a long list of sources
        Set<String> actorSeen = new HashSet<>();
        for (boolean negatedPass : new boolean[] {false, true}) {
            for (Found f : found) {
                if (f.actor() != null && f.negated() == negatedPass && actorSeen.add(f.actor() + negatedPass)) {
                    firsts.add(f);
                }
            }
        }
        // each found item by its source mention: searching the whole list per source was quadratic in long texts
        Map<SourceMention, Found> bySource = new IdentityHashMap<>();
        for (Found f : found) {
            if (f.source() != null) {
                bySource.putIfAbsent(f.source(), f);
            }
        }
        for (SourceTally.Source s : tally.sources()) {
            Found first = bySource.get(s.mentions().get(0));
            if (first != null) {
                firsts.add(first);
            }
        }
        List<Found> chosen = new ArrayList<>();
        for (Found f : firsts) {
            if (chosen.size() < MAX_EVIDENCE && !chosen.contains(f)) {
                chosen.add(f);
            }
        }
        for (Found f : found) {
            if (chosen.size() < MAX_EVIDENCE && !chosen.contains(f)) {
                chosen.add(f);
            }
        }
        chosen.sort(Comparator.comparingInt(Found::start).thenComparing(Found::rule));
        List<Evidence> out = new ArrayList<>();
        for (Found f : chosen) {
            Sentence s = f.sentence();
            out.add(new Evidence(s.text(), s.start(), s.end(), f.match(text), f.rule(), f.negated(), false, f.kind()));
        }
        return out;
    }
}
