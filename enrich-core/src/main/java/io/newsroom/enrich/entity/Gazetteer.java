package io.newsroom.enrich.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.newsroom.contracts.EntityRef;

/**
 * The gazetteer indexed for matching: a trie over the match keys of every multi-word or non-person name, and
 * consonant-skeleton indexes of people's full names and surnames for spellings the names do not list (other
 * scripts, other transliterations). Immutable after construction; thread-safe.
 */
public final class Gazetteer {

    /** People whose surname alone may name them, without a full mention in the article. */
    static final double SURNAME_PROMINENCE = 0.6;

    /** A trie node; {@code hits} are the aliases that end here. */
    static final class Node {
        final Map<String, Node> next = new HashMap<>();
        final List<Hit> hits = new ArrayList<>();
    }

    /**
     * An alias ending at a trie node.
     *
     * @param entry     index into {@link #entries()}
     * @param upperOnly an abbreviation (NATO, CIS): matches only when written in capitals
     * @param letters   the abbreviation's letters: an abbreviation does not inflect, so it must be written letter for
     *                  letter (РИА, whose key is stemmed as any Russian word's is, is not the initials РИ, nor СМИ
     *                  СМО); null for a name
     * @param word      a one-word Russian name, lower case, for {@link #inflects}; null otherwise
     * @param lower     the name begins in lower case (al-Qaeda): so may the text
     */
    record Hit(int entry, boolean upperOnly, String letters, String word, boolean lower) {

        static Hit of(int entry, String alias) {
            boolean abbreviation = isAbbreviation(alias);
            boolean russianWord = !abbreviation && Script.of(alias) == Script.CYRILLIC && alias.strip().indexOf(' ') < 0
                    && alias.indexOf('-') < 0;
            return new Hit(entry, abbreviation, abbreviation ? lettersOf(alias) : null,
                    russianWord ? alias.strip().toLowerCase(java.util.Locale.ROOT).replace('ё', 'е') : null,
                    Character.isLowerCase(alias.strip().codePointAt(0)));
        }

        static Hit name(int entry) {
            return new Hit(entry, false, null, null, false);
        }

        /**
         * Whether a Russian word is a form of this one-word name: the name without its last vowel, then a case
         * ending (Москва, Москве; Балканы, Балканах). Stems alone meet too often: Токаев and Токио are both ток.
         */
        boolean inflects(String surface) {
            if (word == null) {
                return true;
            }
            String w = surface.toLowerCase(java.util.Locale.ROOT).replace('ё', 'е');
            String stem = NameKeys.RUSSIAN_VOWELS.indexOf(word.charAt(word.length() - 1)) >= 0
                    ? word.substring(0, word.length() - 1) : word;
            String fleeting = withoutFleetingVowel(word);
            return w.startsWith(stem) && w.length() - stem.length() <= 3
                    || !fleeting.equals(word) && w.startsWith(fleeting) && w.length() - fleeting.length() <= 3;
        }
    }

    private static final java.util.regex.Pattern FLEETING = java.util.regex.Pattern.compile(
            "(?<=[бвгджзклмнпрстфхцчшщ])[ео](?=[бвгджзклмнпрстфхцчшщ]$)");

    /**
     * A one-word Russian name without the vowel its other cases drop (Египет, Египта; Кипр keeps none): their
     * stems then meet.
     */
    static String withoutFleetingVowel(String name) {
        return name.indexOf(' ') < 0 && name.length() >= 5 ? FLEETING.matcher(name).replaceFirst("") : name;
    }

    /** The letters of a word, upper case: U.S. is US. */
    static String lettersOf(String s) {
        return s.replaceAll("[^\\p{L}]", "").toUpperCase(java.util.Locale.ROOT);
    }

    private final List<GazetteerEntry> entries;
    private final Node root = new Node();
    /** Word skeletons of people's English names joined by "|": names spelt otherwise, word for word. */
    private final Map<String, Set<Integer>> alignedSkeletons = new HashMap<>();
    /** The same joined without separator, for scripts that split or join name words otherwise (احمدي نجاد). */
    private final Map<String, Set<Integer>> joinedSkeletons = new HashMap<>();
    private final Map<String, Set<Integer>> surnameKeys = new HashMap<>();
    /** Everyone with a full name, by the skeleton of its last word. */
    private final Map<String, Set<Integer>> fullNameBySurname = new HashMap<>();
    private final Map<String, Set<Integer>> placeSkeletons = new HashMap<>();
    /** Everyone with a full name, by the first three letters of its last word in lower-case ASCII. */
    private final Map<String, Set<Integer>> fullNameBySurnameStart = new HashMap<>();
    /** Places by English name, lower-case ASCII. */
    private final Map<String, Set<Integer>> placeNames = new HashMap<>();
    /** Monarchs and popes by given name and regnal number: "bdl#II". */
    private final Map<String, Set<Integer>> regnalSkeletons = new HashMap<>();
    private final Map<String, Set<Integer>> surnameSkeletons = new HashMap<>();
    private final Set<String> firstNameKeys = new HashSet<>();
    private final Set<String> firstNameSkeletons = new HashSet<>();
    private final Map<String, Integer> countryByIso3 = new HashMap<>();
    private final Map<String, Integer> byId = new HashMap<>();

