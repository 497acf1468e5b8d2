package io.newsroom.alert;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsroom.contracts.Alert;
import io.newsroom.contracts.InternalAddresses;
import io.newsroom.contracts.MessageCodec;
import io.newsroom.contracts.Topics;
import io.newsroom.web.Secrets;

/**
 * POSTs each delivered alert to its rule's webhooks, signed ({@link WebhookSigner}), with the alert id in
 * {@code X-Newsroom-Alert-Id} so receivers can drop repeats. Calls are asynchronous with a timeout, and retries
 * wait on a scheduler, not on a thread: a failing or hanging receiver delays only its own retries, never another
 * webhook or the next alert. Each call's outcome is kept in the alert's history record. Internal addresses are
 * refused unless their host is allowed (as for the fetcher). Thread-safe.
 */
class WebhookDispatcher implements AutoCloseable, ConsumerSeekAware {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final String PENDING = "pending";

    private final RuleStore rules;
    private final AlertHistory history;
    private final MeterRegistry meters;
    private final AlertSettings props;
    /** The alerts topic is keyed by rule: a rule's alerts are in the partition its id hashes to. */
    private final int topicPartitions;
    private final WebhookSigner signer;
    private final Set<String> allowedHosts;
    private final HttpClient http;
    /** Calls with a retry scheduled here. */
    private final Set<String> waiting = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "webhook-retries");
        t.setDaemon(true);
        return t;
    });

    WebhookDispatcher(RuleStore rules, AlertHistory history, MeterRegistry meters, AlertSettings props) {
        this.rules = rules;
        this.history = history;
        this.meters = meters;
        this.props = props;
        this.topicPartitions = props.topics().partitions();
        this.signer = new WebhookSigner(this.props.webhookSecret());
        this.allowedHosts = Set.copyOf(this.props.webhookAllowedHosts());
        this.http = HttpClient.newBuilder().connectTimeout(this.props.webhookTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * The batch's offsets are committed when this returns, so it waits (at most the call timeout) for every first
     * attempt to be made and recorded: a crash before then replays the batch, and calls the history shows done
     * (delivered or given up) are not made again. Receivers may still see a call twice after a crash in between,
     * and drop it by {@code X-Newsroom-Alert-Id}.
     */
    @KafkaListener(topics = Topics.ALERTS, groupId = "query-webhooks")
    void onBatch(List<ConsumerRecord<String, byte[]>> records) throws IOException, InterruptedException {
        Map<String, Alert> alerts = new LinkedHashMap<>();
        Map<String, byte[]> bodies = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            Alert alert = MessageCodec.decode(r.value(), Alert.class);
            if (rules.rule(alert.ruleId()).map(rule -> !rule.webhooks().isEmpty()).orElse(false)) {
                alerts.put(alert.id(), alert);
                bodies.put(alert.id(), r.value());
            }
        }
        if (alerts.isEmpty()) {
            return;
        }
        Map<String, AlertRecord> known = history.getAll(alerts.keySet());
        List<CompletableFuture<Void>> first = new ArrayList<>();
        for (Alert alert : alerts.values()) {
            Map<String, AlertRecord.WebhookDelivery> done = known.containsKey(alert.id())
                    ? known.get(alert.id()).webhooks() : Map.of();
            for (String url : rules.rule(alert.ruleId()).map(AlertRule::webhooks).orElse(List.of())) {
                AlertRecord.WebhookDelivery d = done.get(AlertRecord.webhookKey(url));
                if (d == null) {
                    first.add(attempt(new Call(alert.id(), url, bodies.get(alert.id())), 1));
                } else if (PENDING.equals(d.status())) {
                    resume(new Call(alert.id(), url, bodies.get(alert.id())), d);
                }
            }
        }
        try {
            CompletableFuture.allOf(first.toArray(CompletableFuture[]::new))
                    .get(props.webhookTimeout().toMillis() + 5000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // outcomes are recorded by the calls themselves; a slow recording only delays this batch's commit
            log.warn("first webhook attempts of {} alert(s) not all recorded in time: {}", alerts.size(), e.toString());
        }
    }

    /**
     * Retries that were waiting in the memory of an instance that stopped: the partitions' new owner takes them
     * up at their planned time (or now, if that has passed).
     */
    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        Set<Integer> mine = assignments.keySet().stream().map(TopicPartition::partition).collect(Collectors.toSet());
        int partitions = topicPartitions;
        try {
            for (AlertRecord r : history.pendingWebhooks(10_000)) {
                if (!mine.contains(Utils.toPositive(Utils.murmur2(r.ruleId().getBytes(StandardCharsets.UTF_8))) % partitions)) {
                    continue;
                }
                byte[] body = MessageCodec.encode(r.alert());
                r.webhooks().values().stream().filter(d -> PENDING.equals(d.status()))
                        .forEach(d -> resume(new Call(r.id(), d.url(), body), d));
            }
        } catch (IOException | RuntimeException e) {
            log.warn("pending webhook retries not resumed ({}); they stay recorded as pending", e.toString());
        }
    }

    private void resume(Call call, AlertRecord.WebhookDelivery d) {
        if (!waiting.add(call.key())) {
            return; // this instance has it scheduled already
        }
        long wait = d.nextAttempt() == null ? 0 : Math.max(0, Duration.between(Instant.now(), d.nextAttempt()).toMillis());
        log.info("resuming webhook {} for alert {} at attempt {} in {} ms", Secrets.redactUrl(call.url()), call.alertId(), d.attempts() + 1, wait);
        retries.schedule(() -> retry(call, d.attempts() + 1), wait, TimeUnit.MILLISECONDS);
    }

    private void retry(Call call, int n) {
        waiting.remove(call.key());
        attempt(call, n);
    }

    /** @return completes when the attempt's outcome is recorded */
    private CompletableFuture<Void> attempt(Call call, int n) {
        Instant at = Instant.now();
        CompletableFuture<Integer> response;
        try {
            checkAddress(URI.create(call.url()));
            long ts = at.getEpochSecond();
            HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(call.url())).timeout(props.webhookTimeout())
                    .header("Content-Type", "application/json").header("User-Agent", "newsroom-alerts")
                    .header("X-Newsroom-Alert-Id", call.alertId())
                    .header(WebhookSigner.TIMESTAMP_HEADER, Long.toString(ts))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(call.body()));
            if (signer.signs()) {
                req.header(WebhookSigner.SIGNATURE_HEADER, signer.sign(ts, call.body()));
            }
            response = http.sendAsync(req.build(), HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode)
                    .orTimeout(props.webhookTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            response = CompletableFuture.failedFuture(e);
        }
        return response.handle((status, error) -> {
            outcome(call, n, at, status, error);
            return null;
        });
    }

    private void outcome(Call call, int n, Instant at, Integer status, Throwable error) {
        boolean ok = error == null && status >= 200 && status < 300;
        // a receiver that answers "bad request" will answer so again; timeouts, 5xx, 408 and 429 may pass later
        boolean permanent = !ok && (error instanceof RefusedAddressException
                || error == null && status >= 400 && status < 500 && status != 408 && status != 429);
        boolean again = !ok && !permanent && n < props.webhookAttempts();
        Duration backoff = props.webhookFirstBackoff().multipliedBy((long) Math.pow(4, n - 1));
        String reason = error == null ? (ok ? null : "HTTP " + status) : rootMessage(error);
        String state = ok ? "delivered" : again ? PENDING : "failed";
        meters.counter("newsroom.query.webhook-calls", "outcome", ok ? "delivered" : again ? "retry" : "failed").increment();
        if (!ok) {
            log.warn("webhook {} for alert {}: attempt {} failed ({}){}", Secrets.redactUrl(call.url()), call.alertId(), n, reason,
                    again ? ", next in " + backoff : ", giving up");
        }
        try {
            history.webhook(call.alertId(), AlertRecord.webhookKey(call.url()), new AlertRecord.WebhookDelivery(call.url(),
                    state, n, status, reason, at, again ? Instant.now().plus(backoff) : null));
        } catch (IOException | RuntimeException e) {
            log.warn("recording webhook outcome for alert {} failed: {}", call.alertId(), e.toString());
        }
        if (again) {
            waiting.add(call.key());
            retries.schedule(() -> retry(call, n + 1), backoff.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void checkAddress(URI uri) {
        String host = uri.getHost();
        if (host == null || allowedHosts.contains(host.toLowerCase(Locale.ROOT))) {
            return;
        }
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (InternalAddresses.isInternal(a)) {
                    throw new RefusedAddressException("refused: " + host + " resolves to the internal address "
                            + a.getHostAddress() + " (list it in NEWSROOM_WEBHOOK_ALLOWED_HOSTS to allow it)");
                }
            }
        } catch (UnknownHostException e) {
            throw new IllegalStateException("unknown host " + host);
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    @Override
    public void close() {
        retries.shutdownNow();
    }

    private record Call(String alertId, String url, byte[] body) {
        String key() {
            return alertId + " " + url;
        }

        @Override
        public String toString() {
            return "Call[" + alertId + " " + Secrets.redactUrl(url) + "]";
        }
    }

    private static final class RefusedAddressException extends RuntimeException {
        RefusedAddressException(String message) {
            super(message);
        }
    }
}
