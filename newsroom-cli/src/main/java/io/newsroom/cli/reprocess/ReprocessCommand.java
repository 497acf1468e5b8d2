package io.newsroom.cli.reprocess;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import io.newsroom.cli.kafka.GroupProgress;
import io.newsroom.cli.kafka.Pipeline;
import io.newsroom.cli.kafka.ResendingSender;
import io.newsroom.contracts.InvalidMessageException;
import io.newsroom.contracts.MessageCodec;
import io.newsroom.contracts.RawArticle;
import io.newsroom.contracts.Topics;

/**
 * {@code ./newsroom reprocess [--since DATE] [--broker HOST:PORT]}: enriches stored articles again, after the
 * gazetteer or the extractor changed. Reads the compacted raw topic (the latest revision of every article), queues
 * those fetched since DATE on the reprocess topic, and waits until enrich has taken them. The re-enriched article
 * keeps its revision, so the index replaces it in place.
 */
public final class ReprocessCommand {

    public static final String USAGE = """
            usage: ./newsroom reprocess [--since YYYY-MM-DD] [--broker HOST:PORT]

            Sends the stored articles through enrichment again (after the gazetteer, the extractor or the event
            rules changed): their documents are replaced, not duplicated. Prints progress, then waits until the
            enrich service has taken them.

            options:
              --since YYYY-MM-DD   only articles fetched on or after that day (default: all)
              --broker HOST:PORT   the pipeline's Kafka (default: KAFKA_BOOTSTRAP_SERVERS, else localhost:9092)
            """;
    private static final String ENRICH_GROUP = "enrich";

    /** How often a progress line is printed while reading. */
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);
    /** How long articles the broker did not take are sent again while it takes none. */
    private static final Duration SEND_PATIENCE = Duration.ofMinutes(5);
    /** How long to wait for the service to take queued work while it takes none. */
    private static final Duration IDLE_LIMIT = Duration.ofSeconds(60);

    public int run(List<String> args, PrintStream out, PrintStream err) throws InterruptedException {
        String broker = Pipeline.defaultBroker();
        Instant since = Instant.EPOCH;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--broker") && i + 1 < args.size()) {
                broker = args.get(++i);
            } else if (args.get(i).equals("--since") && i + 1 < args.size()) {
                try {
                    since = LocalDate.parse(args.get(++i)).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException e) {
                    err.printf("newsroom reprocess: --since takes a date as YYYY-MM-DD, not '%s'%n%s", args.get(i), USAGE);
                    return 2;
                }
            } else {
                err.printf("newsroom reprocess: %s '%s'%n%s", args.get(i).startsWith("--") ? "unknown option"
                        : "unexpected argument", args.get(i), USAGE);
                return 2;
            }
        }
        try (Admin admin = Pipeline.admin(broker)) {
            int partitions;
            try {
                partitions = Pipeline.topics(admin, broker, List.of(Topics.RAW, Topics.REPROCESS)).get(Topics.RAW)
                        .partitions().size();
            } catch (IllegalStateException e) {
                err.printf("newsroom reprocess: %s%n", e.getMessage());
                return 1;
            }
            Map<Integer, Long> queuedUpTo = new ConcurrentHashMap<>();
            long queued = queue(broker, partitions, since, queuedUpTo, out, err);
            if (queued < 0) {
                return 1;
            }
            if (queued == 0) {
                return 0;
            }
            out.printf("reprocess: waiting for enrich to take %d article(s)%n", queued);
            if (GroupProgress.await(admin, ENRICH_GROUP, Topics.REPROCESS, queuedUpTo, IDLE_LIMIT.toMillis())) {
                out.printf("reprocess: enrich re-enriched all %d article(s)%n", queued);
                return 0;
            }
            err.printf("newsroom reprocess: enrich took nothing for %d s (is the enrich service running?); the queued "
                    + "articles stay queued and are enriched when it runs%n", IDLE_LIMIT.toSeconds());
            return 3;
        }
    }

    /** @return records queued, or -1 when the broker did not take them */
    private long queue(String broker, int partitions, Instant since, Map<Integer, Long> queuedUpTo, PrintStream out,
            PrintStream err) throws InterruptedException {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
        List<TopicPartition> all = new ArrayList<>();
        for (int p = 0; p < partitions; p++) {
            all.add(new TopicPartition(Topics.RAW, p));
        }
        Set<String> ids = new HashSet<>();
        long read = 0;
        long older = 0;
        long unreadable = 0;
        Exception failure;
        long t0 = System.nanoTime();
        long nextReport = t0 + PROGRESS_EVERY.toNanos();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer()); KafkaProducer<String, byte[]> producer = Pipeline.producer(broker)) {
            ResendingSender sender = new ResendingSender(producer, SEND_PATIENCE, out, "reprocess");
            consumer.assign(all);
            consumer.seekToBeginning(all);
            Map<TopicPartition, Long> end = consumer.endOffsets(all);
            long total = end.values().stream().mapToLong(Long::longValue).sum();
            while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    read++;
                    RawArticle raw;
                    try {
                        raw = MessageCodec.decode(r.value(), RawArticle.class);
                    } catch (InvalidMessageException e) {
                        unreadable++;
                        continue;
                    }
                    if (raw.fetchedAt().isBefore(since)) {
                        older++;
                        continue;
                    }
                    ids.add(raw.id());
                    // the bytes as stored: enrich reads them exactly as it read them first
                    // every stored revision is queued and enrich orders them, so a resend needs no check
                    sender.send(new ProducerRecord<>(Topics.REPROCESS, r.key(), r.value()),
                            md -> queuedUpTo.merge(md.partition(), md.offset(), Math::max), () -> true);
                }
                if (System.nanoTime() >= nextReport) {
                    nextReport = System.nanoTime() + PROGRESS_EVERY.toNanos();
                    out.printf("reprocess: %d of %d stored records read%n", read, total);
                }
            }
            failure = sender.finish();
        }
        if (failure != null) {
            err.printf("newsroom reprocess: the broker did not take every article (%s); run it again%n",
                    failure.getMessage());
            return -1;
        }
        out.printf("reprocess: %d article(s) queued from %d stored record(s) (%d fetched before %s, %d unreadable), "
                + "%.1f s%n", ids.size(), read, older, since.equals(Instant.EPOCH) ? "any date" : since.toString()
                .substring(0, 10), unreadable, (System.nanoTime() - t0) / 1e9);
        // records, not articles: an older revision compaction has not removed yet is queued too, and harmless
        return read - older - unreadable;
    }
}
