package io.newsroom.contracts;

import java.time.Instant;
import java.util.Objects;

/**
 * What ingest last did with one article id, on {@link Topics#SEEN}.
 *
 * @param id          the article id
 * @param revision    the last revision published under this id; 0 when none was (the URL failed for good, or it is a
 *                    second address of an article, a redirect or canonical link away, published under that one's id)
 * @param contentHash the hash of the visible text last read under this id (ingest's ContentHash); null when none was
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
