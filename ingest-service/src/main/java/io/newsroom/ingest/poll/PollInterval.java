package io.newsroom.ingest.poll;

import java.time.Duration;

/**
 * Adaptive polling: after a poll that found something new the interval halves, after one that found nothing it
 * grows by half, always between a quarter and four times the source's configured interval. Pure.
 */
final class PollInterval {

    private PollInterval() {
    }

    static Duration next(Duration configured, Duration current, int newArticles) {
        Duration next = newArticles > 0 ? current.dividedBy(2) : current.plus(current.dividedBy(2));
        Duration min = configured.dividedBy(4);
        Duration max = configured.multipliedBy(4);
        return next.compareTo(min) < 0 ? min : next.compareTo(max) > 0 ? max : next;
    }
}
