package io.newsroom.ingest.poll;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import io.newsroom.contracts.ItemHints;
import io.newsroom.ingest.IngestProperties;
import io.newsroom.ingest.feed.FeedItem;
import io.newsroom.ingest.feed.FeedParser;
import io.newsroom.ingest.feed.InvalidFeedException;
import io.newsroom.ingest.feed.SitemapReader;
import io.newsroom.ingest.fetch.FetchException;
import io.newsroom.ingest.fetch.PageFetcher;
import io.newsroom.ingest.fetch.FrontierEntries;
import io.newsroom.ingest.frontier.SiteOwnership;
import io.newsroom.ingest.publish.ArticlePublisher;
import io.newsroom.ingest.publish.PublishException;
import io.newsroom.ingest.source.Source;
import io.newsroom.ingest.source.SourceMonitor;
import io.newsroom.ingest.source.SourceRegistry;
import io.newsroom.ingest.site.Site;

/**
 * Polls the configured sources this instance owns on their interval, one request at a time, and puts each URL it
 * has not listed before (or whose feed says it changed) on the frontier, where the fetcher that owns its site
 * decides. A source belongs to the site of its feed or sitemap (of its first URL for a list): polling is a request
 * to that site, so only the site's owner makes it ({@link SiteOwnership}), and a source whose site this instance
 * takes over is polled at once. A feed's redirects and a sitemap index's children are followed wherever they lead.
 * What was listed is remembered per source in memory only: after a restart or a handover every listed URL is
 * offered once more, and the fetcher's restart-proof seen state turns those offers away.
 */
