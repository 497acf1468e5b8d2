package io.newsroom.enrich.extract;

import java.util.IdentityHashMap;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text length, link-text length, paragraph-text length and comma count of every element under a root, computed in
 * one post-order pass (so nested tables cost linear, not quadratic, time). Not thread-safe; one instance per page.
 */
final class TextStats {

    /** Counts for one element, its descendants included. {@code own} counts direct text nodes only. */
    static final class Counts {
        int text;
        int links;
        int commas;
        int own;
        /** Text inside {@code <p>} elements. */
        int paragraphs;
        /** Whether the element's own text carries a copyright sign: legal notices, not articles, do. */
        boolean ownCopyright;
        /** Whether the element's text, descendants included, carries a copyright sign. */
        boolean copyright;

        double linkDensity() {
            return text == 0 ? 0 : (double) links / text;
        }
    }

    private final Map<Element, Counts> counts = new IdentityHashMap<>();

    TextStats(Element root) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    counts.put(e, new Counts());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof TextNode t && t.parent() != null) {
                    Element parent = t.parent();
                    String s = t.getWholeText();
                    int len = visibleLength(s);
                    Counts c = counts.get(parent);
                    c.text += len;
                    c.own += len;
                    c.commas += commas(s);
                    c.ownCopyright |= s.indexOf('\u00a9') >= 0;
                    c.copyright |= c.ownCopyright;
                } else if (node instanceof Element e && e.parent() != null && counts.containsKey(e.parent()) && e != root) {
                    Counts c = counts.get(e);
                    if (e.nameIs("a")) {
                        c.links = c.text;
                    } else if (e.nameIs("p")) {
                        c.paragraphs = c.text;
                    }
                    Counts p = counts.get(e.parent());
                    p.text += c.text;
                    p.links += c.links;
                    p.commas += c.commas;
                    p.paragraphs += c.paragraphs;
                    p.copyright |= c.copyright;
                }
            }
        }, root);
    }

    Counts of(Element e) {
        Counts c = counts.get(e);
        return c != null ? c : new Counts();
    }

    /** Characters that are not white space: layout spacing must not count as text. */
    private static int visibleLength(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u00a0') {
                n++;
            }
        }
        return n;
    }

    /** Latin, Arabic and CJK commas in the text. */
    static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == ',' || ch == '\u060C' || ch == '\uFF0C' || ch == '\u3001') {
                n++;
            }
        }
        return n;
    }
}
