package io.newsroom.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** The fetcher against a real local HTTP server: politeness, robots.txt, conditional GET and hostile answers. */
class PageFetcherTest {

    private static final String PAGE = "<html><head><title>t</title></head><body><p>Hello</p></body></html>";

    private HttpServer server;
    private String base;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final List<Long> pageTimes = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        base = "http://localhost:" + server.getAddress().getPort();
        server.createContext("/", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        switch (path) {
            case "/robots.txt" -> send(ex, 200, "text/plain", "User-agent: *\nDisallow: /private\n");
            case "/slow-down" -> {
                ex.getResponseHeaders().set("Retry-After", "120");
                send(ex, 429, "text/plain", "too many");
            }
            case "/broken" -> send(ex, 500, "text/plain", "oops");
            case "/moved-here" -> {
                ex.getResponseHeaders().set("Location", "http://LOCALHOST:" + server.getAddress().getPort() + "/a");
                send(ex, 301, "text/plain", "");
            }
            case "/moved-away" -> {
                ex.getResponseHeaders().set("Location", "http://127.0.0.1:" + server.getAddress().getPort() + "/b");
                send(ex, 301, "text/plain", "");
            }
            case "/moved-inside" -> {
                ex.getResponseHeaders().set("Location", "http://169.254.169.254/latest/meta-data/");
                send(ex, 302, "text/plain", "");
            }
            case "/loop" -> {
                ex.getResponseHeaders().set("Location", "/loop");
                send(ex, 302, "text/plain", "");
            }
            case "/feed" -> {
                if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                    send(ex, 304, null, null);
                } else {
                    ex.getResponseHeaders().set("ETag", "\"v1\"");
                    send(ex, 200, "application/rss+xml", "<rss/>");
                }
            }
            case "/bomb" -> {
                ByteArrayOutputStream zipped = new ByteArrayOutputStream();
                try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
                    gz.write(new byte[4 * 1024 * 1024]);
                }
                ex.getResponseHeaders().set("Content-Encoding", "gzip");
                ex.getResponseHeaders().set("Content-Type", "text/html");
                ex.sendResponseHeaders(200, zipped.size());
                ex.getResponseBody().write(zipped.toByteArray());
                ex.close();
            }
            default -> {
                pageTimes.add(System.nanoTime());
                send(ex, 200, "text/html", PAGE);
            }
        }
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        if (type != null) {
            ex.getResponseHeaders().set("Content-Type", type);
        }
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, status == 304 || bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
        ex.close();
    }

    private PageFetcher fetcher(Duration delay, Duration backoffBase) {
        HostPolicy policy = new HostPolicy("newsroom/test", delay, Duration.ofHours(1), Duration.ofSeconds(5),
                backoffBase, Duration.ofMinutes(10), Clock.systemUTC());
        return new PageFetcher(HttpClient.newHttpClient(), new AddressGuard(List.of("localhost", "127.0.0.1")), policy,
                "newsroom/test", 1024 * 1024, Duration.ofSeconds(5), 3, Clock.systemUTC());
    }

    @Test
    void robotsTxtIsHonouredAndFetchedOncePerHost() {
        PageFetcher f = fetcher(Duration.ZERO, Duration.ofSeconds(1));
        assertThat(f.fetchPage(base + "/public/a").body()).contains("Hello");
        assertThatThrownBy(() -> f.fetchPage(base + "/private/b"))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.isPermanent()).isTrue())
                .hasMessageContaining("disallowed by robots.txt");
        f.fetchPage(base + "/public/c");
        assertThat(hits.get("/robots.txt")).hasValue(1);
        assertThat(hits.get("/private/b")).isNull();
    }

    @Test
    void requestsToOneHostKeepTheConfiguredDistance() {
        PageFetcher f = fetcher(Duration.ofMillis(400), Duration.ofSeconds(1));
        f.fetchPage(base + "/a");
        f.fetchPage(base + "/b");
        assertThat(Duration.ofNanos(pageTimes.get(1) - pageTimes.get(0))).isGreaterThanOrEqualTo(Duration.ofMillis(380));
    }

    @Test
    void serversOnOtherPortsOfOneHostShareItsPace() throws IOException {
        HttpServer other = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        other.createContext("/", this::handle);
        other.start();
        try {
            PageFetcher f = fetcher(Duration.ofMillis(400), Duration.ofSeconds(1));
            f.fetchPage(base + "/a");
            f.fetchPage("http://localhost:" + other.getAddress().getPort() + "/b");
            assertThat(Duration.ofNanos(pageTimes.get(1) - pageTimes.get(0))).isGreaterThanOrEqualTo(Duration.ofMillis(380));
            // robots.txt is per scheme and port, as RFC 9309 scopes it
            assertThat(hits.get("/robots.txt")).hasValue(2);
        } finally {
            other.stop(0);
        }
    }

    @Test
    void aPageFollowsRedirectsWithinItsSiteAndIsHandedOverWhenOneLeavesIt() {
        PageFetcher f = fetcher(Duration.ZERO, Duration.ofSeconds(1));
        assertThat(f.fetchPage(base + "/moved-here").finalUrl()).endsWith("/a");
        assertThatThrownBy(() -> f.fetchPage(base + "/moved-away"))
                .isInstanceOfSatisfying(RedirectedOffSite.class, e -> assertThat(e.target())
                        .isEqualTo("http://127.0.0.1:" + server.getAddress().getPort() + "/b"));
        assertThat(hits.get("/b")).as("the other site's page is left to its owner").isNull();
        // a feed is read wherever it moved
        assertThat(f.fetchBytes(base + "/moved-away").finalUrl()).endsWith("/b");
    }

    @Test
    void aRedirectToAnInternalAddressFailsAlthoughItLeavesTheSite() {
        PageFetcher f = fetcher(Duration.ZERO, Duration.ofSeconds(1));
        assertThatThrownBy(() -> f.fetchPage(base + "/moved-inside"))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.isPermanent()).isTrue())
                .hasMessageContaining("refused");
    }

    @Test
    void aRetryAfterKeepsTheFetcherAwayFromTheHost() {
        PageFetcher f = fetcher(Duration.ZERO, Duration.ofSeconds(1));
        assertThatThrownBy(() -> f.fetchPage(base + "/slow-down"))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.isPermanent()).isFalse())
                .hasMessageContaining("retry after PT2M");
        assertThatThrownBy(() -> f.fetchPage(base + "/a")).hasMessageContaining("asked not to be fetched before");
        assertThat(hits.get("/a")).isNull();
    }

    @Test
    void aFailingHostIsBackedOffExponentially() {
        PageFetcher f = fetcher(Duration.ZERO, Duration.ofSeconds(10));
        assertThatThrownBy(() -> f.fetchPage(base + "/broken")).hasMessageContaining("HTTP 500");
        assertThatThrownBy(() -> f.fetchPage(base + "/a")).hasMessageContaining("asked not to be fetched before");
    }

    @Test
    void anUnchangedFeedCostsA304() {
        PageFetcher f = fetcher(Duration.ZERO, Duration.ofSeconds(1));
        PageFetcher.Body first = f.fetchBytes(base + "/feed");
        assertThat(first.notModified()).isFalse();
        assertThat(first.validators().etag()).isEqualTo("\"v1\"");
        assertThat(f.fetchBytes(base + "/feed", first.validators()).notModified()).isTrue();
    }

    @Test
    void redirectLoopsAndGzipBombsEndInPermanentFailures() {
        PageFetcher f = fetcher(Duration.ZERO, Duration.ofSeconds(1));
        assertThatThrownBy(() -> f.fetchPage(base + "/loop")).hasMessageContaining("more than 3 redirects");
        assertThatThrownBy(() -> f.fetchPage(base + "/bomb"))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.isPermanent()).isTrue())
                .hasMessageContaining("larger than 1048576 bytes");
    }
}
