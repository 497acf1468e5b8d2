package io.newsroom.ingest.source;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One configured source.
 *
 * @param id        stable name, carried on every article as its source
 * @param type      how to read it
 * @param url       the feed's address (type feed)
 * @param urls      page addresses (type urls)
 * @param pollEvery how often to poll; null for the service default
 */
public record Source(String id, SourceType type, String url, List<String> urls, Duration pollEvery) {

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        urls = urls == null ? List.of() : List.copyOf(urls);
    }
}
