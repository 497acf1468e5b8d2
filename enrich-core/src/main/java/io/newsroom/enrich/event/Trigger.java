package io.newsroom.enrich.event;

/**
 * A trigger found in a sentence.
 *
 * @param rule      the rule it matched
 * @param start     its first character in the sentence's normalised text
 * @param end       after its last character
 * @param anaphoric it stands without its rule's noun, after "also", for the article's last event of its type
 */
record Trigger(Lexicon.Rule rule, int start, int end, boolean anaphoric) {

    String type() {
        return rule.type();
    }
}
