package io.newsroom.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
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

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.newsroom.contracts.DeadLetter;
import io.newsroom.contracts.MessageCodec;
import io.newsroom.contracts.RawArticle;
import io.newsroom.contracts.Topics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A hostile site on a real local HTTP server, through the running ingest service: every bad feed and page ends as
 * a dead letter with its reason (and in source health), the good article still arrives, and the service stays up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "newsroom.ingest.max-body-size=1MB", "newsroom.ingest.read-timeout=2s", "newsroom.ingest.connect-timeout=2s",
        "newsroom.ingest.fetch-retries=1", "newsroom.ingest.retry-delay=500ms",
        "newsroom.ingest.politeness.per-host-delay=10ms", "newsroom.ingest.politeness.backoff-base=10ms",
        "newsroom.ingest.politeness.backoff-max=50ms"})
@EmbeddedKafka(bootstrapServersProperty = "spring.kafka.bootstrap-servers",
        brokerProperties = {"offsets.topic.replication.factor=1", "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1"})
class HostileInputIT {

    static HttpServer site;
    static String base;
    static final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    /** What a feed that expanded its external entity would leak. */
    static final String SECRET = "secret-" + System.nanoTime();
    static Path secretFile;

    @DynamicPropertySource
    static void sources(DynamicPropertyRegistry registry) throws IOException {
        secretFile = Files.createTempFile("secret", ".txt");
        Files.writeString(secretFile, SECRET);
        site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        // hanging and dripping answers must not hold up the others
        site.setExecutor(Executors.newCachedThreadPool());
        base = "http://localhost:" + site.getAddress().getPort();
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        String links = String.join("", List.of("/good", "/slow-drip", "/hang", "/binary", "/huge", "/bomb", "/loop",
                "/missing").stream().map(p -> "<item><title>" + p + "</title><link>" + base + p + "</link></item>")
                .toList())
                + "<item><title>internal</title><link>http://127.0.0.1:" + site.getAddress().getPort() + "/good</link></item>"
                + "<item><title>closed</title><link>http://localhost:" + closedPort + "/x</link></item>"
                + "<item><title>nowhere</title><link>http://does-not-exist.invalid/x</link></item>"
                + "<item><title>not a url</title><link>javascript:alert(1)</link></item>";
        site.createContext("/", ex -> handle(ex, links));
        site.start();
        Path sourcesFile = Files.createTempFile("sources", ".yml");
        Files.writeString(sourcesFile, """
                allowed-hosts: [localhost]
                sources:
                  - {id: links, type: feed, url: "%1$s/feed.xml", poll-every: 1h}
                  - {id: xxe, type: feed, url: "%1$s/xxe.xml", poll-every: 1h}
                  - {id: laughs, type: feed, url: "%1$s/laughs.xml", poll-every: 1h}
                  - {id: malformed, type: feed, url: "%1$s/malformed.xml", poll-every: 1h}
                  - {id: gone, type: feed, url: "%1$s/gone.xml", poll-every: 1s}
                  - {id: sitemap-xxe, type: sitemap, url: "%1$s/sitemap-xxe.xml", poll-every: 1h}
                """.formatted(base));
        registry.add("newsroom.ingest.sources-file", sourcesFile::toString);
    }

