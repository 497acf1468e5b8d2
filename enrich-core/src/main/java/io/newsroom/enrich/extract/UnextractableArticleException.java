package io.newsroom.enrich.extract;

/** A page with nothing to extract (empty, binary, or all chrome): it goes to the dead-letter topic with this reason. */
public class UnextractableArticleException extends RuntimeException {

    public UnextractableArticleException(String message) {
        super(message);
    }
}
