package io.newsroom.enrich.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words with their offsets: runs of letters, marks and digits; everything else separates. Pure. */
final class Tokenizer {

    /**
     * A dotted abbreviation (U.S., U.N.) is one word, and so is an Arabic name made with عبد, written joined or
     * apart (عبد الله, عبدالله: Abdullah; عبد العزيز); otherwise runs of letters, marks and digits.
     */
    private static final Pattern WORD = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}|(?<![\\p{L}\\p{M}])[وفبل]?عبد ?[\\p{IsArabic}&&[\\p{L}\\p{M}]]+|[\\p{L}\\p{M}\\p{Nd}]+");

    private final NameKeys keys;

    Tokenizer(NameKeys keys) {
        this.keys = keys;
    }

    /** The words of one field; paragraphs (lines) are numbered from {@code firstParagraph}. */
    List<Token> tokens(String text, String field, int firstParagraph) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int paragraph = firstParagraph;
        int scanned = 0;
        while (m.find()) {
            for (int i = scanned; i < m.start(); i++) {
                if (text.charAt(i) == '\n') {
                    paragraph++;
                }
            }
            scanned = m.start();
            String w = m.group();
            out.add(new Token(w, field, m.start(), m.end(), keys.key(joined(w)), keys.altKey(joined(w)), Script.of(w),
                    Character.isUpperCase(w.codePointAt(0)), opensSentence(text, m.start()), paragraph));
        }
        return out;
    }

    /** Nothing but spaces and quotes between the start (or a sentence end) and this word. */
    private static boolean opensSentence(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '.' || c == '!' || c == '?' || c == ':' || c == '«' || c == '"' || c == '“') {
                return true;
            }
            if (!Character.isWhitespace(c) && c != '(' && c != '\'' && c != '‘') {
                return false;
            }
        }
        return true;
    }

    /** A word as its key is made: U.S. as US, عبد الله as عبدالله. */
    private static String joined(String word) {
        return word.replace(".", "").replace(" ", "");
    }

    /** The match keys of a name, word by word. */
    List<String> keysOf(String name) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(name);
        while (m.find()) {
            out.add(keys.key(joined(m.group())));
        }
        return out;
    }

    /** The second keys of a name ({@link NameKeys#altKey}), word by word, the key where a word has none. */
    List<String> altKeysOf(String name) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(name);
        while (m.find()) {
            String alt = keys.altKey(joined(m.group()));
            out.add(alt != null ? alt : keys.key(joined(m.group())));
        }
        return out;
    }

    /** The words of a name. */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(name);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
