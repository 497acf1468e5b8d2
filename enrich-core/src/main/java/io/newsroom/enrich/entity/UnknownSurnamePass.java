package io.newsroom.enrich.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A surname alone that names again someone outside the gazetteer whom the article named in full ("Kiran Panvalkar
 * ... Panvalkar said"; "Ратко Младича ... Младич"), in Latin or Cyrillic letters: the same local identity, matched on
 * the surname's key, so any case of a Russian name counts. Only after the full name, and only a capitalised word
 * that is not part of a longer name. Thread-safe (see {@link Pass}).
 */
record UnknownSurnamePass(Cues cues) implements Pass {

    @Override
    public void run(TagContext a) {
        Map<String, Span> bySurname = new HashMap<>();
        for (Span s : a.spans()) {
            if (unlinked(s) && s.type == EntityType.PERSON && s.to - s.from >= 2) {
                bySurname.putIfAbsent(a.token(NameSpelling.surnameAt(a.tokens(), s.from, s.to)).key(), s);
            }
        }
        if (bySurname.isEmpty()) {
            return;
        }
        for (Span s : a.spans()) {
            // the recogniser may have found the surname alone already, as a name of its own and even of another
            // kind ("Erling Haaland ... and Haaland" a place): in one article it is the person's
            Span full = s.to - s.from == 1 && unlinked(s) ? bySurname.get(a.token(s.from).key()) : null;
            if (full != null && full.from < s.from) {
                s.fullName = full;
                s.type = EntityType.PERSON;
            }
        }
        List<Token> tokens = a.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Span full = bySurname.get(t.key());
            if (full == null || full.from > i || a.taken(i) || !t.capital() || cues.stop(t) || t.surface().length() < 3
                    || i + 1 < tokens.size() && a.joined(i + 1) && tokens.get(i + 1).capital()
                    || i > 0 && a.joined(i) && tokens.get(i - 1).capital() && !tokens.get(i).sentenceStart()) {
                continue;
            }
            Span again = new Span(i, i + 1, Set.of());
            again.fullName = full;
            a.claim(again);
        }
    }

    /** A name outside the gazetteer, not yet named again as someone's full name. */
    private static boolean unlinked(Span s) {
        return s.entry < 0 && s.body == null && s.candidates.isEmpty() && s.fullName == null;
    }
}
