package io.signalcheck.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PackLoaderTest {
    private static final PackFile COMMON = new PackFile(null, null, List.of("xx"), null, null, null, null,
            List.of(new PackFile.ActorSpec("GRU", List.of("GRU"))), null, null, null, null, null, null, null);

    private static PackFile pack(String pattern, Map<String, String> macros) {
        return new PackFile("xx", null, null, macros, List.of("he"), List.of("a"),
                List.of(new PackFile.SourceSpec("xx.named.one", "named", pattern, null, null, List.of(), List.of())),
                List.of(new PackFile.ActorSpec("Ruritania", List.of("Ruritania", "ruritanian"))),
                List.of(new PackFile.CueSpec("xx.op", null, "campaign", null)), List.of(),
                List.of(new PackFile.CueSpec("xx.conf", "high", "surely", null)), List.of(), null, null, List.of());
    }

    @Test
    void macrosExpandAndNameBecomesACaseSensitiveGroup() {
        AttributionPack p = new PackLoader().compile(
                pack("{VERB}\\s+{NAME}", Map.of("VERB", "said|says", "NAME", "\\p{Lu}\\p{L}+")), COMMON);
        SourceRule r = p.sources().get(0);
        assertTrue(SourceFinder.fires(r, p, "SAID Smith"));
        assertTrue(!SourceFinder.fires(r, p, "said smith"), "{NAME} must stay case-sensitive");
        assertTrue(!SourceFinder.fires(r, p, "said He"), "a listed non-name is rejected");
        assertEquals(List.of("GRU", "Ruritania"), p.actors().stream().map(ActorPattern::name).toList());
    }

    @Test
    void aBrokenPatternNamesItsRule() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new PackLoader().compile(pack("said (", Map.of()), COMMON));
        assertTrue(e.getMessage().contains("xx.named.one"), e.getMessage());
    }

    @Test
    void anUnknownMacroIsReported() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new PackLoader().compile(pack("{MISSING}", Map.of()), COMMON));
        assertTrue(e.getMessage().contains("{MISSING}"), e.getMessage());
    }

    @Test
    void regexPropertyClassesAreNotMacros() {
        AttributionPack p = new PackLoader().compile(pack("\\p{L}+ said", Map.of()), COMMON);
        assertEquals(1, p.sources().size());
    }
}
