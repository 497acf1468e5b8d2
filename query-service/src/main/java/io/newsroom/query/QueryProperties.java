package io.newsroom.query;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import io.newsroom.alert.AlertSettings;
import io.newsroom.kafka.TopicSettings;
import io.newsroom.search.SearchSettings;
import io.newsroom.web.Secrets;

/**
 * The query service's settings; defaults and their reasons are in application.yml.
 *
 * @param elasticsearch   the search cluster
 * @param topics          partitions and replication of the topics this service and the alert stage declare
 * @param maxRetryBackoff the longest pause between attempts at a batch while Elasticsearch is unavailable
 * @param apiKey          the write key: what write endpoints (alert rules) require in X-API-Key; blank turns them
 *                        off; it also reads
 * @param ingestUrl       the ingest service, whose source health the dashboard shows
 * @param alerts          alert history, digests and webhooks
 * @param readKey         the read key: what reading alert rules, the alert history and exports takes in X-API-Key
 *                        (the write key does too); blank leaves only the write key
 * @param export          how much one export may stream
 */
@Validated
@ConfigurationProperties("newsroom.query")
public record QueryProperties(@Valid @NotNull Elasticsearch elasticsearch, @Valid @NotNull TopicSettings topics,
        @NotNull Duration maxRetryBackoff, String apiKey, @NotBlank String ingestUrl, @Valid @NotNull Alerts alerts,
        String readKey, @Valid @NotNull Export export) {

    /** The settings with the keys and the webhook secret hidden: they never go to a log. */
    @Override
    public String toString() {
        return "QueryProperties[elasticsearch=" + elasticsearch + ", topics=" + topics + ", maxRetryBackoff=" + maxRetryBackoff
                + ", apiKey=" + Secrets.mask(apiKey) + ", ingestUrl=" + ingestUrl + ", alerts=" + alerts
                + ", readKey=" + Secrets.mask(readKey) + ", export=" + export + "]";
    }

    /** What the search library needs of these. */
    public SearchSettings search() {
        return new SearchSettings(elasticsearch.indexPrefix(), elasticsearch.alias(), elasticsearch.writeAlias(),
                elasticsearch.rolloverAfter(), elasticsearch.retentionMonths(), elasticsearch.eventsIndex(),
                elasticsearch.eventsAlias(), elasticsearch.replicas());
    }

    /** What the alert stage this service hosts needs of these. */
    public AlertSettings alerting() {
        return new AlertSettings(apiKey, readKey, topics, elasticsearch.replicas(), alerts.historyIndex(),
                alerts.historyAlias(), alerts.digestInterval(), alerts.webhookSecret(), alerts.webhookAllowedHosts(),
                alerts.webhookTimeout(), alerts.webhookAttempts(), alerts.webhookFirstBackoff(), alerts.digestItems());
    }

    /**
     * @param historyIndex        the concrete alert history index created when none exists
     * @param historyAlias        the name history reads and writes use
     * @param digestInterval      how often ended hours are checked for throttled alerts to fold into a digest
     * @param webhookSecret       the key webhook bodies are signed with (HMAC-SHA256); blank sends them unsigned
     * @param webhookAllowedHosts webhook hosts allowed although they resolve to internal addresses
     * @param webhookTimeout      the longest one webhook call may take
     * @param webhookAttempts     calls per webhook and alert before it is given up
     * @param webhookFirstBackoff the pause after the first failed call; each next pause is four times longer
     * @param digestItems         held-back alerts listed in a digest (all are counted)
     */
    public record Alerts(@NotBlank String historyIndex, @NotBlank String historyAlias, @NotNull Duration digestInterval,
            String webhookSecret, List<String> webhookAllowedHosts, @NotNull Duration webhookTimeout,
            @Min(1) int webhookAttempts, @NotNull Duration webhookFirstBackoff, @Min(1) int digestItems) {

        @Override
        public String toString() {
            return "Alerts[historyIndex=" + historyIndex + ", historyAlias=" + historyAlias + ", digestInterval=" + digestInterval
                    + ", webhookSecret=" + Secrets.mask(webhookSecret) + ", webhookAllowedHosts=" + webhookAllowedHosts
                    + ", webhookTimeout=" + webhookTimeout + ", webhookAttempts=" + webhookAttempts
                    + ", webhookFirstBackoff=" + webhookFirstBackoff + ", digestItems=" + digestItems + "]";
        }
    }

    /**
     * @param maxRows the most articles one export streams, and what it streams when asked for no number; at most
     *                {@link #HARD_MAX_ROWS}
     */
    public record Export(@Min(1) @Max(HARD_MAX_ROWS) int maxRows) {

        /** However configured, no export streams more than this. */
        public static final int HARD_MAX_ROWS = 1_000_000;
    }

    /**
     * @param uris              node URLs
     * @param indexPrefix       article indices are {@code <prefix>-000001}, {@code -000002}..., one per rollover
     * @param alias             the name all article reads use (every article index is behind it)
     * @param writeAlias        the name new articles are written to: the newest article index
     * @param rolloverAfter     a new article index is started when the current one is this old
     * @param retentionMonths   article indices whose newest article is older than this many months are dropped; 0
     *                          keeps everything
     * @param lifecycleInterval how often rollover and retention are checked
     * @param eventsIndex       the concrete events index created when none exists
     * @param eventsAlias       the name all event reads and writes use
     * @param replicas          replicas per shard
     */
    public record Elasticsearch(@NotEmpty List<String> uris, @NotBlank String indexPrefix, @NotBlank String alias,
            @NotBlank String writeAlias, @NotNull Duration rolloverAfter, @Min(0) int retentionMonths,
            @NotNull Duration lifecycleInterval, @NotBlank String eventsIndex, @NotBlank String eventsAlias,
            @Min(0) int replicas) {
    }
}
