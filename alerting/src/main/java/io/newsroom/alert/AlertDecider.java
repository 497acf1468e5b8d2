package io.newsroom.alert;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsroom.contracts.Alert;
import io.newsroom.contracts.MessageCodec;
import io.newsroom.contracts.Topics;
import io.newsroom.kafka.DeadLetters;
import io.newsroom.kafka.DecodingListener;

/**
 * Decides what becomes of each match: recorded once in the history (a repeat of a recorded alert is dropped, or
 * published if a crash came between recording and publishing), muted, held back over the rule's hourly limit, or
 * published on {@link Topics#ALERTS}. Matches are keyed by rule, so one instance decides all of a rule's alerts
 * and its hourly counts are its own; they start from the history when a rule's hour is first seen. Thread-safe.
 */
public class AlertDecider extends DecodingListener<Alert> {

    private static final Logger log = LoggerFactory.getLogger(AlertDecider.class);

    private final AlertHistory history;
    private final RuleStore rules;
    private final KafkaTemplate<String, byte[]> kafka;
    private final MeterRegistry meters;
    private final AlertSettings settings;
    /** Delivered alerts per rule and hour ("rule|hour"); the current and the previous hour are kept. */
    private final Map<String, AtomicLong> delivered = new ConcurrentHashMap<>();

    AlertDecider(AlertHistory history, RuleStore rules, AlertingConfiguration.AlertTransactions transactions,
            DeadLetters deadLetters, MeterRegistry meters, AlertSettings settings) {
        super(Alert.class, deadLetters, Undecodable.DEAD_LETTER);
        this.history = history;
        this.rules = rules;
        this.kafka = transactions.template();
        this.meters = meters;
        this.settings = settings;
    }

