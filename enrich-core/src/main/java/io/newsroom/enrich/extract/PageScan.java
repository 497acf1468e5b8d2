package io.newsroom.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeFilter.FilterResult;
import org.jsoup.select.NodeTraversor;

/**
 * One walk over the page's elements that gathers what the metadata and headline steps always look for. What only
 * some pages need (byline and date elements, asked for when the metadata and the line under the headline say
 * nothing) is gathered on the first call, by a walk of its own, so that most pages never pay for it. Read before
 * the tree is cleaned. Not thread-safe; one per page.
 */
final class PageScan {

    private static final int MAX_HEADINGS = 40;
    private static final int MAX_BYLINES = 20;
    private static final int MAX_DATE_ELEMENTS = 61;

    private final Element body;
    private final List<Element> metadata = new ArrayList<>();
    private final List<Element> headings = new ArrayList<>();
    private List<Element> bylines;
    private List<Element> dateElements;
    private Element firstTime;

    PageScan(Document doc) {
        body = doc.body();
        boolean[] inBody = {false};
        forEachElement(doc, e -> {
            // document order: the body's elements come after it, and nothing the page shows is outside it
            inBody[0] |= e == body;
            if (MetadataReader.mayHold(e)) {
                metadata.add(e);
            }
            if (!inBody[0]) {
                return;
            }
            // teaser lists can hold dozens of "title" elements before the article's own h1, which always counts
            if ((headings.size() < MAX_HEADINGS || e.nameIs("h1")) && Headings.isHeading(e)) {
                headings.add(e);
            }
            if (firstTime == null && e.nameIs("time") && e.attributes().hasKey("datetime")) {
                firstTime = e;
            }
        });
    }

    /**
     * The root and every element under it, in document order: a plain walk, several times cheaper than
     * {@code getAllElements()}, which builds a list through a stream.
     */
    static void forEachElement(Element root, Consumer<Element> action) {
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e) {
                action.accept(e);
            }
        }, root);
    }

    /** Elements that may carry metadata: meta tags, JSON-LD, the canonical link, datetime attributes. */
    List<Element> metadata() {
        return metadata;
    }

    /** Headline candidates in document order ({@link Headings#isHeading}): every h1, and at most 40 others. */
    List<Element> headings() {
        return headings;
    }

    /** Byline candidates ({@link BylineElements#isByline}), at most 20. */
    List<Element> bylines() {
        if (bylines == null) {
            bylines = inBody(BylineElements::isByline, MAX_BYLINES);
        }
        return bylines;
    }

    /** Elements named like a date, a time or a byline ({@link DateExtractor#namedLikeADate}), at most 61. */
    List<Element> dateElements() {
        if (dateElements == null) {
            dateElements = inBody(DateExtractor::namedLikeADate, MAX_DATE_ELEMENTS);
        }
        return dateElements;
    }

    /** The page's body, or null. */
    Element body() {
        return body;
    }

    /** The body's first {@code <time datetime>}, or null. */
    Element firstTime() {
        return firstTime;
    }

    private List<Element> inBody(Predicate<Element> test, int max) {
        List<Element> found = new ArrayList<>();
        if (body == null) {
            return found;
        }
        NodeTraversor.filter((node, depth) -> {
            if (node instanceof Element e && test.test(e)) {
                found.add(e);
            }
            return found.size() == max ? FilterResult.STOP : FilterResult.CONTINUE;
        }, body);
        return found;
    }
}