    Gazetteer(List<GazetteerEntry> entries, NameKeys keys) {
        this.entries = List.copyOf(entries);
        Tokenizer tokenizer = new Tokenizer(keys);
        for (int i = 0; i < this.entries.size(); i++) {
            GazetteerEntry e = this.entries.get(i);
            byId.putIfAbsent(e.id(), i);
            if (e.type() == EntityType.COUNTRY) {
                for (String iso : e.countries()) {
                    countryByIso3.putIfAbsent(iso, i);
                }
            }
            for (GazetteerEntry.Alias a : e.aliases()) {
                List<String> words = Tokenizer.words(a.text());
                if (words.isEmpty()) {
                    continue;
                }
                if (e.type() == EntityType.PERSON) {
                    indexPerson(i, e, a, words, tokenizer, keys);
                } else if (!ROMAN.matcher(a.text()).matches()) {
                    // "II" is a regnal or war number far more often than anyone's abbreviation
                    add(tokenizer.keysOf(a.text()), Hit.of(i, a.text()));
                    if (Script.of(a.text()) == Script.CYRILLIC) {
                        add(tokenizer.altKeysOf(a.text()), Hit.of(i, a.text()));
                        String fleeting = withoutFleetingVowel(a.text());
                        if (!fleeting.equals(a.text())) {
                            add(tokenizer.keysOf(fleeting), Hit.of(i, a.text()));
                        }
                    }
                    if (e.type() == EntityType.PLACE && e.aliases().stream().noneMatch(x -> x.lang().equals("ru"))) {
                        // skeletons only for places whose Russian name the data lacks: Белгорода is not Belgrade
                        indexPlace(i, a, keys);
                    }
                }
            }
        }
    }

    private void indexPerson(int i, GazetteerEntry e, GazetteerEntry.Alias a, List<String> words, Tokenizer tokenizer,
            NameKeys keys) {
        if (words.size() >= 2) {
            add(tokenizer.keysOf(a.text()), Hit.name(i));
            if (words.size() >= 3) {
                add(tokenizer.keysOf(words.get(0) + " " + words.get(words.size() - 1)), Hit.name(i));
            }
            if (a.lang().equals("en")) {
                firstNameKeys.add(keys.key(words.get(0)));
                if (keys.skeleton(words.get(0)).length() >= 2) {
                    firstNameSkeletons.add(keys.skeleton(words.get(0)));
                }
            }
        }
        if (!a.lang().equals("en")) {
            return;
        }
        List<String> regnal = regnal(words);
        String given = String.join("|", regnal.stream().map(keys::skeleton).toList());
        if (!regnal.isEmpty() && regnal.size() < words.size() && ROMAN.matcher(words.get(regnal.size())).matches()) {
            // "Abdullah II" in any script: the given name's consonants and the number (عبدالله الثاني, Абдалла II)
            index(regnalSkeletons, given + "#" + words.get(regnal.size()), i);
        }
        if (regnal.size() >= 2 && e.prominence() >= SURNAME_PROMINENCE) {
            // "King Juan Carlos", without the number
            index(alignedSkeletons, given, i);
        }
        if (regnal.size() == 1 && e.prominence() >= SURNAME_PROMINENCE) {
            // a monarch goes by the given name: "Abdullah II of Jordan" is King Abdullah
            index(surnameSkeletons, keys.skeleton(regnal.get(0)), i);
            surnameKeys.computeIfAbsent(keys.key(regnal.get(0)), k -> new HashSet<>()).add(i);
        }
        List<String> sks = words.stream().map(keys::skeleton).toList();
        index(alignedSkeletons, String.join("|", sks), i);
        if (e.countries().contains("CHN")) {
            chineseSyllables(words, keys).ifPresent(s -> index(alignedSkeletons, s, i));
        }
        index(joinedSkeletons, String.join("", sks), i);
        if (words.size() >= 3 && !words.contains("of")) {
            // "Abdullah of Pahang" has no surname Pahang
            index(alignedSkeletons, sks.get(0) + "|" + sks.get(sks.size() - 1), i);
        }
        if (words.size() >= 2) {
            index(fullNameBySurname, sks.get(sks.size() - 1), i);
            String last = keys.folded(words.get(words.size() - 1));
            if (last.length() >= 3) {
                index(fullNameBySurnameStart, last.substring(0, 3), i);
            }
        }
        if (words.size() >= 2 && e.prominence() >= SURNAME_PROMINENCE) {
            index(surnameSkeletons, sks.get(sks.size() - 1), i);
            surnameKeys.computeIfAbsent(keys.key(words.get(words.size() - 1)), k -> new HashSet<>()).add(i);
        }
    }

