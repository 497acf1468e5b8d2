package io.newsroom.enrich.extract;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * The words of an element's class and id: split at punctuation, camelCase and where digits follow letters
 * ("title4" reads as title), lower-cased, plus each pair of neighbours joined ("read-next" gives read, next and
 * readnext). Matching whole words keeps "reachbanner" from reading as a banner and "SiteNavRefresh" still reads as
 * nav. Caches each element's words: one instance per page, not thread-safe.
 */
final class ClassNames {

    private static final Set<String> QUALIFIERS = Set.of("with", "has", "no", "without");

    private final Map<Element, Set<String>> cache = new IdentityHashMap<>();

    Set<String> of(Element e) {
        return cache.computeIfAbsent(e, ClassNames::words);
    }

    static Set<String> words(Element e) {
        String names = e.className() + " " + e.id();
        if (names.isBlank()) {
            return Set.of();
        }
        Set<String> words = new HashSet<>();
        String previous = null;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= names.length(); i++) {
            char c = i < names.length() ? names.charAt(i) : ' ';
            boolean boundary = !Character.isLetterOrDigit(c)
                    || (word.length() > 0 && (Character.isUpperCase(c) && Character.isLowerCase(word.charAt(word.length() - 1))
                            || Character.isDigit(c) && Character.isLetter(word.charAt(word.length() - 1))));
            if (boundary && word.length() > 0) {
                String w = word.toString().toLowerCase(Locale.ROOT);
                // "has-sidebar", "with-comments", "no-ads" describe a layout, not the element itself
                if (previous == null || !QUALIFIERS.contains(previous)) {
                    words.add(w);
                }
                if (previous != null) {
                    words.add(previous + w);
                }
                previous = w;
                word.setLength(0);
            }
            if (!Character.isLetterOrDigit(c)) {
                if (c == ' ') {
                    previous = null;
                }
                continue;
            }
            word.append(c);
        }
        return words;
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

    static boolean any(Set<String> words, Set<String> vocabulary) {
        for (String w : words) {
            if (vocabulary.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
