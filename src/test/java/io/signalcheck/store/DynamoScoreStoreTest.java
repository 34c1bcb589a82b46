package io.signalcheck.store;

import static io.signalcheck.store.SampleReports.meta;
import static io.signalcheck.store.SampleReports.report;
import static io.signalcheck.store.SampleReports.stored;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signalcheck.report.ScoreReport;
import io.signalcheck.signals.Signal;
import io.signalcheck.testing.LocalServers;
import io.signalcheck.testing.ReportSchema;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** DynamoScoreStore against a real dynalite: one fresh table per test. */
class DynamoScoreStoreTest {
    private static final AtomicInteger TABLES = new AtomicInteger();
    private static final Instant T0 = Instant.parse("2026-11-02T08:00:00Z");

    private DynamoDbClient dynamo;
    private String table;
    private DynamoScoreStore store;

    @BeforeEach
    void freshTable() {
        dynamo = LocalServers.dynamoClient();
        table = "scores-" + TABLES.incrementAndGet() + "-" + System.nanoTime();
        ScoresTable.create(dynamo, table);
        store = new DynamoScoreStore(dynamo, table);
    }

    private static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void storesAndReadsBackTheLatestScoreOfAKey() {
        ScoreReport r = report("articles/2026/rapport élection.html", "fr", 0.72, Set.of(Signal.AI_GENERATED_MEDIA));
        StoredScore s = stored("articles/2026/rapport élection.html", "0055AED6DCD90281E5", at(0), r);
        assertEquals(WriteOutcome.WRITTEN, store.putScore(s));

        StoredScore back = store.get("articles/2026/rapport élection.html").orElseThrow();
        assertEquals(s.object(), back.object());
        assertEquals("scored", back.status());
        assertEquals(at(0), back.scoredAt());
        assertEquals("test-rules-1", back.rulesVersion());
        assertFalse(back.deleted());
        assertEquals(r, back.report());
        assertTrue(store.get("never/seen.html").isEmpty());
    }

    @Test
    void listsNewestFirstWithSummaries() {
        put("a.html", "01", at(1), "en", 0.2, Set.of());
        put("b.html", "01", at(3), "fr", 0.9, Set.of(Signal.HACK_AND_LEAK, Signal.ELECTION_TARGETING));
        put("c.html", "01", at(2), "de", 0.5, Set.of());

        ScorePage page = store.list(new ScoreQuery(null, null, null, null, 10, null));
        assertEquals(List.of("b.html", "c.html", "a.html"), keys(page));
        assertNull(page.nextCursor());
        ScoreSummary b = page.items().get(0);
        assertEquals(at(3), b.scoredAt());
        assertEquals("scored", b.status());
        assertEquals("fr", b.language());
        assertEquals(0.9, b.overallScore());
        assertEquals("high", b.overallLevel());
        assertEquals(List.of("hack_and_leak", "election_targeting"), b.detectedSignals());
        assertEquals("mixed", b.attributionLevel());
    }

    @Test
    void listsByLanguage() {
        put("fr1.html", "01", at(1), "fr", 0.3, Set.of());
        put("en1.html", "01", at(2), "en", 0.3, Set.of());
        put("fr2.html", "01", at(3), "fr", 0.3, Set.of());
        assertEquals(List.of("fr2.html", "fr1.html"), keys(store.list(new ScoreQuery("fr", null, null, null, 10, null))));
        assertEquals(List.of("en1.html"), keys(store.list(new ScoreQuery("en", null, null, null, 10, null))));
        assertEquals(List.of(), keys(store.list(new ScoreQuery("es", null, null, null, 10, null))));
    }

