package io.newsroom.enrich.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * People's and places' names indexed for the spellings the gazetteer does not list (other scripts, other
 * transliterations): consonant skeletons of full names word for word or joined, surnames by key and skeleton, given
 * names, monarchs' given names with their regnal number, places by skeleton and by English name. Built from the
 * English names by {@link Gazetteer}, then only read; thread-safe once built.
 */
final class SpellingIndex {

    private final NameKeys keys;
    /** Word skeletons of people's English names joined by "|": names spelt otherwise, word for word. */
    private final Map<String, Set<Integer>> alignedSkeletons = new HashMap<>();
    /** The same joined without separator, for scripts that split or join name words otherwise (احمدي نجاد). */
    private final Map<String, Set<Integer>> joinedSkeletons = new HashMap<>();
    private final Map<String, Set<Integer>> surnameKeys = new HashMap<>();
    /** Everyone with a full name, by the skeleton of its last word. */
    private final Map<String, Set<Integer>> fullNameBySurname = new HashMap<>();
    /** Everyone with a full name, by the match key of its last word. */
    private final Map<String, Set<Integer>> fullNameBySurnameKey = new HashMap<>();
    private final Map<String, Set<Integer>> placeSkeletons = new HashMap<>();
    /** Everyone with a full name, by the first three letters of its last word in lower-case ASCII. */
    private final Map<String, Set<Integer>> fullNameBySurnameStart = new HashMap<>();
    /** Places by English name, lower-case ASCII. */
    private final Map<String, Set<Integer>> placeNames = new HashMap<>();
    /** Monarchs and popes by given name and regnal number: "bdl#II". */
    private final Map<String, Set<Integer>> regnalSkeletons = new HashMap<>();
    private final Map<String, Set<Integer>> surnameSkeletons = new HashMap<>();
    /** Korea's people by their name's syllables ({@link KoreanNames}): Kim Jong-un, "K.M C.N .N". */
    private final Map<String, Set<Integer>> koreanSyllables = new HashMap<>();
    private final Set<String> firstNameKeys = new HashSet<>();
    /** The given names of people of the countries that write in Arabic script ({@link #isArabicWorldFirstName}). */
    private final Set<String> arabicWorldFirstNameKeys = new HashSet<>();
    private final Set<String> firstNameSkeletons = new HashSet<>();

    SpellingIndex(NameKeys keys) {
        this.keys = keys;
    }

    /**
     * One name of a person: given names from the English names of two words or more, skeletons from any English one.
     * The earlier decades' office-holders give no given names: among them are names of other orders and languages,
     * whose first words are English words and places ("Long" of Long Boret, "San" of San Yu: "San Diego" is no one).
     */
    void addPerson(int i, GazetteerEntry e, GazetteerEntry.Alias a, List<String> words) {
        if (words.size() >= 2 && a.lang().equals("en") && e.recent()) {
            firstNameKeys.add(keys.key(words.get(0)));
            if (e.countries().stream().anyMatch(c -> CountryCodes.writesArabic(CountryCodes.iso2(c)))) {
                arabicWorldFirstNameKeys.add(keys.key(words.get(0)));
            }
            if (keys.skeleton(words.get(0)).length() >= 2) {
                firstNameSkeletons.add(keys.skeleton(words.get(0)));
            }
        }
        if (!a.lang().equals("en")) {
            return;
        }
        List<String> regnal = regnal(words);
        String given = String.join("|", regnal.stream().map(keys::skeleton).toList());
        if (!regnal.isEmpty() && regnal.size() < words.size() && Gazetteer.ROMAN.matcher(words.get(regnal.size())).matches()) {
            // "Abdullah II" in any script: the given name's consonants and the number (عبدالله الثاني, Абдалла II)
            index(regnalSkeletons, given + "#" + words.get(regnal.size()), i);
        }
        if (regnal.size() >= 2 && e.prominence() >= Gazetteer.SURNAME_PROMINENCE) {
            // "King Juan Carlos", without the number
            index(alignedSkeletons, given, i);
        }
        if (regnal.size() == 1 && e.prominence() >= Gazetteer.SURNAME_PROMINENCE) {
            // a monarch goes by the given name: "Abdullah II of Jordan" is King Abdullah
            index(surnameSkeletons, keys.skeleton(regnal.get(0)), i);
            surnameKeys.computeIfAbsent(keys.key(regnal.get(0)), k -> new HashSet<>()).add(i);
        }
        List<String> sks = words.stream().map(keys::skeleton).toList();
        index(alignedSkeletons, String.join("|", sks), i);
        if (e.countries().contains("CHN")) {
            chineseSyllables(words).ifPresent(s -> index(alignedSkeletons, s, i));
        }
        if (e.countries().contains("KOR") || e.countries().contains("PRK")) {
            KoreanNames.key(words).ifPresent(k -> index(koreanSyllables, k, i));
        }
        index(joinedSkeletons, String.join("", sks), i);
        if (words.size() >= 3 && !words.contains("of")) {
            // "Abdullah of Pahang" has no surname Pahang
            index(alignedSkeletons, sks.get(0) + "|" + sks.get(sks.size() - 1), i);
        }
        if (words.size() >= 2) {
            index(fullNameBySurname, sks.get(sks.size() - 1), i);
            index(fullNameBySurnameKey, keys.key(words.get(words.size() - 1)), i);
            String last = keys.folded(words.get(words.size() - 1));
            if (last.length() >= 3) {
                index(fullNameBySurnameStart, last.substring(0, 3), i);
            }
        }
        if (words.size() >= 2 && e.prominence() >= Gazetteer.SURNAME_PROMINENCE) {
            index(surnameSkeletons, sks.get(sks.size() - 1), i);
            surnameKeys.computeIfAbsent(keys.key(words.get(words.size() - 1)), k -> new HashSet<>()).add(i);
        }
    }

