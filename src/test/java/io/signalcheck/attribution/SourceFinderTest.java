package io.signalcheck.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceFinderTest {
    private static final Map<String, AttributionPack> PACKS = new PackLoader().loadAll();

    private static List<SourceMention> find(String lang, String sentence) {
        return new SourceFinder(PACKS.get(lang)).find(TextFolding.forMatching(sentence), 100);
    }

    @Test
    void aStatementByANamedOrganisationIsDocumentaryNotNamed() {
        List<SourceMention> found = find("en", "Microsoft said in a statement that the domains were seized.");
        assertEquals(1, found.size(), found.toString());
        assertEquals(SourceKind.DOCUMENTARY, found.get(0).kind());
        assertEquals("microsoft", found.get(0).name());
        assertEquals(100, found.get(0).start(), "offsets are shifted by the sentence start");
    }

    @Test
    void anUnnamedOfficialOfANamedBodyIsAnonymous() {
        List<SourceMention> found = find("en", "A senior European official said the videos were staged.");
        assertEquals(List.of(SourceKind.ANONYMOUS), found.stream().map(SourceMention::kind).toList());
        assertEquals("senior european official", found.get(0).key());
    }

    @Test
    void pronounsAndGenericNounsAreNotNames() {
        assertTrue(find("en", "He said the accounts were fake.").isEmpty());
        assertTrue(find("en", "Western officials said the accounts were fake.").stream()
                .noneMatch(m -> m.kind() == SourceKind.NAMED));
        assertTrue(find("de", "Die Sprecherin sagte, die Konten seien gefälscht.").isEmpty());
    }

    @Test
    void titlesAndArticlesAreCutFromTheName() {
        SourceMention m = find("de", "Die Konten seien gefälscht, sagte Innenministerin Petra Lorenz.").get(0);
        assertEquals("petra lorenz", m.name());
        assertEquals("kremlin", find("en", "The Kremlin said the report was a fabrication.").get(0).name());
    }

    @Test
    void anonymityBackupOnlyCountsAlone() {
        List<SourceMention> withOfficial = find("en",
                "A senior official, speaking on condition of anonymity, said the servers were in Latvia.");
        assertEquals(1, withOfficial.size(), withOfficial.toString());
        assertEquals("en.anonymous.unnamed_official_said", withOfficial.get(0).rule());
        List<SourceMention> alone = find("es",
                "Un empleado describió, bajo condición de anonimato, la oficina de San Petersburgo.");
        assertEquals(List.of("es.anonymous.anonimato"), alone.stream().map(SourceMention::rule).toList());
    }

    @Test
    void theLongerOfTwoOverlappingMatchesOfOneKindWins() {
        List<SourceMention> found = find("es", "Según fuentes de seguridad, la red tenía 300 cuentas.");
        assertEquals(1, found.size(), found.toString());
        assertEquals("fuentes seguridad", found.get(0).key());
    }
}
