package io.newsroom.contracts;

import java.util.List;
import java.util.Optional;

/**
 * The pipeline's Kafka topics: their names (constants, so listeners can name them in annotations) and the
 * {@link #CATALOGUE} that says for each what it carries, how it is keyed, whether it is compacted, how many
 * partitions it has and which service declares it. Every article topic is keyed by {@link ArticleId} (the SHA-256 of
 * the canonical URL), so all messages about one article land on one partition, in order; {@link #FRONTIER} is keyed
 * by site (so one fetcher owns each site's hosts, and each article of it), {@link #EVENT_MENTIONS} and
 * {@link #EVENTS} by event.
 *
 * <p>One dead-letter convention holds everywhere: what a consumer cannot use goes to {@code <topic>-dlt} with the
 * reason in the {@link #REASON_HEADER} header, byte for byte where there was a message (ingest's discovery and fetch
 * failures are {@link DeadLetter} records, since most never were a message).
 */
public final class Topics {

    /** The services, as the catalogue names the declaring one. */
    public static final String INGEST = "ingest";
    public static final String ENRICH = "enrich";
    public static final String QUERY = "query";
    public static final String ALERTING = "alerting";

    /** Every dead-letter topic is named after the topic it serves, with this suffix. */
    public static final String DEAD_LETTER_SUFFIX = "-dlt";

    /** Header every dead letter carries: a human-readable reason. */
    public static final String REASON_HEADER = "newsroom-reason";

    /** Header a dead letter of a consumed message carries: where it was read, {@code topic-partition@offset}. */
    public static final String ORIGIN_HEADER = "newsroom-origin";

    /**
     * Discovered URLs, as {@link FrontierEntry}, published by discovery (and WARC import), consumed by the fetcher.
     * Keyed by the site of the canonical URL (its registrable domain, see ingest's {@code Site}) with Kafka's default
     * partitioner: one partition, so one fetcher thread of one ingest instance, owns each site, its politeness and
     * the seen state of its articles.
     */
    public static final String FRONTIER = "news.ingest.frontier.v1";

    /**
     * What ingest has fetched, per article id: the latest revision and its content hash (compacted, one record per
     * id). Ingest's restart-proof dedup state; co-partitioned with {@link #FRONTIER}: a record is written to the
     * partition of the frontier entry it answers, so it sits with its site.
     */
    public static final String SEEN = "news.ingest.seen.v1";

    /** URLs ingest could not discover, fetch or publish, as {@link DeadLetter}. */
    public static final String FRONTIER_DLT = FRONTIER + DEAD_LETTER_SUFFIX;

    /**
     * Fetched pages, as {@link RawArticle}, published by ingest and consumed by enrich. Compacted: the latest
     * revision of every article stays retrievable, which is what reprocessing reads.
     */
    public static final String RAW = "news.article.raw.v1";

    /** Raw articles enrich could not use. */
    public static final String RAW_DLT = RAW + DEAD_LETTER_SUFFIX;

    /**
     * Raw articles to enrich again (after the gazetteer or the extractor changed), as {@link RawArticle}: copies
     * of what {@link #RAW} keeps, put here by {@code ./newsroom reprocess}; enrich consumes both.
     */
    public static final String REPROCESS = "news.article.reprocess.v1";

    /** Reprocessed articles enrich could not use. */
    public static final String REPROCESS_DLT = REPROCESS + DEAD_LETTER_SUFFIX;

    /** Extracted articles, as {@link EnrichedArticle}, published by enrich and consumed by query. */
    public static final String ENRICHED = "news.article.enriched.v1";

    /** Enriched articles query could not index. */
    public static final String ENRICHED_DLT = ENRICHED + DEAD_LETTER_SUFFIX;

    /**
     * Each article's reports of diplomatic events, as {@link EventMention}, published by enrich and merged by query
     * into one record per real-world event. Keyed by {@link EventMention#mergeKey()}, not by article id.
     */
    public static final String EVENT_MENTIONS = "news.event.mention.v1";

    /** Event mentions query could not merge (undecodable). */
    public static final String EVENT_MENTIONS_DLT = EVENT_MENTIONS + DEAD_LETTER_SUFFIX;

    /**
     * Merged events, as {@link MergedEvent}, keyed by event id: published by query's event merging after every
     * merge of a report, whether it created the event, changed it or left it as it was, so a report replayed after
     * a crash (between the merge and the offset commit) reaches alerting again, whose alert ids absorb the repeat.
     * Alerting matches them against the event rules; other systems may follow events here.
     */
    public static final String EVENTS = "news.event.v1";

