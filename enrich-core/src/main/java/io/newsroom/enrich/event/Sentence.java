package io.newsroom.enrich.event;

/**
 * A sentence of the title or the text.
 *
 * @param field {@code title} or {@code text}
 * @param start offset of its first character in that field
 * @param text  its characters
 */
record Sentence(String field, int start, String text) {

    int end() {
        return start + text.length();
    }
}
