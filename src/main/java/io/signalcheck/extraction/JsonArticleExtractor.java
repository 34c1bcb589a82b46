package io.signalcheck.extraction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * One article from a JSON export: {@code {"title", "text"|"body"|"content"|"articleBody", "url",
 * "language"|"lang"}}. A single-element array, {@code {"articles": [...]}} and {@code {"article": {...}}}
 * are unwrapped; several articles in one input are refused ({@code multiple_articles}) because one
 * input gives one report. A body that is HTML markup is rendered to text like an HTML page.
 */
final class JsonArticleExtractor {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String[] TEXT_FIELDS = {"text", "body", "content", "articleBody", "article_body", "fullText"};
    private static final String[] TITLE_FIELDS = {"title", "headline", "name"};
    private static final String[] URL_FIELDS = {"url", "link", "canonical_url", "canonicalUrl"};
    private static final String[] LANGUAGE_FIELDS = {"language", "lang", "inLanguage", "locale"};

    private JsonArticleExtractor() {}

    static ExtractedDocument extract(String json) throws RejectedInputException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (StreamConstraintsException e) {
            // the parser's own message names its internals; readers get the limit in plain words
            throw new RejectedInputException("too_deep",
                    "the JSON input is nested too deeply or holds a value too large to read as an article");
        } catch (JsonProcessingException e) {
            throw new RejectedInputException("invalid_json", "the input starts like JSON but is not valid JSON: "
                    + e.getOriginalMessage() + " (line " + e.getLocation().getLineNr() + ")");
        }
        JsonNode article = single(root);
        String text = textOf(article);
        if (text == null) {
            throw new RejectedInputException("no_text",
                    "the JSON article has no text: expected a \"text\", \"body\" or \"content\" string");
        }
        return new ExtractedDocument(text, string(article, TITLE_FIELDS), "json",
                HtmlArticleExtractor.primaryLanguage(string(article, LANGUAGE_FIELDS)), string(article, URL_FIELDS));
    }

    private static JsonNode single(JsonNode root) throws RejectedInputException {
        JsonNode node = root;
        if (node != null && node.isObject() && node.get("articles") != null && node.get("articles").isArray()) {
            node = node.get("articles");
        } else if (node != null && node.isObject() && node.get("article") != null && node.get("article").isObject()) {
            node = node.get("article");
        }
        if (node != null && node.isArray()) {
            for (JsonNode element : node) {
                if (!element.isObject()) {
                    throw new RejectedInputException("invalid_json", "the JSON list holds something other than article objects");
                }
            }
            if (node.size() == 0) {
                throw new RejectedInputException("no_text", "the JSON input holds no article (an empty list)");
            }
            if (node.size() > 1) {
                throw new RejectedInputException("multiple_articles", "the JSON input holds " + node.size()
                        + " articles; submit one article per input");
            }
            node = node.get(0);
        }
        if (node == null || !node.isObject()) {
            throw new RejectedInputException("invalid_json", "the JSON input is not an article object");
        }
        return node;
    }

    private static String textOf(JsonNode article) {
        for (String field : TEXT_FIELDS) {
            JsonNode v = article.get(field);
            if (v == null) {
                continue;
            }
            String text = null;
            if (v.isTextual()) {
                text = v.asText();
            } else if (v.isArray()) {
                // some exports give the body as a list of paragraphs
                List<String> paragraphs = new ArrayList<>();
                v.forEach(p -> {
                    if (p.isTextual() && !p.asText().isBlank()) {
                        paragraphs.add(p.asText().strip());
                    }
                });
                text = String.join("\n\n", paragraphs);
            }
            if (text != null && !text.isBlank()) {
                return looksLikeMarkup(text) ? HtmlTextRenderer.render(Jsoup.parseBodyFragment(text).body()) : text;
            }
        }
        return null;
    }

    private static boolean looksLikeMarkup(String text) {
        return text.contains("</p>") || text.contains("<p>") || text.contains("<br") || text.contains("</div>");
    }

    private static String string(JsonNode article, String[] fields) {
        for (String field : fields) {
            JsonNode v = article.get(field);
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                return v.asText().strip();
            }
        }
        return null;
    }
}
