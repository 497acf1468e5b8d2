package io.newsroom.ingest.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

import org.apache.kafka.common.utils.Utils;

import crawlercommons.domains.EffectiveTldFinder;

/**
 * The site a URL belongs to: the registrable domain of its host (one label below its public suffix, by the Public
 * Suffix List that crawler-commons ships, private suffixes included, so every {@code *.blogspot.com} blog is a site
 * of its own). {@code www.bbc.co.uk}, {@code m.bbc.co.uk} and {@code bbc.co.uk} are one site; a host without a known
 * suffix ({@code localhost}, an IP address, {@code news.example}) is a site by itself, less a leading {@code www.}.
 *
 * <p>A site is the unit ingest shares out: the frontier is keyed by it, so every URL of one site, the politeness
 * towards its hosts and the seen state of its articles belong to one partition, hence to one fetcher; and a page
 * may name only an article of its own site as its canonical. Immutable and thread-safe.
 *
 * @param name the registrable domain, lower case
 */
public record Site(String name) {

    public Site {
        Objects.requireNonNull(name, "name");
    }

    /** @throws IllegalArgumentException when the URL has no host */
    public static Site of(String url) {
        try {
            String host = new URI(url.strip()).getHost();
            if (host == null) {
                throw new IllegalArgumentException("no host in " + url);
            }
            return ofHost(host);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + url, e);
        }
    }

    public static Site ofHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.startsWith("[") || h.chars().allMatch(c -> c == '.' || Character.isDigit(c))) {
            // an IP address: no suffix to look up
            return new Site(h);
        }
        if (h.startsWith("www.") && h.indexOf('.', 4) > 0) {
            h = h.substring(4);
        }
        // not strict: a host without a known suffix comes back whole
        return new Site(EffectiveTldFinder.getAssignedDomain(h, false, false));
    }

    /** Whether two URLs are on one site; false when either has no host. */
    public static boolean same(String a, String b) {
        try {
            return of(a).equals(of(b));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The frontier partition of this site: the one Kafka's default partitioner gives a record keyed by
     * {@link #name()} (murmur2 of the key's UTF-8 bytes), so an instance can tell which sites it owns from the
     * partitions it was assigned.
     */
    public int partition(int partitions) {
        return Utils.toPositive(Utils.murmur2(name.getBytes(StandardCharsets.UTF_8))) % partitions;
    }
}
