package io.newsroom.ingest.fetch;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

/**
 * Politeness per host: one request at a time, at least the configured delay (or the robots.txt crawl-delay, if
 * longer) between two, robots.txt honoured and cached, Retry-After honoured, and exponential backoff while a host
 * keeps failing. A host is its name: its http and https servers, on whatever port, are one machine to spare (robots.txt
 * is still read per scheme and port, as RFC 9309 scopes it). A host that asks for a longer wait than {@code maxWait}
 * is skipped for now (a transient failure) instead of holding up every other source. Across ingest instances, a
 * host's requests come from one instance only, the one that owns the host's site. Thread-safe.
 */
public final class HostPolicy {

    /** Fetches a robots.txt: its status and body (null body when unreachable). */
    public interface RobotsSource {
        RobotsResponse fetch(URI robotsUrl);
    }

    public record RobotsResponse(int status, byte[] body) {
    }

    private static final class Host {
        final ReentrantLock lock = new ReentrantLock();
        volatile Instant notBefore = Instant.EPOCH;
        volatile int failures;
        /** Per scheme and authority; touched only while holding the lock. */
        final Map<String, Robots> robots = new HashMap<>();
    }

    private record Robots(BaseRobotRules rules, Instant fetched) {
    }

    private final Map<String, Host> hosts = new ConcurrentHashMap<>();
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final String agentName;
    private final Duration delay;
    private final Duration robotsTtl;
    private final Duration maxWait;
    private final Duration backoffBase;
    private final Duration backoffMax;
    private final Clock clock;

    public HostPolicy(String userAgent, Duration delay, Duration robotsTtl, Duration maxWait, Duration backoffBase,
            Duration backoffMax, Clock clock) {
        // robots.txt groups name the product token: "newsroom/0.1 (+...)" is matched as "newsroom"
        this.agentName = userAgent.split("[/\\s]", 2)[0].toLowerCase(Locale.ROOT);
        this.delay = delay;
        this.robotsTtl = robotsTtl;
        this.maxWait = maxWait;
        this.backoffBase = backoffBase;
        this.backoffMax = backoffMax;
        this.clock = clock;
    }

    /** A held turn at a host; closing it lets the next request to that host wait out the delay. */
    public final class Turn implements AutoCloseable {
        private final Host host;
        private long crawlDelayMs;

        private Turn(Host host) {
            this.host = host;
        }

        @Override
        public void close() {
            long pause = Math.max(delay.toMillis(), crawlDelayMs);
            Instant next = clock.instant().plusMillis(pause);
            if (next.isAfter(host.notBefore)) {
                host.notBefore = next;
            }
            host.lock.unlock();
        }
    }

    /**
     * Waits for the host's turn.
     *
     * @throws FetchException (transient) when the host asked to be left alone for longer than the maximum wait
     */
    public Turn acquire(URI uri) throws InterruptedException {
        Host host = host(uri);
        host.lock.lockInterruptibly();
        try {
            Duration wait = Duration.between(clock.instant(), host.notBefore);
            if (wait.compareTo(maxWait) > 0) {
                throw FetchException.transientFailure(uri.getHost() + " asked not to be fetched before " + host.notBefore
                        + " (Retry-After or backoff after " + host.failures + " failures)");
            }
            if (!wait.isNegative() && !wait.isZero()) {
                Thread.sleep(wait.toMillis());
            }
            return new Turn(host);
        } catch (RuntimeException | InterruptedException e) {
            host.lock.unlock();
            throw e;
        }
    }

    /**
     * Whether robots.txt allows the URL; the host's rules are fetched on first use and again after their TTL.
     * A robots.txt that answers 4xx allows everything; a 5xx or unreachable one defers the host, as the robots
     * exclusion protocol (RFC 9309) asks.
     */
    public boolean allowed(URI uri, Turn turn, RobotsSource source) {
        String origin = (uri.getScheme() + "://" + uri.getRawAuthority()).toLowerCase(Locale.ROOT);
        Robots cached = turn.host.robots.get(origin);
        if (cached == null || clock.instant().isAfter(cached.fetched().plus(robotsTtl))) {
            URI robotsUrl = URI.create(origin + "/robots.txt");
            RobotsResponse r = source.fetch(robotsUrl);
            cached = new Robots(r.body() == null || r.status() >= 300
                    ? parser.failedFetch(r.body() == null ? 503 : r.status())
                    : parser.parseContent(robotsUrl.toString(), r.body(), "text/plain", agentName), clock.instant());
            turn.host.robots.put(origin, cached);
        }
        BaseRobotRules rules = cached.rules();
        if (rules.getCrawlDelay() > 0 && rules.getCrawlDelay() != BaseRobotRules.UNSET_CRAWL_DELAY) {
            turn.crawlDelayMs = rules.getCrawlDelay();
        }
        if (rules.isDeferVisits()) {
            throw FetchException.transientFailure("robots.txt of " + uri.getHost() + " is unavailable; visits deferred");
        }
        return rules.isAllowed(uri.toString());
    }

    /** The host answered: clear its failures, or honour the Retry-After it sent with a 429 or 503. */
    public void succeeded(URI uri) {
        host(uri).failures = 0;
    }

    public void retryAfter(URI uri, Duration wait) {
        Host host = host(uri);
        Instant until = clock.instant().plus(wait);
        if (until.isAfter(host.notBefore)) {
            host.notBefore = until;
        }
    }

    /** The host failed (timeout, 5xx, broken connection): back off exponentially, up to the maximum. */
    public void failed(URI uri) {
        Host host = host(uri);
        int n = Math.min(++host.failures, 20);
        long ms = Math.min(backoffMax.toMillis(), backoffBase.toMillis() << Math.min(n - 1, 30));
        retryAfter(uri, Duration.ofMillis(ms));
    }

    private Host host(URI uri) {
        return hosts.computeIfAbsent(uri.getHost().toLowerCase(Locale.ROOT), k -> new Host());
    }
}
