package io.newsroom.enrich.event;

import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One named list of a language's words ({@code lists.tsv}) as a pattern; a language without the list has none, and
 * then nothing matches. Regions are the matcher's own (opaque bounds): a list read in the clause before a trigger
 * sees only that clause. Immutable and thread-safe.
 */
final class WordList {

    private static final WordList NONE = new WordList(null);
    private static final Pattern NEVER = Pattern.compile("(?!)");

    /** Null when the language has no such list. */
    private final Pattern pattern;

    private WordList(Pattern pattern) {
        this.pattern = pattern;
    }

    /**
     * @param alternatives the list's alternatives, null for a language without it
     * @param before       what the pattern needs before the alternatives (word bounds, an anchor)
     * @param after        and after them
     */
    static WordList of(String alternatives, String before, String after) {
        return alternatives == null ? NONE : new WordList(Pattern.compile(before + "(?:" + alternatives + ")" + after));
    }

    /** A matcher of the list over {@code s}; one that finds nothing for a language without the list. */
    Matcher matcher(CharSequence s) {
        return (pattern == null ? NEVER : pattern).matcher(s);
    }

    /** Whether the language has the list. */
    boolean listed() {
        return pattern != null;
    }

    /** Somewhere in {@code s}. */
    boolean in(CharSequence s) {
        return pattern != null && pattern.matcher(s).find();
    }

    /** Somewhere between {@code from} and {@code to}. */
    boolean in(CharSequence s, int from, int to) {
        return pattern != null && pattern.matcher(s).region(from, to).find();
    }

    /** Starting at {@code from}. */
    boolean at(CharSequence s, int from) {
        return startingAt(s, from) != null;
    }

    /** The match starting at {@code from}, or null. */
    MatchResult startingAt(CharSequence s, int from) {
        if (pattern == null) {
            return null;
        }
        Matcher m = pattern.matcher(s).region(from, s.length());
        return m.lookingAt() ? m.toMatchResult() : null;
    }

    /** The whole of {@code s}. */
    boolean is(CharSequence s) {
        return pattern != null && pattern.matcher(s).matches();
    }

    /** The first match between {@code from} and {@code to}, or null. */
    MatchResult first(CharSequence s, int from, int to) {
        if (pattern == null) {
            return null;
        }
        Matcher m = pattern.matcher(s).region(from, to);
        return m.find() ? m.toMatchResult() : null;
    }

    /** The last match between {@code from} and {@code to}, or null. */
    MatchResult last(CharSequence s, int from, int to) {
        if (pattern == null) {
            return null;
        }
        Matcher m = pattern.matcher(s).region(from, to);
        MatchResult last = null;
        while (m.find()) {
            last = m.toMatchResult();
        }
        return last;
    }

    /**
     * Whether a match between {@code from} and {@code to} passes {@code test}, tried in order until one does. The
     * match handed to the test is only valid during the call.
     */
    boolean any(CharSequence s, int from, int to, Predicate<MatchResult> test) {
        if (pattern != null) {
            Matcher m = pattern.matcher(s).region(from, to);
            while (m.find()) {
                if (test.test(m)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The pattern, for messages and tests; empty for a list the language does not have. */
    @Override
    public String toString() {
        return pattern == null ? "" : pattern.pattern();
    }
}
