package io.newsroom.enrich.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One article being tagged, which every {@link Pass} reads and adds to: its words, the names found so far, which
 * words they took (a word belongs to one name at most, and the first pass to claim it keeps it), the countries the
 * article names and its date. Made per call of {@link EntityTagger#tag}; not thread-safe.
 */
final class TagContext {

    private final List<Token> tokens;
    private final String title;
    private final String text;
    private final LocalDate date;
    private final String lang;
    private final boolean[] taken;
    /** Words taken as the first of a longer name: only a name found with the words after them may use them. */
    private final boolean[] opening;
    private final List<Span> spans = new ArrayList<>();
    /** ISO alpha-3 codes of the countries the article names, as far as resolved. */
    private final Set<String> countries = new HashSet<>();

    private TagContext(List<Token> tokens, String title, String text, LocalDate date, String lang) {
        this.tokens = tokens;
        this.title = title;
        this.text = text;
        this.date = date;
        this.lang = lang;
        this.taken = new boolean[tokens.size()];
        this.opening = new boolean[tokens.size()];
    }

    /** @param date the article's date, for choosing among office-holders; null when unknown */
    static TagContext of(Tokenizer tokenizer, String title, String text, LocalDate date) {
        return of(tokenizer, title, text, date, null);
    }

    /** @param lang the article's language (ISO 639-1), null or "und" when unknown */
    static TagContext of(Tokenizer tokenizer, String title, String text, LocalDate date, String lang) {
        String t = title == null ? "" : title;
        String x = text == null ? "" : text;
        List<Token> tokens = new ArrayList<>(tokenizer.tokens(t, "title", 0));
        tokens.addAll(tokenizer.tokens(x, "text", 1));
        return new TagContext(tokens, t, x, date, lang);
    }

    List<Token> tokens() {
        return tokens;
    }

    Token token(int i) {
        return tokens.get(i);
    }

    int size() {
        return tokens.size();
    }

    /** The article's date; null when unknown. */
    LocalDate date() {
        return date;
    }

    /** The article's language (ISO 639-1); null or "und" when unknown. */
    String lang() {
        return lang;
    }

    /** The names found so far, in the order they were found. */
    List<Span> spans() {
        return spans;
    }

    Set<String> countries() {
        return countries;
    }

    /** The characters of a field, {@code title} or {@code text}. */
    String field(String name) {
        return name.equals("title") ? title : text;
    }

    boolean taken(int i) {
        return taken[i];
    }

    /** Takes the words {@code from} to {@code to} (exclusive): no later pass may use them. */
    void take(int from, int to) {
        for (int k = from; k < to; k++) {
            taken[k] = true;
        }
    }

    /**
     * Takes word i as the first word of a longer name ("Boston" of "Boston Consulting Group"): no pass may name it
     * alone, the recogniser may name the whole ({@link #opens}).
     */
    void takeAsOpening(int i) {
        taken[i] = true;
        opening[i] = true;
    }

    /** Whether word i was taken only as the first word of a longer name ({@link #takeAsOpening}). */
    boolean opens(int i) {
        return opening[i];
    }

    /** Adds a name found and takes its words. */
    void claim(Span span) {
        spans.add(span);
        take(span.from, span.to);
    }

    /** The words {@code from} to {@code to} (exclusive) as written. */
    List<String> surfaces(int from, int to) {
        return tokens.subList(from, to).stream().map(Token::surface).toList();
    }

    /** Whether words j-1 and j are next to each other in one sentence, spaces only between ("in Austin"). */
    boolean joinedBySpace(int j) {
        Token a = tokens.get(j - 1);
        Token b = tokens.get(j);
        return a.field().equals(b.field()) && a.paragraph() == b.paragraph()
                && field(a.field()).substring(a.end(), b.start()).isBlank();
    }

    /** Whether words j-1 and j are one hyphenated word: a hyphen and nothing else between ("Жан-Клод", "US-based"). */
    boolean hyphenated(int j) {
        Token a = tokens.get(j - 1);
        Token b = tokens.get(j);
        if (!a.field().equals(b.field()) || b.start() - a.end() != 1) {
            return false;
        }
        char gap = field(a.field()).charAt(a.end());
        return gap == '-' || gap == '\u2011';
    }

    /** Whether word j continues the name that word j-1 is part of: same paragraph, only spaces or a hyphen between. */
    boolean joined(int j) {
        Token a = tokens.get(j - 1);
        Token b = tokens.get(j);
        if (!a.field().equals(b.field()) || a.paragraph() != b.paragraph()) {
            return false;
        }
        String gap = field(a.field()).substring(a.end(), b.start());
        if (gap.indexOf('.') >= 0 && a.surface().length() > 1) {
            // a full stop joins only an initial to what follows (S. Lavrov; U.S. keeps its dots in the word): after
            // a word it ends the sentence ("Александр Шишло. Экс-министр", "СМИ. Вульф")
            return false;
        }
        // an apostrophe ends a plural possessive inside a name: Kurdistan Workers' Party
        return gap.length() <= 3 && gap.chars().allMatch(c -> c == ' ' || c == '-' || c == '\u00a0' || c == '.'
                || c == '\u2011' || c == '\u200c' || c == '\'' || c == '\u2019');
    }
}
