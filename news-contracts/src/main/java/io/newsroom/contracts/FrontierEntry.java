package io.newsroom.contracts;

import java.time.Instant;
import java.util.Objects;

/**
 * A discovered URL on {@link Topics#FRONTIER}, keyed by its site (the registrable domain of its canonical URL's
 * host). Every discovery path (feed, sitemap, URL list, WARC import, a redirect to another site) goes through this
 * topic, so the one ingest instance that owns the site's partition decides whether to fetch, and is the only one to
 * send requests to the site: that is what keeps two instances from fetching the same article, or one host twice at
 * once.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION}
 * @param id            {@link ArticleId} of {@code canonicalUrl}
 * @param url           the URL as discovered
 * @param canonicalUrl  the URL after canonicalisation (for a capture, the page's same-site canonical link, if any)
 * @param source        the source id (for an archive import: {@code warc:<file name>})
 * @param discoveredAt  when the URL was discovered
 * @param updatedAt     when the feed, sitemap or archive says the item last changed; a later value than the last
 *                      fetch makes ingest look again (a new revision if the text changed); may be null
 * @param hints         what the feed, sitemap or archive said about the item
 * @param capture       the page as an archive captured it, which ingest takes instead of fetching; null otherwise
 * @param attempt       0 for a discovery, n for the n-th retry after a transient failure
 */
public record FrontierEntry(
        int schemaVersion,
        String id,
        String url,
        String canonicalUrl,
        String source,
        Instant discoveredAt,
        Instant updatedAt,
        ItemHints hints,
        Capture capture,
        int attempt) {

    public static final int SCHEMA_VERSION = 1;

    public FrontierEntry {
        if (schemaVersion != SCHEMA_VERSION) {
            throw new IllegalArgumentException("unsupported schemaVersion " + schemaVersion + ", this build reads " + SCHEMA_VERSION);
        }
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(canonicalUrl, "canonicalUrl");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(discoveredAt, "discoveredAt");
        hints = hints == null ? ItemHints.none() : hints;
        if (attempt < 0) {
            throw new IllegalArgumentException("attempt must be >= 0, was " + attempt);
        }
    }

    /** The same entry, once more after a transient failure. */
    public FrontierEntry retry() {
        return new FrontierEntry(schemaVersion, id, url, canonicalUrl, source, discoveredAt, updatedAt, hints, capture,
                attempt + 1);
    }

    /**
     * A page as an archive recorded it, already decoded.
     *
     * @param finalUrl    the URL the archive recorded the response for
     * @param capturedAt  when the archive recorded it
     * @param contentType media type without parameters
     * @param charset     the charset the body was decoded with
     * @param body        the decoded page
     */
    public record Capture(String finalUrl, Instant capturedAt, String contentType, String charset, String body) {

        public Capture {
            Objects.requireNonNull(finalUrl, "finalUrl");
            Objects.requireNonNull(capturedAt, "capturedAt");
            Objects.requireNonNull(body, "body");
        }
    }
}
