package io.signalcheck.store;

import java.time.Instant;
import java.util.List;

/** A list entry of {@code GET /scores}: enough to pick what to open, without the evidence. */
public record ScoreSummary(String key, Instant scoredAt, String status, String language, double overallScore,
                           String overallLevel, List<String> detectedSignals, String attributionLevel) {}
