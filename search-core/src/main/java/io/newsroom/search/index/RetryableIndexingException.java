package io.newsroom.search.index;

/** Elasticsearch could not take (part of) a batch for now; the whole batch is retried, which is idempotent. */
public class RetryableIndexingException extends RuntimeException {

    public RetryableIndexingException(String message) {
        super(message);
    }
}
