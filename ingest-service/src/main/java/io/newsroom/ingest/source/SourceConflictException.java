package io.newsroom.ingest.source;

/** A source id that is already taken. */
public class SourceConflictException extends RuntimeException {

    public SourceConflictException(String message) {
        super(message);
    }
}
