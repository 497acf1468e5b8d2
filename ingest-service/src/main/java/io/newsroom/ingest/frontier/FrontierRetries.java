package io.newsroom.ingest.frontier;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.newsroom.contracts.FrontierEntry;
import io.newsroom.ingest.publish.ArticlePublisher;
import io.newsroom.ingest.publish.PublishException;

/**
 * Puts an entry that failed transiently (timeout, 5xx, a host asking for a pause) back on the frontier after a
 * delay that doubles with each attempt, so the partition's other URLs are not held up meanwhile. A retry pending
 * when the process stops is not lost for good: the id is not recorded as seen, so its next discovery fetches it.
 * Thread-safe.
 */
public final class FrontierRetries implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FrontierRetries.class);

    private final ArticlePublisher publisher;
    private final int maxRetries;
    private final Duration firstDelay;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "frontier-retries");
        t.setDaemon(true);
        return t;
    });

    public FrontierRetries(ArticlePublisher publisher, int maxRetries, Duration firstDelay) {
        this.publisher = publisher;
        this.maxRetries = maxRetries;
        this.firstDelay = firstDelay;
    }

    /** @return false when the entry has had all its retries */
    public boolean schedule(FrontierEntry entry) {
        if (entry.attempt() >= maxRetries) {
            log.warn("giving up on url={} after {} retries until it is discovered again", entry.url(), entry.attempt());
            return false;
        }
        long delay = firstDelay.toMillis() << Math.min(entry.attempt(), 20);
        timer.schedule(() -> {
            try {
                publisher.offer(entry.retry());
            } catch (PublishException e) {
                log.warn("could not queue retry of url={}: {}", entry.url(), e.getMessage());
            }
        }, delay, TimeUnit.MILLISECONDS);
        return true;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
