package io.signalcheck.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JsonArticleExtractorTest {
    @Test
    void titleTextUrlAndLanguage() throws Exception {
        ExtractedDocument doc = JsonArticleExtractor.extract("""
                {"title": "Bots amplify a rumour", "text": "Thousands of bots shared the post.",
                 "url": "https://example.com/a/1", "language": "en-GB", "author": "Desk"}""");
        assertEquals("Bots amplify a rumour", doc.title());
        assertEquals("Thousands of bots shared the post.", doc.text());
        assertEquals("https://example.com/a/1", doc.url());
        assertEquals("en", doc.declaredLanguage());
        assertEquals("json", doc.format());
    }

    @Test
    void bodyAndLangAreAccepted() throws Exception {
        ExtractedDocument doc = JsonArticleExtractor.extract("{\"headline\": \"Titel\", \"body\": \"Der Text.\", \"lang\": \"de\"}");
        assertEquals("Titel", doc.title());
        assertEquals("Der Text.", doc.text());
        assertEquals("de", doc.declaredLanguage());
        assertNull(doc.url());
    }

    @Test
    void contentMayBeHtmlOrAListOfParagraphs() throws Exception {
        assertEquals("Uno.\n\nDos.", JsonArticleExtractor.extract("{\"content\": \"<p>Uno.</p><p>Dos.</p>\"}").text());
        assertEquals("Uno.\n\nDos.", JsonArticleExtractor.extract("{\"content\": [\"Uno.\", \" \", \"Dos.\"]}").text());
    }

    @Test
    void singleArticleWrappersAreUnwrapped() throws Exception {
        assertEquals("Un texte.", JsonArticleExtractor.extract("[{\"text\": \"Un texte.\"}]").text());
        assertEquals("Un texte.", JsonArticleExtractor.extract("{\"articles\": [{\"text\": \"Un texte.\"}]}").text());
        assertEquals("Un texte.", JsonArticleExtractor.extract("{\"article\": {\"text\": \"Un texte.\"}}").text());
    }

    @Test
    void severalArticlesAreRefused() {
        RejectedInputException e = assertThrows(RejectedInputException.class,
                () -> JsonArticleExtractor.extract("{\"articles\": [{\"text\": \"a\"}, {\"text\": \"b\"}]}"));
        assertEquals("multiple_articles", e.code());
        assertTrue(e.getMessage().contains("2 articles"));
        assertEquals("multiple_articles", assertThrows(RejectedInputException.class,
                () -> JsonArticleExtractor.extract("[{\"text\": \"a\"}, {\"text\": \"b\"}, {\"text\": \"c\"}]")).code());
    }

    @Test
    void emptyListAndMissingTextHaveNoText() {
        assertEquals("no_text", assertThrows(RejectedInputException.class, () -> JsonArticleExtractor.extract("[]")).code());
        assertEquals("no_text", assertThrows(RejectedInputException.class,
                () -> JsonArticleExtractor.extract("{\"title\": \"Only a title\"}")).code());
        assertEquals("no_text", assertThrows(RejectedInputException.class,
                () -> JsonArticleExtractor.extract("{\"text\": 42}")).code());
    }

    @Test
    void brokenJsonIsInvalid() {
        RejectedInputException e = assertThrows(RejectedInputException.class,
                () -> JsonArticleExtractor.extract("{\"title\": \"x\", \"text\": \"unterminated}"));
        assertEquals("invalid_json", e.code());
        assertEquals("invalid_json", assertThrows(RejectedInputException.class,
                () -> JsonArticleExtractor.extract("[1, 2]")).code());
    }

    @Test
    void absurdNestingIsTooDeep() {
        String json = "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000);
        assertEquals("too_deep", assertThrows(RejectedInputException.class, () -> JsonArticleExtractor.extract(json)).code());
    }
}
