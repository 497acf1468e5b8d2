package io.newsroom.enrich.extract;

import java.time.OffsetDateTime;

/**
 * When a page says its article appeared and last changed.
 *
 * @param published the publication time, null when the page does not say
 * @param modified  the last modification time, null when the page does not say
 */
record Dates(OffsetDateTime published, OffsetDateTime modified) {
}
