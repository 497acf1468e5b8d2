package io.newsroom.ingest.feed;

/** A feed that cannot be parsed: malformed XML, a refused DOCTYPE, or not a feed at all. */
public class InvalidFeedException extends RuntimeException {

    public InvalidFeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