    /**
     * A batch at a time, in a Kafka transaction with the batch's offsets: one realtime multi-get for the ids already
     * recorded, one bulk create for the new ones, the delivered ones sent together; after the commit one bulk update
     * marks them published. A crash before the commit aborts the sends and replays the batch, which finds what was
     * recorded and sends it; after the commit the batch is not read again.
     */
    @KafkaListener(topics = Topics.ALERT_MATCHES, groupId = "query-alert-decider",
            containerFactory = "alertDeciderContainerFactory")
    void onBatch(List<ConsumerRecord<String, byte[]>> records) throws IOException {
        Map<String, Alert> alerts = new LinkedHashMap<>();
        Map<String, AlertRecord.MatchPosition> positions = new HashMap<>();
        Map<Integer, Long> batchStart = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            batchStart.merge(r.partition(), r.offset(), Math::min);
            decode(r).ifPresent(a -> {
                if (alerts.putIfAbsent(a.id(), a) == null) {
                    positions.put(a.id(), new AlertRecord.MatchPosition(r.partition(), r.offset()));
                }
            });
        }
        decide(new ArrayList<>(alerts.values()), positions, batchStart);
    }

    /**
     * @param positions  where each alert's match is on the matches topic
     * @param batchStart per partition, the first offset of this batch
     */
    void decide(List<Alert> alerts, Map<String, AlertRecord.MatchPosition> positions, Map<Integer, Long> batchStart)
            throws IOException {
        Map<String, AlertRecord> known = history.getAll(alerts.stream().map(Alert::id).toList());
        List<AlertRecord> toPublish = new ArrayList<>();
        known.values().stream().filter(r -> unsent(r, batchStart)).forEach(toPublish::add);
        List<AlertRecord> fresh = new ArrayList<>();
        Instant now = Instant.now();
        Instant hour = now.truncatedTo(ChronoUnit.HOURS);
        for (Alert alert : alerts) {
            Optional<AlertRule> rule = rules.rule(alert.ruleId());
            if (known.containsKey(alert.id()) || rule.isEmpty()) {
                continue; // recorded before, or its rule was deleted since it matched
            }
            String status = rule.get().muted() ? AlertRecord.MUTED
                    : overLimit(rule.get(), hour) ? AlertRecord.THROTTLED : AlertRecord.DELIVERED;
            if (AlertRecord.DELIVERED.equals(status)) {
                counter(rule.get().id(), hour).incrementAndGet();
            }
            fresh.add(AlertRecord.of(alert, status, now, hour, positions.get(alert.id())));
        }
        Set<String> raced = history.createAll(fresh);
        for (AlertRecord r : fresh) {
            if (raced.contains(r.id())) {
                history.get(r.id()).filter(x -> unsent(x, batchStart)).ifPresent(toPublish::add);
                continue;
            }
            meters.counter("newsroom.query.alerts", "status", r.status()).increment();
            if (AlertRecord.DELIVERED.equals(r.status())) {
                toPublish.add(r);
            }
        }
        publish(toPublish);
    }

    /**
     * A delivered alert not yet marked published may still have been sent: marking follows the commit, and a crash
     * can come between. Its match's offset tells: a match before this batch was in a batch whose transaction
     * committed (else this batch would start at or before it), so it was sent; one inside this batch was not.
     */
    private static boolean unsent(AlertRecord r, Map<Integer, Long> batchStart) {
        if (!unpublished(r)) {
            return false;
        }
        if (r.match() == null) {
            return true;
        }
        Long start = batchStart.get(r.match().partition());
        return start != null && r.match().offset() >= start;
    }

    private static boolean unpublished(AlertRecord r) {
        return AlertRecord.DELIVERED.equals(r.status()) && !r.published();
    }

    private boolean overLimit(AlertRule rule, Instant hour) throws IOException {
        return rule.maxPerHour() > 0 && counter(rule.id(), hour).get() >= rule.maxPerHour();
    }

    private AtomicLong counter(String ruleId, Instant hour) throws IOException {
        String key = ruleId + "|" + hour;
        AtomicLong c = delivered.get(key);
        if (c == null) {
            delivered.keySet().removeIf(k -> !k.endsWith("|" + hour) && !k.endsWith("|" + hour.minus(1, ChronoUnit.HOURS)));
            c = new AtomicLong(history.delivered(ruleId, hour));
            delivered.put(key, c);
        }
        return c;
    }

    /**
     * Inside the listener's transaction the records are marked published after it commits; elsewhere (digests) in
     * a transaction of their own.
     */
    private void publish(List<AlertRecord> records) throws IOException {
        if (records.isEmpty()) {
            return;
        }
        List<String> ids = records.stream().map(AlertRecord::id).toList();
        if (kafka.inTransaction()) {
            send(kafka, records);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    try {
                        history.markPublished(ids);
                    } catch (IOException | RuntimeException e) {
                        // they are out; left unmarked they would be sent again only if matched again
                        log.warn("marking {} published alert(s) failed: {}", ids.size(), e.toString());
                    }
                }
            });
        } else {
            kafka.executeInTransaction(t -> {
                send(t, records);
                return null;
            });
            history.markPublished(ids);
        }
    }

    private static void send(KafkaOperations<String, byte[]> kafka, List<AlertRecord> records) {
        List<CompletableFuture<?>> acks = new ArrayList<>();
        for (AlertRecord r : records) {
            acks.add(kafka.send(Topics.ALERTS, r.ruleId(), MessageCodec.encode(r.alert())));
        }
        try {
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing alerts", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("publishing alerts failed: " + e, e);
        }
    }

    /**
     * Throttled alerts of each ended hour become one digest per rule and hour, published like an alert. The
     * digest's id is the rule's and the hour's, so instances running this at once make one; a crash before the
     * held-back alerts are marked is finished by the next run. The schedule runs it every digest interval.
     *
     * @param now the hours that ended before this are digested
     */
    public void sendDigests(Instant now) {
        try {
            Instant hour = now.truncatedTo(ChronoUnit.HOURS);
            Map<String, List<AlertRecord>> byRuleHour = new LinkedHashMap<>();
            List<AlertRecord> toPublishLater = new ArrayList<>();
            for (AlertRecord r : history.undigested(hour, 5000)) {
                byRuleHour.computeIfAbsent(r.ruleId() + "|" + r.hour(), k -> new ArrayList<>()).add(r);
            }
            for (List<AlertRecord> held : byRuleHour.values()) {
                AlertRecord first = held.get(0);
                List<Alert.Item> items = held.stream().limit(settings.digestItems())
                        .map(r -> new Alert.Item(r.id(), r.kind(), r.headline(),
                                r.alert().article() != null ? r.alert().article().url() : null)).toList();
                Alert digest = AlertFactory.digest(first.ruleId(), first.ruleName(), first.hour(), held.size(), items, Instant.now());
                AlertRecord record = AlertRecord.of(digest, AlertRecord.DELIVERED, Instant.now(), first.hour(), null);
                if (history.create(record)) {
                    publish(List.of(record));
                } else {
                    history.get(record.id()).filter(AlertDecider::unpublished).ifPresent(r -> toPublishLater.add(r));
                }
                history.setDigest(held.stream().map(AlertRecord::id).toList(), digest.id());
                log.info("digest {} for rule {}: {} alert(s) held back in the hour from {}", digest.id(), first.ruleId(),
                        held.size(), first.hour());
            }
            publish(toPublishLater);
        } catch (IOException | RuntimeException e) {
            log.warn("sending digests failed, will try again: {}", e.toString());
        }
    }
}
