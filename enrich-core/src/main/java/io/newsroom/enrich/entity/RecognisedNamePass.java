package io.newsroom.enrich.entity;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Names no list holds, found by the statistical recogniser ({@link NameRecogniser}) among the words no earlier pass
 * took: people, organisations and places in English articles (or, where the language is unknown, articles mostly
 * in Latin letters), each under a local identity; but a word alone of the name of someone the gazetteer's passes
 * found in the article is that person. A title the recogniser counted in is left out of the name, as the other
 * passes leave it out; a name that shares a word with one the gazetteer's passes found is theirs. A word alone at a
 * sentence's start needs evidence beyond its capital; a letter alone names nobody ("Unix and C"), nor does the
 * first part of a contraction ("Don’t"). Thread-safe (see {@link Pass}).
 */
record RecognisedNamePass(NameRecogniser recogniser, Gazetteer gazetteer, Cues cues) implements Pass {

    @Override
    public void run(TagContext a) {
        boolean known = a.lang() != null && !a.lang().equals("und");
        if (known ? !a.lang().equals(NameRecogniser.LANGUAGE) : !writtenInLatin(a)) {
            // the model learnt English: it reads other languages' capitals as names ("Co", "O" in Polish), and in a
            // Russian or Arabic article Latin letters spell brands and titles ("Siri", "Bush House")
            return;
        }
        Map<String, Integer> linkedWords = linkedPeoplesWords(a);
        for (NameRecogniser.Found f : recogniser.find(a)) {
            int from = f.from();
            while (from < f.to() && cues.notAName(a.token(from))) {
                from++;
            }
            if (from == f.to() || taken(a, from, f.to()) || contracted(a, f.to() - 1)
                    || f.type() == EntityType.PERSON && cues.namesAThing(a, from, f.to())
                    || f.to() - from == 1 && (a.token(from).surface().length() == 1
                            || a.token(from).sentenceStart() && !namedElsewhere(a, a.token(from)))) {
                continue;
            }
            Integer linked = f.to() - from == 1 ? linkedWords.get(a.token(from).key()) : null;
            if (linked != null && linked >= 0) {
                // "President Xi" after "Xi Jinping": a word of the name of someone the article names is them
                Span span = new Span(from, f.to(), Set.of(linked));
                span.entry = linked;
                a.claim(span);
                continue;
            }
            Span span = new Span(from, f.to(), Set.of());
            span.type = f.type();
            a.claim(span);
        }
    }

    /**
     * The words of the names of the gazetteer's people the article names, each with its person; -1 for a word two of
     * them share.
     */
    private Map<String, Integer> linkedPeoplesWords(TagContext a) {
        Map<String, Integer> words = new HashMap<>();
        for (Span s : a.spans()) {
            if (s.entry >= 0 && s.body == null && gazetteer.entries().get(s.entry).type() == EntityType.PERSON) {
                for (int i = s.from; i < s.to; i++) {
                    words.merge(a.token(i).key(), s.entry, (x, y) -> x.equals(y) ? x : -1);
                }
            }
        }
        return words;
    }

    /**
     * Whether a word that opens a sentence, where any word has a capital, is a name by other evidence: the gazetteer's
     * people have it as a given name or a surname, or the article capitalises it inside a sentence too ("Visit them
     * at ..." names nobody).
     */
    private boolean namedElsewhere(TagContext a, Token word) {
        if (gazetteer.spellings().isFirstName(word.key()) || !gazetteer.spellings().bySurnameKey(word.key()).isEmpty()) {
            return true;
        }
        for (Token t : a.tokens()) {
            if (t.key().equals(word.key()) && t.capital() && !t.sentenceStart() && !t.field().equals("title")) {
                return true;
            }
        }
        return false;
    }

    /** Whether most of the article's words are in Latin letters: what says English when the language is unknown. */
    private static boolean writtenInLatin(TagContext a) {
        int latin = 0;
        for (Token t : a.tokens()) {
            if (t.script() == Script.LATIN) {
                latin++;
            }
        }
        return 2 * latin > a.size();
    }

    /**
     * Whether word i is the first part of a contraction: an apostrophe and lower-case letters other than a possessive
     * s follow it with no space ("Don’t", "We'll"; not "Jones's" nor "O'Brien").
     */
    private static boolean contracted(TagContext a, int i) {
        Token t = a.token(i);
        String field = a.field(t.field());
        int at = t.end();
        if (at + 1 >= field.length() || field.charAt(at) != '\'' && field.charAt(at) != '\u2019'
                || !Character.isLowerCase(field.charAt(at + 1))) {
            return false;
        }
        return field.charAt(at + 1) != 's' || at + 2 < field.length() && Character.isLetter(field.charAt(at + 2));
    }

    /** Whether a word of the name is taken, but for the first word of a longer name ("Boston Consulting Group"). */
    private static boolean taken(TagContext a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (a.taken(i) && !(i == from && to - from >= 2 && a.opens(i))) {
                return true;
            }
        }
        return false;
    }
}
