package io.signalcheck.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {
    private static final String PAGE = """
            <!doctype html>
            <html lang="fr-FR">
            <head>
              <title>Des comptes fictifs visent le scrutin | Le Quotidien</title>
              <meta property="og:title" content="Des comptes fictifs visent le scrutin">
              <link rel="canonical" href="https://example.org/2026/comptes-fictifs">
              <style>body { color: red }</style>
              <script>var tracker = "ne pas garder";</script>
            </head>
            <body>
              <header class="site-header"><a href="/">Le Quotidien</a> Accueil Monde Politique</header>
              <nav><ul><li>Monde</li><li>Économie</li></ul></nav>
              <div class="cookie-banner">Nous utilisons des cookies.</div>
              <h1>Des comptes fictifs visent le scrutin</h1>
              <article>
                <p>Des centaines de comptes ont été créés en une semaine.</p>
                <p>Selon les chercheurs, ils imitaient des électeurs ordinaires.</p>
                <div class="share-tools">Partager sur les réseaux</div>
                <aside>À lire aussi : notre dossier</aside>
                <form><input name="q"> Rechercher</form>
              </article>
              <footer>© Le Quotidien — mentions légales</footer>
            </body>
            </html>
            """;

    @Test
    void titleLanguageAndCanonicalUrl() {
        ExtractedDocument doc = HtmlArticleExtractor.extract(PAGE);
        assertEquals("Des comptes fictifs visent le scrutin", doc.title());
        assertEquals("fr", doc.declaredLanguage());
        assertEquals("https://example.org/2026/comptes-fictifs", doc.url());
        assertEquals("html", doc.format());
    }

    @Test
    void articleTextWithHeadlineAndParagraphBreaks() {
        String text = HtmlArticleExtractor.extract(PAGE).text();
        assertEquals("Des comptes fictifs visent le scrutin\n\n"
                + "Des centaines de comptes ont été créés en une semaine.\n\n"
                + "Selon les chercheurs, ils imitaient des électeurs ordinaires.", text);
    }

    @Test
    void boilerplateIsDropped() {
        String text = HtmlArticleExtractor.extract(PAGE).text();
        for (String furniture : new String[] {"tracker", "color", "Accueil", "Économie", "cookies", "Partager",
                "lire aussi", "Rechercher", "mentions légales"}) {
            assertFalse(text.contains(furniture), furniture);
        }
    }

    @Test
    void withoutArticleTheLargestParagraphBlockWins() {
        String html = """
                <html><head><title>Plain title</title></head><body>
                <div class="links"><p>Home</p><p>Contact</p></div>
                <div class="story">
                  <p>The agency said it had found a network of fake profiles posing as nurses.</p>
                  <p>Investigators traced the accounts to a single marketing firm abroad.</p>
                </div>
                </body></html>""";
        ExtractedDocument doc = HtmlArticleExtractor.extract(html);
        assertEquals("Plain title", doc.title());
        assertTrue(doc.text().startsWith("The agency said"));
        assertFalse(doc.text().contains("Contact"));
        assertNull(doc.declaredLanguage());
    }

    @Test
    void siteNameIsLeftOutOfTheTitleWhenTheHeadlineMatches() {
        String html = "<html><head><title>Bots flood the debate | Daily Planet</title></head>"
                + "<body><h1>Bots flood the debate</h1><p>Text.</p></body></html>";
        assertEquals("Bots flood the debate", HtmlArticleExtractor.extract(html).title());
    }

    @Test
    void mainElementIsUsedWhenThereIsNoArticle() {
        String html = "<html><body><div>Menu Links Everywhere</div><main><p>Der Bericht nennt drei Kampagnen.</p></main></body></html>";
        assertEquals("Der Bericht nennt drei Kampagnen.", HtmlArticleExtractor.extract(html).text());
    }

    @Test
    void languageTagsAreReducedToTheirPrimarySubtag() {
        assertEquals("en", HtmlArticleExtractor.primaryLanguage("en_US"));
        assertEquals("de", HtmlArticleExtractor.primaryLanguage(" DE-at "));
        assertNull(HtmlArticleExtractor.primaryLanguage(""));
        assertNull(HtmlArticleExtractor.primaryLanguage("12"));
    }

    @Test
    void tenThousandLevelsOfNestingFinishQuickly() {
        int depth = 10_000;
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<div>".repeat(depth)).append("Deep text survives.").append("</div>".repeat(depth));
        html.append("</body></html>");
        long t0 = System.nanoTime();
        String text = HtmlArticleExtractor.extract(html.toString()).text();
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals("Deep text survives.", text);
        assertTrue(millis < 5_000, "took " + millis + " ms");
    }
}
