package io.newsroom.enrich.extract;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.newsroom.enrich.vocab.Vocabulary;

/**
 * The extractor's word lists, from {@code /vocab/extract/<lang>/<list>.tsv}: what dates, bylines and a page's chrome
 * say in each language, and ({@code mul}) the class names themes use worldwide. A list is read from every language
 * that has it, all at once: the extractor reads a page's dates, bylines and chrome before it knows the page's
 * language. Callers read a list once, into a set or a pattern held in a static field. Pure and thread-safe.
 */
final class Lexicon {

    /** Every folder under {@code /vocab/extract/}: a language added there is read once it is named here. */
    static final List<String> LANGUAGES = List.of("mul", "en", "de", "nl", "sv", "da", "nb", "fi", "fr", "es", "pt",
            "it", "ro", "pl", "cs", "hu", "el", "ru", "uk", "tr", "ar", "fa", "id", "zh", "ko");

    private Lexicon() {
    }

    /**
     * Every row of the list, each made a record by {@code record}, by language ({@link #LANGUAGES}' order) and in
     * file order.
     *
     * @throws IllegalStateException when no language has the list, or a row is malformed
     */
    static <T> List<T> read(String list, Function<Vocabulary.Row, T> record) {
        List<T> rows = Vocabulary.everyLanguage("extract", LANGUAGES, list, record);
        if (rows.isEmpty()) {
            throw new IllegalStateException("no language has the list vocab/extract/<lang>/" + list + ".tsv");
        }
        return rows;
    }

    /** The constant of {@code type} a cell names: lower case with hyphens, "not-title" for NOT_TITLE. */
    static <E extends Enum<E>> E choice(Vocabulary.Row row, String column, Class<E> type) {
        String cell = row.get(column);
        try {
            return Enum.valueOf(type, cell.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalStateException(row.resource() + " line " + row.line() + ": '" + column + "' is '" + cell
                    + "', not one of " + List.of(type.getEnumConstants()).stream()
                            .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList(), unknown);
        }
    }

    /**
     * A regex group matching any of the phrases, each taken literally, in the given order: a list's phrases are
     * matched as a pattern built here rather than written as one in the data.
     *
     * @throws IllegalStateException when there are none: an empty group would match everywhere
     */
    static String anyOf(Collection<String> phrases) {
        if (phrases.isEmpty()) {
            throw new IllegalStateException("a pattern of no phrases");
        }
        return new LinkedHashSet<>(phrases).stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    }

    /**
     * A lookahead for the first characters of the phrases (lower case): a position that holds none of them is
     * passed over at once, not tried against each phrase in turn.
     */
    static String startingWithOneOf(Collection<String> phrases) {
        TreeSet<String> first = new TreeSet<>();
        for (String p : phrases) {
            char c = p.charAt(0);
            first.add(Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c);
        }
        return "(?=[" + String.join("", first) + "])";
    }
}
