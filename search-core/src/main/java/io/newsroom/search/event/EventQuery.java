package io.newsroom.search.event;

import java.time.LocalDate;

/**
 * Filters of the events list; null means any.
 *
 * @param type    an event type (VISIT, TALKS, SANCTIONS...)
 * @param status  planned or occurred
 * @param actor   an entity id among the actors
 * @param country a country id among the actors or the place
 * @param from    first day (inclusive) of the event's date
 * @param to      last day (inclusive)
 * @param size    events to return, 1 to 100
 */
public record EventQuery(String type, String status, String actor, String country, LocalDate from, LocalDate to, int size) {
}
