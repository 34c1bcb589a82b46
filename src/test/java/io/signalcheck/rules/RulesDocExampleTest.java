package io.signalcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The complete example rule in docs/RULES.md is a working rule: it loads and its own examples hold. */
class RulesDocExampleTest {
    @TempDir
    Path dir;

    @Test
    void theDocumentedExampleRuleLoadsAndPassesItsExamples() throws IOException {
        String doc = Files.readString(Path.of("docs", "RULES.md"), StandardCharsets.UTF_8);
        Matcher blocks = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        ObjectMapper json = new ObjectMapper();
        ObjectNode lists = null;
        ObjectNode rule = null;
        while (blocks.find()) {
            String block = blocks.group(1);
            if (block.contains("\"lists\"") && lists == null) {
                // the file skeleton: keep its lists, drop the "{ ...rule... }" placeholder
                lists = (ObjectNode) json.readTree(block.replaceAll("\"rules\": \\[.*?\\]", "\"rules\": []")).get("lists");
            } else if (block.contains("\"positive\"") && rule == null) {
                rule = (ObjectNode) json.readTree(block);
            }
        }
        assertTrue(lists != null && rule != null, "docs/RULES.md lost its signals.json or rule example");

        Files.writeString(dir.resolve("index.json"), """
                {"format": 1, "languages": {"fr": {"stemmer": "fr-light",
                  "elisions": ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu"]}}}
                """);
        Files.createDirectories(dir.resolve("fr"));
        ObjectNode pack = json.createObjectNode().put("language", "fr");
        pack.set("lists", lists);
        pack.putArray("rules").add(rule);
        Files.writeString(dir.resolve("fr/signals.json"), json.writeValueAsString(pack));
        try (InputStream cues = getClass().getResourceAsStream("/rules/fr/cues.json")) {
            Files.write(dir.resolve("fr/cues.json"), cues.readAllBytes());
        }

        LanguageRules fr = new RulePackLoader().loadDirectory(dir).forLanguage("fr").orElseThrow();
        Rule loaded = fr.rules().get(0);
        assertEquals("fr.ai_media.generated_by_ai", loaded.id());
        for (String s : loaded.positive()) {
            assertTrue(fires(fr, s), "doc example positive: " + s);
        }
        for (String s : loaded.negative()) {
            assertFalse(fires(fr, s), "doc example negative: " + s);
        }
    }

    private static boolean fires(LanguageRules rules, String sentence) {
        List<RuleMatch> m = RulePackExamplesTest.matches(rules, sentence);
        return m.stream().anyMatch(RuleMatch::asserted);
    }
}
