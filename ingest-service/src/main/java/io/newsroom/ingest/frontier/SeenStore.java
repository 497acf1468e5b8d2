package io.newsroom.ingest.frontier;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.newsroom.contracts.SeenRecord;
import io.newsroom.contracts.Topics;
import io.newsroom.ingest.publish.ArticlePublisher;
import io.newsroom.ingest.seen.SeenLog;

/**
 * Ingest's dedup state for the frontier partitions this instance owns, restored from the compacted
 * {@link Topics#SEEN} topic when a partition is assigned and written through to it on every change. Seen
 * partition n holds exactly the ids of frontier partition n (records are sent to the partition they were read
 * from), so an owner needs nothing but its own partitions. Thread-safe: each partition is touched by the one
 * listener thread that owns it.
 */
public final class SeenStore {

    private static final Logger log = LoggerFactory.getLogger(SeenStore.class);

    private final Map<Integer, Map<String, SeenRecord>> byPartition = new ConcurrentHashMap<>();
    private final Supplier<Consumer<String, byte[]>> consumers;
    private final ArticlePublisher publisher;

    public SeenStore(Supplier<Consumer<String, byte[]>> consumers, ArticlePublisher publisher) {
        this.consumers = consumers;
        this.publisher = publisher;
    }

    /** Restores the state of newly assigned frontier partitions; blocks until their seen records are read. */
    public void load(Collection<Integer> partitions) {
        long t0 = System.nanoTime();
        try (Consumer<String, byte[]> consumer = consumers.get()) {
            Map<Integer, Map<String, SeenRecord>> read = SeenLog.read(consumer,
                    partitions.stream().map(p -> new TopicPartition(Topics.SEEN, p)).toList());
            read.forEach((p, records) -> byPartition.put(p, new ConcurrentHashMap<>(records)));
            log.info("restored seen state of partitions {}: {} ids in {} ms", partitions,
                    read.values().stream().mapToInt(Map::size).sum(), (System.nanoTime() - t0) / 1_000_000);
        }
    }

    /** Forgets partitions another instance now owns. */
    public void release(Collection<Integer> partitions) {
        partitions.forEach(byPartition::remove);
    }

    /** @return what was last recorded of the id on that frontier partition, or null */
    public SeenRecord get(int partition, String id) {
        Map<String, SeenRecord> records = byPartition.get(partition);
        return records == null ? null : records.get(id);
    }

    /** Writes the record to the broker (acknowledged) and then to memory. */
    public void record(int partition, SeenRecord record) {
        publisher.recordSeen(partition, record);
        byPartition.computeIfAbsent(partition, p -> new ConcurrentHashMap<>()).put(record.id(), record);
    }

    public int size() {
        return byPartition.values().stream().mapToInt(Map::size).sum();
    }
}
