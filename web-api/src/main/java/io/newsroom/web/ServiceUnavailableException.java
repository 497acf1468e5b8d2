package io.newsroom.web;

/** Something the answer needs is not ready or not reachable; answered with 503 and the message, so clients retry. */
public class ServiceUnavailableException extends RuntimeException {

    public ServiceUnavailableException(String message) {
        super(message);
    }
}
