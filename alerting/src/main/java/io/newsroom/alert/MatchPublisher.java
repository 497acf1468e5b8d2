package io.newsroom.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.kafka.core.KafkaTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsroom.contracts.Alert;
import io.newsroom.contracts.EnrichedArticle;
import io.newsroom.contracts.MergedEvent;
import io.newsroom.contracts.MessageCodec;
import io.newsroom.contracts.Topics;

/**
 * Matches arriving articles and events against every rule and puts each hit on {@link Topics#ALERT_MATCHES}, keyed
 * by rule, waiting for the broker before the caller commits its input: a crash re-reads the input and matches it
 * again, and the repeated hits carry the same alert ids. Thread-safe.
 */
class MatchPublisher {

    private final RuleStore rules;
    private final KafkaTemplate<String, byte[]> kafka;
    private final MeterRegistry meters;

    MatchPublisher(RuleStore rules, KafkaTemplate<String, byte[]> kafka, MeterRegistry meters) {
        this.rules = rules;
        this.kafka = kafka;
        this.meters = meters;
    }

    void articles(List<EnrichedArticle> articles) throws InterruptedException, ExecutionException, TimeoutException {
        List<List<AlertRule>> hits = loadedMatcher().matchArticles(articles);
        Instant now = Instant.now();
        List<Alert> alerts = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            for (AlertRule rule : hits.get(i)) {
                alerts.add(AlertFactory.article(rule, articles.get(i), now));
            }
        }
        send(alerts);
    }

    /**
     * Each event as merged, changed or not (the merging publishes every merge, so a replay after a crash still
     * reaches its alerts), in the order given: a new event's alert, and its status change's when there is one.
     */
    void events(List<MergedEvent> events) throws InterruptedException, ExecutionException, TimeoutException {
        Instant now = Instant.now();
        List<Alert> alerts = new ArrayList<>();
        for (MergedEvent event : events) {
            for (AlertRule rule : loadedMatcher().matchEvent(event)) {
                alerts.addAll(AlertFactory.event(rule, event, now));
            }
        }
        send(alerts);
    }

    /**
     * The matcher once every saved rule is read. A restarted instance's listeners start before its rule store has
     * read the rules topic: matching a backlog then against no rules would commit it with its alerts lost, so the
     * batch fails and the container retries it until the rules are in.
     */
    private RuleMatcher loadedMatcher() {
        if (!rules.loaded()) {
            throw new IllegalStateException("alert rules not loaded yet; the batch is retried");
        }
        return rules.matcher();
    }

    private void send(List<Alert> alerts) throws InterruptedException, ExecutionException, TimeoutException {
        List<CompletableFuture<?>> acks = new ArrayList<>(alerts.size());
        for (Alert a : alerts) {
            acks.add(kafka.send(Topics.ALERT_MATCHES, a.ruleId(), MessageCodec.encode(a)));
        }
        CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        meters.counter("newsroom.query.alert-matches").increment(alerts.size());
    }
}
