package io.newsroom.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;

import io.newsroom.contracts.EnrichedArticle;
import io.newsroom.contracts.InvalidMessageException;
import io.newsroom.contracts.MergedEvent;
import io.newsroom.contracts.MessageCodec;
import io.newsroom.contracts.Topics;

/**
 * What the alert stage reads, as it arrives: every new or revised article and every merged event, matched against
 * every rule. Each input has its own consumer group, so article alerts do not wait for indexing and event alerts do
 * not wait behind a backlog of articles. The events topic is keyed by event, so one event's versions arrive in
 * order; a version read twice (the merging publishes every merge, replays included) makes the same alert ids, which
 * the decider records once.
 */
class MatchListener {

    private static final Logger log = LoggerFactory.getLogger(MatchListener.class);

    private final MatchPublisher matches;

    MatchListener(MatchPublisher matches) {
        this.matches = matches;
    }

    /** An undecodable article is skipped here: the indexer's listener, which reads the same message, dead-letters it. */
    @KafkaListener(topics = Topics.ENRICHED, groupId = "query-alerts")
    void onArticles(List<ConsumerRecord<String, byte[]>> records)
            throws InterruptedException, ExecutionException, TimeoutException {
        matches.articles(decode(records, EnrichedArticle.class, skipped -> log.debug(
                "undecodable article key={} offset={}, left to the indexer's dead letters", skipped.key(),
                skipped.offset())));
    }

    @KafkaListener(topics = Topics.EVENTS, groupId = "query-alert-events")
    void onEvents(List<ConsumerRecord<String, byte[]>> records)
            throws InterruptedException, ExecutionException, TimeoutException {
        matches.events(decode(records, MergedEvent.class, skipped -> log.warn(
                "undecodable merged event key={} offset={}", skipped.key(), skipped.offset())));
    }

    private static <T> List<T> decode(List<ConsumerRecord<String, byte[]>> records, Class<T> type,
            Consumer<ConsumerRecord<String, byte[]>> undecodable) {
        List<T> out = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> r : records) {
            try {
                out.add(MessageCodec.decode(r.value(), type));
            } catch (InvalidMessageException e) {
                undecodable.accept(r);
            }
        }
        return out;
    }
}
