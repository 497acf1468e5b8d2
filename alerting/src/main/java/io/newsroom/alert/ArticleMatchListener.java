package io.newsroom.alert;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

import io.newsroom.contracts.EnrichedArticle;
import io.newsroom.contracts.Topics;
import io.newsroom.kafka.DeadLetters;
import io.newsroom.kafka.DecodingListener;

/**
 * Every new or revised article, matched against every rule as it arrives. Its own consumer group, so article alerts
 * do not wait for indexing. An undecodable article is left out quietly: the indexer, which reads the same message in
 * its own group, dead-letters it.
 */
class ArticleMatchListener extends DecodingListener<EnrichedArticle> {

    private final MatchPublisher matches;

    ArticleMatchListener(MatchPublisher matches, DeadLetters deadLetters) {
        super(EnrichedArticle.class, deadLetters, Undecodable.SKIP);
        this.matches = matches;
    }

    @KafkaListener(topics = Topics.ENRICHED, groupId = "query-alerts")
    void onArticles(List<ConsumerRecord<String, byte[]>> records)
            throws InterruptedException, ExecutionException, TimeoutException {
        matches.articles(decode(records).stream().map(Decoded::value).toList());
    }
}
