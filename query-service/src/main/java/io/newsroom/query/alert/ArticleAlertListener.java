package io.newsroom.query.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.newsroom.contracts.EnrichedArticle;
import io.newsroom.contracts.InvalidMessageException;
import io.newsroom.contracts.MessageCodec;
import io.newsroom.contracts.Topics;

/**
 * Every new or revised article, matched against every rule as it arrives. Its own consumer group, so alerts do not
 * wait for indexing. An undecodable message is skipped here: the indexer's listener dead-letters it.
 */
@Component
class ArticleAlertListener {

    private final MatchPublisher matches;

    ArticleAlertListener(MatchPublisher matches) {
        this.matches = matches;
    }

    @KafkaListener(topics = Topics.ENRICHED, groupId = "query-alerts")
    void onBatch(List<ConsumerRecord<String, byte[]>> records) throws InterruptedException, ExecutionException, TimeoutException {
        List<EnrichedArticle> articles = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> r : records) {
            try {
                articles.add(MessageCodec.decode(r.value(), EnrichedArticle.class));
            } catch (InvalidMessageException e) {
                // dead-lettered by the indexer, which reads the same message
            }
        }
        matches.articles(articles);
    }
}
