package io.newsroom.contracts;

/**
 * Kafka topic names. Every topic is keyed by {@link ArticleId} (the SHA-256 of the canonical URL), so all
 * messages about one article land on one partition, in order.
 */
public final class Topics {

    /** Fetched pages, as {@link RawArticle}, published by ingest and consumed by enrich. */
    public static final String RAW = "news.article.raw.v1";

    /** Extracted articles, as {@link EnrichedArticle}, published by enrich and consumed by query. */
    public static final String ENRICHED = "news.article.enriched.v1";

    /** Raw-article messages enrich could not process: the original bytes, the reason in the headers. */
    public static final String RAW_DLT = RAW + "-dlt";

    /** Enriched-article messages query could not index: the original bytes, the reason in the headers. */
    public static final String ENRICHED_DLT = ENRICHED + "-dlt";

    /** Items ingest could not fetch or publish, as {@link DeadLetter}. */
    public static final String INGEST_DLT = "news.ingest.v1-dlt";

    /** Header every dead letter carries: a human-readable reason. */
    public static final String REASON_HEADER = "newsroom-reason";

    private Topics() {
    }
}
