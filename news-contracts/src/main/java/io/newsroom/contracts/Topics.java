package io.newsroom.contracts;

/**
 * Kafka topic names. Every article topic is keyed by {@link ArticleId} (the SHA-256 of the canonical URL), so all
 * messages about one article land on one partition, in order; {@link #EVENT_MENTIONS} and {@link #EVENTS} are keyed
 * by event instead.
 */
public final class Topics {

    /**
     * Fetched pages, as {@link RawArticle}, published by ingest and consumed by enrich. Compacted: the latest
     * revision of every article stays retrievable, which is what reprocessing reads.
     */
    public static final String RAW = "news.article.raw.v1";

    /**
     * Raw articles to enrich again (after the gazetteer or the extractor changed), as {@link RawArticle}: copies
     * of what {@link #RAW} keeps, put here by {@code ./newsroom reprocess}; enrich consumes both.
     */
    public static final String REPROCESS = "news.article.reprocess.v1";

    /** Extracted articles, as {@link EnrichedArticle}, published by enrich and consumed by query. */
    public static final String ENRICHED = "news.article.enriched.v1";

    /**
     * Each article's reports of diplomatic events, as {@link EventMention}, published by enrich and merged by query
     * into one record per real-world event ({@link #EVENTS}). Keyed by {@link EventMention#mergeKey()}, not by
     * article id.
     */
    public static final String EVENT_MENTIONS = "news.event.mention.v1";

    /**
     * Merged events, as {@link MergedEvent}, keyed by event id: published by query's event merging after every
     * merge of a report, whether it created the event, changed it or left it as it was, so a report replayed after
     * a crash (between the merge and the offset commit) reaches alerting again, whose alert ids absorb the repeat.
     * Alerting matches them against the event rules; other systems may follow events here.
     */
    public static final String EVENTS = "news.event.v1";

    /** Raw-article messages enrich could not process: the original bytes, the reason in the headers. */
    public static final String RAW_DLT = RAW + "-dlt";

    /** Enriched-article messages query could not index: the original bytes, the reason in the headers. */
    public static final String ENRICHED_DLT = ENRICHED + "-dlt";

    /** Event-mention messages query could not merge (undecodable): the original bytes, the reason in the headers. */
    public static final String EVENT_MENTIONS_DLT = EVENT_MENTIONS + "-dlt";

    /** Items ingest could not fetch or publish, as {@link DeadLetter}. */
    public static final String INGEST_DLT = "news.ingest.v1-dlt";

    /** Discovered URLs, as {@link FrontierEntry}, published by discovery (and WARC import), consumed by the fetcher. */
    public static final String FRONTIER = "news.ingest.frontier.v1";

    /**
     * What ingest has fetched, per article id: the latest revision and its content hash (compacted, one record per
     * id). Ingest's restart-proof dedup state; co-partitioned with {@link #FRONTIER}.
     */
    public static final String SEEN = "news.ingest.seen.v1";

    /**
     * Alert rules, as alerting's rule records, keyed by rule id; compacted, a tombstone deletes. Every instance
     * of alerting reads it whole, so each matches against all rules.
     */
    public static final String ALERT_RULES = "news.alert.rule.v1";

    /**
     * Every match of a rule, as {@link Alert}, before muting, throttling and de-duplication; keyed by rule id, so one
     * instance decides all of a rule's alerts in order.
     */
    public static final String ALERT_MATCHES = "news.alert.match.v1";

    /**
     * Alerts delivered (and hourly digests of the throttled ones), as {@link Alert}, keyed by rule id: what other
     * systems subscribe to. Alerting feeds its live stream and webhooks from it.
     */
    public static final String ALERTS = "news.alert.v1";

    /** Header every dead letter carries: a human-readable reason. */
    public static final String REASON_HEADER = "newsroom-reason";

    private Topics() {
    }
}
