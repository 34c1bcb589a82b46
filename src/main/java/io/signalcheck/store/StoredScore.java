package io.signalcheck.store;

import io.signalcheck.report.ScoreReport;
import java.time.Instant;

/**
 * One item of the scores table: the latest known state of an object key. {@code deleted} marks a tombstone
 * left by an ObjectRemoved event (it keeps the sequencer so a late, older create cannot resurrect the key);
 * a tombstone's report may be null.
 */
public record StoredScore(ObjectMeta object, String status, Instant scoredAt, String rulesVersion, boolean deleted,
                          ScoreReport report) {}