    private static void handle(HttpExchange ex, String links) throws IOException {
        String path = ex.getRequestURI().getPath();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        switch (path) {
            case "/feed.xml" -> send(ex, 200, "application/rss+xml",
                    "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>" + links + "</channel></rss>");
            case "/xxe.xml" -> send(ex, 200, "application/rss+xml", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe "
                    + "SYSTEM \"" + secretFile.toUri() + "\">]><rss version=\"2.0\"><channel><title>&xxe;</title><item>"
                    + "<title>&xxe;</title><link>" + base + "/from-xxe</link></item></channel></rss>");
            case "/sitemap-xxe.xml" -> send(ex, 200, "application/xml", "<?xml version=\"1.0\"?><!DOCTYPE urlset [<!ENTITY "
                    + "xxe SYSTEM \"" + secretFile.toUri() + "\">]><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                    + "<url><loc>" + base + "/from-sitemap?&xxe;</loc></url></urlset>");
            case "/laughs.xml" -> {
                StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY lol0 \"lol\">");
                for (int i = 1; i < 10; i++) {
                    dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
                }
                send(ex, 200, "application/rss+xml", "<?xml version=\"1.0\"?>" + dtd + "]><rss version=\"2.0\"><channel>"
                        + "<title>&lol9;</title><item><link>" + base + "/from-laughs</link></item></channel></rss>");
            }
            case "/malformed.xml" -> send(ex, 200, "application/rss+xml", "<rss version=\"2.0\"><channel><item><link>"
                    + base + "/from-malformed</lin");
            case "/gone.xml" -> send(ex, 410, "text/plain", "gone for good");
            case "/good" -> send(ex, 200, "text/html; charset=utf-8",
                    "<html><head><title>Good</title></head><body><p>The one good article.</p></body></html>");
            case "/slow-drip" -> {
                ex.getResponseHeaders().set("Content-Type", "text/html");
                ex.sendResponseHeaders(200, 0);
                try (OutputStream out = ex.getResponseBody()) {
                    for (int i = 0; i < 40; i++) {
                        out.write('<');
                        out.flush();
                        Thread.sleep(250);
                    }
                } catch (IOException | InterruptedException dropped) {
                    // the fetcher hung up, as it should
                }
            }
            case "/hang" -> {
                try {
                    Thread.sleep(15_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                ex.close();
            }
            case "/binary" -> send(ex, 200, "application/octet-stream", "\u0000\u0001\u0002PK\u0003\u0004");
            case "/huge" -> send(ex, 200, "text/html", "<p>" + "news ".repeat(600_000) + "</p>");
            case "/bomb" -> {
                ByteArrayOutputStream zipped = new ByteArrayOutputStream();
                try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
                    byte[] zeros = new byte[1 << 20];
                    for (int i = 0; i < 64; i++) {
                        gz.write(zeros);
                    }
                }
                ex.getResponseHeaders().set("Content-Encoding", "gzip");
                ex.getResponseHeaders().set("Content-Type", "text/html");
                ex.sendResponseHeaders(200, zipped.size());
                ex.getResponseBody().write(zipped.toByteArray());
                ex.close();
            }
            case "/loop" -> {
                ex.getResponseHeaders().set("Location", "/loop?again");
                send(ex, 302, "text/plain", "");
            }
            default -> send(ex, 404, "text/plain", "no such page");
        }
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
        ex.close();
    }

    @AfterAll
    static void stopSite() {
        site.stop(0);
    }

    @Autowired
    EmbeddedKafkaBroker broker;

    @LocalServerPort
    int port;

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(r.body());
    }

