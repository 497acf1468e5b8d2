package io.newsroom.ingest.frontier;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

import io.newsroom.contracts.FrontierEntry;
import io.newsroom.contracts.Topics;
import io.newsroom.ingest.publish.ArticlePublisher;
import io.newsroom.kafka.DeadLetters;
import io.newsroom.kafka.DecodingListener;

/**
 * The fetcher's side of the frontier. Kafka gives each frontier partition to exactly one instance of the consumer
 * group, and every entry of a site lands on the site's partition: so one thread of one instance fetches from each
 * site and decides about each of its URLs. On assignment the partition's seen state is restored before its first
 * entry is read, and the instance takes over the partition's sites ({@link SiteOwnership}); on revocation it lets
 * them go once its requests to them have ended. The offsets of a poll are committed once every entry of it has its
 * outcome acknowledged (ack mode batch; the sends are synchronous): a crash replays entries, never skips one, and a
 * replayed entry finds its seen record and publishes nothing again. One commit per poll instead of per entry saves
 * the broker a write per page during a backfill.
 */
@Component
class FrontierListener extends DecodingListener<FrontierEntry> implements ConsumerSeekAware {

    private static final Logger log = LoggerFactory.getLogger(FrontierListener.class);

    private final ArticleIngestor ingestor;
    private final SeenStore seen;
    private final ArticlePublisher publisher;
    private final SiteOwnership ownership;

    FrontierListener(ArticleIngestor ingestor, SeenStore seen, ArticlePublisher publisher, SiteOwnership ownership,
            DeadLetters deadLetters) {
        super(FrontierEntry.class, deadLetters, Undecodable.DEAD_LETTER);
        this.ingestor = ingestor;
        this.seen = seen;
        this.publisher = publisher;
        this.ownership = ownership;
    }

    @KafkaListener(topics = Topics.FRONTIER, concurrency = "${newsroom.ingest.fetch-threads}")
    void onEntry(ConsumerRecord<String, byte[]> record) {
        decode(record).ifPresent(entry -> {
            ArticleIngestor.Outcome outcome = ingestor.process(record.partition(), entry);
            log.debug("frontier id={} url={} outcome={}", entry.id(), entry.url(), outcome);
        });
    }

    /** Ingest's dead letters are records of their own: an undecodable entry becomes one too. */
    @Override
    protected void deadLetter(ConsumerRecord<String, byte[]> record, String reason) {
        publisher.deadLetter("frontier", "?", "frontier offset " + record.partition() + "/" + record.offset(), reason);
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        List<Integer> partitions = assignments.keySet().stream().map(TopicPartition::partition).toList();
        seen.load(partitions);
        ownership.assigned(partitions);
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        List<Integer> numbers = partitions.stream().map(TopicPartition::partition).toList();
        ownership.revoked(numbers);
        seen.release(numbers);
        log.info("frontier partitions {} handed over", partitions);
    }
}
