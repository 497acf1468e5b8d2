package io.newsroom.enrich.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Names outside the gazetteer, in English and Russian: capitalised words led by a known given name, or one or more
 * announced by a title. Linked after all when spelt a letter or two apart from someone prominent ("Айядом
 * Аллауи"); otherwise a person without an id. Thread-safe (see {@link Pass}).
 */
record UnknownPersonPass(Gazetteer gazetteer, NameKeys keys, Cues cues) implements Pass {

    /**
     * How many of Wikidata's names must hold a Russian word for the spelling tables to make it a name word: one or
     * two may be a word the alignment paired by chance. Every person it added on UNER's Russian PUD and the open set's
     * Russian pages was real at 3 (Humphrey Bogart, Ewan McGregor, Kai Diekmann) as at 10, which added fewer.
     */
    private static final int NAMES_SPELT = 3;

    @Override
    public void run(TagContext a) {
        List<Token> tokens = a.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token first = tokens.get(i);
            if (a.taken(i) || !first.capital() || cues.stop(first) || cues.notAName(first)
                    || (first.script() != Script.LATIN && first.script() != Script.CYRILLIC)) {
                continue;
            }
            boolean allCaps = first.surface().equals(first.surface().toUpperCase(Locale.ROOT));
            boolean firstName = !allCaps && (first.script() == Script.LATIN ? gazetteer.spellings().isFirstName(first.key())
                    : givenInRussian(first));
            String cue = i > 0 && !first.sentenceStart() ? cues.title(tokens.get(i - 1).key()) : null;
            if (!firstName && (cue == null || allCaps || cues.adjectiveNotGivenName(first))) {
                // after a title an adjective begins the office's country, not a name: "президента Китайской
                // Республики"
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && end - i < 4 && !a.taken(end) && tokens.get(end).capital()
                    && tokens.get(end).script() == first.script() && a.joined(end)
                    && !cues.stop(tokens.get(end)) && !cues.notAName(tokens.get(end))) {
                end++;
            }
            if ((end - i >= 2 || (cue != null && !firstName)) && !cues.cutFromCompound(a, i, end)
                    && !cues.namesAThing(a, i, end)
                    && (cue != null || !cues.where(a, i, end))) {
                int from = surnameBefore(a, i, end) ? i - 1 : i;
                Span span = new Span(from, end, Set.of());
                if (end - i >= 2 && first.script() == Script.CYRILLIC) {
                    span.entry = spelledAlike(tokens, span);
                }
                a.claim(span);
                i = end - 1;
            }
        }
    }

    /**
     * Whether the word before a Russian given name and father's name (words i to end) is the surname, as official
     * Russian writes a name: "Назначить Небензю Василия Алексеевича" (surname, given name, father's name).
     */
    private boolean surnameBefore(TagContext a, int i, int end) {
        if (i == 0 || end - i != 2 || !NameSpelling.patronymic(a.token(i + 1)) || !a.joined(i)) {
            return false;
        }
        Token before = a.token(i - 1);
        return !a.taken(i - 1) && before.capital() && before.script() == Script.CYRILLIC && !cues.stop(before)
                && !cues.notAName(before) && !cues.particle(before.key()) && !givenInRussian(before)
                && !cues.cutFromCompound(a, i - 1, end);
    }

    /**
     * Whether a Russian word is a given name the gazetteer's people have: by its English spelling (Julian; Юрия: Yury),
     * else, unless it is shaped as an adjective or opens a sentence, by its consonants as written, as the nominative in
     * another case (Джулианом, Джулиан) or as that spelling's, or as a word the spelling tables find in {@link
     * #NAMES_SPELT} of Wikidata's names or more (Хамфри, Humphrey; Эннио, Ennio: given names no office-holder has);
     * never a particle of names. The pass asks for a capitalised word after it too.
     */
    private boolean givenInRussian(Token t) {
        if (cues.particle(t.key())) {
            // Аль of Аль-Джазира is no Al, nor Бен a Ben
            return false;
        }
        if (gazetteer.givenNameWritten(t)) {
            return true;
        }
        NameSpelling.Spelling english = NameSpelling.english(t, keys);
        if (cues.adjectiveNotGivenName(t)) {
            // Северной, Великой, Соединенного: consonants alone make no given name of an adjective
            return false;
        }
        if (t.sentenceStart()) {
            // a capital opening a sentence says nothing, and consonant classes meet too many words ("Также",
            // t-k-z, "Однако", "Летом"): there, a given name only as the spelling tables spell one
            return false;
        }
        if (keys.skeletons(t.surface()).stream().anyMatch(gazetteer.spellings()::isFirstNameSkeleton)) {
            return true;
        }
        String nominative = NameSpelling.nominative(t);
        if (!nominative.equals(t.surface()) && keys.skeletons(nominative).stream().anyMatch(gazetteer.spellings()::isFirstNameSkeleton)) {
            return true;
        }
        return english != null && (english.names() >= NAMES_SPELT
                || keys.skeletons(english.english()).stream().anyMatch(gazetteer.spellings()::isFirstNameSkeleton));
    }

    /**
     * Someone whose name the romanised words spell all but a letter or two apart, where their consonants are too
     * few to tell (Аяд Аллауи, Ayyad Allaui: Ayad Allawi), if prominent; else -1.
     */
    private int spelledAlike(List<Token> tokens, Span span) {
        String written = keys.folded(NameSpelling.romanised(tokens, span.from, span.to, keys));
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        String last = written.substring(written.lastIndexOf(' ') + 1);
        if (last.length() < 3) {
            return -1;
        }
        for (int c : gazetteer.spellings().bySurnameStart(last.substring(0, 3))) {
            String name = keys.folded(gazetteer.entries().get(c).name());
            int d = LevenshteinDistance.getDefaultInstance().apply(written, name);
            if (d <= 2 && d * 5 <= name.length() && d < bestDistance
                    && gazetteer.entries().get(c).prominence() >= Gazetteer.SURNAME_PROMINENCE) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }
}
