package io.newsroom.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

class SourceMonitorTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final SourceMonitor monitor = new SourceMonitor(clock, Duration.ofHours(24));
    private final Source feed = new Source("wire", SourceType.FEED, "https://wire.example/feed", List.of(), null);
    private final SourceRegistry registry = new SourceRegistry(new SourcesConfig(List.of(), List.of(feed)));

    @Test
    void aSourceThatGivesNothingNewForLongerThanItsIntervalIsStale() {
        monitor.polled("wire");
        monitor.published("wire");
        monitor.published("wire");
        monitor.published("wire");
        clock.now = clock.now.plus(Duration.ofHours(23));
        monitor.polled("wire");
        assertThat(monitor.health(registry).get(0).stale()).isFalse();
        clock.now = clock.now.plus(Duration.ofHours(2));
        monitor.polled("wire");
        SourceHealth h = monitor.health(registry).get(0);
        assertThat(h.stale()).isTrue();
        assertThat(h.newArticles()).isEqualTo(3);
        assertThat(h.articlesPerDay()).isCloseTo(3 / (25.0 / 24), org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void errorsCountInARowWithTheLastReasonAndASuccessClearsThem() {
        monitor.failed("wire", "HTTP 503 from https://wire.example/feed");
        monitor.failed("wire", "timed out after PT30S at https://wire.example/feed");
        SourceHealth h = monitor.health(registry).get(0);
        assertThat(h.consecutiveErrors()).isEqualTo(2);
        assertThat(h.lastError()).startsWith("timed out");
        monitor.polled("wire");
        monitor.published("wire");
        h = monitor.health(registry).get(0);
        assertThat(h.consecutiveErrors()).isZero();
        assertThat(h.lastError()).isNull();
        assertThat(h.lastNewArticle()).isEqualTo(clock.now);
    }

    @Test
    void aPausedSourceSaysSoAndIsNotStale() {
        monitor.polled("wire");
        registry.pause("wire", true);
        clock.now = clock.now.plus(Duration.ofDays(3));
        SourceHealth h = monitor.health(registry).get(0);
        assertThat(h.paused()).isTrue();
        assertThat(h.stale()).isFalse();
    }

    @Test
    void aSourceNeverPolledHasNoHealthYetButIsListed() {
        SourceHealth h = monitor.health(registry).get(0);
        assertThat(h.id()).isEqualTo("wire");
        assertThat(h.type()).isEqualTo("feed");
        assertThat(h.lastPoll()).isNull();
        assertThat(h.stale()).isFalse();
    }
}
