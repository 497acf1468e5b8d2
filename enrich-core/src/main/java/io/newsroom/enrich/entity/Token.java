package io.newsroom.enrich.entity;

/**
 * A word of the article with where it is.
 *
 * @param surface   the characters as written
 * @param field     {@code title} or {@code text}
 * @param start     offset in the field
 * @param end       offset after the word
 * @param key       the normalised form names are matched on ({@link NameKeys#key})
 * @param altKey    a second form to try, or null ({@link NameKeys#altKey})
 * @param script    its writing system
 * @param capital   true when it starts with an upper-case letter (scripts without case: false)
 * @param sentenceStart true when it opens a sentence (a capital there says little)
 * @param paragraph the paragraph it is in, 0 for the title
 */
record Token(String surface, String field, int start, int end, String key, String altKey, Script script, boolean capital,
        boolean sentenceStart, int paragraph) {
}
