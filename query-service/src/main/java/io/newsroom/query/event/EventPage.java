package io.newsroom.query.event;

import java.util.List;

/**
 * A page of events, most recently reported first, without their reports.
 *
 * @param total  events matching the filters
 * @param events the page
 */
public record EventPage(long total, List<StoredEvent> events) {
}
