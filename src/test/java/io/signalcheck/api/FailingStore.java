package io.signalcheck.api;

import io.signalcheck.store.ObjectMeta;
import io.signalcheck.store.ScorePage;
import io.signalcheck.store.ScoreQuery;
import io.signalcheck.store.ScoreStore;
import io.signalcheck.store.StoredScore;
import io.signalcheck.store.WriteOutcome;
import java.time.Instant;
import java.util.Optional;

/** A store whose every call fails unexpectedly, for the 500 path when no real outage is at hand. */
final class FailingStore implements ScoreStore {
    @Override
    public WriteOutcome putScore(StoredScore score) {
        throw new IllegalStateException("store failure for the test");
    }

    @Override
    public WriteOutcome markDeleted(ObjectMeta object, Instant at) {
        throw new IllegalStateException("store failure for the test");
    }

    @Override
    public Optional<StoredScore> get(String key) {
        throw new IllegalStateException("store failure for the test");
    }

    @Override
    public ScorePage list(ScoreQuery query) {
        throw new IllegalStateException("store failure for the test");
    }
}
