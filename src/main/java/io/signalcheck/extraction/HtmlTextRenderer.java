package io.signalcheck.extraction;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders an HTML subtree as plain text: whitespace collapsed as a browser would, block elements
 * separated by a blank line ({@code \n\n}) so sentences of different paragraphs never run together,
 * {@code <br>} as a line break, {@code <pre>} kept verbatim. The walk is jsoup's iterative
 * {@link NodeTraversor}, so a document nested thousands of levels deep cannot overflow the stack.
 */
final class HtmlTextRenderer {
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote", "pre",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody",
            "tfoot", "tr", "th", "td", "caption", "figure", "figcaption", "address", "hr", "details", "summary",
            "center", "fieldset", "legend", "body", "html", "title");

    private HtmlTextRenderer() {}

    static String render(Element root) {
        Visitor v = new Visitor();
        NodeTraversor.traverse(v, root);
        return v.result();
    }

    private static final class Visitor implements NodeVisitor {
        private final StringBuilder out = new StringBuilder();
        /** 0: nothing pending, 1: a line break, 2: a paragraph break before the next text. */
        private int pendingBreak;
        private int preDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                if (preDepth > 0) {
                    appendVerbatim(t.getWholeText());
                } else {
                    appendCollapsed(t.getWholeText());
                }
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    requestBreak(1);
                } else if (BLOCKS.contains(tag)) {
                    requestBreak(2);
                }
                if (tag.equals("pre")) {
                    preDepth++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (BLOCKS.contains(tag)) {
                    requestBreak(2);
                } else if (tag.equals("td") || tag.equals("th")) {
                    requestBreak(0);
                }
                if (tag.equals("pre")) {
                    preDepth--;
                }
            }
        }

        private void requestBreak(int level) {
            pendingBreak = Math.max(pendingBreak, level);
        }

        private void flushBreak() {
            if (pendingBreak > 0 && out.length() > 0) {
                trimTrailingSpaces();
                out.append(pendingBreak == 2 ? "\n\n" : "\n");
            }
            pendingBreak = 0;
        }

        private void appendVerbatim(String s) {
            if (s.isEmpty()) {
                return;
            }
            flushBreak();
            out.append(s);
        }

        private void appendCollapsed(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c)) {
                    // a space is only worth keeping between words on the same line
                    if (pendingBreak == 0 && out.length() > 0 && !atLineStartOrSpace()) {
                        out.append(' ');
                    }
                } else {
                    flushBreak();
                    out.append(c);
                }
            }
        }

        private boolean atLineStartOrSpace() {
            char last = out.charAt(out.length() - 1);
            return last == ' ' || last == '\n';
        }

        private void trimTrailingSpaces() {
            while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                out.setLength(out.length() - 1);
            }
        }

        String result() {
            trimTrailingSpaces();
            return out.toString();
        }
    }
}
