package io.newsroom.enrich.extract;

import java.time.Clock;
import java.time.Duration;
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
 * Publication and modification times, kept apart, from every source a page has: JSON-LD, {@code <meta>} tags,
 * {@code <time pubdate>}, the dates shown under the headline ({@link ShownDates}), {@code <time>} elements, the date
 * in the path of the page's address or of the one it calls canonical, then dates written in the page's date and
 * byline elements or introduced in words. Where the page shows one date under its headline and its metadata states
 * another, the metadata's wins only where the page's address carries it too; otherwise the shown date does, as
 * readers see it (a page showing only "Updated ..." is dated by that). No date after the extraction (the fetch) nor
 * before 1990 is taken, and no line that states a copyright. Pure; reads the document without changing it.
 */
final class DateExtractor {

    private static final String[] PUBLISHED_META = {"property:article:published_time", "property:og:published_time",
            "itemprop:datepublished", "name:pubdate", "name:publishdate", "name:publish-date", "name:publish_date",
            "name:date", "name:dc.date", "name:dc.date.issued", "name:dcterms.created", "name:dcterms.date",
            "name:dc.date.created", "property:dc:date", "name:sailthru.date", "name:parsely-pub-date",
            "property:article:published", "name:article.published", "name:citation_publication_date",
            "name:citation_date", "name:created", "pubdate:"};
    private static final String[] MODIFIED_META = {"property:article:modified_time", "property:og:updated_time",
            "itemprop:datemodified", "name:last-modified", "name:dcterms.modified", "name:dc.date.modified",
            "property:article:modified"};
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})(?:[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:/|[-_.]|$)"
                    // one digit where slashes set the parts apart: "/2017/7/12/"
                    + "|/([1-9]|0[1-9]|1[0-2])/([1-9]|0[1-9]|[12]\\d|3[01])/)");
    /** Class and id words of an element holding a date, a time or a byline. */
    private static final ClassNames.Hinted DATE_CLASSES = ClassNames.Hinted.read("date-classes");
    private static final int MAX_DATE_ELEMENTS = 60;
    private static final int MAX_DATE_TEXT = 200;
    private static final int MAX_LABEL_TEXT = 60;
    private static final List<String> LABELS = DateWord.all(DateWord.Use.LABEL);
    private static final Pattern DATE_LABEL = Pattern.compile("(?:^|\\s)" + Lexicon.startingWithOneOf(LABELS)
            + Lexicon.anyOf(LABELS) + "(?:\\s+" + Lexicon.anyOf(DateWord.all(DateWord.Use.AFTER_LABEL))
            + ")?\\s*:?(?:\\s|$)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern COPYRIGHT = Pattern.compile("©|\\(c\\)|copyright", Pattern.CASE_INSENSITIVE);
    private static final int BYLINE_CHARS = 600;
    /** A page's time may run ahead of the fetch by its time zone. */
    private static final Duration AHEAD = Duration.ofDays(1);

    private final Clock clock;

    /** @param clock the time of extraction: no page is dated after it */
    DateExtractor(Clock clock) {
        this.clock = clock;
    }

    /** The publication and modification times, each null when the page does not say. */
    Dates dates(PageScan scan, MetadataReader meta, String url, boolean dayFirst, String afterHeadline) {
        OffsetDateTime latest = OffsetDateTime.now(clock).plus(AHEAD);
        ShownDates shown = ShownDates.in(afterHeadline, dayFirst);
        OffsetDateTime modified = plausible(first(dayFirst, meta.jsonLd().string("dateModified", true),
                meta.first(MODIFIED_META)), latest);
        if (modified == null) {
            modified = plausible(shown.modified(), latest);
        }
        return new Dates(published(scan, meta, url, dayFirst, new ShownDates(plausible(shown.published(), latest),
                plausible(shown.modified(), latest)), latest), modified);
    }

    /**
     * The article's date: the one the page marks with {@code <time pubdate>} or shows under its headline, unless the
     * metadata states another that the address confirms; else the metadata's; else the last resorts.
     */
    private static OffsetDateTime published(PageScan scan, MetadataReader meta, String url, boolean dayFirst,
            ShownDates underHeadline, OffsetDateTime latest) {
        // <time pubdate> marks the date the page shows as the article's, wherever it shows it
        OffsetDateTime shown = plausible(DateParser.parse(meta.first("pubdate:"), dayFirst), latest);
        // a page showing only its update date dates itself by it, as its readers (and the open set's labels) do
        shown = shown != null ? shown : underHeadline.published();
        shown = shown != null ? shown : underHeadline.modified();
        OffsetDateTime stated = plausible(first(dayFirst, meta.jsonLd().string("datePublished", true),
                meta.first(PUBLISHED_META)), latest);
        OffsetDateTime addressed = plausible(fromAddresses(url, meta), latest);
        if (stated == null) {
            Element time = scan.firstTime();
            stated = plausible(time == null ? null : DateParser.parse(time.attr("datetime"), dayFirst), latest);
        }
        if (shown == null) {
            if (stated != null) {
                return stated;
            }
            OffsetDateTime other = first(addressed, plausible(DateParser.parse(
                    meta.jsonLd().string("dateCreated", true), dayFirst), latest));
            other = other != null ? other : plausible(fromDateElements(scan, dayFirst), latest);
            other = other != null ? other : plausible(fromLabelledText(scan.body(), dayFirst), latest);
            return other;
        }
        if (stated == null || sameDay(stated, shown)) {
            // the same day in the metadata usually carries the exact time and offset that the page's text leaves out
            return stated != null ? stated : shown;
        }
        // the address and the metadata agreeing outvote a date shown under the headline (a teaser's, a menu's)
        return sameDay(stated, addressed) && !sameDay(shown, addressed) ? stated : shown;
    }

    private static OffsetDateTime first(boolean dayFirst, String... written) {
        for (String w : written) {
            OffsetDateTime t = DateParser.parse(w, dayFirst);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private static OffsetDateTime first(OffsetDateTime a, OffsetDateTime b) {
        return a != null ? a : b;
    }

    private static boolean sameDay(OffsetDateTime a, OffsetDateTime b) {
        return a != null && b != null && a.toLocalDate().equals(b.toLocalDate());
    }

    /** The time unless it is after the latest a page can carry. */
    private static OffsetDateTime plausible(OffsetDateTime t, OffsetDateTime latest) {
        return t == null || t.isAfter(latest) ? null : t;
    }

    /** The date in the path of the page's address, or of the one it calls canonical ("/2024/05/04/", "/20240504-"). */
    private static OffsetDateTime fromAddresses(String url, MetadataReader meta) {
        for (String address : new String[] {url, meta.first("canonical:"), meta.first("property:og:url")}) {
            if (address != null) {
                Matcher m = URL_DATE.matcher(address);
                if (m.find()) {
                    String month = m.group(2) != null ? m.group(2) : "%02d".formatted(Integer.parseInt(m.group(4)));
                    String day = m.group(3) != null ? m.group(3) : "%02d".formatted(Integer.parseInt(m.group(5)));
                    OffsetDateTime t = DateParser.parse(m.group(1) + "-" + month + "-" + day, true);
                    if (t != null) {
                        return t;
                    }
                }
            }
        }
        return null;
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
            // a label is a few words, with the date beside it, or beside the label's own element
            if (node instanceof TextNode t && t.parent() != null && t.getWholeText().length() <= MAX_LABEL_TEXT
                    && DATE_LABEL.matcher(t.getWholeText()).find()) {
                found[0] = dateOf(t.parent(), dayFirst);
                if (found[0] == null && t.parent().parent() != null) {
                    found[0] = dateOf(t.parent().parent(), dayFirst);
                }
            }
            return found[0] != null ? FilterResult.STOP : FilterResult.CONTINUE;
        }, body);
        return found[0];
    }

    /** The date of a line short enough to be a date line, that states no copyright. */
    private static OffsetDateTime dateOf(Element e, boolean dayFirst) {
        String line = e.text();
        return line.length() <= MAX_DATE_TEXT && !COPYRIGHT.matcher(line).find() ? DateParser.parse(line, dayFirst)
                : null;
    }

    /** The first parseable date in a short element named like a date, a time or a byline. */
    private static OffsetDateTime fromDateElements(PageScan scan, boolean dayFirst) {
        int seen = 0;
        for (Element e : scan.dateElements()) {
            OffsetDateTime t = dateOf(e, dayFirst);
            if (t != null) {
                return t;
            }
            if (++seen > MAX_DATE_ELEMENTS) {
                return null;
            }
        }
        return null;
    }
}
