package io.newsroom.query;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The query service's settings; defaults and their reasons are in application.yml.
 *
 * @param elasticsearch   the search cluster
 * @param topicPartitions partitions of the topics this service creates
 * @param maxRetryBackoff the longest pause between attempts at a batch while Elasticsearch is unavailable
 */
@Validated
@ConfigurationProperties("newsroom.query")
public record QueryProperties(@Valid @NotNull Elasticsearch elasticsearch, @Min(1) int topicPartitions,
        @NotNull Duration maxRetryBackoff) {

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
