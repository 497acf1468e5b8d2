package io.newsroom.enrich.extract;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Publication and modification times, from the most to the least reliable source: JSON-LD, {@code <meta>} tags,
 * {@code <time>} elements, the URL's path, then dates written in the page's date and byline elements. Pure; reads
 * the document without changing it.
 */
final class DateExtractor {

    private static final String[] PUBLISHED_META = {"meta[property=article:published_time]",
            "meta[property=og:published_time]", "meta[itemprop=datePublished]", "meta[name=pubdate]",
            "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=publish_date]", "meta[name=date]",
            "meta[name=dc.date]", "meta[name=DC.date]", "meta[name=dc.date.issued]", "meta[name=DC.date.issued]",
            "meta[name=dcterms.created]", "meta[name=sailthru.date]", "meta[name=parsely-pub-date]",
            "meta[property=article:published]", "meta[name=article.published]", "meta[name=created]",
            "time[itemprop=datePublished]", "time[pubdate]", "[itemprop=datePublished][datetime]"};
    private static final String[] MODIFIED_META = {"meta[property=article:modified_time]",
            "meta[property=og:updated_time]", "meta[itemprop=dateModified]", "meta[name=last-modified]",
            "meta[name=dcterms.modified]", "time[itemprop=dateModified]"};
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:/|[-_]|$)");
    private static final Set<String> DATE_WORDS = Set.of("date", "time", "published", "pubdate", "posted", "dateline",
            "byline", "meta", "timestamp", "datetime", "data", "datum", "fecha", "publish", "created", "entrymeta",
            "postmeta", "articledate", "newsdate");
    private static final int MAX_DATE_ELEMENTS = 60;
    private static final int MAX_DATE_TEXT = 200;

    OffsetDateTime published(Document doc, MetadataReader meta, String url, boolean dayFirst) {
        OffsetDateTime t = DateParser.parse(meta.jsonLdString("datePublished"), dayFirst);
        if (t == null) {
            t = DateParser.parse(meta.first(PUBLISHED_META), dayFirst);
        }
        if (t == null && doc.body() != null) {
            Element time = doc.body().selectFirst("time[datetime]");
            t = time == null ? null : DateParser.parse(time.attr("datetime"), dayFirst);
        }
        if (t == null && url != null) {
            Matcher m = URL_DATE.matcher(url);
            if (m.find()) {
                t = DateParser.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3), dayFirst);
            }
        }
        if (t == null) {
            t = DateParser.parse(meta.jsonLdString("dateCreated"), dayFirst);
        }
        return t != null ? t : fromDateElements(doc, dayFirst);
    }

    OffsetDateTime modified(MetadataReader meta, boolean dayFirst) {
        OffsetDateTime t = DateParser.parse(meta.jsonLdString("dateModified"), dayFirst);
        return t != null ? t : DateParser.parse(meta.first(MODIFIED_META), dayFirst);
    }

    /** The first parseable date in a short element named like a date, a time or a byline. */
    private static OffsetDateTime fromDateElements(Document doc, boolean dayFirst) {
        if (doc.body() == null) {
            return null;
        }
        int seen = 0;
        for (Element e : doc.body().getAllElements()) {
            if (e.className().isEmpty() && e.id().isEmpty() || !ClassNames.any(ClassNames.words(e), DATE_WORDS)) {
                continue;
            }
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
