package io.newsroom.alert;

import java.time.Instant;
import java.util.Map;

import io.newsroom.contracts.Alert;

/**
 * One alert in the history index.
 *
 * @param id        the alert's id
 * @param status    {@link #DELIVERED}, {@link #MUTED} (the rule was muted) or {@link #THROTTLED} (over the rule's
 *                  hourly limit: sent later in that hour's digest)
 * @param hour      the clock hour it was decided in, which throttling counts by
 * @param published it is on {@link io.newsroom.contracts.Topics#ALERTS}
 * @param digestId  the digest a throttled alert was sent in, null until then
 * @param headline  one readable line
 * @param articleId the article it fired on, null for others
 * @param eventId   the event it fired on, null for others
 * @param alert     the alert as delivered
 * @param webhooks  per webhook (key: hash of its URL), what became of its calls
 * @param match     where on {@link io.newsroom.contracts.Topics#ALERT_MATCHES} it was decided from, null for digests
 */
public record AlertRecord(String id, String ruleId, String ruleName, String kind, String status, Instant matchedAt,
                          Instant decidedAt, Instant hour, boolean published, String digestId, String headline,
                          String articleId, String eventId, Alert alert, Map<String, WebhookDelivery> webhooks,
                          MatchPosition match) {

    public static final String DELIVERED = "DELIVERED";
    public static final String MUTED = "MUTED";
    public static final String THROTTLED = "THROTTLED";

    public AlertRecord {
        webhooks = webhooks == null ? Map.of() : Map.copyOf(webhooks);
    }

    static AlertRecord of(Alert a, String status, Instant decidedAt, Instant hour, MatchPosition match) {
        return new AlertRecord(a.id(), a.ruleId(), a.ruleName(), a.kind(), status, a.matchedAt(), decidedAt, hour, false,
                null, a.headline(), a.article() == null ? null : a.article().id(), a.event() == null ? null : a.event().id(),
                a, Map.of(), match);
    }

    /** The key of a webhook in {@link #webhooks}: a hash of its URL. */
    public static String webhookKey(String url) {
        return AlertFactory.id(url);
    }

    /** A record's partition and offset. */
    public record MatchPosition(int partition, long offset) {
    }

    /**
     * @param status      pending (being tried), delivered or failed (given up)
     * @param attempts    calls made
     * @param lastStatus  the HTTP status of the last call, null when it got none
     * @param lastError   why the last call failed, null when it did not
     * @param nextAttempt when it will be tried again, null when it will not
     */
    public record WebhookDelivery(String url, String status, int attempts, Integer lastStatus, String lastError,
                                  Instant lastAttemptAt, Instant nextAttempt) {
    }
}
