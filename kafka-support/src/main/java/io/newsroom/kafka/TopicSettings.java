package io.newsroom.kafka;

import jakarta.validation.constraints.Min;

/**
 * How a deployment sizes the topics a service declares: one broker on a laptop, three or more in production.
 *
 * @param partitions        partitions of every topic whose catalogue entry leaves the count to the deployment: the
 *                          most instances of one consumer group that can share the work
 * @param replicationFactor copies of every partition; at most the number of brokers
 */
public record TopicSettings(@Min(1) int partitions, @Min(1) short replicationFactor) {
}
