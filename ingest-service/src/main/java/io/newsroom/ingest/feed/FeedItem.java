package io.newsroom.ingest.feed;

import io.newsroom.contracts.ItemHints;

/** One entry of a feed: the page to fetch and what the feed says about it. */
public record FeedItem(String link, ItemHints hints) {
}
