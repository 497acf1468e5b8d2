package io.newsroom.enrich.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Monarchs by given name and regnal number, in any script: "Abdullah II", "عبدالله الثاني", "Хуан Карлос I". The
 * number is a Roman numeral or an Arabic ordinal; the one or two words before it meet the given name on consonant
 * skeletons. Thread-safe (see {@link Pass}).
 */
record RegnalNamePass(Gazetteer gazetteer, NameKeys keys, Cues cues) implements Pass {

    @Override
    public void run(TagContext a) {
        List<Token> tokens = a.tokens();
        for (int j = 1; j < tokens.size(); j++) {
            String numeral = a.taken(j) ? null : cues.numeral(tokens.get(j));
            if (numeral == null) {
                continue;
            }
            for (int len = Math.min(2, j); len >= 1; len--) {
                int i = j - len;
                Set<Integer> found = new HashSet<>();
                boolean name = true;
                for (int k = i; k < j; k++) {
                    Token t = tokens.get(k);
                    name &= !a.taken(k) && a.joined(k + 1) && !cues.stop(t)
                            && (t.script() == Script.ARABIC || t.capital()) && t.script() == tokens.get(i).script();
                }
                if (name) {
                    keys.alignedSkeletons(a.surfaces(i, j))
                            .forEach(g -> found.addAll(gazetteer.spellings().byRegnal(g, numeral)));
                }
                if (!found.isEmpty()) {
                    a.claim(new Span(i, j + 1, found));
                    break;
                }
            }
        }
    }
}
