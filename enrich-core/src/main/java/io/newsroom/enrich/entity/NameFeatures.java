package io.newsroom.enrich.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the name recogniser ({@link NameRecogniser}) sees of a word: the word, its shape and ending, its neighbours
 * two either side with the punctuation between, whether it opens a sentence, the label given to the word before it,
 * and what the gazetteer and the title list say of it (a given name, a surname of someone listed, a title before
 * it). The same for training and tagging, so a model trained on one reads the other. Pure; thread-safe.
 */
record NameFeatures(Gazetteer gazetteer, NameKeys keys, Cues cues) {

    /** The label of a word outside any name. */
    static final String OUTSIDE = "O";

    /**
     * Whether the recogniser reads word i at all: a capitalised word in Latin letters, or a short lower-case word
     * between two of them ("Bank of England", "Osama bin Laden", "Charles de Gaulle"). Every other word is outside
     * any name, which keeps the recogniser to a few words per sentence.
     */
    static boolean candidate(TagContext a, int i) {
        Token t = a.token(i);
        if (t.script() != Script.LATIN) {
            return false;
        }
        if (t.capital()) {
            return true;
        }
        if (t.surface().length() > 3 || i == 0 || !a.token(i - 1).capital() || !a.joined(i)) {
            return false;
        }
        for (int k = i + 1; k < Math.min(a.size(), i + 3) && a.joined(k); k++) {
            Token next = a.token(k);
            if (next.capital() && next.script() == Script.LATIN) {
                return true;
            }
            if (next.surface().length() > 3) {
                return false;
            }
        }
        return false;
    }

    List<String> of(TagContext a, int i, String previousLabel) {
        Token t = a.token(i);
        List<String> f = new ArrayList<>(24);
        String shape = shape(t);
        String word = t.surface().toLowerCase(Locale.ROOT);
        f.add("w=" + word);
        f.add("sh=" + shape);
        if (word.length() > 3) {
            f.add("s3=" + word.substring(word.length() - 3));
        }
        f.add("pl=" + previousLabel);
        f.add("pl=" + previousLabel + "|sh=" + shape);
        if (t.sentenceStart()) {
            f.add("ss");
        }
        context(a, i, -1, "p", f);
        context(a, i, -2, "pp", f);
        context(a, i, 1, "n", f);
        context(a, i, 2, "nn", f);
        f.add("gb=" + gap(a, i - 1, i));
        f.add("ga=" + gap(a, i, i + 1));
        if (gazetteer.spellings().isFirstName(t.key())) {
            f.add("given");
        }
        if (!gazetteer.spellings().bySurnameKey(t.key()).isEmpty()) {
            f.add("surname");
        }
        if (cues.stop(t)) {
            f.add("stop");
        }
        if (i > 0 && cues.title(a.token(i - 1).key()) != null && a.joined(i)) {
            f.add("titled");
        }
        return f;
    }

    /** The word {@code offset} words away in the same paragraph, and its shape; "^" or "$" past the paragraph. */
    private static void context(TagContext a, int i, int offset, String name, List<String> f) {
        int k = i + offset;
        Token t = a.token(i);
        if (k < 0 || k >= a.size() || a.token(k).paragraph() != t.paragraph() || !a.token(k).field().equals(t.field())) {
            f.add(name + "w=" + (offset < 0 ? "^" : "$"));
            return;
        }
        Token o = a.token(k);
        f.add(name + "w=" + o.surface().toLowerCase(Locale.ROOT));
        f.add(name + "sh=" + shape(o));
    }

    /** The punctuation between words j and k, spaces left out; "^" or "$" at a paragraph's edge. */
    private static String gap(TagContext a, int j, int k) {
        if (j < 0) {
            return "^";
        }
        if (k >= a.size() || a.token(j).paragraph() != a.token(k).paragraph()
                || !a.token(j).field().equals(a.token(k).field())) {
            return "$";
        }
        Token x = a.token(j);
        String field = a.field(x.field());
        StringBuilder between = new StringBuilder(2);
        for (int c = x.end(); c < a.token(k).start() && between.length() < 2; c++) {
            if (!Character.isWhitespace(field.charAt(c))) {
                between.append(field.charAt(c));
            }
        }
        return between.toString();
    }

    /** Upper case X, lower case x, digit d, runs of one kind shown once: "Xx", "X", "X.X.", "Xx-Xx", "d". */
    static String shape(Token t) {
        StringBuilder s = new StringBuilder();
        char last = 0;
        for (int i = 0; i < t.surface().length(); i++) {
            char c = t.surface().charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (k != last) {
                s.append(k);
                last = k;
            }
        }
        return s.toString();
    }
}