    /** Merged events alerting could not read. */
    public static final String EVENTS_DLT = EVENTS + DEAD_LETTER_SUFFIX;

    /**
     * Alert rules, as the alert stage's rule records, keyed by rule id; compacted, a tombstone deletes. Every
     * instance reads it whole, so each matches against all rules.
     */
    public static final String ALERT_RULES = "news.alert.rule.v1";

    /**
     * Every match of a rule, as {@link Alert}, before muting, throttling and de-duplication; keyed by rule id, so one
     * instance decides all of a rule's alerts in order.
     */
    public static final String ALERT_MATCHES = "news.alert.match.v1";

    /** Matches the decider could not read. */
    public static final String ALERT_MATCHES_DLT = ALERT_MATCHES + DEAD_LETTER_SUFFIX;

    /**
     * Alerts delivered (and hourly digests of the throttled ones), as {@link Alert}, keyed by rule id: what other
     * systems subscribe to. The live stream and webhooks are fed from it.
     */
    public static final String ALERTS = "news.alert.v1";

    private static final String ARTICLE_ID = "article id (SHA-256 of the canonical URL)";
    private static final String SITE = "site (registrable domain of the canonical URL's host)";
    private static final String RULE_ID = "alert rule id";
    private static final int DEPLOYMENT = TopicSpec.DEPLOYMENT;

    /** Every topic, in pipeline order, each declared by exactly one service. */
    public static final List<TopicSpec> CATALOGUE = List.of(
            new TopicSpec(FRONTIER, SITE, "FrontierEntry", INGEST, false, DEPLOYMENT),
            // as many partitions as the frontier: seen partition n holds the ids of frontier partition n's sites
            new TopicSpec(SEEN, ARTICLE_ID + ", on its site's frontier partition", "SeenRecord", INGEST, true,
                    DEPLOYMENT),
            new TopicSpec(FRONTIER_DLT, "the URL", "DeadLetter (stage, source, URL, reason, time)", INGEST, false, DEPLOYMENT),
            new TopicSpec(RAW, ARTICLE_ID, "RawArticle", INGEST, true, DEPLOYMENT),
            new TopicSpec(RAW_DLT, ARTICLE_ID, "the raw article's bytes", ENRICH, false, DEPLOYMENT),
            new TopicSpec(REPROCESS, ARTICLE_ID, "RawArticle (written by ./newsroom reprocess)", ENRICH, false, DEPLOYMENT),
            new TopicSpec(REPROCESS_DLT, ARTICLE_ID, "the raw article's bytes", ENRICH, false, DEPLOYMENT),
            new TopicSpec(ENRICHED, ARTICLE_ID, "EnrichedArticle", ENRICH, false, DEPLOYMENT),
            new TopicSpec(ENRICHED_DLT, ARTICLE_ID, "the enriched article's bytes", QUERY, false, DEPLOYMENT),
            new TopicSpec(EVENT_MENTIONS, "event merge key (family and anchor actor)", "EventMention", ENRICH, false, DEPLOYMENT),
            new TopicSpec(EVENT_MENTIONS_DLT, "event merge key", "the mention's bytes", QUERY, false, DEPLOYMENT),
            new TopicSpec(EVENTS, "event id", "MergedEvent (after every merge)", QUERY, false, DEPLOYMENT),
            new TopicSpec(EVENTS_DLT, "event id", "the merged event's bytes", ALERTING, false, DEPLOYMENT),
            // one partition: every instance reads all rules, and order per rule is all that matters
            new TopicSpec(ALERT_RULES, RULE_ID, "alert rule", ALERTING, true, 1),
            new TopicSpec(ALERT_MATCHES, RULE_ID, "Alert (a match before muting, throttling and de-duplication)", ALERTING,
                    false, DEPLOYMENT),
            new TopicSpec(ALERT_MATCHES_DLT, RULE_ID, "the match's bytes", ALERTING, false, DEPLOYMENT),
            new TopicSpec(ALERTS, RULE_ID, "Alert (delivered, or an hourly digest)", ALERTING, false, DEPLOYMENT));

    private Topics() {
    }

    /** The catalogue's entry for {@code name}. */
    public static Optional<TopicSpec> spec(String name) {
        return CATALOGUE.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The topics {@code service} declares. */
    public static List<TopicSpec> declaredBy(String service) {
        return CATALOGUE.stream().filter(t -> t.producer().equals(service)).toList();
    }

    /** {@code <topic>-dlt}: where what a consumer of {@code topic} cannot use goes. */
    public static String deadLetterTopic(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
