package io.newsroom.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sun.net.httpserver.HttpServer;

import io.newsroom.contracts.DeadLetter;
import io.newsroom.contracts.MessageCodec;
import io.newsroom.contracts.RawArticle;
import io.newsroom.contracts.Topics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A feed on a real local HTTP server, through the real fetcher, onto a real (embedded KRaft) broker. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "newsroom.ingest.api-key=test-key")
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers",
        brokerProperties = {"offsets.topic.replication.factor=1", "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1"})
class IngestFlowIT {

    static HttpServer site;

    @DynamicPropertySource
    static void sources(DynamicPropertyRegistry registry) throws IOException {
        site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String base = "http://localhost:" + site.getAddress().getPort();
        byte[] arabic;
        try (InputStream in = IngestFlowIT.class.getResourceAsStream("/sample-site/arabic/tokayev-visit.html")) {
            arabic = in.readAllBytes();
        }
        String feed = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>t</title><link>%1$s/</link><description>d</description><language>ar</language>
                <item><title>Visit</title><link>%1$s/arabic/tokayev-visit?utm_source=rss</link></item>
                <item><title>Gone</title><link>%1$s/missing</link></item>
                <item><title>Picture</title><link>%1$s/photo.jpg</link></item>
                </channel></rss>""".formatted(base);
        serve("/feed.xml", "application/rss+xml", feed.getBytes(StandardCharsets.UTF_8));
        // served as its bytes with no charset in the header: only the page's <meta> names windows-1256
        serve("/arabic/tokayev-visit", "text/html", arabic);
        serve("/photo.jpg", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
        serve("/added-later", "text/html; charset=utf-8", ("<html><head><title>Added later</title></head><body>"
                + "<p>A page of a source added through the API while the service runs.</p></body></html>")
                .getBytes(StandardCharsets.UTF_8));
        site.createContext("/", ex -> {
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        site.start();
        Path sourcesFile = Files.createTempFile("sources", ".yml");
        Files.writeString(sourcesFile, """
                allowed-hosts: [localhost]
                sources:
                  - id: test-feed
                    type: feed
                    url: %s/feed.xml
                    poll-every: 1h
                  - id: internal
                    type: urls
                    urls: [http://127.0.0.1:%d/arabic/tokayev-visit]
                  - id: gone-feed
                    type: feed
                    url: %1$s/no-such-feed.xml
                    poll-every: 1h
                """.formatted(base, site.getAddress().getPort()));
        registry.add("newsroom.ingest.sources-file", sourcesFile::toString);
    }

    private static void serve(String path, String type, byte[] body) {
        site.createContext(path, ex -> {
            ex.getResponseHeaders().add("Content-Type", type);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
    }

    @AfterAll
    static void stopSite() {
        site.stop(0);
    }

    @Autowired
    EmbeddedKafkaBroker broker;

    @LocalServerPort
    int port;

    private HttpResponse<String> call(String method, String path, String key, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (key != null) {
            b.header("X-API-Key", key);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void sourcesAreAddedPausedAndRemovedWhileRunningWithTheApiKey() throws Exception {
        String source = "{\"id\": \"api-added\", \"type\": \"urls\", \"urls\": [\"" + site.getAddress().getPort()
                + "\"]}";
        String good = "{\"id\": \"api-added\", \"type\": \"urls\", \"urls\": [\"http://localhost:"
                + site.getAddress().getPort() + "/added-later\"]}";
        assertThat(call("POST", "/api/sources", null, good).statusCode()).isEqualTo(401);
        assertThat(call("POST", "/api/sources", "wrong", good).statusCode()).isEqualTo(401);
        HttpResponse<String> bad = call("POST", "/api/sources", "test-key", source);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("not an http(s) URL");
        assertThat(call("POST", "/api/sources", "test-key", "{not json").statusCode()).isEqualTo(400);
        assertThat(call("POST", "/api/sources", "test-key", good).statusCode()).isEqualTo(201);
        assertThat(call("POST", "/api/sources", "test-key", good).statusCode()).isEqualTo(409);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(call("GET", "/api/sources", null, null).body()).contains("\"id\":\"api-added\"")
                        .containsPattern("\"id\":\"api-added\"[^}]*\"newArticles\":1"));
        assertThat(call("POST", "/api/sources/api-added/pause", "test-key", null).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/sources", null, null).body()).containsPattern("\"id\":\"api-added\"[^}]*\"paused\":true");
        assertThat(call("POST", "/api/sources/nope/pause", "test-key", null).statusCode()).isEqualTo(404);
        assertThat(call("DELETE", "/api/sources/api-added", "test-key", null).statusCode()).isEqualTo(204);
        assertThat(call("GET", "/api/sources", null, null).body()).doesNotContain("api-added");
    }

    @Test
    void sourceHealthShowsPollsNewArticlesAndFailuresWithTheirReason() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/sources")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            JsonNode sources = JsonMapper.builder().build().readTree(r.body());
            Map<String, JsonNode> byId = new java.util.HashMap<>();
            sources.forEach(s -> byId.put(s.get("id").asString(), s));
            assertThat(byId.get("test-feed").get("newArticles").asLong()).isEqualTo(1);
            assertThat(byId.get("test-feed").get("lastNewArticle").isNull()).isFalse();
            assertThat(byId.get("test-feed").get("consecutiveErrors").asInt()).isZero();
            assertThat(byId.get("gone-feed").get("consecutiveErrors").asInt()).isEqualTo(1);
            assertThat(byId.get("gone-feed").get("lastError").asString()).startsWith("HTTP 404");
            assertThat(byId.get("gone-feed").get("stale").asBoolean()).isFalse();
        });
    }

    @Test
    void feedItemsArePublishedDecodedAndFailuresAreDeadLetteredWithTheirReason() {
        Map<String, RawArticle> raw = new ConcurrentHashMap<>();
        Map<String, DeadLetter> dead = new ConcurrentHashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                KafkaTestUtils.consumerProps(broker, "ingest-test", false), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.RAW, Topics.FRONTIER_DLT));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.topic().equals(Topics.RAW)) {
                        raw.put(r.key(), MessageCodec.decode(r.value(), RawArticle.class));
                    } else {
                        DeadLetter d = MessageCodec.decode(r.value(), DeadLetter.class);
                        dead.put(d.url(), d);
                    }
                }
                // other tests of this class add sources of their own: count this feed's articles only
                assertThat(raw.values()).filteredOn(a -> a.source().equals("test-feed")).hasSize(1);
                assertThat(dead).hasSize(4);
            });
        }
        RawArticle article = raw.values().stream().filter(a -> a.source().equals("test-feed")).findFirst().orElseThrow();
        assertThat(article.canonicalUrl()).endsWith("/arabic/tokayev-visit");
        assertThat(raw.get(article.id())).isEqualTo(article);
        assertThat(article.charset()).isEqualTo("windows-1256");
        assertThat(article.body()).contains("قاسم جومارت توكايف");
        assertThat(article.hints().title()).isEqualTo("Visit");
        assertThat(article.hints().lang()).isEqualTo("ar");
        assertThat(article.source()).isEqualTo("test-feed");

        assertThat(dead.values()).extracting(DeadLetter::reason).anySatisfy(r -> assertThat(r).startsWith("HTTP 404"))
                .anySatisfy(r -> assertThat(r).startsWith("not an HTML page: image/jpeg"))
                .anySatisfy(r -> assertThat(r).contains("refused: 127.0.0.1 resolves to the internal address"))
                .anySatisfy(r -> assertThat(r).startsWith("HTTP 404 from " + "http://localhost"));
    }
}
