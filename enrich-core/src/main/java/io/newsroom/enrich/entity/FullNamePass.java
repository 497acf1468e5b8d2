package io.newsroom.enrich.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Full names of people in spellings the gazetteer does not list, other scripts included, on consonant skeletons
 * word for word ("Sadir Japarov", "قاسم جومارت توكايف"): two to four words, or up to six with a particle inside; a
 * given name and a surname with the father's name between ("عمر حسن البشير") or a chain of bin and Al whose every
 * name is the person's ("Абдалла бен Насер Аль Тани"); a given name one letter off ("Биньямин Нетаньяху"); name
 * words split or joined otherwise ("احمدي نجاد"). Thread-safe (see {@link Pass}).
 */
record FullNamePass(Gazetteer gazetteer, NameKeys keys, Cues cues, Resolver resolver) implements Pass {

    @Override
    public void run(TagContext a) {
        for (int i = 0; i < a.size(); i++) {
            if (a.taken(i) || cues.stop(a.token(i))) {
                continue;
            }
            for (int len = Math.min(6, reach(a, i)); len >= 2; len--) {
                if (len > 4 && !particleInside(a.tokens(), i, len)) {
                    continue;
                }
                Set<Integer> found = candidates(a, i, len);
                if (!found.isEmpty()) {
                    a.claim(new Span(i, i + len, found));
                    i += len - 1;
                    break;
                }
            }
        }
    }

    /**
     * How many words from i (a free word and no stop word) can belong to one name, up to six: free, in i's script,
     * joined, none a title or month, and after the first each capitalised (where the script has capitals) and no
     * stop word, unless a particle (bin, Аль), which may stand inside a name. Worked out once per word, as it is
     * the same for every length tried, so a lower-case word costs no look-up of names.
     */
    private int reach(TagContext a, int i) {
        Token first = a.token(i);
        boolean cased = first.script() == Script.LATIN || first.script() == Script.CYRILLIC;
        if (cues.notAName(first) || (cased && !first.capital())) {
            return 1;
        }
        int end = Math.min(a.size(), i + 6);
        int k = i + 1;
        for (; k < end; k++) {
            Token t = a.token(k);
            if (a.taken(k) || t.script() != first.script() || !a.joined(k) || cues.notAName(t)
                    || ((cues.stop(t) || (cased && !t.capital())) && !cues.particle(t.key()))) {
                break;
            }
        }
        return k - i;
    }

