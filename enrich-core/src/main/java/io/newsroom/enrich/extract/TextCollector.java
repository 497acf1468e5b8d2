package io.newsroom.enrich.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Writes the article's paragraphs out of the chosen containers, in document order, one block per line. Inside
 * them it still leaves out chrome: navigation, asides, footers, captions, blocks named like share bars, teaser
 * lists and author boxes, and lines that are mostly links. Pure; reads the tree without changing it.
 */
final class TextCollector {

    private static final Set<String> BREAKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "br", "hr",
            "header", "address", "figure", "center", "caption", "details", "summary");
    private static final Set<String> SKIPPED = Set.of("nav", "aside", "footer", "figcaption", "noscript");
    /** Chrome unless it holds most of the text: ASP.NET pages wrap everything in one form, CMSs in "widgets". */
    private static final Set<String> SKIPPED_UNLESS_WRAPPER = Set.of("form");
    private static final double MAX_LINK_DENSITY = 0.5;
    /**
     * Chrome only when link-heavy: page builders put every block in a "widget" (Elementor's text-editor widget holds
     * the article's paragraphs) while a sidebar's widgets are lists of links; navigation is links, so a
     * "content-nav-section" holding paragraphs is the article cut into the sections a table of contents points at.
     */
    private static final double CHROME_LINK_DENSITY = 0.3;
    private static final int MIN_TAIL = 60;
    private static final int MIN_TAIL_CJK = 25;

    private static final int NEVER_WRAPPER = 1;
    private static final int CHROME_WORD = 2;
    private static final int CHROME_IF_LINKS_WORD = 4;
    /**
     * Class words of blocks left out ({@link BlockWord#collecting}) to one bit each, so that each class word is
     * looked up once.
     */
    private static final Map<String, Integer> KINDS = new HashMap<>();

    static {
        for (BlockWord w : BlockWord.ALL) {
            switch (w.collecting()) {
                case ALWAYS -> KINDS.put(w.word(), NEVER_WRAPPER);
                case UNLESS_WRAPPER -> KINDS.put(w.word(), CHROME_WORD);
                case IF_LINKS -> KINDS.put(w.word(), CHROME_IF_LINKS_WORD);
                case NO -> {
                }
            }
        }
    }

    private static int kinds(List<String> words) {
        int kinds = 0;
        for (String w : words) {
            Integer k = KINDS.get(w);
            kinds |= k == null ? 0 : k;
        }
        return kinds;
    }

    String collect(List<Element> roots, String title, TextStats stats, ClassNames names) {
        // as the page shows them, repeats included: a lead the body repeats, "Specs" under each product reviewed
        List<String> lines = new ArrayList<>();
        for (Element root : roots) {
            collect(root, lines, stats, names);
        }
        // spaces aside: the title may be the metadata's wording of a headline whose elements join with one more or
        // one fewer ({@link MetadataTitles#mostGiven})
        String titleKey = Headings.normalize(title).replace(" ", "");
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            // lower-casing never shortens: a line of more than twice the title's letters cannot be the title
            boolean mayBeTitle = line.length() <= 2 * titleKey.length() && 3 * line.length() >= titleKey.length();
            if (!mayBeTitle || !Headings.normalize(line).replace(" ", "").equals(titleKey)) {
                out.add(line);
            }
        }
        return String.join("\n", withoutTail(out));
    }

    private void collect(Element root, List<String> lines, TextStats stats, ClassNames names) {
        // an element named like chrome that holds most of the text is a wrapper (a CMS "widget"), not chrome
        int wrapperChars = stats.of(root).text / 2;
        StringBuilder line = new StringBuilder();
        int[] linkChars = {0};
        NodeTraversor.filter(new NodeFilter() {
            /** Links open around the current node (below the root): counted, not looked up from every text node. */
            private int links;

            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    // raw: the line's white space is collapsed once, when it is written
                    String s = t.getWholeText();
                    line.append(s);
                    if (links > 0) {
                        linkChars[0] += Whitespace.collapse(s).length();
                    }
                    return FilterResult.CONTINUE;
                }
                if (node instanceof Element e && e != root) {
                    int kinds = kinds(names.of(e));
                    if (SKIPPED.contains(e.normalName()) || (kinds & NEVER_WRAPPER) != 0
                            || (SKIPPED_UNLESS_WRAPPER.contains(e.normalName()) || (kinds & CHROME_WORD) != 0
                                    || (kinds & CHROME_IF_LINKS_WORD) != 0
                                            && stats.of(e).linkDensity() >= CHROME_LINK_DENSITY)
                            && stats.of(e).text < wrapperChars) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (BREAKS.contains(e.normalName())) {
                        flush(line, linkChars, lines);
                    }
                    // the tail below is reached only for elements whose head let the walk in
                    links += e.nameIs("a") ? 1 : 0;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && e != root && e.nameIs("a")) {
                    links--;
                }
                if (node instanceof Element e && BREAKS.contains(e.normalName())) {
                    flush(line, linkChars, lines);
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        flush(line, linkChars, lines);
    }

    /**
     * Drops the short lines after the last real paragraph: the labels of share bars, photo credits and "related"
     * boxes that sit at the end of an article's container.
     */
    private static List<String> withoutTail(List<String> lines) {
        int last = lines.size() - 1;
        while (last > 0 && !paragraph(lines.get(last))) {
            last--;
        }
        return lines.subList(0, last + 1);
    }

    private static boolean paragraph(String line) {
        int len = line.codePointCount(0, line.length());
        boolean cjk = !line.isEmpty() && Character.UnicodeScript.of(line.codePointAt(0)) == Character.UnicodeScript.HAN;
        return len >= (cjk ? MIN_TAIL_CJK : MIN_TAIL) || ChromeLines.endsSentence(line);
    }

    private static void flush(StringBuilder line, int[] linkChars, List<String> lines) {
        if (line.isEmpty()) {
            // most breaks follow another break: nothing to write
            return;
        }
        String text = Whitespace.collapse(line);
        if (!text.isEmpty() && (double) linkChars[0] / text.length() <= MAX_LINK_DENSITY
                && !ChromeLines.isChrome(text)) {
            lines.add(text);
        }
        line.setLength(0);
        linkChars[0] = 0;
    }
}
