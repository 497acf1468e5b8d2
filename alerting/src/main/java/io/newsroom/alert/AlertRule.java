package io.newsroom.alert;

import java.time.Instant;
import java.util.List;

/**
 * A saved alert rule, as stored on {@link io.newsroom.contracts.Topics#ALERT_RULES}.
 *
 * @param id                 stable id
 * @param name               what people call it
 * @param kind               {@link #ARTICLES} (a search kept running) or {@link #EVENTS} (new diplomatic events)
 * @param query              ARTICLES: text in the search's simple query syntax, null for any article
 * @param lang               ARTICLES: ISO 639-1 filter
 * @param source             ARTICLES: source id filter
 * @param entity             ARTICLES: an entity id the article must mention
 * @param entityType         ARTICLES: an entity type the article must mention
 * @param country            a country id the article mentions (ARTICLES), or an event's party or place (EVENTS)
 * @param eventType          the event type an article reports (ARTICLES) or the event's type (EVENTS)
 * @param actor              EVENTS: an entity id among the event's parties
 * @param sourceActor        EVENTS: an entity id among those who did it (the event's sources)
 * @param targetActor        EVENTS: an entity id among those to whom it was done (its targets)
 * @param notifyStatusChange EVENTS: alert again when a matched event changes status (planned to occurred, denied
 *                           or cancelled)
 * @param muted              matches are recorded in the history but not delivered
 * @param maxPerHour         at most this many alerts each clock hour, the rest folded into one digest after it;
 *                           0 for no limit
 * @param webhooks           URLs each delivered alert is POSTed to, signed
 * @param createdAt          when it was made
 * @param updatedAt          when it was last changed
 * @param plover             EVENTS: the event's PLOVER type (AGREE, CONSULT, SANCTION...)
 * @param quad               EVENTS: the PLOVER class of the event's type: verbal-cooperation, material-cooperation,
 *                           verbal-conflict, material-conflict, or cooperation or conflict for both of theirs
 */
public record AlertRule(String id, String name, String kind, String query, String lang, String source, String entity,
                        String entityType, String country, String eventType, String actor, String sourceActor,
                        String targetActor, boolean notifyStatusChange,
                        boolean muted, int maxPerHour, List<String> webhooks, Instant createdAt, Instant updatedAt,
                        String plover, String quad) {

    public static final String ARTICLES = "ARTICLES";
    public static final String EVENTS = "EVENTS";

    public AlertRule {
        webhooks = webhooks == null ? List.of() : List.copyOf(webhooks);
    }

    public boolean forEvents() {
        return EVENTS.equals(kind);
    }
}
