package io.newsroom.cli.warc;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import io.newsroom.contracts.DeadLetter;
import io.newsroom.contracts.FrontierEntry;
import io.newsroom.contracts.MessageCodec;
import io.newsroom.contracts.Topics;
import io.newsroom.cli.kafka.GroupProgress;
import io.newsroom.cli.kafka.Pipeline;
import io.newsroom.cli.kafka.ResendingSender;
import io.newsroom.ingest.fetch.FrontierEntries;
import io.newsroom.ingest.seen.ContentHash;
import io.newsroom.ingest.seen.SeenLog;
import io.newsroom.contracts.SeenRecord;
import io.newsroom.ingest.warc.WarcReader;

/**
 * {@code ./newsroom import-warc [--broker HOST:PORT] FILE...}: puts every HTML page captured in the archives on
 * the running pipeline's frontier, where ingest takes it as if fetched (same dedup, revisions and dead letters).
 * Pages whose visible text ingest already has are not queued at all, so importing a file twice adds nothing. Then
 * it waits until ingest has taken what was queued.
 */
public final class ImportWarcCommand {

    public static final String USAGE = """
            usage: ./newsroom import-warc [--broker HOST:PORT] [--backfill] FILE...

            Puts every HTML page captured in the WARC or WARC.gz files on the running pipeline's frontier, where
            ingest takes it as if fetched (same dedup, revisions and dead letters); pages ingest already has with
            the same text are not queued again. Prints progress, then waits until ingest has taken the pages.

            options:
              --broker HOST:PORT   the pipeline's Kafka (default: KAFKA_BOOTSTRAP_SERVERS, else localhost:9092)
              --backfill           follow the pages through the whole pipeline, not only into ingest: every 2 s a
                                   line "import-warc: backfill S s: N articles indexed, R pages/s; behind: ingest A,
                                   enrich B, query-indexer C" (articles indexed since the start; behind: messages
                                   each stage's consumer group has still to take), and at the end "import-warc: all
                                   P page(s) indexed (or dead-lettered) S s after the start, R pages/s; searchable
                                   from the index's next refresh (1 s)". Exit status 3 also when enrich or the
                                   indexer takes nothing for 60 s. It has no settings of its own.
            """;
    /** The consumer group of ingest's fetchers, whose progress on the frontier tells when the import is taken. */
    private static final String INGEST_GROUP = "ingest";
    private static final long MAX_PAGE_BYTES = 8L * 1024 * 1024;