    /**
     * A Chinese name syllable by syllable, as Arabic writes it (Xi Jinping, شي جين بينغ: s|zn|bn), its Pinyin
     * consonants read as Arabic renders them (x ش, q and zh تش, c تس).
     */
    private static Optional<String> chineseSyllables(List<String> words, NameKeys keys) {
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

    /** A Roman numeral: a regnal number ("Abdullah II") or a war's, never a name. */
    static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("[IVXL]+");

    /** A regnal name without its number and realm: "Abdullah II of Jordan", "Juan Carlos I" to Abdullah, Juan Carlos. */
    static List<String> regnal(List<String> words) {
        int of = words.indexOf("of");
        List<String> head = of > 0 ? words.subList(0, of) : words;
        if (head.size() >= 2 && ROMAN.matcher(head.get(head.size() - 1)).matches()) {
            return head.subList(0, head.size() - 1);
        }
        return of > 0 ? head : List.of();
    }

    private void indexPlace(int i, GazetteerEntry.Alias a, NameKeys keys) {
        if (a.lang().equals("en")) {
            placeNames.computeIfAbsent(keys.folded(a.text()), k -> new HashSet<>()).add(i);
            index(placeSkeletons, String.join("", Tokenizer.words(a.text()).stream().map(keys::skeleton).toList()), i);
        }
    }

    private static void index(Map<String, Set<Integer>> map, String key, int entry) {
        if (key.length() >= 2) {
            map.computeIfAbsent(key, k -> new HashSet<>()).add(entry);
        }
    }

    private void add(List<String> keySeq, Hit hit) {
        if (keySeq.isEmpty() || (keySeq.size() == 1 && keySeq.get(0).length() < 2)) {
            return;
        }
        Node n = root;
        for (String k : keySeq) {
            n = n.next.computeIfAbsent(k, x -> new Node());
        }
        // a name written in any case (Хамас) also allows what an abbreviation of it (ХАМАС) would not
        n.hits.removeIf(h -> h.entry() == hit.entry() && h.upperOnly() && !hit.upperOnly());
        if (n.hits.stream().noneMatch(h -> h.entry() == hit.entry() && (h.word() == null || h.equals(hit)))) {
            n.hits.add(hit);
        }
    }

    /** NATO, CIS, ОДКБ: all capitals, at most six letters. */
    static boolean isAbbreviation(String alias) {
        if (ROMAN.matcher(alias).matches()) {
            return false;
        }
        String letters = alias.replaceAll("[^\\p{L}]", "");
        return letters.length() >= 2 && letters.length() <= 6 && letters.equals(letters.toUpperCase(java.util.Locale.ROOT))
                && !letters.equals(letters.toLowerCase(java.util.Locale.ROOT));
    }

    public List<GazetteerEntry> entries() {
        return entries;
    }

    /** The entry with this id (QID or newsroom: id), if the gazetteer has one. */
    public Optional<GazetteerEntry> byId(String id) {
        Integer i = byId.get(id);
        return i == null ? Optional.empty() : Optional.of(entries.get(i));
    }

    public int size() {
        return entries.size();
    }

    /** Each capital's id with its country, as an event actor. */
    public Map<String, EntityRef> capitals() {
        Map<String, EntityRef> out = new HashMap<>();
        for (GazetteerEntry e : entries) {
            if (e.capitalOf() != null) {
                byId(e.capitalOf()).ifPresent(c -> out.put(e.id(), new EntityRef(c.id(), c.name(), c.type().name())));
            }
        }
        return out;
    }

    Node root() {
        return root;
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

    Set<Integer> byPlaceSkeleton(String skeleton) {
        return placeSkeletons.getOrDefault(skeleton, Set.of());
    }

    Set<Integer> bySurnameSkeleton(String skeleton) {
        return surnameSkeletons.getOrDefault(skeleton, Set.of());
    }

    boolean isFirstName(String key) {
        return firstNameKeys.contains(key);
    }

    boolean isFirstNameSkeleton(String skeleton) {
        return firstNameSkeletons.contains(skeleton);
    }

    /** The country entry of an ISO alpha-3 code, or -1. */
    int country(String iso3) {
        return countryByIso3.getOrDefault(iso3, -1);
    }
}
