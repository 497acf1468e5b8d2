package io.newsroom.contracts;

import java.time.Instant;
import java.util.Objects;

/**
 * An item ingest gave up on, on {@link Topics#FRONTIER_DLT}: nothing is dropped silently.
 *
 * @param stage  where it failed ("fetch", "feed", "publish")
 * @param source the configured source id
 * @param url    the URL that failed
 * @param reason why, in words an operator can act on
 * @param at     when
 */
public record DeadLetter(String stage, String source, String url, String reason, Instant at) {

    public DeadLetter {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
    }
}
