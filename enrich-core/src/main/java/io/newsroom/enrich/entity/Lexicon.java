package io.newsroom.enrich.entity;

import java.util.List;
import java.util.function.Function;

import io.newsroom.enrich.vocab.Vocabulary;

/**
 * The entity package's word lists, {@code /vocab/entity/<lang>/<list>.tsv}, read with {@link Vocabulary} for every
 * language that has the list. Lists are read where they are used, once, when that object is built; stateless, so
 * thread-safe.
 */
final class Lexicon {

    /** The languages whose lists are read, in this order (the gazetteer's languages of names). */
    static final List<String> LANGUAGES = List.of("en", "ru", "ar", "fr", "es", "de");

    private Lexicon() {
    }

    /** The first column of a list, every language's in turn, in file order. */
    static List<String> words(String list) {
        return rows(list, r -> r.get(r.columns().get(0)));
    }

    /** Each row of a list made into a record, every language's in turn, in file order. */
    static <T> List<T> rows(String list, Function<Vocabulary.Row, T> record) {
        return Vocabulary.everyLanguage("entity", LANGUAGES, list, record);
    }
}
