package io.signalcheck.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.signalcheck.text.AnalyzedText;
import io.signalcheck.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule of every bundled language proves itself on its own example sentences: each positive fires it
 * asserted, each negative does not fire it asserted. Languages added to index.json are covered automatically.
 */
class RulePackExamplesTest {
    private static final RuleEngine ENGINE = RuleEngine.bundled();

    @TestFactory
    List<DynamicNode> everyRuleFiresOnItsPositivesAndNotOnItsNegatives() {
        List<DynamicNode> languages = new ArrayList<>();
        for (String code : ENGINE.languages()) {
            LanguageRules rules = ENGINE.forLanguage(code).orElseThrow();
            List<DynamicNode> perRule = new ArrayList<>();
            for (Rule rule : rules.rules()) {
                List<DynamicNode> cases = new ArrayList<>();
                for (String s : rule.positive()) {
                    cases.add(dynamicTest("fires: " + s, () -> assertTrue(firesAsserted(rules, rule, s),
                            () -> rule.id() + " should fire asserted on: " + s + "\n  matches: " + describe(rules, s))));
                }
                for (String s : rule.negative()) {
                    cases.add(dynamicTest("silent: " + s, () -> assertFalse(firesAsserted(rules, rule, s),
                            () -> rule.id() + " must not fire asserted on: " + s + "\n  matches: " + describe(rules, s))));
                }
                perRule.add(dynamicContainer(rule.id(), cases));
            }
            languages.add(dynamicContainer(code, perRule));
        }
        return languages;
    }

    static List<RuleMatch> matches(LanguageRules rules, String sentence) {
        AnalyzedText text = new AnalyzedText(sentence, rules.language(), List.of(new Sentence(0, sentence.length(), sentence)));
        return rules.match(text.text(), text.sentences());
    }

    private static boolean firesAsserted(LanguageRules rules, Rule rule, String sentence) {
        return matches(rules, sentence).stream().anyMatch(m -> m.rule().id().equals(rule.id()) && m.asserted());
    }

    private static String describe(LanguageRules rules, String sentence) {
        return matches(rules, sentence).stream()
                .map(m -> m.rule().id() + "[" + sentence.substring(m.matchStart(), m.matchEnd()) + "]"
                        + (m.negated() ? " negated" : "") + (m.hypothetical() ? " hypothetical" : ""))
                .collect(Collectors.joining(", "));
    }
}
