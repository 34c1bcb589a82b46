package io.signalcheck.store;

/** What a conditional write did: stored, skipped as a duplicate of the same event, or skipped as older. */
public enum WriteOutcome { WRITTEN, DUPLICATE, STALE }
