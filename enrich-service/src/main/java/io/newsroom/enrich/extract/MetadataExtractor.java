package io.newsroom.enrich.extract;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Title, publication date and authors from the page's machine-readable metadata (OpenGraph, article:*,
 * schema.org microdata and JSON-LD fields, {@code <time>}), then from its visible headline. Pure and thread-safe;
 * reads the document without changing it, so it must run before the main-text step.
 */
final class MetadataExtractor {

    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern JSON_LD_HEADLINE = Pattern.compile("\"headline\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern BY_PREFIX = Pattern.compile("^(?i)(by|written by|author:?)\\s+");

    String title(Document doc) {
        String og = meta(doc, "meta[property=og:title]", "meta[name=twitter:title]");
        if (og != null) {
            return og;
        }
        String headline = jsonLd(doc, JSON_LD_HEADLINE);
        if (headline != null) {
            return headline;
        }
        Element h1 = doc.selectFirst("article h1, h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().trim();
        }
        return stripSiteName(doc.title());
    }

    OffsetDateTime published(Document doc) {
        List<String> candidates = new ArrayList<>();
        addIfPresent(candidates, meta(doc, "meta[property=article:published_time]", "meta[itemprop=datePublished]",
                "meta[name=pubdate]", "meta[name=publish-date]", "meta[name=date]"));
        addIfPresent(candidates, jsonLd(doc, JSON_LD_DATE));
        Element time = doc.selectFirst("article time[datetime], time[datetime]");
        if (time != null) {
            candidates.add(time.attr("datetime"));
        }
        for (String c : candidates) {
            OffsetDateTime parsed = parseIso(c.trim());
            if (parsed != null) {
                return parsed;
            }
        }
        return null;
    }

    List<String> authors(Document doc) {
        Set<String> names = new LinkedHashSet<>();
        for (Element e : doc.select("[rel=author], [itemprop=author] [itemprop=name], .author-name, .byline-name")) {
            addName(names, e.text());
        }
        if (names.isEmpty()) {
            String meta = meta(doc, "meta[name=author]", "meta[property=article:author]");
            if (meta != null && !meta.startsWith("http")) {
                addName(names, meta);
            }
        }
        return List.copyOf(names);
    }

    private static void addName(Set<String> names, String raw) {
        String name = BY_PREFIX.matcher(raw.trim()).replaceFirst("").trim();
        if (!name.isEmpty() && name.length() <= 80) {
            names.add(name);
        }
    }

    static OffsetDateTime parseIso(String value) {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value)
                        .atStartOfDay().atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    private static String meta(Document doc, String... selectors) {
        for (String selector : selectors) {
            Element e = doc.selectFirst(selector);
            if (e != null && !e.attr("content").isBlank()) {
                return e.attr("content").trim();
            }
        }
        return null;
    }

    private static String jsonLd(Document doc, Pattern field) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Matcher m = field.matcher(script.data());
            if (m.find()) {
                return m.group(1).trim();
            }
        }
        return null;
    }

    private static void addIfPresent(List<String> list, String value) {
        if (value != null) {
            list.add(value);
        }
    }

    /** "Headline | Site" and "Headline - Site": the longest part is the headline. */
    private static String stripSiteName(String title) {
        String best = title.trim();
        for (String separator : new String[] {" | ", " - ", " — ", " – ", " :: "}) {
            int i = title.lastIndexOf(separator);
            if (i > 0) {
                String head = title.substring(0, i).trim();
                if (head.length() >= title.length() - i - separator.length()) {
                    best = head;
                    break;
                }
            }
        }
        return best;
    }
}
