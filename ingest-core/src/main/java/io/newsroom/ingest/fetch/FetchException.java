package io.newsroom.ingest.fetch;

/**
 * A page that could not be fetched. Transient failures (timeouts, 5xx, unknown hosts) are tried again on a later
 * poll; permanent ones (4xx, refused addresses, non-HTML, oversized) are not.
 */
public class FetchException extends RuntimeException {

    private final boolean permanent;
    private final boolean gone;

    private FetchException(String reason, boolean permanent, boolean gone, Throwable cause) {
        super(reason, cause);
        this.permanent = permanent;
        this.gone = gone;
    }

    /** HTTP 410: the resource was removed on purpose and will not come back. */
    public static FetchException gone(String reason) {
        return new FetchException(reason, true, true, null);
    }

    public static FetchException permanent(String reason) {
        return new FetchException(reason, true, false, null);
    }

    public static FetchException transientFailure(String reason) {
        return new FetchException(reason, false, false, null);
    }

    public static FetchException transientFailure(String reason, Throwable cause) {
        return new FetchException(reason, false, false, cause);
    }

    public boolean isPermanent() {
        return permanent;
    }

    public boolean isGone() {
        return gone;
    }
}