    /**
     * Who the words i to i+len (exclusive) may name in full, len within {@link #reach}; empty when they are not a
     * name or name no one listed.
     */
    private Set<Integer> candidates(TagContext a, int i, int len) {
        List<Token> tokens = a.tokens();
        Token first = tokens.get(i);
        // a name ends on a name, not on a particle
        if (cues.particle(tokens.get(i + len - 1).key()) || cues.cutFromCompound(a, i, i + len)) {
            return Set.of();
        }
        if (first.script() == Script.CYRILLIC) {
            Set<Integer> korean = korean(a, i, len);
            if (!korean.isEmpty()) {
                return korean;
            }
        }
        boolean cased = first.script() == Script.LATIN || first.script() == Script.CYRILLIC;
        boolean titled = cues.before(tokens, i) != null;
        // without capitals, a title right after the name announces it too, as an apposition ("جون ميجور رئيس وزراء
        // بريطانيا"), as it does for a name outside the gazetteer (ArabicUnknownNamePass)
        boolean titledAfter = !cased && i + len < tokens.size() && a.joined(i + len)
                && cues.title(tokens.get(i + len).key()) != null;
        boolean announced = titled || titledAfter || (i > 0 && cues.saying(tokens.get(i - 1).key()));
        if (!announced && keys.skeletons(first.surface()).stream().noneMatch(gazetteer.spellings()::isFirstNameSkeleton)) {
            return Set.of();
        }
        List<String> aligned = keys.alignedSkeletons(a.surfaces(i, i + len));
        // Arabic has no capitals to say a word is a name: ask for more letters, and for a title or someone prominent
        int least = cased || announced ? 4 : 6;
        Set<Integer> found = new HashSet<>();
        for (String c : aligned) {
            if (c.replace("|", "").length() >= least) {
                found.addAll(gazetteer.spellings().byAlignedSkeletons(c));
            }
        }
        if (found.isEmpty() && titled && !cased) {
            // an Arabic name short in consonants (Saad Hariri: sd|r once ح and the doubled r are gone) has too few
            // letters to stand alone, but with a title in front and the person's country in the article it is
            // evidence enough; a cased name has its capitals as evidence and needs no such allowance ("Ahmad Khan"
            // after a Pakistani minister's title is not Muhammad Mustafa Khan); word for word only, as the ends of a
            // longer name are fewer letters still
            for (String c : aligned) {
                if (c.replace("|", "").length() >= 3) {
                    gazetteer.spellings().byAlignedSkeletons(c).stream()
                            .filter(cand -> Tokenizer.words(gazetteer.entries().get(cand).name()).size() == len
                                    && resolver.supported(cand, a))
                            .forEach(found::add);
                }
            }
        }
        if (found.isEmpty() && len >= 3) {
            // a given name and a surname with names between: the father's (عمر حسن البشير, Omar al-Bashir), or a
            // chain of bin and Al (Абдалла бен Насер Аль Тани), where each name between must be the person's too
            boolean chain = particleInside(tokens, i, len);
            // between them only initials ("John F. Kerry"): a short surname will do, as the initials say a name
            boolean initials = cased && len == 3 && initial(tokens.get(i + 1));
            for (String c : aligned) {
                String[] w = c.split("\\|", -1);
                String ends = w[0] + "|" + w[w.length - 1];
                if (ends.length() - 1 < least || (!chain && (len > 3 || w[w.length - 1].length() < 3 && !initials))) {
                    continue;
                }
                gazetteer.spellings().byAlignedSkeletons(ends).stream()
                        .filter(cand -> !chain || chainFits(tokens, i, len, cand)).forEach(found::add);
            }
        }
        if (found.isEmpty() && len == 2 && (cased || titled)) {
            // the surname agrees and the given name is one letter off (Benjamin, Биньямин)
            for (String last : keys.skeletons(tokens.get(i + 1).surface())) {
                if (last.length() < 3) {
                    continue;
                }
                for (int c : gazetteer.spellings().byLastWordSkeleton(last)) {
                    String given = keys.skeleton(Tokenizer.words(gazetteer.entries().get(c).name()).get(0));
                    if (given.length() >= 3
                            && keys.skeletons(first.surface()).stream().anyMatch(g -> NameKeys.oneEditApart(g, given))) {
                        found.add(c);
                    }
                }
            }
        }
        if (found.isEmpty() && (len >= 3 || !cased)) {
            // name words split or joined otherwise (احمدي نجاد; بشار الاسد for Bashar al-Assad)
            for (String c : aligned) {
                String joinedUp = c.replace("|", "");
                if (joinedUp.length() >= Math.max(6, least + 1)) {
                    found.addAll(gazetteer.spellings().byJoinedSkeletons(joinedUp));
                }
            }
        }
        if ((!titled || !cased) && first.script() != Script.LATIN) {
            // across scripts a skeleton can meet anyone: a minor office-holder also needs a country in the article,
            // and in Arabic a title or a verb of saying too ("وكرر بوش القول" is not Piyush Goyal of India)
            boolean countryHelps = cased || announced;
            found.removeIf(c -> gazetteer.entries().get(c).prominence() < Gazetteer.SURNAME_PROMINENCE
                    && !(countryHelps && resolver.supported(c, a))
                    && !(first.script() == Script.CYRILLIC && speltInFull(tokens, i, len, c)));
        }
        if (first.script() == Script.CYRILLIC) {
            // consonant classes across scripts meet anyone: "Жилем Симоном" is not Azali Assoumani; where the
            // article names no country of theirs, the surname must be spelt as theirs too, romanised or as the
            // spelling tables spell it, a letter or two apart, and a Russian father's name is no surname
            // ("Вячеслав Михайлович" is not Vojislav Mihailović of Serbia)
            Token last = tokens.get(i + len - 1);
            found.removeIf(c -> !resolver.supported(c, a)
                    && (!gazetteer.surnameWrittenLike(c, last) || NameSpelling.patronymic(last)));
        }
        if (first.script() == Script.LATIN) {
            // unless the surname is spelt as listed, a variant ("Sadir Japarov") needs the person's country in the
            // article: "Ismoil Somoni" is no one, and Edward Snowden is not whichever Edward has a surname like his
            Set<String> spelt = new HashSet<>();
            for (int k = i; k < i + len; k++) {
                spelt.add(tokens.get(k).key());
            }
            // and its letters must be a variant's too, not only its consonant classes: "Miicoffee Apex" is not Max
            // Baucus, "Rosé Wines" not Chris Evans, whatever country the page names
            String written = tokens.get(i + len - 1).surface();
            found.removeIf(c -> !spelt.contains(keys.key(gazetteer.surname(c)))
                    && (!resolver.supported(c, a) || !gazetteer.surnameSpeltLike(c, written)));
            // a middle initial not the person's ("Robert D. Morgan" is not Robert Nesta Morgan); and a middle name
            // left out ("Robert Morgan") names a minor office-holder only with a title or their country in the article
            found.removeIf(c -> initialsDisagree(tokens, i, len, c)
                    || Tokenizer.words(gazetteer.entries().get(c).name()).size() > len
                            && gazetteer.entries().get(c).prominence() < Gazetteer.SURNAME_PROMINENCE
                            && !titled && !resolver.supported(c, a));
        }
        return found;
    }

