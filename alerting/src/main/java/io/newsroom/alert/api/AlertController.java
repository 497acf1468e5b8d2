package io.newsroom.alert.api;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.newsroom.alert.AlertHistory;
import io.newsroom.alert.AlertRecord;
import io.newsroom.alert.AlertRule;
import io.newsroom.alert.AlertStream;
import io.newsroom.alert.RuleRequest;
import io.newsroom.alert.RuleStore;
import io.newsroom.contracts.Alert;
import io.newsroom.search.BadRequestException;
import io.newsroom.search.article.ArticleQueryParser;
import io.newsroom.web.ApiKeyGuard;
import io.newsroom.web.NotFoundException;
import io.newsroom.web.Secrets;
import io.newsroom.web.ServiceUnavailableException;

/**
 * Alert rules, the alert history, and the live stream of alerts as Server-Sent Events. Reading any of them needs the
 * read key or the write key, changing rules the write key. Webhook URLs are answered as their host only.
 */
@RestController
class AlertController {

    private static final Pattern RULE_ID = Pattern.compile("[0-9a-f-]{36}");
    private static final Pattern ALERT_ID = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern EVENT_ID = Pattern.compile("[0-9a-f]{24}");
    private static final Pattern CURSOR = Pattern.compile("(\\d{1,15})-([0-9a-f]{32})");
    private static final List<String> KINDS = List.of(Alert.ARTICLE, Alert.EVENT_NEW, Alert.EVENT_STATUS, Alert.DIGEST);
    private static final List<String> STATUSES = List.of(AlertRecord.DELIVERED, AlertRecord.MUTED, AlertRecord.THROTTLED);

    private final RuleStore rules;
    private final AlertHistory history;
    private final AlertStream stream;
    private final ApiKeyGuard guard;

    AlertController(RuleStore rules, AlertHistory history, AlertStream stream, ApiKeyGuard guard) {
        this.rules = rules;
        this.history = history;
        this.stream = stream;
        this.guard = guard;
    }

    @GetMapping("/api/alert-rules")
    Map<String, Object> rules(@RequestHeader(name = "X-API-Key", required = false) String key) {
        guard.checkRead(key);
        loaded();
        List<AlertRule> all = rules.all().stream().map(AlertController::redacted).toList();
        return Map.of("total", all.size(), "rules", all);
    }

    /** Per rule that has fired: when it last did and its alerts since midnight UTC. */
    record Activity(Instant since, Map<String, AlertHistory.RuleActivity> rules) {
    }

    @GetMapping("/api/alert-rules/activity")
    Activity activity(@RequestHeader(name = "X-API-Key", required = false) String key) throws IOException {
        guard.checkRead(key);
        loaded();
        Instant midnight = Instant.now().truncatedTo(ChronoUnit.DAYS);
        return new Activity(midnight, history.activity(midnight, Math.max(1, rules.all().size())));
    }

    @GetMapping("/api/alert-rules/{id}")
    AlertRule rule(@RequestHeader(name = "X-API-Key", required = false) String key, @PathVariable String id) {
        guard.checkRead(key);
        loaded();
        return redacted(rules.rule(ruleId(id)).orElseThrow(() -> new NotFoundException("no alert rule " + id)));
    }

    @PostMapping("/api/alert-rules")
    ResponseEntity<AlertRule> create(@RequestHeader(name = "X-API-Key", required = false) String key,
            @RequestBody(required = false) RuleRequest request) throws InterruptedException, ExecutionException, TimeoutException {
        guard.checkWrite(key);
        notRedacted(request);
        loaded();
        return ResponseEntity.status(HttpStatus.CREATED).body(redacted(rules.create(request)));
    }

    @PutMapping("/api/alert-rules/{id}")
    AlertRule replace(@RequestHeader(name = "X-API-Key", required = false) String key, @PathVariable String id,
            @RequestBody(required = false) RuleRequest request) throws InterruptedException, ExecutionException, TimeoutException {
        guard.checkWrite(key);
        notRedacted(request);
        loaded();
        return redacted(rules.replace(ruleId(id), request));
    }

    /** Muting keeps recording the rule's alerts in the history without delivering them. */
    @PostMapping("/api/alert-rules/{id}/mute")
    AlertRule mute(@RequestHeader(name = "X-API-Key", required = false) String key, @PathVariable String id)
            throws InterruptedException, ExecutionException, TimeoutException {
        guard.checkWrite(key);
        loaded();
        return redacted(rules.mute(ruleId(id), true));
    }

    @PostMapping("/api/alert-rules/{id}/unmute")
    AlertRule unmute(@RequestHeader(name = "X-API-Key", required = false) String key, @PathVariable String id)
            throws InterruptedException, ExecutionException, TimeoutException {
        guard.checkWrite(key);
        loaded();
        return redacted(rules.mute(ruleId(id), false));
    }

    @DeleteMapping("/api/alert-rules/{id}")
    ResponseEntity<Void> delete(@RequestHeader(name = "X-API-Key", required = false) String key, @PathVariable String id)
            throws InterruptedException, ExecutionException, TimeoutException {
        guard.checkWrite(key);
        loaded();
        rules.delete(ruleId(id));
        return ResponseEntity.noContent().build();
    }

