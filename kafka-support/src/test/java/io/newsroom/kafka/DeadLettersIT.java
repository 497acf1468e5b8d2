package io.newsroom.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsroom.contracts.Topics;

/** The dead-letter mechanism and the topic convention on a real (embedded KRaft) broker with automatic creation off. */
class DeadLettersIT {

    private static final EmbeddedKafkaBroker BROKER = start();

    private static EmbeddedKafkaBroker start() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.brokerProperties(Map.of("auto.create.topics.enable", "false", "offsets.topic.replication.factor", "1",
                "transaction.state.log.replication.factor", "1", "transaction.state.log.min.isr", "1"));
        broker.afterPropertiesSet();
        return broker;
    }

    private static KafkaConsumer<String, byte[]> consumer(String group) {
        Map<String, Object> props = KafkaTestUtils.consumerProps(BROKER, group, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static void declare(String service) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BROKER.getBrokersAsString()))) {
            admin.createTopics(TopicDeclarations.topics(service, new TopicSettings(2, (short) 1))).all().get();
        }
    }

    @Test
    void aDeadLetterIsTheMessageByteForByteOnItsTopicsDeadLetterTopicWithReasonAndOrigin() throws Exception {
        declare(Topics.ENRICH);
        KafkaTemplate<String, byte[]> kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
                KafkaTestUtils.producerProps(BROKER), new org.apache.kafka.common.serialization.StringSerializer(),
                new org.apache.kafka.common.serialization.ByteArraySerializer()));
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        DeadLetters deadLetters = new DeadLetters(kafka, meters);
        byte[] garbage = {'{', 'n', 'o', (byte) 0xff};

        new DecodingListener<String>(String.class, deadLetters, DecodingListener.Undecodable.DEAD_LETTER) {
            void poll() {
                assertThat(decode(List.of(new ConsumerRecord<>(Topics.REPROCESS, 1, 42L, "an-id", garbage)))).isEmpty();
            }
        }.poll();

        try (KafkaConsumer<String, byte[]> consumer = consumer("dlt-reader")) {
            consumer.subscribe(List.of(Topics.REPROCESS_DLT));
            List<ConsumerRecord<String, byte[]>> got = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(got::add);
                return !got.isEmpty();
            });
            ConsumerRecord<String, byte[]> dead = got.get(0);
            assertThat(dead.key()).isEqualTo("an-id");
            assertThat(dead.value()).isEqualTo(garbage);
            assertThat(new String(dead.headers().lastHeader(Topics.ORIGIN_HEADER).value(), StandardCharsets.UTF_8))
                    .isEqualTo(Topics.REPROCESS + "-1@42");
            assertThat(new String(dead.headers().lastHeader(Topics.REASON_HEADER).value(), StandardCharsets.UTF_8))
                    .isNotBlank();
        }
        assertThat(meters.counter("newsroom.dead-letters", "topic", Topics.REPROCESS_DLT).count()).isEqualTo(1);
    }

    @Test
    void aConsumerThatStartsBeforeItsTopicIsDeclaredWaitsAndThenReadsIt() throws Exception {
        try (KafkaConsumer<String, byte[]> consumer = consumer("early-bird")) {
            consumer.subscribe(List.of(Topics.FRONTIER));
            consumer.poll(Duration.ofMillis(500));
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BROKER.getBrokersAsString()))) {
                assertThat(admin.listTopics().names().get()).doesNotContain(Topics.FRONTIER);
            }

            declare(Topics.INGEST);

            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200));
                return !consumer.assignment().isEmpty();
            });
        }
    }
}
