package io.newsroom.kafka;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaOperations;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsroom.contracts.Topics;

/**
 * The pipeline's one dead-letter mechanism: what a consumer cannot use goes to {@code <topic>-dlt}, byte for byte
 * and under its key, with the reason in the {@link Topics#REASON_HEADER} header and where it was read in
 * {@link Topics#ORIGIN_HEADER}. Each send waits for the broker, so a caller that commits its offset afterwards never
 * loses an item: a crash before the acknowledgement reads the message again. Counted per dead-letter topic in
 * {@code newsroom.dead-letters}. Thread-safe.
 */
public final class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    private static final long ACK_SECONDS = 60;

    private final KafkaOperations<String, byte[]> kafka;
    private final MeterRegistry meters;

    public DeadLetters(KafkaOperations<String, byte[]> kafka, MeterRegistry meters) {
        this.kafka = kafka;
        this.meters = meters;
    }

    /**
     * Puts a consumed message on its topic's dead-letter topic.
     *
     * @throws KafkaException when the broker does not acknowledge it: the caller must not commit the message
     */
    public void send(ConsumerRecord<String, byte[]> record, String reason) {
        ProducerRecord<String, byte[]> out = new ProducerRecord<>(Topics.deadLetterTopic(record.topic()), record.key(),
                record.value());
        out.headers().add(Topics.ORIGIN_HEADER, (record.topic() + "-" + record.partition() + "@" + record.offset())
                .getBytes(StandardCharsets.UTF_8));
        send(out, reason);
    }

    /**
     * Puts an item that never was a message of {@code topic} (a URL ingest could not discover or fetch) on the
     * topic's dead-letter topic.
     *
     * @throws KafkaException when the broker does not acknowledge it
     */
    public void send(String topic, String key, byte[] value, String reason) {
        send(new ProducerRecord<>(Topics.deadLetterTopic(topic), key, value), reason);
    }

    private void send(ProducerRecord<String, byte[]> out, String reason) {
        out.headers().add(Topics.REASON_HEADER, String.valueOf(reason).getBytes(StandardCharsets.UTF_8));
        try {
            kafka.send(out).get(ACK_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted putting " + out.key() + " on " + out.topic(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new KafkaException("the broker did not acknowledge dead letter " + out.key() + " on " + out.topic()
                    + ": " + e, e);
        }
        meters.counter("newsroom.dead-letters", "topic", out.topic()).increment();
        log.warn("dead letter topic={} key={} reason={}", out.topic(), out.key(), reason);
    }
}
