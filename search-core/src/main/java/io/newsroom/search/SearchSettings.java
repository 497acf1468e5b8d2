package io.newsroom.search;

import java.time.Duration;
import java.util.Objects;

/**
 * Where the articles and the events are kept, and for how long: every name the library's indices and aliases use.
 * The query service maps its settings onto it.
 *
 * @param indexPrefix     article indices are {@code <prefix>-000001}, {@code -000002}..., one per rollover
 * @param alias           the name all article reads use (every article index is behind it)
 * @param writeAlias      the name new articles are written to: the newest article index
 * @param rolloverAfter   a new article index is started when the current one is this old
 * @param retentionMonths article indices whose newest article is older than this many months are dropped; 0 keeps
 *                        everything
 * @param eventsIndex     the concrete events index created when none exists
 * @param eventsAlias     the name all event reads and writes use
 * @param replicas        replicas per shard
 */
public record SearchSettings(String indexPrefix, String alias, String writeAlias, Duration rolloverAfter,
        int retentionMonths, String eventsIndex, String eventsAlias, int replicas) {

    public SearchSettings {
        Objects.requireNonNull(indexPrefix, "indexPrefix");
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(writeAlias, "writeAlias");
        Objects.requireNonNull(rolloverAfter, "rolloverAfter");
        Objects.requireNonNull(eventsIndex, "eventsIndex");
        Objects.requireNonNull(eventsAlias, "eventsAlias");
    }

    /**
     * Indices and aliases of their own, each named after the prefix, on one node, monthly, kept for good: for tests
     * and benchmarks that share a node.
     */
    public static SearchSettings named(String prefix) {
        return new SearchSettings(prefix + "-articles", prefix + "-articles-read", prefix + "-articles-write",
                Duration.ofDays(30), 0, prefix + "-events-v1", prefix + "-events", 0);
    }
}
