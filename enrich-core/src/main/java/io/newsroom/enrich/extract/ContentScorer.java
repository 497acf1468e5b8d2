package io.newsroom.enrich.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * Finds the element that holds the article, the way Readability does, without per-site rules: every paragraph-like
 * block scores by its length and commas (unless it is a teaser, {@link Teasers}), the score flows to its parent and,
 * fading, to further ancestors; class and id names that speak of content or of chrome ({@link BlockWord}) raise or
 * lower a candidate; link-heavy candidates lose in proportion.
 * The best candidate is returned with those of its siblings that look like the same article's continuation.
 * Pure; reads the tree without changing it.
 */
final class ContentScorer {

    private static final Set<String> POSITIVE = BlockWord.scoring(BlockWord.Scoring.CONTENT);
    private static final Set<String> NEGATIVE = BlockWord.scoring(BlockWord.Scoring.CHROME);
    private static final Set<String> BLOCKS = Set.of("p", "pre", "td", "blockquote", "dd", "li");
    /** List items and definitions count only when paragraph-sized: lists of names or links are not articles. */
    static final Set<String> LIST_ITEMS = Set.of("li", "dd");
    private static final int MIN_LIST_ITEM_CHARS = 100;
    private static final Set<String> TEXT_CONTAINERS = Set.of("div", "section", "article", "main", "font", "span",
            "center", "body", "td");
    private static final int MIN_BLOCK_CHARS = 25;
    private static final int MAX_LEVELS = 12;
    private static final double COPYRIGHT_FACTOR = 0.2;
    private static final double DECAY = 0.75;
    private static final int HEADLINE_LEVELS = 4;
    private static final Set<String> CHROME_TAGS = Set.of("nav", "aside", "footer", "form");
    private static final double INSIDE_CHROME = 0.3;
    private static final int SECTION_LEVELS = 6;
    private static final int MIN_SECTION_CHARS = 80;
    private static final int MIN_SECTIONS = 3;
    private static final double HEADLINE_BOOST = 1;
    private static final double HEADLINE_BOOST_DECAY = 0.6;
    private static final double ARTICLE_AROUND_HEADLINE = 1.5;
    private static final double SIBLING_LINK_DENSITY = 0.25;
    private static final double SAME_KIND_LINK_DENSITY = 0.5;
    private static final double CLIMB_LINK_DENSITY = 0.1;
    private static final double CLIMB_PARAGRAPH_SHARE = 0.85;

    /**
     * @param headline the element holding the article's headline, or null: the article's container is usually
     *                 near it, so its closest ancestors get a boost
     */
    List<Element> select(Element body, TextStats stats, Element headline, ClassNames names) {
        Map<Element, double[]> scores = new IdentityHashMap<>();
        PageScan.forEachElement(body, e -> {
            TextStats.Counts c = stats.of(e);
            boolean block = LIST_ITEMS.contains(e.normalName()) ? c.text >= MIN_LIST_ITEM_CHARS
                    : BLOCKS.contains(e.normalName()) ? c.text >= MIN_BLOCK_CHARS
                    : TEXT_CONTAINERS.contains(e.normalName()) && c.own >= MIN_BLOCK_CHARS;
            if (!block || Teasers.inTeaser(e, stats)) {
                return;
            }
            double score = (1 + c.commas + Math.min(c.text / 100.0, 3)) * (1 - c.linkDensity())
                    * (c.ownCopyright ? COPYRIGHT_FACTOR : 1);
            // Every ancestor shares the block's score, less with each level: a container wins over its parent
            // unless the parent holds a good deal more text (a third more per level climbed).
            Element ancestor = BLOCKS.contains(e.normalName()) ? e.parent() : e;
            double weight = 1;
            for (int level = 0; level < MAX_LEVELS && ancestor != null; level++, ancestor = ancestor.parent()) {
                scores.computeIfAbsent(ancestor, a -> new double[] {0})[0] += score * weight;
                weight *= DECAY;
            }
        });
        if (headline != null) {
            Element ancestor = headline.parent();
            double boost = HEADLINE_BOOST;
            for (int level = 0; level < HEADLINE_LEVELS && ancestor != null && ancestor != body; level++) {
                double[] score = scores.get(ancestor);
                if (score != null) {
                    // an <article> around the headline is the page saying where the story is
                    score[0] *= (1 + boost) * (ancestor.nameIs("article") ? ARTICLE_AROUND_HEADLINE : 1);
                }
                // the nearer the headline, the likelier the article's own container
                boost *= HEADLINE_BOOST_DECAY;
                ancestor = ancestor.parent();
            }
        }
        Element top = null;
        double topScore = Double.NEGATIVE_INFINITY;
        Map<Element, Boolean> chromeMemo = new IdentityHashMap<>();
        for (Map.Entry<Element, double[]> s : scores.entrySet()) {
            Element e = s.getKey();
            double finalScore = s.getValue()[0] * factor(e, names) * (1 - stats.of(e).linkDensity())
                    * (insideChrome(e.parent(), body, stats, names, chromeMemo) ? INSIDE_CHROME : 1);
            s.getValue()[0] = finalScore;
            if (finalScore > topScore) {
                topScore = finalScore;
                top = e;
            }
        }
        if (top == null) {
            return List.of(body);
        }
        top = withParagraphsBeside(top, body, stats, names);
        List<Element> sections = sameKindSections(top, stats);
        return sections != null ? sections : withSiblings(top, topScore, scores, stats);
    }

