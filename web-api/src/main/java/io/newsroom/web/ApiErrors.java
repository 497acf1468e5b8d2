package io.newsroom.web;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.server.ResponseStatusException;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import io.newsroom.search.BadRequestException;

/**
 * Errors as JSON {@code {"status", "error", "message", "timestamp"}}, for every controller of the application that
 * imports it: the caller's mistakes are 400 with what to change; the search cluster or the broker being unavailable
 * is 503, so clients retry instead of reporting a bug. Never a 500 for what a caller or a dependency did.
 * Stateless and thread-safe.
 */
@RestControllerAdvice
public class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<Map<String, Object>> badRequest(BadRequestException e) {
        return body(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(NotFoundException e) {
        return body(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<Map<String, Object>> status(ResponseStatusException e) {
        return body(HttpStatus.valueOf(e.getStatusCode().value()), e.getReason());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return body(HttpStatus.BAD_REQUEST, "the request body is not the JSON expected: " + firstLine(e.getMostSpecificCause().getMessage()));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e) {
        return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "send the body as application/json");
    }

    @ExceptionHandler(ServiceUnavailableException.class)
    ResponseEntity<Map<String, Object>> unavailable(ServiceUnavailableException e) {
        return body(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    }

    /** A rule change the broker did not acknowledge: nothing was changed for sure, so the client should retry. */
    @ExceptionHandler({ExecutionException.class, TimeoutException.class})
    ResponseEntity<Map<String, Object>> brokerUnavailable(Exception e) {
        log.warn("broker write failed: {}", e.toString());
        return body(HttpStatus.SERVICE_UNAVAILABLE, "the message broker did not confirm the change, try again shortly");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /**
     * The client closed its connection, typically a dashboard tab leaving the alert stream: nothing went wrong and
     * nobody is left to answer. Without this the IOException handler below took it for a search failure and then
     * failed to write JSON into an event stream. A null entity writes nothing, as Spring's own handler does.
     */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    ResponseEntity<Object> clientGone(AsyncRequestNotUsableException e) {
        log.debug("client gone: {}", e.getMessage());
        return null;
    }

    @ExceptionHandler({IOException.class, TransportException.class, ElasticsearchException.class})
    ResponseEntity<Map<String, Object>> searchUnavailable(Exception e) {
        log.warn("search failed: {}", e.toString());
        return body(HttpStatus.SERVICE_UNAVAILABLE, "search is unavailable right now, try again shortly");
    }

    static ResponseEntity<Map<String, Object>> body(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("status", status.value(), "error", status.getReasonPhrase(),
                "message", message, "timestamp", Instant.now().toString()));
    }
}
