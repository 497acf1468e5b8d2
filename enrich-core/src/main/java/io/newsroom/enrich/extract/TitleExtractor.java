package io.newsroom.enrich.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The headline, not the {@code <title>} with the site's name glued on. The page's visible headings are checked
 * against what its metadata says (OpenGraph, Twitter, JSON-LD, Dublin Core, Parse.ly, microdata, {@code <title>}): a
 * heading that the metadata repeats is the headline. Without such agreement, the metadata title loses the segments
 * that name the site ({@link TitleSegments}, {@link SiteName}). Of the ways the sources write the chosen headline, typography aside
 * ("FDA’s", "FDA's"), the one most of them give is kept ({@link MetadataTitles}). Pure; reads the document without
 * changing it.
 */
final class TitleExtractor {

    private static final int MIN_CHARS = 5;
    private static final int MIN_H1 = 10;
    private static final int MAX_H1 = 200;
    private static final double SAME_HEADLINE_SHARE = 0.8;
    String title(Document doc, MetadataReader meta, List<Element> headings, SiteName site) {
        MetadataTitles metadata = new MetadataTitles(doc, meta);
        String chosen = chosen(metadata, headings, site);
        return chosen.isEmpty() ? chosen : metadata.mostGiven(chosen);
    }

    private static String chosen(MetadataTitles titles, List<Element> headings, SiteName site) {
        List<String> metadata = titles.texts();
        // a heading that only names the site (the theme's h1 on every page) is no headline
        String heading = agreeingHeading(headings, metadata, site);
        if (heading != null) {
            // a heading that repeats the whole <title>, bars and site name included, is the page's title bar
            String agreed = TitleSegments.hasBars(heading) ? TitleSegments.withoutSiteName(heading, site) : heading;
            return shouting(agreed) ? sameHeadlineInMetadata(agreed, metadata, site) : agreed;
        }
        String within = metadataWithinHeading(headings, metadata);
        if (within != null) {
            return within;
        }
        String single = singleH1(headings, site);
        if (single != null) {
            return shouting(single) ? sameHeadlineInMetadata(single, metadata, site) : single;
        }
        for (String m : metadata) {
            String stripped = TitleSegments.withoutSiteName(m, site);
            if (stripped.length() >= MIN_CHARS && !site.names(stripped)) {
                return stripped;
            }
        }
        String first = firstHeading(headings);
        if (first != null) {
            return first;
        }
        // a short title is better than none
        return metadata.isEmpty() ? "" : TitleSegments.withoutSiteName(metadata.get(0), site);
    }

    /** The first heading of the highest level that has text: the last resort of a page whose metadata says nothing. */
    private static String firstHeading(List<Element> headings) {
        String found = null;
        int foundRank = Integer.MAX_VALUE;
        for (Element h : headings) {
            String text = h.text().strip();
            if (!text.isEmpty() && rank(h) < foundRank) {
                found = text;
                foundRank = rank(h);
            }
        }
        return found;
    }

    /**
     * The heading whose text the metadata contains (or a segment of which equals it): of several, the highest level,
     * and the first of that level.
     */
    private static String agreeingHeading(List<Element> headings, List<String> metadata, SiteName site) {
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
            if (n.length() < MIN_CHARS || n.length() > 300 || site.names(text)) {
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
    private static String singleH1(List<Element> headings, SiteName site) {
        String found = null;
        for (Element h : headings) {
            if (h.nameIs("h1")) {
                String text = h.text().strip();
                if (site.names(text)) {
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
    private static String sameHeadlineInMetadata(String heading, List<String> metadata, SiteName site) {
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
