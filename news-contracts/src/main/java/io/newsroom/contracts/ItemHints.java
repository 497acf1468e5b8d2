package io.newsroom.contracts;

import java.time.Instant;
import java.util.List;

/**
 * What the feed, sitemap or archive said about an item before its page was fetched. Enrichment falls back
 * on it when the page itself lacks a field. Every field may be null (categories: empty).
 */
public record ItemHints(String title, Instant publishedAt, String lang, List<String> categories) {

    public ItemHints {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    public static ItemHints none() {
        return new ItemHints(null, null, null, List.of());
    }
}
