package io.newsroom.bench;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.sun.net.httpserver.HttpServer;

import io.newsroom.alert.AlertRule;
import io.newsroom.alert.RuleMatcher;
import io.newsroom.cli.up.LocalPipeline;
import io.newsroom.cli.up.PipelineOptions;
import io.newsroom.contracts.ArticleId;
import io.newsroom.contracts.EnrichedArticle;
import io.newsroom.contracts.Entity;
import io.newsroom.contracts.Event;
import io.newsroom.contracts.FrontierEntry;
import io.newsroom.contracts.ItemHints;
import io.newsroom.contracts.MessageCodec;
import io.newsroom.contracts.Topics;
import io.newsroom.ingest.fetch.FrontierEntries;
import io.newsroom.localstack.Ports;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Alerts, two figures. Matching: articles enriched from real pages matched against N stored rules in the JVM, one
 * at a time and in batches as the listener receives them. Latency: the whole local pipeline (real broker, node and
 * the three service jars), pages fetched by ingest at a steady rate from a local server (one host per page in turn,
 * so per-host politeness does not pace them), one rule matching every article; per article, from ingest's fetch
 * time (the article's {@code fetchedAt}) to its alert arriving on the SSE stream, on one machine clock.
 */
final class AlertBench {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant T = Instant.parse("2026-11-27T00:00:00Z");
    /**
     * Loopback addresses the pages are spread over. At 50 pages/s each is asked every 4 s, so ingest's one-second
     * per-host delay does not pace the fetcher, as with a real mix of news sites (with 60 hosts it did: a fetch
     * thread waited on a host asked a moment before); each host's robots.txt is asked during the warm-up.
     */
    private static final int HOSTS = 200;

    private AlertBench() {
    }

    private static String host(int h) {
        return "127.0." + (1 + h / 250) + "." + (1 + h % 250);
    }

    static void run(List<String> args) throws Exception {
        int rules = Options.number(args, "--rules", 10_000);
        int rounds = Options.number(args, "--rounds", 5);
        int rate = Options.number(args, "--rate", 50);
        int seconds = Options.number(args, "--seconds", 60);
        int warmup = Options.number(args, "--warmup", 300);
        int i = args.indexOf("--pages");
        Path pages = i >= 0 ? Path.of(args.get(i + 1)) : null;
        List<EnrichedArticle> articles = Corpus.bases(pages);
        matching(articles, rules, rounds);
        if (!args.contains("--no-latency")) {
            latency(pages, rate, warmup, seconds);
        }
    }

    // ---- matching throughput ----

    private static void matching(List<EnrichedArticle> articles, int n, int rounds) throws IOException {
        List<AlertRule> rules = rules(articles, n, new Random(42));
        try (RuleMatcher matcher = new RuleMatcher(q -> Optional.empty())) {
            measure(matcher, rules, articles, n, rounds);
        }
    }

    private static void measure(RuleMatcher matcher, List<AlertRule> rules, List<EnrichedArticle> articles, int n, int rounds) {
        long t0 = System.nanoTime();
        // as a starting service loads them: a poll of the rules topic at a time
        for (int from = 0; from < rules.size(); from += 500) {
            matcher.putAll(rules.subList(from, Math.min(rules.size(), from + 500)));
        }
        double loadS = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "alerts: %d rules registered in %.1f s; %d articles from real pages%n", n, loadS, articles.size());
        // warm-up
        for (int r = 0; r < 2; r++) {
            matcher.matchArticles(articles);
        }
        long matches = 0;
        List<Long> single = new ArrayList<>();
        long t1 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (EnrichedArticle a : articles) {
                long s = System.nanoTime();
                matches += matcher.matchArticles(List.of(a)).get(0).size();
                single.add(System.nanoTime() - s);
            }
        }
        double oneS = (System.nanoTime() - t1) / 1e9;
        long t2 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (int from = 0; from < articles.size(); from += 100) {
                matcher.matchArticles(articles.subList(from, Math.min(articles.size(), from + 100)));
            }
        }
        double batchS = (System.nanoTime() - t2) / 1e9;
        long total = (long) rounds * articles.size();
        single.sort(null);
        System.out.printf(Locale.ROOT, "alerts: matching against %d rules, %d rounds of %d articles (batches: the candidate checks on %d cores)%n",
                n, rounds, articles.size(), Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "  one article at a time   %8.0f articles/s   p50 %.2f ms  p99 %.2f ms  (target >= 500 articles/s)%n",
                total / oneS, single.get(single.size() / 2) / 1e6, single.get((int) (single.size() * 0.99)) / 1e6);
        System.out.printf(Locale.ROOT, "  batches of 100          %8.0f articles/s%n", total / batchS);
        System.out.printf(Locale.ROOT, "  rules matched per article: %.1f on average%n", (double) matches / total);
    }

    /**
     * Rules as analysts write them, drawn from the corpus itself so that some match: a name or keyword, two words,
     * a phrase, an entity, a country and an event type, alternatives within one language.
     */
    static List<AlertRule> rules(List<EnrichedArticle> articles, int n, Random random) {
        List<String> words = articles.stream().flatMap(a -> Arrays.stream(a.text().split("[^\\p{L}]+")))
                .filter(w -> w.length() >= 5).map(w -> w.toLowerCase(Locale.ROOT)).distinct().sorted().toList();
        List<Entity> entities = articles.stream().flatMap(a -> a.entities().stream()).filter(e -> e.id() != null).distinct().toList();
        List<String> countries = entities.stream().filter(e -> "COUNTRY".equals(e.type())).map(Entity::id).distinct().toList();
        List<AlertRule> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            String id = "rule-" + k;
            String word = words.get(random.nextInt(words.size()));
            int kind = random.nextInt(20);
            AlertRule r;
            if (kind < 8) {
                r = rule(id, word, null, null, null, null);
            } else if (kind < 11) {
                r = rule(id, word + " " + words.get(random.nextInt(words.size())), null, null, null, null);
            } else if (kind < 14) {
                // two neighbouring words of an article, as a phrase: a name or a term ("Foreign Minister"), never
                // a run of function words ("of the"), which nobody alerts on
                EnrichedArticle a = articles.get(random.nextInt(articles.size()));
                String[] tokens = a.text().split("[^\\p{L}]+");
                String phrase = word;
                for (int tries = 0; tries < 50 && tokens.length > 1; tries++) {
                    int at = random.nextInt(tokens.length - 1);
                    if (tokens[at].length() >= 4 && tokens[at + 1].length() >= 4) {
                        phrase = tokens[at] + " " + tokens[at + 1];
                        break;
                    }
                }
                r = rule(id, "\"" + phrase + "\"", null, null, null, null);
            } else if (kind < 17) {
                r = rule(id, random.nextBoolean() ? word : null, null, entities.get(random.nextInt(entities.size())).id(), null, null);
            } else if (kind < 19) {
                r = rule(id, null, null, null, countries.get(random.nextInt(countries.size())),
                        Event.TYPES.get(random.nextInt(Event.TYPES.size())));
            } else {
                r = rule(id, word + " | " + words.get(random.nextInt(words.size())), "en", null, null, null);
            }
            out.add(r);
        }
        return out;
    }

    private static AlertRule rule(String id, String query, String lang, String entity, String country, String eventType) {
        return new AlertRule(id, id, AlertRule.ARTICLES, query, lang, null, entity, null, country, eventType, null, null, null, false, false,
                0, List.of(), T, T, null, null);
    }

    // ---- fetch-to-alert latency ----

    private static void latency(Path pages, int rate, int warmupSeconds, int seconds) throws Exception {
        List<byte[]> bodies = new ArrayList<>();
        if (pages != null) {
            try (var files = Files.list(pages)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                    bodies.add(Files.readAllBytes(f));
                }
            }
        }
        for (String seed : SeedArticles.pages()) {
            bodies.add(SeedArticles.class.getResourceAsStream(seed).readAllBytes());
        }
        HttpServer site = HttpServer.create(new InetSocketAddress(Ports.free()), 200);
        ExecutorService siteThreads = Executors.newFixedThreadPool(8);
        site.setExecutor(siteThreads);
        site.createContext("/", x -> {
            String path = x.getRequestURI().getPath();
            byte[] body;
            if (path.startsWith("/a/")) {
                body = bodies.get(Integer.parseInt(path.substring(3)) % bodies.size());
                x.getResponseHeaders().set("Content-Type", "text/html");
            } else if (path.equals("/feed.xml")) {
                body = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>bench</title></channel></rss>"
                        .getBytes(StandardCharsets.UTF_8);
                x.getResponseHeaders().set("Content-Type", "application/rss+xml");
            } else {
                x.sendResponseHeaders(404, -1);
                x.close();
                return;
            }
            x.sendResponseHeaders(200, body.length);
            x.getResponseBody().write(body);
            x.close();
        });
        site.start();
        int port = site.getAddress().getPort();
        Path state = Files.createTempDirectory("bench-alerts");
        Path sources = state.resolve("sources.yml");
        String hosts = IntStream.range(0, HOSTS).mapToObj(AlertBench::host).collect(Collectors.joining(", "));
        Files.writeString(sources, """
                allowed-hosts: [%s]
                sources:
                  - id: bench
                    type: feed
                    url: http://127.0.0.1:%d/feed.xml
                    poll-every: 1h
                """.formatted(hosts, port));
        PipelineOptions.Ports ports = new PipelineOptions.Ports(Ports.free(), Ports.free(), Ports.free(), Ports.free(),
                Ports.free(), Ports.free());
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.out.printf("alerts: starting the local pipeline (broker, node, three services)...%n");
        try (LocalPipeline pipeline = new LocalPipeline(new PipelineOptions(Path.of("").toAbsolutePath(), state, sources, ports),
                new PrintStream(log, true, StandardCharsets.UTF_8)).start();
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + ports.kafka()));
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, pipeline.kafkaBootstrap(), ProducerConfig.ACKS_CONFIG, "all",
                     ProducerConfig.LINGER_MS_CONFIG, 0), new StringSerializer(), new ByteArraySerializer())) {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(pipeline.queryUrl() + "/api/alert-rules"))
                    .header("Content-Type", "application/json").header("X-API-Key", pipeline.apiKey())
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"every article\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201) {
                throw new IllegalStateException("creating the rule failed: " + created.body());
            }
            Map<String, Long> arrivedAt = new ConcurrentHashMap<>();
            Map<String, Instant> fetchedAt = new ConcurrentHashMap<>();
            http.sendAsync(HttpRequest.newBuilder(URI.create(pipeline.queryUrl() + "/api/alerts/stream"))
                            .header("X-API-Key", pipeline.apiKey()).build(),
                    HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> r.body().forEach(line -> {
                        if (line.startsWith("data:")) {
                            long now = System.currentTimeMillis();
                            JsonNode alert = JSON.readTree(line.substring(5));
                            String url = alert.get("article").get("url").asString();
                            arrivedAt.put(url, now);
                            fetchedAt.put(url, Instant.parse(alert.get("article").get("fetchedAt").asString()));
                        }
                    }));
            Thread.sleep(2000);
            int warmup = rate * warmupSeconds;
            int total = warmup + rate * seconds;
            System.out.printf("alerts: pipeline up; %d pages at %d/s (the first %d to warm up)%n", total, rate, warmup);
            List<String> urls = new ArrayList<>();
            Map<String, Long> queuedAt = new HashMap<>();
            long start = System.nanoTime();
            long periodNs = 1_000_000_000L / rate;
            for (int k = 0; k < total; k++) {
                long due = start + k * periodNs;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                String url = "http://" + host(k % HOSTS) + ":" + port + "/a/" + k;
                urls.add(url);
                queuedAt.put(url, System.currentTimeMillis());
                FrontierEntry e = new FrontierEntry(FrontierEntry.SCHEMA_VERSION, ArticleId.of(url), url, url, "bench",
                        Instant.now(), null, ItemHints.none(), null, 0);
                producer.send(new ProducerRecord<>(Topics.FRONTIER, FrontierEntries.key(e), MessageCodec.encode(e)));
                if (k % (rate * 10) == rate * 10 - 1) {
                    System.out.printf("alerts: %d s: %s%n", (k + 1) / rate, lags(admin));
                }
            }
            System.out.printf("alerts: all sent: %s%n", lags(admin));
            long deadline = System.currentTimeMillis() + 60_000;
            Set<String> measured = new HashSet<>(urls.subList(warmup, total));
            while (System.currentTimeMillis() < deadline && !arrivedAt.keySet().containsAll(measured)) {
                Thread.sleep(200);
            }
            // the warm-up is reported too: right after start the JVMs are still compiling, and that is what a fresh
            // `./newsroom up` shows in its first minutes
            report("while warming up (services just started)", urls.subList(0, warmup), rate, arrivedAt, fetchedAt, queuedAt);
            report("measured", urls.subList(warmup, total), rate, arrivedAt, fetchedAt, queuedAt);
        } finally {
            site.stop(0);
            siteThreads.shutdownNow();
        }
    }

    private static void report(String phase, List<String> urls, int rate, Map<String, Long> arrivedAt,
            Map<String, Instant> fetchedAt, Map<String, Long> queuedAt) {
        List<Long> fromFetch = new ArrayList<>();
        List<Long> fromQueue = new ArrayList<>();
        for (String url : urls) {
            Long at = arrivedAt.get(url);
            if (at != null) {
                fromFetch.add(at - fetchedAt.get(url).toEpochMilli());
                fromQueue.add(at - queuedAt.get(url));
            }
        }
        System.out.printf(Locale.ROOT, "alerts: fetch-to-alert, %s, over %d pages at %d pages/s: %d alerts arrived%n",
                phase, urls.size(), rate, fromFetch.size());
        if (!fromFetch.isEmpty()) {
            System.out.println("  " + percentiles(fromFetch) + "  (target p95 < 1000 ms)");
            // a page waiting on the frontier for the fetcher is not in the figure above, so say it
            System.out.println("  from the frontier (queued-to-alert): " + percentiles(fromQueue));
        }
    }

    private static String percentiles(List<Long> latencies) {
        latencies.sort(null);
        return String.format(Locale.ROOT, "p50 %d ms  p95 %d ms  p99 %d ms  max %d ms", pct(latencies, 0.50),
                pct(latencies, 0.95), pct(latencies, 0.99), latencies.get(latencies.size() - 1));
    }

    /** Messages each stage's consumer group has yet to read: where a backlog builds up. */
    private static String lags(Admin admin) throws Exception {
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put("ingest", "fetch");
        groups.put("enrich", "enrich");
        groups.put("query-indexer", "index");
        groups.put("query-alerts", "match");
        groups.put("query-alert-decider", "decide");
        StringBuilder out = new StringBuilder("backlog");
        for (var g : groups.entrySet()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(g.getKey())
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
            long lag = 0;
            for (var e : admin.listOffsets(latest).all().get().entrySet()) {
                OffsetAndMetadata c = committed.get(e.getKey());
                lag += e.getValue().offset() - (c == null ? 0 : c.offset());
            }
            out.append(' ').append(g.getValue()).append('=').append(lag);
        }
        return out.toString();
    }

    private static long pct(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
