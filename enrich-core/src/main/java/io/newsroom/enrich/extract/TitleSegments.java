package io.newsroom.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title cut into segments at its separators ("Headline | Section | Site", "Headline - Site", "Site :: Headline"),
 * and the segments that name the site told from the headline's. Pure and thread-safe.
 */
final class TitleSegments {

    /** " | ", " - ", " : ", "::", "｜", "--", and a bare "-" between Chinese characters. */
    private static final Pattern SEPARATORS = Pattern.compile(
            "\\s+[|\\-–—:/»·•>]\\s+|\\s*[|｜]\\s*|\\s*:{2,}\\s*|\\s*-{2,}\\s*|\\s+//\\s+|(?<=[\\p{IsHan}”」』》）)])-(?=\\p{IsHan})");
    private static final Pattern BARS = Pattern.compile("\\s*[|｜]\\s*");
    private static final int MIN_KEYWORD_COMMAS = 3;

    private TitleSegments() {
    }

    /** Whether the title holds a bar, which parts a site's name from a headline more surely than a dash. */
    static boolean hasBars(String title) {
        return BARS.matcher(title).find();
    }

    /** The whole title, then its segments. */
    static List<String> withWhole(String title) {
        List<String> all = new ArrayList<>();
        all.add(title.strip());
        for (String part : split(title)) {
            all.add(part.strip());
        }
        return all;
    }

    /** Drops the segments that name the site ({@link SiteName#names}); keeps the longest remaining part. */
    static String withoutSiteName(String title, SiteName site) {
        List<String> parts = split(title);
        if (parts.size() == 1) {
            return title.strip();
        }
        String best = "";
        int bestWords = 0;
        for (String part : parts) {
            String p = part.strip();
            boolean isSite = site.names(p);
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
    private static List<String> split(String title) {
        List<String> parts = new ArrayList<>();
        // where a bar parts the site's name from the headline, a dash is the headline's own ("Озон - неожиданный
        // способ ... | Советник здоровья")
        Matcher m = (hasBars(title) ? BARS : SEPARATORS).matcher(title);
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
     * The longest segment, the title cut at every separator, bars and dashes alike: in "Kicker | Headline - page 1 -
     * Site" a heading that reads "Headline" is measured against "Kicker", not against "Headline - page 1 - Site".
     */
    static String longest(String title) {
        String best = "";
        for (String part : SEPARATORS.split(title)) {
            if (part.strip().length() > best.length()) {
                best = part.strip();
            }
        }
        return best;
    }
}
