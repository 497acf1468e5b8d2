package io.newsroom.cli.kafka;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Waits until a service's consumer group has committed past the records a command queued: the command's way of
 * knowing its work was taken, without talking to the service.
 */
public final class GroupProgress {

    private GroupProgress() {
    }

    /**
     * @param queuedUpTo per partition of {@code topic}, the offset of the last record queued
     * @param idleLimitMillis how long to wait while the group takes nothing
     * @return true when the group is past every queued record, false when it took nothing for the idle limit
     */
    public static boolean await(Admin admin, String group, String topic, Map<Integer, Long> queuedUpTo,
            long idleLimitMillis) throws InterruptedException {
        long lastProgress = System.nanoTime();
        long lastRemaining = Long.MAX_VALUE;
        while (true) {
            long remaining;
            try {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(15, TimeUnit.SECONDS);
                remaining = queuedUpTo.entrySet().stream().mapToLong(e -> {
                    OffsetAndMetadata c = committed.get(new TopicPartition(topic, e.getKey()));
                    return Math.max(0, e.getValue() + 1 - (c == null ? 0 : c.offset()));
                }).sum();
            } catch (ExecutionException | TimeoutException e) {
                remaining = lastRemaining;
            }
            if (remaining == 0) {
                return true;
            }
            if (remaining < lastRemaining) {
                lastRemaining = remaining;
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > idleLimitMillis * 1_000_000) {
                return false;
            }
            Thread.sleep(500);
        }
    }
}
