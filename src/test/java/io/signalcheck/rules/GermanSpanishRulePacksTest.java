package io.signalcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The German and Spanish packs beyond each rule's own examples: cue scopes on German verb-final and Spanish
 * clause patterns, journalists' wording variants that must raise a signal, and same-words-other-sense sentences
 * (bank, art, factory, ransomware, parliament) that must raise nothing.
 */
class GermanSpanishRulePacksTest {
    private static final RuleEngine ENGINE = RuleEngine.bundled();

    private static List<RuleMatch> matches(String lang, String sentence, String signal) {
        LanguageRules rules = ENGINE.forLanguage(lang).orElseThrow();
        return RulePackExamplesTest.matches(rules, sentence).stream()
                .filter(m -> signal == null || m.rule().signal().id().equals(signal)).toList();
    }

    private static String describe(String sentence, List<RuleMatch> ms) {
        return ms.stream().map(m -> m.rule().id() + "[" + sentence.substring(m.matchStart(), m.matchEnd()) + "]"
                + (m.negated() ? " negated" : "") + (m.hypothetical() ? " hypothetical" : ""))
                .collect(Collectors.joining(", "));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            de | Die Plattform löschte Hunderte Fake-Accounts auf Facebook.                                   | inauthentic_accounts | false | false
            de | Die Arbeitsgruppe fand weder gefälschte Konten noch Bots auf Telegram.                       | inauthentic_accounts | true  | false
            de | Gefälschte Konten auf Facebook wurden dabei nicht festgestellt.                              | inauthentic_accounts | true  | false
            de | Hinweise auf KI-generierte Bilder gebe es bisher nicht.                                      | ai_generated_media   | true  | false
            de | Wir haben keine Hinweise darauf, dass ausländische Akteure Einfluss auf die Wahl nehmen wollten. | election_targeting | true | false
            de | Moskau bestritt, gefälschte Konten auf Facebook betrieben zu haben.                          | inauthentic_accounts | true  | false
            de | Russland könnte vor der Wahl gefälschte Konten auf Facebook einsetzen.                       | inauthentic_accounts | false | true
            de | Deepfakes könnten den Wahlkampf prägen.                                                      | ai_generated_media   | false | true
            de | Es ist denkbar, dass Deepfake-Videos kurz vor dem Wahltag auftauchen.                        | ai_generated_media   | false | true
            de | Falls Hacker gestohlene E-Mails der Partei veröffentlichen, wäre der Wahlkampf beschädigt.   | hack_and_leak        | false | true
            de | Nicht nur gefälschte Konten auf Facebook, sondern auch Bots waren beteiligt.                 | inauthentic_accounts | false | false
            de | Das Video wurde von Fake-Accounts auf Instagram verbreitet.                                  | inauthentic_accounts | false | false
            de | Ein Beamter, der namentlich nicht genannt werden wollte, sagte, Fake-Accounts auf X hätten das Video geteilt. | inauthentic_accounts | false | false
            de | Eine Einmischung gab es nicht, aber Fake-Accounts auf X teilten das Video.                   | inauthentic_accounts | false | false
            de | Nie zuvor haben Fake-Accounts auf X eine Wahl so geprägt.                                    | inauthentic_accounts | false | false
            es | La plataforma eliminó cientos de cuentas falsas en Facebook.                                 | inauthentic_accounts | false | false
            es | La unidad no detectó cuentas falsas en las redes sociales.                                   | inauthentic_accounts | true  | false
            es | No hay indicios de que Rusia utilizara cuentas falsas en Facebook.                           | inauthentic_accounts | true  | false
            es | No se encontraron ni cuentas falsas en X ni bots.                                            | inauthentic_accounts | true  | false
            es | Moscú negó haber utilizado cuentas falsas en las redes sociales.                             | inauthentic_accounts | true  | false
            es | Rusia podría utilizar cuentas falsas en las redes sociales antes de la votación.             | inauthentic_accounts | false | true
            es | Los expertos temen que circulen deepfakes de los candidatos.                                 | ai_generated_media   | false | true
            es | Si se publicaran los correos robados de la campaña, la votación se vería afectada.           | hack_and_leak        | false | true
            es | No solo cuentas falsas en X, también bots difundieron el bulo.                               | inauthentic_accounts | false | false
            es | Una fuente que pidió no ser identificada explicó que cuentas falsas en X difundieron el bulo. | inauthentic_accounts | false | false
            es | No hubo injerencia, pero cuentas falsas en X difundieron el bulo.                            | inauthentic_accounts | false | false
            es | Nunca antes tantas cuentas falsas en X habían difundido un bulo.                             | inauthentic_accounts | false | false
            """)
    void flagsFollowTheCueScopes(String lang, String sentence, String signal, boolean negated, boolean hypothetical) {
        List<RuleMatch> ms = matches(lang, sentence, signal);
        assertFalse(ms.isEmpty(), "no " + signal + " match in: " + sentence);
        for (RuleMatch m : ms) {
            String where = m.rule().id() + " [" + sentence.substring(m.matchStart(), m.matchEnd()) + "]";
            assertEquals(negated, m.negated(), "negated for " + where);
            assertEquals(hypothetical, m.hypothetical(), "hypothetical for " + where);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            de | Ein mit KI erzeugtes Audio des Verteidigungsministers kursierte auf Telegram.                | ai_generated_media
            de | Bilder, die mithilfe künstlicher Intelligenz generiert wurden, zeigen brennende Häuser.      | ai_generated_media
            de | Es handelt sich um ein synthetisch erzeugtes Video der Außenministerin.                     | ai_generated_media
            de | Mehrere Tausend Bot-Accounts verbreiteten auf X Behauptungen über Wahlbetrug.               | inauthentic_accounts
            de | Hinter der Kampagne auf TikTok stehen Hunderte Scheinaccounts.                              | inauthentic_accounts
            de | Auf Facebook tauchten erfundene Wähler auf, die zur Stimmenthaltung aufriefen.              | inauthentic_accounts
            de | Unbekannte hatten eine Kopie der Website der Tagesschau mit erfundenen Meldungen erstellt.  | impersonation
            de | Eine erfundene Nachrichtenagentur verbreitete im Netz Texte russischer Staatsmedien.        | impersonation
            de | Die Hacker erbeuteten Tausende E-Mails der CDU-Zentrale und stellten sie ins Netz.          | hack_and_leak
            de | Das Netzwerk russischer Trolle wollte Zweifel an der Integrität der Bundestagswahl säen.    | election_targeting
            es | El vídeo, creado mediante IA, muestra al alcalde recibiendo un soborno.                     | ai_generated_media
            es | Detrás de la campaña había un entramado de perfiles inauténticos en Facebook.               | inauthentic_accounts
            es | Un ejército de bots amplificó en X los ataques contra la candidata.                         | inauthentic_accounts
            es | La web clonada de El País publicaba noticias inventadas sobre el Gobierno.                  | impersonation
            es | Se hicieron pasar por periodistas de la BBC para contactar con disidentes.                  | impersonation
            es | Los piratas informáticos sustrajeron miles de correos del PSOE y los difundieron en redes.  | hack_and_leak
            es | Una red de bots rusos intentó influir en el voto de la consulta popular.                    | election_targeting
            """)
    void journalistsWordingRaisesTheSignal(String lang, String sentence, String signal) {
        List<RuleMatch> ms = matches(lang, sentence, signal);
        assertTrue(ms.stream().anyMatch(RuleMatch::asserted),
                signal + " not asserted in: " + sentence + "\n  matches: " + describe(sentence, ms));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            de | Bankmitarbeiter legten Tausende Scheinkonten und Fake-Konten für ahnungslose Kunden an.
            de | Die Bank hat nach eigenen Angaben mehrere Hundert gefälschte Konten geschlossen.
            de | Die Ausstellung im Museum zeigt KI-generierte Bilder und einen Raum zur Deepfake-Technik.
            de | Im Werk in Wolfsburg übernehmen Roboter und Bots inzwischen viele Aufgaben.
            de | Nach dem Ransomware-Angriff veröffentlichten die Erpresser gestohlene Kundendaten im Darknet.
            de | Der Bundestag stimmte in namentlicher Abstimmung über die Reform der Briefwahl ab.
            de | Der Komiker gab sich in der Satiresendung als Bundeskanzler aus.
            es | Empleados del banco abrieron miles de cuentas ficticias a nombre de clientes.
            es | La exposición del museo reúne imágenes generadas por IA de artistas jóvenes.
            es | Los nuevos bots de atención al cliente responderán con una voz sintética.
            es | Los ciberdelincuentes publicaron en la red oscura datos de pacientes robados tras no cobrar el rescate.
            es | El Congreso rechazó la investidura de la candidata en la primera votación.
            es | Unos timadores se hacían pasar por agentes de la policía para robar a personas mayores.
            """)
    void sameWordsInAnotherSenseRaiseNothing(String lang, String sentence) {
        List<RuleMatch> asserted = matches(lang, sentence, null).stream().filter(RuleMatch::asserted).toList();
        assertTrue(asserted.isEmpty(), "asserted in another sense: " + describe(sentence, asserted));
    }
}
