package io.signalcheck.store;

import java.util.List;

/** One page of summaries, newest first; {@code nextCursor} is null on the last page. */
public record ScorePage(List<ScoreSummary> items, String nextCursor) {}
