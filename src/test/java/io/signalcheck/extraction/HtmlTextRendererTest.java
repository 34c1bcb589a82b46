package io.signalcheck.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlTextRendererTest {
    private static String render(String html) {
        return HtmlTextRenderer.render(Jsoup.parseBodyFragment(html).body());
    }

    @Test
    void paragraphsAreSeparatedByABlankLine() {
        assertEquals("First paragraph ends here\n\nSecond one starts", render("<p>First paragraph ends here</p><p>Second one starts</p>"));
    }

    @Test
    void headingsAndListItemsAreTheirOwnBlocks() {
        assertEquals("Title\n\none\n\ntwo", render("<h2>Title</h2><ul><li>one</li><li>two</li></ul>"));
    }

    @Test
    void inlineElementsAndWhitespaceCollapseLikeABrowser() {
        assertEquals("A bold and linked word.", render("<p>  A <b>bold</b>\n and   <a href=\"#\">linked</a> word. </p>"));
    }

    @Test
    void lineBreakElementIsANewline() {
        assertEquals("line one\nline two", render("<p>line one<br>line two</p>"));
    }

    @Test
    void preformattedTextIsKept() {
        assertEquals("a   b\n  c", render("<pre>a   b\n  c</pre>"));
    }

    @Test
    void entitiesAreDecoded() {
        assertEquals("Tom & Jerry — «oui»", render("<p>Tom &amp; Jerry &mdash; &laquo;oui&raquo;</p>"));
    }
}