    @Test
    void listsByDetectedSignalOnlyAndCombinesWithLanguage() {
        put("leak-fr.html", "01", at(1), "fr", 0.8, Set.of(Signal.HACK_AND_LEAK));
        put("bots-en.html", "01", at(2), "en", 0.7, Set.of(Signal.INAUTHENTIC_ACCOUNTS));
        put("both-en.html", "01", at(3), "en", 0.9, Set.of(Signal.HACK_AND_LEAK, Signal.INAUTHENTIC_ACCOUNTS));
        put("none-en.html", "01", at(4), "en", 0.1, Set.of()); // its evidence mentions leaks, but not detected

        assertEquals(List.of("both-en.html", "leak-fr.html"),
                keys(store.list(new ScoreQuery(null, "hack_and_leak", null, null, 10, null))));
        assertEquals(List.of("both-en.html"),
                keys(store.list(new ScoreQuery("en", "hack_and_leak", null, null, 10, null))));
        assertEquals(List.of(), keys(store.list(new ScoreQuery(null, "impersonation", null, null, 10, null))));
        assertThrows(IllegalArgumentException.class,
                () -> store.list(new ScoreQuery(null, "telepathy", null, null, 10, null)));
    }

    @Test
    void filtersByMinScoreAndSince() {
        put("old-high.html", "01", at(1), "en", 0.9, Set.of());
        put("new-low.html", "01", at(5), "en", 0.2, Set.of());
        put("new-high.html", "01", at(6), "en", 0.75, Set.of());
        assertEquals(List.of("new-high.html", "old-high.html"),
                keys(store.list(new ScoreQuery(null, null, 0.7, null, 10, null))));
        assertEquals(List.of("new-high.html", "new-low.html"),
                keys(store.list(new ScoreQuery(null, null, null, at(5), 10, null))));
        assertEquals(List.of("new-high.html"), keys(store.list(new ScoreQuery(null, null, 0.7, at(2), 10, null))));
    }

