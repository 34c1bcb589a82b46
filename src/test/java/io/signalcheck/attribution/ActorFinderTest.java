package io.signalcheck.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActorFinderTest {
    private static final Map<String, AttributionPack> PACKS = new PackLoader().loadAll();

    private static List<ActorMention> find(String lang, String sentence) {
        return new ActorFinder(PACKS.get(lang)).find(TextFolding.forMatching(sentence), 0);
    }

    @Test
    void aMentionWithoutAnOperationIsNotABlame() {
        assertTrue(find("en", "Russia and China signed a trade agreement on Monday.").isEmpty());
        assertTrue(find("fr", "La Russie a remporté la médaille d'or, selon la fédération.").isEmpty());
    }

    @Test
    void anOperationNearbyButNoBlameIsNotEnough() {
        assertTrue(find("en", "Russia condemned the disinformation campaign against its diplomats.").isEmpty());
        assertTrue(find("es", "La campaña de desinformación contra Rusia fue denunciada.").isEmpty());
    }

    @Test
    void couldNotDetermineIsLowConfidenceNotANegation() {
        List<ActorMention> m = find("en", "Officials could not determine whether China was behind the hack.");
        assertEquals(1, m.size());
        assertEquals(ConfidenceTier.LOW, m.get(0).tier());
        assertTrue(m.get(0).explicit());
        assertFalse(m.get(0).negated());
    }

    @Test
    void aFlatAssertionIsModerateAndNotExplicit() {
        ActorMention m = find("de", "Hinter der Kampagne steckt Iran.").get(0);
        assertEquals("Iran", m.actor());
        assertEquals(ConfidenceTier.MODERATE, m.tier());
        assertFalse(m.explicit());
        assertTrue(m.rule().startsWith("de.actor."), m.rule());
    }

    @Test
    void highlyLikelyIsOneHighCueNotAModerateLikely() {
        ActorMention m = find("en", "The campaign was highly likely run by the GRU.").get(0);
        assertEquals("GRU", m.actor());
        assertEquals(ConfidenceTier.HIGH, m.tier());
    }

    @Test
    void negationOnlyReachesItsOwnClause() {
        List<ActorMention> m = find("fr",
                "Les enquêteurs attribuent l'opération à la Russie, mais la Chine dément toute implication dans la campagne.");
        assertEquals(2, m.size(), m.toString());
        assertEquals("Russia", m.get(0).actor());
        assertFalse(m.get(0).negated());
        assertEquals("China", m.get(1).actor());
        assertTrue(m.get(1).negated());
    }
}
