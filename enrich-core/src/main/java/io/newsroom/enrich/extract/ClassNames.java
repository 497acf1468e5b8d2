package io.newsroom.enrich.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;

import io.newsroom.enrich.vocab.Vocabulary;

/**
 * The words of an element's class and id: split at punctuation, camelCase and where digits follow letters
 * ("title4" reads as title), lower-cased, plus each pair of neighbours joined ("read-next" gives read, next and
 * readnext). Matching whole words keeps "reachbanner" from reading as a banner and "SiteNavRefresh" still reads as
 * nav. Caches the words of each class and id: one instance per page, not thread-safe.
 */
final class ClassNames {

    /** Words that describe a layout, not the element: "has-sidebar", "with-comments", "no-ads". */
    private static final Set<String> QUALIFIERS = Set.copyOf(Lexicon.read("class-qualifiers", row -> row.get("word")));

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
    static List<String> words(String names) {
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

    static boolean any(List<String> words, Set<String> vocabulary) {
        for (String w : words) {
            if (vocabulary.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A list of class and id words (or path segments) with their hints, from a file with {@code word} and
     * {@code hint} columns. A hint is a part of its word that a name must hold for the word to be among its words: a
     * substring test cheap enough for every element, before names are split into words, which costs more than most
     * pages' parse if done everywhere. Immutable and thread-safe.
     *
     * @param words the words, lower case
     * @param hints their hints, lower case, each once
     */
    record Hinted(Set<String> words, List<String> hints) {

        Hinted {
            words = Set.copyOf(words);
            hints = List.copyOf(hints);
        }

        /**
         * @throws IllegalStateException when a hint is not part of its word: the cheap test would then keep the
         *                               word from ever being found
         */
        static Hinted read(String list) {
            Set<String> words = new HashSet<>();
            Set<String> hints = new LinkedHashSet<>();
            for (Vocabulary.Row row : Lexicon.read(list, row -> row)) {
                String word = row.get("word");
                String hint = row.get("hint");
                if (!word.contains(hint)) {
                    throw new IllegalStateException(row.resource() + " line " + row.line() + ": the hint '" + hint
                            + "' is no part of '" + word + "'");
                }
                words.add(word);
                hints.add(hint);
            }
            return new Hinted(words, List.copyOf(hints));
        }

        /** Whether a class or id holds one of the hints, in any case. */
        boolean hintedIn(String names) {
            if (names.isEmpty()) {
                return false;
            }
            String lower = names.toLowerCase(Locale.ROOT);
            for (int i = 0; i < hints.size(); i++) {
                if (lower.contains(hints.get(i))) {
                    return true;
                }
            }
            return false;
        }

        /** Whether one of an element's words ({@link ClassNames#words}) is one of these. */
        boolean anyIn(List<String> elementWords) {
            return any(elementWords, words);
        }
    }
}
