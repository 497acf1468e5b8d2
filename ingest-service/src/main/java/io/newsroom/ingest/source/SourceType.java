package io.newsroom.ingest.source;

/** How a source is read. */
public enum SourceType {
    /** An RSS 0.9x/2.0, Atom or RDF feed; each item's link is fetched. */
    FEED,
    /** A sitemap or sitemap index, Google News sitemaps included; each page URL is fetched. */
    SITEMAP,
    /** A fixed list of page URLs. */
    URLS
}
