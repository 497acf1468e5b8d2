package io.newsroom.ingest.publish;

import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsroom.contracts.DeadLetter;
import io.newsroom.contracts.FrontierEntry;
import io.newsroom.contracts.MessageCodec;
import io.newsroom.contracts.RawArticle;
import io.newsroom.contracts.Topics;
import io.newsroom.contracts.SeenRecord;
import io.newsroom.ingest.fetch.FrontierEntries;
import io.newsroom.kafka.DeadLetters;

/**
 * Publishes raw articles, frontier entries, seen records and ingest's dead letters. Sends are synchronous: an article counts as ingested only
 * once the broker has acknowledged it on all in-sync replicas, which is what makes ingest at-least-once.
 */
@Component
public class ArticlePublisher {

    private static final Logger log = LoggerFactory.getLogger(ArticlePublisher.class);

    private final KafkaTemplate<String, byte[]> kafka;
    private final DeadLetters deadLetters;
    private final MeterRegistry meters;
    private final Clock clock;

    ArticlePublisher(KafkaTemplate<String, byte[]> kafka, DeadLetters deadLetters, MeterRegistry meters, Clock clock) {
        this.kafka = kafka;
        this.deadLetters = deadLetters;
        this.meters = meters;
        this.clock = clock;
    }

    public void publish(RawArticle article) {
        send(Topics.RAW, null, article.id(), MessageCodec.encode(article));
        meters.counter("newsroom.ingest.articles.published", "source", String.valueOf(article.source())).increment();
        log.info("published raw article id={} url={} revision={}", article.id(), article.url(), article.revision());
    }

    /** Queues a discovered URL for the fetcher that owns its site. */
    public void offer(FrontierEntry entry) {
        send(Topics.FRONTIER, null, FrontierEntries.key(entry), MessageCodec.encode(entry));
    }

    /** The frontier's partition count, from the producer's metadata (asked of the broker when not known yet). */
    public int frontierPartitions() {
        return kafka.partitionsFor(Topics.FRONTIER).size();
    }

    /** Writes ingest's state of one id to the seen partition that matches its frontier partition. */
    public void recordSeen(int partition, SeenRecord record) {
        send(Topics.SEEN, partition, record.id(), MessageCodec.encode(record));
    }

    /**
     * Records a URL that could not be discovered, fetched or published as a {@link DeadLetter} on the frontier's
     * dead-letter topic; never throws, so one bad item cannot stop a poll.
     */
    public void deadLetter(String stage, String source, String url, String reason) {
        meters.counter("newsroom.ingest.failures", "stage", stage).increment();
        log.info("failed stage={} source={} url={}", stage, source, url);
        try {
            deadLetters.send(Topics.FRONTIER, url, MessageCodec.encode(new DeadLetter(stage, source, url, reason,
                    clock.instant())), reason);
        } catch (RuntimeException e) {
            log.error("could not publish dead letter url={}: {}", url, e.toString());
        }
    }

    private void send(String topic, Integer partition, String key, byte[] value) {
        try {
            kafka.send(topic, partition, key, value).get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishException("interrupted publishing " + key + " to " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new PublishException("broker did not acknowledge " + key + " on " + topic + ": " + e, e);
        }
    }
}
