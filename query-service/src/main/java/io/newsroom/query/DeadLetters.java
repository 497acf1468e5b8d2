package io.newsroom.query;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsroom.contracts.Topics;

/**
 * Puts a message the query service cannot use on a dead-letter topic, byte for byte, with its reason in the
 * {@link Topics#REASON_HEADER} header, and waits for the broker: the caller commits its offset only after that.
 */
@Component
public class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final KafkaTemplate<String, byte[]> kafka;
    private final MeterRegistry meters;

    DeadLetters(KafkaTemplate<String, byte[]> kafka, MeterRegistry meters) {
        this.kafka = kafka;
        this.meters = meters;
    }

    public void publish(String topic, ConsumerRecord<String, byte[]> record, String reason)
            throws InterruptedException, ExecutionException, TimeoutException {
        ProducerRecord<String, byte[]> out = new ProducerRecord<>(topic, record.key(), record.value());
        out.headers().add(Topics.REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8));
        kafka.send(out).get(60, TimeUnit.SECONDS);
        meters.counter("newsroom.query.dead-letters").increment();
        log.warn("dead letter topic={} key={} offset={} reason={}", topic, record.key(), record.offset(), reason);
    }
}
