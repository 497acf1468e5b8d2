package io.newsroom.query.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sun.net.httpserver.HttpServer;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsroom.alert.AlertDecider;
import io.newsroom.alert.AlertRecord;
import io.newsroom.alert.AlertStream;
import io.newsroom.alert.WebhookSigner;
import io.newsroom.contracts.ArticleId;
import io.newsroom.contracts.EnrichedArticle;
import io.newsroom.contracts.Entity;
import io.newsroom.contracts.EntityRef;
import io.newsroom.contracts.Event;
import io.newsroom.contracts.EventMention;
import io.newsroom.contracts.MessageCodec;
import io.newsroom.contracts.Topics;
import io.newsroom.localstack.TestElasticsearch;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Alerts end to end, as this service hosts the alert stage, on a real (embedded KRaft) broker and a real
 * Elasticsearch node: rules through the API, articles and event reports on the topics (the reports merged here and
 * reaching alerting through the merged-events topic), alerts out on the live stream, the alerts topic, signed
 * webhooks and the history.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "newsroom.query.api-key=test-key", "newsroom.query.read-key=test-read-key", "newsroom.query.alerts.webhook-secret=s3cret",
        "newsroom.query.alerts.webhook-allowed-hosts=127.0.0.1", "newsroom.query.alerts.webhook-timeout=1s",
        "newsroom.query.alerts.webhook-first-backoff=200ms", "newsroom.query.alerts.webhook-attempts=3"})
