package io.newsroom.enrich.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.newsroom.contracts.EntityRef;
import io.newsroom.enrich.entity.EntityType;
import io.newsroom.enrich.entity.Gazetteer;
import io.newsroom.enrich.entity.GazetteerEntry;
import io.newsroom.enrich.vocab.Vocabulary;

/**
 * Who can take part in a diplomatic event in a political role: a country; an organisation of the gazetteer
 * (international organisations, armed and political movements, the White House) or a government body the tagger
 * names (a foreign ministry, {@code newsroom:org:<body>-<country>}), except the news agencies
 * ({@code vocab/event/mul/media.tsv}), which report events and take part in none; a person who holds an office of the
 * gazetteer on the article's day. A person outside the gazetteer, or out of office, is one only by an office the
 * sentence gives them ({@link PoliticalActorFilter}). Immutable and thread-safe.
 */
public final class PoliticalActors {

    /** No one but countries: for a detector without a gazetteer. */
    public static final PoliticalActors COUNTRIES_ONLY = new PoliticalActors(Map.of(), Set.of(), Map.of());

    /** The ids the tagger gives the government bodies it names ({@code newsroom:org:foreign-ministry-RUS}). */
    private static final String BODY = "newsroom:org:";

    /** A term of office: its first and last day, null when unknown or open. */
    public record Term(LocalDate start, LocalDate end) {

        boolean heldOn(LocalDate day) {
            return day == null || (start == null || !day.isBefore(start)) && (end == null || !day.isAfter(end));
        }
    }

    private final Map<String, List<Term>> offices;
    private final Set<String> organisations;
    private final Set<String> media;
    private final Map<String, Set<String>> sides;

    /**
     * @param offices       each office-holder's id with the terms of their offices
     * @param organisations the ids of the organisations that act in a political role
     * @param sides         the countries (ISO 3166 alpha-3) of each country, place and office-holder: a country's own,
     *                      a place's, an office-holder's countries of office
     */
    public PoliticalActors(Map<String, List<Term>> offices, Set<String> organisations, Map<String, Set<String>> sides) {
        this.offices = Map.copyOf(offices);
        this.organisations = Set.copyOf(organisations);
        this.sides = Map.copyOf(sides);
        Set<String> agencies = new HashSet<>();
        for (Vocabulary.Row row : new EventVocabulary("mul").table("media").rows()) {
            agencies.add(row.get("id"));
        }
        this.media = Set.copyOf(agencies);
    }

    /** The gazetteer's office-holders and organisations. */
    public static PoliticalActors of(Gazetteer gazetteer) {
        Map<String, List<Term>> offices = new HashMap<>();
        Set<String> organisations = new HashSet<>();
        Map<String, Set<String>> sides = new HashMap<>();
        for (GazetteerEntry e : gazetteer.entries()) {
            if ((e.type() == EntityType.COUNTRY || e.type() == EntityType.PLACE) && !e.countries().isEmpty()) {
                sides.put(e.id(), e.countries());
            }
            if (e.type() == EntityType.ORGANIZATION) {
                organisations.add(e.id());
            } else if (e.type() == EntityType.PERSON && !e.roles().isEmpty()) {
                sides.put(e.id(), e.countries());
                List<Term> terms = new ArrayList<>();
                for (GazetteerEntry.Role r : e.roles()) {
                    terms.add(new Term(r.start(), r.end()));
                }
                offices.put(e.id(), terms);
            }
        }
        return new PoliticalActors(offices, organisations, sides);
    }

    /**
     * The countries (ISO 3166 alpha-3) a party speaks for or a place lies in: a country, an office-holder of the
     * gazetteer by their countries of office, a government body the tagger names by its country ({@code
     * newsroom:org:foreign-ministry-geo}), a capital or city by its country; empty where that is not known (a name
     * outside the gazetteer, a movement, an international organisation).
     */
    Set<String> sides(EntityRef party) {
        String id = party.id();
        if (id == null) {
            return Set.of();
        }
        if (party.type().equals("ORGANIZATION") && id.startsWith(BODY)) {
            String country = id.substring(id.lastIndexOf('-') + 1);
            return country.length() == 3 ? Set.of(country.toUpperCase(Locale.ROOT)) : Set.of();
        }
        return sides.getOrDefault(id, Set.of());
    }

    /** Whether the actor acts in a political role on the day (any day when null). */
    boolean political(EntityRef actor, LocalDate day) {
        String id = actor.id();
        return switch (actor.type()) {
            case "COUNTRY" -> true;
            case "ORGANIZATION" -> id != null && !media.contains(id) && (organisations.contains(id) || id.startsWith(BODY));
            case "PERSON" -> id != null && offices.getOrDefault(id, List.of()).stream().anyMatch(t -> t.heldOn(day));
            default -> false;
        };
    }
}
