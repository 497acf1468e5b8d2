package io.newsroom.enrich.event;

import java.util.Arrays;
import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two-letter beginnings a trigger pattern can match from, worked out once by asking the pattern itself: a probe
 * that fails without reaching its end ({@link Matcher#hitEnd()} false) cannot begin a match, whatever follows. Trying
 * every rule at every word start was a third of the enrich service's CPU on long pages; most word starts fail this
 * lookup. Characters outside the probed alphabets are never ruled out, so the filter only skips sure failures.
 */
final class StartFilter {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"
            + "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
            + "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي"
            + " -'’";
    private static final short[] INDEX = new short[Character.MAX_VALUE + 1];

    static {
        Arrays.fill(INDEX, (short) -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            INDEX[ALPHABET.charAt(i)] = (short) i;
        }
    }

    private final BitSet first = new BitSet(ALPHABET.length());
    private final BitSet pairs = new BitSet(ALPHABET.length() * ALPHABET.length());

    private StartFilter() {
    }

    static StartFilter of(Pattern trigger) {
        StartFilter f = new StartFilter();
        for (int i = 0; i < ALPHABET.length(); i++) {
            if (!possible(trigger, String.valueOf(ALPHABET.charAt(i)))) {
                continue;
            }
            f.first.set(i);
            for (int j = 0; j < ALPHABET.length(); j++) {
                if (possible(trigger, "" + ALPHABET.charAt(i) + ALPHABET.charAt(j))) {
                    f.pairs.set(i * ALPHABET.length() + j);
                }
            }
        }
        return f;
    }

    private static boolean possible(Pattern trigger, String probe) {
        Matcher m = trigger.matcher(probe);
        return m.lookingAt() || m.hitEnd();
    }

    /** The probed alphabet's size: {@link #slot} is below it, or -1. */
    static int slots() {
        return ALPHABET.length();
    }

    /** The character's place in the probed alphabet, -1 when it is not probed (and so never ruled out). */
    static int slot(char c) {
        return INDEX[c];
    }

    /** Whether a match may start with the character in this slot of the alphabet. */
    boolean mayStartWith(int slot) {
        return first.get(slot);
    }

    /** False only when no match of the trigger can start at {@code at}. */
    boolean mayStartAt(String t, int at) {
        int i = INDEX[t.charAt(at)];
        if (i < 0) {
            return true;
        }
        if (!first.get(i)) {
            return false;
        }
        if (at + 1 >= t.length()) {
            return true;
        }
        int j = INDEX[t.charAt(at + 1)];
        return j < 0 || pairs.get(i * ALPHABET.length() + j);
    }
}
