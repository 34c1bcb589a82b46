package io.signalcheck.attribution;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** One language's compiled attribution rules: what the finders run on. Built once by {@link PackLoader}. */
record AttributionPack(
        String language,
        List<SourceRule> sources,
        Set<String> notNames,
        Set<String> keyStopwords,
        List<ActorPattern> actors,
        List<Cue> operations,
        List<Cue> blame,
        List<Cue> confidence,
        List<Cue> negation,
        Pattern clauseBreak,
        StartFilter clauseBreakStarts,
        BranchFilter clauseBreakBranches,
        int adjacentBefore,
        int adjacentAfter,
        Pattern adjacencyBlockers,
        List<PackFile.ActorExample> actorExamples,
        SentenceGate sourcesGate,
        SentenceGate operationsGate,
        boolean operationsHaveOpenGate,
        NeedleScanner gateWords) {}
