package io.newsroom.ingest.frontier;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsroom.contracts.ArticleId;
import io.newsroom.contracts.FrontierEntry;
import io.newsroom.contracts.RawArticle;
import io.newsroom.contracts.SeenRecord;
import io.newsroom.ingest.fetch.CanonicalResolver;
import io.newsroom.ingest.fetch.FetchException;
import io.newsroom.ingest.fetch.FrontierEntries;
import io.newsroom.ingest.fetch.PageFetcher;
import io.newsroom.ingest.fetch.RedirectedOffSite;
import io.newsroom.ingest.publish.ArticlePublisher;
import io.newsroom.ingest.seen.ContentHash;
import io.newsroom.ingest.site.Site;
import io.newsroom.ingest.source.SourceMonitor;

/**
 * One frontier entry to at most one raw article: skip what was fetched already, fetch (or take the archive's
 * capture), find the article the page is (its canonical URL: the same-site canonical link, else where it was read
 * from after redirects), publish a new revision of that article only when its visible text changed, then record
 * what was done. A URL that turns out to be another address of an article is recorded as looked at, so it is not
 * fetched again, and the article is not published again as a new one. Called by the one listener thread that owns
 * the entry's partition, hence its site, so no two fetches of a site's pages ever overlap.
 */
@Component
public class ArticleIngestor {

    /** What became of an entry. */
    public enum Outcome {
        NEW, REVISED, UNCHANGED, ALREADY_SEEN, FAILED, RETRYING,
        /** The page redirected to another site: queued for that site's owner. */
        HANDED_OVER,
        /** The entry was on another partition than its site's (an older producer keyed it otherwise): moved there. */
        REHOMED
    }

    /** A page as read: fetched, or as an archive captured it. */
    private record Page(String readFrom, Instant at, String contentType, String charset, String body) {
    }

    private static final Logger log = LoggerFactory.getLogger(ArticleIngestor.class);

    private final PageFetcher fetcher;
    private final ArticlePublisher publisher;
    private final SeenStore seen;
    private final FrontierRetries retries;
    private final SiteOwnership ownership;
    private final SourceMonitor monitor;
    private final MeterRegistry meters;
    private final Clock clock;
    private final CanonicalResolver resolver = new CanonicalResolver();
    private final FrontierEntries entries = new FrontierEntries();

    ArticleIngestor(PageFetcher fetcher, ArticlePublisher publisher, SeenStore seen, FrontierRetries retries,
            SiteOwnership ownership, SourceMonitor monitor, MeterRegistry meters, Clock clock) {
        this.fetcher = fetcher;
        this.publisher = publisher;
        this.seen = seen;
        this.retries = retries;
        this.ownership = ownership;
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
        if (!ownership.isHome(FrontierEntries.site(entry), partition)) {
            publisher.offer(entry);
            return Outcome.REHOMED;
        }
        SeenRecord previous = seen.get(partition, entry.id());
        if (previous != null && !worthALook(previous, entry)) {
            return Outcome.ALREADY_SEEN;
        }
        Page page;
        try {
            page = read(entry);
        } catch (RedirectedOffSite moved) {
            return handOver(partition, entry, previous, moved);
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
        String canonical = canonical(entry, page);
        String id = ArticleId.of(canonical);
        if (!id.equals(entry.id())) {
            // another address of the article (a redirect within the site or its canonical link says so): this URL
            // is done with, and the article's own record decides
            seen.record(partition, new SeenRecord(entry.id(), 0, hash, page.at(), null));
            previous = seen.get(partition, id);
            log.debug("url={} is article id={} url={}", entry.url(), id, canonical);
        }
        if (previous != null && hash.equals(previous.contentHash())) {
            seen.record(partition, new SeenRecord(id, previous.revision(), hash, page.at(), null));
            log.debug("unchanged id={} url={} revision={}", id, canonical, previous.revision());
            return Outcome.UNCHANGED;
        }
        int revision = previous == null || previous.revision() == 0 ? 1 : previous.revision() + 1;
        publisher.publish(new RawArticle(RawArticle.SCHEMA_VERSION, id, entry.url(), canonical, page.readFrom(),
                entry.source(), revision, page.at(), page.contentType(), page.charset(), page.body(), entry.hints()));
        seen.record(partition, new SeenRecord(id, revision, hash, page.at(), null));
        monitor.published(entry.source());
        return revision == 1 ? Outcome.NEW : Outcome.REVISED;
    }

    /**
     * An id seen before is looked at again only when it comes with its own page (an archive capture) or when its
     * feed or sitemap says it changed after the last look; a URL given up on stays given up on.
     */
    private static boolean worthALook(SeenRecord previous, FrontierEntry entry) {
        if (entry.capture() != null) {
            return true;
        }
        return !previous.failed() && entry.updatedAt() != null && entry.updatedAt().isAfter(previous.checkedAt());
    }

    /**
     * The article the page is. Only an article of the entry's own site can be, whose seen state this partition
     * holds: a capture that another producer recorded under another site's address keeps the entry's URL.
     */
    private String canonical(FrontierEntry entry, Page page) {
        try {
            String canonical = resolver.canonical(page.readFrom(), page.body());
            return Site.same(canonical, entry.canonicalUrl()) ? canonical : entry.canonicalUrl();
        } catch (IllegalArgumentException notHttp) {
            return entry.canonicalUrl();
        }
    }

    private Page read(FrontierEntry entry) {
        FrontierEntry.Capture c = entry.capture();
        if (c != null) {
            return new Page(c.finalUrl(), c.capturedAt(), c.contentType(), c.charset(), c.body());
        }
        var fetched = fetcher.fetchPage(entry.url());
        return new Page(fetched.finalUrl(), fetched.fetchedAt(), fetched.contentType(), fetched.charset(),
                fetched.body());
    }

    /**
     * The page lives on another site: its owner fetches it there (this instance may not ask that site's hosts), and
     * this URL is recorded as looked at.
     */
    private Outcome handOver(int partition, FrontierEntry entry, SeenRecord previous, RedirectedOffSite moved) {
        FrontierEntry there;
        try {
            there = entries.discovered(entry.source(), moved.target(), entry.hints(), entry.updatedAt(), null,
                    clock.instant());
        } catch (IllegalArgumentException e) {
            publisher.deadLetter("fetch", entry.source(), entry.url(), moved.getMessage() + ": " + e.getMessage());
            seen.record(partition, new SeenRecord(entry.id(), previous == null ? 0 : previous.revision(),
                    previous == null ? null : previous.contentHash(), clock.instant(), e.getMessage()));
            return Outcome.FAILED;
        }
        publisher.offer(there);
        seen.record(partition, new SeenRecord(entry.id(), previous == null ? 0 : previous.revision(),
                previous == null ? null : previous.contentHash(), clock.instant(), null));
        log.debug("handed over url={}: {}", entry.url(), moved.getMessage());
        return Outcome.HANDED_OVER;
    }
}
