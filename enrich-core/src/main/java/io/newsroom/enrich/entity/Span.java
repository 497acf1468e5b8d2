package io.newsroom.enrich.entity;

import java.util.Set;

/**
 * A name found in the words {@code from} (inclusive) to {@code to} (exclusive): the identities it may be and, once
 * resolved, the one it is. Mutable, as resolving decides {@link #entry} after the span is found (and may decide it
 * again with more context); it belongs to one {@link TagContext}, so it is not shared between threads.
 */
final class Span {

    final int from;
    final int to;
    /** Indexes into {@link Gazetteer#entries()}; empty for a name outside the gazetteer. */
    final Set<Integer> candidates;
    /** The chosen candidate, -1 while none is. */
    int entry = -1;
    /** For a government body of the country {@link #entry}: which. */
    Bodies.Body body;
    /** For a name outside the gazetteer: what it names (the recogniser finds organisations and places too). */
    EntityType type = EntityType.PERSON;
    /** For a surname alone that names again someone outside the gazetteer: the span of their full name. */
    Span fullName;

    Span(int from, int to, Set<Integer> candidates) {
        this.from = from;
        this.to = to;
        this.candidates = candidates;
    }
}
