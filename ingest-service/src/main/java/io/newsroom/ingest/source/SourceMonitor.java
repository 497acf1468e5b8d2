package io.newsroom.ingest.source;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps each source's health: polls, new articles, errors in a row and their reason. A source is stale when
 * nothing new arrived within its expected interval, counted from its last new article or, before any, from the
 * first poll. Thread-safe.
 */
public final class SourceMonitor {

    private static final class Stats {
        volatile Instant firstPoll;
        volatile Instant lastPoll;
        volatile Instant lastNew;
        volatile long newArticles;
        volatile int errors;
        volatile String lastError;
    }

    private final Map<String, Stats> stats = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration staleAfter;

    /** @param staleAfter how long a source may give nothing new before it is flagged stale */
    public SourceMonitor(Clock clock, Duration staleAfter) {
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    /** A poll of the source succeeded. */
    public void polled(String sourceId) {
        Stats s = of(sourceId);
        Instant now = clock.instant();
        if (s.firstPoll == null) {
            s.firstPoll = now;
        }
        s.lastPoll = now;
        s.errors = 0;
        s.lastError = null;
    }

    /** An article of the source was published for the first time or as a new revision. */
    public void published(String sourceId) {
        Stats s = of(sourceId);
        s.lastNew = clock.instant();
        s.newArticles++;
    }

    public void failed(String sourceId, String reason) {
        Stats s = of(sourceId);
        Instant now = clock.instant();
        if (s.firstPoll == null) {
            s.firstPoll = now;
        }
        s.lastPoll = now;
        s.errors++;
        s.lastError = reason;
    }

    public List<SourceHealth> health(SourceRegistry registry) {
        List<Source> sources = registry.all();
        Instant now = clock.instant();
        return sources.stream().map(src -> {
            Stats s = of(src.id());
            Instant since = s.lastNew != null ? s.lastNew : s.firstPoll;
            boolean stale = since != null && Duration.between(since, now).compareTo(staleAfter) > 0;
            double days = s.firstPoll == null ? 0 : Duration.between(s.firstPoll, now).toMinutes() / 1440.0;
            return new SourceHealth(src.id(), src.type().name().toLowerCase(Locale.ROOT), src.url(), s.lastPoll,
                    s.lastNew, days >= 1 ? s.newArticles / days : 0, s.newArticles, s.errors, s.lastError,
                    stale && !registry.isPaused(src.id()) && !registry.isRetired(src.id()), registry.isPaused(src.id()),
                    registry.isRetired(src.id()));
        }).toList();
    }

    private Stats of(String sourceId) {
        return stats.computeIfAbsent(sourceId, id -> new Stats());
    }
}
