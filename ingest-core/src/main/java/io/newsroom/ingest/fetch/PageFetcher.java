package io.newsroom.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

import io.newsroom.ingest.site.Site;

/**
 * HTTP GET with the fetcher's safety rules: every hop checked by the {@link AddressGuard}, redirects followed
 * by hand and bounded (a page's only within its site: see {@link #fetchPage}), gzip and deflate decoded here so that
 * the size cap applies to the decoded bytes (a gzip bomb stops at the cap), and failures classified as transient or
 * permanent. Thread-safe.
 */
public final class PageFetcher {

    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    private static final int MAX_ROBOTS_BYTES = 512 * 1024;

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fetch-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final HttpClient http;
    private final AddressGuard guard;
    private final HostPolicy policy;
    private final CharsetSniffer charsets = new CharsetSniffer();
    private final String userAgent;
    private final long maxBytes;
    private final Duration readTimeout;
    private final int maxRedirects;
    private final Clock clock;

    public PageFetcher(HttpClient http, AddressGuard guard, HostPolicy policy, String userAgent, long maxBytes,
            Duration readTimeout, int maxRedirects, Clock clock) {
        this.http = http;
        this.guard = guard;
        this.policy = policy;
        this.userAgent = userAgent;
        this.maxBytes = maxBytes;
        this.readTimeout = readTimeout;
        this.maxRedirects = maxRedirects;
        this.clock = clock;
    }

    /**
     * A response body as bytes, for feeds (their XML declares its own encoding).
     *
     * @param notModified true when the server answered 304 to a conditional request: no body
     * @param validators  what to send with the next conditional request for the same URL
     */
    public record Body(String finalUrl, String contentType, byte[] bytes, boolean notModified, Validators validators) {
    }

    /** ETag and Last-Modified of a previous response, for a conditional GET; either may be null. */
    public record Validators(String etag, String lastModified) {

        public static Validators none() {
            return new Validators(null, null);
        }
    }

    public Body fetchBytes(String url) {
        return fetchBytes(url, Validators.none());
    }

    /** Follows redirects wherever they lead: a feed or sitemap is read by whoever polls its source. */
    public Body fetchBytes(String url, Validators validators) {
        return fetch(url, validators, false);
    }

