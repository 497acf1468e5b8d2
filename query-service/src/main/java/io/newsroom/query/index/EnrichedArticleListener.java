package io.newsroom.query.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsroom.contracts.EnrichedArticle;
import io.newsroom.contracts.Topics;
import io.newsroom.kafka.DeadLetters;
import io.newsroom.kafka.DecodingListener;
import io.newsroom.search.index.ArticleIndexer;

/**
 * One poll, one bulk request. Undecodable messages and documents Elasticsearch refuses for good go to
 * {@link Topics#ENRICHED_DLT} with their reason (the first as they are read, the second after the bulk request); when Elasticsearch is unavailable the method throws and the error
 * handler retries the whole batch with backoff, so the consumer pauses instead of skipping anything.
 */
@Component
class EnrichedArticleListener extends DecodingListener<EnrichedArticle> {

    private final ArticleIndexer indexer;
    private final MeterRegistry meters;

    EnrichedArticleListener(ArticleIndexer indexer, DeadLetters deadLetters, MeterRegistry meters) {
        super(EnrichedArticle.class, deadLetters, Undecodable.DEAD_LETTER);
        this.indexer = indexer;
        this.meters = meters;
    }

    @KafkaListener(topics = Topics.ENRICHED)
    void onBatch(List<ConsumerRecord<String, byte[]>> records) throws IOException {
        // a later revision in the same batch supersedes an earlier one
        Map<String, Decoded<EnrichedArticle>> latest = new HashMap<>();
        for (Decoded<EnrichedArticle> d : decode(records)) {
            latest.merge(d.value().id(), d, (seen, next) -> seen.value().revision() <= next.value().revision() ? next : seen);
        }
        for (ArticleIndexer.Rejected rejected : indexer.index(latest.values().stream().map(Decoded::value).toList())) {
            deadLetters().send(latest.get(rejected.article().id()).record(), rejected.reason());
        }
        meters.counter("newsroom.query.indexed").increment(latest.size());
    }
}
