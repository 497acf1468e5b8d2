package io.newsroom.cli.up;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;

import com.sun.net.httpserver.HttpServer;

import io.newsroom.cli.kafka.Pipeline;
import io.newsroom.cli.warc.ImportWarcCommand;
import io.newsroom.contracts.Alert;
import io.newsroom.contracts.ArticleId;
import io.newsroom.contracts.DeadLetter;
import io.newsroom.contracts.MessageCodec;
import io.newsroom.contracts.Topics;
import io.newsroom.localstack.Ports;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Articles from generated archives go through the whole local stack while every part of it fails once, with work
 * in flight: each service is killed with SIGKILL and started again, the broker is restarted, and the search node
 * is stopped for a minute. Afterwards the index holds exactly the expected documents at the expected revisions, every
 * rejected item is in a dead-letter topic with its reason, and the alert rule fired once per matching article.
 *
 * <p>CI runs {@value #DEFAULT_ARTICLES} articles; {@code ./mvnw -Pfault-full verify} runs 10,000 (see README).
 */
class FaultToleranceIT {

    private static final int DEFAULT_ARTICLES = 600;
    private static final int ARTICLES = Integer.getInteger("newsroom.fault.articles", DEFAULT_ARTICLES);
    private static final Duration SEARCH_OUTAGE = Duration.ofSeconds(Long.getLong("newsroom.fault.search-outage-seconds", 60));
    /** Every this many articles of the first archive comes again, changed, in the last one. */
    private static final int REVISE_EVERY = 20;
    private static final int OVERSIZED = 2;
    private static final int CORRUPT = 3;
    private static final int EMPTY = 4;
    /** Captures that come twice in the last archive. */
    private static final int REPEATED = 11;

    @TempDir
    Path state;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final List<String> timeline = new ArrayList<>();
    private Admin admin;
    private String searchUrl;

    @Test
    void crashesAndOutagesMidStreamLoseNoArticleDuplicateNoneAndFireEveryAlertOnce() throws Exception {
        PipelineOptions.Ports ports = new PipelineOptions.Ports(Ports.free(), Ports.free(), Ports.free(), Ports.free(),
                Ports.free(), Ports.free());
        searchUrl = "http://127.0.0.1:" + ports.search();
        Path sources = Files.writeString(state.resolve("no-sources.yml"), "sources: []\n");
        int firstEnd = ARTICLES * 2 / 5;
        int secondEnd = ARTICLES * 4 / 5;
        Path first = archive("first.warc.gz", w -> write(w, 0, firstEnd));
        Path second = archive("second.warc.gz", w -> write(w, firstEnd, secondEnd));
        Set<String> oversized = new HashSet<>();
        Set<String> corrupt = new HashSet<>();
        Set<String> empty = new HashSet<>();
        Path third = archive("third.warc.gz", w -> {
            write(w, secondEnd, ARTICLES);
            for (int i = 0; i < firstEnd; i += REVISE_EVERY) {
                w.article(i, true);
            }
            // the same capture twice in one archive, and again after its revision: taken once
            for (int i = secondEnd; i < secondEnd + REPEATED - 1; i++) {
                w.article(i, false);
            }
            w.article(0, true);
            for (int i = 0; i < OVERSIZED; i++) {
                String url = "https://big.fault.example/page-" + i;
                oversized.add(url);
                w.page(url, ("<p>" + "news ".repeat(1000) + "</p>").repeat(1700).getBytes(StandardCharsets.UTF_8));
            }
            for (int i = 0; i < CORRUPT; i++) {
                String url = "https://broken.fault.example/page-" + i;
                corrupt.add(url);
                w.record(url, new org.netpreserve.jwarc.HttpResponse.Builder(200, "OK")
                        .addHeader("Content-Encoding", "gzip")
                        .body(MediaType.parse("text/html"), "this is not gzip".getBytes(StandardCharsets.UTF_8)).build());
            }
            for (int i = 0; i < EMPTY; i++) {
                String url = "https://empty.fault.example/page-" + i;
                empty.add(url);
                w.page(url, ("<html><head><title>Loading</title><script>render(" + i + ")</script></head><body>"
                        + "<div id=\"app\"></div></body></html>").getBytes(StandardCharsets.UTF_8));
            }
        });

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        long t0 = System.nanoTime();
        Map<String, Integer> webhookCalls = new ConcurrentHashMap<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", ex -> {
            webhookCalls.merge(ex.getRequestHeaders().getFirst("X-Newsroom-Alert-Id"), 1, Integer::sum);
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        receiver.start();
        try (LocalPipeline pipeline = new LocalPipeline(new PipelineOptions(Path.of("..").toAbsolutePath().normalize(),
                state, sources, ports), new PrintStream(log, true, StandardCharsets.UTF_8))
                .env("NEWSROOM_WEBHOOK_ALLOWED_HOSTS", "localhost").start()) {
            String ruleId = createRule(pipeline, "http://localhost:" + receiver.getAddress().getPort() + "/hook");

            admin = Pipeline.admin(pipeline.kafkaBootstrap());
            // 1: ingest and enrich crash while the first archive streams in, each with work queued for it
            CompletableFuture<String> firstImport = importAsync(pipeline, first);
            awaitLag("ingest", Topics.FRONTIER, 1);
            fault("SIGKILL ingest-service", "ingest", Topics.FRONTIER, () -> pipeline.kill("ingest-service"));
            fault("restart ingest-service", null, null, () -> pipeline.restart("ingest-service"));
            awaitLag("enrich", Topics.RAW, 20);
            fault("SIGKILL enrich-service", "enrich", Topics.RAW, () -> pipeline.kill("enrich-service"));
            fault("restart enrich-service", null, null, () -> pipeline.restart("enrich-service"));
            assertThat(firstImport.join()).contains("ingest took all");

            // 2: during the second archive the broker restarts under the services, the search node goes away for
            // a while, and the query service crashes with what piled up meanwhile
            CompletableFuture<String> secondImport = importAsync(pipeline, second);
            awaitLag("enrich", Topics.RAW, 20);
            fault("restart Kafka", "enrich", Topics.RAW, pipeline::restartBroker);
            // at once, while enrichment is still busy with the archive: what it finishes piles up for the indexer
            fault("stop Elasticsearch for " + SEARCH_OUTAGE.toSeconds() + " s", "enrich", Topics.RAW,
                    pipeline::stopSearchNode);
            Thread.sleep(SEARCH_OUTAGE.toMillis());
            fault("start Elasticsearch", "query-indexer", Topics.ENRICHED, pipeline::startSearchNode);
            fault("SIGKILL query-service", "query-indexer", Topics.ENRICHED, () -> pipeline.kill("query-service"));
            fault("restart query-service", null, null, () -> pipeline.restart("query-service"));
            assertThat(secondImport.join()).contains("ingest took all");

            // 3: the last archive brings new, revised, repeated and bad pages
            String thirdOut = importAsync(pipeline, third).join();
            assertThat(thirdOut).contains((OVERSIZED + CORRUPT) + " rejected");

            Map<Integer, Boolean> expected = new TreeMap<>();
            IntStream.range(0, ARTICLES).forEach(i -> expected.put(i, i < firstEnd && i % REVISE_EVERY == 0));
            Set<String> alertUrls = new HashSet<>();
            IntStream.range(0, ARTICLES).filter(GeneratedArchive::mentionsAlertWord)
                    .forEach(i -> alertUrls.add(GeneratedArchive.url(i)));

            Duration settle = Duration.ofSeconds(120 + ARTICLES / 10);
            await().atMost(settle).pollInterval(Duration.ofSeconds(2)).until(() -> indexed() >= ARTICLES
                    && revised() >= expected.values().stream().filter(b -> b).count());
            // anything extra (a duplicate, a late replay) would show up now
            long settled = indexed();
            await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> indexed() == settled);
            Documents found = documents();
            Map<String, JsonNode> docs = found.byUrl();
            Map<String, List<Alert>> alerts = alertsByUrl(pipeline, ruleId);
            long history = count("newsroom-alerts", "{\"query\":{\"bool\":{\"filter\":[{\"term\":{\"ruleId\":\"" + ruleId
                    + "\"}},{\"term\":{\"status\":\"DELIVERED\"}}]}}}");
            Map<String, String> ingestDead = ingestDeadLetters(pipeline);
            Map<String, String> enrichDead = enrichDeadLetters(pipeline);

            Set<String> expectedUrls = new HashSet<>();
            expected.keySet().forEach(i -> expectedUrls.add(GeneratedArchive.url(i)));
            Set<String> missing = new HashSet<>(expectedUrls);
            missing.removeAll(docs.keySet());
            Set<String> extra = new HashSet<>(docs.keySet());
            extra.removeAll(expectedUrls);
            long wrongRevision = expected.entrySet().stream().filter(e -> {
                JsonNode d = docs.get(GeneratedArchive.url(e.getKey()));
                return d != null && (d.get("revision").asInt() != (e.getValue() ? 2 : 1)
                        || d.get("text").asString().contains(GeneratedArchive.revisionMarker(e.getKey())) != e.getValue());
            }).count();
            long alertsRepeated = alerts.values().stream().filter(l -> l.size() > 1).count();
            Set<String> alertsMissing = new HashSet<>(alertUrls);
            alertsMissing.removeAll(alerts.keySet());
            Set<String> alertIds = new HashSet<>();
            alerts.values().forEach(l -> l.forEach(a -> alertIds.add(a.id())));
            try {
                await().atMost(Duration.ofSeconds(60)).until(() -> webhookCalls.keySet().containsAll(alertIds));
            } catch (ConditionTimeoutException notAll) {
                // counted and reported below
            }
            Set<String> webhookMissing = new HashSet<>(alertIds);
            webhookMissing.removeAll(webhookCalls.keySet());

            String summary = String.format("""
                    fault run: %d articles in 3 archives (%d revised, %d repeated captures, %d oversized, %d corrupt, %d without text) in %.0f s
                    faults: %s
                    index: %d documents (expected %d): %d missing, %d unexpected, %d duplicated, %d at a wrong revision
                    dead letters: ingest %d (oversized %d/%d, corrupt %d/%d), enrich %d (no text %d/%d); good articles among them: %d
                    alerts: %d matching articles, %d alerted on %s (%d missing, %d sent more than once), %d in the history as delivered
                    webhook: %d of %d alerts called (%d missing), %d called more than once (receivers drop repeats by X-Newsroom-Alert-Id)
                    """, ARTICLES, expected.values().stream().filter(b -> b).count(), REPEATED, OVERSIZED, CORRUPT, EMPTY,
                    (System.nanoTime() - t0) / 1e9, String.join("; ", timeline), docs.size(), ARTICLES, missing.size(),
                    extra.size(), found.duplicated(), wrongRevision, ingestDead.size(),
                    oversized.stream().filter(u -> ingestDead.getOrDefault(u, "").startsWith("page larger than")).count(),
                    OVERSIZED, corrupt.stream().filter(u -> ingestDead.getOrDefault(u, "").startsWith("unreadable payload")).count(),
                    CORRUPT, enrichDead.size(),
                    empty.stream().filter(u -> enrichDead.getOrDefault(ArticleId.of(u), "").startsWith("no article text found")).count(),
                    EMPTY, expectedUrls.stream().filter(u -> ingestDead.containsKey(u) || enrichDead.containsKey(ArticleId.of(u))).count(),
                    alertUrls.size(), alerts.size(), Topics.ALERTS, alertsMissing.size(), alertsRepeated, history,
                    alertIds.stream().filter(webhookCalls::containsKey).count(), alertIds.size(), webhookMissing.size(),
                    webhookCalls.values().stream().filter(n -> n > 1).count());
            System.out.print(summary);
            Files.writeString(Path.of("target", "fault-run.txt"), summary);

            assertThat(missing).as("articles missing from the index").isEmpty();
            assertThat(extra).as("documents nobody asked for").isEmpty();
            assertThat(docs).hasSize(ARTICLES);
            assertThat(found.duplicated()).isZero();
            assertThat(wrongRevision).as("documents at a wrong revision").isZero();
            for (String u : oversized) {
                assertThat(ingestDead.get(u)).startsWith("page larger than");
            }
            for (String u : corrupt) {
                assertThat(ingestDead.get(u)).startsWith("unreadable payload in the archive");
            }
            for (String u : empty) {
                assertThat(enrichDead.get(ArticleId.of(u))).startsWith("no article text found");
            }
            assertThat(ingestDead).hasSize(OVERSIZED + CORRUPT);
            assertThat(enrichDead).hasSize(EMPTY);
            assertThat(alertsMissing).as("articles whose alert was lost").isEmpty();
            assertThat(alerts.keySet()).isEqualTo(alertUrls);
            assertThat(alertsRepeated).as("alerts sent more than once").isZero();
            assertThat(history).isEqualTo(alertUrls.size());
            assertThat(webhookMissing).as("alerts whose webhook was never called").isEmpty();
        } catch (AssertionError | RuntimeException e) {
            System.out.println(String.join("\n", timeline));
            System.out.println(log.toString(StandardCharsets.UTF_8));
            throw e;
        } finally {
            receiver.stop(0);
            if (admin != null) {
                admin.close();
            }
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    private interface Archive {
        void write(GeneratedArchive.Writer w) throws Exception;
    }

    /**
     * Runs a fault and notes it with the work then waiting for the stage it hits ({@code group} on {@code topic}),
     * which must be some for a crash: a crash with nothing in flight proves nothing.
     */
    private void fault(String what, String group, String topic, Step step) throws Exception {
        long waiting = group == null ? 0 : lag(group, topic);
        // just after the broker restarts, clients take a moment to find it again
        for (int i = 0; waiting < 0 && i < 40; i++) {
            Thread.sleep(250);
            waiting = lag(group, topic);
        }
        long t = System.nanoTime();
        step.run();
        timeline.add(String.format("%s%s (%.0f s)", what, group == null ? ""
                : " with " + waiting + " waiting for " + group, (System.nanoTime() - t) / 1e9));
        if (what.startsWith("SIGKILL") || what.startsWith("restart Kafka") || what.startsWith("stop")) {
            assertThat(waiting).as("work in flight when: " + what).isPositive();
        }
    }

    /** Records on {@code topic} that {@code group} has not committed yet, or -1 when the broker does not answer. */
    private long lag(String group, String topic) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic).partitions()
                    .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).entrySet().stream().mapToLong(e -> {
                OffsetAndMetadata c = committed.get(e.getKey());
                return e.getValue().offset() - (c == null ? 0 : c.offset());
            }).sum();
        } catch (ExecutionException | TimeoutException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private void awaitLag(String group, String topic, long atLeast) {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> lag(group, topic) >= atLeast);
    }

    private Path archive(String name, Archive content) throws Exception {
        Path file = state.resolve(name);
        try (GeneratedArchive.Writer w = new GeneratedArchive.Writer(file)) {
            content.write(w);
        }
        return file;
    }

    private static void write(GeneratedArchive.Writer w, int from, int to) throws Exception {
        for (int i = from; i < to; i++) {
            w.article(i, false);
        }
    }

    private String createRule(LocalPipeline pipeline, String webhook) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(pipeline.queryUrl() + "/api/alert-rules"))
                .header("Content-Type", "application/json").header("X-API-Key", pipeline.apiKey())
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"metals\",\"query\":\"" + GeneratedArchive.ALERT_WORD
                        + "\",\"webhooks\":[\"" + webhook + "\"]}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json.readTree(r.body()).get("id").asString();
    }

    private static CompletableFuture<String> importAsync(LocalPipeline pipeline, Path warc) {
        return CompletableFuture.supplyAsync(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                int code = new ImportWarcCommand().run(List.of("--broker", pipeline.kafkaBootstrap(), warc.toString()),
                        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
                assertThat(code).as(out.toString(StandardCharsets.UTF_8)).isZero();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return out.toString(StandardCharsets.UTF_8);
        });
    }

    /** Documents searchable now, or -1 while the node does not answer. */
    private long indexed() {
        try {
            return count("newsroom-articles", "{\"query\":{\"match_all\":{}}}");
        } catch (Exception | AssertionError e) {
            return -1;
        }
    }

    private long revised() {
        try {
            return count("newsroom-articles", "{\"query\":{\"range\":{\"revision\":{\"gte\":2}}}}");
        } catch (Exception | AssertionError e) {
            return -1;
        }
    }

    private long count(String index, String query) throws Exception {
        return post("/" + index + "/_count", query).get("count").asLong();
    }

    private JsonNode post(String path, String body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(searchUrl + path))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json.readTree(r.body());
    }

    /**
     * Every document by URL.
     *
     * @param duplicated documents whose URL another document already has
     */
    private record Documents(Map<String, JsonNode> byUrl, int duplicated) {
    }

    private Documents documents() throws Exception {
        Map<String, JsonNode> docs = new HashMap<>();
        int duplicated = 0;
        JsonNode page = post("/newsroom-articles/_search?scroll=1m",
                "{\"size\":1000,\"_source\":[\"url\",\"revision\",\"text\"],\"sort\":[\"_doc\"]}");
        while (page.get("hits").get("hits").size() > 0) {
            for (JsonNode hit : page.get("hits").get("hits")) {
                JsonNode source = hit.get("_source");
                String url = source.get("url").asString();
                assertThat(hit.get("_id").asString()).isEqualTo(ArticleId.of(url));
                if (docs.put(url, source) != null) {
                    duplicated++;
                }
            }
            page = post("/_search/scroll", "{\"scroll\":\"1m\",\"scroll_id\":\"" + page.get("_scroll_id").asString() + "\"}");
        }
        return new Documents(docs, duplicated);
    }

    private static List<ConsumerRecord<String, byte[]>> readAll(LocalPipeline pipeline, String topic) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, pipeline.kafkaBootstrap(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                // what the services and subscribers read: aborted sends of a crashed instance are not news
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, byte[]>> all = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(500)).forEach(all::add);
            }
        }
        return all;
    }

    private static Map<String, List<Alert>> alertsByUrl(LocalPipeline pipeline, String ruleId) {
        Map<String, List<Alert>> byUrl = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : readAll(pipeline, Topics.ALERTS)) {
            Alert a = MessageCodec.decode(r.value(), Alert.class);
            if (a.ruleId().equals(ruleId) && a.article() != null) {
                byUrl.computeIfAbsent(a.article().url(), u -> new ArrayList<>()).add(a);
            }
        }
        return byUrl;
    }

    /** Ingest's dead letters by URL. */
    private static Map<String, String> ingestDeadLetters(LocalPipeline pipeline) {
        Map<String, String> dead = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : readAll(pipeline, Topics.FRONTIER_DLT)) {
            DeadLetter d = MessageCodec.decode(r.value(), DeadLetter.class);
            dead.put(d.url(), d.reason());
        }
        return dead;
    }

    /** Enrich's dead letters (the raw article with its reason in a header) by article id. */
    private static Map<String, String> enrichDeadLetters(LocalPipeline pipeline) {
        Map<String, String> dead = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : readAll(pipeline, Topics.RAW_DLT)) {
            var reason = r.headers().lastHeader(Topics.REASON_HEADER);
            dead.put(r.key(), reason == null ? "(no reason)" : new String(reason.value(), StandardCharsets.UTF_8));
        }
        return dead;
    }
}
