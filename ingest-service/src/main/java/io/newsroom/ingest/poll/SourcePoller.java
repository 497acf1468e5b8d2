package io.newsroom.ingest.poll;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import io.newsroom.ingest.publish.ArticlePublisher;
import io.newsroom.ingest.publish.PublishException;
import io.newsroom.ingest.source.Source;
import io.newsroom.ingest.source.SourceMonitor;
import io.newsroom.ingest.source.SourceRegistry;

/**
 * Polls every configured source on its interval, one request at a time (a single thread keeps the skeleton
 * polite to every host), and hands each discovered URL to the {@link ArticleIngestor}.
 */
@Component
class SourcePoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SourcePoller.class);
    /** Sitemaps fetched per poll of one source: an index's newest children come first, old archives wait. */
    private static final int MAX_SITEMAPS_PER_POLL = 20;

    private final SourceRegistry registry;
    private final PageFetcher fetcher;
    private final ArticleIngestor ingestor;
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
    private ScheduledExecutorService scheduler;

    SourcePoller(SourceRegistry registry, PageFetcher fetcher, ArticleIngestor ingestor, ArticlePublisher publisher,
            SourceMonitor monitor, IngestProperties props) {
        this.monitor = monitor;
        this.registry = registry;
        this.fetcher = fetcher;
        this.ingestor = ingestor;
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
            }
        });
        registry.active().forEach(s -> schedule(s, Duration.ZERO));
        log.info("polling {} source(s)", registry.active().size());
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
        int added = pollSafely(source);
        // a source removed, paused or replaced meanwhile is not polled again in this form
        if (registry.get(source.id()) == source && !registry.isPaused(source.id()) && !scheduler.isShutdown()) {
            schedule(source, nextInterval(source, added));
        }
    }

    private Duration nextInterval(Source source, int added) {
        Duration base = source.pollEvery() != null ? source.pollEvery() : defaultInterval;
        Duration next = PollInterval.next(base, intervals.getOrDefault(source.id(), base), added);
        intervals.put(source.id(), next);
        return next;
    }

    private int pollSafely(Source source) {
        try {
            int added = poll(source);
            log.info("polled source={} new={}", source.id(), added);
            return added;
        } catch (SourceUnavailableException e) {
            monitor.failed(source.id(), e.getMessage());
        } catch (RuntimeException e) {
            // keep the source alive whatever went wrong
            monitor.failed(source.id(), e.toString());
            log.error("poll of source={} failed: {}", source.id(), e.toString(), e);
        }
        return 0;
    }

    int poll(Source source) {
        List<FeedItem> items = switch (source.type()) {
            case URLS -> source.urls().stream().map(u -> new FeedItem(u, ItemHints.none())).toList();
            case FEED -> readFeed(source);
            case SITEMAP -> readSitemap(source);
        };
        int added = ingestAll(source, items);
        monitor.polled(source.id(), added);
        return added;
    }

    private int ingestAll(Source source, List<FeedItem> items) {
        int added = 0;
        for (FeedItem item : items) {
            try {
                if (ingestor.ingest(source.id(), item.link(), item.hints())) {
                    added++;
                }
            } catch (PublishException e) {
                log.warn("source={} url={} not published, will retry on next poll: {}", source.id(), item.link(),
                        e.getMessage());
            }
        }
        return added;
    }

    private List<FeedItem> readFeed(Source source) {
        try {
            PageFetcher.Body body = fetcher.fetchBytes(source.url(),
                    validators.getOrDefault(source.url(), PageFetcher.Validators.none()));
            validators.put(source.url(), body.validators());
            if (body.notModified()) {
                log.debug("source={} not modified since last poll", source.id());
                return List.of();
            }
            return feeds.parse(body.bytes(), body.finalUrl());
        } catch (FetchException | InvalidFeedException e) {
            publisher.deadLetter("feed", source.id(), source.url(), e.getMessage());
            throw new SourceUnavailableException(e.getMessage());
        }
    }

    /** A sitemap's pages; for an index, the pages of its newest child sitemaps. */
    private List<FeedItem> readSitemap(Source source) {
        List<FeedItem> items = new ArrayList<>();
        List<String> pending = new ArrayList<>(List.of(source.url()));
        int sitemapsRead = 0;
        while (!pending.isEmpty() && sitemapsRead < MAX_SITEMAPS_PER_POLL) {
            String url = pending.remove(0);
            sitemapsRead++;
            try {
                PageFetcher.Body body = fetcher.fetchBytes(url, validators.getOrDefault(url, PageFetcher.Validators.none()));
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
                    throw new SourceUnavailableException(e.getMessage());
                }
            }
        }
        return items;
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
