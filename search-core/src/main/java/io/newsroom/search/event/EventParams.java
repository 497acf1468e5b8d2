package io.newsroom.search.event;

/**
 * The events list's and the map's request parameters as they arrive, every one a string, so that a malformed one is a
 * 400 that names it (see {@link EventQueryParser}).
 *
 * @param q       search words, in the articles' query syntax
 * @param lang    a language among the reporting articles'
 * @param source  a source among the reporting articles'
 * @param type    an event type
 * @param status  planned, occurred, denied or cancelled
 * @param actor   an entity id among the parties
 * @param sourceActor an entity id among those who did it
 * @param targetActor an entity id among those to whom it was done
 * @param country a country id among the parties or the place
 * @param from    first day of the event's date, YYYY-MM-DD
 * @param to      last day, inclusive
 * @param plover  a PLOVER type (AGREE, CONSULT, SANCTION...)
 * @param quad    a PLOVER class: verbal-cooperation, material-cooperation, verbal-conflict, material-conflict, or
 *                cooperation or conflict for both of theirs
 */
public record EventParams(String q, String lang, String source, String type, String status, String actor,
                          String sourceActor, String targetActor, String country, String from, String to,
                          String plover, String quad) {
}
