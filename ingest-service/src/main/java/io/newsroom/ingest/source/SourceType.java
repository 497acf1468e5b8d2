package io.newsroom.ingest.source;

/** How a source is read. */
public enum SourceType {
    /** An RSS 0.9x/2.0, Atom or RDF feed; each item's link is fetched. */
    FEED,
    /** A fixed list of page URLs. */
    URLS
}
