package io.newsroom.ingest.frontier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;

import com.sun.net.httpserver.HttpServer;

import io.newsroom.contracts.MessageCodec;
import io.newsroom.contracts.RawArticle;
import io.newsroom.contracts.Topics;
import io.newsroom.ingest.IngestApplication;

/**
 * Ingest instances as separate Spring applications on one real (embedded KRaft) broker: two side by side fetch
 * each article once (the one owning the site's frontier partition polls and fetches), a restarted one fetches
 * nothing again, and a changed page becomes a new revision while an unchanged refetch publishes nothing.
 */
@EmbeddedKafka(brokerProperties = {"offsets.topic.replication.factor=1", "transaction.state.log.replication.factor=1",
        "transaction.state.log.min.isr=1"})
class FrontierIT {

    static HttpServer site;
    static String base;
    static final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    static final Map<String, String> pages = new ConcurrentHashMap<>();
    static volatile String feed;
    static Path sourcesFile;

    @BeforeAll
    static void startSite() throws IOException {
        site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        base = "http://localhost:" + site.getAddress().getPort();
        for (String p : List.of("a", "b", "c", "d", "e", "f")) {
            pages.put("/news/" + p, page("Story " + p, "First version of story " + p + ".", "nonce-1"));
        }
        feed = feed("2024-05-08T10:00:00Z", "2024-05-08T10:00:00Z");
        site.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
            String body = path.equals("/feed.xml") ? feed : pages.get(path);
            byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", path.equals("/feed.xml") ? "application/atom+xml" : "text/html; charset=utf-8");
            ex.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : bytes.length);
            if (body != null) {
                ex.getResponseBody().write(bytes);
            }
            ex.close();
        });
        site.start();
        sourcesFile = Files.createTempFile("sources", ".yml");
        Files.writeString(sourcesFile, """
                allowed-hosts: [localhost]
                sources:
                  - id: wire
                    type: feed
                    url: %s/feed.xml
                    poll-every: 1s
                """.formatted(base));
    }

    @AfterAll
    static void stopSite() {
        site.stop(0);
    }

    private static String page(String title, String text, String nonce) {
        return "<html><head><title>" + title + "</title><script>var nonce='" + nonce + "';</script></head><body><h1>"
                + title + "</h1><p>" + text + "</p></body></html>";
    }

    /** An Atom feed of the six stories; b and c carry the given updated times. */
    private static String feed(String bUpdated, String cUpdated) {
        StringBuilder entries = new StringBuilder();
        for (String p : List.of("a", "b", "c", "d", "e", "f")) {
            String updated = p.equals("b") ? bUpdated : p.equals("c") ? cUpdated : "2024-05-08T10:00:00Z";
            entries.append("<entry><title>Story ").append(p).append("</title><id>urn:").append(p)
                    .append("</id><link href=\"").append(base).append("/news/").append(p)
                    .append("?utm_source=feed\"/><updated>").append(updated).append("</updated></entry>");
        }
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>wire</title>"
                + "<id>urn:wire</id><updated>" + bUpdated + "</updated>" + entries + "</feed>";
    }

    private static ConfigurableApplicationContext ingest(EmbeddedKafkaBroker broker) {
        return new SpringApplicationBuilder(IngestApplication.class).run(
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                "--newsroom.ingest.sources-file=" + sourcesFile,
                "--newsroom.ingest.politeness.per-host-delay=10ms");
    }

    private static int pageHits() {
        return hits.entrySet().stream().filter(e -> e.getKey().startsWith("/news/")).mapToInt(e -> e.getValue().get()).sum();
    }

    /** Waits until the ingest consumer group has committed every frontier entry written so far. */
    private static void awaitFrontierDrained(EmbeddedKafkaBroker broker) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()))) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("ingest")
                        .partitionsToOffsetAndMetadata().get();
                List<TopicPartition> partitions = new ArrayList<>();
                for (int p = 0; p < 3; p++) {
                    partitions.add(new TopicPartition(Topics.FRONTIER, p));
                }
                Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
                partitions.forEach(tp -> latest.put(tp, OffsetSpec.latest()));
                var ends = admin.listOffsets(latest).all().get();
                for (TopicPartition tp : partitions) {
                    long end = ends.get(tp).offset();
                    long done = committed.containsKey(tp) ? committed.get(tp).offset() : 0;
                    assertThat(done).as("committed offset of %s", tp).isEqualTo(end);
                }
            });
        }
    }

    @Test
    void eachArticleIsFetchedOnceAcrossInstancesAndRestartsAndChangedTextBecomesARevision() throws Exception {
        EmbeddedKafkaBroker broker = EmbeddedKafkaCondition.getBroker();
        List<RawArticle> raw = new CopyOnWriteArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                KafkaTestUtils.consumerProps(broker, "frontier-test", false), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.RAW));
            Runnable drain = () -> {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    raw.add(MessageCodec.decode(r.value(), RawArticle.class));
                }
            };

            // two instances side by side, both polling the same feed
            try (ConfigurableApplicationContext first = ingest(broker);
                    ConfigurableApplicationContext second = ingest(broker)) {
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    drain.run();
                    assertThat(raw).hasSize(6);
                });
                assertThat(hits.get("/feed.xml").get()).as("the instance owning the feed's site polls it").isGreaterThan(1);
                awaitFrontierDrained(broker);
            }
            drain.run();
            assertThat(raw).hasSize(6).extracting(RawArticle::revision).containsOnly(1);
            assertThat(raw.stream().map(RawArticle::id).distinct()).hasSize(6);
            assertThat(pageHits()).as("each page fetched once by two instances").isEqualTo(6);

            // a restarted instance: the feed lists the same six, none is fetched again
            try (ConfigurableApplicationContext restarted = ingest(broker)) {
                int feedPolls = hits.get("/feed.xml").get();
                await().atMost(Duration.ofSeconds(30)).until(() -> hits.get("/feed.xml").get() > feedPolls);
                awaitFrontierDrained(broker);
                drain.run();
                assertThat(pageHits()).as("nothing refetched after a restart").isEqualTo(6);
                assertThat(raw).hasSize(6);

                // b's text changes; c is only served with a new nonce; the feed says both were updated
                pages.put("/news/b", page("Story b", "Second version of story b, with a new sentence.", "nonce-2"));
                pages.put("/news/c", page("Story c", "First version of story c.", "nonce-2"));
                feed = feed("2030-01-01T00:00:00Z", "2030-01-01T00:00:00Z");
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    drain.run();
                    assertThat(raw).hasSize(7);
                });
                awaitFrontierDrained(broker);
            }
            drain.run();
            RawArticle revised = raw.get(6);
            assertThat(revised.canonicalUrl()).endsWith("/news/b");
            assertThat(revised.revision()).isEqualTo(2);
            assertThat(revised.id()).isEqualTo(raw.stream().filter(a -> a.canonicalUrl().endsWith("/news/b"))
                    .findFirst().orElseThrow().id());
            assertThat(revised.body()).contains("Second version");
            assertThat(hits.get("/news/c").get()).as("c was looked at again").isEqualTo(2);
            assertThat(raw).as("the unchanged refetch of c published nothing").hasSize(7);
        }
    }
}
