package io.signalcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Negation, denial and hypothetical scopes with the bundled cues (en, fr, de, es; hedges such as 'unlikely' are hypothetical). Each row: language,
 * sentence, signal whose only match is checked, expected negated, expected hypothetical.
 */
class CueScopeTest {
    private static final RuleEngine ENGINE = RuleEngine.bundled();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Meta removed hundreds of fake accounts that posted about the election on Facebook.      | inauthentic_accounts | false | false
            en | The platform found no fake accounts on Facebook.                                         | inauthentic_accounts | true  | false
            en | Investigators did not find fake accounts on Twitter.                                     | inauthentic_accounts | true  | false
            en | There was no evidence that Russia used fake accounts on Facebook.                        | inauthentic_accounts | true  | false
            en | Moscow denied running fake accounts on Facebook.                                         | inauthentic_accounts | true  | false
            en | Reports that Moscow ran fake accounts on Facebook were denied by the Kremlin.            | inauthentic_accounts | true  | false
            en | Russia could use fake accounts on Facebook before the vote.                              | inauthentic_accounts | false | true
            en | Officials fear that deepfakes of the candidates will spread.                             | ai_generated_media   | false | true
            en | AI-generated videos might flood social media.                                            | ai_generated_media   | false | true
            en | If hackers leaked the campaign's stolen emails online, the election would suffer.       | hack_and_leak        | false | true
            en | Not only fake accounts on Facebook but also bots were involved.                          | inauthentic_accounts | false | false
            en | In May, fake accounts on Facebook spread the claim.                                      | inauthentic_accounts | false | false
            en | Officials had seen no sign of a new operation; but fake accounts on Facebook spread it.  | inauthentic_accounts | false | false
            fr | Meta a supprimé des centaines de faux comptes sur Facebook.                              | inauthentic_accounts | false | false
            fr | La plateforme n'a trouvé aucun faux compte sur Facebook.                                 | inauthentic_accounts | true  | false
            fr | Les enquêteurs n'ont pas identifié de faux comptes sur les réseaux sociaux.              | inauthentic_accounts | true  | false
            fr | Moscou a démenti avoir utilisé de faux comptes sur Facebook.                             | inauthentic_accounts | true  | false
            fr | Le Kremlin nie toute utilisation de faux comptes sur les réseaux sociaux.                | inauthentic_accounts | true  | false
            fr | La Russie pourrait utiliser de faux comptes sur les réseaux sociaux.                     | inauthentic_accounts | false | true
            fr | Les autorités craignent que des deepfakes du candidat circulent.                         | ai_generated_media   | false | true
            fr | Des vidéos générées par l'IA pourraient inonder les réseaux sociaux.                     | ai_generated_media   | false | true
            fr | Si des courriels piratés de la campagne étaient publiés, le scrutin en pâtirait.         | hack_and_leak        | false | true
            fr | Il ne fait aucun doute que de faux comptes sur Facebook ont relayé ces messages.        | inauthentic_accounts | false | false
            fr | Aucune ingérence n'a été constatée, mais de faux comptes sur Facebook ont relayé le récit.| inauthentic_accounts | false | false
            fr | L'agence n'avait vu aucun signe d'une nouvelle opération visant l'élection.             | election_targeting   | true  | false
            en | It is unlikely that fake accounts played a role in the election.                         | inauthentic_accounts | false | true
            en | It is doubtful that fake accounts on Facebook amplified the posts.                       | inauthentic_accounts | false | true
            fr | Il est peu probable que des comptes inauthentiques aient joué un rôle dans l'élection.   | inauthentic_accounts | false | true
            fr | Il est douteux que de faux comptes sur Facebook aient relayé ces messages.               | inauthentic_accounts | false | true
            fr | Des comptes douteux ont diffusé des vidéos générées par l'IA sur Facebook.               | ai_generated_media   | false | false
            de | Es ist unwahrscheinlich, dass gefälschte Konten eine Rolle bei der Wahl spielten.       | inauthentic_accounts | false | true
            de | Die Forscher fanden kaum Hinweise auf gefälschte Konten in sozialen Netzwerken.         | inauthentic_accounts | true  | false
            es | Es poco probable que cuentas falsas hayan influido en las elecciones.                    | inauthentic_accounts | false | true
            es | Resulta dudoso que cuentas falsas en redes sociales difundieran el rumor.                | inauthentic_accounts | false | true
            """)
    void flagsFollowTheCueScopes(String lang, String sentence, String signal, boolean negated, boolean hypothetical) {
        LanguageRules rules = ENGINE.forLanguage(lang).orElseThrow();
        List<RuleMatch> matches = RulePackExamplesTest.matches(rules, sentence).stream()
                .filter(m -> m.rule().signal().id().equals(signal)).toList();
        assertFalse(matches.isEmpty(), "no " + signal + " match in: " + sentence);
        for (RuleMatch m : matches) {
            String where = m.rule().id() + " [" + sentence.substring(m.matchStart(), m.matchEnd()) + "]";
            assertEquals(negated, m.negated(), "negated for " + where);
            assertEquals(hypothetical, m.hypothetical(), "hypothetical for " + where);
        }
        assertTrue(matches.stream().allMatch(m -> m.asserted() == (!negated && !hypothetical)));
    }
}
