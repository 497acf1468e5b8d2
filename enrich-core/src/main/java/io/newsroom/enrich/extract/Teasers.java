package io.newsroom.enrich.extract;

import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Teasers: the items of a list of other articles ("Latest news", "Read also"), each another article's linked
 * headline with its summary. Their text reads like paragraphs, yet it is not the article's. Pure; reads the tree
 * without changing it.
 */
final class Teasers {

    private static final int TEASER_LEVELS = 5;
    private static final int TEASER_SHARE = 6;
    private static final int HEADED_TEASER_SHARE = 12;
    private static final Set<String> HEADING_TAGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private Teasers() {
    }

    /**
     * A list item that opens with a link holding a good part of its text is a teaser: another article's headline
     * with its summary ("Latest news"), not a paragraph of this one. The block is such an item or inside one.
     */
    static boolean inTeaser(Element block, TextStats stats) {
        Element item = block;
        for (int level = 0; level < TEASER_LEVELS && item != null; level++, item = item.parent()) {
            if (ContentScorer.LIST_ITEMS.contains(item.normalName())) {
                return ledByLink(item, stats);
            }
        }
        return false;
    }

    /**
     * The item's first content is a link, or a link is the first thing inside its first elements (a headline's).
     * A link inside a heading may be shorter against a long summary than one standing alone.
     */
    private static boolean ledByLink(Element item, TextStats stats) {
        Element first = item;
        boolean headed = false;
        for (int level = 0; level < TEASER_LEVELS && first != null && !first.nameIs("a"); level++) {
            first = firstContent(first);
            headed |= first != null && (HEADING_TAGS.contains(first.normalName()) || Headings.isHeading(first));
        }
        return first != null && first.nameIs("a")
                && stats.of(first).text * (headed ? HEADED_TEASER_SHARE : TEASER_SHARE) >= stats.of(item).text;
    }

    /** The first child element, or null when text comes before any element. */
    private static Element firstContent(Element e) {
        for (Node n : e.childNodes()) {
            if (n instanceof Element child) {
                return child;
            }
            if (n instanceof TextNode t && !t.isBlank()) {
                return null;
            }
        }
        return null;
    }
}
