package io.newsroom.ingest.fetch;

import java.time.Instant;

import io.newsroom.contracts.ArticleId;
import io.newsroom.contracts.FrontierEntry;
import io.newsroom.contracts.ItemHints;
import io.newsroom.ingest.fetch.UrlCanonicalizer;

/** Builds frontier entries: the URL canonicalised, the id derived from it. Pure and thread-safe. */
public final class FrontierEntries {

    private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer();

    /**
     * @throws IllegalArgumentException when the URL is not an http(s) URL that can be canonicalised
     */
    public FrontierEntry discovered(String source, String url, ItemHints hints, Instant updatedAt,
            FrontierEntry.Capture capture, Instant now) {
        String canonical = canonicalizer.canonicalize(url);
        return new FrontierEntry(FrontierEntry.SCHEMA_VERSION, ArticleId.of(canonical), url, canonical, source, now,
                updatedAt, hints, capture, 0);
    }
}
