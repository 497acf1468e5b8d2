package io.newsroom.ingest.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.newsroom.ingest.site.Site;

/**
 * Turns the many spellings of one page's address into one, before it is hashed into the article id: scheme and
 * host lower-cased, default ports and fragments dropped, tracking parameters removed ({@link TrackingParameters}),
 * an empty path made "/". The scheme and a {@code www.} stay, since the result is still an address to read the page
 * from; the article id reads both variants as one ({@link io.newsroom.contracts.ArticleId}). Pure and thread-safe.
 */
public final class UrlCanonicalizer {

    private static final TrackingParameters TRACKING = TrackingParameters.shipped();

    /** @throws IllegalArgumentException when the URL is not an absolute http(s) URL */
    public String canonicalize(String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + url, e);
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
            throw new IllegalArgumentException("not an absolute http(s) URL: " + url);
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = cleanQuery(uri.getRawQuery(), url, Site.ofHost(host));
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path + (query.isEmpty() ? "" : "?" + query);
    }

    private static String cleanQuery(String rawQuery, String url, Site site) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String param : rawQuery.split("&")) {
            if (param.isEmpty()) {
                continue;
            }
            if (!TRACKING.isTracking(param.split("=", 2)[0], url, site)) {
                kept.add(param);
            }
        }
        return String.join("&", kept);
    }
}