    private Body fetch(String url, Validators validators, boolean withinSite) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw FetchException.permanent("not a URL: " + url);
        }
        for (int hop = 0; hop <= maxRedirects; hop++) {
            guard.check(uri);
            try (HostPolicy.Turn turn = policy.acquire(uri)) {
                URI current = uri;
                if (!policy.allowed(uri, turn, robotsUrl -> robots(robotsUrl))) {
                    throw FetchException.permanent("disallowed by robots.txt: " + uri);
                }
                HttpResponse<InputStream> response = send(uri, validators);
                int status = response.statusCode();
                if (status == 304) {
                    close(response);
                    policy.succeeded(uri);
                    return new Body(uri.toString(), "", new byte[0], true, validators);
                }
                if (status >= 300 && status < 400) {
                    String location = response.headers().firstValue("Location")
                            .orElseThrow(() -> FetchException.permanent("HTTP " + status + " without Location at " + current));
                    close(response);
                    uri = uri.resolve(location);
                    if (withinSite && !Site.same(url, uri.toString())) {
                        guard.check(uri);
                        throw new RedirectedOffSite(url, uri.toString());
                    }
                    continue;
                }
                if (status == 429 || status == 503) {
                    close(response);
                    Duration wait = retryAfter(response);
                    policy.retryAfter(uri, wait);
                    throw FetchException.transientFailure("HTTP " + status + " from " + uri + ", retry after " + wait);
                }
                if (status >= 500 || status == 408) {
                    close(response);
                    policy.failed(uri);
                    throw FetchException.transientFailure("HTTP " + status + " from " + uri);
                }
                if (status == 410) {
                    close(response);
                    throw FetchException.gone("HTTP 410 Gone from " + uri);
                }
                if (status >= 400) {
                    close(response);
                    throw FetchException.permanent("HTTP " + status + " from " + uri);
                }
                String contentType = response.headers().firstValue("Content-Type").orElse("");
                byte[] bytes = readCapped(response, uri);
                policy.succeeded(uri);
                return new Body(uri.toString(), contentType, bytes, false, new Validators(
                        response.headers().firstValue("ETag").orElse(null),
                        response.headers().firstValue("Last-Modified").orElse(null)));
            } catch (FetchException e) {
                if (!e.isPermanent() && e.getCause() != null) {
                    policy.failed(uri);
                }
                throw e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw FetchException.transientFailure("interrupted fetching " + uri, e);
            }
        }
        throw FetchException.permanent("more than " + maxRedirects + " redirects from " + url);
    }

    /** robots.txt of a host, fetched within the caller's turn at that host; a network failure gives a null body. */
    private HostPolicy.RobotsResponse robots(URI robotsUrl) {
        try {
            HttpResponse<InputStream> r = send(robotsUrl, Validators.none());
            if (r.statusCode() >= 300) {
                close(r);
                return new HostPolicy.RobotsResponse(r.statusCode(), new byte[0]);
            }
            byte[] body = readCapped(r, robotsUrl);
            return new HostPolicy.RobotsResponse(r.statusCode(), body.length > MAX_ROBOTS_BYTES
                    ? Arrays.copyOf(body, MAX_ROBOTS_BYTES) : body);
        } catch (FetchException e) {
            return new HostPolicy.RobotsResponse(503, null);
        }
    }

    /** Retry-After in seconds or as an HTTP date; a minute when absent or unreadable. */
    private Duration retryAfter(HttpResponse<?> response) {
        String value = response.headers().firstValue("Retry-After").orElse("").strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration d = Duration.between(clock.instant(),
                        ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException notDate) {
                return Duration.ofMinutes(1);
            }
        }
    }

    /**
     * An HTML page, decoded with its declared charset. Redirects are followed within the page's site only.
     *
     * @throws RedirectedOffSite when a redirect leads to another site, whose owner must fetch it
     */
    public FetchedPage fetchPage(String url) {
        Body body = fetch(url, Validators.none(), true);
        String mediaType = mediaType(body.contentType());
        if (!mediaType.isEmpty() && !isHtml(mediaType)) {
            throw FetchException.permanent("not an HTML page: " + mediaType + " at " + body.finalUrl());
        }
        Charset charset = charsets.sniff(body.bytes(), body.contentType());
        return new FetchedPage(url, body.finalUrl(), mediaType.isEmpty() ? "text/html" : mediaType, charset.name(),
                charsets.decode(body.bytes(), charset), clock.instant());
    }

    private HttpResponse<InputStream> send(URI uri, Validators validators) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(readTimeout)
                .header("User-Agent", userAgent)
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .header("Accept-Encoding", "gzip, deflate");
        if (validators.etag() != null) {
            builder.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            builder.header("If-Modified-Since", validators.lastModified());
        }
        HttpRequest request = builder.GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw FetchException.transientFailure("timed out after " + readTimeout + " at " + uri, e);
        } catch (IOException e) {
            throw FetchException.transientFailure("cannot reach " + uri + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw FetchException.transientFailure("interrupted fetching " + uri, e);
        }
    }

    private byte[] readCapped(HttpResponse<InputStream> response, URI uri) {
        String encoding = response.headers().firstValue("Content-Encoding").orElse("").trim().toLowerCase(Locale.ROOT);
        InputStream raw = response.body();
        // a read blocked on a server that stops sending never returns by itself: closing the stream ends it
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            expired.set(true);
            closeQuietly(raw);
        }, readTimeout.toMillis(), TimeUnit.MILLISECONDS);
        try (raw;
                InputStream in = switch (encoding) {
                    case "gzip", "x-gzip" -> new GZIPInputStream(raw);
                    case "deflate" -> new InflaterInputStream(raw);
                    default -> raw;
                }) {
            byte[] buf = new byte[16384];
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int n;
            while ((n = in.read(buf)) != -1) {
                out.write(buf, 0, n);
                if (out.size() > maxBytes) {
                    throw FetchException.permanent("response larger than " + maxBytes + " bytes at " + uri);
                }
            }
            if (expired.get()) {
                throw bodyTimeout(uri);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw expired.get() ? bodyTimeout(uri) : FetchException.transientFailure("broken response from " + uri + ": " + e, e);
        } finally {
            watchdog.cancel(false);
        }
    }

    private FetchException bodyTimeout(URI uri) {
        return FetchException.transientFailure("body not complete within " + readTimeout + " at " + uri);
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // closing is all the watchdog can do
        }
    }

    /** Whether a media type (as {@link #mediaType} gives it) is an HTML page. */
    public static boolean isHtml(String mediaType) {
        return HTML_TYPES.contains(mediaType);
    }

    /** The media type of a Content-Type value, lower case, without parameters; empty when there is none. */
    public static String mediaType(String contentType) {
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // the connection is dropped either way
        }
    }
}
