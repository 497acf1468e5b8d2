package io.newsroom.bench;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;

import io.newsroom.cli.kafka.Pipeline;
import io.newsroom.cli.up.LocalPipeline;
import io.newsroom.cli.up.PipelineOptions;
import io.newsroom.contracts.ArticleId;
import io.newsroom.contracts.ItemHints;
import io.newsroom.contracts.MessageCodec;
import io.newsroom.contracts.RawArticle;
import io.newsroom.contracts.Topics;
import io.newsroom.ingest.fetch.CharsetSniffer;
import io.newsroom.localstack.Ports;

/**
 * The enrich stage scaled out, on the embedded stack: the real broker and the enrich service's jar, with one instance
 * and with two, each with the same consumer threads. One pipeline runs throughout (an idle ingest instance with no
 * sources declares the raw topic, as in production; no search node): the second enrich instance is stopped for the
 * one-instance measurements and started again for the two-instance ones, in the order 1, 2, 2, 1, 1, 2... (a cold
 * second instance warms up on each measurement's warm-up batch), so that both see the same machine and broker.
 * A measurement fills {@code news.article.raw.v1} with raw articles made of real pages (the seed pages and a
 * directory's), first a warm-up batch, then the measured batch in one burst, and times from the first send until
 * every article of the batch is enriched (or dead-lettered).
 */
final class EnrichScaleBench {

    private static final int PARTITIONS = 6;
    private static final String SECOND = "enrich-service-2";

    private EnrichScaleBench() {
    }

    static void run(List<String> args) throws Exception {
        int articles = Options.number(args, "--articles", 2000);
        int warmup = Options.number(args, "--warmup", 300);
        // the service's own default (NEWSROOM_ENRICH_CONCURRENCY)
        int threads = Options.number(args, "--threads", 3);
        int rounds = Options.number(args, "--rounds", 2);
        int i = args.indexOf("--pages");
        List<String> pages = pages(i >= 0 ? Path.of(args.get(i + 1)) : null);
        System.out.printf(Locale.ROOT, "enrich-scale: %d raw articles per measurement (after %d to warm up) from %d "
                + "real pages, %d raw partitions, %d consumer thread(s) per instance, %d cores, %d round(s)%n", articles,
                warmup, pages.size(), PARTITIONS, threads, Runtime.getRuntime().availableProcessors(), rounds);
        Path state = Files.createTempDirectory("bench-enrich-scale");
        Path sources = Files.writeString(state.resolve("sources.yml"), "sources: []\n");
        PipelineOptions options = new PipelineOptions(Path.of("").toAbsolutePath(), state, sources,
                new PipelineOptions.Ports(Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free(),
                        Ports.free()), new PipelineOptions.Instances(1, 2, 0));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Map<Integer, List<Double>> rates = new TreeMap<>();
        try (LocalPipeline pipeline = new LocalPipeline(options, new PrintStream(log, true, StandardCharsets.UTF_8))
                .env("NEWSROOM_TOPIC_PARTITIONS", String.valueOf(PARTITIONS))
                .env("NEWSROOM_ENRICH_CONCURRENCY", String.valueOf(threads)).start();
                Admin admin = Pipeline.admin(pipeline.kafkaBootstrap());
                KafkaProducer<String, byte[]> producer = Pipeline.producer(pipeline.kafkaBootstrap())) {
            int sent = 0;
            int running = 2;
            for (int round = 1; round <= rounds; round++) {
                // ABBA: 1 then 2 instances in odd rounds, 2 then 1 in even ones, so that a drift of the machine
                // (the broker's log growing, the JIT settling) weighs on both alike
                for (int instances : round % 2 == 1 ? new int[] {1, 2} : new int[] {2, 1}) {
                    if (instances != running) {
                        if (instances == 1) {
                            pipeline.stop(SECOND);
                        } else {
                            pipeline.restart(SECOND);
                        }
                        running = instances;
                    }
                    awaitMembers(admin, instances * threads);
                    sent = batch(producer, admin, pages, sent, warmup);
                    long t0 = System.nanoTime();
                    sent = batch(producer, admin, pages, sent, articles);
                    double seconds = (System.nanoTime() - t0) / 1e9;
                    rates.computeIfAbsent(instances, n -> new ArrayList<>()).add(articles / seconds);
                    System.out.printf(Locale.ROOT, "enrich-scale: round %d, %d instance(s): %d articles in %.1f s, "
                            + "%.1f articles/s%n", round, instances, articles, seconds, articles / seconds);
                }
            }
        } catch (RuntimeException e) {
            System.out.println(log.toString(StandardCharsets.UTF_8));
            throw e;
        }
        double one = median(rates.get(1));
        double two = median(rates.get(2));
        System.out.printf(Locale.ROOT, "%-10s %14s  %s%n", "instances", "median art/s", "each round");
        for (int n = 1; n <= 2; n++) {
            System.out.printf(Locale.ROOT, "%-10d %14.1f  %s%n", n, median(rates.get(n)), rates.get(n).stream()
                    .map(r -> String.format(Locale.ROOT, "%.1f", r)).toList());
        }
        System.out.printf(Locale.ROOT, "enrich-scale: median, 1 instance: %.1f articles/s; 2 instances: %.1f articles/s "
                + "(%.2fx)%n", one, two, two / one);
    }

