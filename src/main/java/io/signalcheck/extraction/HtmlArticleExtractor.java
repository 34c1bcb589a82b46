package io.signalcheck.extraction;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The article inside an HTML page: title, main text, declared language and canonical URL.
 * Navigation, scripts, styles, forms, asides and boilerplate blocks (share bars, cookie banners,
 * related links, comments, ads) are dropped; the main text comes from {@code <article>} (the
 * longest one), else {@code <main>}, else the element holding the most paragraph text.
 */
final class HtmlArticleExtractor {
    private static final String DROPPED = String.join(",",
            "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "button", "iframe",
            "svg", "canvas", "select", "textarea", "input", "object", "embed", "dialog", "menu",
            "[hidden]", "[aria-hidden=true]", "[role=navigation]", "[role=banner]", "[role=contentinfo]",
            "[role=complementary]", "[role=search]", "[role=dialog]");

    /** Words in a class or id that mark a block as page furniture rather than article text. */
    private static final Set<String> BOILERPLATE_WORDS = Set.of(
            "ad", "ads", "advert", "advertisement", "banner", "breadcrumb", "breadcrumbs", "comment", "comments",
            "consent", "cookie", "cookies", "masthead", "menu", "modal", "nav", "navbar", "newsletter", "outbrain",
            "paywall", "popup", "promo", "recommended", "related", "share", "sharing", "sidebar", "signup",
            "social", "sponsored", "subscribe", "subscription", "taboola", "toolbar");

    private static final Set<String> NEVER_DROPPED = Set.of("html", "head", "body", "main", "article");

    private HtmlArticleExtractor() {}

    static ExtractedDocument extract(String html) {
        Document doc = Jsoup.parse(html, "");
        String title = title(doc);
        String language = declaredLanguage(doc);
        String url = canonicalUrl(doc);

        doc.select(DROPPED).remove();
        for (Element header : doc.select("header")) {
            // a page header is furniture; a header inside the article holds its headline
            if (header.closest("article, main") == null) {
                header.remove();
            }
        }
        for (Element e : doc.body().select("*")) {
            if (!NEVER_DROPPED.contains(e.normalName()) && looksLikeBoilerplate(e) && e.parent() != null) {
                e.remove();
            }
        }

        Element root = articleRoot(doc);
        String text = HtmlTextRenderer.render(root);
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !isInside(h1, root)) {
            // the headline often sits above the article element: keep it as the first paragraph
            String headline = HtmlTextRenderer.render(h1);
            if (!headline.isEmpty() && !text.startsWith(headline)) {
                text = headline + "\n\n" + text;
            }
        }
        return new ExtractedDocument(text, title, "html", language, url);
    }

    private static boolean looksLikeBoilerplate(Element e) {
        String marks = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (marks.isBlank()) {
            return false;
        }
        for (String word : marks.split("[^a-z0-9]+")) {
            if (BOILERPLATE_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static Element articleRoot(Document doc) {
        Elements articles = doc.select("article");
        if (!articles.isEmpty()) {
            Element best = articles.first();
            int bestLength = -1;
            for (Element a : articles) {
                int length = a.text().length();
                if (length > bestLength) {
                    best = a;
                    bestLength = length;
                }
            }
            return best;
        }
        Element main = doc.selectFirst("main, [role=main]");
        if (main != null) {
            return main;
        }
        // the element whose own paragraphs carry the most text is the article body
        Map<Element, Integer> paragraphText = new HashMap<>();
        Element best = null;
        int bestLength = 0;
        for (Element p : doc.select("p")) {
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            int length = paragraphText.merge(parent, p.text().length(), Integer::sum);
            if (length > bestLength) {
                best = parent;
                bestLength = length;
            }
        }
        int bodyLength = doc.body().text().length();
        if (best == null || bestLength * 3 < bodyLength) {
            return doc.body();
        }
        return best;
    }

    private static boolean isInside(Element e, Element root) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == root) {
                return true;
            }
        }
        return false;
    }

    private static String title(Document doc) {
        String og = meta(doc, "meta[property=og:title], meta[name=twitter:title]");
        if (og != null) {
            return og;
        }
        String title = doc.title().strip();
        Element h1 = doc.selectFirst("h1");
        String headline = h1 == null ? "" : h1.text().strip();
        // "Headline | Site name": the page's own headline is the cleaner title
        if (!headline.isEmpty() && (title.isEmpty() || title.startsWith(headline))) {
            return headline;
        }
        return title.isEmpty() ? null : title;
    }

    private static String declaredLanguage(Document doc) {
        Element html = doc.selectFirst("html[lang]");
        String lang = html != null ? html.attr("lang") : meta(doc, "meta[http-equiv=content-language], meta[property=og:locale]");
        return primaryLanguage(lang);
    }

    /** "fr-FR", "en_US", "DE" → "fr", "en", "de"; blank → null. */
    static String primaryLanguage(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String primary = tag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }

    private static String canonicalUrl(Document doc) {
        Element link = doc.selectFirst("link[rel=canonical][href]");
        if (link != null && !link.attr("href").isBlank()) {
            return link.attr("href").strip();
        }
        return meta(doc, "meta[property=og:url]");
    }

    private static String meta(Document doc, String query) {
        Element e = doc.selectFirst(query);
        if (e == null) {
            return null;
        }
        String content = e.attr("content").strip();
        return content.isEmpty() ? null : content;
    }
}
