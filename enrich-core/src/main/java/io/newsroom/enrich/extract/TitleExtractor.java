package io.newsroom.enrich.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The headline, not the {@code <title>} with the site's name glued on. The page's visible headings are checked
 * against what its metadata (OpenGraph, JSON-LD, {@code <title>}) says: a heading that the metadata repeats is the
 * headline. Without such agreement, the metadata title loses the segments that name the site ({@link TitleSegments}).
 * Pure; reads the document without changing it.
 */
final class TitleExtractor {

    private static final int MIN_CHARS = 5;
    private static final int MIN_H1 = 10;
    private static final int MAX_H1 = 200;
    private static final double SAME_HEADLINE_SHARE = 0.8;

    String title(Document doc, MetadataReader meta, List<Element> headings) {
        String og = meta.first("property:og:title", "name:twitter:title", "name:title");
        String jsonLd = meta.jsonLd().string("headline", false);
        String titleTag = doc.title().strip();
        String site = meta.first("property:og:site_name", "name:application-name");
        List<String> metadata = new ArrayList<>();
        for (String s : new String[] {og, jsonLd, titleTag}) {
            if (s != null && !s.isBlank()) {
                metadata.add(s.strip());
            }
        }
        // a heading that only names the site (the theme's h1 on every page) is no headline
        String siteName = site == null ? "" : Headings.normalize(site);
        String heading = agreeingHeading(headings, metadata, siteName);
        if (heading != null) {
            // a heading that repeats the whole <title>, bars and site name included, is the page's title bar
            String agreed = TitleSegments.hasBars(heading) ? TitleSegments.withoutSiteName(heading, site) : heading;
            return shouting(agreed) ? sameHeadlineInMetadata(agreed, metadata, site) : agreed;
        }
        String within = metadataWithinHeading(headings, metadata);
        if (within != null) {
            return within;
        }
        String single = singleH1(headings, siteName);
        if (single != null) {
            return shouting(single) ? sameHeadlineInMetadata(single, metadata, site) : single;
        }
        for (String m : metadata) {
            String stripped = TitleSegments.withoutSiteName(m, site);
            if (stripped.length() >= MIN_CHARS && !Headings.normalize(stripped).equals(siteName)) {
                return stripped;
            }
        }
        for (Element h : headings) {
            if (h.nameIs("h1")) {
                return h.text().strip();
            }
        }
        return "";
    }

    /**
     * The heading whose text the metadata contains (or a segment of which equals it): of several, the highest level,
     * and the first of that level.
     */
    private static String agreeingHeading(List<Element> headings, List<String> metadata, String siteName) {
        if (metadata.isEmpty()) {
            return null;
        }
        String found = null;
        int foundRank = Integer.MAX_VALUE;
        for (Element h : headings) {
            int rank = rank(h);
            if (rank >= foundRank) {
                continue;
            }
            String text = h.text().strip();
            String n = Headings.normalize(text);
            if (n.length() < MIN_CHARS || n.length() > 300 || n.equals(siteName)) {
                continue;
            }
            for (String m : metadata) {
                String nm = Headings.normalize(m);
                if (nm.equals(n) || (nm.contains(n) && n.length() * 2 >= TitleSegments.longest(m).length())) {
                    found = text;
                    foundRank = rank;
                    break;
                }
            }
        }
        return found;
    }

    /** h1 before h2 before h3 before a title-classed element: a kicker above the headline sits a level lower. */
    private static int rank(Element h) {
        return switch (h.normalName()) {
            case "h1" -> 1;
            case "h2" -> 2;
            case "h3" -> 3;
            default -> 4;
        };
    }

    /**
     * An h1 whose own text is the metadata title (or a segment of it), beside child elements that hold a date, a
     * photo credit or a "Sponsored by" label: its own text is the headline.
     */
    private static String metadataWithinHeading(List<Element> headings, List<String> metadata) {
        for (Element h : headings) {
            if (!h.nameIs("h1") || h.childrenSize() == 0) {
                continue;
            }
            String found = segmentEqualTo(h.ownText(), metadata);
            for (int i = 0; found == null && i < h.childrenSize(); i++) {
                found = segmentEqualTo(h.child(i).text(), metadata);
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String segmentEqualTo(String text, List<String> metadata) {
        String n = Headings.normalize(text);
        if (n.length() < MIN_CHARS || n.length() > 300) {
            return null;
        }
        for (String m : metadata) {
            for (String part : TitleSegments.withWhole(m)) {
                if (Headings.normalize(part).equals(n)) {
                    return part;
                }
            }
        }
        return null;
    }

    /**
     * The page's only h1 (besides one naming the site), when it is of headline length: what the page itself calls
     * the article.
     */
    private static String singleH1(List<Element> headings, String siteName) {
        String found = null;
        for (Element h : headings) {
            if (h.nameIs("h1")) {
                String text = h.text().strip();
                if (Headings.normalize(text).equals(siteName)) {
                    continue;
                }
                if (found != null) {
                    return null;
                }
                found = text;
            }
        }
        return found != null && found.length() >= MIN_H1 && found.length() <= MAX_H1 ? found : null;
    }

    /** Written in capitals throughout, as some sites set their headlines in the markup itself. */
    private static boolean shouting(String text) {
        int cased = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            cased += Character.isUpperCase(c) ? 1 : 0;
        }
        return cased >= MIN_CHARS;
    }

    /**
     * The metadata's wording of a headline the page sets in capitals, when it says nearly the same words: what a
     * reader of a list of headlines should see. A metadata title with other words is another headline, and the
     * page's own stands.
     */
    private static String sameHeadlineInMetadata(String heading, List<String> metadata, String site) {
        Set<String> words = wordSet(heading);
        for (String m : metadata) {
            String candidate = TitleSegments.withoutSiteName(m, site);
            if (shouting(candidate)) {
                continue;
            }
            Set<String> other = wordSet(candidate);
            int shared = 0;
            for (String w : other) {
                shared += words.contains(w) ? 1 : 0;
            }
            if (shared >= SAME_HEADLINE_SHARE * Math.max(words.size(), other.size())) {
                return candidate;
            }
        }
        return heading;
    }

    private static Set<String> wordSet(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