    /** The alert history, newest first; {@code next} is the cursor of the following page. */
    @GetMapping("/api/alerts")
    Map<String, Object> alerts(@RequestHeader(name = "X-API-Key", required = false) String key,
            @RequestParam(required = false) String rule, @RequestParam(required = false) String event,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String status, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String size,
            @RequestParam(required = false) String cursor) throws IOException {
        guard.checkRead(key);
        String r = rule == null || rule.isBlank() ? null : ruleId(rule.strip());
        String e = event == null || event.isBlank() ? null : event.strip();
        if (e != null && !EVENT_ID.matcher(e).matches()) {
            throw new BadRequestException("an event id is 24 lower-case hex characters, was '" + event + "'");
        }
        String k = ArticleQueryParser.oneOf("kind", kind, KINDS);
        String s = ArticleQueryParser.oneOf("status", status, STATUSES);
        int n = ArticleQueryParser.number("size", size, ArticleQueryParser.DEFAULT_SIZE, ArticleQueryParser.MAX_SIZE);
        AlertRecord after = null;
        if (cursor != null && !cursor.isBlank()) {
            Matcher m = CURSOR.matcher(cursor.strip());
            if (!m.matches()) {
                throw new BadRequestException("cursor must be the previous page's next, was '" + cursor + "'");
            }
            after = new AlertRecord(m.group(2), null, null, null, null, Instant.ofEpochMilli(Long.parseLong(m.group(1))),
                    null, null, false, null, null, null, null, null, null, null);
        }
        List<AlertRecord> page = history.search(r, e, k, s, instant("from", from), instant("to", to), after, n).stream()
                .map(AlertController::redacted).toList();
        AlertRecord last = page.isEmpty() ? null : page.get(page.size() - 1);
        String next = page.size() < n ? null : last.matchedAt().toEpochMilli() + "-" + last.id();
        return next == null ? Map.of("alerts", page) : Map.of("alerts", page, "next", next);
    }

    @GetMapping("/api/alerts/{id}")
    AlertRecord alert(@RequestHeader(name = "X-API-Key", required = false) String key, @PathVariable String id) throws IOException {
        guard.checkRead(key);
        if (!ALERT_ID.matcher(id).matches()) {
            throw new BadRequestException("an alert id is 32 lower-case hex characters");
        }
        return redacted(history.get(id).orElseThrow(() -> new NotFoundException("no alert " + id)));
    }

    /** Alerts as they are delivered, as Server-Sent Events named "alert" whose data is the alert's JSON. */
    @GetMapping(path = "/api/alerts/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@RequestHeader(name = "X-API-Key", required = false) String key, @RequestParam(required = false) String rule) {
        guard.checkRead(key);
        return stream.subscribe(rule == null || rule.isBlank() ? null : ruleId(rule.strip()));
    }

    /** A rule as answered: its webhooks as scheme, host and port only, since their paths often hold a token. */
    static AlertRule redacted(AlertRule r) {
        return new AlertRule(r.id(), r.name(), r.kind(), r.query(), r.lang(), r.source(), r.entity(), r.entityType(),
                r.country(), r.eventType(), r.actor(), r.sourceActor(), r.targetActor(),
                r.notifyStatusChange(), r.muted(), r.maxPerHour(),
                r.webhooks().stream().map(Secrets::redactUrl).toList(), r.createdAt(), r.updatedAt(), r.plover(), r.quad());
    }

    /** An alert as answered: the URLs of its webhook calls as in {@link #redacted(AlertRule)}. */
    static AlertRecord redacted(AlertRecord a) {
        Map<String, AlertRecord.WebhookDelivery> calls = new LinkedHashMap<>();
        a.webhooks().forEach((k, d) -> calls.put(k, new AlertRecord.WebhookDelivery(Secrets.redactUrl(d.url()), d.status(),
                d.attempts(), d.lastStatus(), d.lastError(), d.lastAttemptAt(), d.nextAttempt())));
        return new AlertRecord(a.id(), a.ruleId(), a.ruleName(), a.kind(), a.status(), a.matchedAt(), a.decidedAt(), a.hour(),
                a.published(), a.digestId(), a.headline(), a.articleId(), a.eventId(), a.alert(), calls, a.match());
    }

    /**
     * A webhook as answers show it, sent back (a rule read, edited and sent again) would replace the real URL with
     * one that goes nowhere: refused, saying to send the full URL.
     */
    private static void notRedacted(RuleRequest request) {
        if (request == null || request.webhooks() == null) {
            return;
        }
        for (String url : request.webhooks()) {
            if (url != null && url.strip().equals(Secrets.redactUrl(url))) {
                throw new BadRequestException("webhook '" + url + "' is the shortened form answers show; send the full URL "
                        + "(answers never include it)");
            }
        }
    }

    private void loaded() {
        if (!rules.loaded()) {
            throw new ServiceUnavailableException("alert rules are still loading, try again in a few seconds");
        }
    }

    private static String ruleId(String id) {
        if (!RULE_ID.matcher(id).matches()) {
            throw new BadRequestException("a rule id is a UUID such as 3f2a6c1e-8d4b-4f5e-9a7c-1b2d3e4f5a6b, was '" + id + "'");
        }
        return id;
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadRequestException(name + " must be an ISO-8601 instant such as 2026-11-27T10:00:00Z, was '" + value + "'");
        }
    }
}
