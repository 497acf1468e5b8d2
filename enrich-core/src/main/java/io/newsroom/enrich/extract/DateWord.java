package io.newsroom.enrich.extract;

import java.util.List;

import io.newsroom.enrich.vocab.Vocabulary;

/**
 * A word of news pages' dates besides the month's name, from {@code vocab/extract/<lang>/dates.tsv}: a date line's
 * label ("Published", "Опубликовано"), or a word a written date holds ("4th of May at 9:15"). Immutable; the list is
 * read once, when the class is loaded, and shared.
 *
 * @param monthFirst for an ordinal, whether it also follows the day where the month comes first ("May 4th, 2024")
 */
record DateWord(String word, Use use, boolean monthFirst) {

    /** Where the word stands. */
    enum Use {
        /** Opens the line that gives the page's date. */
        LABEL,
        /** Opens the line that gives the date of the page's last change, which is no publication date. */
        UPDATE_LABEL,
        /** Between such a label and the date ("Published on"). */
        AFTER_LABEL,
        /** Before a time of day ("at 9:15"). */
        BEFORE_TIME,
        /** After a time of day ("18.00 Uhr"). */
        AFTER_TIME,
        /** A suffix of the day's number ("4th", "1er", "5-го"). */
        ORDINAL,
        /** Between the day and the month ("4th of May", "12 de enero"). */
        DAY_MONTH,
        /** Between the month and the year ("enero de 2012"). */
        MONTH_YEAR
    }

    private static final List<DateWord> ALL = Lexicon.read("dates", DateWord::of);

    private static DateWord of(Vocabulary.Row row) {
        return new DateWord(row.get("word"), Lexicon.choice(row, "use", Use.class), row.flag("month_first"));
    }

    /** Every language's words of that use. */
    static List<String> all(Use use) {
        return ALL.stream().filter(w -> w.use == use).map(DateWord::word).toList();
    }

    /** The ordinals that also follow the day where the month comes first. */
    static List<String> monthFirstOrdinals() {
        return ALL.stream().filter(w -> w.use == Use.ORDINAL && w.monthFirst).map(DateWord::word).toList();
    }
}
