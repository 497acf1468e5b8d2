package io.newsroom.enrich.entity;

import java.util.List;
import java.util.Set;

/**
 * Arabic names outside the gazetteer. Arabic has no capitals to mark a name, and many of its names are also words
 * (حسن, good; سالم, safe), so a name needs two kinds of evidence: an announcement, a title or a verb of saying just
 * before it ("يقول شارلز مورفي") or a title just after it ("جون ميجور رئيس وزراء بريطانيا"); and two to four words in
 * a row that two or more of Wikidata's names spell in English ({@link NameSpelling#english}), none of them a function word, a title
 * or a verb of saying, a particle of a father's name between two of them ("اسامة بن لادن"). A lone word stays unnamed,
 * as one word is too often a word, but after a sovereign's or a prince's title, as royals go by the given name
 * ("الملكة صوفيا"). Thread-safe (see {@link Pass}).
 */
record ArabicUnknownNamePass(NameKeys keys, Cues cues) implements Pass {

    /** The most words a name found so may have: a given name, a father's, a grandfather's and a family name. */
    private static final int LONGEST = 4;

    @Override
    public void run(TagContext a) {
        List<Token> tokens = a.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            if (!nameWord(a, i) || !a.joined(i) || tokens.get(i).sentenceStart() || nameWord(a, i - 1)) {
                continue;
            }
            int end = i + 1;
            int words = 1;
            while (end < tokens.size() && words < LONGEST && a.joined(end)) {
                if (nameWord(a, end)) {
                    end++;
                } else if (particleBeforeName(a, end)) {
                    end += 2;
                } else {
                    break;
                }
                words++;
            }
            String before = tokens.get(i - 1).key();
            boolean announced = cues.title(before) != null || cues.saying(before)
                    || end < tokens.size() && a.joined(end) && cues.title(tokens.get(end).key()) != null;
            if ((words >= 2 || cues.sovereign(before)) && announced) {
                a.claim(new Span(i, end, Set.of()));
                i = end - 1;
            }
        }
    }

    /** A particle of a father's name (بن, son of) with the name it introduces: "اسامة بن لادن" runs across it. */
    private boolean particleBeforeName(TagContext a, int i) {
        Token t = a.token(i);
        return t.script() == Script.ARABIC && !a.taken(i) && cues.particle(t.key()) && i + 1 < a.tokens().size()
                && a.joined(i + 1) && nameWord(a, i + 1);
    }

    private boolean nameWord(TagContext a, int i) {
        Token t = a.token(i);
        return t.script() == Script.ARABIC && !a.taken(i) && !cues.stop(t) && cues.title(t.key()) == null
                && !cues.saying(t.key()) && !cues.particle(t.key()) && spelt(t);
    }

    /** Spelt in English by two names or more: a spelling one name gives may be a word the data misaligned (اليوم, today, as "Alioum"). */
    private boolean spelt(Token t) {
        NameSpelling.Spelling s = NameSpelling.english(t, keys);
        return s != null && s.names() >= 2;
    }
}
