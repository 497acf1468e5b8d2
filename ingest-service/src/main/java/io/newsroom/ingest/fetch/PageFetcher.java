package io.newsroom.ingest.fetch;

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
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * HTTP GET with the fetcher's safety rules: every hop checked by the {@link AddressGuard}, redirects followed
 * by hand and bounded, gzip and deflate decoded here so that the size cap applies to the decoded bytes (a gzip
 * bomb stops at the cap), and failures classified as transient or permanent. Thread-safe.
 */
public final class PageFetcher {

    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    private final HttpClient http;
    private final AddressGuard guard;
    private final CharsetSniffer charsets = new CharsetSniffer();
    private final String userAgent;
    private final long maxBytes;
    private final Duration readTimeout;
    private final int maxRedirects;
    private final Clock clock;

    public PageFetcher(HttpClient http, AddressGuard guard, String userAgent, long maxBytes, Duration readTimeout,
            int maxRedirects, Clock clock) {
        this.http = http;
        this.guard = guard;
        this.userAgent = userAgent;
        this.maxBytes = maxBytes;
        this.readTimeout = readTimeout;
        this.maxRedirects = maxRedirects;
        this.clock = clock;
    }

    /** A response body as bytes, for feeds (their XML declares its own encoding). */
    public record Body(String finalUrl, String contentType, byte[] bytes) {
    }

    public Body fetchBytes(String url) {
        URI uri = URI.create(url);
        for (int hop = 0; hop <= maxRedirects; hop++) {
            guard.check(uri);
            HttpResponse<InputStream> response = send(uri);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                String location = response.headers().firstValue("Location")
                        .orElseThrow(() -> FetchException.permanent("HTTP " + status + " without Location at " + url));
                close(response);
                uri = uri.resolve(location);
                continue;
            }
            if (status >= 500 || status == 429 || status == 408) {
                close(response);
                throw FetchException.transientFailure("HTTP " + status + " from " + uri);
            }
            if (status >= 400) {
                close(response);
                throw FetchException.permanent("HTTP " + status + " from " + uri);
            }
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            return new Body(uri.toString(), contentType, readCapped(response, uri));
        }
        throw FetchException.permanent("more than " + maxRedirects + " redirects from " + url);
    }

    /** An HTML page, decoded with its declared charset. */
    public FetchedPage fetchPage(String url) {
        Body body = fetchBytes(url);
        String mediaType = mediaType(body.contentType());
        if (!mediaType.isEmpty() && !HTML_TYPES.contains(mediaType)) {
            throw FetchException.permanent("not an HTML page: " + mediaType + " at " + body.finalUrl());
        }
        Charset charset = charsets.sniff(body.bytes(), body.contentType());
        return new FetchedPage(url, body.finalUrl(), mediaType.isEmpty() ? "text/html" : mediaType, charset.name(),
                charsets.decode(body.bytes(), charset), clock.instant());
    }

    private HttpResponse<InputStream> send(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(readTimeout)
                .header("User-Agent", userAgent)
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .header("Accept-Encoding", "gzip, deflate")
                .GET().build();
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
        long deadline = System.nanoTime() + readTimeout.toNanos();
        try (InputStream raw = response.body();
                InputStream in = switch (encoding) {
                    case "gzip", "x-gzip" -> new GZIPInputStream(raw);
                    case "deflate" -> new InflaterInputStream(raw);
                    default -> raw;
                }) {
            byte[] buf = new byte[16384];
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            int n;
            while ((n = in.read(buf)) != -1) {
                out.write(buf, 0, n);
                if (out.size() > maxBytes) {
                    throw FetchException.permanent("response larger than " + maxBytes + " bytes at " + uri);
                }
                if (System.nanoTime() > deadline) {
                    throw FetchException.transientFailure("body not complete within " + readTimeout + " at " + uri);
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw FetchException.transientFailure("broken response from " + uri + ": " + e, e);
        }
    }

    private static String mediaType(String contentType) {
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
