package io.newsroom.enrich.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Alternative words, each tried on its own and filed under the letters it can start with ({@link StartFilter}): at a
 * word start only the few that can begin there are tried, a plain word by comparing its letters, the others by their
 * own pattern, where one alternation tried its every branch at every word that passed one filter for all of them
 * (topic words were a sixth of event detection). A match ends a word, as {@link #END} says. Immutable and thread-safe.
 */
final class WordAlternatives {

    /** What follows a match: no letter or digit. */
    static final String END = "(?![\\p{L}\\p{N}])";
    private static final Pattern META = Pattern.compile("[\\\\\\[\\](){}?*+|.^$]");

    /** Each alternative with nothing of a regular expression in it, as written; null for the others. */
    private final String[] literals;
    private final Pattern[] patterns;
    private final StartFilter[] filters;
    /** By slot of the first character ({@link StartFilter#slot}); the last, for characters outside the alphabet, holds all. */
    private final int[][] bySlot;

    /** @param alternation alternatives joined by "|", as a regular expression; compiled with {@code flags} */
    WordAlternatives(String alternation, int flags) {
        List<String> alternatives = topLevel(alternation);
        literals = new String[alternatives.size()];
        patterns = new Pattern[alternatives.size()];
        filters = new StartFilter[alternatives.size()];
        for (int a = 0; a < patterns.length; a++) {
            String alternative = alternatives.get(a);
            literals[a] = flags == 0 && !META.matcher(alternative).find() ? alternative : null;
            patterns[a] = Pattern.compile("(?:" + alternative + ")" + END, flags);
            filters[a] = StartFilter.of(patterns[a]);
        }
        bySlot = new int[StartFilter.slots() + 1][];
        for (int slot = 0; slot <= StartFilter.slots(); slot++) {
            List<Integer> here = new ArrayList<>();
            for (int a = 0; a < patterns.length; a++) {
                if (slot == StartFilter.slots() || filters[a].mayStartWith(slot)) {
                    here.add(a);
                }
            }
            bySlot[slot] = here.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Whether one of the alternatives matches at {@code at}, the text before it seen by look-behinds. */
    boolean matchesAt(String text, int at) {
        int slot = StartFilter.slot(text.charAt(at));
        for (int a : bySlot[slot < 0 ? StartFilter.slots() : slot]) {
            if (!filters[a].mayStartAt(text, at)) {
                continue;
            }
            String literal = literals[a];
            if (literal != null ? text.startsWith(literal, at) && endsWord(text, at + literal.length())
                    : patterns[a].matcher(text).useTransparentBounds(true).useAnchoringBounds(false)
                            .region(at, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** {@link #END} at {@code at}. */
    private static boolean endsWord(String text, int at) {
        if (at >= text.length()) {
            return true;
        }
        int c = text.codePointAt(at);
        int type = Character.getType(c);
        return !Character.isLetter(c) && type != Character.DECIMAL_DIGIT_NUMBER && type != Character.LETTER_NUMBER
                && type != Character.OTHER_NUMBER;
    }

    /** The alternatives of a regular expression outside any group or character class ("a|b(?:c|d)": a, b(?:c|d)). */
    static List<String> topLevel(String regex) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int from = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(regex.substring(from, i));
                from = i + 1;
            }
        }
        out.add(regex.substring(from));
        return out;
    }
}
