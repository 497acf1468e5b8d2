package io.newsroom.enrich.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The publication a page belongs to, as the page names it (og:site_name, application-name, the JSON-LD publisher or
 * WebSite) and as its address does (the labels of the host of its URL and of its canonical URL): what a title has
 * glued to its headline, and what a byline names when the site itself is credited ("HomeAdvisor" on
 * www.homeadvisor.com). No list of sites: only what the page says. Immutable and thread-safe.
 *
 * @param names      the names the page gives itself, as written
 * @param hostLabels the labels of its hosts, lower case, without "www"
 */
record SiteName(List<String> names, Set<String> hostLabels) {

    private static final int MIN_NAME = 3;

    SiteName {
        names = List.copyOf(names);
        hostLabels = Set.copyOf(hostLabels);
    }

    static SiteName of(MetadataReader meta, String url) {
        List<String> names = new ArrayList<>();
        for (String name : new String[] {meta.siteName(), publisher(meta.jsonLd())}) {
            if (name != null && !name.isBlank() && !names.contains(name.strip())) {
                names.add(name.strip());
            }
        }
        Set<String> labels = new HashSet<>();
        for (String address : new String[] {url, meta.first("canonical:", "property:og:url")}) {
            labels.addAll(hostLabels(address));
        }
        return new SiteName(names, labels);
    }

    /** The name of the JSON-LD article's publisher, or of the page's WebSite object. */
    private static String publisher(JsonLd jsonLd) {
        for (var o : jsonLd.objects()) {
            String name = JsonLd.isArticle(o) ? JsonLd.text(o.get("publisher")) : null;
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    private static List<String> hostLabels(String address) {
        if (address == null || address.isBlank()) {
            return List.of();
        }
        try {
            String host = URI.create(address.strip()).getHost();
            if (host == null) {
                return List.of();
            }
            List<String> labels = new ArrayList<>(List.of(host.toLowerCase(Locale.ROOT).split("\\.")));
            labels.remove("www");
            return labels;
        } catch (IllegalArgumentException notAUrl) {
            return List.of();
        }
    }

    /**
     * Whether the text names the site: it holds one of the site's names or is part of one ("BBC" of "BBC News", "The
     * Guardian" of "Guardian"), or its words are the host's labels ("HomeAdvisor" on homeadvisor.com, "Clemson News"
     * on news.clemson.edu, "example.com").
     */
    boolean names(String text) {
        String n = Headings.normalize(text);
        if (n.isBlank()) {
            return false;
        }
        for (String name : names) {
            String nn = Headings.normalize(name);
            // a name of a letter or two ("S") would be found in every text
            if (nn.length() < MIN_NAME ? nn.equals(n) : nn.contains(n) || n.contains(nn)) {
                return true;
            }
        }
        if (isHost(text)) {
            return true;
        }
        List<String> significant = DefiniteArticles.significant(words(text));
        return !significant.isEmpty() && hostLabels.containsAll(significant);
    }

    /** Whether the text, its words run together, is a label of the site's host ("HomeAdvisor" on homeadvisor.com). */
    boolean isHost(String text) {
        return !hostLabels.isEmpty() && hostLabels.contains(String.join("", words(text)));
    }

    /** Lower-case runs of letters and digits. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
