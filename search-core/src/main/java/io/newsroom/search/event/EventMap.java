package io.newsroom.search.event;

import java.util.List;

import io.newsroom.contracts.EntityRef;

/**
 * Where events happened: the events matching the filters counted per country of their place (the dashboard's map).
 *
 * @param total     events matching the filters
 * @param countries each country with events placed in it, most first: the place is the country, its capital or
 *                  another place the gazetteer puts in it
 * @param unplaced  events no report gives a place for
 * @param unmapped  events whose place has no country in the gazetteer's data (a place outside it, a region)
 */
public record EventMap(long total, List<CountryCount> countries, long unplaced, long unmapped) {

    /** One country's events. */
    public record CountryCount(EntityRef country, long events) {
    }
}
