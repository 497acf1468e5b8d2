package io.newsroom.ingest.frontier;

import java.time.Instant;
import java.util.Objects;

/**
 * What ingest last did with one article id, on {@link io.newsroom.contracts.Topics#SEEN}.
 *
 * @param id          the article id
 * @param revision    the last revision published; 0 when none was (the URL failed for good)
 * @param contentHash {@link ContentHash} of the last published revision; null when none was
 * @param checkedAt   when the page was last fetched or taken from an archive
 * @param failure     why the URL is given up on (a permanent failure), else null
 */
public record SeenRecord(String id, int revision, String contentHash, Instant checkedAt, String failure) {

    public SeenRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(checkedAt, "checkedAt");
    }

    public boolean failed() {
        return failure != null;
    }
}
