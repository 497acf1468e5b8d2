package io.newsroom.ingest.fetch;

/**
 * A page answered with a redirect to another site. Not a failure: the page lives there, and the fetcher that owns
 * that site reads it, with that site's politeness, so the redirect is not followed here. The target has passed the
 * address check already.
 */
public final class RedirectedOffSite extends RuntimeException {

    private final String target;

    RedirectedOffSite(String from, String target) {
        super(from + " redirects to " + target + " on another site", null, false, false);
        this.target = target;
    }

    /** The absolute URL the redirect names. */
    public String target() {
        return target;
    }
}
