package io.newsroom.enrich.event;

import io.newsroom.contracts.Entity;
import io.newsroom.contracts.EntityRef;

/**
 * An entity mention inside the sentence being read.
 *
 * @param start its first character in the sentence's original text
 * @param end   after its last character
 */
record Occurrence(Entity entity, int start, int end) {

    String type() {
        return entity.type();
    }

    EntityRef ref() {
        return new EntityRef(entity.id(), entity.name(), entity.type());
    }
}
