package io.newsroom.enrich.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences of a field: paragraphs (lines) cut after sentence-final punctuation that a space and a new sentence
 * follow, except after initials and common abbreviations ("U.S.", "Mr.", "Gen.", "г."). Pure and thread-safe.
 */
final class SentenceSplitter {

    private static final Pattern END = Pattern.compile("[.!?؟。]+[\"'»”’)]*(?=\\s+[\\p{Lu}\\p{IsArabic}\"'«“(\\d])");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt",
            "sgt", "st", "sen", "rep", "gov", "pres", "prof", "jr", "sr", "no", "vs", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "г", "гг", "им", "т", "ул", "см", "др");

    List<Sentence> split(String field, String text) {
        List<Sentence> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            splitLine(field, text, lineStart, lineEnd, out);
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return out;
    }

    private static void splitLine(String field, String text, int from, int to, List<Sentence> out) {
        Matcher m = END.matcher(text).region(from, to);
        int start = from;
        while (m.find()) {
            if (abbreviationBefore(text, m.start(), start)) {
                continue;
            }
            add(field, text, start, m.end(), out);
            start = m.end();
        }
        add(field, text, start, to, out);
    }

    private static boolean abbreviationBefore(String text, int dot, int sentenceStart) {
        int w = dot;
        while (w > sentenceStart && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, dot);
        return word.length() == 1 && Character.isUpperCase(word.charAt(0))
                || ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static void add(String field, String text, int start, int end, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(field, start, text.substring(start, end)));
        }
    }
}
