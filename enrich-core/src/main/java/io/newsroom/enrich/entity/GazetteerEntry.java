package io.newsroom.enrich.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One identity of the gazetteer.
 *
 * @param id        Wikidata QID, or a {@code newsroom:} id for a curated entry whose QID is not verified
 * @param type      its kind
 * @param name      canonical English name
 * @param aliases   every name it goes by, each with its language
 * @param roles     for people: the offices held, with their dates
 * @param countries ISO 3166 alpha-3 codes it belongs to (a person's countries of office, a capital's country)
 * @param capitalOf for a capital, the id of its country, which news often names by it ("Washington said"); else null
 */
public record GazetteerEntry(String id, EntityType type, String name, List<Alias> aliases, List<Role> roles,
        Set<String> countries, String capitalOf) {

    /**
     * The first year whose offices count in full toward {@link #prominence}. The people data holds the heads of state
     * and government of earlier decades too (Reagan, Thatcher), whom news names in full or after naming them in
     * full; a surname alone that spells one of theirs, with no full mention, is more often a word or someone else's
     * ("Ford" of a car, "Гроза", a storm, for Petru Groza of Romania), so they count as minor office-holders there.
     */
    static final int RECENT_FROM = 2000;
    /** The weight of an office left before {@link #RECENT_FROM}: that of a minor office. */
    private static final double EARLIER = 0.3;

    public GazetteerEntry {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        countries = Set.copyOf(countries);
    }

    /** A name in one language ({@code en}, {@code ar}, {@code ru}, ...). */
    public record Alias(String lang, String text) {
    }

    /**
     * An office.
     *
     * @param role    head_of_state, head_of_government, foreign_minister, defence_minister or other
     * @param country ISO alpha-3
     * @param start   first day, null when unknown
     * @param end     last day, null while in office (at the source's snapshot)
     */
    public record Role(String role, String country, LocalDate start, LocalDate end) {

        /** Whether the office was left before {@link #RECENT_FROM}: an office of the earlier decades. */
        boolean earlier() {
            return end != null && end.getYear() < RECENT_FROM;
        }

        public boolean heldOn(LocalDate day) {
            return (start == null || !day.isBefore(start)) && (end == null || !day.isAfter(end));
        }

        /** How often people holding this office are in international news. */
        public double weight() {
            return switch (role) {
                case "head_of_state" -> 1.0;
                case "head_of_government" -> 0.9;
                case "foreign_minister" -> 0.7;
                case "defence_minister" -> 0.6;
                default -> 0.3;
            };
        }
    }

    /**
     * The weight of the most newsworthy office held, an office left before {@link #RECENT_FROM} weighing as a minor
     * one; 0 for what is not a person.
     */
    public double prominence() {
        return roles.stream().mapToDouble(r -> r.earlier() ? Math.min(r.weight(), EARLIER) : r.weight()).max()
                .orElse(type == EntityType.PERSON ? 0.2 : 0);
    }

    /**
     * Whether the person held an office in or after {@link #RECENT_FROM}, or is listed without offices (a curated
     * entry): not one of the earlier decades' office-holders alone.
     */
    public boolean recent() {
        return roles.isEmpty() || roles.stream().anyMatch(r -> !r.earlier());
    }

    /** Whether some office of the given kind was held (on the day, when one is given). */
    public boolean held(String role, LocalDate day) {
        return roles.stream().anyMatch(r -> r.role().equals(role) && (day == null || r.heldOn(day)));
    }
}
