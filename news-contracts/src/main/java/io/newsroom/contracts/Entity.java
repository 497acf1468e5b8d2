package io.newsroom.contracts;

import java.util.List;
import java.util.Objects;

/**
 * A person, country, organisation or place an article mentions, linked to its canonical identity when the
 * gazetteer knows it.
 *
 * @param id       Wikidata QID (e.g. {@code Q200881}), a {@code newsroom:} id for curated entries without a
 *                 verified QID, or for a name outside the gazetteer its local id ({@code local:person-},
 *                 {@code local:organization-} or {@code local:place-} and 12 hex digits, the same for the same name
 *                 in every article and script); null in articles enriched before local ids
 * @param name     canonical English name (for a name outside the gazetteer: its surface, romanised)
 * @param type     PERSON, COUNTRY, ORGANIZATION or PLACE
 * @param salience 0 to 1: how central the entity is to the article (title and lead weigh more)
 * @param mentions every mention, in text order
 */
public record Entity(String id, String name, String type, double salience, List<Mention> mentions) {

    /** The prefix of a local id: a name outside the gazetteer, known from the articles alone. */
    public static final String LOCAL_PREFIX = "local:";

    public Entity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    /** Whether the id is a local one, of a name outside the gazetteer (no offices, no aliases, no QID). */
    public static boolean isLocal(String id) {
        return id != null && id.startsWith(LOCAL_PREFIX);
    }

    /**
     * One mention.
     *
     * @param field   {@code title} or {@code text}
     * @param start   offset of the first character in that field
     * @param end     offset after the last character
     * @param surface the characters as they occur
     */
    public record Mention(String field, int start, int end, String surface) {
    }
}