    /** How often a progress line is printed while reading. */
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);
    /** How long to wait for the service to take queued work while it takes none. */
    private static final Duration IDLE_LIMIT = Duration.ofSeconds(60);
    /** How long pages the broker did not take are sent again while it takes none. */
    private static final Duration SEND_PATIENCE = Duration.ofMinutes(5);

    public int run(List<String> args, PrintStream out, PrintStream err) throws InterruptedException {
        long startNanos = System.nanoTime();
        String broker = Pipeline.defaultBroker();
        List<Path> files = new ArrayList<>();
        boolean backfill = false;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--broker") && i + 1 < args.size()) {
                broker = args.get(++i);
            } else if (args.get(i).equals("--backfill")) {
                backfill = true;
            } else if (args.get(i).startsWith("--")) {
                err.printf("newsroom import-warc: unknown option '%s'%n%s", args.get(i), USAGE);
                return 2;
            } else {
                files.add(Path.of(args.get(i)));
            }
        }
        if (files.isEmpty()) {
            err.print(USAGE);
            return 2;
        }
        for (Path f : files) {
            if (!Files.isRegularFile(f) || !Files.isReadable(f)) {
                err.printf("newsroom import-warc: cannot read %s%n", f);
                return 2;
            }
        }
        try (Admin admin = Pipeline.admin(broker)) {
            int partitions;
            try {
                partitions = Pipeline.topics(admin, broker, List.of(Topics.FRONTIER, Topics.SEEN)).get(Topics.SEEN)
                        .partitions().size();
            } catch (IllegalStateException e) {
                err.printf("newsroom import-warc: %s%n", e.getMessage());
                return 1;
            }
            Map<String, String> known = seenHashes(broker, partitions);
            out.printf("import-warc: ingest has %d articles; importing %d file(s) through %s%n", known.size(),
                    files.size(), broker);
            Map<Integer, Long> queuedUpTo = new ConcurrentHashMap<>();
            BackfillWatch watch = backfill ? new BackfillWatch(admin, out, startNanos) : null;
            ScheduledExecutorService reporter = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "backfill-progress");
                t.setDaemon(true);
                return t;
            });
            try {
                if (watch != null) {
                    reporter.scheduleAtFixedRate(() -> report(watch), PROGRESS_EVERY.toMillis(),
                            PROGRESS_EVERY.toMillis(), TimeUnit.MILLISECONDS);
                }
                long queued = 0;
                try (KafkaProducer<String, byte[]> producer = Pipeline.producer(broker)) {
                    for (Path file : files) {
                        Long n = importFile(file, producer, known, queuedUpTo, out, err);
                        if (n == null) {
                            return 1;
                        }
                        queued += n;
                    }
                }
                int code = queued == 0 ? 0 : awaitIngest(admin, queuedUpTo, queued, out, err);
                return code != 0 || watch == null || queued == 0 ? code : awaitIndexed(watch, queuedUpTo, queued, out, err);
            } finally {
                reporter.shutdownNow();
            }
        }
    }

    private static void report(BackfillWatch watch) {
        try {
            watch.report();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until enrich and the indexer are past the pages ingest took, and says when. */
    private static int awaitIndexed(BackfillWatch watch, Map<Integer, Long> queuedUpTo, long queued, PrintStream out,
            PrintStream err) throws InterruptedException {
        double seconds = watch.awaitIndexed(queuedUpTo, IDLE_LIMIT.toMillis());
        if (seconds < 0) {
            err.printf("newsroom import-warc: %s took nothing for %d s (is its service running?); the pages stay "
                    + "queued and are taken when it runs%n", watch.stalled(), IDLE_LIMIT.toSeconds());
            return 3;
        }
        watch.report();
        out.printf("import-warc: all %d page(s) indexed (or dead-lettered) %.1f s after the start, %.1f pages/s; "
                + "searchable from the index's next refresh (1 s)%n", queued, seconds, queued / Math.max(seconds, 1e-9));
        return 0;
    }

    /** @return pages queued, or null when the file could not be imported */
    private Long importFile(Path file, KafkaProducer<String, byte[]> producer, Map<String, String> known,
            Map<Integer, Long> queuedUpTo, PrintStream out, PrintStream err) throws InterruptedException {
        String name = file.getFileName().toString();
        String source = "warc:" + name;
        AtomicLong fresh = new AtomicLong();
        AtomicLong changed = new AtomicLong();
        AtomicLong unchanged = new AtomicLong();
        ResendingSender sender = new ResendingSender(producer, SEND_PATIENCE, out, "import-warc");
        long t0 = System.nanoTime();
        long[] nextReport = {t0 + PROGRESS_EVERY.toNanos()};
        WarcReader.Sink sink = new WarcReader.Sink() {
            @Override
            public void page(FrontierEntry entry) {
                String hash = ContentHash.of(entry.capture().body());
                String previous = known.put(entry.id(), hash);
                if (hash.equals(previous)) {
                    unchanged.incrementAndGet();
                    return;
                }
                (previous == null ? fresh : changed).incrementAndGet();
                // keyed by site like every frontier entry, although a capture costs its site no request: the site's
                // partition holds the seen state of its articles, which decides new, revised or unchanged
                sender.send(new ProducerRecord<>(Topics.FRONTIER, FrontierEntries.key(entry), MessageCodec.encode(entry)),
                        md -> queuedUpTo.merge(md.partition(), md.offset(), Math::max),
                        () -> hash.equals(known.get(entry.id())));
            }

            @Override
            public void rejected(String url, String reason) {
                ProducerRecord<String, byte[]> dead = new ProducerRecord<>(Topics.FRONTIER_DLT, url, MessageCodec.encode(
                        new DeadLetter("warc", source, url, reason, Clock.systemUTC().instant())));
                dead.headers().add(Topics.REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8));
                sender.send(dead, md -> {
                }, () -> true);
            }
        };
        WarcReader.Progress done;
        try {
            done = new WarcReader(MAX_PAGE_BYTES).read(file, source, sink, p -> {
                long now = System.nanoTime();
                if (now >= nextReport[0]) {
                    nextReport[0] = now + PROGRESS_EVERY.toNanos();
                    out.printf("import-warc: %s %.1f%% %d records %.0f records/s%n", name, 100 * p.shareDone(),
                            p.records(), p.records() / ((now - t0) / 1e9));
                }
            });
        } catch (IOException e) {
            err.printf("newsroom import-warc: %s: %s%n", file, e.getMessage());
            return null;
        }
        Exception sendFailure = sender.finish();
        if (sendFailure != null) {
            err.printf("newsroom import-warc: %s: the broker did not take every page (%s); import the file again%n",
                    file, sendFailure.getMessage());
            return null;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        out.printf("import-warc: %s: %d records, %d pages (%d new, %d changed, %d unchanged), %d skipped, %d rejected,"
                + " %.1f s, %.0f records/s%n", name, done.records(), done.pages(), fresh.get(), changed.get(),
                unchanged.get(), done.skipped(), done.rejected(), seconds, done.records() / Math.max(seconds, 1e-9));
        return fresh.get() + changed.get();
    }

    /** The content hash of every article ingest has published, from its seen topic. */
    private static Map<String, String> seenHashes(String broker, int partitions) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        Map<String, String> hashes = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> all = new ArrayList<>();
            for (int p = 0; p < partitions; p++) {
                all.add(new TopicPartition(Topics.SEEN, p));
            }
            for (Map<String, SeenRecord> records : SeenLog.read(consumer, all).values()) {
                records.values().stream().filter(r -> r.contentHash() != null)
                        .forEach(r -> hashes.put(r.id(), r.contentHash()));
            }
        }
        return hashes;
    }

    /** Waits while ingest's fetchers make progress on the frontier, until they are past every queued page. */
    private int awaitIngest(Admin admin, Map<Integer, Long> queuedUpTo, long queued, PrintStream out, PrintStream err)
            throws InterruptedException {
        out.printf("import-warc: waiting for ingest to take %d queued page(s)%n", queued);
        if (GroupProgress.await(admin, INGEST_GROUP, Topics.FRONTIER, queuedUpTo, IDLE_LIMIT.toMillis())) {
            out.printf("import-warc: ingest took all %d queued page(s)%n", queued);
            return 0;
        }
        err.printf("newsroom import-warc: ingest took nothing for %d s (is the ingest service running?); the queued "
                + "pages stay queued and are fetched when it runs%n", IDLE_LIMIT.toSeconds());
        return 3;
    }
}