    @Test
    void everyHostileFeedAndPageEndsAsADeadLetterWithItsReasonAndTheGoodArticleStillArrives() throws Exception {
        Map<String, RawArticle> raw = new ConcurrentHashMap<>();
        Map<String, String> reasons = new ConcurrentHashMap<>();
        StringBuilder everything = new StringBuilder();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                KafkaTestUtils.consumerProps(broker, "hostile-test", false), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.RAW, Topics.FRONTIER_DLT, Topics.FRONTIER));
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    everything.append(new String(r.value(), StandardCharsets.UTF_8));
                    if (r.topic().equals(Topics.RAW)) {
                        RawArticle a = MessageCodec.decode(r.value(), RawArticle.class);
                        raw.put(a.url(), a);
                    } else if (r.topic().equals(Topics.FRONTIER_DLT)) {
                        DeadLetter d = MessageCodec.decode(r.value(), DeadLetter.class);
                        reasons.merge(d.url(), d.reason(), (a, b) -> a);
                    }
                }
                assertThat(reasons).containsKeys(base + "/xxe.xml", base + "/laughs.xml", base + "/malformed.xml",
                        base + "/gone.xml", base + "/sitemap-xxe.xml", base + "/slow-drip", base + "/hang",
                        base + "/binary", base + "/huge", base + "/bomb", base + "/loop", base + "/missing",
                        "http://does-not-exist.invalid/x", "javascript:alert(1)");
                assertThat(reasons.keySet()).anyMatch(u -> u.startsWith("http://127.0.0.1:"))
                        .anyMatch(u -> u.startsWith("http://localhost:") && u.endsWith("/x"));
            });
        }
        assertThat(reasons.get(base + "/xxe.xml")).startsWith("not a readable feed");
        assertThat(reasons.get(base + "/laughs.xml")).startsWith("not a readable feed");
        assertThat(reasons.get(base + "/malformed.xml")).startsWith("not a readable feed");
        assertThat(reasons.get(base + "/sitemap-xxe.xml")).startsWith("not a readable sitemap");
        assertThat(reasons.get(base + "/gone.xml")).startsWith("HTTP 410 Gone");
        assertThat(reasons.get(base + "/slow-drip")).startsWith("body not complete within PT2S");
        assertThat(reasons.get(base + "/hang")).startsWith("timed out after PT2S");
        assertThat(reasons.get(base + "/binary")).startsWith("not an HTML page: application/octet-stream");
        assertThat(reasons.get(base + "/huge")).startsWith("response larger than 1048576 bytes");
        assertThat(reasons.get(base + "/bomb")).startsWith("response larger than 1048576 bytes");
        assertThat(reasons.get(base + "/loop")).startsWith("more than 5 redirects");
        assertThat(reasons.get(base + "/missing")).startsWith("HTTP 404");
        assertThat(reasons.get("http://does-not-exist.invalid/x")).startsWith("unknown host does-not-exist.invalid");
        assertThat(reasons.get("javascript:alert(1)")).startsWith("not an absolute http(s) URL");
        assertThat(reasons.entrySet()).filteredOn(e -> e.getKey().startsWith("http://127.0.0.1:")).singleElement()
                .satisfies(e -> assertThat(e.getValue()).contains("resolves to the internal address 127.0.0.1"));
        assertThat(reasons.entrySet()).filteredOn(e -> e.getKey().endsWith("/x") && e.getKey().startsWith("http://localhost:"))
                // robots.txt is asked first: an unreachable host defers all visits (RFC 9309)
                .singleElement().satisfies(e -> assertThat(e.getValue()).startsWith("robots.txt of localhost is unavailable"));

        // nothing else lost: the good article arrived; nothing the hostile feeds named was fetched or leaked
        assertThat(raw).containsOnlyKeys(base + "/good");
        assertThat(hits).doesNotContainKeys("/from-xxe", "/from-laughs", "/from-malformed", "/from-sitemap");
        assertThat(everything.toString()).doesNotContain(SECRET);

        // visible in source health and metrics; a 410 feed is retired and left alone
        Map<String, JsonNode> health = new java.util.HashMap<>();
        get("/api/sources").forEach(s -> health.put(s.get("id").asString(), s));
        assertThat(health.get("gone").get("retired").asBoolean()).isTrue();
        assertThat(health.get("gone").get("lastError").asString()).startsWith("HTTP 410 Gone");
        assertThat(health.get("xxe").get("consecutiveErrors").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(health.get("links").get("newArticles").asLong()).isEqualTo(1);
        int goneHits = hits.get("/gone.xml").get();
        await().during(Duration.ofMillis(2500)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(hits.get("/gone.xml").get()).as("a retired source is not polled again").isEqualTo(goneHits));
        assertThat(get("/actuator/metrics/newsroom.ingest.failures").get("measurements").get(0).get("value").asDouble())
                .isGreaterThanOrEqualTo(14);
        assertThat(get("/actuator/health").get("status").asString()).isEqualTo("UP");
    }
}
