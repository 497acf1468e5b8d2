package io.newsroom.enrich.event;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The beginnings a trigger pattern can match from, worked out by asking the pattern itself: a probe that fails
 * without reaching its end ({@link Matcher#hitEnd()} false) cannot begin a match, whatever follows. Trying every rule
 * at every word start was a third of the enrich service's CPU on long pages; most word starts fail this lookup. Two
 * letters are probed at once; a third for each possible pair the first time a text has it (most pairs never come,
 * and probing them all would cost every start of the service seconds), as each attempt a pair lets through resets a
 * matcher whose state grows with the pattern. Characters outside the probed alphabets are never ruled out, so the
 * filter only skips sure failures. Thread-safe.
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

    private final Pattern trigger;
    private final BitSet first = new BitSet(ALPHABET.length());
    private final BitSet pairs = new BitSet(ALPHABET.length() * ALPHABET.length());
    /** By possible pair, the third letters a match may go on with, once asked for. */
    private final Map<Integer, BitSet> thirds = new ConcurrentHashMap<>();

    private StartFilter(Pattern trigger) {
        this.trigger = trigger;
    }

    static StartFilter of(Pattern trigger) {
        StartFilter f = new StartFilter(trigger);
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
        return mayStart(slotAt(t, at), slotAt(t, at + 1), slotAt(t, at + 2));
    }

    /** The slot of the character at {@code at}, -1 past the text's end or outside the alphabet. */
    static int slotAt(String t, int at) {
        return at < t.length() ? INDEX[t.charAt(at)] : -1;
    }

    /**
     * False only when no match can start with the characters in these slots ({@link #slotAt}, one after the other;
     * -1 for a character never ruled out, or none).
     */
    boolean mayStart(int i, int j, int k) {
        if (i < 0) {
            return true;
        }
        if (!first.get(i)) {
            return false;
        }
        if (j < 0) {
            return true;
        }
        int pair = i * ALPHABET.length() + j;
        if (!pairs.get(pair)) {
            return false;
        }
        return k < 0 || thirds.computeIfAbsent(pair, this::thirdsOf).get(k);
    }

    private BitSet thirdsOf(int pair) {
        String two = "" + ALPHABET.charAt(pair / ALPHABET.length()) + ALPHABET.charAt(pair % ALPHABET.length());
        BitSet out = new BitSet(ALPHABET.length());
        for (int k = 0; k < ALPHABET.length(); k++) {
            if (possible(trigger, two + ALPHABET.charAt(k))) {
                out.set(k);
            }
        }
        return out;
    }
}