    /** One name of a place whose Russian name the data lacks: its English names by skeleton and as written. */
    void addPlace(int i, GazetteerEntry.Alias a) {
        if (a.lang().equals("en")) {
            placeNames.computeIfAbsent(keys.folded(a.text()), k -> new HashSet<>()).add(i);
            index(placeSkeletons, String.join("", Tokenizer.words(a.text()).stream().map(keys::skeleton).toList()), i);
        }
    }

    /**
     * A Chinese name syllable by syllable, as Arabic writes it (Xi Jinping, شي جين بينغ: s|zn|bn), its Pinyin
     * consonants read as Arabic renders them (x ش, q and zh تش, c تس).
     */
    private Optional<String> chineseSyllables(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            Optional<List<String>> syllables = Palladius.syllables(w);
            if (syllables.isEmpty()) {
                return Optional.empty();
            }
            for (String s : syllables.get()) {
                String spoken = s.replace("zh", "ch").replace("x", "sh").replace("q", "ch").replaceAll("c(?!h)", "ts");
                out.add(keys.skeleton(spoken));
            }
        }
        return out.size() > words.size() ? Optional.of(String.join("|", out)) : Optional.empty();
    }

    /**
     * A regnal name without its number and realm: "Abdullah II of Jordan", "Juan Carlos I" to Abdullah, Juan Carlos.
     * "of" is read as the gazetteer's English names write it.
     */
    static List<String> regnal(List<String> words) {
        int of = words.indexOf("of");
        List<String> head = of > 0 ? words.subList(0, of) : words;
        if (head.size() >= 2 && Gazetteer.ROMAN.matcher(head.get(head.size() - 1)).matches()) {
            return head.subList(0, head.size() - 1);
        }
        return of > 0 ? head : List.of();
    }

    private static void index(Map<String, Set<Integer>> map, String key, int entry) {
        if (key.length() >= 2) {
            map.computeIfAbsent(key, k -> new HashSet<>()).add(entry);
        }
    }

    Set<Integer> byAlignedSkeletons(String skeletons) {
        return alignedSkeletons.getOrDefault(skeletons, Set.of());
    }

    Set<Integer> byJoinedSkeletons(String skeletons) {
        return joinedSkeletons.getOrDefault(skeletons, Set.of());
    }

    Set<Integer> byLastWordSkeleton(String skeleton) {
        return fullNameBySurname.getOrDefault(skeleton, Set.of());
    }

    /** People named in full whose last word has this match key ({@link NameKeys#key}). */
    Set<Integer> byLastWordKey(String key) {
        return fullNameBySurnameKey.getOrDefault(key, Set.of());
    }

    /** People whose last name begins with these three lower-case ASCII letters. */
    Set<Integer> bySurnameStart(String letters) {
        return fullNameBySurnameStart.getOrDefault(letters, Set.of());
    }

    Set<Integer> bySurnameKey(String key) {
        return surnameKeys.getOrDefault(key, Set.of());
    }

    Set<Integer> byPlaceName(String asciiLowerCase) {
        return placeNames.getOrDefault(asciiLowerCase, Set.of());
    }

    /** The people of this given name (skeletons joined by "|") and regnal number (II). */
    Set<Integer> byRegnal(String skeletons, String numeral) {
        return regnalSkeletons.getOrDefault(skeletons + "#" + numeral, Set.of());
    }

    /** Korea's people whose name has these syllables ({@link KoreanNames#key}). */
    Set<Integer> byKoreanSyllables(String key) {
        return koreanSyllables.getOrDefault(key, Set.of());
    }

    Set<Integer> byPlaceSkeleton(String skeleton) {
        return placeSkeletons.getOrDefault(skeleton, Set.of());
    }

    Set<Integer> bySurnameSkeleton(String skeleton) {
        return surnameSkeletons.getOrDefault(skeleton, Set.of());
    }

    /**
     * Whether some listed person of a country that writes in Arabic script has this given name: there given names are
     * mostly words of the language (Salam, peace; Hassan, good), where a foreign one written in Arabic letters (Blair,
     * an Australian minister's given name) is no Arabic word.
     */
    boolean isArabicWorldFirstName(String key) {
        return arabicWorldFirstNameKeys.contains(key);
    }

    boolean isFirstName(String key) {
        return firstNameKeys.contains(key);
    }

    boolean isFirstNameSkeleton(String skeleton) {
        return firstNameSkeletons.contains(skeleton);
    }
}