    /**
     * A Korean name in the Kontsevich system's Cyrillic ("Ким Чен Ына", Kim Jong-un), the last word declined, whose
     * syllables are those of a prominent Korean or one of a country the article names ({@link KoreanNames}).
     */
    private Set<Integer> korean(TagContext a, int i, int len) {
        List<String> words = new ArrayList<>(a.surfaces(i, i + len - 1));
        words.add(NameSpelling.nominative(a.token(i + len - 1)));
        Set<Integer> found = new HashSet<>();
        KoreanNames.key(words).ifPresent(k -> gazetteer.spellings().byKoreanSyllables(k).stream()
                .filter(c -> resolver.supported(c, a)
                        || gazetteer.entries().get(c).prominence() >= Gazetteer.SURNAME_PROMINENCE)
                .forEach(found::add));
        return found;
    }

    /**
     * Whether each Russian word spells the person's name word in its place, romanised in the nominative a letter apart
     * at most or as the spelling tables spell it, not only its consonants: "Рональд Рейган" is Ronald Reagan as surely
     * as the English is, where "Жилем Симоном" meets Azali Assoumani's consonants alone.
     */
    private boolean speltInFull(List<Token> tokens, int i, int len, int candidate) {
        List<String> words = Tokenizer.words(gazetteer.entries().get(candidate).name());
        if (words.size() != len) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            Token t = tokens.get(i + k);
            String word = keys.folded(words.get(k));
            NameSpelling.Spelling english = NameSpelling.english(t, keys);
            // a letter apart at most, in the nominative: "Марра" (Marr's) is no Murray, two letters from "Marra"
            boolean spelt = english != null && keys.folded(english.english()).equals(word)
                    || LevenshteinDistance.getDefaultInstance()
                            .apply(keys.folded(keys.romanised(NameSpelling.nominative(t))), word) <= 1;
            if (!spelt) {
                return false;
            }
        }
        return true;
    }

    /** A single capital letter, with or without its dot: a middle initial. */
    private static boolean initial(Token t) {
        String letters = t.surface().replace(".", "");
        return letters.length() == 1 && Character.isUpperCase(letters.charAt(0));
    }

    /** Whether an initial between the ends of the mention is none of the candidate's middle names' initials. */
    private boolean initialsDisagree(List<Token> tokens, int i, int len, int candidate) {
        List<String> words = Tokenizer.words(gazetteer.entries().get(candidate).name());
        List<String> middle = words.size() > 2 ? words.subList(1, words.size() - 1) : List.of();
        for (int k = i + 1; k < i + len - 1; k++) {
            Token t = tokens.get(k);
            char letter = Character.toLowerCase(t.surface().charAt(0));
            if (initial(t) && !middle.isEmpty()
                    && middle.stream().noneMatch(m -> Character.toLowerCase(m.charAt(0)) == letter)) {
                return true;
            }
        }
        return false;
    }

    private boolean particleInside(List<Token> tokens, int i, int len) {
        for (int k = i + 1; k < i + len - 1; k++) {
            if (cues.particle(tokens.get(k).key())) {
                return true;
            }
        }
        return false;
    }

    /** The candidate's name has bin or Al too, and every other name between the ends is one of its names. */
    private boolean chainFits(List<Token> tokens, int i, int len, int candidate) {
        List<String> words = Tokenizer.words(gazetteer.entries().get(candidate).name());
        List<String> middle = words.subList(1, words.size() - 1);
        if (middle.stream().noneMatch(w -> cues.particle(keys.key(w)))) {
            return false;
        }
        Set<String> theirs = new HashSet<>();
        middle.forEach(w -> theirs.addAll(keys.skeletons(w)));
        for (int k = i + 1; k < i + len - 1; k++) {
            Token t = tokens.get(k);
            if (!cues.particle(t.key()) && keys.skeletons(t.surface()).stream().noneMatch(theirs::contains)) {
                return false;
            }
        }
        return true;
    }
}
