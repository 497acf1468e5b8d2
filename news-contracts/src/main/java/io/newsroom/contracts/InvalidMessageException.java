package io.newsroom.contracts;

/** A message that no retry can fix: consumers send it to the dead-letter topic at once. */
public class InvalidMessageException extends RuntimeException {

    public InvalidMessageException(String message) {
        super(message);
    }

    public InvalidMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
