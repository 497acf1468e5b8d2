package io.newsroom.contracts;

import java.util.Objects;

/**
 * A reference to an entity of the article (see {@link Entity}) by its identity and display name.
 *
 * @param id   as {@link Entity#id()}: a Wikidata QID, a {@code newsroom:} id, or null for a name outside the gazetteer
 * @param name canonical English name
 * @param type PERSON, COUNTRY, ORGANIZATION or PLACE
 */
public record EntityRef(String id, String name, String type) {

    public EntityRef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** The id, or for a name outside the gazetteer its type and name, so two references compare as identities. */
    public String key() {
        return id != null ? id : type + ":" + name;
    }
}
