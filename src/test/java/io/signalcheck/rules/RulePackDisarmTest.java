package io.signalcheck.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.signalcheck.signals.Signal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every DISARM id in every pack exists in the shared DISARM red techniques CSV and suits its signal (BRIEF §2). */
class RulePackDisarmTest {
    private static final Map<Signal, Set<String>> BRIEF_IDS = new EnumMap<>(Map.of(
            Signal.AI_GENERATED_MEDIA, Set.of("T0086.002", "T0087.001", "T0088.001", "T0145.002"),
            Signal.INAUTHENTIC_ACCOUNTS, Set.of("T0143.002", "T0097.101", "T0146.007", "T0150.008", "T0093.002", "T0049.003"),
            Signal.IMPERSONATION, Set.of("T0143.003", "T0097.202", "T0097.102", "T0098", "T0146.005", "T0149.003"),
            Signal.HACK_AND_LEAK, Set.of("T0089", "T0089.001", "T0150.005"),
            Signal.ELECTION_TARGETING, Set.of("T0072.005", "T0136.006", "T0139")));

    static Set<String> techniqueIds() throws IOException {
        String dir = System.getProperty("signalcheck.shared.dir");
        if (dir == null || dir.isBlank()) {
            fail("system property signalcheck.shared.dir is not set (surefire sets it to ${basedir}/../shared)");
        }
        Path csv = Path.of(dir, "data", "disarm", "disarm_red_techniques.csv");
        if (!Files.isRegularFile(csv)) {
            fail("DISARM techniques CSV missing: " + csv.toAbsolutePath());
        }
        Set<String> ids = new HashSet<>();
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            int comma = line.indexOf(',');
            // technique rows start with the id; description continuation lines of quoted fields do not
            if (comma > 0 && line.startsWith("T")) {
                ids.add(line.substring(0, comma).replace("\"", ""));
            }
        }
        assertTrue(ids.size() > 100, "the CSV looks truncated: " + ids.size() + " ids");
        return ids;
    }

    @Test
    void everyRuleCitesExistingTechniquesFromItsSignalsList() throws IOException {
        Set<String> known = techniqueIds();
        for (String id : BRIEF_IDS.values().stream().flatMap(Set::stream).toList()) {
            assertTrue(known.contains(id), "BRIEF id missing from the CSV: " + id);
        }
        RuleEngine engine = RuleEngine.bundled();
        List<String> problems = new ArrayList<>();
        for (String lang : engine.languages()) {
            for (Rule r : engine.forLanguage(lang).orElseThrow().rules()) {
                for (String t : r.disarm()) {
                    if (!known.contains(t)) {
                        problems.add(r.id() + ": " + t + " is not in disarm_red_techniques.csv");
                    } else if (!BRIEF_IDS.get(r.signal()).contains(t)) {
                        problems.add(r.id() + ": " + t + " is not a technique of " + r.signal().id());
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
