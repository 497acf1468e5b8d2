package io.newsroom.enrich;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import io.newsroom.kafka.TopicSettings;

/**
 * The enrich service's settings; defaults and their reasons are in application.yml.
 *
 * @param topics       partitions and replication of the topics this service declares
 * @param retryBackoff pause between attempts at a message that failed for a reason that may pass
 * @param maxAttempts  attempts before such a message goes to the dead-letter topic
 */
@Validated
@ConfigurationProperties("newsroom.enrich")
public record EnrichProperties(@Valid @NotNull TopicSettings topics, @NotNull Duration retryBackoff, @Min(1) int maxAttempts) {
}
