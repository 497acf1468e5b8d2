package io.newsroom.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;

import io.newsroom.contracts.ArticleId;
import io.newsroom.contracts.EnrichedArticle;
import io.newsroom.contracts.ItemHints;
import io.newsroom.contracts.MessageCodec;
import io.newsroom.contracts.RawArticle;
import io.newsroom.contracts.Topics;

/** Raw articles through the real listener on a real (embedded KRaft) broker; bad ones end in the dead-letter topic. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "newsroom.enrich.retry-backoff=10ms")
@EmbeddedKafka(partitions = 1, topics = Topics.RAW, bootstrapServersProperty = "spring.kafka.bootstrap-servers",
        brokerProperties = {"offsets.topic.replication.factor=1", "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1"})
class EnrichFlowIT {

    @Autowired
    EmbeddedKafkaBroker broker;

    @Test
    void articlesAreEnrichedAndUnprocessableMessagesAreDeadLetteredWithoutStoppingTheConsumer() throws Exception {
        String arabicHtml;
        try (InputStream in = getClass().getResourceAsStream("/sample-site/arabic/tokayev-visit.html")) {
            arabicHtml = new String(in.readAllBytes(), Charset.forName("windows-1256"));
        }
        RawArticle arabic = raw("http://seeds.localhost/arabic/tokayev-visit", arabicHtml);
        RawArticle empty = raw("http://seeds.localhost/empty", "<html><body><nav>Home</nav></body></html>");
        RawArticle after = raw("http://seeds.localhost/after", "<html><head><title>After</title></head><body>"
                + "<p>The consumer keeps going after bad input and enriches this article as usual.</p></body></html>");
        try (var producer = new KafkaProducer<>(KafkaTestUtils.producerProps(broker), new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.RAW, "garbage-key", "{not json".getBytes(StandardCharsets.UTF_8))).get();
            producer.send(new ProducerRecord<>(Topics.RAW, empty.id(), MessageCodec.encode(empty))).get();
            producer.send(new ProducerRecord<>(Topics.RAW, arabic.id(), MessageCodec.encode(arabic))).get();
            producer.send(new ProducerRecord<>(Topics.RAW, after.id(), MessageCodec.encode(after))).get();
        }

        Map<String, EnrichedArticle> enriched = new ConcurrentHashMap<>();
        Map<String, String> deadReasons = new ConcurrentHashMap<>();
        Map<String, byte[]> deadValues = new ConcurrentHashMap<>();
        try (var consumer = new KafkaConsumer<>(KafkaTestUtils.consumerProps(broker, "enrich-test", false),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.ENRICHED, Topics.RAW_DLT));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.topic().equals(Topics.ENRICHED)) {
                        enriched.put(r.key(), MessageCodec.decode(r.value(), EnrichedArticle.class));
                    } else {
                        deadReasons.put(r.key(), new String(r.headers().lastHeader(Topics.REASON_HEADER).value(),
                                StandardCharsets.UTF_8));
                        deadValues.put(r.key(), r.value());
                    }
                }
                assertThat(enriched).containsKeys(arabic.id(), after.id());
                assertThat(deadReasons).containsKeys("garbage-key", empty.id());
            });
        }
        EnrichedArticle ar = enriched.get(arabic.id());
        assertThat(ar.lang()).isEqualTo("ar");
        assertThat(ar.title()).startsWith("سفير: زيارة رئيس كازاخستان");
        assertThat(ar.text()).contains("قاسم جومارت توكايف");
        assertThat(ar.url()).isEqualTo(arabic.canonicalUrl());

        assertThat(deadReasons.get("garbage-key")).startsWith("not a valid RawArticle");
        assertThat(new String(deadValues.get("garbage-key"), StandardCharsets.UTF_8)).isEqualTo("{not json");
        assertThat(deadReasons.get(empty.id())).startsWith("no article text found");
    }

    private static RawArticle raw(String url, String html) {
        return new RawArticle(RawArticle.SCHEMA_VERSION, ArticleId.of(url), url, url, url, "test", 1, Instant.now(),
                "text/html", "UTF-8", html, ItemHints.none());
    }
}
