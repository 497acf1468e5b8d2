package io.newsroom.ingest.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.newsroom.ingest.site.Site;

/**
 * Which query parameters only track and never address content, as the lists under {@code /tracking/} say: Brave's
 * query filter ({@code brave.tsv}, MPL-2.0, its source and commit in its header; refreshed with
 * {@code scripts/tracking-params.py}) and this project's campaign tags ({@code newsroom.tsv}). Each line is
 * {@code name TAB where}: {@code *} for every URL, {@code site:a.com,b.com} for those sites' URLs, {@code unless:REGEX}
 * for URLs the expression finds nothing in; a name ending in {@code *} is a prefix. Names match without regard to
 * case. Immutable and thread-safe.
 */
public final class TrackingParameters {

    private static final List<String> LISTS = List.of("/tracking/brave.tsv", "/tracking/newsroom.tsv");

    /** Where a parameter is tracking: everywhere, on some sites, or except in URLs the pattern finds. */
    private record Rule(List<String> sites, Pattern unless) {

        boolean applies(String url, Site site) {
            if (unless != null && unless.matcher(url).find()) {
                return false;
            }
            return sites.isEmpty()
                    || sites.stream().anyMatch(s -> site.name().equals(s) || site.name().endsWith("." + s));
        }
    }

    private final Map<String, List<Rule>> exact;
    private final Map<String, List<Rule>> prefixes;

    private TrackingParameters(Map<String, List<Rule>> exact, Map<String, List<Rule>> prefixes) {
        this.exact = exact;
        this.prefixes = prefixes;
    }

    /** The shipped lists. */
    public static TrackingParameters shipped() {
        Map<String, List<Rule>> exact = new HashMap<>();
        Map<String, List<Rule>> prefixes = new HashMap<>();
        for (String list : LISTS) {
            for (String line : read(list)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", 2);
                if (cols.length != 2) {
                    throw new IllegalStateException(list + ": not 'name TAB where': " + line);
                }
                String name = cols[0].strip().toLowerCase(Locale.ROOT);
                Rule rule = rule(cols[1].strip(), list);
                if (name.endsWith("*")) {
                    prefixes.computeIfAbsent(name.substring(0, name.length() - 1), k -> new ArrayList<>()).add(rule);
                } else {
                    exact.computeIfAbsent(name, k -> new ArrayList<>()).add(rule);
                }
            }
        }
        return new TrackingParameters(Map.copyOf(exact), Map.copyOf(prefixes));
    }

    /**
     * @param name the parameter's name as it appears in the query (still percent-encoded)
     * @param url  the whole URL, for conditional rules
     * @param site the URL's site, for rules scoped to sites
     */
    public boolean isTracking(String name, String url, Site site) {
        String key = name.toLowerCase(Locale.ROOT);
        if (anyApplies(exact.get(key), url, site)) {
            return true;
        }
        for (Map.Entry<String, List<Rule>> p : prefixes.entrySet()) {
            if (key.startsWith(p.getKey()) && anyApplies(p.getValue(), url, site)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyApplies(List<Rule> rules, String url, Site site) {
        return rules != null && rules.stream().anyMatch(r -> r.applies(url, site));
    }

    private static Rule rule(String where, String list) {
        if (where.equals("*")) {
            return new Rule(List.of(), null);
        }
        if (where.startsWith("site:")) {
            return new Rule(List.of(where.substring(5).toLowerCase(Locale.ROOT).split(",")), null);
        }
        if (where.startsWith("unless:")) {
            return new Rule(List.of(), Pattern.compile(where.substring(7)));
        }
        throw new IllegalStateException(list + ": unknown scope '" + where + "'");
    }

    private static List<String> read(String resource) {
        try (InputStream in = TrackingParameters.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
