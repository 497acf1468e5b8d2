package io.newsroom.search.event;

import java.time.LocalDate;
import java.util.Set;

/**
 * Filters of the events list; null means any.
 *
 * @param text        search words (the articles' query syntax): in the event's evidence sentence, or naming one of
 *                    its parties or its place (see {@code namedEntity})
 * @param namedEntity the identity {@code text} names, in whatever script, null when it names none
 * @param lang        a language among the reporting articles'
 * @param source      a source among the reporting articles'
 * @param type        an event type (VISIT, TALKS, SANCTIONS...)
 * @param status      planned, occurred, denied or cancelled
 * @param actor       an entity id among the actors
 * @param sourceActor an entity id among the sources (who did it)
 * @param targetActor an entity id among the targets (to whom)
 * @param country     a country id among the actors, or the place, or the country of the place (see {@code countryPlaces})
 * @param countryPlaces the places in {@code country} (its capital, its cities), so that the list a click on the map
 *                    opens has the events the map counts there; empty when there is no country filter
 * @param from        first day (inclusive) of the event's date
 * @param to          last day (inclusive)
 * @param size        events to return, 1 to 100 (the map returns none)
 * @param ploverTypes the PLOVER types an event may have (a PLOVER type, or a class's, or both filters' common
 *                    ones; see {@link io.newsroom.contracts.Plover}); null for any
 */
public record EventQuery(String text, String namedEntity, String lang, String source, String type, String status,
                         String actor, String sourceActor, String targetActor, String country, Set<String> countryPlaces,
                         LocalDate from, LocalDate to, int size, Set<String> ploverTypes) {

    public EventQuery {
        countryPlaces = Set.copyOf(countryPlaces);
        ploverTypes = ploverTypes == null ? null : Set.copyOf(ploverTypes);
    }

    /** The filters of the type, status, parties and dates alone. */
    public static EventQuery of(String type, String status, String actor, String country, LocalDate from, LocalDate to, int size) {
        return new EventQuery(null, null, null, null, type, status, actor, null, null, country, Set.of(), from, to, size,
                null);
    }

    /** The same filters asking for counts only (the map), no events. */
    public EventQuery unpaged() {
        return new EventQuery(text, namedEntity, lang, source, type, status, actor, sourceActor, targetActor, country,
                countryPlaces, from, to, 0, ploverTypes);
    }
}
