package io.newsroom.contracts;

import java.time.Instant;
import java.util.Objects;

/**
 * A fetched page on {@link Topics#RAW}. The body is already decoded to text (ingest resolves the charset from
 * the header, a BOM or the page's {@code <meta>}), so consumers never guess an encoding.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION}; consumers reject versions they do not know
 * @param id            {@link ArticleId} of {@code canonicalUrl}
 * @param url           the URL as discovered (feed link, list entry)
 * @param canonicalUrl  the article's address, the basis of the id: the page's canonical link when it names a page of
 *                      the same site, else the URL after redirects; canonicalised (tracking parameters dropped)
 * @param finalUrl      the URL after redirects
 * @param source        the configured source id the URL came from
 * @param revision      1 for the first publication; higher when the same URL is republished with new content
 * @param fetchedAt     when ingest received the body
 * @param contentType   the response's media type, without parameters
 * @param charset       the charset the body was decoded with
 * @param body          the decoded page
 * @param hints         what the feed said about the item
 */
public record RawArticle(
        int schemaVersion,
        String id,
        String url,
        String canonicalUrl,
        String finalUrl,
        String source,
        int revision,
        Instant fetchedAt,
        String contentType,
        String charset,
        String body,
        ItemHints hints) {

    public static final int SCHEMA_VERSION = 1;

    public RawArticle {
        if (schemaVersion != SCHEMA_VERSION) {
            throw new IllegalArgumentException("unsupported schemaVersion " + schemaVersion + ", this build reads " + SCHEMA_VERSION);
        }
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(canonicalUrl, "canonicalUrl");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(body, "body");
        finalUrl = finalUrl == null ? url : finalUrl;
        hints = hints == null ? ItemHints.none() : hints;
        if (revision < 1) {
            throw new IllegalArgumentException("revision must be >= 1, was " + revision);
        }
    }
}
