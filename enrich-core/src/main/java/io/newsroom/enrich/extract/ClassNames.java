package io.newsroom.enrich.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * The words of an element's class and id: split at punctuation, camelCase and where digits follow letters
 * ("title4" reads as title), lower-cased, plus each pair of neighbours joined ("read-next" gives read, next and
 * readnext). Matching whole words keeps "reachbanner" from reading as a banner and "SiteNavRefresh" still reads as
 * nav. Caches the words of each class and id: one instance per page, not thread-safe.
 */
final class ClassNames {

    private static final Set<String> QUALIFIERS = Set.of("with", "has", "no", "without");

    /** Keyed by the class and id text: a page repeats the same names on many elements. */
    private final Map<String, List<String>> cache = new HashMap<>();

    List<String> of(Element e) {
        String className = e.className();
        String id = e.id();
        if (id.isEmpty()) {
            return className.isEmpty() ? List.of() : cache.computeIfAbsent(className, ClassNames::words);
        }
        return cache.computeIfAbsent(className + " " + id, ClassNames::words);
    }

    static List<String> words(Element e) {
        String className = e.className();
        String id = e.id();
        return className.isEmpty() && id.isEmpty() ? List.of() : words(className + " " + id);
    }

    /** A handful of words, so a list (repeats and all) is cheaper to build and to search than a set. */
    private static List<String> words(String names) {
        String lower = names.toLowerCase(Locale.ROOT);
        // a letter whose lower case is longer ("İ") would shift the indices: then each word is lower-cased alone
        boolean aligned = lower.length() == names.length();
        List<String> words = new ArrayList<>(8);
        String previous = null;
        int start = -1;
        for (int i = 0; i <= names.length(); i++) {
            char c = i < names.length() ? names.charAt(i) : ' ';
            boolean letterOrDigit = Character.isLetterOrDigit(c);
            if (start >= 0 && (!letterOrDigit || startsWord(names.charAt(i - 1), c))) {
                String w = aligned ? lower.substring(start, i) : names.substring(start, i).toLowerCase(Locale.ROOT);
                // "has-sidebar", "with-comments", "no-ads" describe a layout, not the element itself
                if (previous == null || !QUALIFIERS.contains(previous)) {
                    words.add(w);
                }
                if (previous != null) {
                    words.add(previous + w);
                }
                previous = w;
                start = -1;
            }
            if (letterOrDigit) {
                start = start < 0 ? i : start;
            } else if (c == ' ') {
                previous = null;
            }
        }
        return words;
    }

    /** camelCase, and digits after letters ("title4"). */
    private static boolean startsWord(char before, char c) {
        return Character.isUpperCase(c) && Character.isLowerCase(before)
                || Character.isDigit(c) && Character.isLetter(before);
    }

    /**
     * Whether a class or id contains one of the (lower-case) fragments, in any case: a test cheap enough for every
     * element, before splitting names into words.
     */
    static boolean mentions(String names, String[] fragments) {
        if (names.isEmpty()) {
            return false;
        }
        String lower = names.toLowerCase(Locale.ROOT);
        for (String f : fragments) {
            if (lower.contains(f)) {
                return true;
            }
        }
        return false;
    }

    static boolean any(List<String> words, Set<String> vocabulary) {
        for (String w : words) {
            if (vocabulary.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
