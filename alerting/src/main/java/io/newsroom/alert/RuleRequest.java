package io.newsroom.alert;

import java.util.List;

/**
 * An alert rule as a client sends it to create or replace one; fields as in {@link AlertRule}. Missing
 * {@code kind} means ARTICLES; missing {@code muted}, {@code notifyStatusChange} false; missing {@code maxPerHour}
 * no limit.
 */
public record RuleRequest(String name, String kind, String query, String lang, String source, String entity,
                          String entityType, String country, String eventType, String actor, String sourceActor,
                          String targetActor, Boolean notifyStatusChange,
                          Boolean muted, Integer maxPerHour, List<String> webhooks, String plover, String quad) {
}
