package io.signalcheck.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
    private final LanguageDetector detector = new LanguageDetector();

    private void assertLanguage(String expected, String sentence) {
        LanguageGuess guess = detector.detect(sentence);
        assertEquals(expected, guess.language(), () -> sentence + " → " + guess);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Les enquêteurs ont découvert des centaines de faux comptes qui se faisaient passer pour des électeurs.",
        "Selon deux personnes proches des discussions, l'opération visait le second tour de l'élection.",
        "Le ministère n'a vu aucun signe d'une nouvelle campagne de désinformation.",
        "Des images générées par l'IA montraient le candidat dans une manifestation qui n'a jamais eu lieu.",
        "Il pleuvait depuis le matin et la rivière était sortie de son lit.",
        "Nous avons passé la soirée chez mes parents, puis nous sommes rentrés à pied.",
        "Cette année, la récolte de pommes a été meilleure que prévu dans toute la région.",
        "Le rapport, publié jeudi, attribue avec une confiance élevée l'opération à un service de renseignement étranger.",
        "Elle a expliqué qu'elle ne savait pas qui avait créé ces pages.",
        "Les documents volés ont été publiés quelques jours avant le scrutin.",
        "Quand il fait beau, les enfants jouent dans le parc derrière l'école."
    })
    void french(String sentence) {
        assertLanguage("fr", sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Investigators found hundreds of fake accounts that were posing as ordinary voters.",
        "According to two people familiar with the talks, the operation targeted the runoff.",
        "The agency said it had seen no sign of a new influence campaign.",
        "AI-generated images showed the candidate at a rally that never took place.",
        "It had been raining since the morning and the river was over its banks.",
        "We spent the evening with my parents and then walked home.",
        "This year the apple harvest was better than expected across the whole region.",
        "The report, published on Thursday, attributes the operation with high confidence to a foreign intelligence service.",
        "She explained that she did not know who had created those pages.",
        "The stolen documents were published a few days before the vote.",
        "When the weather is nice, the children play in the park behind the school."
    })
    void english(String sentence) {
        assertLanguage("en", sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Die Ermittler entdeckten Hunderte gefälschte Konten, die sich als gewöhnliche Wähler ausgaben.",
        "Laut zwei mit den Gesprächen vertrauten Personen zielte die Operation auf die Stichwahl.",
        "Die Behörde erklärte, sie habe keine Anzeichen für eine neue Einflusskampagne gesehen.",
        "KI-generierte Bilder zeigten den Kandidaten auf einer Kundgebung, die nie stattgefunden hat.",
        "Es regnete seit dem Morgen und der Fluss war über die Ufer getreten.",
        "Wir haben den Abend bei meinen Eltern verbracht und sind dann zu Fuß nach Hause gegangen.",
        "In diesem Jahr war die Apfelernte in der ganzen Region besser als erwartet.",
        "Der am Donnerstag veröffentlichte Bericht schreibt die Operation mit hoher Sicherheit einem ausländischen Geheimdienst zu.",
        "Sie erklärte, dass sie nicht wisse, wer diese Seiten erstellt habe.",
        "Die gestohlenen Dokumente wurden wenige Tage vor der Wahl veröffentlicht.",
        "Wenn das Wetter schön ist, spielen die Kinder im Park hinter der Schule."
    })
    void german(String sentence) {
        assertLanguage("de", sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Los investigadores descubrieron cientos de cuentas falsas que se hacían pasar por votantes comunes.",
        "Según dos personas al tanto de las conversaciones, la operación apuntaba a la segunda vuelta.",
        "La agencia dijo que no había visto ninguna señal de una nueva campaña de influencia.",
        "Imágenes generadas por IA mostraban al candidato en un mitin que nunca tuvo lugar.",
        "Llovía desde la mañana y el río se había desbordado.",
        "Pasamos la tarde con mis padres y luego volvimos a casa caminando.",
        "Este año la cosecha de manzanas fue mejor de lo esperado en toda la región.",
        "El informe, publicado el jueves, atribuye con alta confianza la operación a un servicio de inteligencia extranjero.",
        "Ella explicó que no sabía quién había creado esas páginas.",
        "Los documentos robados fueron publicados pocos días antes de la votación.",
        "Cuando hace buen tiempo, los niños juegan en el parque detrás de la escuela."
    })
    void spanish(String sentence) {
        assertLanguage("es", sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // Italian
        "Gli investigatori hanno scoperto centinaia di account falsi che si spacciavano per elettori comuni.",
        "Quando il tempo è bello, i bambini giocano nel parco dietro la scuola.",
        "Il rapporto, pubblicato giovedì, attribuisce l'operazione a un servizio di intelligence straniero.",
        // Portuguese
        "Os investigadores descobriram centenas de contas falsas que se faziam passar por eleitores comuns.",
        "Quando o tempo está bom, as crianças brincam no parque atrás da escola.",
        "A agência disse que não tinha visto nenhum sinal de uma nova campanha de influência.",
        // Dutch
        "De onderzoekers ontdekten honderden nepaccounts die zich voordeden als gewone kiezers.",
        "Als het mooi weer is, spelen de kinderen in het park achter de school.",
        "Het bureau zei dat het geen teken van een nieuwe campagne had gezien.",
        // Catalan
        "Quan fa bon temps, els nens juguen al parc darrere de l'escola."
    })
    void otherLanguagesAreUndetermined(String sentence) {
        assertLanguage(LanguageGuess.UNDETERMINED, sentence);
    }

    @Test
    void emptyTextHasNoEvidence() {
        assertEquals(new LanguageGuess("und", 0.0), detector.detect(""));
        assertEquals(new LanguageGuess("und", 0.0), detector.detect("   12 345 !!!"));
        assertEquals(new LanguageGuess("und", 0.0), detector.detect("Xkcd Zqwv"));
    }

    @Test
    void veryShortTextIsAGuessWithLowConfidence() {
        LanguageGuess shortGuess = detector.detect("the vote");
        assertEquals("en", shortGuess.language());
        assertTrue(shortGuess.confidence() < 0.5, shortGuess::toString);
        LanguageGuess longGuess = detector.detect("The agency said it had seen no sign of a new influence campaign before the vote.");
        assertTrue(longGuess.confidence() > 0.8, longGuess::toString);
    }

    @Test
    void mixedTextGoesToTheMajorityWithLowerConfidence() {
        String mixed = "Le rapport publié hier affirme que les comptes étaient gérés depuis l'étranger et que la campagne "
                + "visait les électeurs des villes moyennes. The ministry said in a statement that it was aware of the report.";
        LanguageGuess guess = detector.detect(mixed);
        assertEquals("fr", guess.language());
        double pure = detector.detect("Le rapport publié hier affirme que les comptes étaient gérés depuis l'étranger et que "
                + "la campagne visait les électeurs des villes moyennes.").confidence();
        assertTrue(guess.confidence() < pure, guess + " vs " + pure);
    }

    @Test
    void declaredLanguageDecidesOnlyWhenTheTextIsAmbiguous() {
        // "Europa" and names alone say nothing: the declaration decides
        LanguageGuess noEvidence = detector.detect("Europa Madrid Berlin", "es");
        assertEquals("es", noEvidence.language());
        assertEquals(LanguageDetector.HINT_CONFIDENCE, noEvidence.confidence());
        // a clear English sentence stays English whatever the page claims
        assertEquals("en", detector.detect("The agency said it had seen no sign of a new campaign.", "fr").language());
        // an unsupported declaration is ignored
        assertEquals("und", detector.detect("Europa Madrid Berlin", "it").language());
        assertEquals("en", detector.detect("The agency said it had seen no sign of a new campaign.", null).language());
    }

    @Test
    void aLongTextIsJudgedOnItsFirstSampleOfChars() {
        String english = "The ministry said in a statement that it was aware of the report and would respond. ";
        String french = "Le ministère a déclaré dans un communiqué qu'il avait connaissance du rapport. ";
        StringBuilder text = new StringBuilder();
        while (text.length() < LanguageDetector.SAMPLE_CHARS) {
            text.append(english);
        }
        String longEnglishStart = text + french.repeat(2_000);
        assertEquals("en", detector.detect(longEnglishStart).language(), "only the first sample is read");
        String shortEnglishStart = english.repeat(20) + french.repeat(40);
        assertEquals("fr", detector.detect(shortEnglishStart).language(), "a text inside the sample is read whole");
    }

    @Test
    void confidenceStaysInRange() {
        for (String s : new String[] {"a", "de la", "der die das", "el la los", "Vote!", "the the the the"}) {
            double c = detector.detect(s).confidence();
            assertTrue(c >= 0.0 && c <= 1.0, s + " → " + c);
        }
    }
}
