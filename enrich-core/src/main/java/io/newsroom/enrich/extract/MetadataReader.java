package io.newsroom.enrich.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's machine-readable metadata: {@code <meta>} tags (every value of a key, in page order; a {@code property}
 * that lists several keys, "dc:creator twitter:site_name", answers for each), elements carrying a datetime, and its
 * JSON-LD ({@link JsonLd}). Not thread-safe; one per page.
 */
final class MetadataReader {

    private static final String[] KEY_ATTRIBUTES = {"property", "name", "itemprop"};

    private final JsonLd jsonLd = new JsonLd();
    /** "property:og:title", "name:author", "itemprop:datepublished", "pubdate:" to their non-blank values. */
    private final Map<String, List<String>> values = new HashMap<>();

    private final String baseUri;

    MetadataReader(Document doc, List<Element> elements) {
        this.baseUri = doc.location();
        for (Element e : elements) {
            if (e.nameIs("link")) {
                if (e.attr("rel").equalsIgnoreCase("canonical") && !e.absUrl("href").isEmpty()) {
                    put("canonical:", e.absUrl("href"));
                }
                continue;
            }
            if (e.nameIs("script")) {
                if (e.attr("type").equalsIgnoreCase("application/ld+json")) {
                    jsonLd.add(e.data());
                }
                continue;
            }
            // the parser lower-cases attribute names: exact lookups
            Attributes attributes = e.attributes();
            String value = attributes.hasKey("content") ? attributes.get("content") : attributes.get("datetime");
            if (value.isBlank()) {
                continue;
            }
            for (String attr : KEY_ATTRIBUTES) {
                String names = attributes.get(attr);
                if (!names.isEmpty()) {
                    for (String name : names.strip().split("\\s+")) {
                        put(attr + ":" + name.toLowerCase(Locale.ROOT), value.strip());
                    }
                }
            }
            if (attributes.hasKey("pubdate")) {
                put("pubdate:", value.strip());
            }
        }
    }

    private void put(String key, String value) {
        values.computeIfAbsent(key, k -> new ArrayList<>(1)).add(value);
    }

    /**
     * Whether an element may carry metadata ({@link PageScan} asks): a link, a script, or an element with a value
     * and a key (two attributes) or a time's datetime. Most elements have fewer attributes.
     */
    static boolean mayHold(Element e) {
        int size = e.attributesSize();
        return e.nameIs("link") || e.nameIs("script") || size >= 2 || size == 1 && e.nameIs("time");
    }

    /**
     * The first value among the keys, each {@code attribute:name} for a {@code <meta>} or an element with a
     * datetime ("property:article:published_time", "name:author", "itemprop:datepublished", "pubdate:").
     */
    String first(String... keys) {
        for (String key : keys) {
            List<String> v = values.get(key.toLowerCase(Locale.ROOT));
            if (v != null) {
                return v.get(0);
            }
        }
        return null;
    }

    /** Every value of the first of the keys that has any, in page order. */
    List<String> all(String... keys) {
        for (String key : keys) {
            List<String> v = values.get(key.toLowerCase(Locale.ROOT));
            if (v != null) {
                return v;
            }
        }
        return List.of();
    }

    /** The page's JSON-LD. */
    JsonLd jsonLd() {
        return jsonLd;
    }

    /** Description, image, canonical URL and site name, each from the first source that gives it. */
    PageFacts facts() {
        String image = first("property:og:image", "name:twitter:image", "property:og:image:url");
        return new PageFacts(
                first("property:og:description", "name:description", "name:twitter:description"),
                absolute(image != null ? image : jsonLd.string("image", false)),
                first("canonical:", "property:og:url"),
                siteName());
    }

    /** The publication's name as the page gives it, or null. */
    String siteName() {
        return first("property:og:site_name", "name:application-name", "name:og:site_name");
    }

    private String absolute(String url) {
        if (url == null) {
            return null;
        }
        try {
            return URI.create(baseUri).resolve(url.strip()).toString();
        } catch (IllegalArgumentException notAUrl) {
            return url;
        }
    }
}
