package io.newsroom.search.event;

import java.util.List;

import io.newsroom.contracts.MergedEvent;

/**
 * A page of events, most recently reported first, without their reports.
 *
 * @param total  events matching the filters
 * @param events the page
 */
public record EventPage(long total, List<MergedEvent> events) {
}
