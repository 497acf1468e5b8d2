package io.newsroom.enrich.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The headline, not the {@code <title>} with the site's name glued on. The page's visible headings are checked
 * against what its metadata (OpenGraph, JSON-LD, {@code <title>}) says: a heading that the metadata repeats is the
 * headline. Without such agreement, the metadata title loses the segments that name the site. Pure; reads the
 * document without changing it.
 */
final class TitleExtractor {

    /** " | ", " - ", " : ", "::", "｜", "--", and a bare "-" between Chinese characters. */
    private static final Pattern SEPARATORS = Pattern.compile(
            "\\s+[|\\-–—:/»·•>]\\s+|\\s*[|｜]\\s*|\\s*:{2,}\\s*|\\s*-{2,}\\s*|\\s+//\\s+|(?<=[\\p{IsHan}”」』》）)])-(?=\\p{IsHan})");
    private static final Pattern BARS = Pattern.compile("\\s*[|｜]\\s*");
    private static final int MIN_CHARS = 5;
    private static final int MIN_KEYWORD_COMMAS = 3;
    private static final int MIN_H1 = 10;
    private static final int MAX_H1 = 200;
    private static final double SAME_HEADLINE_SHARE = 0.8;

    String title(Document doc, MetadataReader meta, List<Element> headings) {
        String og = meta.first("property:og:title", "name:twitter:title", "name:title");
        String jsonLd = meta.jsonLdString("headline");
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
            String agreed = BARS.matcher(heading).find() ? withoutSiteName(heading, site) : heading;
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
            String stripped = withoutSiteName(m, site);
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
                if (nm.equals(n) || (nm.contains(n) && n.length() * 2 >= longestSegment(m).length())) {
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
            for (String part : segments(m)) {
                if (Headings.normalize(part).equals(n)) {
                    return part;
                }
            }
        }
        return null;
    }

    /** The whole title, then its segments. */
    private static List<String> segments(String title) {
        List<String> all = new ArrayList<>();
        all.add(title.strip());
        for (String part : split(title)) {
            all.add(part.strip());
        }
        return all;
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
            String candidate = withoutSiteName(m, site);
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

    /** Drops the segments that name the site; keeps the longest remaining part. */
    static String withoutSiteName(String title, String site) {
        List<String> parts = split(title);
        if (parts.size() == 1) {
            return title.strip();
        }
        String best = "";
        int bestWords = 0;
        for (String part : parts) {
            String p = part.strip();
            boolean isSite = site != null && !site.isBlank() && (Headings.normalize(site).contains(Headings.normalize(p)) || Headings.normalize(p).contains(Headings.normalize(site)));
            int words = words(p);
            if (!isSite && !keywords(p) && words > bestWords) {
                best = p;
                bestWords = words;
            }
        }
        return best.isEmpty() ? title.strip() : best;
    }

    /**
     * Words, each Chinese or Japanese character counting as one: "勾結醫師病患詐保險金 男遭訴" says more than
     * "Taiwan News Online" although it has fewer characters.
     */
    private static int words(String s) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA) {
                words++;
                inWord = false;
            } else if (Character.isLetterOrDigit(c)) {
                words += inWord ? 0 : 1;
                inWord = true;
            } else {
                inWord = false;
            }
        }
        return words;
    }

    /** A segment that lists keywords ("茅台酒,公款消费,公款吃喝,人大代表") rather than saying anything. */
    private static boolean keywords(String s) {
        return TextStats.commas(s) >= MIN_KEYWORD_COMMAS;
    }

    /** The title cut at its separators, except inside brackets: "(asto – aso)" is one aside, not two segments. */
    static List<String> split(String title) {
        List<String> parts = new ArrayList<>();
        // where a bar parts the site's name from the headline, a dash is the headline's own ("Озон - неожиданный
        // способ ... | Советник здоровья")
        Matcher m = (BARS.matcher(title).find() ? BARS : SEPARATORS).matcher(title);
        int start = 0;
        while (m.find()) {
            if (!insideBrackets(title, start, m.start())) {
                parts.add(title.substring(start, m.start()));
                start = m.end();
            }
        }
        parts.add(title.substring(start));
        return parts;
    }

    private static boolean insideBrackets(String s, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    /**
     * Cut at every separator, bars and dashes alike: in "Kicker | Headline - page 1 - Site" a heading that reads
     * "Headline" is measured against "Kicker", not against "Headline - page 1 - Site".
     */
    private static String longestSegment(String title) {
        String best = "";
        for (String part : SEPARATORS.split(title)) {
            if (part.strip().length() > best.length()) {
                best = part.strip();
            }
        }
        return best;
    }

}
