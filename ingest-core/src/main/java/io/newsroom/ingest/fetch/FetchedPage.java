package io.newsroom.ingest.fetch;

import java.time.Instant;

/**
 * A successful response, decoded.
 *
 * @param requestedUrl the URL asked for
 * @param finalUrl     the URL after redirects
 * @param contentType  media type without parameters
 * @param charset      the charset the body was decoded with
 * @param body         the decoded body
 * @param fetchedAt    when the body was complete
 */
public record FetchedPage(String requestedUrl, String finalUrl, String contentType, String charset, String body,
        Instant fetchedAt) {
}
