package io.newsroom.query.api;

/** A request the API cannot answer as asked; the message tells the caller what to change. Answered with 400. */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }
}
