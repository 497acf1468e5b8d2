package io.newsroom.query.alert;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsroom.contracts.Alert;
import io.newsroom.contracts.InvalidMessageException;
import io.newsroom.contracts.MessageCodec;
import io.newsroom.contracts.Topics;
import io.newsroom.query.QueryProperties;

/**
 * Decides what becomes of each match: recorded once in the history (a repeat of a recorded alert is dropped, or
 * published if a crash came between recording and publishing), muted, held back over the rule's hourly limit, or
 * published on {@link Topics#ALERTS}. Matches are keyed by rule, so one instance decides all of a rule's alerts
 * and its hourly counts are its own; they start from the history when a rule's hour is first seen.
 */
@Component
class AlertDecider {

    private static final Logger log = LoggerFactory.getLogger(AlertDecider.class);

    private final AlertHistory history;
    private final RuleStore rules;
    private final KafkaTemplate<String, byte[]> kafka;
    private final MeterRegistry meters;
    private final QueryProperties.Alerts props;
    /** Delivered alerts per rule and hour ("rule|hour"); the current and the previous hour are kept. */
    private final Map<String, AtomicLong> delivered = new ConcurrentHashMap<>();

    AlertDecider(AlertHistory history, RuleStore rules, KafkaTemplate<String, byte[]> kafka, MeterRegistry meters,
            QueryProperties props) {
        this.history = history;
        this.rules = rules;
        this.kafka = kafka;
        this.meters = meters;
        this.props = props.alerts();
    }

    @KafkaListener(topics = Topics.ALERT_MATCHES, groupId = "query-alert-decider")
    void onBatch(List<ConsumerRecord<String, byte[]>> records)
            throws IOException, InterruptedException, ExecutionException, TimeoutException {
        for (ConsumerRecord<String, byte[]> r : records) {
            Alert alert;
            try {
                alert = MessageCodec.decode(r.value(), Alert.class);
            } catch (InvalidMessageException e) {
                log.warn("undecodable alert match at offset {}: {}", r.offset(), e.getMessage());
                continue;
            }
            decide(alert);
        }
    }

    void decide(Alert alert) throws IOException, InterruptedException, ExecutionException, TimeoutException {
        Optional<AlertRecord> known = history.get(alert.id());
        if (known.isPresent()) {
            finishPublishing(known.get());
            return;
        }
        Optional<AlertRule> rule = rules.rule(alert.ruleId());
        if (rule.isEmpty()) {
            return; // deleted since it matched
        }
        Instant now = Instant.now();
        Instant hour = now.truncatedTo(ChronoUnit.HOURS);
        String status = rule.get().muted() ? AlertRecord.MUTED
                : overLimit(rule.get(), hour) ? AlertRecord.THROTTLED : AlertRecord.DELIVERED;
        AlertRecord record = AlertRecord.of(alert, status, now, hour);
        if (!history.create(record)) {
            history.get(alert.id()).ifPresent(this::finishPublishingUnchecked);
            return;
        }
        meters.counter("newsroom.query.alerts", "status", status).increment();
        if (AlertRecord.DELIVERED.equals(status)) {
            counter(rule.get().id(), hour).incrementAndGet();
            publish(record);
        }
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

    private void finishPublishingUnchecked(AlertRecord r) {
        try {
            finishPublishing(r);
        } catch (IOException | InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("publishing alert " + r.id() + " failed", e);
        }
    }

    /** A recorded alert whose publishing a crash interrupted is published now; any other repeat is dropped. */
    private void finishPublishing(AlertRecord r) throws IOException, InterruptedException, ExecutionException, TimeoutException {
        if (AlertRecord.DELIVERED.equals(r.status()) && !r.published()) {
            publish(r);
        }
    }

    private void publish(AlertRecord r) throws IOException, InterruptedException, ExecutionException, TimeoutException {
        kafka.send(Topics.ALERTS, r.ruleId(), MessageCodec.encode(r.alert())).get(60, TimeUnit.SECONDS);
        history.markPublished(r.id());
    }

    /**
     * Throttled alerts of each ended hour become one digest per rule and hour, published like an alert. The
     * digest's id is the rule's and the hour's, so instances running this at once make one; a crash before the
     * held-back alerts are marked is finished by the next run.
     */
    @Scheduled(fixedDelayString = "${newsroom.query.alerts.digest-interval}", initialDelayString = "${newsroom.query.alerts.digest-interval}")
    void sendDigests() {
        sendDigests(Instant.now());
    }

    void sendDigests(Instant now) {
        try {
            Instant hour = now.truncatedTo(ChronoUnit.HOURS);
            Map<String, List<AlertRecord>> byRuleHour = new LinkedHashMap<>();
            for (AlertRecord r : history.undigested(hour, 5000)) {
                byRuleHour.computeIfAbsent(r.ruleId() + "|" + r.hour(), k -> new ArrayList<>()).add(r);
            }
            for (List<AlertRecord> held : byRuleHour.values()) {
                AlertRecord first = held.get(0);
                List<Alert.Item> items = held.stream().limit(props.digestItems())
                        .map(r -> new Alert.Item(r.id(), r.kind(), r.headline(),
                                r.alert().article() != null ? r.alert().article().url() : null)).toList();
                Alert digest = AlertFactory.digest(first.ruleId(), first.ruleName(), first.hour(), held.size(), items, Instant.now());
                AlertRecord record = AlertRecord.of(digest, AlertRecord.DELIVERED, Instant.now(), first.hour());
                if (history.create(record)) {
                    publish(record);
                } else {
                    history.get(record.id()).ifPresent(this::finishPublishingUnchecked);
                }
                history.setDigest(held.stream().map(AlertRecord::id).toList(), digest.id());
                log.info("digest {} for rule {}: {} alert(s) held back in the hour from {}", digest.id(), first.ruleId(),
                        held.size(), first.hour());
            }
        } catch (IOException | RuntimeException | InterruptedException | ExecutionException | TimeoutException e) {
            log.warn("sending digests failed, will try again: {}", e.toString());
        }
    }
}
