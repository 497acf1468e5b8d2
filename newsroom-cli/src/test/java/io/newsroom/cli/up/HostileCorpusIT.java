package io.newsroom.cli.up;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.newsroom.contracts.ArticleId;
import io.newsroom.contracts.DeadLetter;
import io.newsroom.contracts.MessageCodec;
import io.newsroom.contracts.Topics;
import io.newsroom.localstack.Ports;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hostile input corpus ({@code hostile/cases.tsv} and its fixture files) driven through the whole local stack:
 * hostile feeds and sitemaps, pages and links, API requests and webhook targets. Each case must end as its row
 * says (a dead letter with its reason, the article searchable with its text, or a 4xx answer with a message), and
 * afterwards every service is still up, no answer was a 5xx, and nothing the hostile input reached for leaked.
 */
class HostileCorpusIT {

    /** The read key the services get; the write key is the pipeline's. */
    static final String READ_KEY = "hostile-read-key-4f1c";
    static final String WEBHOOK_SECRET = "hostile-webhook-secret-9b2e";

    @TempDir
    Path state;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    /** One row of the corpus. */
    record Case(String id, String kind, String serve, String expect) {

        String expectKind() {
            return expect.split(" ", 2)[0];
        }

        String expectText() {
            String[] parts = expect.split(" ", 2);
            return parts.length > 1 ? parts[1] : "";
        }
    }

    static Map<String, String> options(String spec) {
        Map<String, String> o = new HashMap<>();
        for (String token : spec.trim().split(" +")) {
            int eq = token.indexOf('=');
            if (eq > 0) {
                o.put(token.substring(0, eq), token.substring(eq + 1));
            }
        }
        return o;
    }

