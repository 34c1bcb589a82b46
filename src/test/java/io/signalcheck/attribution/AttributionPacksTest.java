package io.signalcheck.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signalcheck.report.Actor;
import io.signalcheck.report.Attribution;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The packs' own examples: every rule's positive sentences fire and count, its negative ones do not fire. */
class AttributionPacksTest {
    private static final Map<String, AttributionPack> PACKS = new PackLoader().loadAll();
    private static final AttributionAnalyzer ANALYZER = new AttributionAnalyzer();

    @Test
    void theFourLanguagesAreLoaded() {
        assertEquals(List.of("fr", "en", "de", "es"), List.copyOf(PACKS.keySet()));
    }

    @Test
    void everyRuleHasPositiveAndNegativeExamplesAndEveryKindIsCovered() {
        for (AttributionPack pack : PACKS.values()) {
            for (SourceRule r : pack.sources()) {
                assertFalse(r.positive().isEmpty(), r.id() + " has no positive example");
                assertFalse(r.negative().isEmpty(), r.id() + " has no negative example");
                assertTrue(r.id().startsWith(pack.language() + "."), r.id() + " is not prefixed by its language");
            }
            for (SourceKind kind : SourceKind.values()) {
                assertTrue(pack.sources().stream().anyMatch(r -> r.kind() == kind), pack.language() + " lacks " + kind);
            }
            assertTrue(pack.actorExamples().size() >= 6, pack.language() + " needs actor examples");
            for (ConfidenceTier tier : ConfidenceTier.values()) {
                assertTrue(pack.actorExamples().stream().anyMatch(e -> e.expect().containsValue(tier.id())),
                        pack.language() + " has no actor example at tier " + tier.id());
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> sourceRuleExamples() {
        List<DynamicTest> tests = new ArrayList<>();
        for (AttributionPack pack : PACKS.values()) {
            for (SourceRule rule : pack.sources()) {
                for (String s : rule.positive()) {
                    tests.add(DynamicTest.dynamicTest(rule.id() + " + " + s, () -> {
                        assertTrue(SourceFinder.fires(rule, pack, s), rule.id() + " should fire on: " + s);
                        Attribution a = ANALYZER.analyze(Texts.of(pack.language(), s));
                        int count = switch (rule.kind()) {
                            case NAMED -> a.sources().named();
                            case ANONYMOUS -> a.sources().anonymous();
                            case DOCUMENTARY -> a.sources().documentary();
                        };
                        assertTrue(count >= 1, "no " + rule.kind().id() + " source counted in: " + s + " -> " + a);
                    }));
                }
                for (String s : rule.negative()) {
                    tests.add(DynamicTest.dynamicTest(rule.id() + " - " + s, () ->
                            assertFalse(SourceFinder.fires(rule, pack, s), rule.id() + " should not fire on: " + s)));
                }
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> actorExamples() {
        List<DynamicTest> tests = new ArrayList<>();
        for (AttributionPack pack : PACKS.values()) {
            for (PackFile.ActorExample e : pack.actorExamples()) {
                tests.add(DynamicTest.dynamicTest(pack.language() + ": " + e.text(), () -> {
                    Attribution a = ANALYZER.analyze(Texts.of(pack.language(), e.text()));
                    Map<String, String> got = new TreeMap<>();
                    for (Actor actor : a.actors()) {
                        got.put(actor.name(), actor.confidence());
                    }
                    assertEquals(new TreeMap<>(e.expect()), got, "actors in: " + e.text() + " evidence " + a.evidence());
                }));
            }
        }
        return tests.stream();
    }
}
