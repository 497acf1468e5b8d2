package io.newsroom.enrich.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The names the gazetteer lists, as a trie over their match keys word by word ({@link Tokenizer#keysOf}): people's
 * names of two words or more, and every name of what is not a person, abbreviations and Russian forms included.
 * Built by {@link Gazetteer}, then only read; thread-safe once built.
 */
final class NameTrie {

    /** A trie node; {@code hits} are the aliases that end here. */
    static final class Node {
        final Map<String, Node> next = new HashMap<>();
        final List<Hit> hits = new ArrayList<>();
    }

    /**
     * An alias ending at a trie node.
     *
     * @param entry     index into {@link Gazetteer#entries()}
     * @param upperOnly an abbreviation (NATO, CIS): matches only when written in capitals
     * @param letters   the abbreviation's letters: an abbreviation does not inflect, so it must be written letter for
     *                  letter (РИА, whose key is stemmed as any Russian word's is, is not the initials РИ, nor СМИ
     *                  СМО); null for a name
     * @param word      a one-word Russian name, lower case, for {@link #inflects}; null otherwise
     * @param lower     the name begins in lower case (al-Qaeda): so may the text
     */
    record Hit(int entry, boolean upperOnly, String letters, String word, boolean lower, boolean article) {

        static Hit of(int entry, String alias) {
            boolean abbreviation = isAbbreviation(alias);
            boolean russianWord = !abbreviation && Script.of(alias) == Script.CYRILLIC && alias.strip().indexOf(' ') < 0
                    && alias.indexOf('-') < 0;
            return new Hit(entry, abbreviation, abbreviation ? lettersOf(alias) : null,
                    russianWord ? alias.strip().toLowerCase(Locale.ROOT).replace('ё', 'е') : null,
                    Character.isLowerCase(alias.strip().codePointAt(0)),
                    Script.of(alias) == Script.ARABIC && alias.strip().startsWith("ال"));
        }

        static Hit name(int entry) {
            return new Hit(entry, false, null, null, false, false);
        }

        /**
         * Whether a Russian word is a form of this one-word name: the name without its last vowel, then a case
         * ending (Москва, Москве; Балканы, Балканах). Stems alone meet too often: Токаев and Токио are both ток.
         */
        boolean inflects(String surface) {
            if (word == null) {
                return true;
            }
            String w = surface.toLowerCase(Locale.ROOT).replace('ё', 'е');
            String stem = NameKeys.RUSSIAN_VOWELS.indexOf(word.charAt(word.length() - 1)) >= 0
                    ? word.substring(0, word.length() - 1) : word;
            String fleeting = withoutFleetingVowel(word);
            return w.startsWith(stem) && w.length() - stem.length() <= 3
                    || !fleeting.equals(word) && w.startsWith(fleeting) && w.length() - fleeting.length() <= 3;
        }
    }

    private static final Pattern FLEETING = Pattern.compile("(?<=[бвгджзклмнпрстфхцчшщ])[ео](?=[бвгджзклмнпрстфхцчшщ]$)");

    private final Node root = new Node();
    private final Tokenizer tokenizer;

    NameTrie(NameKeys keys) {
        this.tokenizer = new Tokenizer(keys);
    }

    Node root() {
        return root;
    }

    /** A person's name of two words or more, and of three or more its first and last word ("Ali Rahmon"). */
    void addPerson(int entry, String name, List<String> words) {
        if (words.size() >= 2) {
            add(tokenizer.keysOf(name), Hit.name(entry));
            if (words.size() >= 3) {
                add(tokenizer.keysOf(words.get(0) + " " + words.get(words.size() - 1)), Hit.name(entry));
            }
        }
    }

    /** A name of what is not a person; a Russian one also by its second keys and without its fleeting vowel. */
    void addName(int entry, String alias) {
        add(tokenizer.keysOf(alias), Hit.of(entry, alias));
        if (Script.of(alias) == Script.CYRILLIC) {
            add(tokenizer.altKeysOf(alias), Hit.of(entry, alias));
            String fleeting = withoutFleetingVowel(alias);
            if (!fleeting.equals(alias)) {
                add(tokenizer.keysOf(fleeting), Hit.of(entry, alias));
            }
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

    /**
     * A one-word Russian name without the vowel its other cases drop (Египет, Египта; Кипр keeps none): their
     * stems then meet.
     */
    static String withoutFleetingVowel(String name) {
        return name.indexOf(' ') < 0 && name.length() >= 5 ? FLEETING.matcher(name).replaceFirst("") : name;
    }

    /** The letters of a word, upper case: U.S. is US. */
    static String lettersOf(String s) {
        return s.replaceAll("[^\\p{L}]", "").toUpperCase(Locale.ROOT);
    }

    /** NATO, CIS, ОДКБ: all capitals, at most six letters. */
    static boolean isAbbreviation(String alias) {
        if (Gazetteer.ROMAN.matcher(alias).matches()) {
            return false;
        }
        String letters = alias.replaceAll("[^\\p{L}]", "");
        return letters.length() >= 2 && letters.length() <= 6 && letters.equals(letters.toUpperCase(Locale.ROOT))
                && !letters.equals(letters.toLowerCase(Locale.ROOT));
    }
}
