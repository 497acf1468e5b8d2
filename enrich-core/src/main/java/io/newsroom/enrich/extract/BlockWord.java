package io.newsroom.enrich.extract;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.newsroom.enrich.vocab.Vocabulary;

/**
 * A word of class and id names ({@link ClassNames}) that says what a block of a page is, from
 * {@code vocab/extract/mul/block-classes.tsv}: the article's content, or chrome around it. Immutable; the list is
 * read once, when the class is loaded, and shared.
 *
 * @param scoring    what the word does to a block's score as the article's container ({@link ContentScorer})
 * @param collecting whether the block's text is left out when the article's text is written ({@link TextCollector})
 */
record BlockWord(String word, Scoring scoring, Collecting collecting) {

    enum Scoring {
        /** Raises the score. */
        CONTENT,
        /** Lowers the score, and that of every block inside. */
        CHROME,
        NO
    }

    enum Collecting {
        /** Left out however much text the block holds: comment threads outgrow the article, but never wrap it. */
        ALWAYS,
        /** Left out unless the block holds most of the text: a CMS names the article's wrapper like chrome too. */
        UNLESS_WRAPPER,
        /** Left out, unless it is a wrapper, when it is mostly links. */
        IF_LINKS,
        NO
    }

    static final List<BlockWord> ALL = Lexicon.read("block-classes", BlockWord::of);

    private static BlockWord of(Vocabulary.Row row) {
        return new BlockWord(row.get("word"), Lexicon.choice(row, "scoring", Scoring.class),
                Lexicon.choice(row, "collecting", Collecting.class));
    }

    /** The words that do this to a block's score. */
    static Set<String> scoring(Scoring scoring) {
        return ALL.stream().filter(w -> w.scoring == scoring).map(BlockWord::word)
                .collect(Collectors.toUnmodifiableSet());
    }
}