@Component
class SourcePoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SourcePoller.class);
    /** Sitemaps fetched per poll of one source: an index's newest children come first, old archives wait. */
    private static final int MAX_SITEMAPS_PER_POLL = 20;

    private final SourceRegistry registry;
    private final PageFetcher fetcher;
    private final FrontierEntries entries = new FrontierEntries();
    /** Per source, the URLs of its last listing and the change time the listing gave each (or the poll time). */
    private final Map<String, Map<String, Instant>> listed = new ConcurrentHashMap<>();
    private final Clock clock;
    private final ArticlePublisher publisher;
    private final SourceMonitor monitor;
    private final Duration defaultInterval;
    private final FeedParser feeds = new FeedParser();
    private final SitemapReader sitemaps = new SitemapReader();
    /** Per feed or sitemap URL, the ETag and Last-Modified of its last answer: unchanged ones cost a 304. */
    private final Map<String, PageFetcher.Validators> validators = new ConcurrentHashMap<>();
    private final Map<String, ScheduledFuture<?>> scheduled = new ConcurrentHashMap<>();
    /** Each source's current interval, adapted between a quarter and four times its configured one. */
    private final Map<String, Duration> intervals = new ConcurrentHashMap<>();
    private final SiteOwnership ownership;
    private ScheduledExecutorService scheduler;

    SourcePoller(SourceRegistry registry, PageFetcher fetcher, ArticlePublisher publisher, SourceMonitor monitor,
            SiteOwnership ownership, IngestProperties props, Clock clock) {
        this.ownership = ownership;
        this.clock = clock;
        this.monitor = monitor;
        this.registry = registry;
        this.fetcher = fetcher;
        this.publisher = publisher;
        this.defaultInterval = props.defaultPollInterval();
    }

    @Override
    public void start() {
        // one thread: polls never overlap, which keeps the fetcher's per-host pacing simple
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "source-poller"));
        registry.onChange(change -> {
            if (change.active()) {
                intervals.remove(change.source().id());
                schedule(change.source(), Duration.ZERO);
            } else {
                cancel(change.source().id());
                listed.remove(change.source().id());
            }
        });
        ownership.onAssigned(this::takeOver);
        registry.active().forEach(s -> schedule(s, Duration.ZERO));
        log.info("{} source(s), polled by the instances that own their sites", registry.active().size());
    }

    /** Polls at once the sources of sites this instance has just taken over and is not polling yet. */
    private void takeOver(Set<Integer> partitions) {
        int n = ownership.partitions();
        for (Source source : registry.active()) {
            Site site = site(source);
            ScheduledFuture<?> pending = scheduled.get(source.id());
            if (site != null && partitions.contains(site.partition(n)) && (pending == null || pending.isDone())) {
                schedule(source, Duration.ZERO);
            }
        }
    }

    /** The site a source's requests go to; null for an empty URL list. */
    private static Site site(Source source) {
        if (source.url() != null) {
            return Site.of(source.url());
        }
        return source.urls().isEmpty() ? null : Site.of(source.urls().get(0));
    }

    private void schedule(Source source, Duration delay) {
        cancel(source.id());
        scheduled.put(source.id(), scheduler.schedule(() -> run(source), delay.toMillis(), TimeUnit.MILLISECONDS));
    }

    private void cancel(String id) {
        ScheduledFuture<?> f = scheduled.remove(id);
        if (f != null) {
            f.cancel(false);
        }
    }

    private void run(Source source) {
        Site site = site(source);
        if (site == null || !ownership.owns(site)) {
            // another instance polls it; this one starts when it takes the site over
            scheduled.remove(source.id());
            return;
        }
        int added = pollSafely(source, site);
        // a source removed, paused, replaced or handed over meanwhile is not polled again in this form
        if (registry.get(source.id()) == source && !registry.isPaused(source.id()) && !registry.isRetired(source.id())
                && ownership.owns(site) && !scheduler.isShutdown()) {
            schedule(source, nextInterval(source, added));
        } else {
            scheduled.remove(source.id());
        }
    }

    private Duration nextInterval(Source source, int added) {
        Duration base = source.pollEvery() != null ? source.pollEvery() : defaultInterval;
        Duration next = PollInterval.next(base, intervals.getOrDefault(source.id(), base), added);
        intervals.put(source.id(), next);
        return next;
    }

    private int pollSafely(Source source, Site site) {
        try {
            int added = poll(source, site);
            log.info("polled source={} new={}", source.id(), added);
            return added;
        } catch (SiteOwnership.NotOwned e) {
            log.info("source={} handed over mid-poll: {}", source.id(), e.getMessage());
        } catch (SourceUnavailableException e) {
            monitor.failed(source.id(), e.getMessage());
        } catch (RuntimeException e) {
            // keep the source alive whatever went wrong
            monitor.failed(source.id(), e.toString());
            log.error("poll of source={} failed: {}", source.id(), e.toString(), e);
        }
        return 0;
    }

    private int poll(Source source, Site site) {
        List<FeedItem> items = switch (source.type()) {
            case URLS -> source.urls().stream().map(u -> new FeedItem(u, ItemHints.none(), null)).toList();
            case FEED -> readFeed(source, site);
            case SITEMAP -> readSitemap(source, site);
        };
        int offered = offerNew(source, items);
        monitor.polled(source.id());
        return offered;
    }

    /** @return how many URLs were new to this source's listing or changed since: what adapts the interval */
    private int offerNew(Source source, List<FeedItem> items) {
        Map<String, Instant> before = listed.getOrDefault(source.id(), Map.of());
        Map<String, Instant> now = new HashMap<>();
        Instant pollTime = clock.instant();
        int offered = 0;
        for (FeedItem item : items) {
            Instant changed = item.updatedAt() != null ? item.updatedAt() : before.getOrDefault(item.link(), pollTime);
            now.put(item.link(), changed);
            if (before.containsKey(item.link()) && !changed.isAfter(before.get(item.link()))) {
                continue;
            }
            try {
                publisher.offer(entries.discovered(source.id(), item.link(), item.hints(), item.updatedAt(), null,
                        pollTime));
                offered++;
            } catch (IllegalArgumentException e) {
                publisher.deadLetter("discover", source.id(), item.link(), e.getMessage());
            } catch (PublishException e) {
                // not remembered as listed: offered again on the next poll
                now.remove(item.link());
                log.warn("source={} url={} not queued, will retry on next poll: {}", source.id(), item.link(),
                        e.getMessage());
            }
        }
        listed.put(source.id(), now);
        return offered;
    }

    private List<FeedItem> readFeed(Source source, Site site) {
        try {
            PageFetcher.Body body = ownership.whileOwned(site, () -> fetcher.fetchBytes(source.url(),
                    validators.getOrDefault(source.url(), PageFetcher.Validators.none())));
            validators.put(source.url(), body.validators());
            if (body.notModified()) {
                log.debug("source={} not modified since last poll", source.id());
                return List.of();
            }
            return feeds.parse(body.bytes(), body.finalUrl());
        } catch (FetchException | InvalidFeedException e) {
            publisher.deadLetter("feed", source.id(), source.url(), e.getMessage());
            retireIfGone(source, e);
            throw new SourceUnavailableException(e.getMessage());
        }
    }

    /** A sitemap's pages; for an index, the pages of its newest child sitemaps. */
    private List<FeedItem> readSitemap(Source source, Site site) {
        List<FeedItem> items = new ArrayList<>();
        List<String> pending = new ArrayList<>(List.of(source.url()));
        int sitemapsRead = 0;
        while (!pending.isEmpty() && sitemapsRead < MAX_SITEMAPS_PER_POLL) {
            String url = pending.remove(0);
            sitemapsRead++;
            try {
                PageFetcher.Body body = ownership.whileOwned(site, () -> fetcher.fetchBytes(url,
                        validators.getOrDefault(url, PageFetcher.Validators.none())));
                validators.put(url, body.validators());
                if (body.notModified()) {
                    continue;
                }
                SitemapReader.Contents contents = sitemaps.read(body.bytes(), body.contentType(), body.finalUrl());
                items.addAll(contents.items());
                pending.addAll(contents.childSitemaps());
            } catch (FetchException | InvalidFeedException e) {
                publisher.deadLetter("sitemap", source.id(), url, e.getMessage());
                if (url.equals(source.url())) {
                    retireIfGone(source, e);
                    throw new SourceUnavailableException(e.getMessage());
                }
            }
        }
        return items;
    }

    private void retireIfGone(Source source, RuntimeException e) {
        if (e instanceof FetchException f && f.isGone()) {
            log.warn("source={} is gone ({}): retired, no longer polled", source.id(), f.getMessage());
            registry.retire(source.id());
        }
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null && !scheduler.isShutdown();
    }
}
