package io.newsroom.enrich.entity;

import java.util.List;
import java.util.Locale;

import com.ibm.icu.text.Transliterator;

/**
 * How a name outside the gazetteer is written in the output: Russian words in the nominative, then everything in
 * Latin letters (BGN for Russian). Thread-safe (the ICU transliterator is used under a lock).
 */
final class NameSpelling {

    private static final Transliterator ROMANISE = Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII");
    private static final List<String> CASE_ENDINGS = List.of("ом", "ем", "ой", "ей", "а", "я", "у", "ю", "е");

    private NameSpelling() {
    }

    /**
     * A Russian name word without its case ending (Младича, Рустаму), as far as the stemmer and the ending agree;
     * a genitive in ы is of a name in а (Манделы, Мандела), as no other singular ends so.
     */
    static String nominative(Token t) {
        String lower = t.surface().toLowerCase(Locale.ROOT);
        String rest = lower.startsWith(t.key()) ? lower.substring(t.key().length()) : "";
        if (rest.equals("ы")) {
            return t.surface().substring(0, t.key().length()) + "а";
        }
        return CASE_ENDINGS.contains(rest) ? t.surface().substring(0, t.key().length()) : t.surface();
    }

    /** The words {@code from} to {@code to} (exclusive) as a name in Latin letters. */
    static String romanised(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            String w = t.script() == Script.CYRILLIC ? nominative(t) : t.surface().replaceAll("['’]s$", "");
            if (t.script() != Script.LATIN) {
                synchronized (ROMANISE) {
                    w = ROMANISE.transliterate(w);
                }
                w = w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
            }
            b.append(b.length() == 0 ? "" : " ").append(w);
        }
        return b.toString();
    }
}
