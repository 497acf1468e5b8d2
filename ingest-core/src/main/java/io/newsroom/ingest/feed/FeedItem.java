package io.newsroom.ingest.feed;

import java.time.Instant;

import io.newsroom.contracts.ItemHints;

/**
 * One entry of a feed or sitemap: the page to fetch, what the feed says about it, and when the feed says it last
 * changed (Atom {@code updated}, RSS {@code pubDate}, sitemap {@code lastmod}; null when it does not say).
 */
public record FeedItem(String link, ItemHints hints, Instant updatedAt) {
}
