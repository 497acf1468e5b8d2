package io.newsroom.enrich.event;

import java.util.function.Function;

/**
 * Drops a sentence in which one of its language's lists stands anywhere: none of its triggers reports an event that
 * happened or is planned. Stateless and thread-safe.
 *
 * @param list the list, of the article's language
 */
record SentenceFilter(Function<Lexicon.Language, WordList> list) implements Pass {

    /** Events in general, not one: "have met several times", "every year", "دورية". */
    static final SentenceFilter GENERIC = new SentenceFilter(Lexicon.Language::generic);
    /** An event on a condition: "will sign the agreement if Sweden changes its laws". */
    static final SentenceFilter CONDITIONAL = new SentenceFilter(Lexicon.Language::conditional);

    @Override
    public boolean apply(Detection d) {
        return !list.apply(d.language()).in(d.text());
    }
}
