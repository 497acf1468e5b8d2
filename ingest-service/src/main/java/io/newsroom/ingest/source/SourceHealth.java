package io.newsroom.ingest.source;

import java.time.Instant;

/**
 * How one source is doing, as {@code GET /api/sources} shows it.
 *
 * @param id                the source's id
 * @param type              feed, sitemap or urls
 * @param url               the feed's or sitemap's address, null for a URL list
 * @param lastPoll          when it was last polled, null before the first poll
 * @param lastNewArticle    when it last gave an article not seen before, null if never
 * @param articlesPerDay    new articles per day since the service started (first poll), 0 before a day's worth
 * @param newArticles       new articles since the service started
 * @param consecutiveErrors failed polls in a row
 * @param lastError         why the last failed poll failed, null when the last poll succeeded
 * @param stale             true when nothing new arrived within the source's expected interval
 * @param paused            true while polling is paused through the API
 * @param retired           true when the source answered 410 Gone and is no longer polled (resume brings it back)
 */
public record SourceHealth(String id, String type, String url, Instant lastPoll, Instant lastNewArticle,
        double articlesPerDay, long newArticles, int consecutiveErrors, String lastError, boolean stale,
        boolean paused, boolean retired) {
}