    /** Sends {@code n} more articles and waits until all are enriched or dead-lettered; @return articles sent so far */
    private static int batch(KafkaProducer<String, byte[]> producer, Admin admin, List<String> pages, int sent, int n)
            throws Exception {
        send(producer, pages, sent, sent + n);
        awaitDone(admin, sent + n);
        return sent + n;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }

    /** Raw articles {@code from} to {@code to}, each a page of the list under a URL of its own. */
    private static void send(KafkaProducer<String, byte[]> producer, List<String> pages, int from, int to) {
        for (int k = from; k < to; k++) {
            String url = "https://bench-" + (k % 50) + ".example/articles/" + k;
            RawArticle raw = new RawArticle(RawArticle.SCHEMA_VERSION, ArticleId.of(url), url, url, url, "bench", 1,
                    Instant.now(), "text/html", "UTF-8", pages.get(k % pages.size()), ItemHints.none());
            producer.send(new ProducerRecord<>(Topics.RAW, raw.id(), MessageCodec.encode(raw)));
        }
        producer.flush();
    }

    /** Waits until exactly {@code members} enrich consumers hold every raw partition between them. */
    private static void awaitMembers(Admin admin, int members) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of("enrich")).all()
                    .get(10, TimeUnit.SECONDS).get("enrich");
            long raw = group.members().stream().flatMap(m -> m.assignment().topicPartitions().stream())
                    .filter(tp -> tp.topic().equals(Topics.RAW)).count();
            if (group.groupState() == GroupState.STABLE && group.members().size() == members && raw == PARTITIONS) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the enrich instances did not join their group within 2 minutes");
    }

    /** Waits until {@code total} articles have been enriched or dead-lettered. */
    private static void awaitDone(Admin admin, long total) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(20);
        while (ends(admin, Topics.ENRICHED) + ends(admin, Topics.RAW_DLT) < total) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("enrich did not finish " + total + " articles within 20 minutes");
            }
            Thread.sleep(100);
        }
    }

    private static long ends(Admin admin, String topic) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (int p = 0; p < PARTITIONS; p++) {
            latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
        }
        return admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).values().stream()
                .mapToLong(o -> o.offset()).sum();
    }

    /** The seed pages and the directory's, decoded as ingest decodes them. */
    private static List<String> pages(Path dir) throws Exception {
        CharsetSniffer charsets = new CharsetSniffer();
        List<byte[]> bodies = new ArrayList<>();
        for (String seed : SeedArticles.pages()) {
            try (InputStream in = SeedArticles.class.getResourceAsStream(seed)) {
                bodies.add(in.readAllBytes());
            }
        }
        if (dir != null) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                    bodies.add(Files.readAllBytes(f));
                }
            }
        }
        return bodies.stream().map(b -> charsets.decode(b, charsets.sniff(b, null))).toList();
    }
}
