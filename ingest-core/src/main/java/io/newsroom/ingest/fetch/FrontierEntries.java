package io.newsroom.ingest.fetch;

import java.time.Instant;

import io.newsroom.contracts.ArticleId;
import io.newsroom.contracts.FrontierEntry;
import io.newsroom.contracts.ItemHints;
import io.newsroom.ingest.site.Site;

/**
 * Builds frontier entries: the URL canonicalised, the id derived from it (for an archive's capture, from the page's
 * own canonical link, since the page is at hand), and the key every producer puts them on the frontier with. Pure
 * and thread-safe.
 */
public final class FrontierEntries {

    private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer();
    private final CanonicalResolver resolver = new CanonicalResolver();

    /**
     * @throws IllegalArgumentException when the URL is not an http(s) URL that can be canonicalised
     */
    public FrontierEntry discovered(String source, String url, ItemHints hints, Instant updatedAt,
            FrontierEntry.Capture capture, Instant now) {
        String canonical = capture == null ? canonicalizer.canonicalize(url)
                : resolver.canonical(capture.finalUrl(), capture.body());
        return new FrontierEntry(FrontierEntry.SCHEMA_VERSION, ArticleId.of(canonical), url, canonical, source, now,
                updatedAt, hints, capture, 0);
    }

    /**
     * The Kafka key of an entry on the frontier: its site's name, so that Kafka's default partitioner puts every
     * entry of a site on one partition ({@link Site#partition}). Every producer of entries uses it.
     */
    public static String key(FrontierEntry entry) {
        return site(entry).name();
    }

    /** The site an entry belongs to, which owns its fetch and its seen state. */
    public static Site site(FrontierEntry entry) {
        return Site.of(entry.canonicalUrl());
    }
}
