package io.newsroom.cli.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.newsroom.localstack.LocalKafka;
import io.newsroom.localstack.Ports;
import io.newsroom.localstack.StackPaths;

/** A real broker goes away for longer than the producer's delivery timeout while records are on their way. */
class ResendingSenderIT {

    private static final String TOPIC = "resend-probe";
    /** Short, so that batches expire while the broker is away, as two minutes do under a long outage. */
    private static final int DELIVERY_TIMEOUT_MS = 3000;

    @TempDir
    Path dir;

    private LocalKafka kafka;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @BeforeEach
    void startBroker() throws Exception {
        kafka = new LocalKafka(StackPaths.fromBuild(), dir, Ports.free(), "256m").start(Duration.ofSeconds(90));
        try (Admin admin = Pipeline.admin(kafka.bootstrapServers())) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
        }
    }

    @AfterEach
    void stopBroker() {
        kafka.close();
    }

    @Test
    void recordsExpiredWhileTheBrokerRestartsAreSentAgainExceptOnesANewerRecordReplaced() throws Exception {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            sendOneThenStopTheBroker(producer);
            AtomicInteger delivered = new AtomicInteger();
            ResendingSender sender = new ResendingSender(producer, Duration.ofSeconds(60), out, "probe");
            sender.send(record("b", "b1"), md -> delivered.incrementAndGet(), () -> true);
            sender.send(record("c", "c1"), md -> delivered.incrementAndGet(), () -> false);
            sender.send(record("c", "c2"), md -> delivered.incrementAndGet(), () -> true);
            // back only after the batches expired at least once
            CompletableFuture<Void> restart = CompletableFuture.runAsync(() -> {
                try {
                    Thread.sleep(DELIVERY_TIMEOUT_MS + 2000);
                    kafka.start(Duration.ofSeconds(90));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });

            assertThat(sender.finish()).isNull();
            restart.join();
            assertThat(delivered).hasValue(2);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("probe: the broker did not take 2 record(s) yet");
        // each wanted record once, the replaced one never; a resend keeps the order of one key's records only
        assertThat(readAll()).containsExactlyInAnyOrder("a1", "b1", "c2");
    }

    @Test
    void aBrokerThatStaysAwayEndsTheSendWithTheReasonAfterThePatience() throws Exception {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            sendOneThenStopTheBroker(producer);
            ResendingSender sender = new ResendingSender(producer, Duration.ofSeconds(5), out, "probe");
            sender.send(record("b", "b1"), md -> { }, () -> true);
            Exception failure = sender.finish();
            assertThat(failure).isNotNull();
            // the producer's own reason: a batch expired, or the topic's leader not found in time
            assertThat(failure.getMessage()).startsWith("1 record(s) not taken, none for 5 s: ")
                    .containsAnyOf("Expiring 1 record(s)", "not present in metadata");
        }
    }

    /** The producer knows the topic's leader when the broker goes: what a long import has when it restarts. */
    private void sendOneThenStopTheBroker(KafkaProducer<String, byte[]> producer) throws InterruptedException {
        ResendingSender before = new ResendingSender(producer, Duration.ofSeconds(60), out, "probe");
        before.send(record("a", "a1"), md -> { }, () -> true);
        assertThat(before.finish()).isNull();
        kafka.close();
    }

    private KafkaProducer<String, byte[]> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, DELIVERY_TIMEOUT_MS);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 1000);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        // a send waits this long for the topic's leader when the broker is away
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 2000);
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    private static ProducerRecord<String, byte[]> record(String key, String value) {
        return new ProducerRecord<>(TOPIC, key, value.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> readAll() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        TopicPartition tp = new TopicPartition(TOPIC, 0);
        List<String> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(List.of(tp));
            consumer.seekToBeginning(List.of(tp));
            long end = consumer.endOffsets(List.of(tp)).get(tp);
            while (consumer.position(tp) < end) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> values.add(new String(r.value(), StandardCharsets.UTF_8)));
            }
        }
        return values;
    }
}