    /**
     * The top candidate's ancestors while what they add is paragraphs: an intro, a lead or a closing section set
     * in a wrapper of its own beside the main block is the same article, and a wrapper that adds nothing is the
     * block itself (its siblings, not the block's, are the article's other parts). An ancestor that adds headings,
     * bylines, links, or paragraphs in something named like chrome (a "teaser" widget) stops the climb.
     */
    private static Element withParagraphsBeside(Element top, Element body, TextStats stats, ClassNames names) {
        Element widest = top;
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            TextStats.Counts outer = stats.of(parent);
            TextStats.Counts inner = stats.of(widest);
            int added = outer.text - inner.text;
            if (outer.linkDensity() > CLIMB_LINK_DENSITY || factor(parent, names) < 1
                    || outer.paragraphs - inner.paragraphs - chromeParagraphs(parent, widest, stats, names)
                            < CLIMB_PARAGRAPH_SHARE * added) {
                break;
            }
            widest = parent;
        }
        return widest;
    }

    /** Paragraph text under the element, outside the part already taken, that sits in something named like chrome. */
    private static int chromeParagraphs(Element e, Element taken, TextStats stats, ClassNames names) {
        int chrome = 0;
        for (Element child : e.children()) {
            if (child == taken || stats.of(child).paragraphs == 0) {
                continue;
            }
            chrome += CHROME_TAGS.contains(child.normalName()) || ClassNames.any(names.of(child), NEGATIVE)
                    ? stats.of(child).paragraphs : chromeParagraphs(child, taken, stats, names);
        }
        return chrome;
    }

    private static List<Element> withSiblings(Element top, double topScore, Map<Element, double[]> scores,
            TextStats stats) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double threshold = topScore * 0.3;
        List<Element> picked = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                picked.add(sibling);
                continue;
            }
            double[] s = scores.get(sibling);
            boolean sameKind = !top.className().isEmpty() && top.className().equals(sibling.className());
            double linkDensity = stats.of(sibling).linkDensity();
            // a sibling joins only when it reads as text: link-heavy ones are navigation or teasers, unless it is
            // of the top candidate's own kind (an intro citing its sources in the same rich-text block style), whose
            // links then lower neither its score nor its chance
            double score = s == null ? 0 : sameKind ? s[0] / (1 - linkDensity) + topScore * 0.2 : s[0];
            // a block carrying a copyright sign does not join either: beside the article, that is the legal footer
            if (score >= threshold && linkDensity < (sameKind ? SAME_KIND_LINK_DENSITY : SIBLING_LINK_DENSITY)
                    && !stats.of(sibling).copyright) {
                picked.add(sibling);
            } else if (sibling.nameIs("p") && continuation(stats.of(sibling), sibling)) {
                picked.add(sibling);
            }
        }
        return picked;
    }

    /**
     * Page builders cut one article into a run of sections of the same kind (same tag and class), each holding a
     * few paragraphs; the best-scoring one is then only a fragment. Returns the whole run when the top candidate or
     * one of its nearest ancestors is such a section, else null.
     */
    private static List<Element> sameKindSections(Element top, TextStats stats) {
        Element node = top;
        for (int level = 0; level < SECTION_LEVELS && node.parent() != null; level++, node = node.parent()) {
            if (node.className().isBlank()) {
                continue;
            }
            List<Element> run = new ArrayList<>();
            for (Element sibling : node.parent().children()) {
                TextStats.Counts c = stats.of(sibling);
                if (sibling.normalName().equals(node.normalName()) && sibling.className().equals(node.className())
                        && c.text >= MIN_SECTION_CHARS && c.linkDensity() < 0.3) {
                    run.add(sibling);
                }
            }
            if (run.size() >= MIN_SECTIONS) {
                return run;
            }
        }
        return null;
    }

    private static boolean continuation(TextStats.Counts c, Element p) {
        if (c.text > 80) {
            return c.linkDensity() < SIBLING_LINK_DENSITY;
        }
        String text = p.text();
        return c.text > 0 && c.links == 0 && (text.endsWith(".") || text.endsWith("。") || text.endsWith("!"));
    }

    /**
     * True when an ancestor is named or tagged like chrome (a comment form, a sidebar, a footer): text in there is
     * not the article however dense it is. An ancestor holding half the page or more is a wrapper, not chrome.
     */
    private static boolean insideChrome(Element a, Element body, TextStats stats, ClassNames names,
            Map<Element, Boolean> memo) {
        if (a == null || a == body) {
            return false;
        }
        Boolean known = memo.get(a);
        if (known != null) {
            return known;
        }
        boolean chrome = stats.of(a).text < stats.of(body).text / 2
                && (CHROME_TAGS.contains(a.normalName()) || ClassNames.any(names.of(a), NEGATIVE))
                || insideChrome(a.parent(), body, stats, names, memo);
        memo.put(a, chrome);
        return chrome;
    }

    /** What the element's tag and names say about it being the article's container. */
    private static double factor(Element e, ClassNames names) {
        double tag = switch (e.normalName()) {
            case "article", "main" -> 1.2;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form", "table" -> 0.8;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th", "header", "nav", "aside", "footer" -> 0.5;
            default -> 1;
        };
        List<String> words = names.of(e);
        return tag * (ClassNames.any(words, NEGATIVE) ? 0.5 : 1) * (ClassNames.any(words, POSITIVE) ? 1.25 : 1);
    }

}
