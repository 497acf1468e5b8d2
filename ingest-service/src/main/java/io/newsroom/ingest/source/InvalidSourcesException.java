package io.newsroom.ingest.source;

/** The sources file cannot be used; the message says where and why. */
public class InvalidSourcesException extends RuntimeException {

    public InvalidSourcesException(String message) {
        super(message);
    }
}
