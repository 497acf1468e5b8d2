package io.newsroom.enrich.extract;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeFilter.FilterResult;
import org.jsoup.select.NodeTraversor;

/**
 * Publication and modification times, from the most to the least reliable source: JSON-LD, {@code <meta>} tags,
 * {@code <time>} elements, the URL's path, then dates written in the page's date and byline elements. Pure; reads
 * the document without changing it.
 */
final class DateExtractor {

    private static final String[] PUBLISHED_META = {"property:article:published_time", "property:og:published_time",
            "itemprop:datepublished", "name:pubdate", "name:publishdate", "name:publish-date", "name:publish_date",
            "name:date", "name:dc.date", "name:dc.date.issued", "name:dcterms.created", "name:sailthru.date",
            "name:parsely-pub-date", "property:article:published", "name:article.published", "name:created", "pubdate:"};
    private static final String[] MODIFIED_META = {"property:article:modified_time", "property:og:updated_time",
            "itemprop:datemodified", "name:last-modified", "name:dcterms.modified"};
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:/|[-_]|$)");
    /** Class and id words of an element holding a date, a time or a byline. */
    private static final ClassNames.Hinted DATE_CLASSES = ClassNames.Hinted.read("date-classes");
    private static final int MAX_DATE_ELEMENTS = 60;
    private static final int MAX_DATE_TEXT = 200;
    private static final int MAX_LABEL_TEXT = 60;
    private static final List<String> LABELS = DateWord.all(DateWord.Use.LABEL);
    private static final Pattern DATE_LABEL = Pattern.compile("(?:^|\\s)" + Lexicon.startingWithOneOf(LABELS)
            + Lexicon.anyOf(LABELS) + "(?:\\s+" + Lexicon.anyOf(DateWord.all(DateWord.Use.AFTER_LABEL))
            + ")?\\s*:?(?:\\s|$)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int BYLINE_CHARS = 600;

    /**
     * The article's date: the one the page shows under its headline when there is one (what readers, and the
     * labelled evaluation set, take as the article's date, often an "Updated" date; a time marked as the
     * modification time does not count, and a time's datetime beats its text), or one it marks with
     * {@code <time pubdate>}; else the metadata's publication date.
     */
    OffsetDateTime published(PageScan scan, MetadataReader meta, String url, boolean dayFirst, String afterHeadline) {
        OffsetDateTime shown = afterHeadline == null ? null : DateParser.parse(afterHeadline, dayFirst);
        if (shown == null) {
            // <time pubdate> marks the date the page shows as the article's, wherever it shows it
            shown = DateParser.parse(meta.first("pubdate:"), dayFirst);
        }
        OffsetDateTime stated = fromMetadata(scan, meta, url, dayFirst);
        if (shown == null) {
            if (stated != null) {
                return stated;
            }
            OffsetDateTime named = fromDateElements(scan, dayFirst);
            return named != null ? named : fromLabelledText(scan.body(), dayFirst);
        }
        // the same day in the metadata usually carries the exact time and offset that the page's text leaves out
        return stated != null && stated.toLocalDate().equals(shown.toLocalDate()) ? stated : shown;
    }

    private static OffsetDateTime fromMetadata(PageScan scan, MetadataReader meta, String url, boolean dayFirst) {
        OffsetDateTime t = DateParser.parse(meta.jsonLd().string("datePublished", false), dayFirst);
        if (t == null) {
            t = DateParser.parse(meta.first(PUBLISHED_META), dayFirst);
        }
        if (t == null) {
            Element time = scan.firstTime();
            t = time == null ? null : DateParser.parse(time.attr("datetime"), dayFirst);
        }
        if (t == null && url != null) {
            Matcher m = URL_DATE.matcher(url);
            if (m.find()) {
                t = DateParser.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3), dayFirst);
            }
        }
        return t != null ? t : DateParser.parse(meta.jsonLd().string("dateCreated", false), dayFirst);
    }

    OffsetDateTime modified(MetadataReader meta, boolean dayFirst) {
        OffsetDateTime t = DateParser.parse(meta.jsonLd().string("dateModified", false), dayFirst);
        return t != null ? t : DateParser.parse(meta.first(MODIFIED_META), dayFirst);
    }

    /** The first few hundred characters of text after the headline, where bylines and their dates sit. */
    static String textAfter(Element headline) {
        Element body = headline == null || headline.ownerDocument() == null ? null : headline.ownerDocument().body();
        if (body == null) {
            return null;
        }
        StringBuilder following = new StringBuilder();
        NodeFilter collect = (node, depth) -> {
            // a modification time says when the page changed, not when the article appeared
            if (node instanceof Element e && "dateModified".equalsIgnoreCase(e.attributes().get("itemprop"))) {
                return FilterResult.SKIP_ENTIRELY;
            }
            // a time's datetime is the date its text only renders, in some format and time zone
            if (node instanceof Element e && e.nameIs("time") && !e.attr("datetime").isBlank()) {
                following.append(e.attr("datetime").strip()).append('\n');
                return FilterResult.SKIP_ENTIRELY;
            }
            if (node instanceof TextNode t && !t.isBlank()) {
                // one line per text node: a name must not run on into the next element's words
                following.append(t.text().strip()).append('\n');
            }
            return following.length() >= BYLINE_CHARS ? FilterResult.STOP : FilterResult.CONTINUE;
        };
        // what follows the headline in document order, without walking the menus before it
        Node node = headline;
        while (following.length() < BYLINE_CHARS) {
            while (node != null && node != body && node.nextSibling() == null) {
                node = node.parent();
            }
            if (node == null || node == body) {
                break;
            }
            node = node.nextSibling();
            NodeTraversor.filter(collect, node);
        }
        // a long first paragraph is cut: dates and bylines further in are the story's, not the article's, and
        // the date patterns cost time in proportion to the text they scan
        return following.length() > BYLINE_CHARS ? following.substring(0, BYLINE_CHARS) : following.toString();
    }

    /** A {@code <time>}, or an element named like a date, a time or a byline ({@link PageScan} gathers them). */
    static boolean namedLikeADate(Element e) {
        return e.nameIs("time")
                || (DATE_CLASSES.hintedIn(e.className()) || DATE_CLASSES.hintedIn(e.id()))
                        && DATE_CLASSES.anyIn(ClassNames.words(e));
    }

    /**
     * The first date the page introduces in words ("Published on", "Last updated:", "Опубликовано"), in an element
     * short enough to be that line: the last resort of a page with no other date.
     */
    private static OffsetDateTime fromLabelledText(Element body, boolean dayFirst) {
        if (body == null) {
            return null;
        }
        OffsetDateTime[] found = {null};
        NodeTraversor.filter((node, depth) -> {
            // a label is a few words, with the date beside it or in the next element
            if (node instanceof TextNode t && t.parent() != null && t.getWholeText().length() <= MAX_LABEL_TEXT
                    && DATE_LABEL.matcher(t.getWholeText()).find()) {
                String line = t.parent().text();
                found[0] = line.length() <= MAX_DATE_TEXT ? DateParser.parse(line, dayFirst) : null;
            }
            return found[0] != null ? FilterResult.STOP : FilterResult.CONTINUE;
        }, body);
        return found[0];
    }

    /** The first parseable date in a short element named like a date, a time or a byline. */
    private static OffsetDateTime fromDateElements(PageScan scan, boolean dayFirst) {
        int seen = 0;
        for (Element e : scan.dateElements()) {
            String text = e.text();
            if (text.length() <= MAX_DATE_TEXT) {
                OffsetDateTime t = DateParser.parse(text, dayFirst);
                if (t != null) {
                    return t;
                }
            }
            if (++seen > MAX_DATE_ELEMENTS) {
                return null;
            }
        }
        return null;
    }
}
