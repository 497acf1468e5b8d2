package io.newsroom.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A saved rule's hit, on {@link Topics#ALERT_MATCHES} as matched and on {@link Topics#ALERTS} once delivered.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION}
 * @param id            stable per rule and what it fired on: a replay makes the same id, so it fires once
 * @param ruleId        the rule
 * @param ruleName      its name when it fired
 * @param kind          {@link #ARTICLE}, {@link #EVENT_NEW}, {@link #EVENT_STATUS} or {@link #DIGEST}
 * @param matchedAt     when the rule matched
 * @param article       the matching article (kind ARTICLE), else null
 * @param event         the matching event (kinds EVENT_*), else null
 * @param digest        what throttling held back in one hour (kind DIGEST), else null
 */
public record Alert(int schemaVersion, String id, String ruleId, String ruleName, String kind, Instant matchedAt,
                    ArticleHit article, EventHit event, Digest digest) {

    public static final int SCHEMA_VERSION = 1;
    public static final String ARTICLE = "ARTICLE";
    public static final String EVENT_NEW = "EVENT_NEW";
    public static final String EVENT_STATUS = "EVENT_STATUS";
    public static final String DIGEST = "DIGEST";

    public Alert {
        if (schemaVersion != SCHEMA_VERSION) {
            throw new IllegalArgumentException("unsupported schemaVersion " + schemaVersion + ", this build reads " + SCHEMA_VERSION);
        }
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(matchedAt, "matchedAt");
    }

    /** One line a person can read in a notification. */
    public String headline() {
        return switch (kind) {
            case ARTICLE -> article.title();
            case DIGEST -> digest.count() + " more match(es) held back by throttling";
            default -> event.type() + " (" + event.status() + ")" + (event.evidence() == null ? "" : ": " + event.evidence());
        };
    }

    /**
     * @param fetchedAt when ingest fetched the page: where fetch-to-alert latency starts
     * @param snippet   the start of the text
     */
    public record ArticleHit(String id, String url, String title, String source, String lang, Instant publishedAt,
                             Instant fetchedAt, String snippet) {
    }

    /** @param previousStatus the status before this change (kind EVENT_STATUS), else null */
    public record EventHit(String id, String type, String status, String previousStatus, LocalDate date,
                           List<EntityRef> actors, EntityRef place, String evidence, int articleCount) {
    }

    /**
     * @param from  start of the hour whose alerts it folds
     * @param to    its end
     * @param count alerts held back
     * @param items the first of them
     */
    public record Digest(Instant from, Instant to, int count, List<Item> items) {
    }

    /** A held-back alert in a digest. */
    public record Item(String alertId, String kind, String headline, String url) {
    }
}
