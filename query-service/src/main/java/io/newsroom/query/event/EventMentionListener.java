package io.newsroom.query.event;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsroom.contracts.EventMention;
import io.newsroom.contracts.MergedEvent;
import io.newsroom.contracts.MessageCodec;
import io.newsroom.contracts.Topics;
import io.newsroom.kafka.DeadLetters;
import io.newsroom.kafka.DecodingListener;
import io.newsroom.search.event.EventStore;

/**
 * Event reports in, merged events out. Its own consumer group, so events keep up even when article indexing
 * lags. The topic is keyed by event, so one partition owner merges all reports of one event in order. A batch that
 * fails (Elasticsearch away) is retried whole by the error handler; merging an already merged report changes
 * nothing, so the retry counts nothing twice. Each merge's event is published on {@link Topics#EVENTS}, keyed by
 * event id, whether the merge created, changed or left it as it was: a report replayed after a crash (merged, then
 * the crash before the offset commit) is published again, so what alerting missed still reaches it, and alerting's
 * alert ids make the repeat fire nothing twice. The offsets are committed only after the broker took them all.
 * Undecodable messages go to {@link Topics#EVENT_MENTIONS_DLT}.
 */
@Component
class EventMentionListener extends DecodingListener<EventMention> {

    private final EventStore store;
    private final KafkaTemplate<String, byte[]> kafka;
    private final MeterRegistry meters;

    EventMentionListener(EventStore store, KafkaTemplate<String, byte[]> kafka, DeadLetters deadLetters,
            MeterRegistry meters) {
        super(EventMention.class, deadLetters, Undecodable.DEAD_LETTER);
        this.store = store;
        this.kafka = kafka;
        this.meters = meters;
    }

    @KafkaListener(topics = Topics.EVENT_MENTIONS, groupId = "query-events")
    void onBatch(List<ConsumerRecord<String, byte[]>> records)
            throws IOException, InterruptedException, ExecutionException, TimeoutException {
        List<CompletableFuture<?>> published = new ArrayList<>(records.size());
        for (Decoded<EventMention> d : decode(records)) {
            MergedEvent event = store.add(d.value());
            published.add(kafka.send(Topics.EVENTS, event.id(), MessageCodec.encode(event)));
            meters.counter("newsroom.query.event-reports", "status", event.status()).increment();
        }
        CompletableFuture.allOf(published.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
    }
}
