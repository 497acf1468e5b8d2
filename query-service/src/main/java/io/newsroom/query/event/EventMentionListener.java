package io.newsroom.query.event;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsroom.contracts.EventMention;
import io.newsroom.contracts.InvalidMessageException;
import io.newsroom.contracts.MessageCodec;
import io.newsroom.contracts.Topics;
import io.newsroom.query.DeadLetters;
import io.newsroom.query.alert.MatchPublisher;

/**
 * Event reports in, merged events out. Its own consumer group, so events keep up even when article indexing
 * lags. The topic is keyed by event, so one partition owner merges all reports of one event in order. A batch that
 * fails (Elasticsearch away) is retried whole by the error handler; merging an already merged report changes
 * nothing, so the retry counts nothing twice. Each merged event is then matched against the event alert rules.
 * Undecodable messages go to {@link Topics#EVENT_MENTIONS_DLT}.
 */
@Component
class EventMentionListener {

    private final EventStore store;
    private final DeadLetters deadLetters;
    private final MeterRegistry meters;
    private final MatchPublisher alerts;

    EventMentionListener(EventStore store, DeadLetters deadLetters, MeterRegistry meters, MatchPublisher alerts) {
        this.store = store;
        this.deadLetters = deadLetters;
        this.meters = meters;
        this.alerts = alerts;
    }

    @KafkaListener(topics = Topics.EVENT_MENTIONS, groupId = "query-events")
    void onBatch(List<ConsumerRecord<String, byte[]>> records)
            throws IOException, InterruptedException, ExecutionException, TimeoutException {
        for (ConsumerRecord<String, byte[]> r : records) {
            EventMention mention;
            try {
                mention = MessageCodec.decode(r.value(), EventMention.class);
            } catch (InvalidMessageException e) {
                deadLetters.publish(Topics.EVENT_MENTIONS_DLT, r, e.getMessage());
                continue;
            }
            StoredEvent event = store.add(mention);
            alerts.event(event);
            meters.counter("newsroom.query.event-reports", "status", event.status()).increment();
        }
    }
}
