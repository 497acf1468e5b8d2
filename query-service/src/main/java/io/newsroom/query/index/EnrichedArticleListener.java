package io.newsroom.query.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsroom.contracts.EnrichedArticle;
import io.newsroom.contracts.InvalidMessageException;
import io.newsroom.contracts.MessageCodec;
import io.newsroom.contracts.Topics;

/**
 * One poll, one bulk request. Undecodable messages and documents Elasticsearch refuses for good go to
 * {@link Topics#ENRICHED_DLT} with their reason; when Elasticsearch is unavailable the method throws and the error
 * handler retries the whole batch with backoff, so the consumer pauses instead of skipping anything.
 */
@Component
class EnrichedArticleListener {

    private static final Logger log = LoggerFactory.getLogger(EnrichedArticleListener.class);

    private final ArticleIndexer indexer;
    private final KafkaTemplate<String, byte[]> kafka;
    private final MeterRegistry meters;

    EnrichedArticleListener(ArticleIndexer indexer, KafkaTemplate<String, byte[]> kafka, MeterRegistry meters) {
        this.indexer = indexer;
        this.kafka = kafka;
        this.meters = meters;
    }

    @KafkaListener(topics = Topics.ENRICHED)
    void onBatch(List<ConsumerRecord<String, byte[]>> records)
            throws IOException, InterruptedException, ExecutionException, TimeoutException {
        // a later revision in the same batch supersedes an earlier one
        Map<String, EnrichedArticle> latest = new HashMap<>();
        Map<String, ConsumerRecord<String, byte[]>> sourceOf = new HashMap<>();
        List<DeadLetter> dead = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            try {
                EnrichedArticle a = MessageCodec.decode(r.value(), EnrichedArticle.class);
                EnrichedArticle seen = latest.get(a.id());
                if (seen == null || seen.revision() <= a.revision()) {
                    latest.put(a.id(), a);
                    sourceOf.put(a.id(), r);
                }
            } catch (InvalidMessageException e) {
                dead.add(new DeadLetter(r, e.getMessage()));
            }
        }
        for (ArticleIndexer.Rejected rejected : indexer.index(new ArrayList<>(latest.values()))) {
            dead.add(new DeadLetter(sourceOf.get(rejected.article().id()), rejected.reason()));
        }
        for (DeadLetter d : dead) {
            publish(d);
        }
        meters.counter("newsroom.query.indexed").increment(latest.size());
    }

    private record DeadLetter(ConsumerRecord<String, byte[]> record, String reason) {
    }

    private void publish(DeadLetter d) throws InterruptedException, ExecutionException, TimeoutException {
        ProducerRecord<String, byte[]> out = new ProducerRecord<>(Topics.ENRICHED_DLT, d.record().key(), d.record().value());
        out.headers().add(Topics.REASON_HEADER, d.reason().getBytes(StandardCharsets.UTF_8));
        kafka.send(out).get(60, TimeUnit.SECONDS);
        meters.counter("newsroom.query.dead-letters").increment();
        log.warn("dead letter id={} offset={} reason={}", d.record().key(), d.record().offset(), d.reason());
    }
}
