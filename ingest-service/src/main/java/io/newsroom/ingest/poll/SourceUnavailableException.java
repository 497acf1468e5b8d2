package io.newsroom.ingest.poll;

/** A source's feed or sitemap could not be read this poll; its health shows the reason. */
class SourceUnavailableException extends RuntimeException {

    SourceUnavailableException(String reason) {
        super(reason);
    }
}
