package io.newsroom.query.alert;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsroom.contracts.Alert;
import io.newsroom.contracts.InternalAddresses;
import io.newsroom.contracts.MessageCodec;
import io.newsroom.contracts.Topics;
import io.newsroom.query.QueryProperties;

/**
 * POSTs each delivered alert to its rule's webhooks, signed ({@link WebhookSigner}), with the alert id in
 * {@code X-Newsroom-Alert-Id} so receivers can drop repeats. Calls are asynchronous with a timeout, and retries
 * wait on a scheduler, not on a thread: a failing or hanging receiver delays only its own retries, never another
 * webhook or the next alert. Each call's outcome is kept in the alert's history record. Internal addresses are
 * refused unless their host is allowed (as for the fetcher).
 */
@Component
class WebhookDispatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final RuleStore rules;
    private final AlertHistory history;
    private final MeterRegistry meters;
    private final QueryProperties.Alerts props;
    private final WebhookSigner signer;
    private final Set<String> allowedHosts;
    private final HttpClient http;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "webhook-retries");
        t.setDaemon(true);
        return t;
    });

    WebhookDispatcher(RuleStore rules, AlertHistory history, MeterRegistry meters, QueryProperties props) {
        this.rules = rules;
        this.history = history;
        this.meters = meters;
        this.props = props.alerts();
        this.signer = new WebhookSigner(this.props.webhookSecret());
        this.allowedHosts = this.props.webhookAllowedHosts().stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty()).collect(Collectors.toUnmodifiableSet());
        this.http = HttpClient.newBuilder().connectTimeout(this.props.webhookTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @KafkaListener(topics = Topics.ALERTS, groupId = "query-webhooks")
    void onBatch(List<ConsumerRecord<String, byte[]>> records) {
        for (ConsumerRecord<String, byte[]> r : records) {
            Alert alert = MessageCodec.decode(r.value(), Alert.class);
            rules.rule(alert.ruleId()).ifPresent(rule -> {
                for (String url : rule.webhooks()) {
                    attempt(new Call(alert.id(), url, r.value()), 1);
                }
            });
        }
    }

    private void attempt(Call call, int n) {
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
        response.whenComplete((status, error) -> outcome(call, n, at, status, error));
    }

    private void outcome(Call call, int n, Instant at, Integer status, Throwable error) {
        boolean ok = error == null && status >= 200 && status < 300;
        // a receiver that answers "bad request" will answer so again; timeouts, 5xx, 408 and 429 may pass later
        boolean permanent = !ok && (error instanceof RefusedAddressException
                || error == null && status >= 400 && status < 500 && status != 408 && status != 429);
        boolean again = !ok && !permanent && n < props.webhookAttempts();
        Duration backoff = props.webhookFirstBackoff().multipliedBy((long) Math.pow(4, n - 1));
        String reason = error == null ? (ok ? null : "HTTP " + status) : rootMessage(error);
        String state = ok ? "delivered" : again ? "pending" : "failed";
        meters.counter("newsroom.query.webhook-calls", "outcome", ok ? "delivered" : again ? "retry" : "failed").increment();
        if (!ok) {
            log.warn("webhook {} for alert {}: attempt {} failed ({}){}", call.url(), call.alertId(), n, reason,
                    again ? ", next in " + backoff : ", giving up");
        }
        try {
            history.webhook(call.alertId(), AlertFactory.id(call.url()), new AlertRecord.WebhookDelivery(call.url(), state, n,
                    status, reason, at, again ? Instant.now().plus(backoff) : null));
        } catch (IOException | RuntimeException e) {
            log.warn("recording webhook outcome for alert {} failed: {}", call.alertId(), e.toString());
        }
        if (again) {
            retries.schedule(() -> attempt(call, n + 1), backoff.toMillis(), TimeUnit.MILLISECONDS);
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
    }

    private static final class RefusedAddressException extends RuntimeException {
        RefusedAddressException(String message) {
            super(message);
        }
    }
}
