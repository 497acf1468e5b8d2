package io.newsroom.contracts;

import java.time.Instant;
import java.util.Objects;

/**
 * One article's report of an event, on {@link Topics#EVENT_MENTIONS}, keyed by {@link #mergeKey()} so that reports
 * of one real-world event reach one partition and are merged there one at a time.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION}
 * @param articleId     the reporting article's id
 * @param revision      that article's revision
 * @param index         position of the event among the article's events
 * @param url           the article's URL
 * @param source        the article's source id
 * @param lang          the article's language
 * @param simhash       the article text's SimHash (16 hex digits): copies of one wire story are within a few bits
 * @param publishedAt   the article's publication time, null when unknown
 * @param seenAt        when enrich read the article
 * @param event         the event as the article reports it
 */
public record EventMention(int schemaVersion, String articleId, int revision, int index, String url, String source,
                           String lang, String simhash, Instant publishedAt, Instant seenAt, Event event) {

    public static final int SCHEMA_VERSION = 1;

    public EventMention {
        if (schemaVersion != SCHEMA_VERSION) {
            throw new IllegalArgumentException("unsupported schemaVersion " + schemaVersion + ", this build reads " + SCHEMA_VERSION);
        }
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(seenAt, "seenAt");
    }

    /** Event family and anchor actor: the reports of one happening share it whatever their wording or language. */
    public String mergeKey() {
        String anchor = event.actors().stream()
                .filter(a -> a.id() != null)
                .sorted((a, b) -> Integer.compare(rank(a), rank(b)) != 0 ? Integer.compare(rank(a), rank(b)) : a.id().compareTo(b.id()))
                .map(EntityRef::id).findFirst()
                .orElse(event.place() != null ? event.place().key() : "-");
        return family(event.type()) + "|" + anchor;
    }

    private static int rank(EntityRef a) {
        return switch (a.type()) {
            case "PERSON" -> 0;
            case "COUNTRY" -> 1;
            default -> 2;
        };
    }

    /** Types that one happening may be reported as: a visit is also hosted; talks are a meeting. */
    public static String family(String type) {
        return switch (type) {
            case "VISIT", "HOSTED_VISIT" -> "VISIT";
            case "MEETING", "TALKS", "PHONE_CALL", "SUMMIT", "MEDIATION" -> "MEETING";
            case "AGREEMENT", "COOPERATION" -> "AGREEMENT";
            case "RELATIONS_CUT", "EXPULSION", "TALKS_SUSPENDED", "AID_CUT" -> "RUPTURE";
            default -> type;
        };
    }
}
