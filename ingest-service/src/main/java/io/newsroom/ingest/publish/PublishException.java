package io.newsroom.ingest.publish;

/** The broker did not acknowledge a message; the item stays unseen and is tried again on the next poll. */
public class PublishException extends RuntimeException {

    public PublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
