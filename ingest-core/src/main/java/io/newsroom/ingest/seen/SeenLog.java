package io.newsroom.ingest.seen;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

import io.newsroom.contracts.InvalidMessageException;
import io.newsroom.contracts.MessageCodec;
import io.newsroom.contracts.SeenRecord;

/**
 * Reads {@link io.newsroom.contracts.Topics#SEEN} partitions from their start to their current end: the latest
 * record per id wins, as compaction will eventually leave it. Not thread-safe (a Kafka consumer is not).
 */
public final class SeenLog {

    private SeenLog() {
    }

    /** @return per partition, the latest record of each id that partition holds */
    public static Map<Integer, Map<String, SeenRecord>> read(Consumer<String, byte[]> consumer,
            Collection<TopicPartition> partitions) {
        Map<Integer, Map<String, SeenRecord>> out = new HashMap<>();
        partitions.forEach(tp -> out.put(tp.partition(), new HashMap<>()));
        if (partitions.isEmpty()) {
            return out;
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
            for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                Map<String, SeenRecord> records = out.get(r.partition());
                if (r.value() == null) {
                    records.remove(r.key());
                    continue;
                }
                try {
                    SeenRecord seen = MessageCodec.decode(r.value(), SeenRecord.class);
                    records.put(seen.id(), seen);
                } catch (InvalidMessageException e) {
                    // only ingest writes this topic; an unreadable record means "not seen", which costs a refetch
                }
            }
        }
        consumer.unsubscribe();
        return out;
    }
}
