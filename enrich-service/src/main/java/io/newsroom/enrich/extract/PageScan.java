package io.newsroom.enrich.extract;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One walk over the page's elements that gathers what the metadata, headline, byline and date steps look for. Each
 * step asking the whole tree on its own cost more than the parse on large pages: the walk, not the tests, is what
 * costs. Read before the tree is cleaned. Pure.
 */
final class PageScan {

    private static final int MAX_HEADINGS = 40;
    private static final int MAX_BYLINES = 20;
    private static final int MAX_DATE_ELEMENTS = 61;

    private final List<Element> metadata = new ArrayList<>();
    private final List<Element> headings = new ArrayList<>();
    private final List<Element> bylines = new ArrayList<>();
    private final List<Element> dateElements = new ArrayList<>();
    private Element firstTime;

    PageScan(Document doc) {
        Element body = doc.body();
        boolean inBody = false;
        for (Element e : doc.getAllElements()) {
            // document order: the body's elements come after it, and nothing the page shows is outside it
            inBody |= e == body;
            if (MetadataReader.mayHold(e)) {
                metadata.add(e);
            }
            if (!inBody) {
                continue;
            }
            if (headings.size() < MAX_HEADINGS && Headings.isHeading(e)) {
                headings.add(e);
            }
            if (bylines.size() < MAX_BYLINES && AuthorExtractor.isByline(e)) {
                bylines.add(e);
            }
            if (dateElements.size() < MAX_DATE_ELEMENTS && DateExtractor.namedLikeADate(e)) {
                dateElements.add(e);
            }
            if (firstTime == null && e.nameIs("time") && e.attributes().hasKey("datetime")) {
                firstTime = e;
            }
        }
    }

    /** Elements that may carry metadata: meta tags, JSON-LD, the canonical link, datetime attributes. */
    List<Element> metadata() {
        return metadata;
    }

    /** Headline candidates in document order ({@link Headings#isHeading}), at most 40. */
    List<Element> headings() {
        return headings;
    }

    /** Byline candidates ({@link AuthorExtractor#isByline}), at most 20. */
    List<Element> bylines() {
        return bylines;
    }

    /** Elements named like a date, a time or a byline ({@link DateExtractor#namedLikeADate}), at most 61. */
    List<Element> dateElements() {
        return dateElements;
    }

    /** The body's first {@code <time datetime>}, or null. */
    Element firstTime() {
        return firstTime;
    }
}
