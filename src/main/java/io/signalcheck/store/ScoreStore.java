package io.signalcheck.store;

import java.time.Instant;
import java.util.Optional;

/**
 * Persistence of scores (DynamoDB in production, dynalite locally). Writes are idempotent and ordered by the
 * S3 event sequencer. Transient failures surface as exceptions (SdkException), so Lambda retries.
 */
public interface ScoreStore {
    /** Stores a score unless an equal or newer sequencer is already stored for the key. */
    WriteOutcome putScore(StoredScore score);

    /** Leaves a tombstone for the key unless a newer event is already stored. */
    WriteOutcome markDeleted(ObjectMeta object, Instant at);

    /** The latest state of a key (a tombstone included), or empty when never seen. */
    Optional<StoredScore> get(String key);

    /** Non-deleted scores, newest first, filtered, one page; served by queries, never a table Scan. */
    ScorePage list(ScoreQuery query);
}
