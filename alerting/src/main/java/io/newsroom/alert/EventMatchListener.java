package io.newsroom.alert;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

import io.newsroom.contracts.MergedEvent;
import io.newsroom.contracts.Topics;
import io.newsroom.kafka.DeadLetters;
import io.newsroom.kafka.DecodingListener;

/**
 * Every merged event, matched against the event rules. Its own consumer group, so event alerts do not wait behind a
 * backlog of articles. The topic is keyed by event, so one event's versions arrive in order; a version read twice
 * (the merging publishes every merge, replays included) makes the same alert ids, which the decider records once.
 */
class EventMatchListener extends DecodingListener<MergedEvent> {

    private final MatchPublisher matches;

    EventMatchListener(MatchPublisher matches, DeadLetters deadLetters) {
        super(MergedEvent.class, deadLetters, Undecodable.DEAD_LETTER);
        this.matches = matches;
    }

    @KafkaListener(topics = Topics.EVENTS, groupId = "query-alert-events")
    void onEvents(List<ConsumerRecord<String, byte[]>> records)
            throws InterruptedException, ExecutionException, TimeoutException {
        matches.events(decode(records).stream().map(Decoded::value).toList());
    }
}
