package io.newsroom.search;

/**
 * A request that cannot be answered as asked: a malformed parameter, query text or rule. The message tells the
 * caller what to change; the HTTP APIs answer it with 400.
 */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }
}
