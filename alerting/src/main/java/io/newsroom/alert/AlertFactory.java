package io.newsroom.alert;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import io.newsroom.contracts.Alert;
import io.newsroom.contracts.EnrichedArticle;
import io.newsroom.contracts.MergedEvent;

/**
 * Alerts from what rules matched. An alert's id is a hash of the rule and what it fired on (the article; the event;
 * the event and its new status; the rule and the hour of a digest), so every replay makes the same id and the
 * history keeps it once: a rule fires once per article, once per event, once per status change. Pure.
 */
final class AlertFactory {

    private static final int SNIPPET_CHARS = 280;

    private AlertFactory() {
    }

    static Alert article(AlertRule rule, EnrichedArticle a, Instant now) {
        String text = a.text() == null ? "" : a.text().strip();
        String snippet = text.length() <= SNIPPET_CHARS ? text : text.substring(0, SNIPPET_CHARS) + "…";
        return new Alert(Alert.SCHEMA_VERSION, id(rule.id(), "article", a.id()), rule.id(), rule.name(), Alert.ARTICLE, now,
                new Alert.ArticleHit(a.id(), a.url(), a.title(), a.source(), a.lang(), a.publishedAt(), a.fetchedAt(), snippet),
                null, null);
    }

    /** The alerts an event rule gives for the event as it now stands: when it is new, and when its status changed. */
    static List<Alert> event(AlertRule rule, MergedEvent e, Instant now) {
        List<Alert> out = new ArrayList<>(2);
        out.add(new Alert(Alert.SCHEMA_VERSION, id(rule.id(), "event", e.id()), rule.id(), rule.name(), Alert.EVENT_NEW, now,
                null, hit(e, null), null));
        if (rule.notifyStatusChange() && e.history().size() > 1) {
            MergedEvent.StatusChange last = e.history().get(e.history().size() - 1);
            String before = e.history().get(e.history().size() - 2).status();
            out.add(new Alert(Alert.SCHEMA_VERSION, id(rule.id(), "event", e.id(), last.status()), rule.id(), rule.name(),
                    Alert.EVENT_STATUS, now, null, hit(e, before), null));
        }
        return out;
    }

    private static Alert.EventHit hit(MergedEvent e, String previousStatus) {
        return new Alert.EventHit(e.id(), e.type(), e.status(), previousStatus, e.date(), e.actors(), e.place(), e.evidence(),
                e.articleCount());
    }

    static Alert digest(String ruleId, String ruleName, Instant hour, int count, List<Alert.Item> items, Instant now) {
        return new Alert(Alert.SCHEMA_VERSION, id(ruleId, "digest", hour.toString()), ruleId, ruleName, Alert.DIGEST, now,
                null, null, new Alert.Digest(hour, hour.plusSeconds(3600), count, items));
    }

    static String id(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                sha.update(p.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
