package io.newsroom.contracts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An event's sources and targets as its family reads them, whatever its type's wording: a hosted visit names the
 * host as its source, a visit the visitor, so the reports of one visit, worded either way, are compared and merged
 * visitor to host and then given back as the event's type words them.
 *
 * @param sources who did it
 * @param targets to whom, none of them a source
 */
public record FamilyRoles(List<EntityRef> sources, List<EntityRef> targets) {

    /** Families whose events are mutual: who met or agreed with whom has no direction to disagree on. */
    private static final Set<String> MUTUAL = Set.of("MEETING", "AGREEMENT", "CEREMONY");
    /** The type that words its family's event from the other side: the host did it, to the guest. */
    private static final String REVERSED = "HOSTED_VISIT";

    public FamilyRoles {
        sources = List.copyOf(sources);
        Set<String> from = keys(sources);
        targets = targets.stream().filter(t -> !from.contains(t.key())).toList();
    }

    /** The roles of an event of {@code type} turned to its family's reading. */
    public static FamilyRoles of(String type, List<EntityRef> sources, List<EntityRef> targets) {
        return REVERSED.equals(type) ? new FamilyRoles(targets, sources) : new FamilyRoles(sources, targets);
    }

    /** The roles as an event of {@code type} words them. */
    public FamilyRoles as(String type) {
        return REVERSED.equals(type) ? new FamilyRoles(targets, sources) : this;
    }

    /** All the sources of every one, then the targets that none names a source, each once, in order. */
    public static FamilyRoles union(Collection<FamilyRoles> all) {
        Map<String, EntityRef> sources = new LinkedHashMap<>();
        Map<String, EntityRef> targets = new LinkedHashMap<>();
        all.forEach(r -> r.sources().forEach(a -> sources.putIfAbsent(a.key(), a)));
        all.forEach(r -> r.targets().forEach(a -> targets.putIfAbsent(a.key(), a)));
        return new FamilyRoles(new ArrayList<>(sources.values()), new ArrayList<>(targets.values()));
    }

    /**
     * Whether two reports of a directed family run opposite ways ("X sanctioned Y", "Y sanctioned X"): a source of
     * each is a target of the other, as a sanction and its counter-sanction are two events. One party in opposite
     * roles is not enough (a country read from an adjective later in the sentence). Mutual families never oppose.
     */
    public boolean opposes(FamilyRoles other, String family) {
        if (MUTUAL.contains(family)) {
            return false;
        }
        Set<String> otherSources = keys(other.sources);
        Set<String> otherTargets = keys(other.targets);
        return sources.stream().anyMatch(a -> otherTargets.contains(a.key()))
                && targets.stream().anyMatch(a -> otherSources.contains(a.key()));
    }

    private static Set<String> keys(List<EntityRef> refs) {
        return refs.stream().map(EntityRef::key).collect(Collectors.toSet());
    }
}
