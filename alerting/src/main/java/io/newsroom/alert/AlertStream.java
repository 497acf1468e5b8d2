package io.newsroom.alert;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsroom.contracts.Alert;
import io.newsroom.contracts.MessageCodec;
import io.newsroom.contracts.Topics;

/**
 * The live alert feed: every instance follows {@link Topics#ALERTS} from its end (outside any consumer group, so
 * each sees every alert whichever instance decided it) and sends each alert to its open Server-Sent Events
 * streams. A client that has gone is dropped at the next alert or heartbeat. Thread-safe.
 */
public class AlertStream implements AutoCloseable {

    /** Idle streams get a comment this often, so proxies keep them open and dead clients are found. */
    public static final long HEARTBEAT_MS = 15_000;

    private final Set<Subscriber> subscribers = new CopyOnWriteArraySet<>();
    private final TopicTail tail;
    private final MeterRegistry meters;

    AlertStream(ConsumerFactory<String, byte[]> consumers, MeterRegistry meters) {
        this.tail = new TopicTail(consumers.getConfigurationProperties(), Topics.ALERTS, false, batch -> batch.forEach(this::deliver));
        this.meters = meters;
        meters.gauge("newsroom.query.alert-streams", subscribers, Set::size);
    }

    /** Positioned at the end before the service counts as started, so no alert after that is missed. */
    @EventListener(ApplicationReadyEvent.class)
    void follow() throws InterruptedException {
        tail.start().awaitCaughtUp(java.time.Duration.ofSeconds(30));
    }

    /** @param ruleId only this rule's alerts, null for all */
    public SseEmitter subscribe(String ruleId) {
        SseEmitter emitter = new SseEmitter(0L);
        Subscriber s = new Subscriber(emitter, ruleId);
        subscribers.add(s);
        emitter.onCompletion(() -> subscribers.remove(s));
        emitter.onTimeout(() -> subscribers.remove(s));
        emitter.onError(e -> subscribers.remove(s));
        try {
            // tells the client the stream is open before the first alert
            emitter.send(SseEmitter.event().comment("newsroom alerts"));
        } catch (IOException e) {
            subscribers.remove(s);
        }
        return emitter;
    }

    private void deliver(ConsumerRecord<String, byte[]> r) {
        Alert alert = MessageCodec.decode(r.value(), Alert.class);
        String json = new String(r.value(), java.nio.charset.StandardCharsets.UTF_8);
        for (Subscriber s : subscribers) {
            if (s.ruleId() == null || s.ruleId().equals(alert.ruleId())) {
                send(s, SseEmitter.event().id(alert.id()).name("alert").data(json, MediaType.APPLICATION_JSON));
            }
        }
        meters.counter("newsroom.query.alerts-streamed").increment();
    }

    @org.springframework.scheduling.annotation.Scheduled(fixedDelay = HEARTBEAT_MS)
    void heartbeat() {
        for (Subscriber s : subscribers) {
            send(s, SseEmitter.event().comment("keep-alive"));
        }
    }

    private void send(Subscriber s, SseEmitter.SseEventBuilder event) {
        try {
            s.emitter().send(event);
        } catch (IOException | IllegalStateException e) {
            subscribers.remove(s);
            s.emitter().completeWithError(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        tail.close();
        subscribers.forEach(s -> s.emitter().complete());
    }

    private record Subscriber(SseEmitter emitter, String ruleId) {
    }
}
