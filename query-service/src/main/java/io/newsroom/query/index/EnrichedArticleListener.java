package io.newsroom.query.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsroom.contracts.EnrichedArticle;
import io.newsroom.contracts.InvalidMessageException;
import io.newsroom.contracts.MessageCodec;
import io.newsroom.contracts.Topics;
import io.newsroom.query.DeadLetters;
import io.newsroom.search.index.ArticleIndexer;

/**
 * One poll, one bulk request. Undecodable messages and documents Elasticsearch refuses for good go to
 * {@link Topics#ENRICHED_DLT} with their reason; when Elasticsearch is unavailable the method throws and the error
 * handler retries the whole batch with backoff, so the consumer pauses instead of skipping anything.
 */
@Component
class EnrichedArticleListener {

    private final ArticleIndexer indexer;
    private final DeadLetters deadLetters;
    private final MeterRegistry meters;

    EnrichedArticleListener(ArticleIndexer indexer, DeadLetters deadLetters, MeterRegistry meters) {
        this.indexer = indexer;
        this.deadLetters = deadLetters;
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
            deadLetters.publish(Topics.ENRICHED_DLT, d.record(), d.reason());
        }
        meters.counter("newsroom.query.indexed").increment(latest.size());
    }

    private record DeadLetter(ConsumerRecord<String, byte[]> record, String reason) {
    }
}