@EmbeddedKafka(partitions = 2, topics = {Topics.ENRICHED, Topics.EVENT_MENTIONS}, bootstrapServersProperty = "spring.kafka.bootstrap-servers",
        brokerProperties = {"offsets.topic.replication.factor=1", "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// its own embedded broker stops with the class: two brokers left to the JVM's exit hooks delete each other's log
// directories and hold the exit up
@DirtiesContext
class AlertFlowIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String KEY = "test-key";
    private static final String READ_KEY = "test-read-key";

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) {
        registry.add("newsroom.query.elasticsearch.uris", TestElasticsearch::url);
        String s = Long.toString(System.nanoTime(), 36);
        registry.add("newsroom.query.elasticsearch.index-prefix", () -> "articles-alerts-" + s);
        registry.add("newsroom.query.elasticsearch.alias", () -> "articles-alerts-alias-" + s);
        registry.add("newsroom.query.elasticsearch.write-alias", () -> "articles-alerts-write-" + s);
        registry.add("newsroom.query.elasticsearch.events-index", () -> "events-alerts-" + s);
        registry.add("newsroom.query.elasticsearch.events-alias", () -> "events-alerts-alias-" + s);
        registry.add("newsroom.query.alerts.history-index", () -> "alerts-" + s);
        registry.add("newsroom.query.alerts.history-alias", () -> "alerts-alias-" + s);
    }

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    AlertDecider decider;

    @Autowired
    MeterRegistry meters;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger flakyCalls = new AtomicInteger();
    private final List<JsonNode> streamed = new CopyOnWriteArrayList<>();
    private KafkaProducer<String, byte[]> producer;
    private volatile boolean streamOpen;

    record Received(String path, String alertId, String timestamp, String signature, String body, Instant at) {
    }

    @BeforeAll
    void start() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.setExecutor(Executors.newCachedThreadPool());
        receiver.createContext("/", x -> {
            String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = x.getRequestURI().getPath();
            received.add(new Received(path, x.getRequestHeaders().getFirst("X-Newsroom-Alert-Id"),
                    x.getRequestHeaders().getFirst("X-Newsroom-Timestamp"), x.getRequestHeaders().getFirst("X-Newsroom-Signature"),
                    body, Instant.now()));
            int status = 200;
            if (path.equals("/hang")) {
                try {
                    Thread.sleep(5000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else if (path.equals("/flaky") && flakyCalls.incrementAndGet() <= 2) {
                status = 503;
            } else if (path.equals("/gone")) {
                status = 410;
            }
            x.sendResponseHeaders(status, -1);
            x.close();
        });
        receiver.start();
        producer = new KafkaProducer<>(KafkaTestUtils.producerProps(broker), new StringSerializer(), new ByteArraySerializer());
        http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/alerts/stream"))
                        .header("X-API-Key", READ_KEY).build(),
                HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> r.body().forEach(line -> {
                    if (line.startsWith(":")) {
                        streamOpen = true;
                    }
                    if (line.startsWith("data:")) {
                        streamed.add(JSON.readTree(line.substring(5)));
                    }
                }));
        await().atMost(Duration.ofSeconds(30)).until(() -> streamOpen && call("GET", "/api/alert-rules", READ_KEY, null).statusCode() == 200);
    }

    @AfterAll
    void stop() {
        receiver.stop(0);
        producer.close();
    }

    private String hook(String path) {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
    }

    @Test
    void writesNeedTheKeyAndBadRulesAreRefusedWithTheReason() throws Exception {
        assertThat(call("POST", "/api/alert-rules", null, "{\"name\":\"x\",\"query\":\"Putin\"}").statusCode()).isEqualTo(401);
        assertThat(call("POST", "/api/alert-rules", READ_KEY, "{\"name\":\"x\",\"query\":\"Putin\"}").statusCode()).isEqualTo(403);
        assertThat(call("GET", "/api/alert-rules", null, null).statusCode()).isEqualTo(401);
        assertThat(call("GET", "/api/alerts", null, null).statusCode()).isEqualTo(401);
        assertThat(call("POST", "/api/alert-rules", "wrong", "{\"name\":\"x\",\"query\":\"Putin\"}").statusCode()).isEqualTo(401);
        HttpResponse<String> syntax = call("POST", "/api/alert-rules", KEY, "{\"name\":\"x\",\"query\":\"Putin (\"}");
        assertThat(syntax.statusCode()).isEqualTo(400);
        assertThat(syntax.body()).contains("q has");
        assertThat(call("POST", "/api/alert-rules", KEY, "{\"name\":\"x\",\"kind\":\"TWEETS\"}").body()).contains("kind must be ARTICLES or EVENTS");
        assertThat(call("POST", "/api/alert-rules", KEY, "{\"name\":\"x\",\"kind\":\"EVENTS\",\"eventType\":\"PARTY\"}").statusCode()).isEqualTo(400);
        assertThat(call("POST", "/api/alert-rules", KEY, "{\"name\":\"x\",\"webhooks\":[\"ftp://x\"]}").body()).contains("not an absolute http");
        assertThat(call("POST", "/api/alert-rules", KEY, "{not json").statusCode()).isEqualTo(400);
        assertThat(call("POST", "/api/alert-rules", KEY, "{\"query\":\"Putin\"}").body()).contains("name is required");
        assertThat(call("GET", "/api/alert-rules/nope", READ_KEY, null).statusCode()).isEqualTo(400);
        assertThat(call("GET", "/api/alert-rules/00000000-0000-0000-0000-000000000000", READ_KEY, null).statusCode()).isEqualTo(404);
        assertThat(call("GET", "/api/alerts?kind=EMAIL", READ_KEY, null).statusCode()).isEqualTo(400);
        assertThat(call("GET", "/api/alerts?cursor=zzz", READ_KEY, null).statusCode()).isEqualTo(400);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aClientLeavingTheLiveStreamIsDroppedQuietly(CapturedOutput output) throws Exception {
        double before = streams();
        try (Socket client = new Socket("127.0.0.1", port)) {
            client.getOutputStream().write(("GET /api/alerts/stream HTTP/1.1\r\nHost: localhost\r\n"
                    + "Accept: text/event-stream\r\nX-API-Key: " + READ_KEY + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            BufferedReader in = new BufferedReader(
                    new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = in.readLine();
            } while (line != null && !line.contains("newsroom alerts"));
            assertThat(line).isNotNull();
            assertThat(streams()).isEqualTo(before + 1);
        }
        // the next heartbeat finds the client gone
        await().atMost(Duration.ofMillis(AlertStream.HEARTBEAT_MS * 3)).until(() -> streams() == before);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).untilAsserted(() ->
                assertThat(output.getAll()).doesNotContain("search failed")
                        .doesNotContain("Failure in @ExceptionHandler"));
    }

    private double streams() {
        return meters.get("newsroom.query.alert-streams").gauge().value();
    }

    @Test
    void rulesAreCreatedListedChangedAndDeleted() throws Exception {
        JsonNode rule = create("{\"name\":\"crud\",\"query\":\"Macron\"}");
        String id = rule.get("id").asString();
        assertThat(rule.get("kind").asString()).isEqualTo("ARTICLES");
        assertThat(get("/api/alert-rules").get("rules")).anySatisfy(r -> assertThat(r.get("id").asString()).isEqualTo(id));
        HttpResponse<String> put = call("PUT", "/api/alert-rules/" + id, KEY, "{\"name\":\"crud\",\"query\":\"Scholz\"}");
        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(get("/api/alert-rules/" + id).get("query").asString()).isEqualTo("Scholz");
        assertThat(call("POST", "/api/alert-rules/" + id + "/mute", KEY, null).statusCode()).isEqualTo(200);
        assertThat(get("/api/alert-rules/" + id).get("muted").asBoolean()).isTrue();
        assertThat(call("DELETE", "/api/alert-rules/" + id, KEY, null).statusCode()).isEqualTo(204);
        assertThat(call("GET", "/api/alert-rules/" + id, READ_KEY, null).statusCode()).isEqualTo(404);
        assertThat(call("DELETE", "/api/alert-rules/" + id, KEY, null).statusCode()).isEqualTo(404);
    }

    @Test
    void aMatchingArticleIsAlertedOnceOnEveryChannelAndRepeatsAreDropped() throws Exception {
        String ruleId = create("{\"name\":\"Lavrov in Dushanbe\",\"query\":\"Lavrov Dushanbe\",\"lang\":\"en\",\"webhooks\":[\""
                + hook("/hang") + "\",\"" + hook("/flaky") + "\",\"" + hook("/good") + "\",\"" + hook("/gone") + "\"]}").get("id").asString();
        EnrichedArticle match = article("https://wire.example/lavrov", "Lavrov arrives in Dushanbe",
                "Russian Foreign Minister Sergei Lavrov arrived in Dushanbe for talks.", "en");
        EnrichedArticle other = article("https://wire.example/weather", "Rain in Dushanbe", "Rain is expected.", "en");
        send(Topics.ENRICHED, match.id(), match);
        send(Topics.ENRICHED, other.id(), other);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(streamed).as(get("/api/alerts?rule=" + ruleId).toString())
                .anySatisfy(a -> assertThat(a.get("ruleId").asString()).isEqualTo(ruleId)));
        JsonNode alert = streamed.stream().filter(a -> a.get("ruleId").asString().equals(ruleId)).findFirst().orElseThrow();
        assertThat(alert.get("kind").asString()).isEqualTo("ARTICLE");
        assertThat(alert.get("article").get("url").asString()).isEqualTo(match.url());
        String alertId = alert.get("id").asString();

        // the good receiver is not held up by the hanging one, nor by the one that fails twice first
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(calls("/good")).hasSize(1));
        Received good = calls("/good").get(0);
        assertThat(good.alertId()).isEqualTo(alertId);
        assertThat(good.signature()).isEqualTo(new WebhookSigner("s3cret").sign(Long.parseLong(good.timestamp()),
                good.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(JSON.readTree(good.body()).get("id").asString()).isEqualTo(alertId);
        // the flaky one is retried until it takes it; the gone one (410) is not retried; the hanging one is given up
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode webhooks = get("/api/alerts/" + alertId).get("webhooks");
            assertThat(webhooks.size()).isEqualTo(4);
            assertThat(webhooks.get(AlertRecord.webhookKey(hook("/flaky"))).get("status").asString()).isEqualTo("delivered");
            assertThat(webhooks.get(AlertRecord.webhookKey(hook("/flaky"))).get("attempts").asInt()).isEqualTo(3);
            assertThat(webhooks.get(AlertRecord.webhookKey(hook("/gone"))).get("status").asString()).isEqualTo("failed");
            assertThat(webhooks.get(AlertRecord.webhookKey(hook("/gone"))).get("attempts").asInt()).isEqualTo(1);
            assertThat(webhooks.get(AlertRecord.webhookKey(hook("/hang"))).get("status").asString()).isEqualTo("failed");
            assertThat(webhooks.get(AlertRecord.webhookKey(hook("/good"))).get("status").asString()).isEqualTo("delivered");
        });
        assertThat(calls("/flaky")).hasSize(3);

        // a replay of the article and a revision of it fire nothing more
        send(Topics.ENRICHED, match.id(), match);
        EnrichedArticle revised = new EnrichedArticle(1, match.id(), match.url(), match.source(), 2, match.title(),
                match.text() + " He met the President.", "en", null, List.of(), Instant.now(), Instant.now(), null, null, null,
                null, List.of(), List.of(), null);
        send(Topics.ENRICHED, match.id(), revised);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(streamed.stream().filter(a -> a.get("ruleId").asString().equals(ruleId))).hasSize(1);
            assertThat(calls("/good")).hasSize(1);
        });
        JsonNode history = get("/api/alerts?rule=" + ruleId);
        assertThat(history.get("alerts")).hasSize(1);
        assertThat(history.get("alerts").get(0).get("status").asString()).isEqualTo("DELIVERED");
        assertThat(history.get("alerts").get(0).get("published").asBoolean()).isTrue();
    }

    @Test
    void aNewEventFiresOncePerEventAndAgainWhenItHappens() throws Exception {
        String ruleId = create("{\"name\":\"Tokayev visits\",\"kind\":\"EVENTS\",\"eventType\":\"VISIT\",\"actor\":\"Q200881\","
                + "\"notifyStatusChange\":true}").get("id").asString();
        send(Topics.EVENT_MENTIONS, null, visit("https://a.example/plan", Event.PLANNED, "2024-05-04T09:00:00Z"));
        send(Topics.EVENT_MENTIONS, null, visit("https://b.example/plan", Event.PLANNED, "2024-05-05T09:00:00Z"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(ofRule(ruleId)).hasSize(1));
        assertThat(ofRule(ruleId).get(0).get("kind").asString()).isEqualTo("EVENT_NEW");
        assertThat(ofRule(ruleId).get(0).get("event").get("status").asString()).isEqualTo("planned");

        send(Topics.EVENT_MENTIONS, null, visit("https://c.example/held", Event.OCCURRED, "2024-05-08T15:00:00Z"));
        send(Topics.EVENT_MENTIONS, null, visit("https://d.example/held", Event.OCCURRED, "2024-05-08T16:00:00Z"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(ofRule(ruleId)).hasSize(2));
        JsonNode changed = ofRule(ruleId).get(1);
        assertThat(changed.get("kind").asString()).isEqualTo("EVENT_STATUS");
        assertThat(changed.get("event").get("status").asString()).isEqualTo("occurred");
        assertThat(changed.get("event").get("previousStatus").asString()).isEqualTo("planned");
        // the event's page lists what it raised, once the history's next refresh shows it
        String raised = "/api/alerts?event=" + changed.get("event").get("id").asString();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(get(raised).get("alerts"))
                .extracting(a -> a.get("ruleId").asString() + " " + a.get("kind").asString())
                .containsExactlyInAnyOrder(ruleId + " EVENT_NEW", ruleId + " EVENT_STATUS"));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(ofRule(ruleId)).hasSize(2));
    }

    @Test
    void overTheHourlyLimitAlertsAreHeldForOneDigestAndMutedRulesOnlyRecord() throws Exception {
        String limited = create("{\"name\":\"limited\",\"query\":\"Borrell\",\"maxPerHour\":1}").get("id").asString();
        String muted = create("{\"name\":\"muted\",\"query\":\"Borrell\",\"muted\":true}").get("id").asString();
        for (int i = 0; i < 3; i++) {
            EnrichedArticle a = article("https://eu.example/borrell-" + i, "Borrell statement " + i, "Josep Borrell said " + i, "en");
            send(Topics.ENRICHED, a.id(), a);
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(get("/api/alerts?rule=" + limited).get("alerts")).hasSize(3);
            assertThat(get("/api/alerts?rule=" + muted).get("alerts")).hasSize(3);
        });
        assertThat(get("/api/alerts?rule=" + limited + "&status=DELIVERED").get("alerts")).hasSize(1);
        assertThat(get("/api/alerts?rule=" + limited + "&status=THROTTLED").get("alerts")).hasSize(2);
        assertThat(get("/api/alerts?rule=" + muted + "&status=MUTED").get("alerts")).hasSize(3);
        assertThat(ofRule(limited)).hasSize(1);
        assertThat(ofRule(muted)).isEmpty();
        // the rules page's summary counts what a muted rule recorded, delivered or not
        JsonNode activity = get("/api/alert-rules/activity").get("rules");
        assertThat(activity.get(muted).get("alerts").asLong()).isEqualTo(3);
        assertThat(activity.get(limited).get("alerts").asLong()).isEqualTo(3);
        assertThat(Instant.parse(activity.get(muted).get("lastFired").asString())).isAfter(Instant.now().minus(1, ChronoUnit.MINUTES));

        // once the hour is over, the two held back go out as one digest, once
        Instant nextHour = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
        decider.sendDigests(nextHour);
        decider.sendDigests(nextHour);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(ofRule(limited)).hasSize(2));
        JsonNode digest = ofRule(limited).get(1);
        assertThat(digest.get("kind").asString()).isEqualTo("DIGEST");
        assertThat(digest.get("digest").get("count").asInt()).isEqualTo(2);
        assertThat(digest.get("digest").get("items")).hasSize(2);
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(ofRule(limited)).hasSize(2));

        // paging through the history
        JsonNode first = get("/api/alerts?rule=" + muted + "&size=2");
        assertThat(first.get("alerts")).hasSize(2);
        JsonNode second = get("/api/alerts?rule=" + muted + "&size=2&cursor=" + first.get("next").asString());
        assertThat(second.get("alerts")).hasSize(1);
        List<String> ids = new ArrayList<>();
        Stream.concat(stream(first.get("alerts")), stream(second.get("alerts"))).forEach(a -> ids.add(a.get("id").asString()));
        assertThat(ids).doesNotHaveDuplicates();
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out.stream();
    }

    private List<JsonNode> ofRule(String ruleId) {
        return streamed.stream().filter(a -> a.get("ruleId").asString().equals(ruleId)).toList();
    }

    private List<Received> calls(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    static EnrichedArticle article(String url, String title, String text, String lang) {
        return new EnrichedArticle(1, ArticleId.of(url), url, "test", 1, title, text, lang, null, List.of(), Instant.now(),
                Instant.now(), null, null, null, null, List.of(), List.of(), null);
    }

    static EventMention visit(String url, String status, String seenAt) {
        boolean planned = status.equals(Event.PLANNED);
        Event e = new Event("VISIT", planned ? "036" : "042", planned ? "AGREE" : "CONSULT", status,
                List.of(new EntityRef("Q200881", "Kassym-Jomart Tokayev", "PERSON")), List.of(), List.of(), new EntityRef("Q649", "Moscow", "PLACE"),
                LocalDate.parse("2024-05-08"), null, "Tokayev visits Moscow", null, 0.9, null);
        return new EventMention(1, ArticleId.of(url), 1, 0, url, "test", "en", null, null, Instant.parse(seenAt), e);
    }

    private void send(String topic, String key, Object message) throws Exception {
        String k = key != null ? key : ((EventMention) message).mergeKey();
        producer.send(new ProducerRecord<>(topic, k, MessageCodec.encode(message))).get();
    }

    private JsonNode create(String body) throws Exception {
        HttpResponse<String> r = call("POST", "/api/alert-rules", KEY, body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body());
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> r = call("GET", path, READ_KEY, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private HttpResponse<String> call(String method, String path, String key, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (key != null) {
            b.header("X-API-Key", key);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
