package io.signalcheck.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signalcheck.ArticleScorer;
import io.signalcheck.report.Actor;
import io.signalcheck.report.Attribution;
import io.signalcheck.report.Evidence;
import io.signalcheck.report.ScoreReport;
import io.signalcheck.report.SourceCounts;
import io.signalcheck.testing.ReportSchema;
import io.signalcheck.text.AnalyzedText;
import io.signalcheck.text.Sentence;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AttributionAnalyzerTest {
    private static final AttributionAnalyzer ANALYZER = new AttributionAnalyzer();

    private static Map<String, String> actors(Attribution a) {
        Map<String, String> out = new TreeMap<>();
        for (Actor actor : a.actors()) {
            out.put(actor.name(), actor.confidence());
        }
        return out;
    }

    @Test
    void briefFrenchExampleIsAnonymousPlusDocumentaryAndTheUnseenOperationIsNotBlamed() {
        AnalyzedText text = Texts.of("fr",
                "Des comptes fictifs ont diffusé des images générées par l'IA imitant des électeurs, selon des évaluations déclassifiées du renseignement américain.",
                "Deux personnes proches des conversations affirment que la Russie est probablement derrière cette campagne.",
                "En 2016, des pirates du GRU avaient volé puis divulgué les courriels du parti, rappelle l'acte d'accusation.",
                "Le service n'avait vu aucun signe d'une nouvelle opération chinoise, a précisé un haut responsable.");
        Attribution a = ANALYZER.analyze(text);
        assertTrue(a.sources().anonymous() >= 2, a.sources().toString());
        assertTrue(a.sources().documentary() >= 2, a.sources().toString());
        assertEquals(0, a.sources().named());
        assertEquals("mixed", a.level());
        assertEquals(Map.of("Russia", "moderate", "GRU", "moderate"), actors(a));
        assertTrue(a.evidence().stream().anyMatch(e -> "actor".equals(e.kind()) && e.negated()
                && e.sentence().contains("chinoise")), "the unseen Chinese operation is kept as negated evidence");
    }

    @Test
    void theSamePersonQuotedThreeTimesCountsOnce() {
        Attribution a = ANALYZER.analyze(Texts.of("en",
                "\"The accounts were fake,\" said Laura Finch, who leads the threat team.",
                "Finch said the network had 300 pages.",
                "Laura Finch added that the pages were removed on Friday."));
        assertEquals(new SourceCounts(1, 0, 0), a.sources());
        assertEquals("strong", a.level());
        assertEquals(1.0, a.score());
    }

    @Test
    void theSameUnnamedOfficialTwiceIsOneButAnotherAnonymousGroupIsTwo() {
        Attribution once = ANALYZER.analyze(Texts.of("en",
                "A senior official said the videos were staged.",
                "The accounts were run from one office, a senior official said."));
        assertEquals(1, once.sources().anonymous());
        Attribution twice = ANALYZER.analyze(Texts.of("en",
                "A senior official said the videos were staged.",
                "Two people familiar with the matter said the accounts were run from one office."));
        assertEquals(2, twice.sources().anonymous());
        assertEquals("weak", twice.level());
        assertEquals(0.0, twice.score());
    }

    @Test
    void levelsFromRealSentences() {
        Attribution mixed = ANALYZER.analyze(Texts.of("de",
                "Aus Sicherheitskreisen hieß es, die Konten seien gefälscht.",
                "Laut einem Bericht von Graphika wurden 300 Seiten gelöscht."));
        assertEquals(new SourceCounts(0, 1, 1), mixed.sources());
        assertEquals("mixed", mixed.level());
        assertEquals(0.5, mixed.score());
        Attribution none = ANALYZER.analyze(Texts.of("es", "El partido se jugó el domingo en Sevilla."));
        assertEquals(Attribution.none(), none);
    }

    @Test
    void actorTiersInTheFourLanguages() {
        assertEquals(Map.of("China", "high"), actors(ANALYZER.analyze(Texts.of("en",
                "The fake accounts were likely linked to China.",
                "The agency later attributed the operation to Beijing with high confidence."))));
        assertEquals(Map.of("Iran", "low"), actors(ANALYZER.analyze(Texts.of("fr",
                "Des pirates soupçonnés de travailler pour l'Iran ont visé la campagne."))));
        assertEquals(Map.of("Russia", "moderate"), actors(ANALYZER.analyze(Texts.of("de",
                "Hinter der Desinformationskampagne steckt Russland."))));
        assertEquals(Map.of("North Korea", "high"), actors(ANALYZER.analyze(Texts.of("es",
                "Los investigadores atribuyen con alta confianza el hackeo a Corea del Norte."))));
    }

    @Test
    void mentionsCountBlamingSentencesAndExplicitWordingBeatsAFlatAssertion() {
        Attribution a = ANALYZER.analyze(Texts.of("en",
                "Suspected Russian hackers breached the party's servers.",
                "The leak was part of a Russian influence operation.",
                "Russia is a large country."));
        assertEquals(List.of(new Actor("Russia", 2, "low")), a.actors());
    }

    @Test
    void deniedOrNegatedBlameIsKeptAsEvidenceButNotCounted() {
        String[][] cases = {
            {"en", "Beijing denied any role in the disinformation campaign."},
            {"en", "There is no evidence that Iran was behind the hack."},
            {"fr", "Pékin a démenti toute implication dans la campagne de désinformation."},
            {"de", "Der Kreml wies die Vorwürfe einer Einflusskampagne zurück."},
            {"es", "Teherán negó cualquier implicación en el hackeo."},
        };
        for (String[] c : cases) {
            Attribution a = ANALYZER.analyze(Texts.of(c[0], c[1]));
            assertTrue(a.actors().isEmpty(), c[1] + " -> " + a.actors());
            assertTrue(a.evidence().stream().anyMatch(e -> "actor".equals(e.kind()) && e.negated()),
                    "negated evidence kept for: " + c[1]);
        }
    }

    @Test
    void denialInAnotherClauseDoesNotCancelTheBlame() {
        Attribution a = ANALYZER.analyze(Texts.of("en",
                "Investigators said Russia was almost certainly behind the campaign, but China denied any role in the operation."));
        assertEquals(Map.of("Russia", "high"), actors(a));
    }

    @Test
    void evidenceIsBoundedAndPointsIntoTheText() {
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            sentences.add("Analyst Number" + (char) ('A' + i % 26) + " Person" + i + " said the accounts were fake.");
            sentences.add("The campaign was run by Russia, source " + i + " said.");
        }
        AnalyzedText text = Texts.of("en", sentences.toArray(String[]::new));
        Attribution a = ANALYZER.analyze(text);
        assertEquals(AttributionAnalyzer.MAX_EVIDENCE, a.evidence().size());
        assertTrue(a.sources().named() > AttributionAnalyzer.MAX_EVIDENCE / 2);
        int last = -1;
        for (Evidence e : a.evidence()) {
            assertEquals(e.sentence(), text.text().substring(e.start(), e.end()));
            assertTrue(e.sentence().contains(e.match()), e.toString());
            assertTrue(e.start() >= last, "evidence in text order");
            last = e.start();
            assertFalse(e.rule().isBlank());
        }
        assertTrue(a.evidence().stream().anyMatch(e -> "actor".equals(e.kind())), "the actor keeps a place");
    }

    @Test
    void evidenceOfASentenceOutsideTheTextIsCutFromTheSentenceItself() {
        // a caller may hand sentences whose offsets do not fall inside the text: their own text is read instead
        String said = "Microsoft said the accounts were run by Russia.";
        Sentence outside = new Sentence(500, 500 + said.length(), said);
        Attribution a = ANALYZER.analyze(new AnalyzedText("Unrelated short text.", "en", List.of(outside)));
        assertEquals(1, a.sources().named(), a.toString());
        assertFalse(a.evidence().isEmpty());
        for (Evidence e : a.evidence()) {
            assertEquals(said, e.sentence());
            assertTrue(e.start() >= 500 && e.end() <= outside.end(), e.toString());
            assertTrue(said.contains(e.match()), e.toString());
        }
        assertTrue(a.evidence().stream().anyMatch(e -> e.match().equals("Microsoft said")), a.evidence().toString());
    }

    @Test
    void aScoredArticleCarriesAttributionThatFitsTheReportSchema() {
        String article = "Des comptes fictifs ont diffusé des images générées par l'IA, selon un rapport du Viginum. "
                + "Deux personnes proches du dossier affirment que la Russie est probablement derrière la campagne. "
                + "Moscou dément toute implication dans cette opération de désinformation.";
        ScoreReport r = new ArticleScorer().score(article.getBytes(StandardCharsets.UTF_8), "fr-test.txt");
        ReportSchema.assertValid(r);
        assertEquals("fr", r.language());
        assertEquals(new SourceCounts(0, 1, 1), r.attribution().sources());
        assertEquals(List.of(new Actor("Russia", 1, "moderate")), r.attribution().actors());
    }

    @Test
    void unknownLanguageGivesNoneAndTheReportIsDeterministic() {
        assertEquals(Attribution.none(), ANALYZER.analyze(Texts.of("und", "said John Smith.")));
        AnalyzedText t = Texts.of("en", "Microsoft said in a statement that Russia was behind the campaign.");
        assertEquals(ANALYZER.analyze(t), new AttributionAnalyzer().analyze(t));
        assertEquals(List.of("fr", "en", "de", "es"), List.copyOf(new PackLoader().loadAll().keySet()));
    }
}
