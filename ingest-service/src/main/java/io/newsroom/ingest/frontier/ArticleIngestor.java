package io.newsroom.ingest.frontier;

import java.time.Clock;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsroom.contracts.FrontierEntry;
import io.newsroom.contracts.RawArticle;
import io.newsroom.contracts.SeenRecord;
import io.newsroom.ingest.fetch.FetchException;
import io.newsroom.ingest.fetch.PageFetcher;
import io.newsroom.ingest.publish.ArticlePublisher;
import io.newsroom.ingest.seen.ContentHash;
import io.newsroom.ingest.source.SourceMonitor;

/**
 * One frontier entry to at most one raw article: skip what was fetched already, fetch (or take the archive's
 * capture), publish a new revision only when the visible text changed, then record what was done. Called by the
 * one listener thread that owns the entry's partition, so no two fetches of an id ever overlap.
 */
@Component
public class ArticleIngestor {

    /** What became of an entry. */
    public enum Outcome { NEW, REVISED, UNCHANGED, ALREADY_SEEN, FAILED, RETRYING }

    private static final Logger log = LoggerFactory.getLogger(ArticleIngestor.class);

    private final PageFetcher fetcher;
    private final ArticlePublisher publisher;
    private final SeenStore seen;
    private final FrontierRetries retries;
    private final SourceMonitor monitor;
    private final MeterRegistry meters;
    private final Clock clock;

    ArticleIngestor(PageFetcher fetcher, ArticlePublisher publisher, SeenStore seen, FrontierRetries retries,
            SourceMonitor monitor, MeterRegistry meters, Clock clock) {
        this.fetcher = fetcher;
        this.publisher = publisher;
        this.seen = seen;
        this.retries = retries;
        this.monitor = monitor;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * @throws io.newsroom.ingest.publish.PublishException when the broker does not acknowledge: the entry must be
     *                                                      processed again, so the offset is not committed
     */
    public Outcome process(int partition, FrontierEntry entry) {
        Outcome outcome = decide(partition, entry);
        meters.counter("newsroom.ingest.frontier", "outcome", outcome.name().toLowerCase(Locale.ROOT)).increment();
        return outcome;
    }

    private Outcome decide(int partition, FrontierEntry entry) {
        SeenRecord previous = seen.get(partition, entry.id());
        if (previous != null && !worthALook(previous, entry)) {
            return Outcome.ALREADY_SEEN;
        }
        RawArticle page;
        try {
            page = page(entry, previous);
        } catch (FetchException e) {
            publisher.deadLetter("fetch", entry.source(), entry.url(), e.getMessage());
            if (e.isPermanent()) {
                seen.record(partition, new SeenRecord(entry.id(), previous == null ? 0 : previous.revision(),
                        previous == null ? null : previous.contentHash(), clock.instant(), e.getMessage()));
                return Outcome.FAILED;
            }
            return retries.schedule(entry) ? Outcome.RETRYING : Outcome.FAILED;
        }
        String hash = ContentHash.of(page.body());
        if (previous != null && hash.equals(previous.contentHash())) {
            seen.record(partition, new SeenRecord(entry.id(), previous.revision(), hash, page.fetchedAt(), null));
            log.debug("unchanged id={} url={} revision={}", entry.id(), entry.url(), previous.revision());
            return Outcome.UNCHANGED;
        }
        publisher.publish(page);
        seen.record(partition, new SeenRecord(entry.id(), page.revision(), hash, page.fetchedAt(), null));
        monitor.published(entry.source());
        return page.revision() == 1 ? Outcome.NEW : Outcome.REVISED;
    }

    /**
     * An id seen before is looked at again only when it comes with its own page (an archive capture) or when its
     * feed or sitemap says it changed after the last look; a URL given up on stays given up on.
     */
    private static boolean worthALook(SeenRecord previous, FrontierEntry entry) {
        if (entry.capture() != null) {
            return true;
        }
        return !previous.failed() && entry.updatedAt() != null && entry.updatedAt() != null && entry.updatedAt().isAfter(previous.checkedAt());
    }

    private RawArticle page(FrontierEntry entry, SeenRecord previous) {
        int revision = previous == null || previous.revision() == 0 ? 1 : previous.revision() + 1;
        FrontierEntry.Capture c = entry.capture();
        if (c != null) {
            return new RawArticle(RawArticle.SCHEMA_VERSION, entry.id(), entry.url(), entry.canonicalUrl(), c.finalUrl(),
                    entry.source(), revision, c.capturedAt(), c.contentType(), c.charset(), c.body(), entry.hints());
        }
        var fetched = fetcher.fetchPage(entry.url());
        return new RawArticle(RawArticle.SCHEMA_VERSION, entry.id(), entry.url(), entry.canonicalUrl(),
                fetched.finalUrl(), entry.source(), revision, fetched.fetchedAt(), fetched.contentType(),
                fetched.charset(), fetched.body(), entry.hints());
    }
}
