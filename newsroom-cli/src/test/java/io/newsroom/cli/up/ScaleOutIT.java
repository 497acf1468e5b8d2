package io.newsroom.cli.up;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.newsroom.contracts.Alert;
import io.newsroom.contracts.ArticleId;
import io.newsroom.contracts.MessageCodec;
import io.newsroom.contracts.Topics;
import io.newsroom.ingest.site.Site;
import io.newsroom.localstack.Ports;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole stack with two instances of every service on one machine: the real broker and search node, 2 ingest, 2
 * enrich and 2 query JVMs in their consumer groups. Six news sites on six loopback addresses, one per frontier
 * partition, publish feeds whose links carry tracking parameters, point at a redirect within the site, at a print
 * edition whose canonical link names the article, at another site's article, and at a page that redirects to another
 * site. Every request is recorded with its arrival and end time. Afterwards: no page was requested twice, no host
 * ever had two requests at once, each instance of each service did part of the work, the index holds exactly one
 * document per article, and the saved rule alerted exactly once per matching article on {@link Topics#ALERTS}.
 */
class ScaleOutIT {

    private static final int SITES = 6;
    private static final int PARTITIONS = 6;
    private static final int ARTICLES_PER_SITE = 5;
    private static final String ALERT_WORD = "tungsten";
    /** Each response takes this long, so that two requests to one host at once would overlap visibly. */
    private static final long SERVE_MILLIS = 40;

    @TempDir
    Path state;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, HttpServer> servers = new LinkedHashMap<>();
    private volatile boolean feedsOpen;

    /** One request as the site saw it: from its arrival to the end of its response. */
    private record Request(String host, String path, long start, long end) {
    }

    @Test
    void twoInstancesOfEachServiceFetchEachPageOnceOneRequestPerHostAtATimeAndIndexAndAlertEachArticleOnce()
            throws Exception {
        List<String> hosts = hostsCoveringEveryPartition();
        for (String host : hosts) {
            startSite(host);
        }
        Path sources = Files.writeString(state.resolve("sources.yml"), sourcesFile(hosts));
        PipelineOptions options = new PipelineOptions(Path.of("..").toAbsolutePath().normalize(), state, sources,
                new PipelineOptions.Ports(Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free(),
                        Ports.free()), new PipelineOptions.Instances(2, 2, 2));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        long t0 = System.nanoTime();
        try (LocalPipeline pipeline = new LocalPipeline(options, new PrintStream(log, true, StandardCharsets.UTF_8))
                .env("NEWSROOM_TOPIC_PARTITIONS", String.valueOf(PARTITIONS))
                .env("NEWSROOM_INGEST_POLITENESS_PERHOSTDELAY", "50ms").start()) {
            double startSeconds = (System.nanoTime() - t0) / 1e9;
            String ruleId = createRule(pipeline);
            feedsOpen = true;
            long t1 = System.nanoTime();

            Map<String, String> expected = expectedArticles(hosts);
            Set<String> matching = expected.entrySet().stream().filter(e -> mentionsAlertWord(e.getValue()))
                    .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
            String searchUrl = "http://127.0.0.1:" + options.ports().search();
            await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(2)).until(() ->
                    indexedUrls(searchUrl).size() >= expected.size() && alerts(pipeline, ruleId).size() >= matching.size());
            double flowSeconds = (System.nanoTime() - t1) / 1e9;
            // a duplicate, a late replay or a second alert would show up now
            await().during(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofSeconds(2))
                    .until(() -> indexedUrls(searchUrl).size() == expected.size());

            List<String> indexed = indexedUrls(searchUrl);
            Map<String, List<Alert>> alerts = alerts(pipeline, ruleId);
            Map<String, Long> pagesRequested = pageRequests();
            List<String> overlaps = overlaps();
            Map<String, List<Double>> work = Map.of(
                    "ingest", counts(pipeline.urls("ingest-service"), "newsroom.ingest.frontier"),
                    "enrich", counts(pipeline.urls("enrich-service"), "newsroom.enrich.articles"),
                    "query", counts(pipeline.urls("query-service"), "newsroom.query.indexed"));
            String summary = String.format("""
                    scale-out run: 2 ingest, 2 enrich, 2 query instances, %d partitions; started in %.0f s, settled in %.0f s
                    sites: %d hosts, %d requests (%d pages, %d feed polls, %d robots.txt), %d pages asked more than once, %d overlapping requests to one host
                    index: %d documents for %d articles (%d distinct URLs)
                    alerts: %d matching articles, %d alerted, %d alerted more than once
                    work per instance: ingest frontier entries %s, enrich articles %s, query documents indexed %s
                    """, PARTITIONS, startSeconds, flowSeconds, hosts.size(), requests.size(), pagesRequested.size(),
                    requests.stream().filter(r -> r.path().equals("/feed.xml")).count(),
                    requests.stream().filter(r -> r.path().equals("/robots.txt")).count(),
                    pagesRequested.values().stream().filter(n -> n > 1).count(), overlaps.size(), indexed.size(),
                    expected.size(), new TreeSet<>(indexed).size(), matching.size(), alerts.size(),
                    alerts.values().stream().filter(l -> l.size() > 1).count(), work.get("ingest"), work.get("enrich"),
                    work.get("query"));
            System.out.print(summary);
            Files.writeString(Path.of("target", "scale-out-run.txt"), summary + String.join("\n", overlaps));

            assertThat(pagesRequested).as("pages asked more than once").allSatisfy((page, n) -> assertThat(n).as(page).isOne());
            // every page a feed lists was asked once, except those found to be an article already fetched
            assertThat(pagesRequested).hasSizeGreaterThanOrEqualTo(hosts.size() * (ARTICLES_PER_SITE + 2));
            assertThat(overlaps).as("requests to one host at once").isEmpty();
            assertThat(indexed).as("one document per article, none twice").hasSize(expected.size())
                    .containsExactlyInAnyOrderElementsOf(expected.keySet());
            assertThat(alerts.keySet()).as("alerted articles").isEqualTo(matching);
            assertThat(alerts).as("alerts per article").allSatisfy((url, l) -> assertThat(l).as(url).hasSize(1));
            work.forEach((service, perInstance) -> assertThat(perInstance).as("%s work per instance", service)
                    .hasSize(2).allSatisfy(n -> assertThat(n).isPositive()));
        } catch (AssertionError | RuntimeException e) {
            System.out.println(log.toString(StandardCharsets.UTF_8));
            throw e;
        } finally {
            servers.values().forEach(s -> s.stop(0));
        }
    }

    /** Loopback addresses whose sites fall on every frontier partition, one each, so both ingest instances own some. */
    private static List<String> hostsCoveringEveryPartition() {
        Map<Integer, String> byPartition = new TreeMap<>();
        for (int i = 2; byPartition.size() < SITES && i < 250; i++) {
            String host = "127.0.0." + i;
            byPartition.putIfAbsent(Site.ofHost(host).partition(PARTITIONS), host);
        }
        return List.copyOf(byPartition.values());
    }

    private String base(String host) {
        return "http://" + host + ":" + servers.get(host).getAddress().getPort();
    }

    private void startSite(String host) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, Ports.free()), 0);
        servers.put(host, server);
        server.createContext("/", ex -> serve(host, ex));
        // several threads: were two requests to arrive at once, they would be served at once and overlap
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "site-" + host);
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    private void serve(String host, HttpExchange ex) throws IOException {
        long start = System.nanoTime();
        String path = ex.getRequestURI().getPath();
        try (ex) {
            Thread.sleep(SERVE_MILLIS);
            List<String> hosts = List.copyOf(servers.keySet());
            int i = hosts.indexOf(host);
            if (path.equals("/robots.txt")) {
                send(ex, 200, "text/plain", "User-agent: *\nAllow: /\n");
            } else if (path.equals("/feed.xml")) {
                send(ex, 200, "application/rss+xml; charset=utf-8", feed(host, hosts.get((i + 1) % hosts.size()),
                        hosts.get((i + 2) % hosts.size())));
            } else if (path.startsWith("/news/")) {
                send(ex, 200, "text/html; charset=utf-8", article(host, path, ""));
            } else if (path.startsWith("/print/")) {
                // the print edition: other markup, the same text, and a canonical link to the article
                send(ex, 200, "text/html; charset=utf-8", article(host, "/news/" + path.substring(7),
                        "<link rel=\"canonical\" href=\"/news/" + path.substring(7) + "\"><style>nav{display:none}</style>"));
            } else if (path.startsWith("/r/")) {
                ex.getResponseHeaders().set("Location", "/news/" + path.substring(3));
                send(ex, 301, "text/plain", "");
            } else if (path.startsWith("/moved/")) {
                ex.getResponseHeaders().set("Location", base(hosts.get((i + 2) % hosts.size())) + "/news/1?utm_source=moved");
                send(ex, 301, "text/plain", "");
            } else {
                send(ex, 404, "text/plain", "");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            requests.add(new Request(host, path, start, System.nanoTime()));
        }
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
    }

    /**
     * A site's feed (empty until the rule is saved): its articles, as feeds spell them, plus another site's article
     * and a page that moved to a third site.
     */
    private String feed(String host, String next, String afterNext) {
        StringBuilder items = new StringBuilder();
        if (feedsOpen) {
            String b = base(host);
            for (String link : List.of(b + "/news/0?at_medium=RSS&amp;at_campaign=rss", b + "/news/1?utm_source=feed",
                    b + "/news/2", b + "/r/3", b + "/print/4", b + "/news/4", base(next) + "/news/2?fbclid=IwAR0x",
                    b + "/moved/5")) {
                items.append("<item><title>Story</title><link>").append(link).append("</link></item>");
            }
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>" + host
                + "</title><link>" + base(host) + "/</link><description>news</description>" + items + "</channel></rss>";
    }

    /** The article at {@code path}: distinct text per site and number; the even ones mention the alert word. */
    private static String article(String host, String path, String head) {
        int n = Integer.parseInt(path.substring("/news/".length()));
        String place = "district " + host.substring(host.lastIndexOf('.') + 1);
        String metal = n % 2 == 0 ? " Traders said the price of " + ALERT_WORD + " rose again this week." : "";
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Report " + n + " from " + place
                + "</title>" + head + "</head><body><nav><a href=\"/\">Home</a></nav><article><h1>Report " + n + " from "
                + place + "</h1><p>The council of " + place + " approved the budget for the new railway on Tuesday after a"
                + " debate that lasted most of the night, officials said. Report number " + n + " of the " + place
                + " series explains what changes for the farmers and the workers of the region.</p><p>The minister"
                + " welcomed the vote and said construction of the bridge and the port would begin next spring, while"
                + " the union asked for more money for the schools and the hospital." + metal + "</p></article></body></html>";
    }

    private static boolean mentionsAlertWord(String path) {
        return Integer.parseInt(path.substring(path.lastIndexOf('/') + 1)) % 2 == 0;
    }

    /** Canonical URL to path of every article the sites publish. */
    private Map<String, String> expectedArticles(List<String> hosts) {
        Map<String, String> expected = new TreeMap<>();
        for (String host : hosts) {
            for (int n = 0; n < ARTICLES_PER_SITE; n++) {
                expected.put(base(host) + "/news/" + n, "/news/" + n);
            }
        }
        return expected;
    }

    private String sourcesFile(List<String> hosts) {
        StringBuilder file = new StringBuilder("allowed-hosts: [" + String.join(", ", hosts) + "]\nsources:\n");
        for (String host : hosts) {
            file.append("  - id: site-").append(host).append("\n    type: feed\n    url: ").append(base(host))
                    .append("/feed.xml\n    poll-every: 2s\n");
        }
        return file.toString();
    }

    /** Requests per page (host and path; feeds and robots.txt left out), however their queries were spelt. */
    private Map<String, Long> pageRequests() {
        return requests.stream().filter(r -> !r.path().equals("/feed.xml") && !r.path().equals("/robots.txt"))
                .collect(Collectors.groupingBy(r -> r.host() + r.path(), TreeMap::new, Collectors.counting()));
    }

    /**
     * Pairs of requests to one host whose times overlap by more than half a response's time. A request's end is taken
     * after its exchange is closed, by which time the client has the whole response and may have sent its next
     * request: back-to-back requests can "overlap" by a fraction of a millisecond (seen once: "overlap by 0 ms"),
     * while two served at once overlap by about {@link #SERVE_MILLIS}.
     */
    private List<String> overlaps() {
        List<String> found = new ArrayList<>();
        Map<String, List<Request>> byHost = requests.stream().collect(Collectors.groupingBy(Request::host));
        byHost.forEach((host, list) -> {
            List<Request> sorted = list.stream().sorted(Comparator.comparingLong(Request::start)).toList();
            for (int k = 1; k < sorted.size(); k++) {
                Request before = sorted.get(k - 1);
                Request after = sorted.get(k);
                if (before.end() - after.start() > TimeUnit.MILLISECONDS.toNanos(SERVE_MILLIS) / 2) {
                    found.add(host + ": " + before.path() + " and " + after.path() + " overlap by "
                            + (before.end() - after.start()) / 1_000_000 + " ms");
                }
            }
        });
        return found;
    }

    private String createRule(LocalPipeline pipeline) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(pipeline.queryUrl() + "/api/alert-rules"))
                .header("Content-Type", "application/json").header("X-API-Key", pipeline.apiKey())
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"metals\",\"query\":\"" + ALERT_WORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String id = json.readTree(r.body()).get("id").asString();
        // every query instance matches against every rule: wait until each has read it (reading rules takes a key)
        for (String url : pipeline.urls("query-service")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> http.send(HttpRequest.newBuilder(
                    URI.create(url + "/api/alert-rules/" + id)).header("X-API-Key", pipeline.apiKey()).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
        }
        return id;
    }

    /** The url of every document in the article index (one entry per document). */
    private List<String> indexedUrls(String searchUrl) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(searchUrl + "/newsroom-articles/_search"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"size\":1000,\"_source\":[\"url\"],\"query\":{\"match_all\":{}}}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            return List.of();
        }
        List<String> urls = new ArrayList<>();
        for (JsonNode hit : json.readTree(r.body()).get("hits").get("hits")) {
            String url = hit.get("_source").get("url").asString();
            assertThat(hit.get("_id").asString()).as(url).isEqualTo(ArticleId.of(url));
            urls.add(url);
        }
        return urls;
    }

    /** The rule's alerts on the alert topic, by article URL. */
    private static Map<String, List<Alert>> alerts(LocalPipeline pipeline, String ruleId) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, pipeline.kafkaBootstrap(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Map<String, List<Alert>> byUrl = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ALERTS).stream()
                    .map(p -> new TopicPartition(Topics.ALERTS, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    Alert a = MessageCodec.decode(r.value(), Alert.class);
                    if (a.ruleId().equals(ruleId) && a.article() != null) {
                        byUrl.computeIfAbsent(a.article().url(), u -> new ArrayList<>()).add(a);
                    }
                }
            }
        }
        return byUrl;
    }

    /** A counter's total on each instance (0 where it was never counted). */
    private List<Double> counts(List<String> instances, String meter) throws Exception {
        List<Double> counts = new ArrayList<>();
        for (String url : instances) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/actuator/metrics/" + meter))
                    .build(), HttpResponse.BodyHandlers.ofString());
            counts.add(r.statusCode() == 200 ? json.readTree(r.body()).get("measurements").get(0).get("value").asDouble() : 0);
        }
        return counts;
    }
}
