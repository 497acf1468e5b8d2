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
     * @param uris        node URLs
     * @param index       the concrete articles index created when none exists
     * @param alias       the name all article reads and writes use
     * @param eventsIndex the concrete events index created when none exists
     * @param eventsAlias the name all event reads and writes use
     * @param replicas    replicas per shard
     */
    public record Elasticsearch(@NotEmpty List<String> uris, @NotBlank String index, @NotBlank String alias,
            @NotBlank String eventsIndex, @NotBlank String eventsAlias, @Min(0) int replicas) {
    }
}
