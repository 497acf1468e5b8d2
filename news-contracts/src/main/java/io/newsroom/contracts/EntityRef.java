package io.newsroom.contracts;

import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

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

    /**
     * Whether two reports' participants can be those of one happening: when both name people, one's people are among
     * the other's ("Lavrov met Rahmon" and "Lavrov met Rahmon and Muhriddin", not "Díaz-Canel met Medvedev" and
     * "Sisoulith met Medvedev"); otherwise they share an actor.
     */
    public static boolean sameParticipants(Collection<EntityRef> a, Collection<EntityRef> b) {
        Set<String> peopleA = keys(a, true);
        Set<String> peopleB = keys(b, true);
        if (!peopleA.isEmpty() && !peopleB.isEmpty()) {
            return peopleA.containsAll(peopleB) || peopleB.containsAll(peopleA);
        }
        Set<String> all = keys(a, false);
        return b.stream().map(EntityRef::key).anyMatch(all::contains);
    }

    private static Set<String> keys(Collection<EntityRef> refs, boolean peopleOnly) {
        Set<String> out = new HashSet<>();
        for (EntityRef r : refs) {
            if (!peopleOnly || r.type().equals("PERSON")) {
                out.add(r.key());
            }
        }
        return out;
    }

    /** The id, or for a name outside the gazetteer its type and name, so two references compare as identities. */
    public String key() {
        return id != null ? id : type + ":" + name;
    }
}