    static List<Case> corpus() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = HostileCorpusIT.class.getResourceAsStream("/hostile/cases.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                cases.add(new Case(f[0], f[1], f[2], f[3]));
            }
        }
        return cases;
    }

    @Test
    void everyHostileInputEndsInAClearErrorOrDeadLetterAndNothingElseIsLostOrLeaked() throws Exception {
        List<Case> cases = corpus();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(50);
        assertThat(cases.stream().map(Case::id).distinct()).hasSameSizeAs(cases);

        try (HostileSite site = new HostileSite()) {
            int closed;
            try (ServerSocket s = new ServerSocket(0)) {
                closed = s.getLocalPort();
            }
            Map<String, String> urlOf = new LinkedHashMap<>();
            StringBuilder sources = new StringBuilder("allowed-hosts: [localhost]\nsources:\n");
            StringBuilder items = new StringBuilder(item(site.base() + "/good"));
            site.serve("/good", "file=good.html type=text/html");
            for (Case c : cases) {
                switch (c.kind()) {
                    case "feed", "sitemap" -> {
                        urlOf.put(c.id(), site.base() + "/" + c.id());
                        site.serve("/" + c.id(), c.serve());
                        sources.append("  - {id: ").append(c.id()).append(", type: ").append(c.kind()).append(", url: \"")
                                .append(urlOf.get(c.id())).append("\", poll-every: 1h}\n");
                    }
                    case "page" -> {
                        urlOf.put(c.id(), site.base() + "/" + c.id());
                        site.serve("/" + c.id(), c.serve());
                        items.append(item(urlOf.get(c.id())));
                    }
                    case "link" -> {
                        urlOf.put(c.id(), c.serve().replace("{port}", Integer.toString(site.port()))
                                .replace("{closed}", Integer.toString(closed)));
                        items.append(item(urlOf.get(c.id())));
                    }
                    case "webhook" -> site.serve("/hook/" + c.id(), c.serve());
                    case "api" -> {
                    }
                    default -> throw new IllegalArgumentException("unknown kind in " + c);
                }
            }
            site.page("/links.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>links</title>" + items
                    + "</channel></rss>");
            sources.append("  - {id: links, type: feed, url: \"").append(site.base()).append("/links.xml\", poll-every: 1h}\n");
            Path sourcesFile = Files.writeString(state.resolve("hostile-sources.yml"), sources);

            PipelineOptions.Ports ports = new PipelineOptions.Ports(Ports.free(), Ports.free(), Ports.free(),
                    Ports.free(), Ports.free(), Ports.free());
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            Map<String, String> outcomes = new ConcurrentHashMap<>();
            try (LocalPipeline pipeline = new LocalPipeline(new PipelineOptions(Path.of("..").toAbsolutePath().normalize(),
                    state, sourcesFile, ports), new PrintStream(log, true, StandardCharsets.UTF_8))
                    // short limits keep the hanging and dripping cases quick; what they test is the same
                    .env("NEWSROOM_INGEST_READTIMEOUT", "3s")
                    .env("NEWSROOM_INGEST_CONNECTTIMEOUT", "3s")
                    .env("NEWSROOM_INGEST_POLITENESS_PERHOSTDELAY", "50ms")
                    .env("NEWSROOM_WEBHOOK_ALLOWED_HOSTS", "localhost")
                    .env("NEWSROOM_QUERY_ALERTS_WEBHOOKTIMEOUT", "3s")
                    .env("NEWSROOM_READ_KEY", READ_KEY)
                    .env("NEWSROOM_WEBHOOK_SECRET", WEBHOOK_SECRET)
                    .start()) {
                String searchUrl = "http://127.0.0.1:" + ports.search();
                Api api = new Api(pipeline, ports);

                // webhook targets: a rule calling all of them, then a page it matches
                List<Case> hooks = cases.stream().filter(c -> c.kind().equals("webhook")).toList();
                String ruleId = null;
                if (!hooks.isEmpty()) {
                    StringBuilder urls = new StringBuilder();
                    for (Case c : hooks) {
                        urls.append(urls.isEmpty() ? "" : ",").append('"').append(site.base()).append("/hook/").append(c.id()).append('"');
                    }
                    HttpResponse<String> rule = api.send("POST", "query", "/api/alert-rules",
                            "{\"name\":\"hostile webhooks\",\"query\":\"lighthouse\",\"webhooks\":[" + urls + "]}",
                            "application/json", pipeline.apiKey());
                    assertThat(rule.statusCode()).as(rule.body()).isEqualTo(201);
                    ruleId = json.readTree(rule.body()).get("id").asString();
                    site.page("/late", "<html><head><title>Lighthouse restored</title></head><body><article><h1>"
                            + "Lighthouse restored</h1><p>The old lighthouse on the northern cape was restored by volunteers "
                            + "and opened to visitors on Sunday, the harbour office said.</p></article></body></html>");
                    HttpResponse<String> added = api.send("POST", "ingest", "/api/sources",
                            "{\"id\":\"late\",\"type\":\"urls\",\"urls\":[\"" + site.base() + "/late\"]}", "application/json",
                            pipeline.apiKey());
                    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
                }

                for (Case c : cases.stream().filter(c -> c.kind().equals("api")).toList()) {
                    outcomes.put(c.id(), api.call(c));
                }

                Map<String, String> ingestDead = new ConcurrentHashMap<>();
                Map<String, String> enrichDead = new ConcurrentHashMap<>();
                StringBuilder everything = new StringBuilder();
                String hookRule = ruleId;
                try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, pipeline.kafkaBootstrap(),
                        ConsumerConfig.GROUP_ID_CONFIG, "hostile-corpus-test",
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                        new ByteArrayDeserializer())) {
                    consumer.subscribe(List.of(Topics.FRONTIER_DLT, Topics.RAW_DLT, Topics.RAW));
                    await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                            everything.append(new String(r.value(), StandardCharsets.UTF_8));
                            if (r.topic().equals(Topics.FRONTIER_DLT)) {
                                DeadLetter d = MessageCodec.decode(r.value(), DeadLetter.class);
                                ingestDead.putIfAbsent(d.url(), d.reason());
                            } else if (r.topic().equals(Topics.RAW_DLT)) {
                                var reason = r.headers().lastHeader(Topics.REASON_HEADER);
                                enrichDead.putIfAbsent(r.key(), reason == null ? "(none)"
                                        : new String(reason.value(), StandardCharsets.UTF_8));
                            }
                        }
                        for (Case c : cases) {
                            String url = urlOf.get(c.id());
                            switch (c.expectKind()) {
                                case "ingest-dead" -> outcomes.put(c.id(), ingestDead.containsKey(url)
                                        ? "ingest-dead " + ingestDead.get(url)
                                        : enrichDead.containsKey(ArticleId.of(url)) ? "enrich-dead " + enrichDead.get(ArticleId.of(url))
                                        : indexedText(searchUrl, url) != null ? "indexed" : "(nothing yet)");
                                case "enrich-dead", "indexed" -> {
                                    String text = indexedText(searchUrl, url);
                                    outcomes.put(c.id(), enrichDead.containsKey(ArticleId.of(url))
                                            ? "enrich-dead " + enrichDead.get(ArticleId.of(url))
                                            : ingestDead.containsKey(url) ? "ingest-dead " + ingestDead.get(url)
                                            : text != null ? "indexed " + text : "(nothing yet)");
                                }
                                case "webhook" -> outcomes.put(c.id(), webhookOutcome(api, hookRule,
                                        site.base() + "/hook/" + c.id()));
                                default -> {
                                }
                            }
                        }
                        assertThat(cases).allSatisfy(c -> assertThat(meets(c, outcomes.get(c.id())))
                                .as("%s: expected '%s', got '%s'", c.id(), c.expect(), outcomes.get(c.id())).isTrue());
                    });
                } finally {
                    report(cases, outcomes);
                }

                // nothing else lost: the good article arrived; nothing the hostile feeds pointed at was fetched
                assertThat(indexedText(searchUrl, site.base() + "/good")).contains("railway bridge");
                assertThat(site.hits.keySet()).noneMatch(p -> p.startsWith("/from-"));
                assertThat(site.hits).doesNotContainKey("/evil.dtd");
                // nothing leaked from the files the feeds named
                assertThat(everything.toString()).doesNotContain("root:x:0:0");
                // no answer showed a webhook's path, and no service log holds a key, the webhook secret or a webhook's path
                assertThat(outcomes.values()).noneMatch(o -> o.contains("/hook/"));
                try (var logs = Files.list(state.resolve("logs"))) {
                    for (Path file : logs.toList()) {
                        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
                        assertThat(text).as(file.toString()).doesNotContain(pipeline.apiKey()).doesNotContain(READ_KEY)
                                .doesNotContain(WEBHOOK_SECRET).doesNotContain("/hook/webhook-");
                    }
                }
                // every service still up
                for (int port : List.of(ports.query(), ports.ingest(), ports.enrich())) {
                    HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(health.body()).as("service on %d", port).contains("\"UP\"");
                }
            } catch (AssertionError | RuntimeException e) {
                System.out.println(log.toString(StandardCharsets.UTF_8));
                throw e;
            }
        }
    }

    private static String item(String url) {
        return "<item><title>x</title><link>" + url.replace("&", "&amp;") + "</link></item>";
    }

    /** Whether the outcome is what the row expects; a 5xx or nothing at all never is. */
    static boolean meets(Case c, String outcome) {
        if (outcome == null) {
            return false;
        }
        String want = c.expectText().toLowerCase(Locale.ROOT);
        String got = outcome.toLowerCase(Locale.ROOT);
        return switch (c.expectKind()) {
            case "http" -> {
                String[] w = c.expectText().split(" ", 2);
                yield got.startsWith("http " + w[0] + " ") && (w.length < 2 || got.contains(w[1].toLowerCase(Locale.ROOT)));
            }
            case "indexed" -> got.startsWith("indexed ") && got.contains(want);
            case "webhook" -> got.startsWith("webhook " + want.split(" ", 2)[0])
                    && got.contains(want.split(" ", 2)[1]);
            default -> got.startsWith(c.expectKind() + " " + want);
        };
    }

    private void report(List<Case> cases, Map<String, String> outcomes) throws IOException {
        StringBuilder table = new StringBuilder("case\tkind\texpected\toutcome\n");
        int met = 0;
        for (Case c : cases) {
            String got = outcomes.getOrDefault(c.id(), "(nothing)");
            boolean ok = meets(c, got);
            met += ok ? 1 : 0;
            table.append(c.id()).append('\t').append(c.kind()).append('\t').append(c.expect()).append('\t')
                    .append(ok ? "" : "NOT MET: ").append(got.replace('\n', ' ').replace('\t', ' ')).append('\n');
        }
        String summary = "hostile corpus: " + met + " of " + cases.size() + " cases ended as expected\n";
        Files.writeString(Path.of("target", "hostile-corpus.tsv"), table);
        System.out.print(summary);
        System.out.print(table);
    }

    /** The indexed text of the page at {@code url}, or null while it is not searchable. */
    private String indexedText(String searchUrl, String url) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(searchUrl + "/newsroom-articles/_search"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"query\":{\"ids\":{\"values\":[\"" + ArticleId.of(url) + "\"]}},\"_source\":[\"text\"]}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            JsonNode hits = json.readTree(r.body()).path("hits").path("hits");
            return hits.isEmpty() ? null : hits.get(0).get("_source").get("text").asString();
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private String webhookOutcome(Api api, String ruleId, String url) throws Exception {
        HttpResponse<String> list = api.send("GET", "query", "/api/alerts?rule=" + ruleId, null, null, READ_KEY);
        JsonNode items = json.readTree(list.body()).path("alerts");
        if (items.isEmpty()) {
            return "(no alert yet)";
        }
        HttpResponse<String> one = api.send("GET", "query", "/api/alerts/" + items.get(0).get("id").asString(), null, null,
                READ_KEY);
        // answers show a webhook's host only; its call is found by the hash of its URL, the key it is recorded under
        JsonNode call = json.readTree(one.body()).path("webhooks").path(webhookKey(url));
        if (call.isMissingNode()) {
            return "(no call recorded yet)";
        }
        if (call.path("url").asString().contains("/hook/")) {
            return "webhook URL answered in full: " + call.path("url").asString();
        }
        return "webhook " + call.path("status").asString() + " " + call.path("lastError").asString("")
                + (call.path("lastStatus").isNumber() ? " HTTP " + call.path("lastStatus").asInt() : "");
    }

    /** As the alert history keys a webhook's calls: the first 16 bytes of SHA-256 over the URL and a zero byte, hex. */
    static String webhookKey(String url) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(url.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        return HexFormat.of().formatHex(sha.digest(), 0, 16);
    }

    /** Requests to the services, as the api rows describe them. */
    private final class Api {
        private final LocalPipeline pipeline;
        private final PipelineOptions.Ports ports;

        Api(LocalPipeline pipeline, PipelineOptions.Ports ports) {
            this.pipeline = pipeline;
            this.ports = ports;
        }

        /** "http STATUS BODY" for an api row. */
        String call(Case c) throws Exception {
            String[] words = c.serve().split(" ");
            Map<String, String> o = options(c.serve());
            String path = words[2].replace("gen:words", words(400)).replace("gen:url", "x".repeat(20_000));
            String body = o.containsKey("body") ? body(o.get("body")) : null;
            String key = switch (o.getOrDefault("key", "right")) {
                case "none" -> null;
                case "wrong" -> "not-the-key";
                case "read" -> READ_KEY;
                default -> pipeline.apiKey();
            };
            HttpResponse<String> r = send(words[0], words[1], path, body, o.getOrDefault("type", "application/json"), key);
            return "http " + r.statusCode() + " " + r.body();
        }

        HttpResponse<String> send(String method, String service, String path, String body, String type, String key)
                throws Exception {
            int port = service.equals("ingest") ? ports.ingest() : ports.query();
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(30))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (body != null) {
                b.header("Content-Type", type);
            }
            if (key != null) {
                b.header("X-API-Key", key);
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }

        private String words(int n) {
            StringBuilder q = new StringBuilder();
            for (int i = 0; i < n; i++) {
                q.append(i == 0 ? "" : "+OR+").append("word").append(i);
            }
            return q.toString();
        }

        private String body(String spec) {
            return switch (spec) {
                case "gen:rule" -> "{\"name\":\"hostile\",\"query\":\"putin\"}";
                case "gen:broken-json" -> "{\"name\": \"x\", ";
                case "gen:rule-bad-query" -> "{\"name\":\"x\",\"query\":\"(putin AND\"}";
                case "gen:rule-no-name" -> "{\"query\":\"putin\"}";
                case "gen:rule-bad-kind" -> "{\"name\":\"x\",\"kind\":\"PARTY\"}";
                case "gen:rule-negative-limit" -> "{\"name\":\"x\",\"query\":\"putin\",\"maxPerHour\":-5}";
                case "gen:rule-webhook-file" -> "{\"name\":\"x\",\"query\":\"putin\",\"webhooks\":[\"file:///etc/passwd\"]}";
                case "gen:rule-webhook-metadata" ->
                        "{\"name\":\"x\",\"query\":\"putin\",\"webhooks\":[\"http://169.254.169.254/latest/meta-data/\"]}";
                case "gen:rule-webhook-redacted" ->
                        "{\"name\":\"x\",\"query\":\"putin\",\"webhooks\":[\"https://hooks.example.com/...\"]}";
                case "gen:huge-rule" -> "{\"name\":\"x\",\"query\":\"" + "putin ".repeat(400_000) + "\"}";
                case "gen:nested-json" -> "{\"name\":\"x\",\"query\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
                case "gen:source" -> "{\"id\":\"s1\",\"type\":\"feed\",\"url\":\"http://localhost:1/feed.xml\"}";
                case "gen:source-bad-url" -> "{\"id\":\"s2\",\"type\":\"feed\",\"url\":\"not a url\"}";
                default -> throw new IllegalArgumentException("no body " + spec);
            };
        }
    }
}
