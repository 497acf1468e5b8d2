package io.newsroom.ingest.fetch;

/**
 * A page that could not be fetched. Transient failures (timeouts, 5xx, unknown hosts) are tried again on a later
 * poll; permanent ones (4xx, refused addresses, non-HTML, oversized) are not.
 */
public class FetchException extends RuntimeException {

    private final boolean permanent;

    private FetchException(String reason, boolean permanent, Throwable cause) {
        super(reason, cause);
        this.permanent = permanent;
    }

    public static FetchException permanent(String reason) {
        return new FetchException(reason, true, null);
    }

    public static FetchException transientFailure(String reason) {
        return new FetchException(reason, false, null);
    }

    public static FetchException transientFailure(String reason, Throwable cause) {
        return new FetchException(reason, false, cause);
    }

    public boolean isPermanent() {
        return permanent;
    }
}
