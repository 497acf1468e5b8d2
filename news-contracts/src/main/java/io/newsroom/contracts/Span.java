package io.newsroom.contracts;

/**
 * A stretch of a sentence: the words that name an event in its evidence sentence.
 *
 * @param start its first character in the sentence
 * @param end   after its last character
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span " + start + ".." + end + " is not a stretch of a sentence");
        }
    }

    /** The words of {@code sentence} it covers, or null when the sentence is shorter (a report from another edit). */
    public String of(String sentence) {
        return sentence != null && end <= sentence.length() ? sentence.substring(start, end) : null;
    }
}
