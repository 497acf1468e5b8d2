package io.newsroom.search.index;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.newsroom.contracts.EnrichedArticle;
import io.newsroom.contracts.SimHash;

/**
 * An enriched article as a search document. Title and text are indexed twice: once with the standard analyzer
 * (every language), once with the analyzer of the article's language (stemming, stop words), so that "talks"
 * finds "talk" in English and "الرئيس" finds "رئيس" in Arabic. Pure.
 */
public final class ArticleDocument {

    /** Languages with their own analyzer in the index mapping. */
    public static final Set<String> ANALYZED_LANGUAGES = Set.of("en", "ar", "ru", "fr", "de", "es");

    private ArticleDocument() {
    }

    /** Entity types with a facet field each. */
    public static final List<String> FACET_TYPES = List.of("PERSON", "COUNTRY", "ORGANIZATION", "PLACE");
    /** Between an entity's id and its name in a facet key. */
    public static final String FACET_SEPARATOR = "|";

    /** The field holding the facet keys ({@code id|name}) of one entity type: facetPerson, facetCountry... */
    public static String facetField(String type) {
        return "facet" + type.charAt(0) + type.substring(1).toLowerCase(Locale.ROOT);
    }

    /** What date filters and sorting use: publication time, or fetch time when the page gives none. */
    static Instant date(EnrichedArticle a) {
        return a.publishedAt() != null ? a.publishedAt() : a.fetchedAt();
    }

    /** @param copyOf the id of the article whose story this one copies, null for an original */
    public static Map<String, Object> of(EnrichedArticle a, String copyOf) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", a.id());
        doc.put("url", a.url());
        doc.put("source", a.source());
        doc.put("revision", a.revision());
        doc.put("lang", a.lang());
        doc.put("authors", a.authors());
        doc.put("title", a.title());
        doc.put("text", a.text());
        if (ANALYZED_LANGUAGES.contains(a.lang())) {
            doc.put("title_" + a.lang(), a.title());
            doc.put("text_" + a.lang(), a.text());
        }
        doc.put("date", iso(date(a)));
        doc.put("publishedAt", iso(a.publishedAt()));
        doc.put("fetchedAt", iso(a.fetchedAt()));
        doc.put("enrichedAt", iso(a.enrichedAt()));
        doc.put("modifiedAt", iso(a.modifiedAt()));
        doc.put("description", a.description());
        doc.put("imageUrl", a.imageUrl());
        doc.put("siteName", a.siteName());
        doc.put("entities", a.entities().stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("name", e.name());
            m.put("type", e.type());
            m.put("salience", e.salience());
            m.put("mentions", e.mentions().stream().map(x -> Map.of("field", x.field(), "start", x.start(), "end", x.end(),
                    "surface", x.surface())).toList());
            return m;
        }).toList());
        doc.put("events", a.events().stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", e.type());
            m.put("cameo", e.cameo());
            m.put("plover", e.plover());
            m.put("status", e.status());
            m.put("actors", e.actors().stream().map(x -> x.id()).filter(id -> id != null).toList());
            m.put("place", e.place() == null ? null : e.place().id());
            m.put("date", e.date() == null ? null : e.date().toString());
            m.put("evidence", e.evidence());
            return m;
        }).toList());
        // the facets' keys, flat on the article: counting articles per value needs no nested join
        for (String type : FACET_TYPES) {
            doc.put(facetField(type), a.entities().stream().filter(e -> e.id() != null && e.type().equals(type))
                    .map(e -> e.id() + FACET_SEPARATOR + e.name()).distinct().toList());
        }
        doc.put("eventTypes", a.events().stream().map(e -> e.type()).distinct().toList());
        doc.put("simhash", a.simhash());
        doc.put("simhashBands", a.simhash() == null ? List.of() : SimHash.bands(a.simhash()));
        doc.put("copyOf", copyOf);
        return doc;
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