    @Test
    void paginatesOverMoreThanTwoPagesWithNothingLostOrRepeated() {
        List<String> expected = new ArrayList<>();
        List<String> expectedHigh = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            String key = String.format("page/%02d.html", i);
            double score = i % 3 == 0 ? 0.8 : 0.3;
            put(key, "0A", at(i), i % 2 == 0 ? "fr" : "en", score, Set.of());
            expected.add(0, key);
            if (score > 0.5) {
                expectedHigh.add(0, key);
            }
        }
        assertEquals(expected, readAll(new ScoreQuery(null, null, null, null, 5, null), 5));
        // with a filter that discards two items in three, pages are still filled
        assertEquals(expectedHigh, readAll(new ScoreQuery(null, null, 0.5, null, 3, null), 3));
    }

    /** Follows cursors to the end; every page but the last is full. */
    private List<String> readAll(ScoreQuery first, int limit) {
        List<String> all = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            ScorePage page = store.list(new ScoreQuery(first.language(), first.signal(), first.minScore(),
                    first.since(), limit, cursor));
            pages++;
            if (page.nextCursor() != null) {
                assertEquals(limit, page.items().size(), "a page before the last must be full");
            }
            all.addAll(keys(page));
            cursor = page.nextCursor();
        } while (cursor != null);
        assertTrue(pages > 2, "expected more than two pages, got " + pages);
        assertEquals(all.size(), new HashSet<>(all).size(), "an item was repeated");
        return all;
    }

    @Test
    void rejectsATamperedOrForeignCursor() {
        for (int i = 0; i < 4; i++) {
            put("k" + i + ".html", "01", at(i), "fr", 0.3, Set.of());
        }
        String cursor = store.list(new ScoreQuery(null, null, null, null, 2, null)).nextCursor();
        assertThrows(IllegalArgumentException.class,
                () -> store.list(new ScoreQuery(null, null, null, null, 2, "not-a-cursor!")));
        assertThrows(IllegalArgumentException.class,
                () -> store.list(new ScoreQuery("fr", null, null, null, 2, cursor)));
        assertThrows(IllegalArgumentException.class,
                () -> store.list(new ScoreQuery(null, null, null, null, 0, null)));
        assertThrows(IllegalArgumentException.class,
                () -> store.list(new ScoreQuery("", null, null, null, 2, null)));
        assertThrows(IllegalArgumentException.class,
                () -> store.list(new ScoreQuery(null, null, Double.NaN, null, 2, null)));
    }

    @Test
    void aDuplicateEventWritesNothingNew() {
        ScoreReport first = report("dup.html", "en", 0.4, Set.of());
        assertEquals(WriteOutcome.WRITTEN, store.putScore(stored("dup.html", "0055AED6DCD90281E5", at(1), first)));
        ScoreReport again = report("dup.html", "en", 0.9, Set.of(Signal.IMPERSONATION));
        assertEquals(WriteOutcome.DUPLICATE,
                store.putScore(stored("dup.html", "0055aed6dcd90281e5", at(2), again)));
        StoredScore back = store.get("dup.html").orElseThrow();
        assertEquals(at(1), back.scoredAt());
        assertEquals(first, back.report());
    }

    @Test
    void anOlderEventNeverOverwritesANewerOne() {
        // "0100" < "FF" once right-padded ("FF00"), as the S3 user guide compares sequencers of different lengths
        ScoreReport newer = report("order.html", "en", 0.8, Set.of(Signal.HACK_AND_LEAK));
        assertEquals(WriteOutcome.WRITTEN, store.putScore(stored("order.html", "FF", at(5), newer)));
        ScoreReport older = report("order.html", "en", 0.1, Set.of());
        assertEquals(WriteOutcome.STALE, store.putScore(stored("order.html", "0100", at(6), older)));
        assertEquals(newer, store.get("order.html").orElseThrow().report());
        assertEquals(List.of("order.html"), keys(store.list(new ScoreQuery(null, "hack_and_leak", null, null, 5, null))));

        ScoreReport newest = report("order.html", "en", 0.2, Set.of());
        assertEquals(WriteOutcome.WRITTEN, store.putScore(stored("order.html", "FF01", at(7), newest)));
        assertEquals(newest, store.get("order.html").orElseThrow().report());
        // the index entry of the replaced version is gone with it
        assertEquals(List.of(), keys(store.list(new ScoreQuery(null, "hack_and_leak", null, null, 5, null))));
        assertEquals(List.of("order.html"), keys(store.list(new ScoreQuery(null, null, null, null, 5, null))));
    }

    @Test
    void aDeleteFollowedByALateOlderCreateDoesNotResurrect() {
        put("gone.html", "10", at(1), "de", 0.5, Set.of(Signal.ELECTION_TARGETING));
        assertEquals(WriteOutcome.WRITTEN, store.markDeleted(meta("gone.html", "20"), at(3)));
        assertEquals(WriteOutcome.DUPLICATE, store.markDeleted(meta("gone.html", "20"), at(4)));
        assertEquals(WriteOutcome.STALE,
                store.putScore(stored("gone.html", "10", at(5), report("gone.html", "de", 0.5, Set.of()))));
        assertEquals(WriteOutcome.STALE,
                store.putScore(stored("gone.html", "18", at(5), report("gone.html", "de", 0.5, Set.of()))));

        StoredScore tomb = store.get("gone.html").orElseThrow();
        assertTrue(tomb.deleted());
        assertEquals("deleted", tomb.status());
        assertEquals("20", tomb.object().sequencer());
        assertNull(tomb.report());
        assertEquals(List.of(), keys(store.list(new ScoreQuery(null, null, null, null, 5, null))));
        assertEquals(List.of(), keys(store.list(new ScoreQuery("de", null, null, null, 5, null))));
        assertEquals(List.of(), keys(store.list(new ScoreQuery(null, "election_targeting", null, null, 5, null))));

        // a genuinely newer upload after the delete brings the key back
        assertEquals(WriteOutcome.WRITTEN,
                store.putScore(stored("gone.html", "21", at(6), report("gone.html", "de", 0.5, Set.of()))));
        assertFalse(store.get("gone.html").orElseThrow().deleted());
        assertEquals(List.of("gone.html"), keys(store.list(new ScoreQuery(null, null, null, null, 5, null))));
    }

    @Test
    void concurrentWritersInAnyOrderLeaveTheNewestEvent() throws Exception {
        List<Integer> sequencers = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            sequencers.add(i);
        }
        java.util.Collections.shuffle(sequencers, new java.util.Random(7));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<WriteOutcome>> outcomes = new ArrayList<>();
            for (int seq : sequencers) {
                String hex = String.format("%04x", seq); // one width: right- and left-padding agree
                outcomes.add(pool.submit(() -> seq % 7 == 0
                        ? store.markDeleted(meta("race.html", hex), at(seq))
                        : store.putScore(stored("race.html", hex, at(seq), report("race.html", "en", seq / 100.0, Set.of())))));
            }
            for (var f : outcomes) {
                f.get(); // no write may fail outright
            }
        } finally {
            pool.shutdown();
        }
        StoredScore last = store.get("race.html").orElseThrow();
        assertEquals(String.format("%04x", 40), last.object().sequencer());
        assertFalse(last.deleted());
        assertEquals(0.4, last.report().overall().score());
        assertEquals(List.of("race.html"), keys(store.list(new ScoreQuery(null, null, null, null, 5, null))));
    }

    @Test
    void anOlderDeleteArrivingLateIsStale() {
        put("kept.html", "30", at(2), "en", 0.5, Set.of());
        assertEquals(WriteOutcome.STALE, store.markDeleted(meta("kept.html", "2F"), at(3)));
        assertFalse(store.get("kept.html").orElseThrow().deleted());
    }

    @Test
    void aHugeReportIsTrimmedFarBelowTheItemLimitAndSaysSo() {
        // 5 signals x 400 evidence x 3,000 chars: about 6 MB of JSON before trimming
        ScoreReport huge = report("huge.html", "fr", 0.95, Set.of(Signal.values()), 400, 3000);
        assertTrue(ReportTrimmer.jsonBytes(huge) > 5_000_000);
        assertEquals(WriteOutcome.WRITTEN, store.putScore(stored("huge.html", "01", at(1), huge)));

        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table)
                .key(Map.of(ScoresTable.PK, AttributeValue.fromS("huge.html")))).item();
        int reportBytes = Integer.parseInt(item.get("reportBytes").n());
        assertTrue(reportBytes <= ReportTrimmer.DEFAULT_MAX_JSON_BYTES, "report bytes " + reportBytes);
        assertTrue(item.get("evidenceTrimmed").bool());

        ScoreReport back = store.get("huge.html").orElseThrow().report();
        ReportSchema.assertValid(back); // the trimmed copy is still a valid report
        assertTrue(back.notes().stream().anyMatch(n -> n.code().equals("evidence_trimmed")));
        for (Signal s : Signal.values()) {
            assertTrue(back.indicators().get(s.id()).detected());
            assertEquals(400, back.indicators().get(s.id()).hits(), "hits are counted before trimming");
            assertFalse(back.indicators().get(s.id()).evidence().isEmpty());
        }
        assertEquals(huge.overall(), back.overall());
    }

    @Test
    void creatingTheTableTwiceIsANoOp() {
        ScoresTable.create(dynamo, table);
        put("still-here.html", "01", at(1), "en", 0.3, Set.of());
        ScoresTable.create(dynamo, table);
        assertTrue(store.get("still-here.html").isPresent());
    }

    private void put(String key, String seq, Instant at, String lang, double overall, Set<Signal> detected) {
        assertEquals(WriteOutcome.WRITTEN, store.putScore(stored(key, seq, at, report(key, lang, overall, detected))));
    }

    private static List<String> keys(ScorePage page) {
        return page.items().stream().map(ScoreSummary::key).toList();
    }
}
