package io.newsroom.cli.warc;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import io.newsroom.contracts.Topics;

/**
 * {@code import-warc --backfill}: follows the imported pages through every stage by the consumer groups' committed
 * offsets, printing how far behind each stage is, and tells when the last stage, the indexer, has committed past
 * everything the stages before it produced for the import. The indexer commits a poll only after its bulk request
 * succeeded, so its pages are then searchable from the index's next refresh (every second).
 */
final class BackfillWatch {

    /** A stage: the consumer group that does its work and the topic it reads. */
    record Stage(String group, String topic) {
    }

    /** Behind, per stage: records on its topic its group has not committed yet; indexed: the indexer's offsets. */
    record Snapshot(Map<Stage, Long> behind, long indexed) {
    }

    static final List<Stage> STAGES = List.of(new Stage("ingest", Topics.FRONTIER), new Stage("enrich", Topics.RAW),
            new Stage("query-indexer", Topics.ENRICHED));

    private final Admin admin;
    private final PrintStream out;
    private final long startNanos;
    private final long indexedAtStart;
    private String stalled;

    /** @param startNanos when the command started ({@link System#nanoTime()}), which the times count from */
    BackfillWatch(Admin admin, PrintStream out, long startNanos) throws InterruptedException {
        this.admin = admin;
        this.out = out;
        this.startNanos = startNanos;
        this.indexedAtStart = snapshot().indexed();
    }

    /** The progress line: pages indexed since the start and each stage's backlog. */
    void report() throws InterruptedException {
        Snapshot s = snapshot();
        double seconds = seconds();
        long indexed = s.indexed() - indexedAtStart;
        out.printf("import-warc: backfill %.0f s: %d articles indexed, %.1f pages/s; behind: %s%n", seconds, indexed,
                indexed / Math.max(seconds, 1e-9), STAGES.stream().map(st -> st.group() + " " + s.behind().get(st))
                        .collect(Collectors.joining(", ")));
    }

    /**
     * Waits until each stage in turn is past what the stage before it had produced once it was done with the import;
     * the first stage must get past {@code queuedUpTo}.
     *
     * @return seconds since the command started when the indexer was past the import, or -1 when a stage took
     *         nothing for {@code idleLimitMillis}
     */
    double awaitIndexed(Map<Integer, Long> queuedUpTo, long idleLimitMillis) throws InterruptedException {
        Map<Integer, Long> target = new HashMap<>(queuedUpTo);
        int stage = 0;
        long lastProgress = System.nanoTime();
        long lastRemaining = Long.MAX_VALUE;
        while (true) {
            long remaining = remaining(target, committed(STAGES.get(stage)));
            if (remaining == 0 && stage == STAGES.size() - 1) {
                return seconds();
            }
            if (remaining == 0) {
                // read after the stage is past the import, so the next topic's ends cover all it produced for it
                Map<Integer, Long> next = ends(STAGES.get(stage + 1).topic());
                if (!next.isEmpty()) {
                    stage++;
                    target = lastOffsets(next);
                    lastRemaining = Long.MAX_VALUE;
                    continue;
                }
            } else if (remaining < lastRemaining) {
                lastRemaining = remaining;
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > idleLimitMillis * 1_000_000) {
                stalled = STAGES.get(stage).group();
                return -1;
            }
            Thread.sleep(500);
        }
    }

    /** The stage that stopped taking work, once {@link #awaitIndexed} gave up. */
    String stalled() {
        return stalled;
    }

    private double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static long remaining(Map<Integer, Long> target, Map<Integer, Long> committed) {
        return target.entrySet().stream()
                .mapToLong(e -> Math.max(0, e.getValue() + 1 - committed.getOrDefault(e.getKey(), 0L))).sum();
    }

    /** Per partition, the offset of its last record, for the partitions that have one. */
    private static Map<Integer, Long> lastOffsets(Map<Integer, Long> ends) {
        Map<Integer, Long> last = new HashMap<>();
        ends.forEach((p, end) -> {
            if (end > 0) {
                last.put(p, end - 1);
            }
        });
        return last;
    }

    private Map<Integer, Long> committed(Stage stage) throws InterruptedException {
        try {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(stage.group())
                    .partitionsToOffsetAndMetadata().get(15, TimeUnit.SECONDS);
            Map<Integer, Long> out = new HashMap<>();
            offsets.forEach((tp, o) -> {
                if (tp.topic().equals(stage.topic()) && o != null) {
                    out.put(tp.partition(), o.offset());
                }
            });
            return out;
        } catch (ExecutionException | TimeoutException e) {
            return Map.of();
        }
    }

    private Snapshot snapshot() throws InterruptedException {
        Map<Stage, Long> behind = new HashMap<>();
        long indexed = 0;
        for (Stage stage : STAGES) {
            Map<Integer, Long> end = ends(stage.topic());
            Map<Integer, Long> committed = committed(stage);
            behind.put(stage, end.entrySet().stream()
                    .mapToLong(e -> Math.max(0, e.getValue() - committed.getOrDefault(e.getKey(), 0L))).sum());
            if (stage == STAGES.get(STAGES.size() - 1)) {
                indexed = committed.values().stream().mapToLong(Long::longValue).sum();
            }
        }
        return new Snapshot(behind, indexed);
    }

    private Map<Integer, Long> ends(String topic) throws InterruptedException {
        try {
            int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(15, TimeUnit.SECONDS).get(topic)
                    .partitions().size();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (int p = 0; p < partitions; p++) {
                latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
            }
            Map<TopicPartition, ListOffsetsResultInfo> got = admin.listOffsets(latest).all().get(15, TimeUnit.SECONDS);
            return got.entrySet().stream().collect(Collectors.toMap(e -> e.getKey().partition(), e -> e.getValue().offset()));
        } catch (ExecutionException | TimeoutException e) {
            return Map.of();
        }
    }
}
