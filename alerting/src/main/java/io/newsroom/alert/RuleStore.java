package io.newsroom.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import io.newsroom.contracts.InvalidMessageException;
import io.newsroom.contracts.MessageCodec;
import io.newsroom.contracts.Topics;
import io.newsroom.search.entity.EntityDirectory;
import io.newsroom.web.NotFoundException;

/**
 * The alert rules. Their record is the compacted {@link Topics#ALERT_RULES} topic (a tombstone deletes); every
 * instance reads it whole at start and then follows it, so every instance matches against every rule and a rule
 * changed on one instance reaches the others within a poll. A write is acknowledged by the broker before it is
 * answered, and is applied locally at once, so the writer reads its own write. Thread-safe.
 */
public class RuleStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RuleStore.class);

    private final KafkaTemplate<String, byte[]> kafka;
    private final Map<String, AlertRule> rules = new ConcurrentHashMap<>();
    private final RuleMatcher matcher;
    private final RuleValidator validator;
    private final TopicTail tail;

    RuleStore(KafkaTemplate<String, byte[]> kafka, ConsumerFactory<String, byte[]> consumers, EntityDirectory directory,
            AlertSettings settings) {
        this.kafka = kafka;
        this.validator = new RuleValidator(settings.webhookAllowedHosts(), directory::countryByCode);
        this.matcher = new RuleMatcher(directory::namedBy);
        this.tail = new TopicTail(consumers.getConfigurationProperties(), Topics.ALERT_RULES, true, this::apply);
    }

    @EventListener(ApplicationReadyEvent.class)
    void follow() throws InterruptedException {
        tail.start();
        if (tail.awaitCaughtUp(Duration.ofSeconds(30))) {
            log.info("alert rules loaded: {}", rules.size());
        } else {
            log.warn("alert rules not loaded within 30 s; matching goes on with those read so far and catches up");
        }
    }

    /** A poll's worth of rule changes, applied together (registering rules one by one is slow). */
    private synchronized void apply(List<ConsumerRecord<String, byte[]>> batch) {
        List<AlertRule> changed = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : batch) {
            if (r.value() == null) {
                applyLocally(changed);
                changed.clear();
                removeLocally(r.key());
                continue;
            }
            try {
                changed.add(MessageCodec.decode(r.value(), AlertRule.class));
            } catch (InvalidMessageException e) {
                log.warn("alert rule at offset {} is unreadable, skipped: {}", r.offset(), e.getMessage());
            }
        }
        applyLocally(changed);
    }

    /** A write this instance already applied, or an older one arriving after it, changes nothing. */
    private synchronized void applyLocally(List<AlertRule> batch) {
        Map<String, AlertRule> newer = new LinkedHashMap<>();
        for (AlertRule rule : batch) {
            AlertRule known = newer.containsKey(rule.id()) ? newer.get(rule.id()) : rules.get(rule.id());
            if (known == null || rule.updatedAt().isAfter(known.updatedAt())) {
                newer.put(rule.id(), rule);
            }
        }
        rules.putAll(newer);
        matcher.putAll(newer.values());
    }

    private synchronized void removeLocally(String id) {
        rules.remove(id);
        matcher.remove(id);
    }

    public RuleMatcher matcher() {
        return matcher;
    }

    public boolean loaded() {
        return tail.caughtUp();
    }

    public Optional<AlertRule> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /** Every rule, oldest first. */
    public List<AlertRule> all() {
        return rules.values().stream().sorted(Comparator.comparing(AlertRule::createdAt).thenComparing(AlertRule::id)).toList();
    }

    public AlertRule create(RuleRequest request) throws InterruptedException, ExecutionException, TimeoutException {
        return save(validator.toRule(UUID.randomUUID().toString(), request, null, Instant.now()));
    }

    public AlertRule replace(String id, RuleRequest request) throws InterruptedException, ExecutionException, TimeoutException {
        AlertRule previous = rule(id).orElseThrow(() -> new NotFoundException("no alert rule " + id));
        return save(validator.toRule(id, request, previous, Instant.now()));
    }

    /** Sets only the muting of a rule. */
    public AlertRule mute(String id, boolean muted) throws InterruptedException, ExecutionException, TimeoutException {
        AlertRule r = rule(id).orElseThrow(() -> new NotFoundException("no alert rule " + id));
        return save(new AlertRule(r.id(), r.name(), r.kind(), r.query(), r.lang(), r.source(), r.entity(), r.entityType(),
                r.country(), r.eventType(), r.actor(), r.sourceActor(), r.targetActor(),
                r.notifyStatusChange(), muted, r.maxPerHour(), r.webhooks(),
                r.createdAt(), Instant.now(), r.plover(), r.quad()));
    }

    public void delete(String id) throws InterruptedException, ExecutionException, TimeoutException {
        if (rules.containsKey(id)) {
            kafka.send(Topics.ALERT_RULES, id, null).get(30, TimeUnit.SECONDS);
            removeLocally(id);
        } else {
            throw new NotFoundException("no alert rule " + id);
        }
    }

    private AlertRule save(AlertRule rule) throws InterruptedException, ExecutionException, TimeoutException {
        kafka.send(Topics.ALERT_RULES, rule.id(), MessageCodec.encode(rule)).get(30, TimeUnit.SECONDS);
        applyLocally(List.of(rule));
        return rule;
    }

    @Override
    public void close() throws Exception {
        tail.close();
        matcher.close();
    }
}
